locals {
  a = "\U00110000"
}
