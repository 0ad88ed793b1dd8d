resource "azurerm_postgresql_flexible_server" "ehr" {  # expect: EXP001
  name                = "pg-ehr"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "16"
  sku_name            = "GP_Standard_D2ds_v5"
}
resource "azurerm_mssql_server" "registry" {  # expect: EXP001
  name                = "sql-registry"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "12.0"
}
