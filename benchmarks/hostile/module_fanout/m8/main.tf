resource "aws_s3_bucket" "b" {
  bucket = "level-8"
}

module "left" {
  source = "../m9"
}

module "right" {
  source = "../m9"
}
