resource "scaleway_key_manager_key" "snds" {
  name      = "snds-objects"
  region    = "fr-par"
  usage     = "symmetric_encryption"
  algorithm = "aes_256_gcm"
  rotation_policy {
    rotation_period = "2160h"
  }
}
resource "scaleway_key_manager_key" "reports" {
  name      = "signed-reports"
  region    = "fr-par"
  usage     = "asymmetric_signing"
  algorithm = "ec_p256_sha256"
}
