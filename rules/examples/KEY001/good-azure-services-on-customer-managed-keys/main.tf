locals {
  cmk = "https://kv-phi.vault.azure.net/keys/phi-cmk"
  des = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-health/providers/Microsoft.Compute/diskEncryptionSets/des-phi"
}
resource "azurerm_storage_account" "records" {
  name                     = "patientrecords"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  customer_managed_key {
    key_vault_key_id          = local.cmk
    user_assigned_identity_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-health/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-storage"
  }
}
resource "azurerm_storage_account" "imaging" {
  name                     = "imagingarchive"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  lifecycle {
    ignore_changes = [customer_managed_key]
  }
}
resource "azurerm_storage_account_customer_managed_key" "imaging" {
  storage_account_id = azurerm_storage_account.imaging.id
  key_vault_key_id   = local.cmk
}
resource "azurerm_managed_disk" "pacs" {
  name                   = "pacs-data"
  resource_group_name    = "rg-health"
  location               = "francecentral"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 512
  disk_encryption_set_id = local.des
}
resource "azurerm_mssql_server" "ehr" {
  name                                         = "sql-ehr"
  resource_group_name                          = "rg-health"
  location                                     = "francecentral"
  version                                      = "12.0"
  transparent_data_encryption_key_vault_key_id = local.cmk
}
resource "azurerm_mssql_server" "billing" {
  name                = "sql-billing"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "12.0"
}
resource "azurerm_mssql_server_transparent_data_encryption" "billing" {
  server_id        = azurerm_mssql_server.billing.id
  key_vault_key_id = local.cmk
}
resource "azurerm_postgresql_flexible_server" "research" {
  name                = "pg-research"
  resource_group_name = "rg-health"
  location            = "francecentral"
  customer_managed_key {
    key_vault_key_id                  = local.cmk
    primary_user_assigned_identity_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-health/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-pg"
  }
}
resource "azurerm_mysql_flexible_server" "portal" {
  name                = "mysql-portal"
  resource_group_name = "rg-health"
  location            = "francecentral"
  customer_managed_key {
    key_vault_key_id = local.cmk
  }
}
resource "azurerm_cosmosdb_account" "events" {
  name                = "cosmos-care-events"
  resource_group_name = "rg-health"
  location            = "francecentral"
  offer_type          = "Standard"
  key_vault_key_id    = local.cmk
}
resource "azurerm_kubernetes_cluster" "platform" {
  name                   = "aks-health"
  resource_group_name    = "rg-health"
  location               = "francecentral"
  dns_prefix             = "health"
  disk_encryption_set_id = local.des
  key_management_service {
    key_vault_key_id         = "https://kv-phi.vault.azure.net/keys/aks-etcd/0f3c9e2b7a1d4e5f8a6b3c2d1e0f9a8b"
    key_vault_network_access = "Private"
  }
}
