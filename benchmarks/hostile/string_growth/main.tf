provider "aws" {
  region = "eu-west-3"
}

locals {
  s0  = "abcdefghij"
  s1  = "${local.s0}${local.s0}${local.s0}${local.s0}${local.s0}${local.s0}${local.s0}${local.s0}${local.s0}${local.s0}"
  s2  = format("%s%s%s%s%s%s%s%s%s%s", local.s1, local.s1, local.s1, local.s1, local.s1, local.s1, local.s1, local.s1, local.s1, local.s1)
  s3  = join("", [local.s2, local.s2, local.s2, local.s2, local.s2, local.s2, local.s2, local.s2, local.s2, local.s2])
  s4  = replace(local.s3, "a", local.s0)
  s5  = replace(local.s4, "b", local.s1)
  s6  = replace(local.s5, "c", local.s2)
  s7  = replace(local.s6, "d", local.s3)
  s8  = join(local.s7, [local.s7, local.s7, local.s7, local.s7, local.s7, local.s7, local.s7, local.s7])
  s9  = strrev(local.s8)
  s10 = upper("${local.s8}${local.s8}${local.s8}${local.s8}${local.s8}${local.s8}${local.s8}")
  s11 = join(local.s6, local.c1)
  c1  = [for i in split("", local.s4) : local.s3]
}

resource "aws_s3_bucket" "grown" {
  bucket = substr(local.s7, 0, 10)
  region = length(local.s10) > 0 ? "us-east-1" : "eu-west-3"
}

resource "aws_s3_bucket" "joined" {
  bucket = substr(local.s11, 0, 10)
  region = length(local.s8) > 0 ? "us-east-1" : "eu-west-3"
}
