resource "google_container_cluster" "platform" {  # expect: LOG001
  name            = "hds-platform"
  location        = "europe-west9"
  logging_service = "none"
}
resource "google_container_cluster" "batch" {  # expect: LOG001
  name     = "hds-batch"
  location = "europe-west9"
  logging_config {
    enable_components = []
  }
}
