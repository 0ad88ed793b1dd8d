resource "aws_s3_bucket" "records" {
  bucket =  # expect: PARSE001
}
