provider "aws" {
  region = "eu-west-3"
}
resource "aws_kms_key" "records" {  # expect: KEY005
  description = "patient records"
}
resource "aws_kms_key" "imaging" {  # expect: KEY005
  description         = "imaging archive"
  enable_key_rotation = false
}
