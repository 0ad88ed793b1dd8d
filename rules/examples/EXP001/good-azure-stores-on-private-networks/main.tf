resource "azurerm_storage_account" "records" {
  name                          = "hdsrecords"
  resource_group_name           = "rg-health"
  location                      = "francecentral"
  account_tier                  = "Standard"
  account_replication_type      = "ZRS"
  public_network_access_enabled = false
}
resource "azurerm_storage_account" "imaging" {
  name                     = "hdsimaging"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  network_rules {
    default_action             = "Deny"
    virtual_network_subnet_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hds/subnets/app"]
  }
}
resource "azurerm_storage_container" "scans" {
  name               = "scans"
  storage_account_id = azurerm_storage_account.records.id
}
resource "azurerm_postgresql_flexible_server" "ehr" {
  name                          = "pg-ehr"
  resource_group_name           = "rg-health"
  location                      = "francecentral"
  version                       = "16"
  sku_name                      = "GP_Standard_D2ds_v5"
  delegated_subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hds/subnets/pg"
  private_dns_zone_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/privateDnsZones/hds.postgres.database.azure.com"
  public_network_access_enabled = false
}
resource "azurerm_mssql_server" "registry" {
  name                          = "sql-registry"
  resource_group_name           = "rg-health"
  location                      = "francecentral"
  version                       = "12.0"
  public_network_access_enabled = false
}
resource "azurerm_mysql_flexible_server" "appointments" {
  name                  = "mysql-appointments"
  resource_group_name   = "rg-health"
  location              = "francecentral"
  sku_name              = "GP_Standard_D2ds_v4"
  public_network_access = "Disabled"
}
resource "azurerm_mysql_flexible_server" "billing" {
  name                = "mysql-billing"
  resource_group_name = "rg-health"
  location            = "francecentral"
  sku_name            = "GP_Standard_D2ds_v4"
  delegated_subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hds/subnets/mysql"
  private_dns_zone_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/privateDnsZones/hds.mysql.database.azure.com"
}
resource "azurerm_mssql_firewall_rule" "hospital" {
  name             = "hospital-egress"
  server_id        = azurerm_mssql_server.registry.id
  start_ip_address = "192.0.2.1"
  end_ip_address   = "192.0.2.14"
}
