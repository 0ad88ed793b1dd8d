terraform {
  required_providers {
    datadog = {
      source = "DataDog/datadog"
    }
    newrelic = {
      source = "newrelic/newrelic"
    }
  }
}
provider "datadog" {
  api_url = "https://api.datadoghq.eu/"
}
provider "newrelic" {
  account_id = 1234567
  region     = "EU"
}
