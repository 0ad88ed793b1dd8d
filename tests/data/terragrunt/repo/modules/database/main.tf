terraform {
  required_providers {
    scaleway = {
      source = "scaleway/scaleway"
    }
  }
}

variable "name" {
  type = string
}

variable "environment" {
  type = string
}

resource "scaleway_rdb_instance" "main" {
  name           = var.name
  node_type      = "DB-DEV-S"
  engine         = "PostgreSQL-15"
  is_ha_cluster  = true
  disable_backup = false
  tags           = [var.environment]
}
