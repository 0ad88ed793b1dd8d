terraform {
  required_providers {
    newrelic = {
      source = "newrelic/newrelic"
    }
  }
}
provider "newrelic" {  # expect: EGR001
  account_id = 1234567
  region     = "US"
}
