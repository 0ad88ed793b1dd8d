provider "aws" {
  region = "eu-west-3"
}
resource "aws_backup_vault" "primary" {
  name = "hds-primary"
}
resource "aws_backup_plan" "daily" {  # expect: XFR001
  name = "hds-daily"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.primary.name
    schedule          = "cron(0 3 * * ? *)"
    copy_action {
      destination_vault_arn = "arn:aws:backup:us-east-1:123456789012:backup-vault:hds-dr"
    }
  }
}
