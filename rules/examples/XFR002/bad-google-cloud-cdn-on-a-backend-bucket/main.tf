provider "google" {
  project = "hospital-portal"
  region  = "europe-west9"
}
resource "google_compute_backend_bucket" "reports" {  # expect: XFR002
  name        = "reports"
  bucket_name = "patient-reports-europe-west9"
  enable_cdn  = true
}
resource "google_compute_backend_service" "api" {  # expect: XFR002
  name       = "portal-api"
  protocol   = "HTTPS"
  enable_cdn = true
}
