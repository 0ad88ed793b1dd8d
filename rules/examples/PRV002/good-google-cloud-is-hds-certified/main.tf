resource "google_storage_bucket" "imaging" {
  name     = "imaging"
  location = "europe-west9"
}
