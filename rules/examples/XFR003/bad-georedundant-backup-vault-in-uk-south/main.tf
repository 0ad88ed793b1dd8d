resource "azurerm_data_protection_backup_vault" "disks" {  # expect: XFR003
  name                = "bv-research"
  resource_group_name = "rg-research"
  location            = "uksouth"
  datastore_type      = "VaultStore"
  redundancy          = "GeoRedundant"
}
