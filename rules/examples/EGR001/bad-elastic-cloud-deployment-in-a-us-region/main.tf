terraform {
  required_providers {
    ec = {
      source = "elastic/ec"
    }
  }
}
resource "ec_deployment" "logs" { # expect: EGR001
  name                   = "logs"
  region                 = "gcp-us-central1"
  version                = "8.15.0"
  deployment_template_id = "gcp-general-purpose"
}
