provider "google" {
  project = "health-research"
  region  = "europe-west2"
}
resource "google_sql_database_instance" "cohort" {  # expect: RES001
  name             = "cohort"
  database_version = "POSTGRES_16"
}
