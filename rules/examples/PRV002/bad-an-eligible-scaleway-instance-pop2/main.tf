terraform {
  required_providers {
    scaleway = { source = "scaleway/scaleway" }
  }
}
provider "scaleway" {
  region = "fr-par"
  zone   = "fr-par-1"
}
resource "scaleway_instance_server" "worker" {  # expect: PRV002
  type  = "POP2-2C-8G"
  image = "ubuntu_noble"
}
