resource "aws_s3_bucket" "records" {
  bucket = "patient-records" "imaging"  # expect: PARSE001
}
