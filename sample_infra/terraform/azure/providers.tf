# The subscription comes from ARM_SUBSCRIPTION_ID in the pipeline. Azure has no
# provider-level region: every resource states its own `location`.
provider "azurerm" {
  features {
    key_vault {
      purge_soft_delete_on_destroy = false
    }
  }
}
