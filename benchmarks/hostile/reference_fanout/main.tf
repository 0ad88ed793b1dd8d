provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "r0" {
  bucket = "r0"
  region = "eu-west-3"
}
resource "aws_s3_bucket" "r1" {
  bucket = "r1"
  region = coalesce(aws_s3_bucket.r0.region, aws_s3_bucket.r0.region)
}
resource "aws_s3_bucket" "r2" {
  bucket = "r2"
  region = coalesce(aws_s3_bucket.r1.region, aws_s3_bucket.r1.region)
}
resource "aws_s3_bucket" "r3" {
  bucket = "r3"
  region = coalesce(aws_s3_bucket.r2.region, aws_s3_bucket.r2.region)
}
resource "aws_s3_bucket" "r4" {
  bucket = "r4"
  region = coalesce(aws_s3_bucket.r3.region, aws_s3_bucket.r3.region)
}
resource "aws_s3_bucket" "r5" {
  bucket = "r5"
  region = coalesce(aws_s3_bucket.r4.region, aws_s3_bucket.r4.region)
}
resource "aws_s3_bucket" "r6" {
  bucket = "r6"
  region = coalesce(aws_s3_bucket.r5.region, aws_s3_bucket.r5.region)
}
resource "aws_s3_bucket" "r7" {
  bucket = "r7"
  region = coalesce(aws_s3_bucket.r6.region, aws_s3_bucket.r6.region)
}
resource "aws_s3_bucket" "r8" {
  bucket = "r8"
  region = coalesce(aws_s3_bucket.r7.region, aws_s3_bucket.r7.region)
}
resource "aws_s3_bucket" "r9" {
  bucket = "r9"
  region = coalesce(aws_s3_bucket.r8.region, aws_s3_bucket.r8.region)
}
resource "aws_s3_bucket" "r10" {
  bucket = "r10"
  region = coalesce(aws_s3_bucket.r9.region, aws_s3_bucket.r9.region)
}
resource "aws_s3_bucket" "r11" {
  bucket = "r11"
  region = coalesce(aws_s3_bucket.r10.region, aws_s3_bucket.r10.region)
}
resource "aws_s3_bucket" "r12" {
  bucket = "r12"
  region = coalesce(aws_s3_bucket.r11.region, aws_s3_bucket.r11.region)
}
resource "aws_s3_bucket" "r13" {
  bucket = "r13"
  region = coalesce(aws_s3_bucket.r12.region, aws_s3_bucket.r12.region)
}
resource "aws_s3_bucket" "r14" {
  bucket = "r14"
  region = coalesce(aws_s3_bucket.r13.region, aws_s3_bucket.r13.region)
}
resource "aws_s3_bucket" "r15" {
  bucket = "r15"
  region = coalesce(aws_s3_bucket.r14.region, aws_s3_bucket.r14.region)
}
resource "aws_s3_bucket" "r16" {
  bucket = "r16"
  region = coalesce(aws_s3_bucket.r15.region, aws_s3_bucket.r15.region)
}
resource "aws_s3_bucket" "r17" {
  bucket = "r17"
  region = coalesce(aws_s3_bucket.r16.region, aws_s3_bucket.r16.region)
}
resource "aws_s3_bucket" "r18" {
  bucket = "r18"
  region = coalesce(aws_s3_bucket.r17.region, aws_s3_bucket.r17.region)
}
resource "aws_s3_bucket" "r19" {
  bucket = "r19"
  region = coalesce(aws_s3_bucket.r18.region, aws_s3_bucket.r18.region)
}
resource "aws_s3_bucket" "r20" {
  bucket = "r20"
  region = coalesce(aws_s3_bucket.r19.region, aws_s3_bucket.r19.region)
}
resource "aws_s3_bucket" "r21" {
  bucket = "r21"
  region = coalesce(aws_s3_bucket.r20.region, aws_s3_bucket.r20.region)
}
resource "aws_s3_bucket" "r22" {
  bucket = "r22"
  region = coalesce(aws_s3_bucket.r21.region, aws_s3_bucket.r21.region)
}
resource "aws_s3_bucket" "r23" {
  bucket = "r23"
  region = coalesce(aws_s3_bucket.r22.region, aws_s3_bucket.r22.region)
}
resource "aws_s3_bucket" "r24" {
  bucket = "r24"
  region = coalesce(aws_s3_bucket.r23.region, aws_s3_bucket.r23.region)
}
resource "aws_s3_bucket" "r25" {
  bucket = "r25"
  region = coalesce(aws_s3_bucket.r24.region, aws_s3_bucket.r24.region)
}
resource "aws_s3_bucket" "r26" {
  bucket = "r26"
  region = coalesce(aws_s3_bucket.r25.region, aws_s3_bucket.r25.region)
}
resource "aws_s3_bucket" "r27" {
  bucket = "r27"
  region = coalesce(aws_s3_bucket.r26.region, aws_s3_bucket.r26.region)
}
resource "aws_s3_bucket" "r28" {
  bucket = "r28"
  region = coalesce(aws_s3_bucket.r27.region, aws_s3_bucket.r27.region)
}
resource "aws_s3_bucket" "r29" {
  bucket = "r29"
  region = coalesce(aws_s3_bucket.r28.region, aws_s3_bucket.r28.region)
}
resource "aws_s3_bucket" "r30" {
  bucket = "r30"
  region = coalesce(aws_s3_bucket.r29.region, aws_s3_bucket.r29.region)
}
resource "aws_s3_bucket" "r31" {
  bucket = "r31"
  region = coalesce(aws_s3_bucket.r30.region, aws_s3_bucket.r30.region)
}
resource "aws_s3_bucket" "r32" {
  bucket = "r32"
  region = coalesce(aws_s3_bucket.r31.region, aws_s3_bucket.r31.region)
}
resource "aws_s3_bucket" "r33" {
  bucket = "r33"
  region = coalesce(aws_s3_bucket.r32.region, aws_s3_bucket.r32.region)
}
resource "aws_s3_bucket" "r34" {
  bucket = "r34"
  region = coalesce(aws_s3_bucket.r33.region, aws_s3_bucket.r33.region)
}
resource "aws_s3_bucket" "r35" {
  bucket = "r35"
  region = coalesce(aws_s3_bucket.r34.region, aws_s3_bucket.r34.region)
}
resource "aws_s3_bucket" "r36" {
  bucket = "r36"
  region = coalesce(aws_s3_bucket.r35.region, aws_s3_bucket.r35.region)
}
resource "aws_s3_bucket" "r37" {
  bucket = "r37"
  region = coalesce(aws_s3_bucket.r36.region, aws_s3_bucket.r36.region)
}
resource "aws_s3_bucket" "r38" {
  bucket = "r38"
  region = coalesce(aws_s3_bucket.r37.region, aws_s3_bucket.r37.region)
}
resource "aws_s3_bucket" "r39" {
  bucket = "r39"
  region = coalesce(aws_s3_bucket.r38.region, aws_s3_bucket.r38.region)
}
resource "aws_s3_bucket" "r40" {
  bucket = "r40"
  region = coalesce(aws_s3_bucket.r39.region, aws_s3_bucket.r39.region)
}
resource "aws_s3_bucket" "r41" {
  bucket = "r41"
  region = coalesce(aws_s3_bucket.r40.region, aws_s3_bucket.r40.region)
}
resource "aws_s3_bucket" "r42" {
  bucket = "r42"
  region = coalesce(aws_s3_bucket.r41.region, aws_s3_bucket.r41.region)
}
resource "aws_s3_bucket" "r43" {
  bucket = "r43"
  region = coalesce(aws_s3_bucket.r42.region, aws_s3_bucket.r42.region)
}
resource "aws_s3_bucket" "r44" {
  bucket = "r44"
  region = coalesce(aws_s3_bucket.r43.region, aws_s3_bucket.r43.region)
}
resource "aws_s3_bucket" "r45" {
  bucket = "r45"
  region = coalesce(aws_s3_bucket.r44.region, aws_s3_bucket.r44.region)
}
resource "aws_s3_bucket" "r46" {
  bucket = "r46"
  region = coalesce(aws_s3_bucket.r45.region, aws_s3_bucket.r45.region)
}
resource "aws_s3_bucket" "r47" {
  bucket = "r47"
  region = coalesce(aws_s3_bucket.r46.region, aws_s3_bucket.r46.region)
}
resource "aws_s3_bucket" "r48" {
  bucket = "r48"
  region = coalesce(aws_s3_bucket.r47.region, aws_s3_bucket.r47.region)
}
resource "aws_s3_bucket" "r49" {
  bucket = "r49"
  region = coalesce(aws_s3_bucket.r48.region, aws_s3_bucket.r48.region)
}
resource "aws_s3_bucket" "r50" {
  bucket = "r50"
  region = coalesce(aws_s3_bucket.r49.region, aws_s3_bucket.r49.region)
}
resource "aws_s3_bucket" "r51" {
  bucket = "r51"
  region = coalesce(aws_s3_bucket.r50.region, aws_s3_bucket.r50.region)
}
resource "aws_s3_bucket" "r52" {
  bucket = "r52"
  region = coalesce(aws_s3_bucket.r51.region, aws_s3_bucket.r51.region)
}
resource "aws_s3_bucket" "r53" {
  bucket = "r53"
  region = coalesce(aws_s3_bucket.r52.region, aws_s3_bucket.r52.region)
}
resource "aws_s3_bucket" "r54" {
  bucket = "r54"
  region = coalesce(aws_s3_bucket.r53.region, aws_s3_bucket.r53.region)
}
resource "aws_s3_bucket" "r55" {
  bucket = "r55"
  region = coalesce(aws_s3_bucket.r54.region, aws_s3_bucket.r54.region)
}
resource "aws_s3_bucket" "r56" {
  bucket = "r56"
  region = coalesce(aws_s3_bucket.r55.region, aws_s3_bucket.r55.region)
}
resource "aws_s3_bucket" "r57" {
  bucket = "r57"
  region = coalesce(aws_s3_bucket.r56.region, aws_s3_bucket.r56.region)
}
resource "aws_s3_bucket" "r58" {
  bucket = "r58"
  region = coalesce(aws_s3_bucket.r57.region, aws_s3_bucket.r57.region)
}
resource "aws_s3_bucket" "r59" {
  bucket = "r59"
  region = coalesce(aws_s3_bucket.r58.region, aws_s3_bucket.r58.region)
}
resource "aws_s3_bucket" "r60" {
  bucket = "r60"
  region = coalesce(aws_s3_bucket.r59.region, aws_s3_bucket.r59.region)
}
