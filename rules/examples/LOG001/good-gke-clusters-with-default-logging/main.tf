resource "google_container_cluster" "platform" {
  name     = "hds-platform"
  location = "europe-west9"
}
resource "google_container_cluster" "batch" {
  name     = "hds-batch"
  location = "europe-west9"
  logging_config {
    enable_components = ["SYSTEM_COMPONENTS", "APISERVER", "WORKLOADS"]
  }
}
