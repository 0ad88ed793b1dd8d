resource "azurerm_storage_account" "backup" {  # expect: RES001
  name                     = "hdsbackup"
  resource_group_name      = "rg-health"
  location                 = "East US"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
