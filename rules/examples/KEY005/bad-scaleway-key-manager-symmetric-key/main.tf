resource "scaleway_key_manager_key" "snds" {  # expect: KEY005
  name      = "snds-objects"
  region    = "fr-par"
  usage     = "symmetric_encryption"
  algorithm = "aes_256_gcm"
}
