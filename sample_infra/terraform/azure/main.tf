# HDH platform on Azure: FHIR exports, imaging archive and AKS app platform in
# France Central. HDS requires health data to stay in the EEA; France Central
# (Paris) and its pair France South (Marseille) both qualify.

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "hdh" {
  name     = "rg-hdh-prod-frc"
  location = "francecentral"

  tags = {
    project             = "hdh-platform"
    environment         = "prod"
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

# ---------------------------------------------------------------------------
# Network
# ---------------------------------------------------------------------------

resource "azurerm_virtual_network" "hdh" {
  name                = "vnet-hdh-prod-frc"
  location            = "francecentral"
  resource_group_name = azurerm_resource_group.hdh.name
  address_space       = ["10.40.0.0/16"]
}

# A subnet has no location of its own: it lives wherever its virtual network is.
resource "azurerm_subnet" "aks" {
  name                 = "snet-aks"
  resource_group_name  = azurerm_resource_group.hdh.name
  virtual_network_name = azurerm_virtual_network.hdh.name
  address_prefixes     = ["10.40.0.0/20"]
}

# ---------------------------------------------------------------------------
# Keys and secrets
# ---------------------------------------------------------------------------

# expect: LOG001 — access logging not enabled
# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "azurerm_key_vault" "hdh" {
  name                          = "kv-hdh-prod-frc"
  location                      = "francecentral"
  resource_group_name           = azurerm_resource_group.hdh.name
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "premium"
  rbac_authorization_enabled    = true
  purge_protection_enabled      = true
  soft_delete_retention_days    = 90
  public_network_access_enabled = false
}

# ---------------------------------------------------------------------------
# Patient records (FHIR bulk exports) and imaging archive
# ---------------------------------------------------------------------------

# expect: KEY001, LOG001 — provider-managed key only, no customer-managed key; access logging not enabled
# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "azurerm_storage_account" "patient_records" {
  name                     = "sthdhpatientsfrc"
  resource_group_name      = azurerm_resource_group.hdh.name
  location                 = "France Central"
  account_kind             = "StorageV2"
  account_tier             = "Standard"
  account_replication_type = "ZRS"

  min_tls_version                   = "TLS1_2"
  https_traffic_only_enabled        = true
  allow_nested_items_to_be_public   = false
  shared_access_key_enabled         = false
  public_network_access_enabled     = false
  infrastructure_encryption_enabled = true

  blob_properties {
    versioning_enabled  = true
    change_feed_enabled = true

    delete_retention_policy {
      days = 30
    }

    container_delete_retention_policy {
      days = 30
    }
  }

  tags = {
    data_classification = "health"
    dataset             = "fhir-bulk-exports"
  }
}

# Containers have no location: they are stored in their storage account.
resource "azurerm_storage_container" "fhir_exports" {
  name                  = "fhir-ndjson"
  storage_account_id    = azurerm_storage_account.patient_records.id
  container_access_type = "private"
}

resource "azurerm_storage_container" "dicom" {
  name                  = "dicom-studies"
  storage_account_id    = azurerm_storage_account.patient_records.id
  container_access_type = "private"
}

# Nightly AzCopy target set up by the former integrator. Note that "GRS" on a France
# Central account would have replicated to France South, inside the EEA; this account
# is simply created in the United States.
# expect: RES001 — backup storage account is created in East US (United States), outside the EEA
# expect: EXP001, KEY001, LOG001, PRV002 — storage endpoints open to every network; provider-managed key only, no customer-managed key; access logging not enabled; PRV002: HDS coverage unverified
resource "azurerm_storage_account" "backup_eastus" {
  name                     = "sthdhbackupeus"
  resource_group_name      = azurerm_resource_group.hdh.name
  location                 = "East US"
  account_kind             = "StorageV2"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  access_tier              = "Cool"

  min_tls_version                 = "TLS1_2"
  https_traffic_only_enabled      = true
  allow_nested_items_to_be_public = false

  tags = {
    data_classification = "health"
    dataset             = "fhir-bulk-exports"
    role                = "backup"
  }
}

# Disaster-recovery copy whose region is chosen by the pipeline (variables.tf).
# expect: RES002 — location comes from var.dr_location, which has no default and no .tfvars value
# expect: EXP001, KEY001, LOG001, PRV002 — storage endpoints open to every network; provider-managed key only, no customer-managed key; access logging not enabled; PRV002: HDS coverage unverified
resource "azurerm_storage_account" "dr" {
  name                     = "sthdhpatientsdr"
  resource_group_name      = azurerm_resource_group.hdh.name
  location                 = var.dr_location
  account_kind             = "StorageV2"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  min_tls_version                 = "TLS1_2"
  https_traffic_only_enabled      = true
  allow_nested_items_to_be_public = false
  shared_access_key_enabled       = false

  tags = {
    data_classification = "health"
    role                = "disaster-recovery"
  }
}

# ---------------------------------------------------------------------------
# Research database
# ---------------------------------------------------------------------------

# Created next to a UK research partner. The resource group is in France Central,
# but each Azure resource has its own location: this server runs in London.
# expect: RES001 — uksouth is London (United Kingdom), outside the EEA
# expect: KEY001, PRV002 — provider-managed key only, no customer-managed key; PRV002: HDS coverage unverified
resource "azurerm_postgresql_flexible_server" "research" {
  name                          = "psql-hdh-research-uks"
  resource_group_name           = azurerm_resource_group.hdh.name
  location                      = "uksouth"
  version                       = "16"
  sku_name                      = "GP_Standard_D2ds_v5"
  storage_mb                    = 131072
  auto_grow_enabled             = true
  backup_retention_days         = 35
  geo_redundant_backup_enabled  = false
  public_network_access_enabled = false
  zone                          = "1"

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }

  tags = {
    data_classification = "health"
    dataset             = "pseudonymised-cohorts"
  }
}

# ---------------------------------------------------------------------------
# Application platform (FHIR API, viewers, ETL jobs)
# ---------------------------------------------------------------------------

# expect: KEY001 — provider-managed key only, no customer-managed key
# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "azurerm_kubernetes_cluster" "platform" {
  name                = "aks-hdh-prod-frc"
  location            = "francecentral"
  resource_group_name = azurerm_resource_group.hdh.name
  dns_prefix          = "hdh-prod"
  sku_tier            = "Standard"

  private_cluster_enabled   = true
  local_account_disabled    = true
  oidc_issuer_enabled       = true
  workload_identity_enabled = true
  azure_policy_enabled      = true

  default_node_pool {
    name                        = "system"
    vm_size                     = "Standard_D4ds_v5"
    vnet_subnet_id              = azurerm_subnet.aks.id
    zones                       = ["1", "2", "3"]
    auto_scaling_enabled        = true
    min_count                   = 3
    max_count                   = 6
    temporary_name_for_rotation = "systemtmp"
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
    tenant_id          = data.azurerm_client_config.current.tenant_id
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }

  oms_agent {
    log_analytics_workspace_id      = azurerm_log_analytics_workspace.hdh.id
    msi_auth_for_monitoring_enabled = true
  }

  tags = {
    data_classification = "health"
  }
}
