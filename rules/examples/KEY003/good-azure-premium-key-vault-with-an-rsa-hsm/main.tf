resource "azurerm_key_vault" "phi" {
  name                = "kv-phi"
  resource_group_name = "rg-health"
  location            = "francecentral"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "premium"
}
resource "azurerm_key_vault_key" "records" {
  name         = "patient-records"
  key_vault_id = azurerm_key_vault.phi.id
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]
}
resource "azurerm_key_vault_managed_hardware_security_module_key" "imaging" {
  name           = "imaging"
  managed_hsm_id = "https://mhsm-phi.managedhsm.azure.net/"
  key_type       = "EC-HSM"
  curve          = "P-256"
  key_opts       = ["sign"]
}
