variable "universe" {}
provider "google" {
  universe_domain = var.universe
  region          = "europe-west9"
}
resource "google_storage_bucket" "imaging" {  # expect: PRV002
  name     = "imaging"
  location = "europe-west9"
}
