provider "aws" {
  region = "eu-west-3"
}
resource "aws_ecr_replication_configuration" "registry" {  # expect: XFR001
  replication_configuration {
    rule {
      destination {
        region      = "us-east-1"
        registry_id = "123456789012"
      }
    }
  }
}
