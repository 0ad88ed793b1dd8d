resource "azurerm_mysql_flexible_server_configuration" "tls_version" {  # expect: TLS001
  name                = "tls_version"
  resource_group_name = "rg-health"
  server_name         = "mysql-appointments"
  value               = "TLSv1.1,TLSv1.2"
}
