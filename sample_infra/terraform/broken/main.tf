# A half-finished edit: sovscan cannot read this file, so it fails closed with PARSE001
# instead of skipping it, and reports the line of the syntax error.
resource "aws_s3_bucket" "draft" {
# expect: PARSE001 — missing value after "bucket ="
  bucket =
}
