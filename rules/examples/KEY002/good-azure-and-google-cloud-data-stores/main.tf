resource "azurerm_storage_account" "records" {
  name                     = "patientrecords"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}
resource "google_storage_bucket" "imaging" {
  name     = "imaging-archive"
  location = "europe-west9"
}
