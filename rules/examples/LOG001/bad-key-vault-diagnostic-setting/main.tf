resource "azurerm_key_vault" "keys" {  # expect: LOG001
  name                = "kv-hds-keys"
  location            = "francecentral"
  resource_group_name = "rg-health"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "premium"
}
resource "azurerm_monitor_diagnostic_setting" "keys" {
  name                       = "kv-metrics"
  target_resource_id         = azurerm_key_vault.keys.id
  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law-hds"
  enabled_metric {
    category = "AllMetrics"
  }
}
