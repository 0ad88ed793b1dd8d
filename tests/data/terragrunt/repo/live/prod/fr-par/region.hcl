locals {
  region = "fr-par"
}
