terraform {
  required_version = ">= 1.6.0"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = ">= 4.42.0, < 6.0.0"
    }
  }

  backend "azurerm" {
    resource_group_name  = "rg-hdh-tfstate-frc"
    storage_account_name = "sthdhtfstatefrc"
    container_name       = "tfstate"
    key                  = "platform/azure.tfstate"
    use_azuread_auth     = true
  }
}
