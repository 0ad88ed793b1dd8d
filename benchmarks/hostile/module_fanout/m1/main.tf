resource "aws_s3_bucket" "b" {
  bucket = "level-1"
}

module "left" {
  source = "../m2"
}

module "right" {
  source = "../m2"
}
