terraform {
  required_providers {
    ec = {
      source = "elastic/ec"
    }
  }
}
resource "ec_deployment" "logs" {
  name                   = "logs"
  region                 = "aws-eu-west-3"
  version                = "8.15.0"
  deployment_template_id = "aws-storage-optimized"
}
