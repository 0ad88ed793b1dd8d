resource "aws_s3_bucket" "b" {
  bucket = "level-9"
}

module "left" {
  source = "../m10"
}

module "right" {
  source = "../m10"
}
