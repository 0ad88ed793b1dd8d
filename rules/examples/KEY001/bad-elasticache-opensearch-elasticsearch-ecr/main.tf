provider "aws" {
  region = "eu-west-3"
}
resource "aws_elasticache_replication_group" "sessions" {  # expect: KEY001
  replication_group_id       = "portal-sessions"
  description                = "patient portal sessions"
  at_rest_encryption_enabled = true
}
resource "aws_opensearch_domain" "search" {  # expect: KEY001
  domain_name = "clinical-notes"
  encrypt_at_rest {
    enabled = true
  }
}
resource "aws_elasticsearch_domain" "legacy" {  # expect: KEY001
  domain_name = "legacy-notes"
  encrypt_at_rest {
    enabled = true
  }
}
resource "aws_ecr_repository" "dicom" {  # expect: KEY001
  name = "dicom-gateway"
  encryption_configuration {
    encryption_type = "KMS"
  }
}
resource "aws_backup_vault" "phi" {  # expect: KEY001
  name = "phi-backups"
}
resource "aws_eks_cluster" "platform" {  # expect: KEY001
  name     = "health-platform"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
