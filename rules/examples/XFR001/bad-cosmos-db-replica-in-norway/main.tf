resource "azurerm_cosmosdb_account" "fhir" {  # expect: XFR001
  name                = "fhir-store"
  location            = "swedencentral"
  resource_group_name = "rg-health"
  offer_type          = "Standard"
  consistency_policy {
    consistency_level = "Session"
  }
  geo_location {
    location          = "swedencentral"
    failover_priority = 0
  }
  geo_location {
    location          = "norwayeast"
    failover_priority = 1
  }
}
