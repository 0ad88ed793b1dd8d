provider "google" {
  project = "health-kms"
  region  = "europe-west9"
}
resource "google_kms_crypto_key" "records" {  # expect: KEY005
  name     = "patient-records"
  key_ring = "projects/health-kms/locations/europe-west9/keyRings/phi"
}
