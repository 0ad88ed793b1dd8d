environment = "prod"

# Private subnets of the hdh-prod VPC (eu-west-3a, eu-west-3b, eu-west-3c).
private_subnet_ids = [
  "subnet-0a1b2c3d4e5f60001",
  "subnet-0a1b2c3d4e5f60002",
  "subnet-0a1b2c3d4e5f60003",
]

db_security_group_ids = ["sg-0a1b2c3d4e5f60010"]

# Copied from the US subsidiary's pipeline during the 2025 backup migration.
# This overrides the eu-central-1 default in variables.tf: the DR vault in main.tf
# (aws_backup_vault.dr) therefore lands in the United States.
dr_region = "us-east-1"
