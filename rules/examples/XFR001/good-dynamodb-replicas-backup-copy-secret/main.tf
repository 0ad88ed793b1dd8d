provider "aws" {
  region = "eu-west-3"
}
resource "aws_dynamodb_table" "consents" {
  name         = "consents"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "patient_id"
  attribute {
    name = "patient_id"
    type = "S"
  }
  replica {
    region_name = "eu-central-1"
  }
  replica {
    region_name = "eu-west-1"
  }
}
resource "aws_backup_plan" "daily" {
  name = "hds-daily"
  rule {
    rule_name         = "daily"
    target_vault_name = "hds-primary"
    schedule          = "cron(0 3 * * ? *)"
    copy_action {
      destination_vault_arn = "arn:aws:backup:eu-central-1:123456789012:backup-vault:hds-dr"
    }
  }
}
resource "aws_secretsmanager_secret" "db" {
  name = "ehr/db-credentials"
  replica {
    region = "eu-central-1"
  }
}
resource "aws_ecr_replication_configuration" "registry" {
  replication_configuration {
    rule {
      destination {
        region      = "eu-west-1"
        registry_id = "123456789012"
      }
    }
  }
}
resource "aws_efs_replication_configuration" "scans" {
  source_file_system_id = "fs-0123456789abcdef0"
  destination {
    availability_zone_name = "eu-central-1a"
  }
}
