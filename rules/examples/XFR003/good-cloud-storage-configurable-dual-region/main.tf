resource "google_storage_bucket" "imaging" {
  name     = "imaging-dual"
  location = "EU"
  custom_placement_config {
    data_locations = ["EUROPE-WEST1", "EUROPE-WEST9"]
  }
}
