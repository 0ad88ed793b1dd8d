resource "azurerm_cdn_frontdoor_profile" "portal" {  # expect: XFR002
  name                = "afd-patient-portal"
  resource_group_name = "rg-health"
  sku_name            = "Premium_AzureFrontDoor"
}
