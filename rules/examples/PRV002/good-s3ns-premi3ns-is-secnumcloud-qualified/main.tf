provider "google" {
  universe_domain = "s3nsapis.fr"
  region          = "u-france-east1"
}
resource "google_storage_bucket" "imaging" {
  name     = "imaging"
  location = "u-france-east1"
}
