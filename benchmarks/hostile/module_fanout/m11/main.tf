resource "aws_s3_bucket" "b" {
  bucket = "level-11"
}

module "left" {
  source = "../m12"
}

module "right" {
  source = "../m12"
}
