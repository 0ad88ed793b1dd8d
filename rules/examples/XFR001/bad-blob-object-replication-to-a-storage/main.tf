resource "azurerm_storage_account" "src" {
  name                     = "hdsimaging"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}
resource "azurerm_storage_account" "dst" {
  name                     = "hdsimagingcopy"
  resource_group_name      = "rg-health"
  location                 = "switzerlandnorth"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
resource "azurerm_storage_object_replication" "imaging" {  # expect: XFR001
  source_storage_account_id      = azurerm_storage_account.src.id
  destination_storage_account_id = azurerm_storage_account.dst.id
  rules {
    source_container_name      = "dicom"
    destination_container_name = "dicom"
  }
}
