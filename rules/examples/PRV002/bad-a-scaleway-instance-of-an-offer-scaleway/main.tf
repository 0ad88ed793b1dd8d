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
  type  = "PLAY2-NANO"
  image = "ubuntu_noble"
}
