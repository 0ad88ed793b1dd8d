provider "google" {
  project = "hospital-portal"
  region  = "europe-west9"
}
resource "google_compute_backend_bucket" "reports" {
  name        = "reports"
  bucket_name = "patient-reports-europe-west9"
  enable_cdn  = false
}
resource "google_compute_backend_service" "api" {
  name     = "portal-api"
  protocol = "HTTPS"
}
