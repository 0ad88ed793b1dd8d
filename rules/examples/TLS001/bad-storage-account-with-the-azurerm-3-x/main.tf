resource "azurerm_storage_account" "records" {  # expect: TLS001
  name                      = "hdsrecords"
  resource_group_name       = "rg-health"
  location                  = "francecentral"
  account_tier              = "Standard"
  account_replication_type  = "ZRS"
  enable_https_traffic_only = false
}
