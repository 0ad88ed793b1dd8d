terraform {
  required_providers {
    scaleway = { source = "scaleway/scaleway" }
  }
}
provider "scaleway" {
  region = "fr-par"
  zone   = "fr-par-1"
}
resource "scaleway_vpc_private_network" "platform" {
  name = "platform"
}
resource "scaleway_instance_ip" "public" {}
resource "scaleway_instance_security_group" "web" {
  name = "web"
}
