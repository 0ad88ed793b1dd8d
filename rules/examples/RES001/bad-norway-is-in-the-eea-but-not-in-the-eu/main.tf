resource "azurerm_storage_account" "records" {  # expect: RES001
  name                     = "records"
  resource_group_name      = "rg"
  location                 = "norwayeast"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
