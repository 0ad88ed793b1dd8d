provider "google" {
  universe_domain = "s3nsapis.fr"
  region          = "u-france-east1"
}
resource "google_storage_bucket" "imaging" {  # expect: PRV002
  name     = "imaging"
  location = "u-france-east1"
}
