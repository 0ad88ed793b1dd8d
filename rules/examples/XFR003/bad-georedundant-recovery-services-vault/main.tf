resource "azurerm_recovery_services_vault" "vm_backup" {  # expect: XFR003
  name                = "rsv-clinic"
  resource_group_name = "rg-clinic"
  location            = "switzerlandnorth"
  sku                 = "Standard"
  storage_mode_type   = "GeoRedundant"
}
