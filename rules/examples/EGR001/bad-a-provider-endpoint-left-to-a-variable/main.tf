terraform {
  required_providers {
    datadog = {
      source = "DataDog/datadog"
    }
  }
}
variable "site" {}
provider "datadog" {  # expect: EGR001
  api_url = var.site
}
