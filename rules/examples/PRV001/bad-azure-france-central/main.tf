resource "azurerm_storage_account" "records" {  # expect: PRV001
  name                     = "records"
  resource_group_name      = "rg"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
