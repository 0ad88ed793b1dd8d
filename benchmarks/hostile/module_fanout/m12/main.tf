resource "aws_s3_bucket" "b" {
  bucket = "level-12"
}

module "left" {
  source = "../m13"
}

module "right" {
  source = "../m13"
}
