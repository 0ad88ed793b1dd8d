resource "azurerm_storage_account" "records" {
  name                     = "hdsrecords"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
resource "azurerm_storage_account" "imaging" {
  name                     = "hdsimaging"
  resource_group_name      = "rg-health"
  location                 = "West Europe"
  account_tier             = "Standard"
  account_replication_type = "RAGZRS"
}
resource "azurerm_recovery_services_vault" "vm_backup" {
  name                = "rsv-ehr"
  resource_group_name = "rg-health"
  location            = "germanywestcentral"
  sku                 = "Standard"
}
resource "azurerm_postgresql_flexible_server" "ehr" {
  name                         = "pg-ehr"
  resource_group_name          = "rg-health"
  location                     = "francecentral"
  version                      = "16"
  sku_name                     = "GP_Standard_D2ds_v5"
  geo_redundant_backup_enabled = true
}
