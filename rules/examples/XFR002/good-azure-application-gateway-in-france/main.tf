resource "azurerm_application_gateway" "portal" {
  name                = "agw-portal"
  resource_group_name = "rg-health"
  location            = "francecentral"
  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }
}
