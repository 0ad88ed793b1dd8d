provider "aws" {
  region = "eu-west-3"
}
resource "aws_kms_key" "records" {
  description         = "patient records"
  enable_key_rotation = true
}
