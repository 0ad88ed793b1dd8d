resource "azurerm_cosmosdb_account" "fhir" {  # expect: XFR001
  name                = "fhir-store"
  location            = "francecentral"
  resource_group_name = "rg-health"
  offer_type          = "Standard"
  consistency_policy {
    consistency_level = "Session"
  }
  geo_location {
    location          = "francecentral"
    failover_priority = 0
  }
  geo_location {
    location          = "East US"
    failover_priority = 1
  }
}
