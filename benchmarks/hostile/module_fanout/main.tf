provider "aws" {
  region = "eu-west-3"
}

module "top" {
  source = "./m0"
}
