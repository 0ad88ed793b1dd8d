resource "azurerm_key_vault" "phi" {  # expect: KEY003
  name                = "kv-phi"
  resource_group_name = "rg-health"
  location            = "francecentral"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}
resource "azurerm_key_vault_key" "records" {  # expect: KEY003
  name         = "patient-records"
  key_vault_id = azurerm_key_vault.phi.id
  key_type     = "RSA"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]
}
