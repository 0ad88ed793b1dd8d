resource "azurerm_postgresql_flexible_server" "research" {  # expect: RES001
  name                = "pg-research"
  resource_group_name = "rg-health"
  location            = "uksouth"
}
