provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "b0" {
  count  = 1000
  bucket = "b0-${count.index}"
}
resource "aws_s3_bucket" "b1" {
  count  = 1000
  bucket = "b1-${count.index}"
}
resource "aws_s3_bucket" "b2" {
  count  = 1000
  bucket = "b2-${count.index}"
}
resource "aws_s3_bucket" "b3" {
  count  = 1000
  bucket = "b3-${count.index}"
}
resource "aws_s3_bucket" "b4" {
  count  = 1000
  bucket = "b4-${count.index}"
}
resource "aws_s3_bucket" "b5" {
  count  = 1000
  bucket = "b5-${count.index}"
}
resource "aws_s3_bucket" "b6" {
  count  = 1000
  bucket = "b6-${count.index}"
}
resource "aws_s3_bucket" "b7" {
  count  = 1000
  bucket = "b7-${count.index}"
}
resource "aws_s3_bucket" "b8" {
  count  = 1000
  bucket = "b8-${count.index}"
}
resource "aws_s3_bucket" "b9" {
  count  = 1000
  bucket = "b9-${count.index}"
}
