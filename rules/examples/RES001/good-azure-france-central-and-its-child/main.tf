resource "azurerm_storage_account" "records" {
  name                     = "records"
  resource_group_name      = "rg"
  location                 = "France Central"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
resource "azurerm_storage_container" "scans" {
  name               = "scans"
  storage_account_id = azurerm_storage_account.records.id
}
