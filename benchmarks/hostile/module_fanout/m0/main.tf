resource "aws_s3_bucket" "b" {
  bucket = "level-0"
}

module "left" {
  source = "../m1"
}

module "right" {
  source = "../m1"
}
