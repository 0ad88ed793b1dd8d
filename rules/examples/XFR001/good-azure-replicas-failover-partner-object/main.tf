resource "azurerm_cosmosdb_account" "fhir" {
  name                = "fhir-store"
  location            = "francecentral"
  resource_group_name = "rg-health"
  offer_type          = "Standard"
  consistency_policy {
    consistency_level = "Session"
  }
  geo_location {
    location          = "France Central"
    failover_priority = 0
  }
  geo_location {
    location          = "West Europe"
    failover_priority = 1
  }
}
resource "azurerm_mssql_server" "primary" {
  name                = "sql-ehr-primary"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "12.0"
}
resource "azurerm_mssql_server" "secondary" {
  name                = "sql-ehr-secondary"
  resource_group_name = "rg-health"
  location            = "germanywestcentral"
  version             = "12.0"
}
resource "azurerm_mssql_failover_group" "ehr" {
  name      = "ehr-fog"
  server_id = azurerm_mssql_server.primary.id
  partner_server {
    id = azurerm_mssql_server.secondary.id
  }
  read_write_endpoint_failover_policy {
    mode          = "Automatic"
    grace_minutes = 60
  }
}
resource "azurerm_storage_account" "dst" {
  name                     = "hdsimagingcopy"
  resource_group_name      = "rg-health"
  location                 = "swedencentral"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
resource "azurerm_storage_object_replication" "imaging" {
  source_storage_account_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-health/providers/Microsoft.Storage/storageAccounts/hdsimaging"
  destination_storage_account_id = azurerm_storage_account.dst.id
  rules {
    source_container_name      = "dicom"
    destination_container_name = "dicom"
  }
}
resource "azurerm_container_registry" "acr" {
  name                = "hdsregistry"
  resource_group_name = "rg-health"
  location            = "francecentral"
  sku                 = "Premium"
  georeplications {
    location = "germanywestcentral"
  }
}
