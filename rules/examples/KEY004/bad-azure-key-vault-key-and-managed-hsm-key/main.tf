resource "azurerm_key_vault_key" "records" {  # expect: KEY004
  name         = "patient-records"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-health/providers/Microsoft.KeyVault/vaults/kv-phi"
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]
}
resource "azurerm_key_vault_managed_hardware_security_module_key" "imaging" {  # expect: KEY004
  name           = "imaging"
  managed_hsm_id = "https://mhsm-phi.managedhsm.azure.net/"
  key_type       = "RSA-HSM"
  key_size       = 3072
  key_opts       = ["wrapKey", "unwrapKey"]
}
