resource "azurerm_mssql_server" "primary" {
  name                = "sql-ehr-primary"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "12.0"
}
resource "azurerm_mssql_server" "secondary" {
  name                = "sql-ehr-secondary"
  resource_group_name = "rg-health"
  location            = "uksouth"
  version             = "12.0"
}
resource "azurerm_mssql_failover_group" "ehr" {  # expect: XFR001
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
