resource "azurerm_storage_account" "records" {  # expect: KEY001
  name                     = "patientrecords"
  resource_group_name      = "rg-health"
  location                 = "francecentral"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
}
resource "azurerm_managed_disk" "pacs" {  # expect: KEY001
  name                 = "pacs-data"
  resource_group_name  = "rg-health"
  location             = "francecentral"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
}
resource "azurerm_mssql_server" "ehr" {  # expect: KEY001
  name                = "sql-ehr"
  resource_group_name = "rg-health"
  location            = "francecentral"
  version             = "12.0"
}
resource "azurerm_postgresql_flexible_server" "research" {  # expect: KEY001
  name                = "pg-research"
  resource_group_name = "rg-health"
  location            = "francecentral"
}
resource "azurerm_mysql_flexible_server" "portal" {  # expect: KEY001
  name                = "mysql-portal"
  resource_group_name = "rg-health"
  location            = "francecentral"
}
resource "azurerm_cosmosdb_account" "events" {  # expect: KEY001
  name                = "cosmos-care-events"
  resource_group_name = "rg-health"
  location            = "francecentral"
  offer_type          = "Standard"
}
resource "azurerm_kubernetes_cluster" "platform" {  # expect: KEY001
  name                = "aks-health"
  resource_group_name = "rg-health"
  location            = "francecentral"
  dns_prefix          = "health"
}
