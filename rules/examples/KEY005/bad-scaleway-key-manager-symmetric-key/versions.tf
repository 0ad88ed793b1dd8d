terraform {
  required_providers {
    scaleway = { source = "scaleway/scaleway" }
  }
}
