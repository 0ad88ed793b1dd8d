provider "google" {
  project = "health-kms"
  region  = "europe-west9"
}
resource "google_kms_crypto_key" "records" {
  name            = "patient-records"
  key_ring        = "projects/health-kms/locations/europe-west9/keyRings/phi"
  rotation_period = "7776000s"
}
resource "google_kms_crypto_key" "reports" {
  name     = "signed-reports"
  key_ring = "projects/health-kms/locations/europe-west9/keyRings/phi"
  purpose  = "ASYMMETRIC_SIGN"
  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}
