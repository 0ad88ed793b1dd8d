terraform {
  required_version = ">= 1.6.0"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = ">= 6.0.0, < 8.0.0"
    }
  }

  backend "gcs" {
    bucket = "hdh-platform-prod-tfstate"
    prefix = "platform/gcp"
  }
}
