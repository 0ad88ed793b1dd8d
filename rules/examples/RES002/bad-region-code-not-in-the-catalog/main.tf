resource "google_storage_bucket" "b" {  # expect: RES002
  name     = "b"
  location = "europe-west99"
}
