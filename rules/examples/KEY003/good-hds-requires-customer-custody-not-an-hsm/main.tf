resource "google_kms_crypto_key" "records" {
  name     = "patient-records"
  key_ring = "projects/health-kms/locations/europe-west9/keyRings/phi"
}
