resource "azurerm_container_registry" "acr" {  # expect: XFR001
  name                = "hdsregistry"
  resource_group_name = "rg-health"
  location            = "francecentral"
  sku                 = "Premium"
  georeplications {
    location = "eastus"
  }
}
