terraform {
  required_providers {
    scaleway = { source = "scaleway/scaleway" }
    ovh      = { source = "ovh/ovh" }
  }
}
