resource "azurerm_storage_account" "research" {  # expect: XFR003
  name                     = "ukresearchexports"
  resource_group_name      = "rg-research"
  location                 = "uksouth"
  account_tier             = "Standard"
  account_replication_type = "RAGRS"
}
