terraform {
  required_version = ">= 1.6.0"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = ">= 6.0.0, < 8.0.0"
    }
  }
}

# Paris.
provider "google" {
  project = "hdh-platform-prod"
  region  = "europe-west9"
}
