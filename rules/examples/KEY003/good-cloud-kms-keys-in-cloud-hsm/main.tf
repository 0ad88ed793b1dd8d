provider "google" {
  project = "health-kms"
  region  = "europe-west9"
}
resource "google_kms_crypto_key" "records" {
  name     = "patient-records"
  key_ring = "projects/health-kms/locations/europe-west9/keyRings/phi"
  version_template {
    algorithm        = "GOOGLE_SYMMETRIC_ENCRYPTION"
    protection_level = "HSM"
  }
}
resource "google_kms_crypto_key" "imaging" {
  name               = "imaging"
  key_ring           = "projects/health-kms/locations/europe-west9/keyRings/phi"
  crypto_key_backend = "projects/health-kms/locations/europe-west9/ekmConnections/thales"
  version_template {
    algorithm        = "EXTERNAL_SYMMETRIC_ENCRYPTION"
    protection_level = "EXTERNAL_VPC"
  }
}
