resource "google_sql_database_instance" "cohort" {  # expect: TLS001
  name             = "cohort"
  region           = "europe-west9"
  database_version = "POSTGRES_16"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/hospital/global/networks/hds"
    }
  }
}
