resource "google_sql_database_instance" "cohort" {
  name             = "cohort"
  region           = "europe-west9"
  database_version = "POSTGRES_16"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/hospital/global/networks/hds"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}
resource "google_sql_database_instance" "legacy" {
  name             = "legacy-registry"
  region           = "europe-west9"
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-n1-standard-2"
    ip_configuration {
      require_ssl = true
    }
  }
}
