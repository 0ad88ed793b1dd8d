terraform {
  required_version = ">= 1.6.0"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 4.0.0, < 6.0.0"
    }
  }
}

# The subscription comes from ARM_SUBSCRIPTION_ID in the pipeline.
provider "azurerm" {
  features {}
}
