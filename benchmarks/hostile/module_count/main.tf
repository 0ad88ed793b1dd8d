provider "aws" {
  region = "eu-west-3"
}

module "m" {
  count  = 1000
  source = "./mod"
  name   = "m${count.index}"
}
