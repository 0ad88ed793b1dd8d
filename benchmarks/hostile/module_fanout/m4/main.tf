resource "aws_s3_bucket" "b" {
  bucket = "level-4"
}

module "left" {
  source = "../m5"
}

module "right" {
  source = "../m5"
}
