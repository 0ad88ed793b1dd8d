provider "aws" {
  region = "eu-west-3"
}

locals {
  k1 = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
  k2 = merge([for a in local.k1 : { for b in local.k1 : "${a}${b}" => b }]...)
  k4 = merge([for a in keys(local.k2) : { for b in keys(local.k2) : "${a}${b}" => b }]...)
  k6 = merge([for a in keys(local.k4) : { for b in keys(local.k2) : "${a}${b}" => b }]...)
  k8 = merge([for a in keys(local.k6) : { for b in keys(local.k2) : "${a}${b}" => b }]...)
}

resource "aws_s3_bucket" "ten_thousand" {
  for_each = local.k4
  bucket   = each.key
}

resource "aws_s3_bucket" "million" {
  for_each = local.k6
  bucket   = each.key
}

resource "aws_s3_bucket" "hundred_million" {
  for_each = local.k8
  bucket   = each.key
}
