resource "azurerm_mysql_flexible_server" "appointments" {  # expect: XFR003
  name                         = "mysql-appointments"
  resource_group_name          = "rg-health"
  location                     = "norwayeast"
  sku_name                     = "GP_Standard_D2ds_v4"
  geo_redundant_backup_enabled = true
}
