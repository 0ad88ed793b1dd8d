provider "google" {
  region = "europe-west9"
}
resource "google_storage_bucket" "imaging" {
  name     = "imaging"
  location = "EUROPE-WEST9"
}
resource "google_storage_bucket" "archive" {
  name     = "archive"
  location = "EU"
}
resource "google_compute_instance" "worker" {
  name         = "worker"
  machine_type = "e2-medium"
  zone         = "europe-west9-b"
}
