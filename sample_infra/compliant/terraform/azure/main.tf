# Everything in France Central (Paris). Geo-redundant replication (GZRS) pairs
# France Central with France South (Marseille): both copies stay in France.

resource "azurerm_resource_group" "hdh" {
  name     = "rg-hdh-prod-frc"
  location = "francecentral"

  tags = {
    project             = "hdh-platform"
    data_classification = "health"
  }
}

# expect: KEY001, LOG001 — provider-managed key only, no customer-managed key; access logging not enabled
# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "azurerm_storage_account" "patient_records" {
  name                     = "sthdhrecordsfrc"
  resource_group_name      = azurerm_resource_group.hdh.name
  location                 = "France Central"
  account_kind             = "StorageV2"
  account_tier             = "Standard"
  account_replication_type = "GZRS"

  min_tls_version                   = "TLS1_2"
  https_traffic_only_enabled        = true
  allow_nested_items_to_be_public   = false
  shared_access_key_enabled         = false
  public_network_access_enabled     = false
  infrastructure_encryption_enabled = true

  blob_properties {
    versioning_enabled = true

    delete_retention_policy {
      days = 30
    }
  }

  tags = {
    data_classification = "health"
  }
}

# expect: KEY001 — provider-managed key only, no customer-managed key
# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "azurerm_postgresql_flexible_server" "research" {
  name                          = "psql-hdh-research-frc"
  resource_group_name           = azurerm_resource_group.hdh.name
  location                      = "francecentral"
  version                       = "16"
  sku_name                      = "GP_Standard_D2ds_v5"
  storage_mb                    = 131072
  backup_retention_days         = 35
  public_network_access_enabled = false
  zone                          = "1"

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = "00000000-0000-0000-0000-000000000000"
  }

  tags = {
    data_classification = "health"
  }
}

# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "azurerm_log_analytics_workspace" "hdh" {
  name                = "log-hdh-prod-frc"
  location            = "France Central"
  resource_group_name = azurerm_resource_group.hdh.name
  sku                 = "PerGB2018"
  retention_in_days   = 365
}
