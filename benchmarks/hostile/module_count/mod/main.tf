variable "name" {}

resource "aws_s3_bucket" "b" {
  count  = 1000
  bucket = "${var.name}-${count.index}"
}
