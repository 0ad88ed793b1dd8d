resource "google_storage_bucket" "genomics" {  # expect: XFR003, XFR003
  name     = "genomics-dual"
  location = "US"
  custom_placement_config {
    data_locations = ["US-EAST1", "US-WEST1"]
  }
}
