terraform {
  required_providers {
    scaleway = { source = "scaleway/scaleway" }
  }
}
provider "scaleway" {
  region = "fr-par"
  zone   = "fr-par-1"
}
resource "scaleway_rdb_instance" "research" {  # expect: PRV002
  name      = "research"
  node_type = "DB-PRO2-XXS"
  engine    = "PostgreSQL-16"
}
resource "scaleway_rdb_database" "main" {
  instance_id = scaleway_rdb_instance.research.id
  name        = "main"
}
resource "scaleway_rdb_user" "app" {
  instance_id = scaleway_rdb_instance.research.id
  name        = "app"
  password    = "x"
}
