resource "azurerm_storage_account" "records" {  # expect: LOG001
  name                     = "hdsrecords"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}
resource "azurerm_key_vault" "keys" {  # expect: LOG001
  name                = "kv-hds-keys"
  location            = "francecentral"
  resource_group_name = "rg-health"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "premium"
}
