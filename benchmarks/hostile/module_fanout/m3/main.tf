resource "aws_s3_bucket" "b" {
  bucket = "level-3"
}

module "left" {
  source = "../m4"
}

module "right" {
  source = "../m4"
}
