provider "aws" {
  region = "eu-west-3"
}
resource "aws_kms_key" "records" {
  description             = "patient records"
  enable_key_rotation     = true
  rotation_period_in_days = 180
}
resource "aws_kms_key" "prescriptions" {
  description              = "e-prescription signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}
resource "aws_kms_key" "tokens" {
  description              = "pseudonymisation tokens"
  key_usage                = "GENERATE_VERIFY_MAC"
  customer_master_key_spec = "HMAC_256"
}
