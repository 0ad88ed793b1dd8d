# Default provider: every resource without its own `region` argument or `provider`
# meta-argument is created in eu-west-3 (Paris), inside the EEA.
provider "aws" {
  region = "eu-west-3"

  default_tags {
    tags = {
      project             = "hdh-platform"
      environment         = "prod"
      owner               = "platform-team@hdh.example"
      managed_by          = "terraform"
      data_classification = "health"
    }
  }
}

# US East (N. Virginia). Used by the cross-region replica in main.tf: outside the EEA.
provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

# London. The United Kingdom is not in the EEA, so eu-west-2 does not qualify for HDS
# even though its name starts with "eu-".
provider "aws" {
  alias  = "london"
  region = "eu-west-2"
}

# Security-tooling account. No `region` here: it comes from AWS_REGION or the CLI
# profile of whoever runs `terraform apply`, so the code does not say where the audit
# logs land.
provider "aws" {
  alias = "security"

  assume_role {
    role_arn     = "arn:aws:iam::123456789012:role/hdh-security-audit-writer"
    session_name = "terraform-hdh-platform"
  }
}
