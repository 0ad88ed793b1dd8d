resource "azurerm_storage_account" "records" {  # expect: TLS001
  name                       = "hdsrecords"
  resource_group_name        = "rg-health"
  location                   = "francecentral"
  account_tier               = "Standard"
  account_replication_type   = "ZRS"
  https_traffic_only_enabled = false
  min_tls_version            = "TLS1_0"
}
