resource "azurerm_storage_account" "records" {  # expect: EXP001
  name                            = "hdsrecords"
  resource_group_name             = "rg-health"
  location                        = "francecentral"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  allow_nested_items_to_be_public = true
}
resource "azurerm_storage_container" "scans" {  # expect: EXP001
  name                  = "scans"
  storage_account_id    = azurerm_storage_account.records.id
  container_access_type = "blob"
}
