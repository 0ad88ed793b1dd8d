resource "azurerm_postgresql_flexible_server" "trials" {  # expect: XFR003
  name                         = "pg-trials"
  resource_group_name          = "rg-research"
  location                     = "switzerlandnorth"
  version                      = "16"
  sku_name                     = "GP_Standard_D2ds_v5"
  geo_redundant_backup_enabled = true
}
