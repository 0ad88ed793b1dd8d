resource "azurerm_postgresql_flexible_server_configuration" "tls" {  # expect: TLS001
  name      = "require_secure_transport"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-health/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg-ehr"
  value     = "off"
}
resource "azurerm_mysql_flexible_server_configuration" "tls" {  # expect: TLS001
  name                = "require_secure_transport"
  resource_group_name = "rg-health"
  server_name         = "mysql-appointments"
  value               = "OFF"
}
