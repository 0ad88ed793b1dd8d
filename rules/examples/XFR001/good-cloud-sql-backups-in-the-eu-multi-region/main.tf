resource "google_sql_database_instance" "cohort" {
  name             = "cohort"
  region           = "europe-west9"
  database_version = "POSTGRES_16"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled  = true
      location = "eu"
    }
  }
}
resource "google_sql_database_instance" "registry" {
  name             = "registry"
  region           = "europe-west9"
  database_version = "POSTGRES_16"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled  = true
      location = "europe-west1"
    }
  }
}
