resource "azurerm_key_vault_key" "records" {  # expect: KEY005
  name         = "patient-records"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-health/providers/Microsoft.KeyVault/vaults/kv-phi"
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]
}
resource "azurerm_key_vault_key" "imaging" {  # expect: KEY005
  name         = "imaging"
  key_vault_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-health/providers/Microsoft.KeyVault/vaults/kv-phi"
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]
  rotation_policy {
    expire_after         = "P1Y"
    notify_before_expiry = "P30D"
  }
}
