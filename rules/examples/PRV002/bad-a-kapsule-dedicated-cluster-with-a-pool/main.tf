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
  type    = "kapsule-dedicated-8"
  version = "1.35"
  cni     = "cilium"
}
resource "scaleway_k8s_pool" "default" {  # expect: PRV002
  cluster_id = scaleway_k8s_cluster.platform.id
  name       = "default"
  node_type  = "DEV1-M"
  size       = 3
}
