# Région de Paris - café
provider "aws" {
  region = "eu-west-3"
}
