terraform {
  required_providers {
    scaleway = { source = "scaleway/scaleway" }
  }
}
provider "scaleway" {
  region = "fr-par"
  zone   = "fr-par-1"
}
resource "scaleway_k8s_cluster" "platform" {  # expect: PRV002
  name    = "platform"
  version = "1.35"
  cni     = "cilium"
}
