resource "azurerm_redis_cache" "sessions" {  # expect: TLS001
  name                 = "redis-portal-sessions"
  location             = "francecentral"
  resource_group_name  = "rg-health"
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = true
}
