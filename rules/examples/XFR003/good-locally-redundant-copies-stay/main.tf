resource "azurerm_storage_account" "research" {
  name                     = "ukresearchexports"
  resource_group_name      = "rg-research"
  location                 = "uksouth"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}
resource "azurerm_data_protection_backup_vault" "disks" {
  name                = "bv-research"
  resource_group_name = "rg-research"
  location            = "uksouth"
  datastore_type      = "VaultStore"
  redundancy          = "LocallyRedundant"
}
resource "azurerm_mysql_flexible_server" "appointments" {
  name                         = "mysql-appointments"
  resource_group_name          = "rg-research"
  location                     = "switzerlandnorth"
  sku_name                     = "GP_Standard_D2ds_v4"
  geo_redundant_backup_enabled = false
}
