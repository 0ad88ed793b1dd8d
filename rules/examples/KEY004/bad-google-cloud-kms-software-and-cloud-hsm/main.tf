provider "google" {
  project = "health-kms"
  region  = "europe-west9"
}
resource "google_kms_crypto_key" "records" {  # expect: KEY004
  name     = "patient-records"
  key_ring = "projects/health-kms/locations/europe-west9/keyRings/phi"
}
resource "google_kms_crypto_key" "imaging" {  # expect: KEY004
  name     = "imaging"
  key_ring = "projects/health-kms/locations/europe-west9/keyRings/phi"
  version_template {
    algorithm        = "GOOGLE_SYMMETRIC_ENCRYPTION"
    protection_level = "HSM"
  }
}
