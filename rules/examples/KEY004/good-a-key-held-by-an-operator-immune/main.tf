provider "google" {
  universe_domain = "s3nsapis.fr"
  region          = "u-france-east1"
}
resource "google_kms_crypto_key" "records" {
  name     = "patient-records"
  key_ring = "projects/health-kms/locations/u-france-east1/keyRings/phi"
  version_template {
    algorithm        = "GOOGLE_SYMMETRIC_ENCRYPTION"
    protection_level = "HSM"
  }
}
