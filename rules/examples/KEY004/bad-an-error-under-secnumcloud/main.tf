provider "aws" {
  region = "eu-west-3"
}
resource "aws_kms_key" "records" {  # expect: KEY004
  description         = "patient records"
  enable_key_rotation = true
}
