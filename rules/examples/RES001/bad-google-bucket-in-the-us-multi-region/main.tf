resource "google_storage_bucket" "imaging" {  # expect: RES001
  name     = "imaging-archive"
  location = "US"
}
