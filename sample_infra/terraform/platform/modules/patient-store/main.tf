# A bucket for health data with its own KMS key. The module has no provider block: it
# uses whatever configuration the caller passes (or the caller's default).
variable "bucket_name" {
  type = string
}

# expect: RES001 — module.patient_records_dr lands in us-east-1 (dr_region in terraform.tfvars)
# expect: KEY004, PRV002 — key held by an operator exposed to extra-EU law (no external key store); PRV002: outside the operator's HDS scope
resource "aws_kms_key" "data" {
  description         = "Key for ${var.bucket_name}"
  enable_key_rotation = true
}

# expect: RES001 — module.patient_records_dr lands in us-east-1 (dr_region in terraform.tfvars)
# expect: LOG001, PRV002 — access logging not enabled; PRV002: outside the operator's HDS scope
resource "aws_s3_bucket" "data" {
  bucket = var.bucket_name

  tags = {
    data_classification = "health"
  }
}

# expect: RES001, PRV002 — the encryption configuration is a regional resource too, in us-east-1 for the DR copy; PRV002: outside the operator's HDS scope
resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

output "bucket_region" {
  value = aws_s3_bucket.data.region
}
