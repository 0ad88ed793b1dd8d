resource "aws_s3_bucket" "b" {
  bucket = "level-17"
}

module "left" {
  source = "../m18"
}

module "right" {
  source = "../m18"
}
