resource "azurerm_storage_account" "latam" {  # expect: XFR003
  name                     = "latamcohort"
  resource_group_name      = "rg-research"
  location                 = "Brazil South"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
