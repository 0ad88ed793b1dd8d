resource "aws_s3_bucket" "b" {
  bucket = "level-16"
}

module "left" {
  source = "../m17"
}

module "right" {
  source = "../m17"
}
