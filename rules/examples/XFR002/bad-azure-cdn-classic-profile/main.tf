resource "azurerm_cdn_profile" "reports" {  # expect: XFR002
  name                = "cdn-reports"
  resource_group_name = "rg-health"
  location            = "francecentral"
  sku                 = "Standard_Microsoft"
}
