provider "aws" {
  region = "eu-west-3"
}
resource "aws_kms_key" "records" {  # expect: KEY004
  description         = "patient records"
  enable_key_rotation = true
}
resource "aws_kms_custom_key_store" "hsm" {
  custom_key_store_name = "phi-cloudhsm"
  cloud_hsm_cluster_id  = "cluster-2kq3hrpkbnq"
}
resource "aws_kms_key" "imaging" {  # expect: KEY004
  description         = "imaging archive"
  custom_key_store_id = aws_kms_custom_key_store.hsm.id
}
