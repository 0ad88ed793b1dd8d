resource "azurerm_mssql_server" "ehr" {  # expect: LOG001
  name                = "sql-ehr"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "12.0"
}
resource "azurerm_mssql_server" "registry" {  # expect: LOG001
  name                = "sql-registry"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "12.0"
}
resource "azurerm_mssql_server_extended_auditing_policy" "registry" {
  server_id = azurerm_mssql_server.registry.id
  enabled   = false
}
