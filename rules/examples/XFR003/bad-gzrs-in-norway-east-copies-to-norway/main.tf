resource "azurerm_storage_account" "records" {  # expect: XFR003
  name                     = "nordicrecords"
  resource_group_name      = "rg-health"
  location                 = "norwayeast"
  account_tier             = "Standard"
  account_replication_type = "GZRS"
}
