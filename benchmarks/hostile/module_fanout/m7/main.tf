resource "aws_s3_bucket" "b" {
  bucket = "level-7"
}

module "left" {
  source = "../m8"
}

module "right" {
  source = "../m8"
}
