locals {
  workspace = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law-hds"
}
resource "azurerm_storage_account" "records" {
  name                     = "hdsrecords"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}
resource "azurerm_monitor_diagnostic_setting" "records_metrics" {
  name                       = "records-metrics"
  target_resource_id         = azurerm_storage_account.records.id
  log_analytics_workspace_id = local.workspace
  enabled_metric {
    category = "Transaction"
  }
}
resource "azurerm_monitor_diagnostic_setting" "records_blob" {
  name                       = "records-blob"
  target_resource_id         = format("%s/blobServices/default", azurerm_storage_account.records.id)
  log_analytics_workspace_id = local.workspace
  enabled_log {
    category_group = "audit"
  }
}
resource "azurerm_key_vault" "keys" {
  name                = "kv-hds-keys"
  location            = "francecentral"
  resource_group_name = "rg-health"
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "premium"
}
resource "azurerm_monitor_diagnostic_setting" "keys" {
  name                       = "kv-audit"
  target_resource_id         = azurerm_key_vault.keys.id
  log_analytics_workspace_id = local.workspace
  enabled_log {
    category = "AuditEvent"
  }
}
resource "azurerm_mssql_server" "ehr" {
  name                = "sql-ehr"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "12.0"
}
resource "azurerm_mssql_server_extended_auditing_policy" "ehr" {
  server_id              = azurerm_mssql_server.ehr.id
  log_monitoring_enabled = true
}
