provider "aws" {
  region = "eu-west-3"
}
provider "aws" {
  alias  = "zurich"
  region = "eu-central-2"
}
resource "aws_db_instance" "research" {  # expect: RES001
  provider       = aws.zurich
  engine         = "postgres"
  instance_class = "db.t4g.medium"
}
