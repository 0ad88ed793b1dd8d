resource "azurerm_mysql_flexible_server" "appointments" {  # expect: EXP001
  name                = "mysql-appointments"
  resource_group_name = "rg-health"
  location            = "francecentral"
  sku_name            = "GP_Standard_D2ds_v4"
}
resource "azurerm_mysql_flexible_server_firewall_rule" "all" {  # expect: EXP001
  name                = "allow-all"
  resource_group_name = "rg-health"
  server_name         = azurerm_mysql_flexible_server.appointments.name
  start_ip_address    = "0.0.0.0"
  end_ip_address      = "255.255.255.255"
}
