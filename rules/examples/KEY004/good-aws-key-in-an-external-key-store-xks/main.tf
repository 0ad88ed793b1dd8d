provider "aws" {
  region = "eu-west-3"
}
resource "aws_kms_custom_key_store" "xks" {
  custom_key_store_name  = "phi-xks"
  custom_key_store_type  = "EXTERNAL_KEY_STORE"
  xks_proxy_connectivity = "PUBLIC_ENDPOINT"
  xks_proxy_uri_endpoint = "https://xks.hsm.example.fr"
  xks_proxy_uri_path     = "/kms/xks/v1"
}
resource "aws_kms_key" "records" {
  description         = "patient records, key material in our HSM"
  custom_key_store_id = aws_kms_custom_key_store.xks.id
  xks_key_id          = "phi-records-2026"
}
