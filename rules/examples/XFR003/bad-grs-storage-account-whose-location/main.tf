variable "location" {
  type = string
}
resource "azurerm_storage_account" "records" {  # expect: XFR003
  name                     = "hdsrecords"
  resource_group_name      = "rg-health"
  location                 = var.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
