locals {
  region = "nl-ams"
}
