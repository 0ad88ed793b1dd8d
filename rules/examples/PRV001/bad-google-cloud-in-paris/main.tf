resource "google_storage_bucket" "imaging" {  # expect: PRV001
  name     = "imaging"
  location = "europe-west9"
}
