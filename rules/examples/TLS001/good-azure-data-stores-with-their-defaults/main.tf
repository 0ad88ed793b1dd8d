resource "azurerm_storage_account" "records" {
  name                     = "hdsrecords"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}
resource "azurerm_mssql_server" "ehr" {
  name                = "sql-ehr"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "12.0"
}
resource "azurerm_redis_cache" "sessions" {
  name                = "redis-portal-sessions"
  location            = "francecentral"
  resource_group_name = "rg-health"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.2"
}
resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "require_secure_transport"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-health/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg-ehr"
  value     = "on"
}
resource "azurerm_postgresql_flexible_server_configuration" "audit" {
  name      = "pgaudit.log"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-health/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg-ehr"
  value     = "WRITE,DDL"
}
resource "azurerm_mysql_flexible_server_configuration" "tls_version" {
  name                = "tls_version"
  resource_group_name = "rg-health"
  server_name         = "mysql-appointments"
  value               = "TLSv1.2,TLSv1.3"
}
