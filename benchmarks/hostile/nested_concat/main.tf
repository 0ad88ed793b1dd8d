provider "aws" {
  region = "eu-west-3"
}

locals {
  c0  = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
  c1  = concat(local.c0, local.c0, local.c0, local.c0, local.c0, local.c0, local.c0, local.c0, local.c0, local.c0)
  c2  = concat(local.c1, local.c1, local.c1, local.c1, local.c1, local.c1, local.c1, local.c1, local.c1, local.c1)
  c3  = concat(local.c2, local.c2, local.c2, local.c2, local.c2, local.c2, local.c2, local.c2, local.c2, local.c2)
  c4  = concat(local.c3, local.c3, local.c3, local.c3, local.c3, local.c3, local.c3, local.c3, local.c3, local.c3)
  c5  = concat(local.c4, local.c4, local.c4, local.c4, local.c4, local.c4, local.c4, local.c4, local.c4, local.c4)
  c6  = concat(local.c5, local.c5, local.c5, local.c5, local.c5, local.c5, local.c5, local.c5, local.c5, local.c5)
  c7  = concat(local.c6, local.c6, local.c6, local.c6, local.c6, local.c6, local.c6, local.c6, local.c6, local.c6)
  c8  = concat(local.c7, local.c7, local.c7, local.c7, local.c7, local.c7, local.c7, local.c7, local.c7, local.c7)
  c9  = concat(local.c8, local.c8, local.c8, local.c8, local.c8, local.c8, local.c8, local.c8, local.c8, local.c8)
  c10 = concat(local.c9, local.c9, local.c9, local.c9, local.c9, local.c9, local.c9, local.c9, local.c9, local.c9)
  c11 = concat(local.c10, local.c10, local.c10, local.c10, local.c10, local.c10, local.c10, local.c10, local.c10)
  c12 = concat(local.c11, local.c11, local.c11, local.c11, local.c11, local.c11, local.c11, local.c11, local.c11)
  c13 = concat(local.c12, local.c12, local.c12, local.c12, local.c12, local.c12, local.c12, local.c12, local.c12)
  # Nested, not concatenated: every level holds the previous one twice (2^40 leaves).
  n0  = ["x"]
  n1  = [local.n0, local.n0]
  n2  = [local.n1, local.n1]
  n3  = [local.n2, local.n2]
  n4  = [local.n3, local.n3]
  n5  = [local.n4, local.n4]
  n6  = [local.n5, local.n5]
  n7  = [local.n6, local.n6]
  n8  = [local.n7, local.n7]
  n9  = [local.n8, local.n8]
  n10 = [local.n9, local.n9]
  n11 = [local.n10, local.n10]
  n12 = [local.n11, local.n11]
  n13 = [local.n12, local.n12]
  n14 = [local.n13, local.n13]
  n15 = [local.n14, local.n14]
  n16 = [local.n15, local.n15]
  n17 = [local.n16, local.n16]
  n18 = [local.n17, local.n17]
  n19 = [local.n18, local.n18]
  n20 = [local.n19, local.n19]
  n30 = [local.n20, local.n20, local.n20, local.n20, local.n20, local.n20, local.n20, local.n20, local.n20, local.n20]
  n40 = [local.n30, local.n30, local.n30, local.n30, local.n30, local.n30, local.n30, local.n30, local.n30, local.n30]
}

resource "aws_s3_bucket" "concat" {
  count  = length(local.c13) > 0 ? 1 : 0
  bucket = "concat-${length(local.c13)}"
  region = element(local.c13, 7) == "h" ? "eu-west-3" : "us-east-1"
}

resource "aws_s3_bucket" "nested" {
  bucket = "nested-${length(toset(local.n40))}"
  region = local.n40 == local.n30 ? "us-east-1" : "eu-west-3"
}
