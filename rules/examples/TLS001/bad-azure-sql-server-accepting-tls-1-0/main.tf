resource "azurerm_mssql_server" "ehr" {  # expect: TLS001
  name                = "sql-ehr"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "12.0"
  minimum_tls_version = "1.0"
}
