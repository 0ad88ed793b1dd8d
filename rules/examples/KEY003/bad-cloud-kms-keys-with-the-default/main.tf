provider "google" {
  project = "health-kms"
  region  = "europe-west9"
}
resource "google_kms_key_ring" "phi" {
  name     = "phi"
  location = "europe-west9"
}
resource "google_kms_crypto_key" "records" {  # expect: KEY003
  name     = "patient-records"
  key_ring = google_kms_key_ring.phi.id
}
resource "google_kms_crypto_key" "imaging" {  # expect: KEY003
  name     = "imaging"
  key_ring = google_kms_key_ring.phi.id
  version_template {
    algorithm        = "GOOGLE_SYMMETRIC_ENCRYPTION"
    protection_level = "SOFTWARE"
  }
}
