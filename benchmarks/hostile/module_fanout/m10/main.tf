resource "aws_s3_bucket" "b" {
  bucket = "level-10"
}

module "left" {
  source = "../m11"
}

module "right" {
  source = "../m11"
}
