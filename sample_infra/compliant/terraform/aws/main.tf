# The same patient-data lake as ../../../terraform/aws, done right: primary copy in
# Paris, replica in Frankfurt, keys in the region of the data they protect.

# expect: KEY004 — key held by an operator exposed to extra-EU law (no external key store)
resource "aws_kms_key" "phi" {
  description             = "CMK for personal health data (Paris)"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  multi_region            = false
}

# expect: LOG001 — access logging not enabled
resource "aws_s3_bucket" "patient_records" {
  bucket = "hdh-prod-patient-records-par"
}

resource "aws_s3_bucket_versioning" "patient_records" {
  bucket = aws_s3_bucket.patient_records.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "patient_records" {
  bucket = aws_s3_bucket.patient_records.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.phi.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "patient_records" {
  bucket = aws_s3_bucket.patient_records.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Replica in Frankfurt.
# expect: KEY004 — key held by an operator exposed to extra-EU law (no external key store)
resource "aws_kms_key" "replica" {
  provider                = aws.frankfurt
  description             = "CMK for the patient-records replica (Frankfurt)"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

# expect: KEY001, LOG001 — provider-managed key only, no customer-managed key; access logging not enabled
resource "aws_s3_bucket" "replica" {
  provider = aws.frankfurt
  bucket   = "hdh-prod-patient-records-fra"
}

resource "aws_s3_bucket_versioning" "replica" {
  provider = aws.frankfurt
  bucket   = aws_s3_bucket.replica.id

  versioning_configuration {
    status = "Enabled"
  }
}

# IAM is global: the role is not placed in a region.
resource "aws_iam_role" "replication" {
  name = "hdh-prod-s3-replication"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "s3.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "replication" {
  name = "s3-replication"
  role = aws_iam_role.replication.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
        Resource = [aws_s3_bucket.patient_records.arn]
      },
      {
        Effect   = "Allow"
        Action   = ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"]
        Resource = ["${aws_s3_bucket.patient_records.arn}/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"]
        Resource = ["${aws_s3_bucket.replica.arn}/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["kms:Decrypt"]
        Resource = [aws_kms_key.phi.arn]
      },
      {
        Effect   = "Allow"
        Action   = ["kms:Encrypt"]
        Resource = [aws_kms_key.replica.arn]
      },
    ]
  })
}

resource "aws_s3_bucket_replication_configuration" "patient_records" {
  depends_on = [
    aws_s3_bucket_versioning.patient_records,
    aws_s3_bucket_versioning.replica,
  ]

  role   = aws_iam_role.replication.arn
  bucket = aws_s3_bucket.patient_records.id

  rule {
    id     = "replicate-all-to-frankfurt"
    status = "Enabled"

    filter {}

    delete_marker_replication {
      status = "Disabled"
    }

    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }

    destination {
      bucket        = aws_s3_bucket.replica.arn
      storage_class = "STANDARD_IA"

      encryption_configuration {
        replica_kms_key_id = aws_kms_key.replica.arn
      }
    }
  }
}
