terraform {
  required_version = ">= 1.10.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }

  # Terraform state holds resource attributes (bucket names, DB endpoints, sometimes
  # secrets): keep it in the same sovereign region as the data it describes.
  backend "s3" {
    bucket       = "hdh-terraform-state-prod"
    key          = "platform/aws/terraform.tfstate"
    region       = "eu-west-3"
    encrypt      = true
    use_lockfile = true
  }
}
