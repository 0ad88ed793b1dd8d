provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "b0" {
  bucket = "bucket-0"
}
resource "aws_s3_bucket" "b1" {
  bucket = "bucket-1"
}
resource "aws_s3_bucket" "b2" {
  bucket = "bucket-2"
}
resource "aws_s3_bucket" "b3" {
  bucket = "bucket-3"
}
resource "aws_s3_bucket" "b4" {
  bucket = "bucket-4"
}
resource "aws_s3_bucket" "b5" {
  bucket = "bucket-5"
}
resource "aws_s3_bucket" "b6" {
  bucket = "bucket-6"
}
resource "aws_s3_bucket" "b7" {
  bucket = "bucket-7"
}
resource "aws_s3_bucket" "b8" {
  bucket = "bucket-8"
}
resource "aws_s3_bucket" "b9" {
  bucket = "bucket-9"
}
resource "aws_s3_bucket" "b10" {
  bucket = "bucket-10"
}
resource "aws_s3_bucket" "b11" {
  bucket = "bucket-11"
}
resource "aws_s3_bucket" "b12" {
  bucket = "bucket-12"
}
resource "aws_s3_bucket" "b13" {
  bucket = "bucket-13"
}
resource "aws_s3_bucket" "b14" {
  bucket = "bucket-14"
}
resource "aws_s3_bucket" "b15" {
  bucket = "bucket-15"
}
resource "aws_s3_bucket" "b16" {
  bucket = "bucket-16"
}
resource "aws_s3_bucket" "b17" {
  bucket = "bucket-17"
}
resource "aws_s3_bucket" "b18" {
  bucket = "bucket-18"
}
resource "aws_s3_bucket" "b19" {
  bucket = "bucket-19"
}
resource "aws_s3_bucket" "b20" {
  bucket = "bucket-20"
}
resource "aws_s3_bucket" "b21" {
  bucket = "bucket-21"
}
resource "aws_s3_bucket" "b22" {
  bucket = "bucket-22"
}
resource "aws_s3_bucket" "b23" {
  bucket = "bucket-23"
}
resource "aws_s3_bucket" "b24" {
  bucket = "bucket-24"
}
resource "aws_s3_bucket" "b25" {
  bucket = "bucket-25"
}
resource "aws_s3_bucket" "b26" {
  bucket = "bucket-26"
}
resource "aws_s3_bucket" "b27" {
  bucket = "bucket-27"
}
resource "aws_s3_bucket" "b28" {
  bucket = "bucket-28"
}
resource "aws_s3_bucket" "b29" {
  bucket = "bucket-29"
}
resource "aws_s3_bucket" "b30" {
  bucket = "bucket-30"
}
resource "aws_s3_bucket" "b31" {
  bucket = "bucket-31"
}
resource "aws_s3_bucket" "b32" {
  bucket = "bucket-32"
}
resource "aws_s3_bucket" "b33" {
  bucket = "bucket-33"
}
resource "aws_s3_bucket" "b34" {
  bucket = "bucket-34"
}
resource "aws_s3_bucket" "b35" {
  bucket = "bucket-35"
}
resource "aws_s3_bucket" "b36" {
  bucket = "bucket-36"
}
resource "aws_s3_bucket" "b37" {
  bucket = "bucket-37"
}
resource "aws_s3_bucket" "b38" {
  bucket = "bucket-38"
}
resource "aws_s3_bucket" "b39" {
  bucket = "bucket-39"
}
resource "aws_s3_bucket" "b40" {
  bucket = "bucket-40"
}
resource "aws_s3_bucket" "b41" {
  bucket = "bucket-41"
}
resource "aws_s3_bucket" "b42" {
  bucket = "bucket-42"
}
resource "aws_s3_bucket" "b43" {
  bucket = "bucket-43"
}
resource "aws_s3_bucket" "b44" {
  bucket = "bucket-44"
}
resource "aws_s3_bucket" "b45" {
  bucket = "bucket-45"
}
resource "aws_s3_bucket" "b46" {
  bucket = "bucket-46"
}
resource "aws_s3_bucket" "b47" {
  bucket = "bucket-47"
}
resource "aws_s3_bucket" "b48" {
  bucket = "bucket-48"
}
resource "aws_s3_bucket" "b49" {
  bucket = "bucket-49"
}
resource "aws_s3_bucket" "b50" {
  bucket = "bucket-50"
}
resource "aws_s3_bucket" "b51" {
  bucket = "bucket-51"
}
resource "aws_s3_bucket" "b52" {
  bucket = "bucket-52"
}
resource "aws_s3_bucket" "b53" {
  bucket = "bucket-53"
}
resource "aws_s3_bucket" "b54" {
  bucket = "bucket-54"
}
resource "aws_s3_bucket" "b55" {
  bucket = "bucket-55"
}
resource "aws_s3_bucket" "b56" {
  bucket = "bucket-56"
}
resource "aws_s3_bucket" "b57" {
  bucket = "bucket-57"
}
resource "aws_s3_bucket" "b58" {
  bucket = "bucket-58"
}
resource "aws_s3_bucket" "b59" {
  bucket = "bucket-59"
}
resource "aws_s3_bucket" "b60" {
  bucket = "bucket-60"
}
resource "aws_s3_bucket" "b61" {
  bucket = "bucket-61"
}
resource "aws_s3_bucket" "b62" {
  bucket = "bucket-62"
}
resource "aws_s3_bucket" "b63" {
  bucket = "bucket-63"
}
resource "aws_s3_bucket" "b64" {
  bucket = "bucket-64"
}
resource "aws_s3_bucket" "b65" {
  bucket = "bucket-65"
}
resource "aws_s3_bucket" "b66" {
  bucket = "bucket-66"
}
resource "aws_s3_bucket" "b67" {
  bucket = "bucket-67"
}
resource "aws_s3_bucket" "b68" {
  bucket = "bucket-68"
}
resource "aws_s3_bucket" "b69" {
  bucket = "bucket-69"
}
resource "aws_s3_bucket" "b70" {
  bucket = "bucket-70"
}
resource "aws_s3_bucket" "b71" {
  bucket = "bucket-71"
}
resource "aws_s3_bucket" "b72" {
  bucket = "bucket-72"
}
resource "aws_s3_bucket" "b73" {
  bucket = "bucket-73"
}
resource "aws_s3_bucket" "b74" {
  bucket = "bucket-74"
}
resource "aws_s3_bucket" "b75" {
  bucket = "bucket-75"
}
resource "aws_s3_bucket" "b76" {
  bucket = "bucket-76"
}
resource "aws_s3_bucket" "b77" {
  bucket = "bucket-77"
}
resource "aws_s3_bucket" "b78" {
  bucket = "bucket-78"
}
resource "aws_s3_bucket" "b79" {
  bucket = "bucket-79"
}
resource "aws_s3_bucket" "b80" {
  bucket = "bucket-80"
}
resource "aws_s3_bucket" "b81" {
  bucket = "bucket-81"
}
resource "aws_s3_bucket" "b82" {
  bucket = "bucket-82"
}
resource "aws_s3_bucket" "b83" {
  bucket = "bucket-83"
}
resource "aws_s3_bucket" "b84" {
  bucket = "bucket-84"
}
resource "aws_s3_bucket" "b85" {
  bucket = "bucket-85"
}
resource "aws_s3_bucket" "b86" {
  bucket = "bucket-86"
}
resource "aws_s3_bucket" "b87" {
  bucket = "bucket-87"
}
resource "aws_s3_bucket" "b88" {
  bucket = "bucket-88"
}
resource "aws_s3_bucket" "b89" {
  bucket = "bucket-89"
}
resource "aws_s3_bucket" "b90" {
  bucket = "bucket-90"
}
resource "aws_s3_bucket" "b91" {
  bucket = "bucket-91"
}
resource "aws_s3_bucket" "b92" {
  bucket = "bucket-92"
}
resource "aws_s3_bucket" "b93" {
  bucket = "bucket-93"
}
resource "aws_s3_bucket" "b94" {
  bucket = "bucket-94"
}
resource "aws_s3_bucket" "b95" {
  bucket = "bucket-95"
}
resource "aws_s3_bucket" "b96" {
  bucket = "bucket-96"
}
resource "aws_s3_bucket" "b97" {
  bucket = "bucket-97"
}
resource "aws_s3_bucket" "b98" {
  bucket = "bucket-98"
}
resource "aws_s3_bucket" "b99" {
  bucket = "bucket-99"
}
resource "aws_s3_bucket" "b100" {
  bucket = "bucket-100"
}
resource "aws_s3_bucket" "b101" {
  bucket = "bucket-101"
}
resource "aws_s3_bucket" "b102" {
  bucket = "bucket-102"
}
resource "aws_s3_bucket" "b103" {
  bucket = "bucket-103"
}
resource "aws_s3_bucket" "b104" {
  bucket = "bucket-104"
}
resource "aws_s3_bucket" "b105" {
  bucket = "bucket-105"
}
resource "aws_s3_bucket" "b106" {
  bucket = "bucket-106"
}
resource "aws_s3_bucket" "b107" {
  bucket = "bucket-107"
}
resource "aws_s3_bucket" "b108" {
  bucket = "bucket-108"
}
resource "aws_s3_bucket" "b109" {
  bucket = "bucket-109"
}
resource "aws_s3_bucket" "b110" {
  bucket = "bucket-110"
}
resource "aws_s3_bucket" "b111" {
  bucket = "bucket-111"
}
resource "aws_s3_bucket" "b112" {
  bucket = "bucket-112"
}
resource "aws_s3_bucket" "b113" {
  bucket = "bucket-113"
}
resource "aws_s3_bucket" "b114" {
  bucket = "bucket-114"
}
resource "aws_s3_bucket" "b115" {
  bucket = "bucket-115"
}
resource "aws_s3_bucket" "b116" {
  bucket = "bucket-116"
}
resource "aws_s3_bucket" "b117" {
  bucket = "bucket-117"
}
resource "aws_s3_bucket" "b118" {
  bucket = "bucket-118"
}
resource "aws_s3_bucket" "b119" {
  bucket = "bucket-119"
}
resource "aws_s3_bucket" "b120" {
  bucket = "bucket-120"
}
resource "aws_s3_bucket" "b121" {
  bucket = "bucket-121"
}
resource "aws_s3_bucket" "b122" {
  bucket = "bucket-122"
}
resource "aws_s3_bucket" "b123" {
  bucket = "bucket-123"
}
resource "aws_s3_bucket" "b124" {
  bucket = "bucket-124"
}
resource "aws_s3_bucket" "b125" {
  bucket = "bucket-125"
}
resource "aws_s3_bucket" "b126" {
  bucket = "bucket-126"
}
resource "aws_s3_bucket" "b127" {
  bucket = "bucket-127"
}
resource "aws_s3_bucket" "b128" {
  bucket = "bucket-128"
}
resource "aws_s3_bucket" "b129" {
  bucket = "bucket-129"
}
resource "aws_s3_bucket" "b130" {
  bucket = "bucket-130"
}
resource "aws_s3_bucket" "b131" {
  bucket = "bucket-131"
}
resource "aws_s3_bucket" "b132" {
  bucket = "bucket-132"
}
resource "aws_s3_bucket" "b133" {
  bucket = "bucket-133"
}
resource "aws_s3_bucket" "b134" {
  bucket = "bucket-134"
}
resource "aws_s3_bucket" "b135" {
  bucket = "bucket-135"
}
resource "aws_s3_bucket" "b136" {
  bucket = "bucket-136"
}
resource "aws_s3_bucket" "b137" {
  bucket = "bucket-137"
}
resource "aws_s3_bucket" "b138" {
  bucket = "bucket-138"
}
resource "aws_s3_bucket" "b139" {
  bucket = "bucket-139"
}
resource "aws_s3_bucket" "b140" {
  bucket = "bucket-140"
}
resource "aws_s3_bucket" "b141" {
  bucket = "bucket-141"
}
resource "aws_s3_bucket" "b142" {
  bucket = "bucket-142"
}
resource "aws_s3_bucket" "b143" {
  bucket = "bucket-143"
}
resource "aws_s3_bucket" "b144" {
  bucket = "bucket-144"
}
resource "aws_s3_bucket" "b145" {
  bucket = "bucket-145"
}
resource "aws_s3_bucket" "b146" {
  bucket = "bucket-146"
}
resource "aws_s3_bucket" "b147" {
  bucket = "bucket-147"
}
resource "aws_s3_bucket" "b148" {
  bucket = "bucket-148"
}
resource "aws_s3_bucket" "b149" {
  bucket = "bucket-149"
}
resource "aws_s3_bucket" "b150" {
  bucket = "bucket-150"
}
resource "aws_s3_bucket" "b151" {
  bucket = "bucket-151"
}
resource "aws_s3_bucket" "b152" {
  bucket = "bucket-152"
}
resource "aws_s3_bucket" "b153" {
  bucket = "bucket-153"
}
resource "aws_s3_bucket" "b154" {
  bucket = "bucket-154"
}
resource "aws_s3_bucket" "b155" {
  bucket = "bucket-155"
}
resource "aws_s3_bucket" "b156" {
  bucket = "bucket-156"
}
resource "aws_s3_bucket" "b157" {
  bucket = "bucket-157"
}
resource "aws_s3_bucket" "b158" {
  bucket = "bucket-158"
}
resource "aws_s3_bucket" "b159" {
  bucket = "bucket-159"
}
resource "aws_s3_bucket" "b160" {
  bucket = "bucket-160"
}
resource "aws_s3_bucket" "b161" {
  bucket = "bucket-161"
}
resource "aws_s3_bucket" "b162" {
  bucket = "bucket-162"
}
resource "aws_s3_bucket" "b163" {
  bucket = "bucket-163"
}
resource "aws_s3_bucket" "b164" {
  bucket = "bucket-164"
}
resource "aws_s3_bucket" "b165" {
  bucket = "bucket-165"
}
resource "aws_s3_bucket" "b166" {
  bucket = "bucket-166"
}
resource "aws_s3_bucket" "b167" {
  bucket = "bucket-167"
}
resource "aws_s3_bucket" "b168" {
  bucket = "bucket-168"
}
resource "aws_s3_bucket" "b169" {
  bucket = "bucket-169"
}
resource "aws_s3_bucket" "b170" {
  bucket = "bucket-170"
}
resource "aws_s3_bucket" "b171" {
  bucket = "bucket-171"
}
resource "aws_s3_bucket" "b172" {
  bucket = "bucket-172"
}
resource "aws_s3_bucket" "b173" {
  bucket = "bucket-173"
}
resource "aws_s3_bucket" "b174" {
  bucket = "bucket-174"
}
resource "aws_s3_bucket" "b175" {
  bucket = "bucket-175"
}
resource "aws_s3_bucket" "b176" {
  bucket = "bucket-176"
}
resource "aws_s3_bucket" "b177" {
  bucket = "bucket-177"
}
resource "aws_s3_bucket" "b178" {
  bucket = "bucket-178"
}
resource "aws_s3_bucket" "b179" {
  bucket = "bucket-179"
}
resource "aws_s3_bucket" "b180" {
  bucket = "bucket-180"
}
resource "aws_s3_bucket" "b181" {
  bucket = "bucket-181"
}
resource "aws_s3_bucket" "b182" {
  bucket = "bucket-182"
}
resource "aws_s3_bucket" "b183" {
  bucket = "bucket-183"
}
resource "aws_s3_bucket" "b184" {
  bucket = "bucket-184"
}
resource "aws_s3_bucket" "b185" {
  bucket = "bucket-185"
}
resource "aws_s3_bucket" "b186" {
  bucket = "bucket-186"
}
resource "aws_s3_bucket" "b187" {
  bucket = "bucket-187"
}
resource "aws_s3_bucket" "b188" {
  bucket = "bucket-188"
}
resource "aws_s3_bucket" "b189" {
  bucket = "bucket-189"
}
resource "aws_s3_bucket" "b190" {
  bucket = "bucket-190"
}
resource "aws_s3_bucket" "b191" {
  bucket = "bucket-191"
}
resource "aws_s3_bucket" "b192" {
  bucket = "bucket-192"
}
resource "aws_s3_bucket" "b193" {
  bucket = "bucket-193"
}
resource "aws_s3_bucket" "b194" {
  bucket = "bucket-194"
}
resource "aws_s3_bucket" "b195" {
  bucket = "bucket-195"
}
resource "aws_s3_bucket" "b196" {
  bucket = "bucket-196"
}
resource "aws_s3_bucket" "b197" {
  bucket = "bucket-197"
}
resource "aws_s3_bucket" "b198" {
  bucket = "bucket-198"
}
resource "aws_s3_bucket" "b199" {
  bucket = "bucket-199"
}
resource "aws_s3_bucket" "b200" {
  bucket = "bucket-200"
}
resource "aws_s3_bucket" "b201" {
  bucket = "bucket-201"
}
resource "aws_s3_bucket" "b202" {
  bucket = "bucket-202"
}
resource "aws_s3_bucket" "b203" {
  bucket = "bucket-203"
}
resource "aws_s3_bucket" "b204" {
  bucket = "bucket-204"
}
resource "aws_s3_bucket" "b205" {
  bucket = "bucket-205"
}
resource "aws_s3_bucket" "b206" {
  bucket = "bucket-206"
}
resource "aws_s3_bucket" "b207" {
  bucket = "bucket-207"
}
resource "aws_s3_bucket" "b208" {
  bucket = "bucket-208"
}
resource "aws_s3_bucket" "b209" {
  bucket = "bucket-209"
}
resource "aws_s3_bucket" "b210" {
  bucket = "bucket-210"
}
resource "aws_s3_bucket" "b211" {
  bucket = "bucket-211"
}
resource "aws_s3_bucket" "b212" {
  bucket = "bucket-212"
}
resource "aws_s3_bucket" "b213" {
  bucket = "bucket-213"
}
resource "aws_s3_bucket" "b214" {
  bucket = "bucket-214"
}
resource "aws_s3_bucket" "b215" {
  bucket = "bucket-215"
}
resource "aws_s3_bucket" "b216" {
  bucket = "bucket-216"
}
resource "aws_s3_bucket" "b217" {
  bucket = "bucket-217"
}
resource "aws_s3_bucket" "b218" {
  bucket = "bucket-218"
}
resource "aws_s3_bucket" "b219" {
  bucket = "bucket-219"
}
resource "aws_s3_bucket" "b220" {
  bucket = "bucket-220"
}
resource "aws_s3_bucket" "b221" {
  bucket = "bucket-221"
}
resource "aws_s3_bucket" "b222" {
  bucket = "bucket-222"
}
resource "aws_s3_bucket" "b223" {
  bucket = "bucket-223"
}
resource "aws_s3_bucket" "b224" {
  bucket = "bucket-224"
}
resource "aws_s3_bucket" "b225" {
  bucket = "bucket-225"
}
resource "aws_s3_bucket" "b226" {
  bucket = "bucket-226"
}
resource "aws_s3_bucket" "b227" {
  bucket = "bucket-227"
}
resource "aws_s3_bucket" "b228" {
  bucket = "bucket-228"
}
resource "aws_s3_bucket" "b229" {
  bucket = "bucket-229"
}
resource "aws_s3_bucket" "b230" {
  bucket = "bucket-230"
}
resource "aws_s3_bucket" "b231" {
  bucket = "bucket-231"
}
resource "aws_s3_bucket" "b232" {
  bucket = "bucket-232"
}
resource "aws_s3_bucket" "b233" {
  bucket = "bucket-233"
}
resource "aws_s3_bucket" "b234" {
  bucket = "bucket-234"
}
resource "aws_s3_bucket" "b235" {
  bucket = "bucket-235"
}
resource "aws_s3_bucket" "b236" {
  bucket = "bucket-236"
}
resource "aws_s3_bucket" "b237" {
  bucket = "bucket-237"
}
resource "aws_s3_bucket" "b238" {
  bucket = "bucket-238"
}
resource "aws_s3_bucket" "b239" {
  bucket = "bucket-239"
}
resource "aws_s3_bucket" "b240" {
  bucket = "bucket-240"
}
resource "aws_s3_bucket" "b241" {
  bucket = "bucket-241"
}
resource "aws_s3_bucket" "b242" {
  bucket = "bucket-242"
}
resource "aws_s3_bucket" "b243" {
  bucket = "bucket-243"
}
resource "aws_s3_bucket" "b244" {
  bucket = "bucket-244"
}
resource "aws_s3_bucket" "b245" {
  bucket = "bucket-245"
}
resource "aws_s3_bucket" "b246" {
  bucket = "bucket-246"
}
resource "aws_s3_bucket" "b247" {
  bucket = "bucket-247"
}
resource "aws_s3_bucket" "b248" {
  bucket = "bucket-248"
}
resource "aws_s3_bucket" "b249" {
  bucket = "bucket-249"
}
resource "aws_s3_bucket" "b250" {
  bucket = "bucket-250"
}
resource "aws_s3_bucket" "b251" {
  bucket = "bucket-251"
}
resource "aws_s3_bucket" "b252" {
  bucket = "bucket-252"
}
resource "aws_s3_bucket" "b253" {
  bucket = "bucket-253"
}
resource "aws_s3_bucket" "b254" {
  bucket = "bucket-254"
}
resource "aws_s3_bucket" "b255" {
  bucket = "bucket-255"
}
resource "aws_s3_bucket" "b256" {
  bucket = "bucket-256"
}
resource "aws_s3_bucket" "b257" {
  bucket = "bucket-257"
}
resource "aws_s3_bucket" "b258" {
  bucket = "bucket-258"
}
resource "aws_s3_bucket" "b259" {
  bucket = "bucket-259"
}
resource "aws_s3_bucket" "b260" {
  bucket = "bucket-260"
}
resource "aws_s3_bucket" "b261" {
  bucket = "bucket-261"
}
resource "aws_s3_bucket" "b262" {
  bucket = "bucket-262"
}
resource "aws_s3_bucket" "b263" {
  bucket = "bucket-263"
}
resource "aws_s3_bucket" "b264" {
  bucket = "bucket-264"
}
resource "aws_s3_bucket" "b265" {
  bucket = "bucket-265"
}
resource "aws_s3_bucket" "b266" {
  bucket = "bucket-266"
}
resource "aws_s3_bucket" "b267" {
  bucket = "bucket-267"
}
resource "aws_s3_bucket" "b268" {
  bucket = "bucket-268"
}
resource "aws_s3_bucket" "b269" {
  bucket = "bucket-269"
}
resource "aws_s3_bucket" "b270" {
  bucket = "bucket-270"
}
resource "aws_s3_bucket" "b271" {
  bucket = "bucket-271"
}
resource "aws_s3_bucket" "b272" {
  bucket = "bucket-272"
}
resource "aws_s3_bucket" "b273" {
  bucket = "bucket-273"
}
resource "aws_s3_bucket" "b274" {
  bucket = "bucket-274"
}
resource "aws_s3_bucket" "b275" {
  bucket = "bucket-275"
}
resource "aws_s3_bucket" "b276" {
  bucket = "bucket-276"
}
resource "aws_s3_bucket" "b277" {
  bucket = "bucket-277"
}
resource "aws_s3_bucket" "b278" {
  bucket = "bucket-278"
}
resource "aws_s3_bucket" "b279" {
  bucket = "bucket-279"
}
resource "aws_s3_bucket" "b280" {
  bucket = "bucket-280"
}
resource "aws_s3_bucket" "b281" {
  bucket = "bucket-281"
}
resource "aws_s3_bucket" "b282" {
  bucket = "bucket-282"
}
resource "aws_s3_bucket" "b283" {
  bucket = "bucket-283"
}
resource "aws_s3_bucket" "b284" {
  bucket = "bucket-284"
}
resource "aws_s3_bucket" "b285" {
  bucket = "bucket-285"
}
resource "aws_s3_bucket" "b286" {
  bucket = "bucket-286"
}
resource "aws_s3_bucket" "b287" {
  bucket = "bucket-287"
}
resource "aws_s3_bucket" "b288" {
  bucket = "bucket-288"
}
resource "aws_s3_bucket" "b289" {
  bucket = "bucket-289"
}
resource "aws_s3_bucket" "b290" {
  bucket = "bucket-290"
}
resource "aws_s3_bucket" "b291" {
  bucket = "bucket-291"
}
resource "aws_s3_bucket" "b292" {
  bucket = "bucket-292"
}
resource "aws_s3_bucket" "b293" {
  bucket = "bucket-293"
}
resource "aws_s3_bucket" "b294" {
  bucket = "bucket-294"
}
resource "aws_s3_bucket" "b295" {
  bucket = "bucket-295"
}
resource "aws_s3_bucket" "b296" {
  bucket = "bucket-296"
}
resource "aws_s3_bucket" "b297" {
  bucket = "bucket-297"
}
resource "aws_s3_bucket" "b298" {
  bucket = "bucket-298"
}
resource "aws_s3_bucket" "b299" {
  bucket = "bucket-299"
}
resource "aws_s3_bucket" "b300" {
  bucket = "bucket-300"
}
resource "aws_s3_bucket" "b301" {
  bucket = "bucket-301"
}
resource "aws_s3_bucket" "b302" {
  bucket = "bucket-302"
}
resource "aws_s3_bucket" "b303" {
  bucket = "bucket-303"
}
resource "aws_s3_bucket" "b304" {
  bucket = "bucket-304"
}
resource "aws_s3_bucket" "b305" {
  bucket = "bucket-305"
}
resource "aws_s3_bucket" "b306" {
  bucket = "bucket-306"
}
resource "aws_s3_bucket" "b307" {
  bucket = "bucket-307"
}
resource "aws_s3_bucket" "b308" {
  bucket = "bucket-308"
}
resource "aws_s3_bucket" "b309" {
  bucket = "bucket-309"
}
resource "aws_s3_bucket" "b310" {
  bucket = "bucket-310"
}
resource "aws_s3_bucket" "b311" {
  bucket = "bucket-311"
}
resource "aws_s3_bucket" "b312" {
  bucket = "bucket-312"
}
resource "aws_s3_bucket" "b313" {
  bucket = "bucket-313"
}
resource "aws_s3_bucket" "b314" {
  bucket = "bucket-314"
}
resource "aws_s3_bucket" "b315" {
  bucket = "bucket-315"
}
resource "aws_s3_bucket" "b316" {
  bucket = "bucket-316"
}
resource "aws_s3_bucket" "b317" {
  bucket = "bucket-317"
}
resource "aws_s3_bucket" "b318" {
  bucket = "bucket-318"
}
resource "aws_s3_bucket" "b319" {
  bucket = "bucket-319"
}
resource "aws_s3_bucket" "b320" {
  bucket = "bucket-320"
}
resource "aws_s3_bucket" "b321" {
  bucket = "bucket-321"
}
resource "aws_s3_bucket" "b322" {
  bucket = "bucket-322"
}
resource "aws_s3_bucket" "b323" {
  bucket = "bucket-323"
}
resource "aws_s3_bucket" "b324" {
  bucket = "bucket-324"
}
resource "aws_s3_bucket" "b325" {
  bucket = "bucket-325"
}
resource "aws_s3_bucket" "b326" {
  bucket = "bucket-326"
}
resource "aws_s3_bucket" "b327" {
  bucket = "bucket-327"
}
resource "aws_s3_bucket" "b328" {
  bucket = "bucket-328"
}
resource "aws_s3_bucket" "b329" {
  bucket = "bucket-329"
}
resource "aws_s3_bucket" "b330" {
  bucket = "bucket-330"
}
resource "aws_s3_bucket" "b331" {
  bucket = "bucket-331"
}
resource "aws_s3_bucket" "b332" {
  bucket = "bucket-332"
}
resource "aws_s3_bucket" "b333" {
  bucket = "bucket-333"
}
resource "aws_s3_bucket" "b334" {
  bucket = "bucket-334"
}
resource "aws_s3_bucket" "b335" {
  bucket = "bucket-335"
}
resource "aws_s3_bucket" "b336" {
  bucket = "bucket-336"
}
resource "aws_s3_bucket" "b337" {
  bucket = "bucket-337"
}
resource "aws_s3_bucket" "b338" {
  bucket = "bucket-338"
}
resource "aws_s3_bucket" "b339" {
  bucket = "bucket-339"
}
resource "aws_s3_bucket" "b340" {
  bucket = "bucket-340"
}
resource "aws_s3_bucket" "b341" {
  bucket = "bucket-341"
}
resource "aws_s3_bucket" "b342" {
  bucket = "bucket-342"
}
resource "aws_s3_bucket" "b343" {
  bucket = "bucket-343"
}
resource "aws_s3_bucket" "b344" {
  bucket = "bucket-344"
}
resource "aws_s3_bucket" "b345" {
  bucket = "bucket-345"
}
resource "aws_s3_bucket" "b346" {
  bucket = "bucket-346"
}
resource "aws_s3_bucket" "b347" {
  bucket = "bucket-347"
}
resource "aws_s3_bucket" "b348" {
  bucket = "bucket-348"
}
resource "aws_s3_bucket" "b349" {
  bucket = "bucket-349"
}
resource "aws_s3_bucket" "b350" {
  bucket = "bucket-350"
}
resource "aws_s3_bucket" "b351" {
  bucket = "bucket-351"
}
resource "aws_s3_bucket" "b352" {
  bucket = "bucket-352"
}
resource "aws_s3_bucket" "b353" {
  bucket = "bucket-353"
}
resource "aws_s3_bucket" "b354" {
  bucket = "bucket-354"
}
resource "aws_s3_bucket" "b355" {
  bucket = "bucket-355"
}
resource "aws_s3_bucket" "b356" {
  bucket = "bucket-356"
}
resource "aws_s3_bucket" "b357" {
  bucket = "bucket-357"
}
resource "aws_s3_bucket" "b358" {
  bucket = "bucket-358"
}
resource "aws_s3_bucket" "b359" {
  bucket = "bucket-359"
}
resource "aws_s3_bucket" "b360" {
  bucket = "bucket-360"
}
resource "aws_s3_bucket" "b361" {
  bucket = "bucket-361"
}
resource "aws_s3_bucket" "b362" {
  bucket = "bucket-362"
}
resource "aws_s3_bucket" "b363" {
  bucket = "bucket-363"
}
resource "aws_s3_bucket" "b364" {
  bucket = "bucket-364"
}
resource "aws_s3_bucket" "b365" {
  bucket = "bucket-365"
}
resource "aws_s3_bucket" "b366" {
  bucket = "bucket-366"
}
resource "aws_s3_bucket" "b367" {
  bucket = "bucket-367"
}
resource "aws_s3_bucket" "b368" {
  bucket = "bucket-368"
}
resource "aws_s3_bucket" "b369" {
  bucket = "bucket-369"
}
resource "aws_s3_bucket" "b370" {
  bucket = "bucket-370"
}
resource "aws_s3_bucket" "b371" {
  bucket = "bucket-371"
}
resource "aws_s3_bucket" "b372" {
  bucket = "bucket-372"
}
resource "aws_s3_bucket" "b373" {
  bucket = "bucket-373"
}
resource "aws_s3_bucket" "b374" {
  bucket = "bucket-374"
}
resource "aws_s3_bucket" "b375" {
  bucket = "bucket-375"
}
resource "aws_s3_bucket" "b376" {
  bucket = "bucket-376"
}
resource "aws_s3_bucket" "b377" {
  bucket = "bucket-377"
}
resource "aws_s3_bucket" "b378" {
  bucket = "bucket-378"
}
resource "aws_s3_bucket" "b379" {
  bucket = "bucket-379"
}
resource "aws_s3_bucket" "b380" {
  bucket = "bucket-380"
}
resource "aws_s3_bucket" "b381" {
  bucket = "bucket-381"
}
resource "aws_s3_bucket" "b382" {
  bucket = "bucket-382"
}
resource "aws_s3_bucket" "b383" {
  bucket = "bucket-383"
}
resource "aws_s3_bucket" "b384" {
  bucket = "bucket-384"
}
resource "aws_s3_bucket" "b385" {
  bucket = "bucket-385"
}
resource "aws_s3_bucket" "b386" {
  bucket = "bucket-386"
}
resource "aws_s3_bucket" "b387" {
  bucket = "bucket-387"
}
resource "aws_s3_bucket" "b388" {
  bucket = "bucket-388"
}
resource "aws_s3_bucket" "b389" {
  bucket = "bucket-389"
}
resource "aws_s3_bucket" "b390" {
  bucket = "bucket-390"
}
resource "aws_s3_bucket" "b391" {
  bucket = "bucket-391"
}
resource "aws_s3_bucket" "b392" {
  bucket = "bucket-392"
}
resource "aws_s3_bucket" "b393" {
  bucket = "bucket-393"
}
resource "aws_s3_bucket" "b394" {
  bucket = "bucket-394"
}
resource "aws_s3_bucket" "b395" {
  bucket = "bucket-395"
}
resource "aws_s3_bucket" "b396" {
  bucket = "bucket-396"
}
resource "aws_s3_bucket" "b397" {
  bucket = "bucket-397"
}
resource "aws_s3_bucket" "b398" {
  bucket = "bucket-398"
}
resource "aws_s3_bucket" "b399" {
  bucket = "bucket-399"
}
resource "aws_s3_bucket" "b400" {
  bucket = "bucket-400"
}
resource "aws_s3_bucket" "b401" {
  bucket = "bucket-401"
}
resource "aws_s3_bucket" "b402" {
  bucket = "bucket-402"
}
resource "aws_s3_bucket" "b403" {
  bucket = "bucket-403"
}
resource "aws_s3_bucket" "b404" {
  bucket = "bucket-404"
}
resource "aws_s3_bucket" "b405" {
  bucket = "bucket-405"
}
resource "aws_s3_bucket" "b406" {
  bucket = "bucket-406"
}
resource "aws_s3_bucket" "b407" {
  bucket = "bucket-407"
}
resource "aws_s3_bucket" "b408" {
  bucket = "bucket-408"
}
resource "aws_s3_bucket" "b409" {
  bucket = "bucket-409"
}
resource "aws_s3_bucket" "b410" {
  bucket = "bucket-410"
}
resource "aws_s3_bucket" "b411" {
  bucket = "bucket-411"
}
resource "aws_s3_bucket" "b412" {
  bucket = "bucket-412"
}
resource "aws_s3_bucket" "b413" {
  bucket = "bucket-413"
}
resource "aws_s3_bucket" "b414" {
  bucket = "bucket-414"
}
resource "aws_s3_bucket" "b415" {
  bucket = "bucket-415"
}
resource "aws_s3_bucket" "b416" {
  bucket = "bucket-416"
}
resource "aws_s3_bucket" "b417" {
  bucket = "bucket-417"
}
resource "aws_s3_bucket" "b418" {
  bucket = "bucket-418"
}
resource "aws_s3_bucket" "b419" {
  bucket = "bucket-419"
}
resource "aws_s3_bucket" "b420" {
  bucket = "bucket-420"
}
resource "aws_s3_bucket" "b421" {
  bucket = "bucket-421"
}
resource "aws_s3_bucket" "b422" {
  bucket = "bucket-422"
}
resource "aws_s3_bucket" "b423" {
  bucket = "bucket-423"
}
resource "aws_s3_bucket" "b424" {
  bucket = "bucket-424"
}
resource "aws_s3_bucket" "b425" {
  bucket = "bucket-425"
}
resource "aws_s3_bucket" "b426" {
  bucket = "bucket-426"
}
resource "aws_s3_bucket" "b427" {
  bucket = "bucket-427"
}
resource "aws_s3_bucket" "b428" {
  bucket = "bucket-428"
}
resource "aws_s3_bucket" "b429" {
  bucket = "bucket-429"
}
resource "aws_s3_bucket" "b430" {
  bucket = "bucket-430"
}
resource "aws_s3_bucket" "b431" {
  bucket = "bucket-431"
}
resource "aws_s3_bucket" "b432" {
  bucket = "bucket-432"
}
resource "aws_s3_bucket" "b433" {
  bucket = "bucket-433"
}
resource "aws_s3_bucket" "b434" {
  bucket = "bucket-434"
}
resource "aws_s3_bucket" "b435" {
  bucket = "bucket-435"
}
resource "aws_s3_bucket" "b436" {
  bucket = "bucket-436"
}
resource "aws_s3_bucket" "b437" {
  bucket = "bucket-437"
}
resource "aws_s3_bucket" "b438" {
  bucket = "bucket-438"
}
resource "aws_s3_bucket" "b439" {
  bucket = "bucket-439"
}
resource "aws_s3_bucket" "b440" {
  bucket = "bucket-440"
}
resource "aws_s3_bucket" "b441" {
  bucket = "bucket-441"
}
resource "aws_s3_bucket" "b442" {
  bucket = "bucket-442"
}
resource "aws_s3_bucket" "b443" {
  bucket = "bucket-443"
}
resource "aws_s3_bucket" "b444" {
  bucket = "bucket-444"
}
resource "aws_s3_bucket" "b445" {
  bucket = "bucket-445"
}
resource "aws_s3_bucket" "b446" {
  bucket = "bucket-446"
}
resource "aws_s3_bucket" "b447" {
  bucket = "bucket-447"
}
resource "aws_s3_bucket" "b448" {
  bucket = "bucket-448"
}
resource "aws_s3_bucket" "b449" {
  bucket = "bucket-449"
}
resource "aws_s3_bucket" "b450" {
  bucket = "bucket-450"
}
resource "aws_s3_bucket" "b451" {
  bucket = "bucket-451"
}
resource "aws_s3_bucket" "b452" {
  bucket = "bucket-452"
}
resource "aws_s3_bucket" "b453" {
  bucket = "bucket-453"
}
resource "aws_s3_bucket" "b454" {
  bucket = "bucket-454"
}
resource "aws_s3_bucket" "b455" {
  bucket = "bucket-455"
}
resource "aws_s3_bucket" "b456" {
  bucket = "bucket-456"
}
resource "aws_s3_bucket" "b457" {
  bucket = "bucket-457"
}
resource "aws_s3_bucket" "b458" {
  bucket = "bucket-458"
}
resource "aws_s3_bucket" "b459" {
  bucket = "bucket-459"
}
resource "aws_s3_bucket" "b460" {
  bucket = "bucket-460"
}
resource "aws_s3_bucket" "b461" {
  bucket = "bucket-461"
}
resource "aws_s3_bucket" "b462" {
  bucket = "bucket-462"
}
resource "aws_s3_bucket" "b463" {
  bucket = "bucket-463"
}
resource "aws_s3_bucket" "b464" {
  bucket = "bucket-464"
}
resource "aws_s3_bucket" "b465" {
  bucket = "bucket-465"
}
resource "aws_s3_bucket" "b466" {
  bucket = "bucket-466"
}
resource "aws_s3_bucket" "b467" {
  bucket = "bucket-467"
}
resource "aws_s3_bucket" "b468" {
  bucket = "bucket-468"
}
resource "aws_s3_bucket" "b469" {
  bucket = "bucket-469"
}
resource "aws_s3_bucket" "b470" {
  bucket = "bucket-470"
}
resource "aws_s3_bucket" "b471" {
  bucket = "bucket-471"
}
resource "aws_s3_bucket" "b472" {
  bucket = "bucket-472"
}
resource "aws_s3_bucket" "b473" {
  bucket = "bucket-473"
}
resource "aws_s3_bucket" "b474" {
  bucket = "bucket-474"
}
resource "aws_s3_bucket" "b475" {
  bucket = "bucket-475"
}
resource "aws_s3_bucket" "b476" {
  bucket = "bucket-476"
}
resource "aws_s3_bucket" "b477" {
  bucket = "bucket-477"
}
resource "aws_s3_bucket" "b478" {
  bucket = "bucket-478"
}
resource "aws_s3_bucket" "b479" {
  bucket = "bucket-479"
}
resource "aws_s3_bucket" "b480" {
  bucket = "bucket-480"
}
resource "aws_s3_bucket" "b481" {
  bucket = "bucket-481"
}
resource "aws_s3_bucket" "b482" {
  bucket = "bucket-482"
}
resource "aws_s3_bucket" "b483" {
  bucket = "bucket-483"
}
resource "aws_s3_bucket" "b484" {
  bucket = "bucket-484"
}
resource "aws_s3_bucket" "b485" {
  bucket = "bucket-485"
}
resource "aws_s3_bucket" "b486" {
  bucket = "bucket-486"
}
resource "aws_s3_bucket" "b487" {
  bucket = "bucket-487"
}
resource "aws_s3_bucket" "b488" {
  bucket = "bucket-488"
}
resource "aws_s3_bucket" "b489" {
  bucket = "bucket-489"
}
resource "aws_s3_bucket" "b490" {
  bucket = "bucket-490"
}
resource "aws_s3_bucket" "b491" {
  bucket = "bucket-491"
}
resource "aws_s3_bucket" "b492" {
  bucket = "bucket-492"
}
resource "aws_s3_bucket" "b493" {
  bucket = "bucket-493"
}
resource "aws_s3_bucket" "b494" {
  bucket = "bucket-494"
}
resource "aws_s3_bucket" "b495" {
  bucket = "bucket-495"
}
resource "aws_s3_bucket" "b496" {
  bucket = "bucket-496"
}
resource "aws_s3_bucket" "b497" {
  bucket = "bucket-497"
}
resource "aws_s3_bucket" "b498" {
  bucket = "bucket-498"
}
resource "aws_s3_bucket" "b499" {
  bucket = "bucket-499"
}
resource "aws_s3_bucket" "b500" {
  bucket = "bucket-500"
}
resource "aws_s3_bucket" "b501" {
  bucket = "bucket-501"
}
resource "aws_s3_bucket" "b502" {
  bucket = "bucket-502"
}
resource "aws_s3_bucket" "b503" {
  bucket = "bucket-503"
}
resource "aws_s3_bucket" "b504" {
  bucket = "bucket-504"
}
resource "aws_s3_bucket" "b505" {
  bucket = "bucket-505"
}
resource "aws_s3_bucket" "b506" {
  bucket = "bucket-506"
}
resource "aws_s3_bucket" "b507" {
  bucket = "bucket-507"
}
resource "aws_s3_bucket" "b508" {
  bucket = "bucket-508"
}
resource "aws_s3_bucket" "b509" {
  bucket = "bucket-509"
}
resource "aws_s3_bucket" "b510" {
  bucket = "bucket-510"
}
resource "aws_s3_bucket" "b511" {
  bucket = "bucket-511"
}
resource "aws_s3_bucket" "b512" {
  bucket = "bucket-512"
}
resource "aws_s3_bucket" "b513" {
  bucket = "bucket-513"
}
resource "aws_s3_bucket" "b514" {
  bucket = "bucket-514"
}
resource "aws_s3_bucket" "b515" {
  bucket = "bucket-515"
}
resource "aws_s3_bucket" "b516" {
  bucket = "bucket-516"
}
resource "aws_s3_bucket" "b517" {
  bucket = "bucket-517"
}
resource "aws_s3_bucket" "b518" {
  bucket = "bucket-518"
}
resource "aws_s3_bucket" "b519" {
  bucket = "bucket-519"
}
resource "aws_s3_bucket" "b520" {
  bucket = "bucket-520"
}
resource "aws_s3_bucket" "b521" {
  bucket = "bucket-521"
}
resource "aws_s3_bucket" "b522" {
  bucket = "bucket-522"
}
resource "aws_s3_bucket" "b523" {
  bucket = "bucket-523"
}
resource "aws_s3_bucket" "b524" {
  bucket = "bucket-524"
}
resource "aws_s3_bucket" "b525" {
  bucket = "bucket-525"
}
resource "aws_s3_bucket" "b526" {
  bucket = "bucket-526"
}
resource "aws_s3_bucket" "b527" {
  bucket = "bucket-527"
}
resource "aws_s3_bucket" "b528" {
  bucket = "bucket-528"
}
resource "aws_s3_bucket" "b529" {
  bucket = "bucket-529"
}
resource "aws_s3_bucket" "b530" {
  bucket = "bucket-530"
}
resource "aws_s3_bucket" "b531" {
  bucket = "bucket-531"
}
resource "aws_s3_bucket" "b532" {
  bucket = "bucket-532"
}
resource "aws_s3_bucket" "b533" {
  bucket = "bucket-533"
}
resource "aws_s3_bucket" "b534" {
  bucket = "bucket-534"
}
resource "aws_s3_bucket" "b535" {
  bucket = "bucket-535"
}
resource "aws_s3_bucket" "b536" {
  bucket = "bucket-536"
}
resource "aws_s3_bucket" "b537" {
  bucket = "bucket-537"
}
resource "aws_s3_bucket" "b538" {
  bucket = "bucket-538"
}
resource "aws_s3_bucket" "b539" {
  bucket = "bucket-539"
}
resource "aws_s3_bucket" "b540" {
  bucket = "bucket-540"
}
resource "aws_s3_bucket" "b541" {
  bucket = "bucket-541"
}
resource "aws_s3_bucket" "b542" {
  bucket = "bucket-542"
}
resource "aws_s3_bucket" "b543" {
  bucket = "bucket-543"
}
resource "aws_s3_bucket" "b544" {
  bucket = "bucket-544"
}
resource "aws_s3_bucket" "b545" {
  bucket = "bucket-545"
}
resource "aws_s3_bucket" "b546" {
  bucket = "bucket-546"
}
resource "aws_s3_bucket" "b547" {
  bucket = "bucket-547"
}
resource "aws_s3_bucket" "b548" {
  bucket = "bucket-548"
}
resource "aws_s3_bucket" "b549" {
  bucket = "bucket-549"
}
resource "aws_s3_bucket" "b550" {
  bucket = "bucket-550"
}
resource "aws_s3_bucket" "b551" {
  bucket = "bucket-551"
}
resource "aws_s3_bucket" "b552" {
  bucket = "bucket-552"
}
resource "aws_s3_bucket" "b553" {
  bucket = "bucket-553"
}
resource "aws_s3_bucket" "b554" {
  bucket = "bucket-554"
}
resource "aws_s3_bucket" "b555" {
  bucket = "bucket-555"
}
resource "aws_s3_bucket" "b556" {
  bucket = "bucket-556"
}
resource "aws_s3_bucket" "b557" {
  bucket = "bucket-557"
}
resource "aws_s3_bucket" "b558" {
  bucket = "bucket-558"
}
resource "aws_s3_bucket" "b559" {
  bucket = "bucket-559"
}
resource "aws_s3_bucket" "b560" {
  bucket = "bucket-560"
}
resource "aws_s3_bucket" "b561" {
  bucket = "bucket-561"
}
resource "aws_s3_bucket" "b562" {
  bucket = "bucket-562"
}
resource "aws_s3_bucket" "b563" {
  bucket = "bucket-563"
}
resource "aws_s3_bucket" "b564" {
  bucket = "bucket-564"
}
resource "aws_s3_bucket" "b565" {
  bucket = "bucket-565"
}
resource "aws_s3_bucket" "b566" {
  bucket = "bucket-566"
}
resource "aws_s3_bucket" "b567" {
  bucket = "bucket-567"
}
resource "aws_s3_bucket" "b568" {
  bucket = "bucket-568"
}
resource "aws_s3_bucket" "b569" {
  bucket = "bucket-569"
}
resource "aws_s3_bucket" "b570" {
  bucket = "bucket-570"
}
resource "aws_s3_bucket" "b571" {
  bucket = "bucket-571"
}
resource "aws_s3_bucket" "b572" {
  bucket = "bucket-572"
}
resource "aws_s3_bucket" "b573" {
  bucket = "bucket-573"
}
resource "aws_s3_bucket" "b574" {
  bucket = "bucket-574"
}
resource "aws_s3_bucket" "b575" {
  bucket = "bucket-575"
}
resource "aws_s3_bucket" "b576" {
  bucket = "bucket-576"
}
resource "aws_s3_bucket" "b577" {
  bucket = "bucket-577"
}
resource "aws_s3_bucket" "b578" {
  bucket = "bucket-578"
}
resource "aws_s3_bucket" "b579" {
  bucket = "bucket-579"
}
resource "aws_s3_bucket" "b580" {
  bucket = "bucket-580"
}
resource "aws_s3_bucket" "b581" {
  bucket = "bucket-581"
}
resource "aws_s3_bucket" "b582" {
  bucket = "bucket-582"
}
resource "aws_s3_bucket" "b583" {
  bucket = "bucket-583"
}
resource "aws_s3_bucket" "b584" {
  bucket = "bucket-584"
}
resource "aws_s3_bucket" "b585" {
  bucket = "bucket-585"
}
resource "aws_s3_bucket" "b586" {
  bucket = "bucket-586"
}
resource "aws_s3_bucket" "b587" {
  bucket = "bucket-587"
}
resource "aws_s3_bucket" "b588" {
  bucket = "bucket-588"
}
resource "aws_s3_bucket" "b589" {
  bucket = "bucket-589"
}
resource "aws_s3_bucket" "b590" {
  bucket = "bucket-590"
}
resource "aws_s3_bucket" "b591" {
  bucket = "bucket-591"
}
resource "aws_s3_bucket" "b592" {
  bucket = "bucket-592"
}
resource "aws_s3_bucket" "b593" {
  bucket = "bucket-593"
}
resource "aws_s3_bucket" "b594" {
  bucket = "bucket-594"
}
resource "aws_s3_bucket" "b595" {
  bucket = "bucket-595"
}
resource "aws_s3_bucket" "b596" {
  bucket = "bucket-596"
}
resource "aws_s3_bucket" "b597" {
  bucket = "bucket-597"
}
resource "aws_s3_bucket" "b598" {
  bucket = "bucket-598"
}
resource "aws_s3_bucket" "b599" {
  bucket = "bucket-599"
}
resource "aws_s3_bucket" "b600" {
  bucket = "bucket-600"
}
resource "aws_s3_bucket" "b601" {
  bucket = "bucket-601"
}
resource "aws_s3_bucket" "b602" {
  bucket = "bucket-602"
}
resource "aws_s3_bucket" "b603" {
  bucket = "bucket-603"
}
resource "aws_s3_bucket" "b604" {
  bucket = "bucket-604"
}
resource "aws_s3_bucket" "b605" {
  bucket = "bucket-605"
}
resource "aws_s3_bucket" "b606" {
  bucket = "bucket-606"
}
resource "aws_s3_bucket" "b607" {
  bucket = "bucket-607"
}
resource "aws_s3_bucket" "b608" {
  bucket = "bucket-608"
}
resource "aws_s3_bucket" "b609" {
  bucket = "bucket-609"
}
resource "aws_s3_bucket" "b610" {
  bucket = "bucket-610"
}
resource "aws_s3_bucket" "b611" {
  bucket = "bucket-611"
}
resource "aws_s3_bucket" "b612" {
  bucket = "bucket-612"
}
resource "aws_s3_bucket" "b613" {
  bucket = "bucket-613"
}
resource "aws_s3_bucket" "b614" {
  bucket = "bucket-614"
}
resource "aws_s3_bucket" "b615" {
  bucket = "bucket-615"
}
resource "aws_s3_bucket" "b616" {
  bucket = "bucket-616"
}
resource "aws_s3_bucket" "b617" {
  bucket = "bucket-617"
}
resource "aws_s3_bucket" "b618" {
  bucket = "bucket-618"
}
resource "aws_s3_bucket" "b619" {
  bucket = "bucket-619"
}
resource "aws_s3_bucket" "b620" {
  bucket = "bucket-620"
}
resource "aws_s3_bucket" "b621" {
  bucket = "bucket-621"
}
resource "aws_s3_bucket" "b622" {
  bucket = "bucket-622"
}
resource "aws_s3_bucket" "b623" {
  bucket = "bucket-623"
}
resource "aws_s3_bucket" "b624" {
  bucket = "bucket-624"
}
resource "aws_s3_bucket" "b625" {
  bucket = "bucket-625"
}
resource "aws_s3_bucket" "b626" {
  bucket = "bucket-626"
}
resource "aws_s3_bucket" "b627" {
  bucket = "bucket-627"
}
resource "aws_s3_bucket" "b628" {
  bucket = "bucket-628"
}
resource "aws_s3_bucket" "b629" {
  bucket = "bucket-629"
}
resource "aws_s3_bucket" "b630" {
  bucket = "bucket-630"
}
resource "aws_s3_bucket" "b631" {
  bucket = "bucket-631"
}
resource "aws_s3_bucket" "b632" {
  bucket = "bucket-632"
}
resource "aws_s3_bucket" "b633" {
  bucket = "bucket-633"
}
resource "aws_s3_bucket" "b634" {
  bucket = "bucket-634"
}
resource "aws_s3_bucket" "b635" {
  bucket = "bucket-635"
}
resource "aws_s3_bucket" "b636" {
  bucket = "bucket-636"
}
resource "aws_s3_bucket" "b637" {
  bucket = "bucket-637"
}
resource "aws_s3_bucket" "b638" {
  bucket = "bucket-638"
}
resource "aws_s3_bucket" "b639" {
  bucket = "bucket-639"
}
resource "aws_s3_bucket" "b640" {
  bucket = "bucket-640"
}
resource "aws_s3_bucket" "b641" {
  bucket = "bucket-641"
}
resource "aws_s3_bucket" "b642" {
  bucket = "bucket-642"
}
resource "aws_s3_bucket" "b643" {
  bucket = "bucket-643"
}
resource "aws_s3_bucket" "b644" {
  bucket = "bucket-644"
}
resource "aws_s3_bucket" "b645" {
  bucket = "bucket-645"
}
resource "aws_s3_bucket" "b646" {
  bucket = "bucket-646"
}
resource "aws_s3_bucket" "b647" {
  bucket = "bucket-647"
}
resource "aws_s3_bucket" "b648" {
  bucket = "bucket-648"
}
resource "aws_s3_bucket" "b649" {
  bucket = "bucket-649"
}
resource "aws_s3_bucket" "b650" {
  bucket = "bucket-650"
}
resource "aws_s3_bucket" "b651" {
  bucket = "bucket-651"
}
resource "aws_s3_bucket" "b652" {
  bucket = "bucket-652"
}
resource "aws_s3_bucket" "b653" {
  bucket = "bucket-653"
}
resource "aws_s3_bucket" "b654" {
  bucket = "bucket-654"
}
resource "aws_s3_bucket" "b655" {
  bucket = "bucket-655"
}
resource "aws_s3_bucket" "b656" {
  bucket = "bucket-656"
}
resource "aws_s3_bucket" "b657" {
  bucket = "bucket-657"
}
resource "aws_s3_bucket" "b658" {
  bucket = "bucket-658"
}
resource "aws_s3_bucket" "b659" {
  bucket = "bucket-659"
}
resource "aws_s3_bucket" "b660" {
  bucket = "bucket-660"
}
resource "aws_s3_bucket" "b661" {
  bucket = "bucket-661"
}
resource "aws_s3_bucket" "b662" {
  bucket = "bucket-662"
}
resource "aws_s3_bucket" "b663" {
  bucket = "bucket-663"
}
resource "aws_s3_bucket" "b664" {
  bucket = "bucket-664"
}
resource "aws_s3_bucket" "b665" {
  bucket = "bucket-665"
}
resource "aws_s3_bucket" "b666" {
  bucket = "bucket-666"
}
resource "aws_s3_bucket" "b667" {
  bucket = "bucket-667"
}
resource "aws_s3_bucket" "b668" {
  bucket = "bucket-668"
}
resource "aws_s3_bucket" "b669" {
  bucket = "bucket-669"
}
resource "aws_s3_bucket" "b670" {
  bucket = "bucket-670"
}
resource "aws_s3_bucket" "b671" {
  bucket = "bucket-671"
}
resource "aws_s3_bucket" "b672" {
  bucket = "bucket-672"
}
resource "aws_s3_bucket" "b673" {
  bucket = "bucket-673"
}
resource "aws_s3_bucket" "b674" {
  bucket = "bucket-674"
}
resource "aws_s3_bucket" "b675" {
  bucket = "bucket-675"
}
resource "aws_s3_bucket" "b676" {
  bucket = "bucket-676"
}
resource "aws_s3_bucket" "b677" {
  bucket = "bucket-677"
}
resource "aws_s3_bucket" "b678" {
  bucket = "bucket-678"
}
resource "aws_s3_bucket" "b679" {
  bucket = "bucket-679"
}
resource "aws_s3_bucket" "b680" {
  bucket = "bucket-680"
}
resource "aws_s3_bucket" "b681" {
  bucket = "bucket-681"
}
resource "aws_s3_bucket" "b682" {
  bucket = "bucket-682"
}
resource "aws_s3_bucket" "b683" {
  bucket = "bucket-683"
}
resource "aws_s3_bucket" "b684" {
  bucket = "bucket-684"
}
resource "aws_s3_bucket" "b685" {
  bucket = "bucket-685"
}
resource "aws_s3_bucket" "b686" {
  bucket = "bucket-686"
}
resource "aws_s3_bucket" "b687" {
  bucket = "bucket-687"
}
resource "aws_s3_bucket" "b688" {
  bucket = "bucket-688"
}
resource "aws_s3_bucket" "b689" {
  bucket = "bucket-689"
}
resource "aws_s3_bucket" "b690" {
  bucket = "bucket-690"
}
resource "aws_s3_bucket" "b691" {
  bucket = "bucket-691"
}
resource "aws_s3_bucket" "b692" {
  bucket = "bucket-692"
}
resource "aws_s3_bucket" "b693" {
  bucket = "bucket-693"
}
resource "aws_s3_bucket" "b694" {
  bucket = "bucket-694"
}
resource "aws_s3_bucket" "b695" {
  bucket = "bucket-695"
}
resource "aws_s3_bucket" "b696" {
  bucket = "bucket-696"
}
resource "aws_s3_bucket" "b697" {
  bucket = "bucket-697"
}
resource "aws_s3_bucket" "b698" {
  bucket = "bucket-698"
}
resource "aws_s3_bucket" "b699" {
  bucket = "bucket-699"
}
resource "aws_s3_bucket" "b700" {
  bucket = "bucket-700"
}
resource "aws_s3_bucket" "b701" {
  bucket = "bucket-701"
}
resource "aws_s3_bucket" "b702" {
  bucket = "bucket-702"
}
resource "aws_s3_bucket" "b703" {
  bucket = "bucket-703"
}
resource "aws_s3_bucket" "b704" {
  bucket = "bucket-704"
}
resource "aws_s3_bucket" "b705" {
  bucket = "bucket-705"
}
resource "aws_s3_bucket" "b706" {
  bucket = "bucket-706"
}
resource "aws_s3_bucket" "b707" {
  bucket = "bucket-707"
}
resource "aws_s3_bucket" "b708" {
  bucket = "bucket-708"
}
resource "aws_s3_bucket" "b709" {
  bucket = "bucket-709"
}
resource "aws_s3_bucket" "b710" {
  bucket = "bucket-710"
}
resource "aws_s3_bucket" "b711" {
  bucket = "bucket-711"
}
resource "aws_s3_bucket" "b712" {
  bucket = "bucket-712"
}
resource "aws_s3_bucket" "b713" {
  bucket = "bucket-713"
}
resource "aws_s3_bucket" "b714" {
  bucket = "bucket-714"
}
resource "aws_s3_bucket" "b715" {
  bucket = "bucket-715"
}
resource "aws_s3_bucket" "b716" {
  bucket = "bucket-716"
}
resource "aws_s3_bucket" "b717" {
  bucket = "bucket-717"
}
resource "aws_s3_bucket" "b718" {
  bucket = "bucket-718"
}
resource "aws_s3_bucket" "b719" {
  bucket = "bucket-719"
}
resource "aws_s3_bucket" "b720" {
  bucket = "bucket-720"
}
resource "aws_s3_bucket" "b721" {
  bucket = "bucket-721"
}
resource "aws_s3_bucket" "b722" {
  bucket = "bucket-722"
}
resource "aws_s3_bucket" "b723" {
  bucket = "bucket-723"
}
resource "aws_s3_bucket" "b724" {
  bucket = "bucket-724"
}
resource "aws_s3_bucket" "b725" {
  bucket = "bucket-725"
}
resource "aws_s3_bucket" "b726" {
  bucket = "bucket-726"
}
resource "aws_s3_bucket" "b727" {
  bucket = "bucket-727"
}
resource "aws_s3_bucket" "b728" {
  bucket = "bucket-728"
}
resource "aws_s3_bucket" "b729" {
  bucket = "bucket-729"
}
resource "aws_s3_bucket" "b730" {
  bucket = "bucket-730"
}
resource "aws_s3_bucket" "b731" {
  bucket = "bucket-731"
}
resource "aws_s3_bucket" "b732" {
  bucket = "bucket-732"
}
resource "aws_s3_bucket" "b733" {
  bucket = "bucket-733"
}
resource "aws_s3_bucket" "b734" {
  bucket = "bucket-734"
}
resource "aws_s3_bucket" "b735" {
  bucket = "bucket-735"
}
resource "aws_s3_bucket" "b736" {
  bucket = "bucket-736"
}
resource "aws_s3_bucket" "b737" {
  bucket = "bucket-737"
}
resource "aws_s3_bucket" "b738" {
  bucket = "bucket-738"
}
resource "aws_s3_bucket" "b739" {
  bucket = "bucket-739"
}
resource "aws_s3_bucket" "b740" {
  bucket = "bucket-740"
}
resource "aws_s3_bucket" "b741" {
  bucket = "bucket-741"
}
resource "aws_s3_bucket" "b742" {
  bucket = "bucket-742"
}
resource "aws_s3_bucket" "b743" {
  bucket = "bucket-743"
}
resource "aws_s3_bucket" "b744" {
  bucket = "bucket-744"
}
resource "aws_s3_bucket" "b745" {
  bucket = "bucket-745"
}
resource "aws_s3_bucket" "b746" {
  bucket = "bucket-746"
}
resource "aws_s3_bucket" "b747" {
  bucket = "bucket-747"
}
resource "aws_s3_bucket" "b748" {
  bucket = "bucket-748"
}
resource "aws_s3_bucket" "b749" {
  bucket = "bucket-749"
}
resource "aws_s3_bucket" "b750" {
  bucket = "bucket-750"
}
resource "aws_s3_bucket" "b751" {
  bucket = "bucket-751"
}
resource "aws_s3_bucket" "b752" {
  bucket = "bucket-752"
}
resource "aws_s3_bucket" "b753" {
  bucket = "bucket-753"
}
resource "aws_s3_bucket" "b754" {
  bucket = "bucket-754"
}
resource "aws_s3_bucket" "b755" {
  bucket = "bucket-755"
}
resource "aws_s3_bucket" "b756" {
  bucket = "bucket-756"
}
resource "aws_s3_bucket" "b757" {
  bucket = "bucket-757"
}
resource "aws_s3_bucket" "b758" {
  bucket = "bucket-758"
}
resource "aws_s3_bucket" "b759" {
  bucket = "bucket-759"
}
resource "aws_s3_bucket" "b760" {
  bucket = "bucket-760"
}
resource "aws_s3_bucket" "b761" {
  bucket = "bucket-761"
}
resource "aws_s3_bucket" "b762" {
  bucket = "bucket-762"
}
resource "aws_s3_bucket" "b763" {
  bucket = "bucket-763"
}
resource "aws_s3_bucket" "b764" {
  bucket = "bucket-764"
}
resource "aws_s3_bucket" "b765" {
  bucket = "bucket-765"
}
resource "aws_s3_bucket" "b766" {
  bucket = "bucket-766"
}
resource "aws_s3_bucket" "b767" {
  bucket = "bucket-767"
}
resource "aws_s3_bucket" "b768" {
  bucket = "bucket-768"
}
resource "aws_s3_bucket" "b769" {
  bucket = "bucket-769"
}
resource "aws_s3_bucket" "b770" {
  bucket = "bucket-770"
}
resource "aws_s3_bucket" "b771" {
  bucket = "bucket-771"
}
resource "aws_s3_bucket" "b772" {
  bucket = "bucket-772"
}
resource "aws_s3_bucket" "b773" {
  bucket = "bucket-773"
}
resource "aws_s3_bucket" "b774" {
  bucket = "bucket-774"
}
resource "aws_s3_bucket" "b775" {
  bucket = "bucket-775"
}
resource "aws_s3_bucket" "b776" {
  bucket = "bucket-776"
}
resource "aws_s3_bucket" "b777" {
  bucket = "bucket-777"
}
resource "aws_s3_bucket" "b778" {
  bucket = "bucket-778"
}
resource "aws_s3_bucket" "b779" {
  bucket = "bucket-779"
}
resource "aws_s3_bucket" "b780" {
  bucket = "bucket-780"
}
resource "aws_s3_bucket" "b781" {
  bucket = "bucket-781"
}
resource "aws_s3_bucket" "b782" {
  bucket = "bucket-782"
}
resource "aws_s3_bucket" "b783" {
  bucket = "bucket-783"
}
resource "aws_s3_bucket" "b784" {
  bucket = "bucket-784"
}
resource "aws_s3_bucket" "b785" {
  bucket = "bucket-785"
}
resource "aws_s3_bucket" "b786" {
  bucket = "bucket-786"
}
resource "aws_s3_bucket" "b787" {
  bucket = "bucket-787"
}
resource "aws_s3_bucket" "b788" {
  bucket = "bucket-788"
}
resource "aws_s3_bucket" "b789" {
  bucket = "bucket-789"
}
resource "aws_s3_bucket" "b790" {
  bucket = "bucket-790"
}
resource "aws_s3_bucket" "b791" {
  bucket = "bucket-791"
}
resource "aws_s3_bucket" "b792" {
  bucket = "bucket-792"
}
resource "aws_s3_bucket" "b793" {
  bucket = "bucket-793"
}
resource "aws_s3_bucket" "b794" {
  bucket = "bucket-794"
}
resource "aws_s3_bucket" "b795" {
  bucket = "bucket-795"
}
resource "aws_s3_bucket" "b796" {
  bucket = "bucket-796"
}
resource "aws_s3_bucket" "b797" {
  bucket = "bucket-797"
}
resource "aws_s3_bucket" "b798" {
  bucket = "bucket-798"
}
resource "aws_s3_bucket" "b799" {
  bucket = "bucket-799"
}
resource "aws_s3_bucket" "b800" {
  bucket = "bucket-800"
}
resource "aws_s3_bucket" "b801" {
  bucket = "bucket-801"
}
resource "aws_s3_bucket" "b802" {
  bucket = "bucket-802"
}
resource "aws_s3_bucket" "b803" {
  bucket = "bucket-803"
}
resource "aws_s3_bucket" "b804" {
  bucket = "bucket-804"
}
resource "aws_s3_bucket" "b805" {
  bucket = "bucket-805"
}
resource "aws_s3_bucket" "b806" {
  bucket = "bucket-806"
}
resource "aws_s3_bucket" "b807" {
  bucket = "bucket-807"
}
resource "aws_s3_bucket" "b808" {
  bucket = "bucket-808"
}
resource "aws_s3_bucket" "b809" {
  bucket = "bucket-809"
}
resource "aws_s3_bucket" "b810" {
  bucket = "bucket-810"
}
resource "aws_s3_bucket" "b811" {
  bucket = "bucket-811"
}
resource "aws_s3_bucket" "b812" {
  bucket = "bucket-812"
}
resource "aws_s3_bucket" "b813" {
  bucket = "bucket-813"
}
resource "aws_s3_bucket" "b814" {
  bucket = "bucket-814"
}
resource "aws_s3_bucket" "b815" {
  bucket = "bucket-815"
}
resource "aws_s3_bucket" "b816" {
  bucket = "bucket-816"
}
resource "aws_s3_bucket" "b817" {
  bucket = "bucket-817"
}
resource "aws_s3_bucket" "b818" {
  bucket = "bucket-818"
}
resource "aws_s3_bucket" "b819" {
  bucket = "bucket-819"
}
resource "aws_s3_bucket" "b820" {
  bucket = "bucket-820"
}
resource "aws_s3_bucket" "b821" {
  bucket = "bucket-821"
}
resource "aws_s3_bucket" "b822" {
  bucket = "bucket-822"
}
resource "aws_s3_bucket" "b823" {
  bucket = "bucket-823"
}
resource "aws_s3_bucket" "b824" {
  bucket = "bucket-824"
}
resource "aws_s3_bucket" "b825" {
  bucket = "bucket-825"
}
resource "aws_s3_bucket" "b826" {
  bucket = "bucket-826"
}
resource "aws_s3_bucket" "b827" {
  bucket = "bucket-827"
}
resource "aws_s3_bucket" "b828" {
  bucket = "bucket-828"
}
resource "aws_s3_bucket" "b829" {
  bucket = "bucket-829"
}
resource "aws_s3_bucket" "b830" {
  bucket = "bucket-830"
}
resource "aws_s3_bucket" "b831" {
  bucket = "bucket-831"
}
resource "aws_s3_bucket" "b832" {
  bucket = "bucket-832"
}
resource "aws_s3_bucket" "b833" {
  bucket = "bucket-833"
}
resource "aws_s3_bucket" "b834" {
  bucket = "bucket-834"
}
resource "aws_s3_bucket" "b835" {
  bucket = "bucket-835"
}
resource "aws_s3_bucket" "b836" {
  bucket = "bucket-836"
}
resource "aws_s3_bucket" "b837" {
  bucket = "bucket-837"
}
resource "aws_s3_bucket" "b838" {
  bucket = "bucket-838"
}
resource "aws_s3_bucket" "b839" {
  bucket = "bucket-839"
}
resource "aws_s3_bucket" "b840" {
  bucket = "bucket-840"
}
resource "aws_s3_bucket" "b841" {
  bucket = "bucket-841"
}
resource "aws_s3_bucket" "b842" {
  bucket = "bucket-842"
}
resource "aws_s3_bucket" "b843" {
  bucket = "bucket-843"
}
resource "aws_s3_bucket" "b844" {
  bucket = "bucket-844"
}
resource "aws_s3_bucket" "b845" {
  bucket = "bucket-845"
}
resource "aws_s3_bucket" "b846" {
  bucket = "bucket-846"
}
resource "aws_s3_bucket" "b847" {
  bucket = "bucket-847"
}
resource "aws_s3_bucket" "b848" {
  bucket = "bucket-848"
}
resource "aws_s3_bucket" "b849" {
  bucket = "bucket-849"
}
resource "aws_s3_bucket" "b850" {
  bucket = "bucket-850"
}
resource "aws_s3_bucket" "b851" {
  bucket = "bucket-851"
}
resource "aws_s3_bucket" "b852" {
  bucket = "bucket-852"
}
resource "aws_s3_bucket" "b853" {
  bucket = "bucket-853"
}
resource "aws_s3_bucket" "b854" {
  bucket = "bucket-854"
}
resource "aws_s3_bucket" "b855" {
  bucket = "bucket-855"
}
resource "aws_s3_bucket" "b856" {
  bucket = "bucket-856"
}
resource "aws_s3_bucket" "b857" {
  bucket = "bucket-857"
}
resource "aws_s3_bucket" "b858" {
  bucket = "bucket-858"
}
resource "aws_s3_bucket" "b859" {
  bucket = "bucket-859"
}
resource "aws_s3_bucket" "b860" {
  bucket = "bucket-860"
}
resource "aws_s3_bucket" "b861" {
  bucket = "bucket-861"
}
resource "aws_s3_bucket" "b862" {
  bucket = "bucket-862"
}
resource "aws_s3_bucket" "b863" {
  bucket = "bucket-863"
}
resource "aws_s3_bucket" "b864" {
  bucket = "bucket-864"
}
resource "aws_s3_bucket" "b865" {
  bucket = "bucket-865"
}
resource "aws_s3_bucket" "b866" {
  bucket = "bucket-866"
}
resource "aws_s3_bucket" "b867" {
  bucket = "bucket-867"
}
resource "aws_s3_bucket" "b868" {
  bucket = "bucket-868"
}
resource "aws_s3_bucket" "b869" {
  bucket = "bucket-869"
}
resource "aws_s3_bucket" "b870" {
  bucket = "bucket-870"
}
resource "aws_s3_bucket" "b871" {
  bucket = "bucket-871"
}
resource "aws_s3_bucket" "b872" {
  bucket = "bucket-872"
}
resource "aws_s3_bucket" "b873" {
  bucket = "bucket-873"
}
resource "aws_s3_bucket" "b874" {
  bucket = "bucket-874"
}
resource "aws_s3_bucket" "b875" {
  bucket = "bucket-875"
}
resource "aws_s3_bucket" "b876" {
  bucket = "bucket-876"
}
resource "aws_s3_bucket" "b877" {
  bucket = "bucket-877"
}
resource "aws_s3_bucket" "b878" {
  bucket = "bucket-878"
}
resource "aws_s3_bucket" "b879" {
  bucket = "bucket-879"
}
resource "aws_s3_bucket" "b880" {
  bucket = "bucket-880"
}
resource "aws_s3_bucket" "b881" {
  bucket = "bucket-881"
}
resource "aws_s3_bucket" "b882" {
  bucket = "bucket-882"
}
resource "aws_s3_bucket" "b883" {
  bucket = "bucket-883"
}
resource "aws_s3_bucket" "b884" {
  bucket = "bucket-884"
}
resource "aws_s3_bucket" "b885" {
  bucket = "bucket-885"
}
resource "aws_s3_bucket" "b886" {
  bucket = "bucket-886"
}
resource "aws_s3_bucket" "b887" {
  bucket = "bucket-887"
}
resource "aws_s3_bucket" "b888" {
  bucket = "bucket-888"
}
resource "aws_s3_bucket" "b889" {
  bucket = "bucket-889"
}
resource "aws_s3_bucket" "b890" {
  bucket = "bucket-890"
}
resource "aws_s3_bucket" "b891" {
  bucket = "bucket-891"
}
resource "aws_s3_bucket" "b892" {
  bucket = "bucket-892"
}
resource "aws_s3_bucket" "b893" {
  bucket = "bucket-893"
}
resource "aws_s3_bucket" "b894" {
  bucket = "bucket-894"
}
resource "aws_s3_bucket" "b895" {
  bucket = "bucket-895"
}
resource "aws_s3_bucket" "b896" {
  bucket = "bucket-896"
}
resource "aws_s3_bucket" "b897" {
  bucket = "bucket-897"
}
resource "aws_s3_bucket" "b898" {
  bucket = "bucket-898"
}
resource "aws_s3_bucket" "b899" {
  bucket = "bucket-899"
}
resource "aws_s3_bucket" "b900" {
  bucket = "bucket-900"
}
resource "aws_s3_bucket" "b901" {
  bucket = "bucket-901"
}
resource "aws_s3_bucket" "b902" {
  bucket = "bucket-902"
}
resource "aws_s3_bucket" "b903" {
  bucket = "bucket-903"
}
resource "aws_s3_bucket" "b904" {
  bucket = "bucket-904"
}
resource "aws_s3_bucket" "b905" {
  bucket = "bucket-905"
}
resource "aws_s3_bucket" "b906" {
  bucket = "bucket-906"
}
resource "aws_s3_bucket" "b907" {
  bucket = "bucket-907"
}
resource "aws_s3_bucket" "b908" {
  bucket = "bucket-908"
}
resource "aws_s3_bucket" "b909" {
  bucket = "bucket-909"
}
resource "aws_s3_bucket" "b910" {
  bucket = "bucket-910"
}
resource "aws_s3_bucket" "b911" {
  bucket = "bucket-911"
}
resource "aws_s3_bucket" "b912" {
  bucket = "bucket-912"
}
resource "aws_s3_bucket" "b913" {
  bucket = "bucket-913"
}
resource "aws_s3_bucket" "b914" {
  bucket = "bucket-914"
}
resource "aws_s3_bucket" "b915" {
  bucket = "bucket-915"
}
resource "aws_s3_bucket" "b916" {
  bucket = "bucket-916"
}
resource "aws_s3_bucket" "b917" {
  bucket = "bucket-917"
}
resource "aws_s3_bucket" "b918" {
  bucket = "bucket-918"
}
resource "aws_s3_bucket" "b919" {
  bucket = "bucket-919"
}
resource "aws_s3_bucket" "b920" {
  bucket = "bucket-920"
}
resource "aws_s3_bucket" "b921" {
  bucket = "bucket-921"
}
resource "aws_s3_bucket" "b922" {
  bucket = "bucket-922"
}
resource "aws_s3_bucket" "b923" {
  bucket = "bucket-923"
}
resource "aws_s3_bucket" "b924" {
  bucket = "bucket-924"
}
resource "aws_s3_bucket" "b925" {
  bucket = "bucket-925"
}
resource "aws_s3_bucket" "b926" {
  bucket = "bucket-926"
}
resource "aws_s3_bucket" "b927" {
  bucket = "bucket-927"
}
resource "aws_s3_bucket" "b928" {
  bucket = "bucket-928"
}
resource "aws_s3_bucket" "b929" {
  bucket = "bucket-929"
}
resource "aws_s3_bucket" "b930" {
  bucket = "bucket-930"
}
resource "aws_s3_bucket" "b931" {
  bucket = "bucket-931"
}
resource "aws_s3_bucket" "b932" {
  bucket = "bucket-932"
}
resource "aws_s3_bucket" "b933" {
  bucket = "bucket-933"
}
resource "aws_s3_bucket" "b934" {
  bucket = "bucket-934"
}
resource "aws_s3_bucket" "b935" {
  bucket = "bucket-935"
}
resource "aws_s3_bucket" "b936" {
  bucket = "bucket-936"
}
resource "aws_s3_bucket" "b937" {
  bucket = "bucket-937"
}
resource "aws_s3_bucket" "b938" {
  bucket = "bucket-938"
}
resource "aws_s3_bucket" "b939" {
  bucket = "bucket-939"
}
resource "aws_s3_bucket" "b940" {
  bucket = "bucket-940"
}
resource "aws_s3_bucket" "b941" {
  bucket = "bucket-941"
}
resource "aws_s3_bucket" "b942" {
  bucket = "bucket-942"
}
resource "aws_s3_bucket" "b943" {
  bucket = "bucket-943"
}
resource "aws_s3_bucket" "b944" {
  bucket = "bucket-944"
}
resource "aws_s3_bucket" "b945" {
  bucket = "bucket-945"
}
resource "aws_s3_bucket" "b946" {
  bucket = "bucket-946"
}
resource "aws_s3_bucket" "b947" {
  bucket = "bucket-947"
}
resource "aws_s3_bucket" "b948" {
  bucket = "bucket-948"
}
resource "aws_s3_bucket" "b949" {
  bucket = "bucket-949"
}
resource "aws_s3_bucket" "b950" {
  bucket = "bucket-950"
}
resource "aws_s3_bucket" "b951" {
  bucket = "bucket-951"
}
resource "aws_s3_bucket" "b952" {
  bucket = "bucket-952"
}
resource "aws_s3_bucket" "b953" {
  bucket = "bucket-953"
}
resource "aws_s3_bucket" "b954" {
  bucket = "bucket-954"
}
resource "aws_s3_bucket" "b955" {
  bucket = "bucket-955"
}
resource "aws_s3_bucket" "b956" {
  bucket = "bucket-956"
}
resource "aws_s3_bucket" "b957" {
  bucket = "bucket-957"
}
resource "aws_s3_bucket" "b958" {
  bucket = "bucket-958"
}
resource "aws_s3_bucket" "b959" {
  bucket = "bucket-959"
}
resource "aws_s3_bucket" "b960" {
  bucket = "bucket-960"
}
resource "aws_s3_bucket" "b961" {
  bucket = "bucket-961"
}
resource "aws_s3_bucket" "b962" {
  bucket = "bucket-962"
}
resource "aws_s3_bucket" "b963" {
  bucket = "bucket-963"
}
resource "aws_s3_bucket" "b964" {
  bucket = "bucket-964"
}
resource "aws_s3_bucket" "b965" {
  bucket = "bucket-965"
}
resource "aws_s3_bucket" "b966" {
  bucket = "bucket-966"
}
resource "aws_s3_bucket" "b967" {
  bucket = "bucket-967"
}
resource "aws_s3_bucket" "b968" {
  bucket = "bucket-968"
}
resource "aws_s3_bucket" "b969" {
  bucket = "bucket-969"
}
resource "aws_s3_bucket" "b970" {
  bucket = "bucket-970"
}
resource "aws_s3_bucket" "b971" {
  bucket = "bucket-971"
}
resource "aws_s3_bucket" "b972" {
  bucket = "bucket-972"
}
resource "aws_s3_bucket" "b973" {
  bucket = "bucket-973"
}
resource "aws_s3_bucket" "b974" {
  bucket = "bucket-974"
}
resource "aws_s3_bucket" "b975" {
  bucket = "bucket-975"
}
resource "aws_s3_bucket" "b976" {
  bucket = "bucket-976"
}
resource "aws_s3_bucket" "b977" {
  bucket = "bucket-977"
}
resource "aws_s3_bucket" "b978" {
  bucket = "bucket-978"
}
resource "aws_s3_bucket" "b979" {
  bucket = "bucket-979"
}
resource "aws_s3_bucket" "b980" {
  bucket = "bucket-980"
}
resource "aws_s3_bucket" "b981" {
  bucket = "bucket-981"
}
resource "aws_s3_bucket" "b982" {
  bucket = "bucket-982"
}
resource "aws_s3_bucket" "b983" {
  bucket = "bucket-983"
}
resource "aws_s3_bucket" "b984" {
  bucket = "bucket-984"
}
resource "aws_s3_bucket" "b985" {
  bucket = "bucket-985"
}
resource "aws_s3_bucket" "b986" {
  bucket = "bucket-986"
}
resource "aws_s3_bucket" "b987" {
  bucket = "bucket-987"
}
resource "aws_s3_bucket" "b988" {
  bucket = "bucket-988"
}
resource "aws_s3_bucket" "b989" {
  bucket = "bucket-989"
}
resource "aws_s3_bucket" "b990" {
  bucket = "bucket-990"
}
resource "aws_s3_bucket" "b991" {
  bucket = "bucket-991"
}
resource "aws_s3_bucket" "b992" {
  bucket = "bucket-992"
}
resource "aws_s3_bucket" "b993" {
  bucket = "bucket-993"
}
resource "aws_s3_bucket" "b994" {
  bucket = "bucket-994"
}
resource "aws_s3_bucket" "b995" {
  bucket = "bucket-995"
}
resource "aws_s3_bucket" "b996" {
  bucket = "bucket-996"
}
resource "aws_s3_bucket" "b997" {
  bucket = "bucket-997"
}
resource "aws_s3_bucket" "b998" {
  bucket = "bucket-998"
}
resource "aws_s3_bucket" "b999" {
  bucket = "bucket-999"
}
resource "aws_s3_bucket" "b1000" {
  bucket = "bucket-1000"
}
resource "aws_s3_bucket" "b1001" {
  bucket = "bucket-1001"
}
resource "aws_s3_bucket" "b1002" {
  bucket = "bucket-1002"
}
resource "aws_s3_bucket" "b1003" {
  bucket = "bucket-1003"
}
resource "aws_s3_bucket" "b1004" {
  bucket = "bucket-1004"
}
resource "aws_s3_bucket" "b1005" {
  bucket = "bucket-1005"
}
resource "aws_s3_bucket" "b1006" {
  bucket = "bucket-1006"
}
resource "aws_s3_bucket" "b1007" {
  bucket = "bucket-1007"
}
resource "aws_s3_bucket" "b1008" {
  bucket = "bucket-1008"
}
resource "aws_s3_bucket" "b1009" {
  bucket = "bucket-1009"
}
resource "aws_s3_bucket" "b1010" {
  bucket = "bucket-1010"
}
resource "aws_s3_bucket" "b1011" {
  bucket = "bucket-1011"
}
resource "aws_s3_bucket" "b1012" {
  bucket = "bucket-1012"
}
resource "aws_s3_bucket" "b1013" {
  bucket = "bucket-1013"
}
resource "aws_s3_bucket" "b1014" {
  bucket = "bucket-1014"
}
resource "aws_s3_bucket" "b1015" {
  bucket = "bucket-1015"
}
resource "aws_s3_bucket" "b1016" {
  bucket = "bucket-1016"
}
resource "aws_s3_bucket" "b1017" {
  bucket = "bucket-1017"
}
resource "aws_s3_bucket" "b1018" {
  bucket = "bucket-1018"
}
resource "aws_s3_bucket" "b1019" {
  bucket = "bucket-1019"
}
resource "aws_s3_bucket" "b1020" {
  bucket = "bucket-1020"
}
resource "aws_s3_bucket" "b1021" {
  bucket = "bucket-1021"
}
resource "aws_s3_bucket" "b1022" {
  bucket = "bucket-1022"
}
resource "aws_s3_bucket" "b1023" {
  bucket = "bucket-1023"
}
resource "aws_s3_bucket" "b1024" {
  bucket = "bucket-1024"
}
resource "aws_s3_bucket" "b1025" {
  bucket = "bucket-1025"
}
resource "aws_s3_bucket" "b1026" {
  bucket = "bucket-1026"
}
resource "aws_s3_bucket" "b1027" {
  bucket = "bucket-1027"
}
resource "aws_s3_bucket" "b1028" {
  bucket = "bucket-1028"
}
resource "aws_s3_bucket" "b1029" {
  bucket = "bucket-1029"
}
resource "aws_s3_bucket" "b1030" {
  bucket = "bucket-1030"
}
resource "aws_s3_bucket" "b1031" {
  bucket = "bucket-1031"
}
resource "aws_s3_bucket" "b1032" {
  bucket = "bucket-1032"
}
resource "aws_s3_bucket" "b1033" {
  bucket = "bucket-1033"
}
resource "aws_s3_bucket" "b1034" {
  bucket = "bucket-1034"
}
resource "aws_s3_bucket" "b1035" {
  bucket = "bucket-1035"
}
resource "aws_s3_bucket" "b1036" {
  bucket = "bucket-1036"
}
resource "aws_s3_bucket" "b1037" {
  bucket = "bucket-1037"
}
resource "aws_s3_bucket" "b1038" {
  bucket = "bucket-1038"
}
resource "aws_s3_bucket" "b1039" {
  bucket = "bucket-1039"
}
resource "aws_s3_bucket" "b1040" {
  bucket = "bucket-1040"
}
resource "aws_s3_bucket" "b1041" {
  bucket = "bucket-1041"
}
resource "aws_s3_bucket" "b1042" {
  bucket = "bucket-1042"
}
resource "aws_s3_bucket" "b1043" {
  bucket = "bucket-1043"
}
resource "aws_s3_bucket" "b1044" {
  bucket = "bucket-1044"
}
resource "aws_s3_bucket" "b1045" {
  bucket = "bucket-1045"
}
resource "aws_s3_bucket" "b1046" {
  bucket = "bucket-1046"
}
resource "aws_s3_bucket" "b1047" {
  bucket = "bucket-1047"
}
resource "aws_s3_bucket" "b1048" {
  bucket = "bucket-1048"
}
resource "aws_s3_bucket" "b1049" {
  bucket = "bucket-1049"
}
resource "aws_s3_bucket" "b1050" {
  bucket = "bucket-1050"
}
resource "aws_s3_bucket" "b1051" {
  bucket = "bucket-1051"
}
resource "aws_s3_bucket" "b1052" {
  bucket = "bucket-1052"
}
resource "aws_s3_bucket" "b1053" {
  bucket = "bucket-1053"
}
resource "aws_s3_bucket" "b1054" {
  bucket = "bucket-1054"
}
resource "aws_s3_bucket" "b1055" {
  bucket = "bucket-1055"
}
resource "aws_s3_bucket" "b1056" {
  bucket = "bucket-1056"
}
resource "aws_s3_bucket" "b1057" {
  bucket = "bucket-1057"
}
resource "aws_s3_bucket" "b1058" {
  bucket = "bucket-1058"
}
resource "aws_s3_bucket" "b1059" {
  bucket = "bucket-1059"
}
resource "aws_s3_bucket" "b1060" {
  bucket = "bucket-1060"
}
resource "aws_s3_bucket" "b1061" {
  bucket = "bucket-1061"
}
resource "aws_s3_bucket" "b1062" {
  bucket = "bucket-1062"
}
resource "aws_s3_bucket" "b1063" {
  bucket = "bucket-1063"
}
resource "aws_s3_bucket" "b1064" {
  bucket = "bucket-1064"
}
resource "aws_s3_bucket" "b1065" {
  bucket = "bucket-1065"
}
resource "aws_s3_bucket" "b1066" {
  bucket = "bucket-1066"
}
resource "aws_s3_bucket" "b1067" {
  bucket = "bucket-1067"
}
resource "aws_s3_bucket" "b1068" {
  bucket = "bucket-1068"
}
resource "aws_s3_bucket" "b1069" {
  bucket = "bucket-1069"
}
resource "aws_s3_bucket" "b1070" {
  bucket = "bucket-1070"
}
resource "aws_s3_bucket" "b1071" {
  bucket = "bucket-1071"
}
resource "aws_s3_bucket" "b1072" {
  bucket = "bucket-1072"
}
resource "aws_s3_bucket" "b1073" {
  bucket = "bucket-1073"
}
resource "aws_s3_bucket" "b1074" {
  bucket = "bucket-1074"
}
resource "aws_s3_bucket" "b1075" {
  bucket = "bucket-1075"
}
resource "aws_s3_bucket" "b1076" {
  bucket = "bucket-1076"
}
resource "aws_s3_bucket" "b1077" {
  bucket = "bucket-1077"
}
resource "aws_s3_bucket" "b1078" {
  bucket = "bucket-1078"
}
resource "aws_s3_bucket" "b1079" {
  bucket = "bucket-1079"
}
resource "aws_s3_bucket" "b1080" {
  bucket = "bucket-1080"
}
resource "aws_s3_bucket" "b1081" {
  bucket = "bucket-1081"
}
resource "aws_s3_bucket" "b1082" {
  bucket = "bucket-1082"
}
resource "aws_s3_bucket" "b1083" {
  bucket = "bucket-1083"
}
resource "aws_s3_bucket" "b1084" {
  bucket = "bucket-1084"
}
resource "aws_s3_bucket" "b1085" {
  bucket = "bucket-1085"
}
resource "aws_s3_bucket" "b1086" {
  bucket = "bucket-1086"
}
resource "aws_s3_bucket" "b1087" {
  bucket = "bucket-1087"
}
resource "aws_s3_bucket" "b1088" {
  bucket = "bucket-1088"
}
resource "aws_s3_bucket" "b1089" {
  bucket = "bucket-1089"
}
resource "aws_s3_bucket" "b1090" {
  bucket = "bucket-1090"
}
resource "aws_s3_bucket" "b1091" {
  bucket = "bucket-1091"
}
resource "aws_s3_bucket" "b1092" {
  bucket = "bucket-1092"
}
resource "aws_s3_bucket" "b1093" {
  bucket = "bucket-1093"
}
resource "aws_s3_bucket" "b1094" {
  bucket = "bucket-1094"
}
resource "aws_s3_bucket" "b1095" {
  bucket = "bucket-1095"
}
resource "aws_s3_bucket" "b1096" {
  bucket = "bucket-1096"
}
resource "aws_s3_bucket" "b1097" {
  bucket = "bucket-1097"
}
resource "aws_s3_bucket" "b1098" {
  bucket = "bucket-1098"
}
resource "aws_s3_bucket" "b1099" {
  bucket = "bucket-1099"
}
resource "aws_s3_bucket" "b1100" {
  bucket = "bucket-1100"
}
resource "aws_s3_bucket" "b1101" {
  bucket = "bucket-1101"
}
resource "aws_s3_bucket" "b1102" {
  bucket = "bucket-1102"
}
resource "aws_s3_bucket" "b1103" {
  bucket = "bucket-1103"
}
resource "aws_s3_bucket" "b1104" {
  bucket = "bucket-1104"
}
resource "aws_s3_bucket" "b1105" {
  bucket = "bucket-1105"
}
resource "aws_s3_bucket" "b1106" {
  bucket = "bucket-1106"
}
resource "aws_s3_bucket" "b1107" {
  bucket = "bucket-1107"
}
resource "aws_s3_bucket" "b1108" {
  bucket = "bucket-1108"
}
resource "aws_s3_bucket" "b1109" {
  bucket = "bucket-1109"
}
resource "aws_s3_bucket" "b1110" {
  bucket = "bucket-1110"
}
resource "aws_s3_bucket" "b1111" {
  bucket = "bucket-1111"
}
resource "aws_s3_bucket" "b1112" {
  bucket = "bucket-1112"
}
resource "aws_s3_bucket" "b1113" {
  bucket = "bucket-1113"
}
resource "aws_s3_bucket" "b1114" {
  bucket = "bucket-1114"
}
resource "aws_s3_bucket" "b1115" {
  bucket = "bucket-1115"
}
resource "aws_s3_bucket" "b1116" {
  bucket = "bucket-1116"
}
resource "aws_s3_bucket" "b1117" {
  bucket = "bucket-1117"
}
resource "aws_s3_bucket" "b1118" {
  bucket = "bucket-1118"
}
resource "aws_s3_bucket" "b1119" {
  bucket = "bucket-1119"
}
resource "aws_s3_bucket" "b1120" {
  bucket = "bucket-1120"
}
resource "aws_s3_bucket" "b1121" {
  bucket = "bucket-1121"
}
resource "aws_s3_bucket" "b1122" {
  bucket = "bucket-1122"
}
resource "aws_s3_bucket" "b1123" {
  bucket = "bucket-1123"
}
resource "aws_s3_bucket" "b1124" {
  bucket = "bucket-1124"
}
resource "aws_s3_bucket" "b1125" {
  bucket = "bucket-1125"
}
resource "aws_s3_bucket" "b1126" {
  bucket = "bucket-1126"
}
resource "aws_s3_bucket" "b1127" {
  bucket = "bucket-1127"
}
resource "aws_s3_bucket" "b1128" {
  bucket = "bucket-1128"
}
resource "aws_s3_bucket" "b1129" {
  bucket = "bucket-1129"
}
resource "aws_s3_bucket" "b1130" {
  bucket = "bucket-1130"
}
resource "aws_s3_bucket" "b1131" {
  bucket = "bucket-1131"
}
resource "aws_s3_bucket" "b1132" {
  bucket = "bucket-1132"
}
resource "aws_s3_bucket" "b1133" {
  bucket = "bucket-1133"
}
resource "aws_s3_bucket" "b1134" {
  bucket = "bucket-1134"
}
resource "aws_s3_bucket" "b1135" {
  bucket = "bucket-1135"
}
resource "aws_s3_bucket" "b1136" {
  bucket = "bucket-1136"
}
resource "aws_s3_bucket" "b1137" {
  bucket = "bucket-1137"
}
resource "aws_s3_bucket" "b1138" {
  bucket = "bucket-1138"
}
resource "aws_s3_bucket" "b1139" {
  bucket = "bucket-1139"
}
resource "aws_s3_bucket" "b1140" {
  bucket = "bucket-1140"
}
resource "aws_s3_bucket" "b1141" {
  bucket = "bucket-1141"
}
resource "aws_s3_bucket" "b1142" {
  bucket = "bucket-1142"
}
resource "aws_s3_bucket" "b1143" {
  bucket = "bucket-1143"
}
resource "aws_s3_bucket" "b1144" {
  bucket = "bucket-1144"
}
resource "aws_s3_bucket" "b1145" {
  bucket = "bucket-1145"
}
resource "aws_s3_bucket" "b1146" {
  bucket = "bucket-1146"
}
resource "aws_s3_bucket" "b1147" {
  bucket = "bucket-1147"
}
resource "aws_s3_bucket" "b1148" {
  bucket = "bucket-1148"
}
resource "aws_s3_bucket" "b1149" {
  bucket = "bucket-1149"
}
resource "aws_s3_bucket" "b1150" {
  bucket = "bucket-1150"
}
resource "aws_s3_bucket" "b1151" {
  bucket = "bucket-1151"
}
resource "aws_s3_bucket" "b1152" {
  bucket = "bucket-1152"
}
resource "aws_s3_bucket" "b1153" {
  bucket = "bucket-1153"
}
resource "aws_s3_bucket" "b1154" {
  bucket = "bucket-1154"
}
resource "aws_s3_bucket" "b1155" {
  bucket = "bucket-1155"
}
resource "aws_s3_bucket" "b1156" {
  bucket = "bucket-1156"
}
resource "aws_s3_bucket" "b1157" {
  bucket = "bucket-1157"
}
resource "aws_s3_bucket" "b1158" {
  bucket = "bucket-1158"
}
resource "aws_s3_bucket" "b1159" {
  bucket = "bucket-1159"
}
resource "aws_s3_bucket" "b1160" {
  bucket = "bucket-1160"
}
resource "aws_s3_bucket" "b1161" {
  bucket = "bucket-1161"
}
resource "aws_s3_bucket" "b1162" {
  bucket = "bucket-1162"
}
resource "aws_s3_bucket" "b1163" {
  bucket = "bucket-1163"
}
resource "aws_s3_bucket" "b1164" {
  bucket = "bucket-1164"
}
resource "aws_s3_bucket" "b1165" {
  bucket = "bucket-1165"
}
resource "aws_s3_bucket" "b1166" {
  bucket = "bucket-1166"
}
resource "aws_s3_bucket" "b1167" {
  bucket = "bucket-1167"
}
resource "aws_s3_bucket" "b1168" {
  bucket = "bucket-1168"
}
resource "aws_s3_bucket" "b1169" {
  bucket = "bucket-1169"
}
resource "aws_s3_bucket" "b1170" {
  bucket = "bucket-1170"
}
resource "aws_s3_bucket" "b1171" {
  bucket = "bucket-1171"
}
resource "aws_s3_bucket" "b1172" {
  bucket = "bucket-1172"
}
resource "aws_s3_bucket" "b1173" {
  bucket = "bucket-1173"
}
resource "aws_s3_bucket" "b1174" {
  bucket = "bucket-1174"
}
resource "aws_s3_bucket" "b1175" {
  bucket = "bucket-1175"
}
resource "aws_s3_bucket" "b1176" {
  bucket = "bucket-1176"
}
resource "aws_s3_bucket" "b1177" {
  bucket = "bucket-1177"
}
resource "aws_s3_bucket" "b1178" {
  bucket = "bucket-1178"
}
resource "aws_s3_bucket" "b1179" {
  bucket = "bucket-1179"
}
resource "aws_s3_bucket" "b1180" {
  bucket = "bucket-1180"
}
resource "aws_s3_bucket" "b1181" {
  bucket = "bucket-1181"
}
resource "aws_s3_bucket" "b1182" {
  bucket = "bucket-1182"
}
resource "aws_s3_bucket" "b1183" {
  bucket = "bucket-1183"
}
resource "aws_s3_bucket" "b1184" {
  bucket = "bucket-1184"
}
resource "aws_s3_bucket" "b1185" {
  bucket = "bucket-1185"
}
resource "aws_s3_bucket" "b1186" {
  bucket = "bucket-1186"
}
resource "aws_s3_bucket" "b1187" {
  bucket = "bucket-1187"
}
resource "aws_s3_bucket" "b1188" {
  bucket = "bucket-1188"
}
resource "aws_s3_bucket" "b1189" {
  bucket = "bucket-1189"
}
resource "aws_s3_bucket" "b1190" {
  bucket = "bucket-1190"
}
resource "aws_s3_bucket" "b1191" {
  bucket = "bucket-1191"
}
resource "aws_s3_bucket" "b1192" {
  bucket = "bucket-1192"
}
resource "aws_s3_bucket" "b1193" {
  bucket = "bucket-1193"
}
resource "aws_s3_bucket" "b1194" {
  bucket = "bucket-1194"
}
resource "aws_s3_bucket" "b1195" {
  bucket = "bucket-1195"
}
resource "aws_s3_bucket" "b1196" {
  bucket = "bucket-1196"
}
resource "aws_s3_bucket" "b1197" {
  bucket = "bucket-1197"
}
resource "aws_s3_bucket" "b1198" {
  bucket = "bucket-1198"
}
resource "aws_s3_bucket" "b1199" {
  bucket = "bucket-1199"
}
resource "aws_s3_bucket" "b1200" {
  bucket = "bucket-1200"
}
resource "aws_s3_bucket" "b1201" {
  bucket = "bucket-1201"
}
resource "aws_s3_bucket" "b1202" {
  bucket = "bucket-1202"
}
resource "aws_s3_bucket" "b1203" {
  bucket = "bucket-1203"
}
resource "aws_s3_bucket" "b1204" {
  bucket = "bucket-1204"
}
resource "aws_s3_bucket" "b1205" {
  bucket = "bucket-1205"
}
resource "aws_s3_bucket" "b1206" {
  bucket = "bucket-1206"
}
resource "aws_s3_bucket" "b1207" {
  bucket = "bucket-1207"
}
resource "aws_s3_bucket" "b1208" {
  bucket = "bucket-1208"
}
resource "aws_s3_bucket" "b1209" {
  bucket = "bucket-1209"
}
resource "aws_s3_bucket" "b1210" {
  bucket = "bucket-1210"
}
resource "aws_s3_bucket" "b1211" {
  bucket = "bucket-1211"
}
resource "aws_s3_bucket" "b1212" {
  bucket = "bucket-1212"
}
resource "aws_s3_bucket" "b1213" {
  bucket = "bucket-1213"
}
resource "aws_s3_bucket" "b1214" {
  bucket = "bucket-1214"
}
resource "aws_s3_bucket" "b1215" {
  bucket = "bucket-1215"
}
resource "aws_s3_bucket" "b1216" {
  bucket = "bucket-1216"
}
resource "aws_s3_bucket" "b1217" {
  bucket = "bucket-1217"
}
resource "aws_s3_bucket" "b1218" {
  bucket = "bucket-1218"
}
resource "aws_s3_bucket" "b1219" {
  bucket = "bucket-1219"
}
resource "aws_s3_bucket" "b1220" {
  bucket = "bucket-1220"
}
resource "aws_s3_bucket" "b1221" {
  bucket = "bucket-1221"
}
resource "aws_s3_bucket" "b1222" {
  bucket = "bucket-1222"
}
resource "aws_s3_bucket" "b1223" {
  bucket = "bucket-1223"
}
resource "aws_s3_bucket" "b1224" {
  bucket = "bucket-1224"
}
resource "aws_s3_bucket" "b1225" {
  bucket = "bucket-1225"
}
resource "aws_s3_bucket" "b1226" {
  bucket = "bucket-1226"
}
resource "aws_s3_bucket" "b1227" {
  bucket = "bucket-1227"
}
resource "aws_s3_bucket" "b1228" {
  bucket = "bucket-1228"
}
resource "aws_s3_bucket" "b1229" {
  bucket = "bucket-1229"
}
resource "aws_s3_bucket" "b1230" {
  bucket = "bucket-1230"
}
resource "aws_s3_bucket" "b1231" {
  bucket = "bucket-1231"
}
resource "aws_s3_bucket" "b1232" {
  bucket = "bucket-1232"
}
resource "aws_s3_bucket" "b1233" {
  bucket = "bucket-1233"
}
resource "aws_s3_bucket" "b1234" {
  bucket = "bucket-1234"
}
resource "aws_s3_bucket" "b1235" {
  bucket = "bucket-1235"
}
resource "aws_s3_bucket" "b1236" {
  bucket = "bucket-1236"
}
resource "aws_s3_bucket" "b1237" {
  bucket = "bucket-1237"
}
resource "aws_s3_bucket" "b1238" {
  bucket = "bucket-1238"
}
resource "aws_s3_bucket" "b1239" {
  bucket = "bucket-1239"
}
resource "aws_s3_bucket" "b1240" {
  bucket = "bucket-1240"
}
resource "aws_s3_bucket" "b1241" {
  bucket = "bucket-1241"
}
resource "aws_s3_bucket" "b1242" {
  bucket = "bucket-1242"
}
resource "aws_s3_bucket" "b1243" {
  bucket = "bucket-1243"
}
resource "aws_s3_bucket" "b1244" {
  bucket = "bucket-1244"
}
resource "aws_s3_bucket" "b1245" {
  bucket = "bucket-1245"
}
resource "aws_s3_bucket" "b1246" {
  bucket = "bucket-1246"
}
resource "aws_s3_bucket" "b1247" {
  bucket = "bucket-1247"
}
resource "aws_s3_bucket" "b1248" {
  bucket = "bucket-1248"
}
resource "aws_s3_bucket" "b1249" {
  bucket = "bucket-1249"
}
resource "aws_s3_bucket" "b1250" {
  bucket = "bucket-1250"
}
resource "aws_s3_bucket" "b1251" {
  bucket = "bucket-1251"
}
resource "aws_s3_bucket" "b1252" {
  bucket = "bucket-1252"
}
resource "aws_s3_bucket" "b1253" {
  bucket = "bucket-1253"
}
resource "aws_s3_bucket" "b1254" {
  bucket = "bucket-1254"
}
resource "aws_s3_bucket" "b1255" {
  bucket = "bucket-1255"
}
resource "aws_s3_bucket" "b1256" {
  bucket = "bucket-1256"
}
resource "aws_s3_bucket" "b1257" {
  bucket = "bucket-1257"
}
resource "aws_s3_bucket" "b1258" {
  bucket = "bucket-1258"
}
resource "aws_s3_bucket" "b1259" {
  bucket = "bucket-1259"
}
resource "aws_s3_bucket" "b1260" {
  bucket = "bucket-1260"
}
resource "aws_s3_bucket" "b1261" {
  bucket = "bucket-1261"
}
resource "aws_s3_bucket" "b1262" {
  bucket = "bucket-1262"
}
resource "aws_s3_bucket" "b1263" {
  bucket = "bucket-1263"
}
resource "aws_s3_bucket" "b1264" {
  bucket = "bucket-1264"
}
resource "aws_s3_bucket" "b1265" {
  bucket = "bucket-1265"
}
resource "aws_s3_bucket" "b1266" {
  bucket = "bucket-1266"
}
resource "aws_s3_bucket" "b1267" {
  bucket = "bucket-1267"
}
resource "aws_s3_bucket" "b1268" {
  bucket = "bucket-1268"
}
resource "aws_s3_bucket" "b1269" {
  bucket = "bucket-1269"
}
resource "aws_s3_bucket" "b1270" {
  bucket = "bucket-1270"
}
resource "aws_s3_bucket" "b1271" {
  bucket = "bucket-1271"
}
resource "aws_s3_bucket" "b1272" {
  bucket = "bucket-1272"
}
resource "aws_s3_bucket" "b1273" {
  bucket = "bucket-1273"
}
resource "aws_s3_bucket" "b1274" {
  bucket = "bucket-1274"
}
resource "aws_s3_bucket" "b1275" {
  bucket = "bucket-1275"
}
resource "aws_s3_bucket" "b1276" {
  bucket = "bucket-1276"
}
resource "aws_s3_bucket" "b1277" {
  bucket = "bucket-1277"
}
resource "aws_s3_bucket" "b1278" {
  bucket = "bucket-1278"
}
resource "aws_s3_bucket" "b1279" {
  bucket = "bucket-1279"
}
resource "aws_s3_bucket" "b1280" {
  bucket = "bucket-1280"
}
resource "aws_s3_bucket" "b1281" {
  bucket = "bucket-1281"
}
resource "aws_s3_bucket" "b1282" {
  bucket = "bucket-1282"
}
resource "aws_s3_bucket" "b1283" {
  bucket = "bucket-1283"
}
resource "aws_s3_bucket" "b1284" {
  bucket = "bucket-1284"
}
resource "aws_s3_bucket" "b1285" {
  bucket = "bucket-1285"
}
resource "aws_s3_bucket" "b1286" {
  bucket = "bucket-1286"
}
resource "aws_s3_bucket" "b1287" {
  bucket = "bucket-1287"
}
resource "aws_s3_bucket" "b1288" {
  bucket = "bucket-1288"
}
resource "aws_s3_bucket" "b1289" {
  bucket = "bucket-1289"
}
resource "aws_s3_bucket" "b1290" {
  bucket = "bucket-1290"
}
resource "aws_s3_bucket" "b1291" {
  bucket = "bucket-1291"
}
resource "aws_s3_bucket" "b1292" {
  bucket = "bucket-1292"
}
resource "aws_s3_bucket" "b1293" {
  bucket = "bucket-1293"
}
resource "aws_s3_bucket" "b1294" {
  bucket = "bucket-1294"
}
resource "aws_s3_bucket" "b1295" {
  bucket = "bucket-1295"
}
resource "aws_s3_bucket" "b1296" {
  bucket = "bucket-1296"
}
resource "aws_s3_bucket" "b1297" {
  bucket = "bucket-1297"
}
resource "aws_s3_bucket" "b1298" {
  bucket = "bucket-1298"
}
resource "aws_s3_bucket" "b1299" {
  bucket = "bucket-1299"
}
resource "aws_s3_bucket" "b1300" {
  bucket = "bucket-1300"
}
resource "aws_s3_bucket" "b1301" {
  bucket = "bucket-1301"
}
resource "aws_s3_bucket" "b1302" {
  bucket = "bucket-1302"
}
resource "aws_s3_bucket" "b1303" {
  bucket = "bucket-1303"
}
resource "aws_s3_bucket" "b1304" {
  bucket = "bucket-1304"
}
resource "aws_s3_bucket" "b1305" {
  bucket = "bucket-1305"
}
resource "aws_s3_bucket" "b1306" {
  bucket = "bucket-1306"
}
resource "aws_s3_bucket" "b1307" {
  bucket = "bucket-1307"
}
resource "aws_s3_bucket" "b1308" {
  bucket = "bucket-1308"
}
resource "aws_s3_bucket" "b1309" {
  bucket = "bucket-1309"
}
resource "aws_s3_bucket" "b1310" {
  bucket = "bucket-1310"
}
resource "aws_s3_bucket" "b1311" {
  bucket = "bucket-1311"
}
resource "aws_s3_bucket" "b1312" {
  bucket = "bucket-1312"
}
resource "aws_s3_bucket" "b1313" {
  bucket = "bucket-1313"
}
resource "aws_s3_bucket" "b1314" {
  bucket = "bucket-1314"
}
resource "aws_s3_bucket" "b1315" {
  bucket = "bucket-1315"
}
resource "aws_s3_bucket" "b1316" {
  bucket = "bucket-1316"
}
resource "aws_s3_bucket" "b1317" {
  bucket = "bucket-1317"
}
resource "aws_s3_bucket" "b1318" {
  bucket = "bucket-1318"
}
resource "aws_s3_bucket" "b1319" {
  bucket = "bucket-1319"
}
resource "aws_s3_bucket" "b1320" {
  bucket = "bucket-1320"
}
resource "aws_s3_bucket" "b1321" {
  bucket = "bucket-1321"
}
resource "aws_s3_bucket" "b1322" {
  bucket = "bucket-1322"
}
resource "aws_s3_bucket" "b1323" {
  bucket = "bucket-1323"
}
resource "aws_s3_bucket" "b1324" {
  bucket = "bucket-1324"
}
resource "aws_s3_bucket" "b1325" {
  bucket = "bucket-1325"
}
resource "aws_s3_bucket" "b1326" {
  bucket = "bucket-1326"
}
resource "aws_s3_bucket" "b1327" {
  bucket = "bucket-1327"
}
resource "aws_s3_bucket" "b1328" {
  bucket = "bucket-1328"
}
resource "aws_s3_bucket" "b1329" {
  bucket = "bucket-1329"
}
resource "aws_s3_bucket" "b1330" {
  bucket = "bucket-1330"
}
resource "aws_s3_bucket" "b1331" {
  bucket = "bucket-1331"
}
resource "aws_s3_bucket" "b1332" {
  bucket = "bucket-1332"
}
resource "aws_s3_bucket" "b1333" {
  bucket = "bucket-1333"
}
resource "aws_s3_bucket" "b1334" {
  bucket = "bucket-1334"
}
resource "aws_s3_bucket" "b1335" {
  bucket = "bucket-1335"
}
resource "aws_s3_bucket" "b1336" {
  bucket = "bucket-1336"
}
resource "aws_s3_bucket" "b1337" {
  bucket = "bucket-1337"
}
resource "aws_s3_bucket" "b1338" {
  bucket = "bucket-1338"
}
resource "aws_s3_bucket" "b1339" {
  bucket = "bucket-1339"
}
resource "aws_s3_bucket" "b1340" {
  bucket = "bucket-1340"
}
resource "aws_s3_bucket" "b1341" {
  bucket = "bucket-1341"
}
resource "aws_s3_bucket" "b1342" {
  bucket = "bucket-1342"
}
resource "aws_s3_bucket" "b1343" {
  bucket = "bucket-1343"
}
resource "aws_s3_bucket" "b1344" {
  bucket = "bucket-1344"
}
resource "aws_s3_bucket" "b1345" {
  bucket = "bucket-1345"
}
resource "aws_s3_bucket" "b1346" {
  bucket = "bucket-1346"
}
resource "aws_s3_bucket" "b1347" {
  bucket = "bucket-1347"
}
resource "aws_s3_bucket" "b1348" {
  bucket = "bucket-1348"
}
resource "aws_s3_bucket" "b1349" {
  bucket = "bucket-1349"
}
resource "aws_s3_bucket" "b1350" {
  bucket = "bucket-1350"
}
resource "aws_s3_bucket" "b1351" {
  bucket = "bucket-1351"
}
resource "aws_s3_bucket" "b1352" {
  bucket = "bucket-1352"
}
resource "aws_s3_bucket" "b1353" {
  bucket = "bucket-1353"
}
resource "aws_s3_bucket" "b1354" {
  bucket = "bucket-1354"
}
resource "aws_s3_bucket" "b1355" {
  bucket = "bucket-1355"
}
resource "aws_s3_bucket" "b1356" {
  bucket = "bucket-1356"
}
resource "aws_s3_bucket" "b1357" {
  bucket = "bucket-1357"
}
resource "aws_s3_bucket" "b1358" {
  bucket = "bucket-1358"
}
resource "aws_s3_bucket" "b1359" {
  bucket = "bucket-1359"
}
resource "aws_s3_bucket" "b1360" {
  bucket = "bucket-1360"
}
resource "aws_s3_bucket" "b1361" {
  bucket = "bucket-1361"
}
resource "aws_s3_bucket" "b1362" {
  bucket = "bucket-1362"
}
resource "aws_s3_bucket" "b1363" {
  bucket = "bucket-1363"
}
resource "aws_s3_bucket" "b1364" {
  bucket = "bucket-1364"
}
resource "aws_s3_bucket" "b1365" {
  bucket = "bucket-1365"
}
resource "aws_s3_bucket" "b1366" {
  bucket = "bucket-1366"
}
resource "aws_s3_bucket" "b1367" {
  bucket = "bucket-1367"
}
resource "aws_s3_bucket" "b1368" {
  bucket = "bucket-1368"
}
resource "aws_s3_bucket" "b1369" {
  bucket = "bucket-1369"
}
resource "aws_s3_bucket" "b1370" {
  bucket = "bucket-1370"
}
resource "aws_s3_bucket" "b1371" {
  bucket = "bucket-1371"
}
resource "aws_s3_bucket" "b1372" {
  bucket = "bucket-1372"
}
resource "aws_s3_bucket" "b1373" {
  bucket = "bucket-1373"
}
resource "aws_s3_bucket" "b1374" {
  bucket = "bucket-1374"
}
resource "aws_s3_bucket" "b1375" {
  bucket = "bucket-1375"
}
resource "aws_s3_bucket" "b1376" {
  bucket = "bucket-1376"
}
resource "aws_s3_bucket" "b1377" {
  bucket = "bucket-1377"
}
resource "aws_s3_bucket" "b1378" {
  bucket = "bucket-1378"
}
resource "aws_s3_bucket" "b1379" {
  bucket = "bucket-1379"
}
resource "aws_s3_bucket" "b1380" {
  bucket = "bucket-1380"
}
resource "aws_s3_bucket" "b1381" {
  bucket = "bucket-1381"
}
resource "aws_s3_bucket" "b1382" {
  bucket = "bucket-1382"
}
resource "aws_s3_bucket" "b1383" {
  bucket = "bucket-1383"
}
resource "aws_s3_bucket" "b1384" {
  bucket = "bucket-1384"
}
resource "aws_s3_bucket" "b1385" {
  bucket = "bucket-1385"
}
resource "aws_s3_bucket" "b1386" {
  bucket = "bucket-1386"
}
resource "aws_s3_bucket" "b1387" {
  bucket = "bucket-1387"
}
resource "aws_s3_bucket" "b1388" {
  bucket = "bucket-1388"
}
resource "aws_s3_bucket" "b1389" {
  bucket = "bucket-1389"
}
resource "aws_s3_bucket" "b1390" {
  bucket = "bucket-1390"
}
resource "aws_s3_bucket" "b1391" {
  bucket = "bucket-1391"
}
resource "aws_s3_bucket" "b1392" {
  bucket = "bucket-1392"
}
resource "aws_s3_bucket" "b1393" {
  bucket = "bucket-1393"
}
resource "aws_s3_bucket" "b1394" {
  bucket = "bucket-1394"
}
resource "aws_s3_bucket" "b1395" {
  bucket = "bucket-1395"
}
resource "aws_s3_bucket" "b1396" {
  bucket = "bucket-1396"
}
resource "aws_s3_bucket" "b1397" {
  bucket = "bucket-1397"
}
resource "aws_s3_bucket" "b1398" {
  bucket = "bucket-1398"
}
resource "aws_s3_bucket" "b1399" {
  bucket = "bucket-1399"
}
resource "aws_s3_bucket" "b1400" {
  bucket = "bucket-1400"
}
resource "aws_s3_bucket" "b1401" {
  bucket = "bucket-1401"
}
resource "aws_s3_bucket" "b1402" {
  bucket = "bucket-1402"
}
resource "aws_s3_bucket" "b1403" {
  bucket = "bucket-1403"
}
resource "aws_s3_bucket" "b1404" {
  bucket = "bucket-1404"
}
resource "aws_s3_bucket" "b1405" {
  bucket = "bucket-1405"
}
resource "aws_s3_bucket" "b1406" {
  bucket = "bucket-1406"
}
resource "aws_s3_bucket" "b1407" {
  bucket = "bucket-1407"
}
resource "aws_s3_bucket" "b1408" {
  bucket = "bucket-1408"
}
resource "aws_s3_bucket" "b1409" {
  bucket = "bucket-1409"
}
resource "aws_s3_bucket" "b1410" {
  bucket = "bucket-1410"
}
resource "aws_s3_bucket" "b1411" {
  bucket = "bucket-1411"
}
resource "aws_s3_bucket" "b1412" {
  bucket = "bucket-1412"
}
resource "aws_s3_bucket" "b1413" {
  bucket = "bucket-1413"
}
resource "aws_s3_bucket" "b1414" {
  bucket = "bucket-1414"
}
resource "aws_s3_bucket" "b1415" {
  bucket = "bucket-1415"
}
resource "aws_s3_bucket" "b1416" {
  bucket = "bucket-1416"
}
resource "aws_s3_bucket" "b1417" {
  bucket = "bucket-1417"
}
resource "aws_s3_bucket" "b1418" {
  bucket = "bucket-1418"
}
resource "aws_s3_bucket" "b1419" {
  bucket = "bucket-1419"
}
resource "aws_s3_bucket" "b1420" {
  bucket = "bucket-1420"
}
resource "aws_s3_bucket" "b1421" {
  bucket = "bucket-1421"
}
resource "aws_s3_bucket" "b1422" {
  bucket = "bucket-1422"
}
resource "aws_s3_bucket" "b1423" {
  bucket = "bucket-1423"
}
resource "aws_s3_bucket" "b1424" {
  bucket = "bucket-1424"
}
resource "aws_s3_bucket" "b1425" {
  bucket = "bucket-1425"
}
resource "aws_s3_bucket" "b1426" {
  bucket = "bucket-1426"
}
resource "aws_s3_bucket" "b1427" {
  bucket = "bucket-1427"
}
resource "aws_s3_bucket" "b1428" {
  bucket = "bucket-1428"
}
resource "aws_s3_bucket" "b1429" {
  bucket = "bucket-1429"
}
resource "aws_s3_bucket" "b1430" {
  bucket = "bucket-1430"
}
resource "aws_s3_bucket" "b1431" {
  bucket = "bucket-1431"
}
resource "aws_s3_bucket" "b1432" {
  bucket = "bucket-1432"
}
resource "aws_s3_bucket" "b1433" {
  bucket = "bucket-1433"
}
resource "aws_s3_bucket" "b1434" {
  bucket = "bucket-1434"
}
resource "aws_s3_bucket" "b1435" {
  bucket = "bucket-1435"
}
resource "aws_s3_bucket" "b1436" {
  bucket = "bucket-1436"
}
resource "aws_s3_bucket" "b1437" {
  bucket = "bucket-1437"
}
resource "aws_s3_bucket" "b1438" {
  bucket = "bucket-1438"
}
resource "aws_s3_bucket" "b1439" {
  bucket = "bucket-1439"
}
resource "aws_s3_bucket" "b1440" {
  bucket = "bucket-1440"
}
resource "aws_s3_bucket" "b1441" {
  bucket = "bucket-1441"
}
resource "aws_s3_bucket" "b1442" {
  bucket = "bucket-1442"
}
resource "aws_s3_bucket" "b1443" {
  bucket = "bucket-1443"
}
resource "aws_s3_bucket" "b1444" {
  bucket = "bucket-1444"
}
resource "aws_s3_bucket" "b1445" {
  bucket = "bucket-1445"
}
resource "aws_s3_bucket" "b1446" {
  bucket = "bucket-1446"
}
resource "aws_s3_bucket" "b1447" {
  bucket = "bucket-1447"
}
resource "aws_s3_bucket" "b1448" {
  bucket = "bucket-1448"
}
resource "aws_s3_bucket" "b1449" {
  bucket = "bucket-1449"
}
resource "aws_s3_bucket" "b1450" {
  bucket = "bucket-1450"
}
resource "aws_s3_bucket" "b1451" {
  bucket = "bucket-1451"
}
resource "aws_s3_bucket" "b1452" {
  bucket = "bucket-1452"
}
resource "aws_s3_bucket" "b1453" {
  bucket = "bucket-1453"
}
resource "aws_s3_bucket" "b1454" {
  bucket = "bucket-1454"
}
resource "aws_s3_bucket" "b1455" {
  bucket = "bucket-1455"
}
resource "aws_s3_bucket" "b1456" {
  bucket = "bucket-1456"
}
resource "aws_s3_bucket" "b1457" {
  bucket = "bucket-1457"
}
resource "aws_s3_bucket" "b1458" {
  bucket = "bucket-1458"
}
resource "aws_s3_bucket" "b1459" {
  bucket = "bucket-1459"
}
resource "aws_s3_bucket" "b1460" {
  bucket = "bucket-1460"
}
resource "aws_s3_bucket" "b1461" {
  bucket = "bucket-1461"
}
resource "aws_s3_bucket" "b1462" {
  bucket = "bucket-1462"
}
resource "aws_s3_bucket" "b1463" {
  bucket = "bucket-1463"
}
resource "aws_s3_bucket" "b1464" {
  bucket = "bucket-1464"
}
resource "aws_s3_bucket" "b1465" {
  bucket = "bucket-1465"
}
resource "aws_s3_bucket" "b1466" {
  bucket = "bucket-1466"
}
resource "aws_s3_bucket" "b1467" {
  bucket = "bucket-1467"
}
resource "aws_s3_bucket" "b1468" {
  bucket = "bucket-1468"
}
resource "aws_s3_bucket" "b1469" {
  bucket = "bucket-1469"
}
resource "aws_s3_bucket" "b1470" {
  bucket = "bucket-1470"
}
resource "aws_s3_bucket" "b1471" {
  bucket = "bucket-1471"
}
resource "aws_s3_bucket" "b1472" {
  bucket = "bucket-1472"
}
resource "aws_s3_bucket" "b1473" {
  bucket = "bucket-1473"
}
resource "aws_s3_bucket" "b1474" {
  bucket = "bucket-1474"
}
resource "aws_s3_bucket" "b1475" {
  bucket = "bucket-1475"
}
resource "aws_s3_bucket" "b1476" {
  bucket = "bucket-1476"
}
resource "aws_s3_bucket" "b1477" {
  bucket = "bucket-1477"
}
resource "aws_s3_bucket" "b1478" {
  bucket = "bucket-1478"
}
resource "aws_s3_bucket" "b1479" {
  bucket = "bucket-1479"
}
resource "aws_s3_bucket" "b1480" {
  bucket = "bucket-1480"
}
resource "aws_s3_bucket" "b1481" {
  bucket = "bucket-1481"
}
resource "aws_s3_bucket" "b1482" {
  bucket = "bucket-1482"
}
resource "aws_s3_bucket" "b1483" {
  bucket = "bucket-1483"
}
resource "aws_s3_bucket" "b1484" {
  bucket = "bucket-1484"
}
resource "aws_s3_bucket" "b1485" {
  bucket = "bucket-1485"
}
resource "aws_s3_bucket" "b1486" {
  bucket = "bucket-1486"
}
resource "aws_s3_bucket" "b1487" {
  bucket = "bucket-1487"
}
resource "aws_s3_bucket" "b1488" {
  bucket = "bucket-1488"
}
resource "aws_s3_bucket" "b1489" {
  bucket = "bucket-1489"
}
resource "aws_s3_bucket" "b1490" {
  bucket = "bucket-1490"
}
resource "aws_s3_bucket" "b1491" {
  bucket = "bucket-1491"
}
resource "aws_s3_bucket" "b1492" {
  bucket = "bucket-1492"
}
resource "aws_s3_bucket" "b1493" {
  bucket = "bucket-1493"
}
resource "aws_s3_bucket" "b1494" {
  bucket = "bucket-1494"
}
resource "aws_s3_bucket" "b1495" {
  bucket = "bucket-1495"
}
resource "aws_s3_bucket" "b1496" {
  bucket = "bucket-1496"
}
resource "aws_s3_bucket" "b1497" {
  bucket = "bucket-1497"
}
resource "aws_s3_bucket" "b1498" {
  bucket = "bucket-1498"
}
resource "aws_s3_bucket" "b1499" {
  bucket = "bucket-1499"
}
resource "aws_s3_bucket" "b1500" {
  bucket = "bucket-1500"
}
resource "aws_s3_bucket" "b1501" {
  bucket = "bucket-1501"
}
resource "aws_s3_bucket" "b1502" {
  bucket = "bucket-1502"
}
resource "aws_s3_bucket" "b1503" {
  bucket = "bucket-1503"
}
resource "aws_s3_bucket" "b1504" {
  bucket = "bucket-1504"
}
resource "aws_s3_bucket" "b1505" {
  bucket = "bucket-1505"
}
resource "aws_s3_bucket" "b1506" {
  bucket = "bucket-1506"
}
resource "aws_s3_bucket" "b1507" {
  bucket = "bucket-1507"
}
resource "aws_s3_bucket" "b1508" {
  bucket = "bucket-1508"
}
resource "aws_s3_bucket" "b1509" {
  bucket = "bucket-1509"
}
resource "aws_s3_bucket" "b1510" {
  bucket = "bucket-1510"
}
resource "aws_s3_bucket" "b1511" {
  bucket = "bucket-1511"
}
resource "aws_s3_bucket" "b1512" {
  bucket = "bucket-1512"
}
resource "aws_s3_bucket" "b1513" {
  bucket = "bucket-1513"
}
resource "aws_s3_bucket" "b1514" {
  bucket = "bucket-1514"
}
resource "aws_s3_bucket" "b1515" {
  bucket = "bucket-1515"
}
resource "aws_s3_bucket" "b1516" {
  bucket = "bucket-1516"
}
resource "aws_s3_bucket" "b1517" {
  bucket = "bucket-1517"
}
resource "aws_s3_bucket" "b1518" {
  bucket = "bucket-1518"
}
resource "aws_s3_bucket" "b1519" {
  bucket = "bucket-1519"
}
resource "aws_s3_bucket" "b1520" {
  bucket = "bucket-1520"
}
resource "aws_s3_bucket" "b1521" {
  bucket = "bucket-1521"
}
resource "aws_s3_bucket" "b1522" {
  bucket = "bucket-1522"
}
resource "aws_s3_bucket" "b1523" {
  bucket = "bucket-1523"
}
resource "aws_s3_bucket" "b1524" {
  bucket = "bucket-1524"
}
resource "aws_s3_bucket" "b1525" {
  bucket = "bucket-1525"
}
resource "aws_s3_bucket" "b1526" {
  bucket = "bucket-1526"
}
resource "aws_s3_bucket" "b1527" {
  bucket = "bucket-1527"
}
resource "aws_s3_bucket" "b1528" {
  bucket = "bucket-1528"
}
resource "aws_s3_bucket" "b1529" {
  bucket = "bucket-1529"
}
resource "aws_s3_bucket" "b1530" {
  bucket = "bucket-1530"
}
resource "aws_s3_bucket" "b1531" {
  bucket = "bucket-1531"
}
resource "aws_s3_bucket" "b1532" {
  bucket = "bucket-1532"
}
resource "aws_s3_bucket" "b1533" {
  bucket = "bucket-1533"
}
resource "aws_s3_bucket" "b1534" {
  bucket = "bucket-1534"
}
resource "aws_s3_bucket" "b1535" {
  bucket = "bucket-1535"
}
resource "aws_s3_bucket" "b1536" {
  bucket = "bucket-1536"
}
resource "aws_s3_bucket" "b1537" {
  bucket = "bucket-1537"
}
resource "aws_s3_bucket" "b1538" {
  bucket = "bucket-1538"
}
resource "aws_s3_bucket" "b1539" {
  bucket = "bucket-1539"
}
resource "aws_s3_bucket" "b1540" {
  bucket = "bucket-1540"
}
resource "aws_s3_bucket" "b1541" {
  bucket = "bucket-1541"
}
resource "aws_s3_bucket" "b1542" {
  bucket = "bucket-1542"
}
resource "aws_s3_bucket" "b1543" {
  bucket = "bucket-1543"
}
resource "aws_s3_bucket" "b1544" {
  bucket = "bucket-1544"
}
resource "aws_s3_bucket" "b1545" {
  bucket = "bucket-1545"
}
resource "aws_s3_bucket" "b1546" {
  bucket = "bucket-1546"
}
resource "aws_s3_bucket" "b1547" {
  bucket = "bucket-1547"
}
resource "aws_s3_bucket" "b1548" {
  bucket = "bucket-1548"
}
resource "aws_s3_bucket" "b1549" {
  bucket = "bucket-1549"
}
resource "aws_s3_bucket" "b1550" {
  bucket = "bucket-1550"
}
resource "aws_s3_bucket" "b1551" {
  bucket = "bucket-1551"
}
resource "aws_s3_bucket" "b1552" {
  bucket = "bucket-1552"
}
resource "aws_s3_bucket" "b1553" {
  bucket = "bucket-1553"
}
resource "aws_s3_bucket" "b1554" {
  bucket = "bucket-1554"
}
resource "aws_s3_bucket" "b1555" {
  bucket = "bucket-1555"
}
resource "aws_s3_bucket" "b1556" {
  bucket = "bucket-1556"
}
resource "aws_s3_bucket" "b1557" {
  bucket = "bucket-1557"
}
resource "aws_s3_bucket" "b1558" {
  bucket = "bucket-1558"
}
resource "aws_s3_bucket" "b1559" {
  bucket = "bucket-1559"
}
resource "aws_s3_bucket" "b1560" {
  bucket = "bucket-1560"
}
resource "aws_s3_bucket" "b1561" {
  bucket = "bucket-1561"
}
resource "aws_s3_bucket" "b1562" {
  bucket = "bucket-1562"
}
resource "aws_s3_bucket" "b1563" {
  bucket = "bucket-1563"
}
resource "aws_s3_bucket" "b1564" {
  bucket = "bucket-1564"
}
resource "aws_s3_bucket" "b1565" {
  bucket = "bucket-1565"
}
resource "aws_s3_bucket" "b1566" {
  bucket = "bucket-1566"
}
resource "aws_s3_bucket" "b1567" {
  bucket = "bucket-1567"
}
resource "aws_s3_bucket" "b1568" {
  bucket = "bucket-1568"
}
resource "aws_s3_bucket" "b1569" {
  bucket = "bucket-1569"
}
resource "aws_s3_bucket" "b1570" {
  bucket = "bucket-1570"
}
resource "aws_s3_bucket" "b1571" {
  bucket = "bucket-1571"
}
resource "aws_s3_bucket" "b1572" {
  bucket = "bucket-1572"
}
resource "aws_s3_bucket" "b1573" {
  bucket = "bucket-1573"
}
resource "aws_s3_bucket" "b1574" {
  bucket = "bucket-1574"
}
resource "aws_s3_bucket" "b1575" {
  bucket = "bucket-1575"
}
resource "aws_s3_bucket" "b1576" {
  bucket = "bucket-1576"
}
resource "aws_s3_bucket" "b1577" {
  bucket = "bucket-1577"
}
resource "aws_s3_bucket" "b1578" {
  bucket = "bucket-1578"
}
resource "aws_s3_bucket" "b1579" {
  bucket = "bucket-1579"
}
resource "aws_s3_bucket" "b1580" {
  bucket = "bucket-1580"
}
resource "aws_s3_bucket" "b1581" {
  bucket = "bucket-1581"
}
resource "aws_s3_bucket" "b1582" {
  bucket = "bucket-1582"
}
resource "aws_s3_bucket" "b1583" {
  bucket = "bucket-1583"
}
resource "aws_s3_bucket" "b1584" {
  bucket = "bucket-1584"
}
resource "aws_s3_bucket" "b1585" {
  bucket = "bucket-1585"
}
resource "aws_s3_bucket" "b1586" {
  bucket = "bucket-1586"
}
resource "aws_s3_bucket" "b1587" {
  bucket = "bucket-1587"
}
resource "aws_s3_bucket" "b1588" {
  bucket = "bucket-1588"
}
resource "aws_s3_bucket" "b1589" {
  bucket = "bucket-1589"
}
resource "aws_s3_bucket" "b1590" {
  bucket = "bucket-1590"
}
resource "aws_s3_bucket" "b1591" {
  bucket = "bucket-1591"
}
resource "aws_s3_bucket" "b1592" {
  bucket = "bucket-1592"
}
resource "aws_s3_bucket" "b1593" {
  bucket = "bucket-1593"
}
resource "aws_s3_bucket" "b1594" {
  bucket = "bucket-1594"
}
resource "aws_s3_bucket" "b1595" {
  bucket = "bucket-1595"
}
resource "aws_s3_bucket" "b1596" {
  bucket = "bucket-1596"
}
resource "aws_s3_bucket" "b1597" {
  bucket = "bucket-1597"
}
resource "aws_s3_bucket" "b1598" {
  bucket = "bucket-1598"
}
resource "aws_s3_bucket" "b1599" {
  bucket = "bucket-1599"
}
resource "aws_s3_bucket" "b1600" {
  bucket = "bucket-1600"
}
resource "aws_s3_bucket" "b1601" {
  bucket = "bucket-1601"
}
resource "aws_s3_bucket" "b1602" {
  bucket = "bucket-1602"
}
resource "aws_s3_bucket" "b1603" {
  bucket = "bucket-1603"
}
resource "aws_s3_bucket" "b1604" {
  bucket = "bucket-1604"
}
resource "aws_s3_bucket" "b1605" {
  bucket = "bucket-1605"
}
resource "aws_s3_bucket" "b1606" {
  bucket = "bucket-1606"
}
resource "aws_s3_bucket" "b1607" {
  bucket = "bucket-1607"
}
resource "aws_s3_bucket" "b1608" {
  bucket = "bucket-1608"
}
resource "aws_s3_bucket" "b1609" {
  bucket = "bucket-1609"
}
resource "aws_s3_bucket" "b1610" {
  bucket = "bucket-1610"
}
resource "aws_s3_bucket" "b1611" {
  bucket = "bucket-1611"
}
resource "aws_s3_bucket" "b1612" {
  bucket = "bucket-1612"
}
resource "aws_s3_bucket" "b1613" {
  bucket = "bucket-1613"
}
resource "aws_s3_bucket" "b1614" {
  bucket = "bucket-1614"
}
resource "aws_s3_bucket" "b1615" {
  bucket = "bucket-1615"
}
resource "aws_s3_bucket" "b1616" {
  bucket = "bucket-1616"
}
resource "aws_s3_bucket" "b1617" {
  bucket = "bucket-1617"
}
resource "aws_s3_bucket" "b1618" {
  bucket = "bucket-1618"
}
resource "aws_s3_bucket" "b1619" {
  bucket = "bucket-1619"
}
resource "aws_s3_bucket" "b1620" {
  bucket = "bucket-1620"
}
resource "aws_s3_bucket" "b1621" {
  bucket = "bucket-1621"
}
resource "aws_s3_bucket" "b1622" {
  bucket = "bucket-1622"
}
resource "aws_s3_bucket" "b1623" {
  bucket = "bucket-1623"
}
resource "aws_s3_bucket" "b1624" {
  bucket = "bucket-1624"
}
resource "aws_s3_bucket" "b1625" {
  bucket = "bucket-1625"
}
resource "aws_s3_bucket" "b1626" {
  bucket = "bucket-1626"
}
resource "aws_s3_bucket" "b1627" {
  bucket = "bucket-1627"
}
resource "aws_s3_bucket" "b1628" {
  bucket = "bucket-1628"
}
resource "aws_s3_bucket" "b1629" {
  bucket = "bucket-1629"
}
resource "aws_s3_bucket" "b1630" {
  bucket = "bucket-1630"
}
resource "aws_s3_bucket" "b1631" {
  bucket = "bucket-1631"
}
resource "aws_s3_bucket" "b1632" {
  bucket = "bucket-1632"
}
resource "aws_s3_bucket" "b1633" {
  bucket = "bucket-1633"
}
resource "aws_s3_bucket" "b1634" {
  bucket = "bucket-1634"
}
resource "aws_s3_bucket" "b1635" {
  bucket = "bucket-1635"
}
resource "aws_s3_bucket" "b1636" {
  bucket = "bucket-1636"
}
resource "aws_s3_bucket" "b1637" {
  bucket = "bucket-1637"
}
resource "aws_s3_bucket" "b1638" {
  bucket = "bucket-1638"
}
resource "aws_s3_bucket" "b1639" {
  bucket = "bucket-1639"
}
resource "aws_s3_bucket" "b1640" {
  bucket = "bucket-1640"
}
resource "aws_s3_bucket" "b1641" {
  bucket = "bucket-1641"
}
resource "aws_s3_bucket" "b1642" {
  bucket = "bucket-1642"
}
resource "aws_s3_bucket" "b1643" {
  bucket = "bucket-1643"
}
resource "aws_s3_bucket" "b1644" {
  bucket = "bucket-1644"
}
resource "aws_s3_bucket" "b1645" {
  bucket = "bucket-1645"
}
resource "aws_s3_bucket" "b1646" {
  bucket = "bucket-1646"
}
resource "aws_s3_bucket" "b1647" {
  bucket = "bucket-1647"
}
resource "aws_s3_bucket" "b1648" {
  bucket = "bucket-1648"
}
resource "aws_s3_bucket" "b1649" {
  bucket = "bucket-1649"
}
resource "aws_s3_bucket" "b1650" {
  bucket = "bucket-1650"
}
resource "aws_s3_bucket" "b1651" {
  bucket = "bucket-1651"
}
resource "aws_s3_bucket" "b1652" {
  bucket = "bucket-1652"
}
resource "aws_s3_bucket" "b1653" {
  bucket = "bucket-1653"
}
resource "aws_s3_bucket" "b1654" {
  bucket = "bucket-1654"
}
resource "aws_s3_bucket" "b1655" {
  bucket = "bucket-1655"
}
resource "aws_s3_bucket" "b1656" {
  bucket = "bucket-1656"
}
resource "aws_s3_bucket" "b1657" {
  bucket = "bucket-1657"
}
resource "aws_s3_bucket" "b1658" {
  bucket = "bucket-1658"
}
resource "aws_s3_bucket" "b1659" {
  bucket = "bucket-1659"
}
resource "aws_s3_bucket" "b1660" {
  bucket = "bucket-1660"
}
resource "aws_s3_bucket" "b1661" {
  bucket = "bucket-1661"
}
resource "aws_s3_bucket" "b1662" {
  bucket = "bucket-1662"
}
resource "aws_s3_bucket" "b1663" {
  bucket = "bucket-1663"
}
resource "aws_s3_bucket" "b1664" {
  bucket = "bucket-1664"
}
resource "aws_s3_bucket" "b1665" {
  bucket = "bucket-1665"
}
resource "aws_s3_bucket" "b1666" {
  bucket = "bucket-1666"
}
resource "aws_s3_bucket" "b1667" {
  bucket = "bucket-1667"
}
resource "aws_s3_bucket" "b1668" {
  bucket = "bucket-1668"
}
resource "aws_s3_bucket" "b1669" {
  bucket = "bucket-1669"
}
resource "aws_s3_bucket" "b1670" {
  bucket = "bucket-1670"
}
resource "aws_s3_bucket" "b1671" {
  bucket = "bucket-1671"
}
resource "aws_s3_bucket" "b1672" {
  bucket = "bucket-1672"
}
resource "aws_s3_bucket" "b1673" {
  bucket = "bucket-1673"
}
resource "aws_s3_bucket" "b1674" {
  bucket = "bucket-1674"
}
resource "aws_s3_bucket" "b1675" {
  bucket = "bucket-1675"
}
resource "aws_s3_bucket" "b1676" {
  bucket = "bucket-1676"
}
resource "aws_s3_bucket" "b1677" {
  bucket = "bucket-1677"
}
resource "aws_s3_bucket" "b1678" {
  bucket = "bucket-1678"
}
resource "aws_s3_bucket" "b1679" {
  bucket = "bucket-1679"
}
resource "aws_s3_bucket" "b1680" {
  bucket = "bucket-1680"
}
resource "aws_s3_bucket" "b1681" {
  bucket = "bucket-1681"
}
resource "aws_s3_bucket" "b1682" {
  bucket = "bucket-1682"
}
resource "aws_s3_bucket" "b1683" {
  bucket = "bucket-1683"
}
resource "aws_s3_bucket" "b1684" {
  bucket = "bucket-1684"
}
resource "aws_s3_bucket" "b1685" {
  bucket = "bucket-1685"
}
resource "aws_s3_bucket" "b1686" {
  bucket = "bucket-1686"
}
resource "aws_s3_bucket" "b1687" {
  bucket = "bucket-1687"
}
resource "aws_s3_bucket" "b1688" {
  bucket = "bucket-1688"
}
resource "aws_s3_bucket" "b1689" {
  bucket = "bucket-1689"
}
resource "aws_s3_bucket" "b1690" {
  bucket = "bucket-1690"
}
resource "aws_s3_bucket" "b1691" {
  bucket = "bucket-1691"
}
resource "aws_s3_bucket" "b1692" {
  bucket = "bucket-1692"
}
resource "aws_s3_bucket" "b1693" {
  bucket = "bucket-1693"
}
resource "aws_s3_bucket" "b1694" {
  bucket = "bucket-1694"
}
resource "aws_s3_bucket" "b1695" {
  bucket = "bucket-1695"
}
resource "aws_s3_bucket" "b1696" {
  bucket = "bucket-1696"
}
resource "aws_s3_bucket" "b1697" {
  bucket = "bucket-1697"
}
resource "aws_s3_bucket" "b1698" {
  bucket = "bucket-1698"
}
resource "aws_s3_bucket" "b1699" {
  bucket = "bucket-1699"
}
resource "aws_s3_bucket" "b1700" {
  bucket = "bucket-1700"
}
resource "aws_s3_bucket" "b1701" {
  bucket = "bucket-1701"
}
resource "aws_s3_bucket" "b1702" {
  bucket = "bucket-1702"
}
resource "aws_s3_bucket" "b1703" {
  bucket = "bucket-1703"
}
resource "aws_s3_bucket" "b1704" {
  bucket = "bucket-1704"
}
resource "aws_s3_bucket" "b1705" {
  bucket = "bucket-1705"
}
resource "aws_s3_bucket" "b1706" {
  bucket = "bucket-1706"
}
resource "aws_s3_bucket" "b1707" {
  bucket = "bucket-1707"
}
resource "aws_s3_bucket" "b1708" {
  bucket = "bucket-1708"
}
resource "aws_s3_bucket" "b1709" {
  bucket = "bucket-1709"
}
resource "aws_s3_bucket" "b1710" {
  bucket = "bucket-1710"
}
resource "aws_s3_bucket" "b1711" {
  bucket = "bucket-1711"
}
resource "aws_s3_bucket" "b1712" {
  bucket = "bucket-1712"
}
resource "aws_s3_bucket" "b1713" {
  bucket = "bucket-1713"
}
resource "aws_s3_bucket" "b1714" {
  bucket = "bucket-1714"
}
resource "aws_s3_bucket" "b1715" {
  bucket = "bucket-1715"
}
resource "aws_s3_bucket" "b1716" {
  bucket = "bucket-1716"
}
resource "aws_s3_bucket" "b1717" {
  bucket = "bucket-1717"
}
resource "aws_s3_bucket" "b1718" {
  bucket = "bucket-1718"
}
resource "aws_s3_bucket" "b1719" {
  bucket = "bucket-1719"
}
resource "aws_s3_bucket" "b1720" {
  bucket = "bucket-1720"
}
resource "aws_s3_bucket" "b1721" {
  bucket = "bucket-1721"
}
resource "aws_s3_bucket" "b1722" {
  bucket = "bucket-1722"
}
resource "aws_s3_bucket" "b1723" {
  bucket = "bucket-1723"
}
resource "aws_s3_bucket" "b1724" {
  bucket = "bucket-1724"
}
resource "aws_s3_bucket" "b1725" {
  bucket = "bucket-1725"
}
resource "aws_s3_bucket" "b1726" {
  bucket = "bucket-1726"
}
resource "aws_s3_bucket" "b1727" {
  bucket = "bucket-1727"
}
resource "aws_s3_bucket" "b1728" {
  bucket = "bucket-1728"
}
resource "aws_s3_bucket" "b1729" {
  bucket = "bucket-1729"
}
resource "aws_s3_bucket" "b1730" {
  bucket = "bucket-1730"
}
resource "aws_s3_bucket" "b1731" {
  bucket = "bucket-1731"
}
resource "aws_s3_bucket" "b1732" {
  bucket = "bucket-1732"
}
resource "aws_s3_bucket" "b1733" {
  bucket = "bucket-1733"
}
resource "aws_s3_bucket" "b1734" {
  bucket = "bucket-1734"
}
resource "aws_s3_bucket" "b1735" {
  bucket = "bucket-1735"
}
resource "aws_s3_bucket" "b1736" {
  bucket = "bucket-1736"
}
resource "aws_s3_bucket" "b1737" {
  bucket = "bucket-1737"
}
resource "aws_s3_bucket" "b1738" {
  bucket = "bucket-1738"
}
resource "aws_s3_bucket" "b1739" {
  bucket = "bucket-1739"
}
resource "aws_s3_bucket" "b1740" {
  bucket = "bucket-1740"
}
resource "aws_s3_bucket" "b1741" {
  bucket = "bucket-1741"
}
resource "aws_s3_bucket" "b1742" {
  bucket = "bucket-1742"
}
resource "aws_s3_bucket" "b1743" {
  bucket = "bucket-1743"
}
resource "aws_s3_bucket" "b1744" {
  bucket = "bucket-1744"
}
resource "aws_s3_bucket" "b1745" {
  bucket = "bucket-1745"
}
resource "aws_s3_bucket" "b1746" {
  bucket = "bucket-1746"
}
resource "aws_s3_bucket" "b1747" {
  bucket = "bucket-1747"
}
resource "aws_s3_bucket" "b1748" {
  bucket = "bucket-1748"
}
resource "aws_s3_bucket" "b1749" {
  bucket = "bucket-1749"
}
resource "aws_s3_bucket" "b1750" {
  bucket = "bucket-1750"
}
resource "aws_s3_bucket" "b1751" {
  bucket = "bucket-1751"
}
resource "aws_s3_bucket" "b1752" {
  bucket = "bucket-1752"
}
resource "aws_s3_bucket" "b1753" {
  bucket = "bucket-1753"
}
resource "aws_s3_bucket" "b1754" {
  bucket = "bucket-1754"
}
resource "aws_s3_bucket" "b1755" {
  bucket = "bucket-1755"
}
resource "aws_s3_bucket" "b1756" {
  bucket = "bucket-1756"
}
resource "aws_s3_bucket" "b1757" {
  bucket = "bucket-1757"
}
resource "aws_s3_bucket" "b1758" {
  bucket = "bucket-1758"
}
resource "aws_s3_bucket" "b1759" {
  bucket = "bucket-1759"
}
resource "aws_s3_bucket" "b1760" {
  bucket = "bucket-1760"
}
resource "aws_s3_bucket" "b1761" {
  bucket = "bucket-1761"
}
resource "aws_s3_bucket" "b1762" {
  bucket = "bucket-1762"
}
resource "aws_s3_bucket" "b1763" {
  bucket = "bucket-1763"
}
resource "aws_s3_bucket" "b1764" {
  bucket = "bucket-1764"
}
resource "aws_s3_bucket" "b1765" {
  bucket = "bucket-1765"
}
resource "aws_s3_bucket" "b1766" {
  bucket = "bucket-1766"
}
resource "aws_s3_bucket" "b1767" {
  bucket = "bucket-1767"
}
resource "aws_s3_bucket" "b1768" {
  bucket = "bucket-1768"
}
resource "aws_s3_bucket" "b1769" {
  bucket = "bucket-1769"
}
resource "aws_s3_bucket" "b1770" {
  bucket = "bucket-1770"
}
resource "aws_s3_bucket" "b1771" {
  bucket = "bucket-1771"
}
resource "aws_s3_bucket" "b1772" {
  bucket = "bucket-1772"
}
resource "aws_s3_bucket" "b1773" {
  bucket = "bucket-1773"
}
resource "aws_s3_bucket" "b1774" {
  bucket = "bucket-1774"
}
resource "aws_s3_bucket" "b1775" {
  bucket = "bucket-1775"
}
resource "aws_s3_bucket" "b1776" {
  bucket = "bucket-1776"
}
resource "aws_s3_bucket" "b1777" {
  bucket = "bucket-1777"
}
resource "aws_s3_bucket" "b1778" {
  bucket = "bucket-1778"
}
resource "aws_s3_bucket" "b1779" {
  bucket = "bucket-1779"
}
resource "aws_s3_bucket" "b1780" {
  bucket = "bucket-1780"
}
resource "aws_s3_bucket" "b1781" {
  bucket = "bucket-1781"
}
resource "aws_s3_bucket" "b1782" {
  bucket = "bucket-1782"
}
resource "aws_s3_bucket" "b1783" {
  bucket = "bucket-1783"
}
resource "aws_s3_bucket" "b1784" {
  bucket = "bucket-1784"
}
resource "aws_s3_bucket" "b1785" {
  bucket = "bucket-1785"
}
resource "aws_s3_bucket" "b1786" {
  bucket = "bucket-1786"
}
resource "aws_s3_bucket" "b1787" {
  bucket = "bucket-1787"
}
resource "aws_s3_bucket" "b1788" {
  bucket = "bucket-1788"
}
resource "aws_s3_bucket" "b1789" {
  bucket = "bucket-1789"
}
resource "aws_s3_bucket" "b1790" {
  bucket = "bucket-1790"
}
resource "aws_s3_bucket" "b1791" {
  bucket = "bucket-1791"
}
resource "aws_s3_bucket" "b1792" {
  bucket = "bucket-1792"
}
resource "aws_s3_bucket" "b1793" {
  bucket = "bucket-1793"
}
resource "aws_s3_bucket" "b1794" {
  bucket = "bucket-1794"
}
resource "aws_s3_bucket" "b1795" {
  bucket = "bucket-1795"
}
resource "aws_s3_bucket" "b1796" {
  bucket = "bucket-1796"
}
resource "aws_s3_bucket" "b1797" {
  bucket = "bucket-1797"
}
resource "aws_s3_bucket" "b1798" {
  bucket = "bucket-1798"
}
resource "aws_s3_bucket" "b1799" {
  bucket = "bucket-1799"
}
resource "aws_s3_bucket" "b1800" {
  bucket = "bucket-1800"
}
resource "aws_s3_bucket" "b1801" {
  bucket = "bucket-1801"
}
resource "aws_s3_bucket" "b1802" {
  bucket = "bucket-1802"
}
resource "aws_s3_bucket" "b1803" {
  bucket = "bucket-1803"
}
resource "aws_s3_bucket" "b1804" {
  bucket = "bucket-1804"
}
resource "aws_s3_bucket" "b1805" {
  bucket = "bucket-1805"
}
resource "aws_s3_bucket" "b1806" {
  bucket = "bucket-1806"
}
resource "aws_s3_bucket" "b1807" {
  bucket = "bucket-1807"
}
resource "aws_s3_bucket" "b1808" {
  bucket = "bucket-1808"
}
resource "aws_s3_bucket" "b1809" {
  bucket = "bucket-1809"
}
resource "aws_s3_bucket" "b1810" {
  bucket = "bucket-1810"
}
resource "aws_s3_bucket" "b1811" {
  bucket = "bucket-1811"
}
resource "aws_s3_bucket" "b1812" {
  bucket = "bucket-1812"
}
resource "aws_s3_bucket" "b1813" {
  bucket = "bucket-1813"
}
resource "aws_s3_bucket" "b1814" {
  bucket = "bucket-1814"
}
resource "aws_s3_bucket" "b1815" {
  bucket = "bucket-1815"
}
resource "aws_s3_bucket" "b1816" {
  bucket = "bucket-1816"
}
resource "aws_s3_bucket" "b1817" {
  bucket = "bucket-1817"
}
resource "aws_s3_bucket" "b1818" {
  bucket = "bucket-1818"
}
resource "aws_s3_bucket" "b1819" {
  bucket = "bucket-1819"
}
resource "aws_s3_bucket" "b1820" {
  bucket = "bucket-1820"
}
resource "aws_s3_bucket" "b1821" {
  bucket = "bucket-1821"
}
resource "aws_s3_bucket" "b1822" {
  bucket = "bucket-1822"
}
resource "aws_s3_bucket" "b1823" {
  bucket = "bucket-1823"
}
resource "aws_s3_bucket" "b1824" {
  bucket = "bucket-1824"
}
resource "aws_s3_bucket" "b1825" {
  bucket = "bucket-1825"
}
resource "aws_s3_bucket" "b1826" {
  bucket = "bucket-1826"
}
resource "aws_s3_bucket" "b1827" {
  bucket = "bucket-1827"
}
resource "aws_s3_bucket" "b1828" {
  bucket = "bucket-1828"
}
resource "aws_s3_bucket" "b1829" {
  bucket = "bucket-1829"
}
resource "aws_s3_bucket" "b1830" {
  bucket = "bucket-1830"
}
resource "aws_s3_bucket" "b1831" {
  bucket = "bucket-1831"
}
resource "aws_s3_bucket" "b1832" {
  bucket = "bucket-1832"
}
resource "aws_s3_bucket" "b1833" {
  bucket = "bucket-1833"
}
resource "aws_s3_bucket" "b1834" {
  bucket = "bucket-1834"
}
resource "aws_s3_bucket" "b1835" {
  bucket = "bucket-1835"
}
resource "aws_s3_bucket" "b1836" {
  bucket = "bucket-1836"
}
resource "aws_s3_bucket" "b1837" {
  bucket = "bucket-1837"
}
resource "aws_s3_bucket" "b1838" {
  bucket = "bucket-1838"
}
resource "aws_s3_bucket" "b1839" {
  bucket = "bucket-1839"
}
resource "aws_s3_bucket" "b1840" {
  bucket = "bucket-1840"
}
resource "aws_s3_bucket" "b1841" {
  bucket = "bucket-1841"
}
resource "aws_s3_bucket" "b1842" {
  bucket = "bucket-1842"
}
resource "aws_s3_bucket" "b1843" {
  bucket = "bucket-1843"
}
resource "aws_s3_bucket" "b1844" {
  bucket = "bucket-1844"
}
resource "aws_s3_bucket" "b1845" {
  bucket = "bucket-1845"
}
resource "aws_s3_bucket" "b1846" {
  bucket = "bucket-1846"
}
resource "aws_s3_bucket" "b1847" {
  bucket = "bucket-1847"
}
resource "aws_s3_bucket" "b1848" {
  bucket = "bucket-1848"
}
resource "aws_s3_bucket" "b1849" {
  bucket = "bucket-1849"
}
resource "aws_s3_bucket" "b1850" {
  bucket = "bucket-1850"
}
resource "aws_s3_bucket" "b1851" {
  bucket = "bucket-1851"
}
resource "aws_s3_bucket" "b1852" {
  bucket = "bucket-1852"
}
resource "aws_s3_bucket" "b1853" {
  bucket = "bucket-1853"
}
resource "aws_s3_bucket" "b1854" {
  bucket = "bucket-1854"
}
resource "aws_s3_bucket" "b1855" {
  bucket = "bucket-1855"
}
resource "aws_s3_bucket" "b1856" {
  bucket = "bucket-1856"
}
resource "aws_s3_bucket" "b1857" {
  bucket = "bucket-1857"
}
resource "aws_s3_bucket" "b1858" {
  bucket = "bucket-1858"
}
resource "aws_s3_bucket" "b1859" {
  bucket = "bucket-1859"
}
resource "aws_s3_bucket" "b1860" {
  bucket = "bucket-1860"
}
resource "aws_s3_bucket" "b1861" {
  bucket = "bucket-1861"
}
resource "aws_s3_bucket" "b1862" {
  bucket = "bucket-1862"
}
resource "aws_s3_bucket" "b1863" {
  bucket = "bucket-1863"
}
resource "aws_s3_bucket" "b1864" {
  bucket = "bucket-1864"
}
resource "aws_s3_bucket" "b1865" {
  bucket = "bucket-1865"
}
resource "aws_s3_bucket" "b1866" {
  bucket = "bucket-1866"
}
resource "aws_s3_bucket" "b1867" {
  bucket = "bucket-1867"
}
resource "aws_s3_bucket" "b1868" {
  bucket = "bucket-1868"
}
resource "aws_s3_bucket" "b1869" {
  bucket = "bucket-1869"
}
resource "aws_s3_bucket" "b1870" {
  bucket = "bucket-1870"
}
resource "aws_s3_bucket" "b1871" {
  bucket = "bucket-1871"
}
resource "aws_s3_bucket" "b1872" {
  bucket = "bucket-1872"
}
resource "aws_s3_bucket" "b1873" {
  bucket = "bucket-1873"
}
resource "aws_s3_bucket" "b1874" {
  bucket = "bucket-1874"
}
resource "aws_s3_bucket" "b1875" {
  bucket = "bucket-1875"
}
resource "aws_s3_bucket" "b1876" {
  bucket = "bucket-1876"
}
resource "aws_s3_bucket" "b1877" {
  bucket = "bucket-1877"
}
resource "aws_s3_bucket" "b1878" {
  bucket = "bucket-1878"
}
resource "aws_s3_bucket" "b1879" {
  bucket = "bucket-1879"
}
resource "aws_s3_bucket" "b1880" {
  bucket = "bucket-1880"
}
resource "aws_s3_bucket" "b1881" {
  bucket = "bucket-1881"
}
resource "aws_s3_bucket" "b1882" {
  bucket = "bucket-1882"
}
resource "aws_s3_bucket" "b1883" {
  bucket = "bucket-1883"
}
resource "aws_s3_bucket" "b1884" {
  bucket = "bucket-1884"
}
resource "aws_s3_bucket" "b1885" {
  bucket = "bucket-1885"
}
resource "aws_s3_bucket" "b1886" {
  bucket = "bucket-1886"
}
resource "aws_s3_bucket" "b1887" {
  bucket = "bucket-1887"
}
resource "aws_s3_bucket" "b1888" {
  bucket = "bucket-1888"
}
resource "aws_s3_bucket" "b1889" {
  bucket = "bucket-1889"
}
resource "aws_s3_bucket" "b1890" {
  bucket = "bucket-1890"
}
resource "aws_s3_bucket" "b1891" {
  bucket = "bucket-1891"
}
resource "aws_s3_bucket" "b1892" {
  bucket = "bucket-1892"
}
resource "aws_s3_bucket" "b1893" {
  bucket = "bucket-1893"
}
resource "aws_s3_bucket" "b1894" {
  bucket = "bucket-1894"
}
resource "aws_s3_bucket" "b1895" {
  bucket = "bucket-1895"
}
resource "aws_s3_bucket" "b1896" {
  bucket = "bucket-1896"
}
resource "aws_s3_bucket" "b1897" {
  bucket = "bucket-1897"
}
resource "aws_s3_bucket" "b1898" {
  bucket = "bucket-1898"
}
resource "aws_s3_bucket" "b1899" {
  bucket = "bucket-1899"
}
resource "aws_s3_bucket" "b1900" {
  bucket = "bucket-1900"
}
resource "aws_s3_bucket" "b1901" {
  bucket = "bucket-1901"
}
resource "aws_s3_bucket" "b1902" {
  bucket = "bucket-1902"
}
resource "aws_s3_bucket" "b1903" {
  bucket = "bucket-1903"
}
resource "aws_s3_bucket" "b1904" {
  bucket = "bucket-1904"
}
resource "aws_s3_bucket" "b1905" {
  bucket = "bucket-1905"
}
resource "aws_s3_bucket" "b1906" {
  bucket = "bucket-1906"
}
resource "aws_s3_bucket" "b1907" {
  bucket = "bucket-1907"
}
resource "aws_s3_bucket" "b1908" {
  bucket = "bucket-1908"
}
resource "aws_s3_bucket" "b1909" {
  bucket = "bucket-1909"
}
resource "aws_s3_bucket" "b1910" {
  bucket = "bucket-1910"
}
resource "aws_s3_bucket" "b1911" {
  bucket = "bucket-1911"
}
resource "aws_s3_bucket" "b1912" {
  bucket = "bucket-1912"
}
resource "aws_s3_bucket" "b1913" {
  bucket = "bucket-1913"
}
resource "aws_s3_bucket" "b1914" {
  bucket = "bucket-1914"
}
resource "aws_s3_bucket" "b1915" {
  bucket = "bucket-1915"
}
resource "aws_s3_bucket" "b1916" {
  bucket = "bucket-1916"
}
resource "aws_s3_bucket" "b1917" {
  bucket = "bucket-1917"
}
resource "aws_s3_bucket" "b1918" {
  bucket = "bucket-1918"
}
resource "aws_s3_bucket" "b1919" {
  bucket = "bucket-1919"
}
resource "aws_s3_bucket" "b1920" {
  bucket = "bucket-1920"
}
resource "aws_s3_bucket" "b1921" {
  bucket = "bucket-1921"
}
resource "aws_s3_bucket" "b1922" {
  bucket = "bucket-1922"
}
resource "aws_s3_bucket" "b1923" {
  bucket = "bucket-1923"
}
resource "aws_s3_bucket" "b1924" {
  bucket = "bucket-1924"
}
resource "aws_s3_bucket" "b1925" {
  bucket = "bucket-1925"
}
resource "aws_s3_bucket" "b1926" {
  bucket = "bucket-1926"
}
resource "aws_s3_bucket" "b1927" {
  bucket = "bucket-1927"
}
resource "aws_s3_bucket" "b1928" {
  bucket = "bucket-1928"
}
resource "aws_s3_bucket" "b1929" {
  bucket = "bucket-1929"
}
resource "aws_s3_bucket" "b1930" {
  bucket = "bucket-1930"
}
resource "aws_s3_bucket" "b1931" {
  bucket = "bucket-1931"
}
resource "aws_s3_bucket" "b1932" {
  bucket = "bucket-1932"
}
resource "aws_s3_bucket" "b1933" {
  bucket = "bucket-1933"
}
resource "aws_s3_bucket" "b1934" {
  bucket = "bucket-1934"
}
resource "aws_s3_bucket" "b1935" {
  bucket = "bucket-1935"
}
resource "aws_s3_bucket" "b1936" {
  bucket = "bucket-1936"
}
resource "aws_s3_bucket" "b1937" {
  bucket = "bucket-1937"
}
resource "aws_s3_bucket" "b1938" {
  bucket = "bucket-1938"
}
resource "aws_s3_bucket" "b1939" {
  bucket = "bucket-1939"
}
resource "aws_s3_bucket" "b1940" {
  bucket = "bucket-1940"
}
resource "aws_s3_bucket" "b1941" {
  bucket = "bucket-1941"
}
resource "aws_s3_bucket" "b1942" {
  bucket = "bucket-1942"
}
resource "aws_s3_bucket" "b1943" {
  bucket = "bucket-1943"
}
resource "aws_s3_bucket" "b1944" {
  bucket = "bucket-1944"
}
resource "aws_s3_bucket" "b1945" {
  bucket = "bucket-1945"
}
resource "aws_s3_bucket" "b1946" {
  bucket = "bucket-1946"
}
resource "aws_s3_bucket" "b1947" {
  bucket = "bucket-1947"
}
resource "aws_s3_bucket" "b1948" {
  bucket = "bucket-1948"
}
resource "aws_s3_bucket" "b1949" {
  bucket = "bucket-1949"
}
resource "aws_s3_bucket" "b1950" {
  bucket = "bucket-1950"
}
resource "aws_s3_bucket" "b1951" {
  bucket = "bucket-1951"
}
resource "aws_s3_bucket" "b1952" {
  bucket = "bucket-1952"
}
resource "aws_s3_bucket" "b1953" {
  bucket = "bucket-1953"
}
resource "aws_s3_bucket" "b1954" {
  bucket = "bucket-1954"
}
resource "aws_s3_bucket" "b1955" {
  bucket = "bucket-1955"
}
resource "aws_s3_bucket" "b1956" {
  bucket = "bucket-1956"
}
resource "aws_s3_bucket" "b1957" {
  bucket = "bucket-1957"
}
resource "aws_s3_bucket" "b1958" {
  bucket = "bucket-1958"
}
resource "aws_s3_bucket" "b1959" {
  bucket = "bucket-1959"
}
resource "aws_s3_bucket" "b1960" {
  bucket = "bucket-1960"
}
resource "aws_s3_bucket" "b1961" {
  bucket = "bucket-1961"
}
resource "aws_s3_bucket" "b1962" {
  bucket = "bucket-1962"
}
resource "aws_s3_bucket" "b1963" {
  bucket = "bucket-1963"
}
resource "aws_s3_bucket" "b1964" {
  bucket = "bucket-1964"
}
resource "aws_s3_bucket" "b1965" {
  bucket = "bucket-1965"
}
resource "aws_s3_bucket" "b1966" {
  bucket = "bucket-1966"
}
resource "aws_s3_bucket" "b1967" {
  bucket = "bucket-1967"
}
resource "aws_s3_bucket" "b1968" {
  bucket = "bucket-1968"
}
resource "aws_s3_bucket" "b1969" {
  bucket = "bucket-1969"
}
resource "aws_s3_bucket" "b1970" {
  bucket = "bucket-1970"
}
resource "aws_s3_bucket" "b1971" {
  bucket = "bucket-1971"
}
resource "aws_s3_bucket" "b1972" {
  bucket = "bucket-1972"
}
resource "aws_s3_bucket" "b1973" {
  bucket = "bucket-1973"
}
resource "aws_s3_bucket" "b1974" {
  bucket = "bucket-1974"
}
resource "aws_s3_bucket" "b1975" {
  bucket = "bucket-1975"
}
resource "aws_s3_bucket" "b1976" {
  bucket = "bucket-1976"
}
resource "aws_s3_bucket" "b1977" {
  bucket = "bucket-1977"
}
resource "aws_s3_bucket" "b1978" {
  bucket = "bucket-1978"
}
resource "aws_s3_bucket" "b1979" {
  bucket = "bucket-1979"
}
resource "aws_s3_bucket" "b1980" {
  bucket = "bucket-1980"
}
resource "aws_s3_bucket" "b1981" {
  bucket = "bucket-1981"
}
resource "aws_s3_bucket" "b1982" {
  bucket = "bucket-1982"
}
resource "aws_s3_bucket" "b1983" {
  bucket = "bucket-1983"
}
resource "aws_s3_bucket" "b1984" {
  bucket = "bucket-1984"
}
resource "aws_s3_bucket" "b1985" {
  bucket = "bucket-1985"
}
resource "aws_s3_bucket" "b1986" {
  bucket = "bucket-1986"
}
resource "aws_s3_bucket" "b1987" {
  bucket = "bucket-1987"
}
resource "aws_s3_bucket" "b1988" {
  bucket = "bucket-1988"
}
resource "aws_s3_bucket" "b1989" {
  bucket = "bucket-1989"
}
resource "aws_s3_bucket" "b1990" {
  bucket = "bucket-1990"
}
resource "aws_s3_bucket" "b1991" {
  bucket = "bucket-1991"
}
resource "aws_s3_bucket" "b1992" {
  bucket = "bucket-1992"
}
resource "aws_s3_bucket" "b1993" {
  bucket = "bucket-1993"
}
resource "aws_s3_bucket" "b1994" {
  bucket = "bucket-1994"
}
resource "aws_s3_bucket" "b1995" {
  bucket = "bucket-1995"
}
resource "aws_s3_bucket" "b1996" {
  bucket = "bucket-1996"
}
resource "aws_s3_bucket" "b1997" {
  bucket = "bucket-1997"
}
resource "aws_s3_bucket" "b1998" {
  bucket = "bucket-1998"
}
resource "aws_s3_bucket" "b1999" {
  bucket = "bucket-1999"
}
resource "aws_s3_bucket" "b2000" {
  bucket = "bucket-2000"
}
resource "aws_s3_bucket" "b2001" {
  bucket = "bucket-2001"
}
resource "aws_s3_bucket" "b2002" {
  bucket = "bucket-2002"
}
resource "aws_s3_bucket" "b2003" {
  bucket = "bucket-2003"
}
resource "aws_s3_bucket" "b2004" {
  bucket = "bucket-2004"
}
resource "aws_s3_bucket" "b2005" {
  bucket = "bucket-2005"
}
resource "aws_s3_bucket" "b2006" {
  bucket = "bucket-2006"
}
resource "aws_s3_bucket" "b2007" {
  bucket = "bucket-2007"
}
resource "aws_s3_bucket" "b2008" {
  bucket = "bucket-2008"
}
resource "aws_s3_bucket" "b2009" {
  bucket = "bucket-2009"
}
resource "aws_s3_bucket" "b2010" {
  bucket = "bucket-2010"
}
resource "aws_s3_bucket" "b2011" {
  bucket = "bucket-2011"
}
resource "aws_s3_bucket" "b2012" {
  bucket = "bucket-2012"
}
resource "aws_s3_bucket" "b2013" {
  bucket = "bucket-2013"
}
resource "aws_s3_bucket" "b2014" {
  bucket = "bucket-2014"
}
resource "aws_s3_bucket" "b2015" {
  bucket = "bucket-2015"
}
resource "aws_s3_bucket" "b2016" {
  bucket = "bucket-2016"
}
resource "aws_s3_bucket" "b2017" {
  bucket = "bucket-2017"
}
resource "aws_s3_bucket" "b2018" {
  bucket = "bucket-2018"
}
resource "aws_s3_bucket" "b2019" {
  bucket = "bucket-2019"
}
resource "aws_s3_bucket" "b2020" {
  bucket = "bucket-2020"
}
resource "aws_s3_bucket" "b2021" {
  bucket = "bucket-2021"
}
resource "aws_s3_bucket" "b2022" {
  bucket = "bucket-2022"
}
resource "aws_s3_bucket" "b2023" {
  bucket = "bucket-2023"
}
resource "aws_s3_bucket" "b2024" {
  bucket = "bucket-2024"
}
resource "aws_s3_bucket" "b2025" {
  bucket = "bucket-2025"
}
resource "aws_s3_bucket" "b2026" {
  bucket = "bucket-2026"
}
resource "aws_s3_bucket" "b2027" {
  bucket = "bucket-2027"
}
resource "aws_s3_bucket" "b2028" {
  bucket = "bucket-2028"
}
resource "aws_s3_bucket" "b2029" {
  bucket = "bucket-2029"
}
resource "aws_s3_bucket" "b2030" {
  bucket = "bucket-2030"
}
resource "aws_s3_bucket" "b2031" {
  bucket = "bucket-2031"
}
resource "aws_s3_bucket" "b2032" {
  bucket = "bucket-2032"
}
resource "aws_s3_bucket" "b2033" {
  bucket = "bucket-2033"
}
resource "aws_s3_bucket" "b2034" {
  bucket = "bucket-2034"
}
resource "aws_s3_bucket" "b2035" {
  bucket = "bucket-2035"
}
resource "aws_s3_bucket" "b2036" {
  bucket = "bucket-2036"
}
resource "aws_s3_bucket" "b2037" {
  bucket = "bucket-2037"
}
resource "aws_s3_bucket" "b2038" {
  bucket = "bucket-2038"
}
resource "aws_s3_bucket" "b2039" {
  bucket = "bucket-2039"
}
resource "aws_s3_bucket" "b2040" {
  bucket = "bucket-2040"
}
resource "aws_s3_bucket" "b2041" {
  bucket = "bucket-2041"
}
resource "aws_s3_bucket" "b2042" {
  bucket = "bucket-2042"
}
resource "aws_s3_bucket" "b2043" {
  bucket = "bucket-2043"
}
resource "aws_s3_bucket" "b2044" {
  bucket = "bucket-2044"
}
resource "aws_s3_bucket" "b2045" {
  bucket = "bucket-2045"
}
resource "aws_s3_bucket" "b2046" {
  bucket = "bucket-2046"
}
resource "aws_s3_bucket" "b2047" {
  bucket = "bucket-2047"
}
resource "aws_s3_bucket" "b2048" {
  bucket = "bucket-2048"
}
resource "aws_s3_bucket" "b2049" {
  bucket = "bucket-2049"
}
resource "aws_s3_bucket" "b2050" {
  bucket = "bucket-2050"
}
resource "aws_s3_bucket" "b2051" {
  bucket = "bucket-2051"
}
resource "aws_s3_bucket" "b2052" {
  bucket = "bucket-2052"
}
resource "aws_s3_bucket" "b2053" {
  bucket = "bucket-2053"
}
resource "aws_s3_bucket" "b2054" {
  bucket = "bucket-2054"
}
resource "aws_s3_bucket" "b2055" {
  bucket = "bucket-2055"
}
resource "aws_s3_bucket" "b2056" {
  bucket = "bucket-2056"
}
resource "aws_s3_bucket" "b2057" {
  bucket = "bucket-2057"
}
resource "aws_s3_bucket" "b2058" {
  bucket = "bucket-2058"
}
resource "aws_s3_bucket" "b2059" {
  bucket = "bucket-2059"
}
resource "aws_s3_bucket" "b2060" {
  bucket = "bucket-2060"
}
resource "aws_s3_bucket" "b2061" {
  bucket = "bucket-2061"
}
resource "aws_s3_bucket" "b2062" {
  bucket = "bucket-2062"
}
resource "aws_s3_bucket" "b2063" {
  bucket = "bucket-2063"
}
resource "aws_s3_bucket" "b2064" {
  bucket = "bucket-2064"
}
resource "aws_s3_bucket" "b2065" {
  bucket = "bucket-2065"
}
resource "aws_s3_bucket" "b2066" {
  bucket = "bucket-2066"
}
resource "aws_s3_bucket" "b2067" {
  bucket = "bucket-2067"
}
resource "aws_s3_bucket" "b2068" {
  bucket = "bucket-2068"
}
resource "aws_s3_bucket" "b2069" {
  bucket = "bucket-2069"
}
resource "aws_s3_bucket" "b2070" {
  bucket = "bucket-2070"
}
resource "aws_s3_bucket" "b2071" {
  bucket = "bucket-2071"
}
resource "aws_s3_bucket" "b2072" {
  bucket = "bucket-2072"
}
resource "aws_s3_bucket" "b2073" {
  bucket = "bucket-2073"
}
resource "aws_s3_bucket" "b2074" {
  bucket = "bucket-2074"
}
resource "aws_s3_bucket" "b2075" {
  bucket = "bucket-2075"
}
resource "aws_s3_bucket" "b2076" {
  bucket = "bucket-2076"
}
resource "aws_s3_bucket" "b2077" {
  bucket = "bucket-2077"
}
resource "aws_s3_bucket" "b2078" {
  bucket = "bucket-2078"
}
resource "aws_s3_bucket" "b2079" {
  bucket = "bucket-2079"
}
resource "aws_s3_bucket" "b2080" {
  bucket = "bucket-2080"
}
resource "aws_s3_bucket" "b2081" {
  bucket = "bucket-2081"
}
resource "aws_s3_bucket" "b2082" {
  bucket = "bucket-2082"
}
resource "aws_s3_bucket" "b2083" {
  bucket = "bucket-2083"
}
resource "aws_s3_bucket" "b2084" {
  bucket = "bucket-2084"
}
resource "aws_s3_bucket" "b2085" {
  bucket = "bucket-2085"
}
resource "aws_s3_bucket" "b2086" {
  bucket = "bucket-2086"
}
resource "aws_s3_bucket" "b2087" {
  bucket = "bucket-2087"
}
resource "aws_s3_bucket" "b2088" {
  bucket = "bucket-2088"
}
resource "aws_s3_bucket" "b2089" {
  bucket = "bucket-2089"
}
resource "aws_s3_bucket" "b2090" {
  bucket = "bucket-2090"
}
resource "aws_s3_bucket" "b2091" {
  bucket = "bucket-2091"
}
resource "aws_s3_bucket" "b2092" {
  bucket = "bucket-2092"
}
resource "aws_s3_bucket" "b2093" {
  bucket = "bucket-2093"
}
resource "aws_s3_bucket" "b2094" {
  bucket = "bucket-2094"
}
resource "aws_s3_bucket" "b2095" {
  bucket = "bucket-2095"
}
resource "aws_s3_bucket" "b2096" {
  bucket = "bucket-2096"
}
resource "aws_s3_bucket" "b2097" {
  bucket = "bucket-2097"
}
resource "aws_s3_bucket" "b2098" {
  bucket = "bucket-2098"
}
resource "aws_s3_bucket" "b2099" {
  bucket = "bucket-2099"
}
resource "aws_s3_bucket" "b2100" {
  bucket = "bucket-2100"
}
resource "aws_s3_bucket" "b2101" {
  bucket = "bucket-2101"
}
resource "aws_s3_bucket" "b2102" {
  bucket = "bucket-2102"
}
resource "aws_s3_bucket" "b2103" {
  bucket = "bucket-2103"
}
resource "aws_s3_bucket" "b2104" {
  bucket = "bucket-2104"
}
resource "aws_s3_bucket" "b2105" {
  bucket = "bucket-2105"
}
resource "aws_s3_bucket" "b2106" {
  bucket = "bucket-2106"
}
resource "aws_s3_bucket" "b2107" {
  bucket = "bucket-2107"
}
resource "aws_s3_bucket" "b2108" {
  bucket = "bucket-2108"
}
resource "aws_s3_bucket" "b2109" {
  bucket = "bucket-2109"
}
resource "aws_s3_bucket" "b2110" {
  bucket = "bucket-2110"
}
resource "aws_s3_bucket" "b2111" {
  bucket = "bucket-2111"
}
resource "aws_s3_bucket" "b2112" {
  bucket = "bucket-2112"
}
resource "aws_s3_bucket" "b2113" {
  bucket = "bucket-2113"
}
resource "aws_s3_bucket" "b2114" {
  bucket = "bucket-2114"
}
resource "aws_s3_bucket" "b2115" {
  bucket = "bucket-2115"
}
resource "aws_s3_bucket" "b2116" {
  bucket = "bucket-2116"
}
resource "aws_s3_bucket" "b2117" {
  bucket = "bucket-2117"
}
resource "aws_s3_bucket" "b2118" {
  bucket = "bucket-2118"
}
resource "aws_s3_bucket" "b2119" {
  bucket = "bucket-2119"
}
resource "aws_s3_bucket" "b2120" {
  bucket = "bucket-2120"
}
resource "aws_s3_bucket" "b2121" {
  bucket = "bucket-2121"
}
resource "aws_s3_bucket" "b2122" {
  bucket = "bucket-2122"
}
resource "aws_s3_bucket" "b2123" {
  bucket = "bucket-2123"
}
resource "aws_s3_bucket" "b2124" {
  bucket = "bucket-2124"
}
resource "aws_s3_bucket" "b2125" {
  bucket = "bucket-2125"
}
resource "aws_s3_bucket" "b2126" {
  bucket = "bucket-2126"
}
resource "aws_s3_bucket" "b2127" {
  bucket = "bucket-2127"
}
resource "aws_s3_bucket" "b2128" {
  bucket = "bucket-2128"
}
resource "aws_s3_bucket" "b2129" {
  bucket = "bucket-2129"
}
resource "aws_s3_bucket" "b2130" {
  bucket = "bucket-2130"
}
resource "aws_s3_bucket" "b2131" {
  bucket = "bucket-2131"
}
resource "aws_s3_bucket" "b2132" {
  bucket = "bucket-2132"
}
resource "aws_s3_bucket" "b2133" {
  bucket = "bucket-2133"
}
resource "aws_s3_bucket" "b2134" {
  bucket = "bucket-2134"
}
resource "aws_s3_bucket" "b2135" {
  bucket = "bucket-2135"
}
resource "aws_s3_bucket" "b2136" {
  bucket = "bucket-2136"
}
resource "aws_s3_bucket" "b2137" {
  bucket = "bucket-2137"
}
resource "aws_s3_bucket" "b2138" {
  bucket = "bucket-2138"
}
resource "aws_s3_bucket" "b2139" {
  bucket = "bucket-2139"
}
resource "aws_s3_bucket" "b2140" {
  bucket = "bucket-2140"
}
resource "aws_s3_bucket" "b2141" {
  bucket = "bucket-2141"
}
resource "aws_s3_bucket" "b2142" {
  bucket = "bucket-2142"
}
resource "aws_s3_bucket" "b2143" {
  bucket = "bucket-2143"
}
resource "aws_s3_bucket" "b2144" {
  bucket = "bucket-2144"
}
resource "aws_s3_bucket" "b2145" {
  bucket = "bucket-2145"
}
resource "aws_s3_bucket" "b2146" {
  bucket = "bucket-2146"
}
resource "aws_s3_bucket" "b2147" {
  bucket = "bucket-2147"
}
resource "aws_s3_bucket" "b2148" {
  bucket = "bucket-2148"
}
resource "aws_s3_bucket" "b2149" {
  bucket = "bucket-2149"
}
resource "aws_s3_bucket" "b2150" {
  bucket = "bucket-2150"
}
resource "aws_s3_bucket" "b2151" {
  bucket = "bucket-2151"
}
resource "aws_s3_bucket" "b2152" {
  bucket = "bucket-2152"
}
resource "aws_s3_bucket" "b2153" {
  bucket = "bucket-2153"
}
resource "aws_s3_bucket" "b2154" {
  bucket = "bucket-2154"
}
resource "aws_s3_bucket" "b2155" {
  bucket = "bucket-2155"
}
resource "aws_s3_bucket" "b2156" {
  bucket = "bucket-2156"
}
resource "aws_s3_bucket" "b2157" {
  bucket = "bucket-2157"
}
resource "aws_s3_bucket" "b2158" {
  bucket = "bucket-2158"
}
resource "aws_s3_bucket" "b2159" {
  bucket = "bucket-2159"
}
resource "aws_s3_bucket" "b2160" {
  bucket = "bucket-2160"
}
resource "aws_s3_bucket" "b2161" {
  bucket = "bucket-2161"
}
resource "aws_s3_bucket" "b2162" {
  bucket = "bucket-2162"
}
resource "aws_s3_bucket" "b2163" {
  bucket = "bucket-2163"
}
resource "aws_s3_bucket" "b2164" {
  bucket = "bucket-2164"
}
resource "aws_s3_bucket" "b2165" {
  bucket = "bucket-2165"
}
resource "aws_s3_bucket" "b2166" {
  bucket = "bucket-2166"
}
resource "aws_s3_bucket" "b2167" {
  bucket = "bucket-2167"
}
resource "aws_s3_bucket" "b2168" {
  bucket = "bucket-2168"
}
resource "aws_s3_bucket" "b2169" {
  bucket = "bucket-2169"
}
resource "aws_s3_bucket" "b2170" {
  bucket = "bucket-2170"
}
resource "aws_s3_bucket" "b2171" {
  bucket = "bucket-2171"
}
resource "aws_s3_bucket" "b2172" {
  bucket = "bucket-2172"
}
resource "aws_s3_bucket" "b2173" {
  bucket = "bucket-2173"
}
resource "aws_s3_bucket" "b2174" {
  bucket = "bucket-2174"
}
resource "aws_s3_bucket" "b2175" {
  bucket = "bucket-2175"
}
resource "aws_s3_bucket" "b2176" {
  bucket = "bucket-2176"
}
resource "aws_s3_bucket" "b2177" {
  bucket = "bucket-2177"
}
resource "aws_s3_bucket" "b2178" {
  bucket = "bucket-2178"
}
resource "aws_s3_bucket" "b2179" {
  bucket = "bucket-2179"
}
resource "aws_s3_bucket" "b2180" {
  bucket = "bucket-2180"
}
resource "aws_s3_bucket" "b2181" {
  bucket = "bucket-2181"
}
resource "aws_s3_bucket" "b2182" {
  bucket = "bucket-2182"
}
resource "aws_s3_bucket" "b2183" {
  bucket = "bucket-2183"
}
resource "aws_s3_bucket" "b2184" {
  bucket = "bucket-2184"
}
resource "aws_s3_bucket" "b2185" {
  bucket = "bucket-2185"
}
resource "aws_s3_bucket" "b2186" {
  bucket = "bucket-2186"
}
resource "aws_s3_bucket" "b2187" {
  bucket = "bucket-2187"
}
resource "aws_s3_bucket" "b2188" {
  bucket = "bucket-2188"
}
resource "aws_s3_bucket" "b2189" {
  bucket = "bucket-2189"
}
resource "aws_s3_bucket" "b2190" {
  bucket = "bucket-2190"
}
resource "aws_s3_bucket" "b2191" {
  bucket = "bucket-2191"
}
resource "aws_s3_bucket" "b2192" {
  bucket = "bucket-2192"
}
resource "aws_s3_bucket" "b2193" {
  bucket = "bucket-2193"
}
resource "aws_s3_bucket" "b2194" {
  bucket = "bucket-2194"
}
resource "aws_s3_bucket" "b2195" {
  bucket = "bucket-2195"
}
resource "aws_s3_bucket" "b2196" {
  bucket = "bucket-2196"
}
resource "aws_s3_bucket" "b2197" {
  bucket = "bucket-2197"
}
resource "aws_s3_bucket" "b2198" {
  bucket = "bucket-2198"
}
resource "aws_s3_bucket" "b2199" {
  bucket = "bucket-2199"
}
resource "aws_s3_bucket" "b2200" {
  bucket = "bucket-2200"
}
resource "aws_s3_bucket" "b2201" {
  bucket = "bucket-2201"
}
resource "aws_s3_bucket" "b2202" {
  bucket = "bucket-2202"
}
resource "aws_s3_bucket" "b2203" {
  bucket = "bucket-2203"
}
resource "aws_s3_bucket" "b2204" {
  bucket = "bucket-2204"
}
resource "aws_s3_bucket" "b2205" {
  bucket = "bucket-2205"
}
resource "aws_s3_bucket" "b2206" {
  bucket = "bucket-2206"
}
resource "aws_s3_bucket" "b2207" {
  bucket = "bucket-2207"
}
resource "aws_s3_bucket" "b2208" {
  bucket = "bucket-2208"
}
resource "aws_s3_bucket" "b2209" {
  bucket = "bucket-2209"
}
resource "aws_s3_bucket" "b2210" {
  bucket = "bucket-2210"
}
resource "aws_s3_bucket" "b2211" {
  bucket = "bucket-2211"
}
resource "aws_s3_bucket" "b2212" {
  bucket = "bucket-2212"
}
resource "aws_s3_bucket" "b2213" {
  bucket = "bucket-2213"
}
resource "aws_s3_bucket" "b2214" {
  bucket = "bucket-2214"
}
resource "aws_s3_bucket" "b2215" {
  bucket = "bucket-2215"
}
resource "aws_s3_bucket" "b2216" {
  bucket = "bucket-2216"
}
resource "aws_s3_bucket" "b2217" {
  bucket = "bucket-2217"
}
resource "aws_s3_bucket" "b2218" {
  bucket = "bucket-2218"
}
resource "aws_s3_bucket" "b2219" {
  bucket = "bucket-2219"
}
resource "aws_s3_bucket" "b2220" {
  bucket = "bucket-2220"
}
resource "aws_s3_bucket" "b2221" {
  bucket = "bucket-2221"
}
resource "aws_s3_bucket" "b2222" {
  bucket = "bucket-2222"
}
resource "aws_s3_bucket" "b2223" {
  bucket = "bucket-2223"
}
resource "aws_s3_bucket" "b2224" {
  bucket = "bucket-2224"
}
resource "aws_s3_bucket" "b2225" {
  bucket = "bucket-2225"
}
resource "aws_s3_bucket" "b2226" {
  bucket = "bucket-2226"
}
resource "aws_s3_bucket" "b2227" {
  bucket = "bucket-2227"
}
resource "aws_s3_bucket" "b2228" {
  bucket = "bucket-2228"
}
resource "aws_s3_bucket" "b2229" {
  bucket = "bucket-2229"
}
resource "aws_s3_bucket" "b2230" {
  bucket = "bucket-2230"
}
resource "aws_s3_bucket" "b2231" {
  bucket = "bucket-2231"
}
resource "aws_s3_bucket" "b2232" {
  bucket = "bucket-2232"
}
resource "aws_s3_bucket" "b2233" {
  bucket = "bucket-2233"
}
resource "aws_s3_bucket" "b2234" {
  bucket = "bucket-2234"
}
resource "aws_s3_bucket" "b2235" {
  bucket = "bucket-2235"
}
resource "aws_s3_bucket" "b2236" {
  bucket = "bucket-2236"
}
resource "aws_s3_bucket" "b2237" {
  bucket = "bucket-2237"
}
resource "aws_s3_bucket" "b2238" {
  bucket = "bucket-2238"
}
resource "aws_s3_bucket" "b2239" {
  bucket = "bucket-2239"
}
resource "aws_s3_bucket" "b2240" {
  bucket = "bucket-2240"
}
resource "aws_s3_bucket" "b2241" {
  bucket = "bucket-2241"
}
resource "aws_s3_bucket" "b2242" {
  bucket = "bucket-2242"
}
resource "aws_s3_bucket" "b2243" {
  bucket = "bucket-2243"
}
resource "aws_s3_bucket" "b2244" {
  bucket = "bucket-2244"
}
resource "aws_s3_bucket" "b2245" {
  bucket = "bucket-2245"
}
resource "aws_s3_bucket" "b2246" {
  bucket = "bucket-2246"
}
resource "aws_s3_bucket" "b2247" {
  bucket = "bucket-2247"
}
resource "aws_s3_bucket" "b2248" {
  bucket = "bucket-2248"
}
resource "aws_s3_bucket" "b2249" {
  bucket = "bucket-2249"
}
resource "aws_s3_bucket" "b2250" {
  bucket = "bucket-2250"
}
resource "aws_s3_bucket" "b2251" {
  bucket = "bucket-2251"
}
resource "aws_s3_bucket" "b2252" {
  bucket = "bucket-2252"
}
resource "aws_s3_bucket" "b2253" {
  bucket = "bucket-2253"
}
resource "aws_s3_bucket" "b2254" {
  bucket = "bucket-2254"
}
resource "aws_s3_bucket" "b2255" {
  bucket = "bucket-2255"
}
resource "aws_s3_bucket" "b2256" {
  bucket = "bucket-2256"
}
resource "aws_s3_bucket" "b2257" {
  bucket = "bucket-2257"
}
resource "aws_s3_bucket" "b2258" {
  bucket = "bucket-2258"
}
resource "aws_s3_bucket" "b2259" {
  bucket = "bucket-2259"
}
resource "aws_s3_bucket" "b2260" {
  bucket = "bucket-2260"
}
resource "aws_s3_bucket" "b2261" {
  bucket = "bucket-2261"
}
resource "aws_s3_bucket" "b2262" {
  bucket = "bucket-2262"
}
resource "aws_s3_bucket" "b2263" {
  bucket = "bucket-2263"
}
resource "aws_s3_bucket" "b2264" {
  bucket = "bucket-2264"
}
resource "aws_s3_bucket" "b2265" {
  bucket = "bucket-2265"
}
resource "aws_s3_bucket" "b2266" {
  bucket = "bucket-2266"
}
resource "aws_s3_bucket" "b2267" {
  bucket = "bucket-2267"
}
resource "aws_s3_bucket" "b2268" {
  bucket = "bucket-2268"
}
resource "aws_s3_bucket" "b2269" {
  bucket = "bucket-2269"
}
resource "aws_s3_bucket" "b2270" {
  bucket = "bucket-2270"
}
resource "aws_s3_bucket" "b2271" {
  bucket = "bucket-2271"
}
resource "aws_s3_bucket" "b2272" {
  bucket = "bucket-2272"
}
resource "aws_s3_bucket" "b2273" {
  bucket = "bucket-2273"
}
resource "aws_s3_bucket" "b2274" {
  bucket = "bucket-2274"
}
resource "aws_s3_bucket" "b2275" {
  bucket = "bucket-2275"
}
resource "aws_s3_bucket" "b2276" {
  bucket = "bucket-2276"
}
resource "aws_s3_bucket" "b2277" {
  bucket = "bucket-2277"
}
resource "aws_s3_bucket" "b2278" {
  bucket = "bucket-2278"
}
resource "aws_s3_bucket" "b2279" {
  bucket = "bucket-2279"
}
resource "aws_s3_bucket" "b2280" {
  bucket = "bucket-2280"
}
resource "aws_s3_bucket" "b2281" {
  bucket = "bucket-2281"
}
resource "aws_s3_bucket" "b2282" {
  bucket = "bucket-2282"
}
resource "aws_s3_bucket" "b2283" {
  bucket = "bucket-2283"
}
resource "aws_s3_bucket" "b2284" {
  bucket = "bucket-2284"
}
resource "aws_s3_bucket" "b2285" {
  bucket = "bucket-2285"
}
resource "aws_s3_bucket" "b2286" {
  bucket = "bucket-2286"
}
resource "aws_s3_bucket" "b2287" {
  bucket = "bucket-2287"
}
resource "aws_s3_bucket" "b2288" {
  bucket = "bucket-2288"
}
resource "aws_s3_bucket" "b2289" {
  bucket = "bucket-2289"
}
resource "aws_s3_bucket" "b2290" {
  bucket = "bucket-2290"
}
resource "aws_s3_bucket" "b2291" {
  bucket = "bucket-2291"
}
resource "aws_s3_bucket" "b2292" {
  bucket = "bucket-2292"
}
resource "aws_s3_bucket" "b2293" {
  bucket = "bucket-2293"
}
resource "aws_s3_bucket" "b2294" {
  bucket = "bucket-2294"
}
resource "aws_s3_bucket" "b2295" {
  bucket = "bucket-2295"
}
resource "aws_s3_bucket" "b2296" {
  bucket = "bucket-2296"
}
resource "aws_s3_bucket" "b2297" {
  bucket = "bucket-2297"
}
resource "aws_s3_bucket" "b2298" {
  bucket = "bucket-2298"
}
resource "aws_s3_bucket" "b2299" {
  bucket = "bucket-2299"
}
resource "aws_s3_bucket" "b2300" {
  bucket = "bucket-2300"
}
resource "aws_s3_bucket" "b2301" {
  bucket = "bucket-2301"
}
resource "aws_s3_bucket" "b2302" {
  bucket = "bucket-2302"
}
resource "aws_s3_bucket" "b2303" {
  bucket = "bucket-2303"
}
resource "aws_s3_bucket" "b2304" {
  bucket = "bucket-2304"
}
resource "aws_s3_bucket" "b2305" {
  bucket = "bucket-2305"
}
resource "aws_s3_bucket" "b2306" {
  bucket = "bucket-2306"
}
resource "aws_s3_bucket" "b2307" {
  bucket = "bucket-2307"
}
resource "aws_s3_bucket" "b2308" {
  bucket = "bucket-2308"
}
resource "aws_s3_bucket" "b2309" {
  bucket = "bucket-2309"
}
resource "aws_s3_bucket" "b2310" {
  bucket = "bucket-2310"
}
resource "aws_s3_bucket" "b2311" {
  bucket = "bucket-2311"
}
resource "aws_s3_bucket" "b2312" {
  bucket = "bucket-2312"
}
resource "aws_s3_bucket" "b2313" {
  bucket = "bucket-2313"
}
resource "aws_s3_bucket" "b2314" {
  bucket = "bucket-2314"
}
resource "aws_s3_bucket" "b2315" {
  bucket = "bucket-2315"
}
resource "aws_s3_bucket" "b2316" {
  bucket = "bucket-2316"
}
resource "aws_s3_bucket" "b2317" {
  bucket = "bucket-2317"
}
resource "aws_s3_bucket" "b2318" {
  bucket = "bucket-2318"
}
resource "aws_s3_bucket" "b2319" {
  bucket = "bucket-2319"
}
resource "aws_s3_bucket" "b2320" {
  bucket = "bucket-2320"
}
resource "aws_s3_bucket" "b2321" {
  bucket = "bucket-2321"
}
resource "aws_s3_bucket" "b2322" {
  bucket = "bucket-2322"
}
resource "aws_s3_bucket" "b2323" {
  bucket = "bucket-2323"
}
resource "aws_s3_bucket" "b2324" {
  bucket = "bucket-2324"
}
resource "aws_s3_bucket" "b2325" {
  bucket = "bucket-2325"
}
resource "aws_s3_bucket" "b2326" {
  bucket = "bucket-2326"
}
resource "aws_s3_bucket" "b2327" {
  bucket = "bucket-2327"
}
resource "aws_s3_bucket" "b2328" {
  bucket = "bucket-2328"
}
resource "aws_s3_bucket" "b2329" {
  bucket = "bucket-2329"
}
resource "aws_s3_bucket" "b2330" {
  bucket = "bucket-2330"
}
resource "aws_s3_bucket" "b2331" {
  bucket = "bucket-2331"
}
resource "aws_s3_bucket" "b2332" {
  bucket = "bucket-2332"
}
resource "aws_s3_bucket" "b2333" {
  bucket = "bucket-2333"
}
resource "aws_s3_bucket" "b2334" {
  bucket = "bucket-2334"
}
resource "aws_s3_bucket" "b2335" {
  bucket = "bucket-2335"
}
resource "aws_s3_bucket" "b2336" {
  bucket = "bucket-2336"
}
resource "aws_s3_bucket" "b2337" {
  bucket = "bucket-2337"
}
resource "aws_s3_bucket" "b2338" {
  bucket = "bucket-2338"
}
resource "aws_s3_bucket" "b2339" {
  bucket = "bucket-2339"
}
resource "aws_s3_bucket" "b2340" {
  bucket = "bucket-2340"
}
resource "aws_s3_bucket" "b2341" {
  bucket = "bucket-2341"
}
resource "aws_s3_bucket" "b2342" {
  bucket = "bucket-2342"
}
resource "aws_s3_bucket" "b2343" {
  bucket = "bucket-2343"
}
resource "aws_s3_bucket" "b2344" {
  bucket = "bucket-2344"
}
resource "aws_s3_bucket" "b2345" {
  bucket = "bucket-2345"
}
resource "aws_s3_bucket" "b2346" {
  bucket = "bucket-2346"
}
resource "aws_s3_bucket" "b2347" {
  bucket = "bucket-2347"
}
resource "aws_s3_bucket" "b2348" {
  bucket = "bucket-2348"
}
resource "aws_s3_bucket" "b2349" {
  bucket = "bucket-2349"
}
resource "aws_s3_bucket" "b2350" {
  bucket = "bucket-2350"
}
resource "aws_s3_bucket" "b2351" {
  bucket = "bucket-2351"
}
resource "aws_s3_bucket" "b2352" {
  bucket = "bucket-2352"
}
resource "aws_s3_bucket" "b2353" {
  bucket = "bucket-2353"
}
resource "aws_s3_bucket" "b2354" {
  bucket = "bucket-2354"
}
resource "aws_s3_bucket" "b2355" {
  bucket = "bucket-2355"
}
resource "aws_s3_bucket" "b2356" {
  bucket = "bucket-2356"
}
resource "aws_s3_bucket" "b2357" {
  bucket = "bucket-2357"
}
resource "aws_s3_bucket" "b2358" {
  bucket = "bucket-2358"
}
resource "aws_s3_bucket" "b2359" {
  bucket = "bucket-2359"
}
resource "aws_s3_bucket" "b2360" {
  bucket = "bucket-2360"
}
resource "aws_s3_bucket" "b2361" {
  bucket = "bucket-2361"
}
resource "aws_s3_bucket" "b2362" {
  bucket = "bucket-2362"
}
resource "aws_s3_bucket" "b2363" {
  bucket = "bucket-2363"
}
resource "aws_s3_bucket" "b2364" {
  bucket = "bucket-2364"
}
resource "aws_s3_bucket" "b2365" {
  bucket = "bucket-2365"
}
resource "aws_s3_bucket" "b2366" {
  bucket = "bucket-2366"
}
resource "aws_s3_bucket" "b2367" {
  bucket = "bucket-2367"
}
resource "aws_s3_bucket" "b2368" {
  bucket = "bucket-2368"
}
resource "aws_s3_bucket" "b2369" {
  bucket = "bucket-2369"
}
resource "aws_s3_bucket" "b2370" {
  bucket = "bucket-2370"
}
resource "aws_s3_bucket" "b2371" {
  bucket = "bucket-2371"
}
resource "aws_s3_bucket" "b2372" {
  bucket = "bucket-2372"
}
resource "aws_s3_bucket" "b2373" {
  bucket = "bucket-2373"
}
resource "aws_s3_bucket" "b2374" {
  bucket = "bucket-2374"
}
resource "aws_s3_bucket" "b2375" {
  bucket = "bucket-2375"
}
resource "aws_s3_bucket" "b2376" {
  bucket = "bucket-2376"
}
resource "aws_s3_bucket" "b2377" {
  bucket = "bucket-2377"
}
resource "aws_s3_bucket" "b2378" {
  bucket = "bucket-2378"
}
resource "aws_s3_bucket" "b2379" {
  bucket = "bucket-2379"
}
resource "aws_s3_bucket" "b2380" {
  bucket = "bucket-2380"
}
resource "aws_s3_bucket" "b2381" {
  bucket = "bucket-2381"
}
resource "aws_s3_bucket" "b2382" {
  bucket = "bucket-2382"
}
resource "aws_s3_bucket" "b2383" {
  bucket = "bucket-2383"
}
resource "aws_s3_bucket" "b2384" {
  bucket = "bucket-2384"
}
resource "aws_s3_bucket" "b2385" {
  bucket = "bucket-2385"
}
resource "aws_s3_bucket" "b2386" {
  bucket = "bucket-2386"
}
resource "aws_s3_bucket" "b2387" {
  bucket = "bucket-2387"
}
resource "aws_s3_bucket" "b2388" {
  bucket = "bucket-2388"
}
resource "aws_s3_bucket" "b2389" {
  bucket = "bucket-2389"
}
resource "aws_s3_bucket" "b2390" {
  bucket = "bucket-2390"
}
resource "aws_s3_bucket" "b2391" {
  bucket = "bucket-2391"
}
resource "aws_s3_bucket" "b2392" {
  bucket = "bucket-2392"
}
resource "aws_s3_bucket" "b2393" {
  bucket = "bucket-2393"
}
resource "aws_s3_bucket" "b2394" {
  bucket = "bucket-2394"
}
resource "aws_s3_bucket" "b2395" {
  bucket = "bucket-2395"
}
resource "aws_s3_bucket" "b2396" {
  bucket = "bucket-2396"
}
resource "aws_s3_bucket" "b2397" {
  bucket = "bucket-2397"
}
resource "aws_s3_bucket" "b2398" {
  bucket = "bucket-2398"
}
resource "aws_s3_bucket" "b2399" {
  bucket = "bucket-2399"
}
resource "aws_s3_bucket" "b2400" {
  bucket = "bucket-2400"
}
resource "aws_s3_bucket" "b2401" {
  bucket = "bucket-2401"
}
resource "aws_s3_bucket" "b2402" {
  bucket = "bucket-2402"
}
resource "aws_s3_bucket" "b2403" {
  bucket = "bucket-2403"
}
resource "aws_s3_bucket" "b2404" {
  bucket = "bucket-2404"
}
resource "aws_s3_bucket" "b2405" {
  bucket = "bucket-2405"
}
resource "aws_s3_bucket" "b2406" {
  bucket = "bucket-2406"
}
resource "aws_s3_bucket" "b2407" {
  bucket = "bucket-2407"
}
resource "aws_s3_bucket" "b2408" {
  bucket = "bucket-2408"
}
resource "aws_s3_bucket" "b2409" {
  bucket = "bucket-2409"
}
resource "aws_s3_bucket" "b2410" {
  bucket = "bucket-2410"
}
resource "aws_s3_bucket" "b2411" {
  bucket = "bucket-2411"
}
resource "aws_s3_bucket" "b2412" {
  bucket = "bucket-2412"
}
resource "aws_s3_bucket" "b2413" {
  bucket = "bucket-2413"
}
resource "aws_s3_bucket" "b2414" {
  bucket = "bucket-2414"
}
resource "aws_s3_bucket" "b2415" {
  bucket = "bucket-2415"
}
resource "aws_s3_bucket" "b2416" {
  bucket = "bucket-2416"
}
resource "aws_s3_bucket" "b2417" {
  bucket = "bucket-2417"
}
resource "aws_s3_bucket" "b2418" {
  bucket = "bucket-2418"
}
resource "aws_s3_bucket" "b2419" {
  bucket = "bucket-2419"
}
resource "aws_s3_bucket" "b2420" {
  bucket = "bucket-2420"
}
resource "aws_s3_bucket" "b2421" {
  bucket = "bucket-2421"
}
resource "aws_s3_bucket" "b2422" {
  bucket = "bucket-2422"
}
resource "aws_s3_bucket" "b2423" {
  bucket = "bucket-2423"
}
resource "aws_s3_bucket" "b2424" {
  bucket = "bucket-2424"
}
resource "aws_s3_bucket" "b2425" {
  bucket = "bucket-2425"
}
resource "aws_s3_bucket" "b2426" {
  bucket = "bucket-2426"
}
resource "aws_s3_bucket" "b2427" {
  bucket = "bucket-2427"
}
resource "aws_s3_bucket" "b2428" {
  bucket = "bucket-2428"
}
resource "aws_s3_bucket" "b2429" {
  bucket = "bucket-2429"
}
resource "aws_s3_bucket" "b2430" {
  bucket = "bucket-2430"
}
resource "aws_s3_bucket" "b2431" {
  bucket = "bucket-2431"
}
resource "aws_s3_bucket" "b2432" {
  bucket = "bucket-2432"
}
resource "aws_s3_bucket" "b2433" {
  bucket = "bucket-2433"
}
resource "aws_s3_bucket" "b2434" {
  bucket = "bucket-2434"
}
resource "aws_s3_bucket" "b2435" {
  bucket = "bucket-2435"
}
resource "aws_s3_bucket" "b2436" {
  bucket = "bucket-2436"
}
resource "aws_s3_bucket" "b2437" {
  bucket = "bucket-2437"
}
resource "aws_s3_bucket" "b2438" {
  bucket = "bucket-2438"
}
resource "aws_s3_bucket" "b2439" {
  bucket = "bucket-2439"
}
resource "aws_s3_bucket" "b2440" {
  bucket = "bucket-2440"
}
resource "aws_s3_bucket" "b2441" {
  bucket = "bucket-2441"
}
resource "aws_s3_bucket" "b2442" {
  bucket = "bucket-2442"
}
resource "aws_s3_bucket" "b2443" {
  bucket = "bucket-2443"
}
resource "aws_s3_bucket" "b2444" {
  bucket = "bucket-2444"
}
resource "aws_s3_bucket" "b2445" {
  bucket = "bucket-2445"
}
resource "aws_s3_bucket" "b2446" {
  bucket = "bucket-2446"
}
resource "aws_s3_bucket" "b2447" {
  bucket = "bucket-2447"
}
resource "aws_s3_bucket" "b2448" {
  bucket = "bucket-2448"
}
resource "aws_s3_bucket" "b2449" {
  bucket = "bucket-2449"
}
resource "aws_s3_bucket" "b2450" {
  bucket = "bucket-2450"
}
resource "aws_s3_bucket" "b2451" {
  bucket = "bucket-2451"
}
resource "aws_s3_bucket" "b2452" {
  bucket = "bucket-2452"
}
resource "aws_s3_bucket" "b2453" {
  bucket = "bucket-2453"
}
resource "aws_s3_bucket" "b2454" {
  bucket = "bucket-2454"
}
resource "aws_s3_bucket" "b2455" {
  bucket = "bucket-2455"
}
resource "aws_s3_bucket" "b2456" {
  bucket = "bucket-2456"
}
resource "aws_s3_bucket" "b2457" {
  bucket = "bucket-2457"
}
resource "aws_s3_bucket" "b2458" {
  bucket = "bucket-2458"
}
resource "aws_s3_bucket" "b2459" {
  bucket = "bucket-2459"
}
resource "aws_s3_bucket" "b2460" {
  bucket = "bucket-2460"
}
resource "aws_s3_bucket" "b2461" {
  bucket = "bucket-2461"
}
resource "aws_s3_bucket" "b2462" {
  bucket = "bucket-2462"
}
resource "aws_s3_bucket" "b2463" {
  bucket = "bucket-2463"
}
resource "aws_s3_bucket" "b2464" {
  bucket = "bucket-2464"
}
resource "aws_s3_bucket" "b2465" {
  bucket = "bucket-2465"
}
resource "aws_s3_bucket" "b2466" {
  bucket = "bucket-2466"
}
resource "aws_s3_bucket" "b2467" {
  bucket = "bucket-2467"
}
resource "aws_s3_bucket" "b2468" {
  bucket = "bucket-2468"
}
resource "aws_s3_bucket" "b2469" {
  bucket = "bucket-2469"
}
resource "aws_s3_bucket" "b2470" {
  bucket = "bucket-2470"
}
resource "aws_s3_bucket" "b2471" {
  bucket = "bucket-2471"
}
resource "aws_s3_bucket" "b2472" {
  bucket = "bucket-2472"
}
resource "aws_s3_bucket" "b2473" {
  bucket = "bucket-2473"
}
resource "aws_s3_bucket" "b2474" {
  bucket = "bucket-2474"
}
resource "aws_s3_bucket" "b2475" {
  bucket = "bucket-2475"
}
resource "aws_s3_bucket" "b2476" {
  bucket = "bucket-2476"
}
resource "aws_s3_bucket" "b2477" {
  bucket = "bucket-2477"
}
resource "aws_s3_bucket" "b2478" {
  bucket = "bucket-2478"
}
resource "aws_s3_bucket" "b2479" {
  bucket = "bucket-2479"
}
resource "aws_s3_bucket" "b2480" {
  bucket = "bucket-2480"
}
resource "aws_s3_bucket" "b2481" {
  bucket = "bucket-2481"
}
resource "aws_s3_bucket" "b2482" {
  bucket = "bucket-2482"
}
resource "aws_s3_bucket" "b2483" {
  bucket = "bucket-2483"
}
resource "aws_s3_bucket" "b2484" {
  bucket = "bucket-2484"
}
resource "aws_s3_bucket" "b2485" {
  bucket = "bucket-2485"
}
resource "aws_s3_bucket" "b2486" {
  bucket = "bucket-2486"
}
resource "aws_s3_bucket" "b2487" {
  bucket = "bucket-2487"
}
resource "aws_s3_bucket" "b2488" {
  bucket = "bucket-2488"
}
resource "aws_s3_bucket" "b2489" {
  bucket = "bucket-2489"
}
resource "aws_s3_bucket" "b2490" {
  bucket = "bucket-2490"
}
resource "aws_s3_bucket" "b2491" {
  bucket = "bucket-2491"
}
resource "aws_s3_bucket" "b2492" {
  bucket = "bucket-2492"
}
resource "aws_s3_bucket" "b2493" {
  bucket = "bucket-2493"
}
resource "aws_s3_bucket" "b2494" {
  bucket = "bucket-2494"
}
resource "aws_s3_bucket" "b2495" {
  bucket = "bucket-2495"
}
resource "aws_s3_bucket" "b2496" {
  bucket = "bucket-2496"
}
resource "aws_s3_bucket" "b2497" {
  bucket = "bucket-2497"
}
resource "aws_s3_bucket" "b2498" {
  bucket = "bucket-2498"
}
resource "aws_s3_bucket" "b2499" {
  bucket = "bucket-2499"
}
resource "aws_s3_bucket" "b2500" {
  bucket = "bucket-2500"
}
resource "aws_s3_bucket" "b2501" {
  bucket = "bucket-2501"
}
resource "aws_s3_bucket" "b2502" {
  bucket = "bucket-2502"
}
resource "aws_s3_bucket" "b2503" {
  bucket = "bucket-2503"
}
resource "aws_s3_bucket" "b2504" {
  bucket = "bucket-2504"
}
resource "aws_s3_bucket" "b2505" {
  bucket = "bucket-2505"
}
resource "aws_s3_bucket" "b2506" {
  bucket = "bucket-2506"
}
resource "aws_s3_bucket" "b2507" {
  bucket = "bucket-2507"
}
resource "aws_s3_bucket" "b2508" {
  bucket = "bucket-2508"
}
resource "aws_s3_bucket" "b2509" {
  bucket = "bucket-2509"
}
resource "aws_s3_bucket" "b2510" {
  bucket = "bucket-2510"
}
resource "aws_s3_bucket" "b2511" {
  bucket = "bucket-2511"
}
resource "aws_s3_bucket" "b2512" {
  bucket = "bucket-2512"
}
resource "aws_s3_bucket" "b2513" {
  bucket = "bucket-2513"
}
resource "aws_s3_bucket" "b2514" {
  bucket = "bucket-2514"
}
resource "aws_s3_bucket" "b2515" {
  bucket = "bucket-2515"
}
resource "aws_s3_bucket" "b2516" {
  bucket = "bucket-2516"
}
resource "aws_s3_bucket" "b2517" {
  bucket = "bucket-2517"
}
resource "aws_s3_bucket" "b2518" {
  bucket = "bucket-2518"
}
resource "aws_s3_bucket" "b2519" {
  bucket = "bucket-2519"
}
resource "aws_s3_bucket" "b2520" {
  bucket = "bucket-2520"
}
resource "aws_s3_bucket" "b2521" {
  bucket = "bucket-2521"
}
resource "aws_s3_bucket" "b2522" {
  bucket = "bucket-2522"
}
resource "aws_s3_bucket" "b2523" {
  bucket = "bucket-2523"
}
resource "aws_s3_bucket" "b2524" {
  bucket = "bucket-2524"
}
resource "aws_s3_bucket" "b2525" {
  bucket = "bucket-2525"
}
resource "aws_s3_bucket" "b2526" {
  bucket = "bucket-2526"
}
resource "aws_s3_bucket" "b2527" {
  bucket = "bucket-2527"
}
resource "aws_s3_bucket" "b2528" {
  bucket = "bucket-2528"
}
resource "aws_s3_bucket" "b2529" {
  bucket = "bucket-2529"
}
resource "aws_s3_bucket" "b2530" {
  bucket = "bucket-2530"
}
resource "aws_s3_bucket" "b2531" {
  bucket = "bucket-2531"
}
resource "aws_s3_bucket" "b2532" {
  bucket = "bucket-2532"
}
resource "aws_s3_bucket" "b2533" {
  bucket = "bucket-2533"
}
resource "aws_s3_bucket" "b2534" {
  bucket = "bucket-2534"
}
resource "aws_s3_bucket" "b2535" {
  bucket = "bucket-2535"
}
resource "aws_s3_bucket" "b2536" {
  bucket = "bucket-2536"
}
resource "aws_s3_bucket" "b2537" {
  bucket = "bucket-2537"
}
resource "aws_s3_bucket" "b2538" {
  bucket = "bucket-2538"
}
resource "aws_s3_bucket" "b2539" {
  bucket = "bucket-2539"
}
resource "aws_s3_bucket" "b2540" {
  bucket = "bucket-2540"
}
resource "aws_s3_bucket" "b2541" {
  bucket = "bucket-2541"
}
resource "aws_s3_bucket" "b2542" {
  bucket = "bucket-2542"
}
resource "aws_s3_bucket" "b2543" {
  bucket = "bucket-2543"
}
resource "aws_s3_bucket" "b2544" {
  bucket = "bucket-2544"
}
resource "aws_s3_bucket" "b2545" {
  bucket = "bucket-2545"
}
resource "aws_s3_bucket" "b2546" {
  bucket = "bucket-2546"
}
resource "aws_s3_bucket" "b2547" {
  bucket = "bucket-2547"
}
resource "aws_s3_bucket" "b2548" {
  bucket = "bucket-2548"
}
resource "aws_s3_bucket" "b2549" {
  bucket = "bucket-2549"
}
resource "aws_s3_bucket" "b2550" {
  bucket = "bucket-2550"
}
resource "aws_s3_bucket" "b2551" {
  bucket = "bucket-2551"
}
resource "aws_s3_bucket" "b2552" {
  bucket = "bucket-2552"
}
resource "aws_s3_bucket" "b2553" {
  bucket = "bucket-2553"
}
resource "aws_s3_bucket" "b2554" {
  bucket = "bucket-2554"
}
resource "aws_s3_bucket" "b2555" {
  bucket = "bucket-2555"
}
resource "aws_s3_bucket" "b2556" {
  bucket = "bucket-2556"
}
resource "aws_s3_bucket" "b2557" {
  bucket = "bucket-2557"
}
resource "aws_s3_bucket" "b2558" {
  bucket = "bucket-2558"
}
resource "aws_s3_bucket" "b2559" {
  bucket = "bucket-2559"
}
resource "aws_s3_bucket" "b2560" {
  bucket = "bucket-2560"
}
resource "aws_s3_bucket" "b2561" {
  bucket = "bucket-2561"
}
resource "aws_s3_bucket" "b2562" {
  bucket = "bucket-2562"
}
resource "aws_s3_bucket" "b2563" {
  bucket = "bucket-2563"
}
resource "aws_s3_bucket" "b2564" {
  bucket = "bucket-2564"
}
resource "aws_s3_bucket" "b2565" {
  bucket = "bucket-2565"
}
resource "aws_s3_bucket" "b2566" {
  bucket = "bucket-2566"
}
resource "aws_s3_bucket" "b2567" {
  bucket = "bucket-2567"
}
resource "aws_s3_bucket" "b2568" {
  bucket = "bucket-2568"
}
resource "aws_s3_bucket" "b2569" {
  bucket = "bucket-2569"
}
resource "aws_s3_bucket" "b2570" {
  bucket = "bucket-2570"
}
resource "aws_s3_bucket" "b2571" {
  bucket = "bucket-2571"
}
resource "aws_s3_bucket" "b2572" {
  bucket = "bucket-2572"
}
resource "aws_s3_bucket" "b2573" {
  bucket = "bucket-2573"
}
resource "aws_s3_bucket" "b2574" {
  bucket = "bucket-2574"
}
resource "aws_s3_bucket" "b2575" {
  bucket = "bucket-2575"
}
resource "aws_s3_bucket" "b2576" {
  bucket = "bucket-2576"
}
resource "aws_s3_bucket" "b2577" {
  bucket = "bucket-2577"
}
resource "aws_s3_bucket" "b2578" {
  bucket = "bucket-2578"
}
resource "aws_s3_bucket" "b2579" {
  bucket = "bucket-2579"
}
resource "aws_s3_bucket" "b2580" {
  bucket = "bucket-2580"
}
resource "aws_s3_bucket" "b2581" {
  bucket = "bucket-2581"
}
resource "aws_s3_bucket" "b2582" {
  bucket = "bucket-2582"
}
resource "aws_s3_bucket" "b2583" {
  bucket = "bucket-2583"
}
resource "aws_s3_bucket" "b2584" {
  bucket = "bucket-2584"
}
resource "aws_s3_bucket" "b2585" {
  bucket = "bucket-2585"
}
resource "aws_s3_bucket" "b2586" {
  bucket = "bucket-2586"
}
resource "aws_s3_bucket" "b2587" {
  bucket = "bucket-2587"
}
resource "aws_s3_bucket" "b2588" {
  bucket = "bucket-2588"
}
resource "aws_s3_bucket" "b2589" {
  bucket = "bucket-2589"
}
resource "aws_s3_bucket" "b2590" {
  bucket = "bucket-2590"
}
resource "aws_s3_bucket" "b2591" {
  bucket = "bucket-2591"
}
resource "aws_s3_bucket" "b2592" {
  bucket = "bucket-2592"
}
resource "aws_s3_bucket" "b2593" {
  bucket = "bucket-2593"
}
resource "aws_s3_bucket" "b2594" {
  bucket = "bucket-2594"
}
resource "aws_s3_bucket" "b2595" {
  bucket = "bucket-2595"
}
resource "aws_s3_bucket" "b2596" {
  bucket = "bucket-2596"
}
resource "aws_s3_bucket" "b2597" {
  bucket = "bucket-2597"
}
resource "aws_s3_bucket" "b2598" {
  bucket = "bucket-2598"
}
resource "aws_s3_bucket" "b2599" {
  bucket = "bucket-2599"
}
resource "aws_s3_bucket" "b2600" {
  bucket = "bucket-2600"
}
resource "aws_s3_bucket" "b2601" {
  bucket = "bucket-2601"
}
resource "aws_s3_bucket" "b2602" {
  bucket = "bucket-2602"
}
resource "aws_s3_bucket" "b2603" {
  bucket = "bucket-2603"
}
resource "aws_s3_bucket" "b2604" {
  bucket = "bucket-2604"
}
resource "aws_s3_bucket" "b2605" {
  bucket = "bucket-2605"
}
resource "aws_s3_bucket" "b2606" {
  bucket = "bucket-2606"
}
resource "aws_s3_bucket" "b2607" {
  bucket = "bucket-2607"
}
resource "aws_s3_bucket" "b2608" {
  bucket = "bucket-2608"
}
resource "aws_s3_bucket" "b2609" {
  bucket = "bucket-2609"
}
resource "aws_s3_bucket" "b2610" {
  bucket = "bucket-2610"
}
resource "aws_s3_bucket" "b2611" {
  bucket = "bucket-2611"
}
resource "aws_s3_bucket" "b2612" {
  bucket = "bucket-2612"
}
resource "aws_s3_bucket" "b2613" {
  bucket = "bucket-2613"
}
resource "aws_s3_bucket" "b2614" {
  bucket = "bucket-2614"
}
resource "aws_s3_bucket" "b2615" {
  bucket = "bucket-2615"
}
resource "aws_s3_bucket" "b2616" {
  bucket = "bucket-2616"
}
resource "aws_s3_bucket" "b2617" {
  bucket = "bucket-2617"
}
resource "aws_s3_bucket" "b2618" {
  bucket = "bucket-2618"
}
resource "aws_s3_bucket" "b2619" {
  bucket = "bucket-2619"
}
resource "aws_s3_bucket" "b2620" {
  bucket = "bucket-2620"
}
resource "aws_s3_bucket" "b2621" {
  bucket = "bucket-2621"
}
resource "aws_s3_bucket" "b2622" {
  bucket = "bucket-2622"
}
resource "aws_s3_bucket" "b2623" {
  bucket = "bucket-2623"
}
resource "aws_s3_bucket" "b2624" {
  bucket = "bucket-2624"
}
resource "aws_s3_bucket" "b2625" {
  bucket = "bucket-2625"
}
resource "aws_s3_bucket" "b2626" {
  bucket = "bucket-2626"
}
resource "aws_s3_bucket" "b2627" {
  bucket = "bucket-2627"
}
resource "aws_s3_bucket" "b2628" {
  bucket = "bucket-2628"
}
resource "aws_s3_bucket" "b2629" {
  bucket = "bucket-2629"
}
resource "aws_s3_bucket" "b2630" {
  bucket = "bucket-2630"
}
resource "aws_s3_bucket" "b2631" {
  bucket = "bucket-2631"
}
resource "aws_s3_bucket" "b2632" {
  bucket = "bucket-2632"
}
resource "aws_s3_bucket" "b2633" {
  bucket = "bucket-2633"
}
resource "aws_s3_bucket" "b2634" {
  bucket = "bucket-2634"
}
resource "aws_s3_bucket" "b2635" {
  bucket = "bucket-2635"
}
resource "aws_s3_bucket" "b2636" {
  bucket = "bucket-2636"
}
resource "aws_s3_bucket" "b2637" {
  bucket = "bucket-2637"
}
resource "aws_s3_bucket" "b2638" {
  bucket = "bucket-2638"
}
resource "aws_s3_bucket" "b2639" {
  bucket = "bucket-2639"
}
resource "aws_s3_bucket" "b2640" {
  bucket = "bucket-2640"
}
resource "aws_s3_bucket" "b2641" {
  bucket = "bucket-2641"
}
resource "aws_s3_bucket" "b2642" {
  bucket = "bucket-2642"
}
resource "aws_s3_bucket" "b2643" {
  bucket = "bucket-2643"
}
resource "aws_s3_bucket" "b2644" {
  bucket = "bucket-2644"
}
resource "aws_s3_bucket" "b2645" {
  bucket = "bucket-2645"
}
resource "aws_s3_bucket" "b2646" {
  bucket = "bucket-2646"
}
resource "aws_s3_bucket" "b2647" {
  bucket = "bucket-2647"
}
resource "aws_s3_bucket" "b2648" {
  bucket = "bucket-2648"
}
resource "aws_s3_bucket" "b2649" {
  bucket = "bucket-2649"
}
resource "aws_s3_bucket" "b2650" {
  bucket = "bucket-2650"
}
resource "aws_s3_bucket" "b2651" {
  bucket = "bucket-2651"
}
resource "aws_s3_bucket" "b2652" {
  bucket = "bucket-2652"
}
resource "aws_s3_bucket" "b2653" {
  bucket = "bucket-2653"
}
resource "aws_s3_bucket" "b2654" {
  bucket = "bucket-2654"
}
resource "aws_s3_bucket" "b2655" {
  bucket = "bucket-2655"
}
resource "aws_s3_bucket" "b2656" {
  bucket = "bucket-2656"
}
resource "aws_s3_bucket" "b2657" {
  bucket = "bucket-2657"
}
resource "aws_s3_bucket" "b2658" {
  bucket = "bucket-2658"
}
resource "aws_s3_bucket" "b2659" {
  bucket = "bucket-2659"
}
resource "aws_s3_bucket" "b2660" {
  bucket = "bucket-2660"
}
resource "aws_s3_bucket" "b2661" {
  bucket = "bucket-2661"
}
resource "aws_s3_bucket" "b2662" {
  bucket = "bucket-2662"
}
resource "aws_s3_bucket" "b2663" {
  bucket = "bucket-2663"
}
resource "aws_s3_bucket" "b2664" {
  bucket = "bucket-2664"
}
resource "aws_s3_bucket" "b2665" {
  bucket = "bucket-2665"
}
resource "aws_s3_bucket" "b2666" {
  bucket = "bucket-2666"
}
resource "aws_s3_bucket" "b2667" {
  bucket = "bucket-2667"
}
resource "aws_s3_bucket" "b2668" {
  bucket = "bucket-2668"
}
resource "aws_s3_bucket" "b2669" {
  bucket = "bucket-2669"
}
resource "aws_s3_bucket" "b2670" {
  bucket = "bucket-2670"
}
resource "aws_s3_bucket" "b2671" {
  bucket = "bucket-2671"
}
resource "aws_s3_bucket" "b2672" {
  bucket = "bucket-2672"
}
resource "aws_s3_bucket" "b2673" {
  bucket = "bucket-2673"
}
resource "aws_s3_bucket" "b2674" {
  bucket = "bucket-2674"
}
resource "aws_s3_bucket" "b2675" {
  bucket = "bucket-2675"
}
resource "aws_s3_bucket" "b2676" {
  bucket = "bucket-2676"
}
resource "aws_s3_bucket" "b2677" {
  bucket = "bucket-2677"
}
resource "aws_s3_bucket" "b2678" {
  bucket = "bucket-2678"
}
resource "aws_s3_bucket" "b2679" {
  bucket = "bucket-2679"
}
resource "aws_s3_bucket" "b2680" {
  bucket = "bucket-2680"
}
resource "aws_s3_bucket" "b2681" {
  bucket = "bucket-2681"
}
resource "aws_s3_bucket" "b2682" {
  bucket = "bucket-2682"
}
resource "aws_s3_bucket" "b2683" {
  bucket = "bucket-2683"
}
resource "aws_s3_bucket" "b2684" {
  bucket = "bucket-2684"
}
resource "aws_s3_bucket" "b2685" {
  bucket = "bucket-2685"
}
resource "aws_s3_bucket" "b2686" {
  bucket = "bucket-2686"
}
resource "aws_s3_bucket" "b2687" {
  bucket = "bucket-2687"
}
resource "aws_s3_bucket" "b2688" {
  bucket = "bucket-2688"
}
resource "aws_s3_bucket" "b2689" {
  bucket = "bucket-2689"
}
resource "aws_s3_bucket" "b2690" {
  bucket = "bucket-2690"
}
resource "aws_s3_bucket" "b2691" {
  bucket = "bucket-2691"
}
resource "aws_s3_bucket" "b2692" {
  bucket = "bucket-2692"
}
resource "aws_s3_bucket" "b2693" {
  bucket = "bucket-2693"
}
resource "aws_s3_bucket" "b2694" {
  bucket = "bucket-2694"
}
resource "aws_s3_bucket" "b2695" {
  bucket = "bucket-2695"
}
resource "aws_s3_bucket" "b2696" {
  bucket = "bucket-2696"
}
resource "aws_s3_bucket" "b2697" {
  bucket = "bucket-2697"
}
resource "aws_s3_bucket" "b2698" {
  bucket = "bucket-2698"
}
resource "aws_s3_bucket" "b2699" {
  bucket = "bucket-2699"
}
resource "aws_s3_bucket" "b2700" {
  bucket = "bucket-2700"
}
resource "aws_s3_bucket" "b2701" {
  bucket = "bucket-2701"
}
resource "aws_s3_bucket" "b2702" {
  bucket = "bucket-2702"
}
resource "aws_s3_bucket" "b2703" {
  bucket = "bucket-2703"
}
resource "aws_s3_bucket" "b2704" {
  bucket = "bucket-2704"
}
resource "aws_s3_bucket" "b2705" {
  bucket = "bucket-2705"
}
resource "aws_s3_bucket" "b2706" {
  bucket = "bucket-2706"
}
resource "aws_s3_bucket" "b2707" {
  bucket = "bucket-2707"
}
resource "aws_s3_bucket" "b2708" {
  bucket = "bucket-2708"
}
resource "aws_s3_bucket" "b2709" {
  bucket = "bucket-2709"
}
resource "aws_s3_bucket" "b2710" {
  bucket = "bucket-2710"
}
resource "aws_s3_bucket" "b2711" {
  bucket = "bucket-2711"
}
resource "aws_s3_bucket" "b2712" {
  bucket = "bucket-2712"
}
resource "aws_s3_bucket" "b2713" {
  bucket = "bucket-2713"
}
resource "aws_s3_bucket" "b2714" {
  bucket = "bucket-2714"
}
resource "aws_s3_bucket" "b2715" {
  bucket = "bucket-2715"
}
resource "aws_s3_bucket" "b2716" {
  bucket = "bucket-2716"
}
resource "aws_s3_bucket" "b2717" {
  bucket = "bucket-2717"
}
resource "aws_s3_bucket" "b2718" {
  bucket = "bucket-2718"
}
resource "aws_s3_bucket" "b2719" {
  bucket = "bucket-2719"
}
resource "aws_s3_bucket" "b2720" {
  bucket = "bucket-2720"
}
resource "aws_s3_bucket" "b2721" {
  bucket = "bucket-2721"
}
resource "aws_s3_bucket" "b2722" {
  bucket = "bucket-2722"
}
resource "aws_s3_bucket" "b2723" {
  bucket = "bucket-2723"
}
resource "aws_s3_bucket" "b2724" {
  bucket = "bucket-2724"
}
resource "aws_s3_bucket" "b2725" {
  bucket = "bucket-2725"
}
resource "aws_s3_bucket" "b2726" {
  bucket = "bucket-2726"
}
resource "aws_s3_bucket" "b2727" {
  bucket = "bucket-2727"
}
resource "aws_s3_bucket" "b2728" {
  bucket = "bucket-2728"
}
resource "aws_s3_bucket" "b2729" {
  bucket = "bucket-2729"
}
resource "aws_s3_bucket" "b2730" {
  bucket = "bucket-2730"
}
resource "aws_s3_bucket" "b2731" {
  bucket = "bucket-2731"
}
resource "aws_s3_bucket" "b2732" {
  bucket = "bucket-2732"
}
resource "aws_s3_bucket" "b2733" {
  bucket = "bucket-2733"
}
resource "aws_s3_bucket" "b2734" {
  bucket = "bucket-2734"
}
resource "aws_s3_bucket" "b2735" {
  bucket = "bucket-2735"
}
resource "aws_s3_bucket" "b2736" {
  bucket = "bucket-2736"
}
resource "aws_s3_bucket" "b2737" {
  bucket = "bucket-2737"
}
resource "aws_s3_bucket" "b2738" {
  bucket = "bucket-2738"
}
resource "aws_s3_bucket" "b2739" {
  bucket = "bucket-2739"
}
resource "aws_s3_bucket" "b2740" {
  bucket = "bucket-2740"
}
resource "aws_s3_bucket" "b2741" {
  bucket = "bucket-2741"
}
resource "aws_s3_bucket" "b2742" {
  bucket = "bucket-2742"
}
resource "aws_s3_bucket" "b2743" {
  bucket = "bucket-2743"
}
resource "aws_s3_bucket" "b2744" {
  bucket = "bucket-2744"
}
resource "aws_s3_bucket" "b2745" {
  bucket = "bucket-2745"
}
resource "aws_s3_bucket" "b2746" {
  bucket = "bucket-2746"
}
resource "aws_s3_bucket" "b2747" {
  bucket = "bucket-2747"
}
resource "aws_s3_bucket" "b2748" {
  bucket = "bucket-2748"
}
resource "aws_s3_bucket" "b2749" {
  bucket = "bucket-2749"
}
resource "aws_s3_bucket" "b2750" {
  bucket = "bucket-2750"
}
resource "aws_s3_bucket" "b2751" {
  bucket = "bucket-2751"
}
resource "aws_s3_bucket" "b2752" {
  bucket = "bucket-2752"
}
resource "aws_s3_bucket" "b2753" {
  bucket = "bucket-2753"
}
resource "aws_s3_bucket" "b2754" {
  bucket = "bucket-2754"
}
resource "aws_s3_bucket" "b2755" {
  bucket = "bucket-2755"
}
resource "aws_s3_bucket" "b2756" {
  bucket = "bucket-2756"
}
resource "aws_s3_bucket" "b2757" {
  bucket = "bucket-2757"
}
resource "aws_s3_bucket" "b2758" {
  bucket = "bucket-2758"
}
resource "aws_s3_bucket" "b2759" {
  bucket = "bucket-2759"
}
resource "aws_s3_bucket" "b2760" {
  bucket = "bucket-2760"
}
resource "aws_s3_bucket" "b2761" {
  bucket = "bucket-2761"
}
resource "aws_s3_bucket" "b2762" {
  bucket = "bucket-2762"
}
resource "aws_s3_bucket" "b2763" {
  bucket = "bucket-2763"
}
resource "aws_s3_bucket" "b2764" {
  bucket = "bucket-2764"
}
resource "aws_s3_bucket" "b2765" {
  bucket = "bucket-2765"
}
resource "aws_s3_bucket" "b2766" {
  bucket = "bucket-2766"
}
resource "aws_s3_bucket" "b2767" {
  bucket = "bucket-2767"
}
resource "aws_s3_bucket" "b2768" {
  bucket = "bucket-2768"
}
resource "aws_s3_bucket" "b2769" {
  bucket = "bucket-2769"
}
resource "aws_s3_bucket" "b2770" {
  bucket = "bucket-2770"
}
resource "aws_s3_bucket" "b2771" {
  bucket = "bucket-2771"
}
resource "aws_s3_bucket" "b2772" {
  bucket = "bucket-2772"
}
resource "aws_s3_bucket" "b2773" {
  bucket = "bucket-2773"
}
resource "aws_s3_bucket" "b2774" {
  bucket = "bucket-2774"
}
resource "aws_s3_bucket" "b2775" {
  bucket = "bucket-2775"
}
resource "aws_s3_bucket" "b2776" {
  bucket = "bucket-2776"
}
resource "aws_s3_bucket" "b2777" {
  bucket = "bucket-2777"
}
resource "aws_s3_bucket" "b2778" {
  bucket = "bucket-2778"
}
resource "aws_s3_bucket" "b2779" {
  bucket = "bucket-2779"
}
resource "aws_s3_bucket" "b2780" {
  bucket = "bucket-2780"
}
resource "aws_s3_bucket" "b2781" {
  bucket = "bucket-2781"
}
resource "aws_s3_bucket" "b2782" {
  bucket = "bucket-2782"
}
resource "aws_s3_bucket" "b2783" {
  bucket = "bucket-2783"
}
resource "aws_s3_bucket" "b2784" {
  bucket = "bucket-2784"
}
resource "aws_s3_bucket" "b2785" {
  bucket = "bucket-2785"
}
resource "aws_s3_bucket" "b2786" {
  bucket = "bucket-2786"
}
resource "aws_s3_bucket" "b2787" {
  bucket = "bucket-2787"
}
resource "aws_s3_bucket" "b2788" {
  bucket = "bucket-2788"
}
resource "aws_s3_bucket" "b2789" {
  bucket = "bucket-2789"
}
resource "aws_s3_bucket" "b2790" {
  bucket = "bucket-2790"
}
resource "aws_s3_bucket" "b2791" {
  bucket = "bucket-2791"
}
resource "aws_s3_bucket" "b2792" {
  bucket = "bucket-2792"
}
resource "aws_s3_bucket" "b2793" {
  bucket = "bucket-2793"
}
resource "aws_s3_bucket" "b2794" {
  bucket = "bucket-2794"
}
resource "aws_s3_bucket" "b2795" {
  bucket = "bucket-2795"
}
resource "aws_s3_bucket" "b2796" {
  bucket = "bucket-2796"
}
resource "aws_s3_bucket" "b2797" {
  bucket = "bucket-2797"
}
resource "aws_s3_bucket" "b2798" {
  bucket = "bucket-2798"
}
resource "aws_s3_bucket" "b2799" {
  bucket = "bucket-2799"
}
resource "aws_s3_bucket" "b2800" {
  bucket = "bucket-2800"
}
resource "aws_s3_bucket" "b2801" {
  bucket = "bucket-2801"
}
resource "aws_s3_bucket" "b2802" {
  bucket = "bucket-2802"
}
resource "aws_s3_bucket" "b2803" {
  bucket = "bucket-2803"
}
resource "aws_s3_bucket" "b2804" {
  bucket = "bucket-2804"
}
resource "aws_s3_bucket" "b2805" {
  bucket = "bucket-2805"
}
resource "aws_s3_bucket" "b2806" {
  bucket = "bucket-2806"
}
resource "aws_s3_bucket" "b2807" {
  bucket = "bucket-2807"
}
resource "aws_s3_bucket" "b2808" {
  bucket = "bucket-2808"
}
resource "aws_s3_bucket" "b2809" {
  bucket = "bucket-2809"
}
resource "aws_s3_bucket" "b2810" {
  bucket = "bucket-2810"
}
resource "aws_s3_bucket" "b2811" {
  bucket = "bucket-2811"
}
resource "aws_s3_bucket" "b2812" {
  bucket = "bucket-2812"
}
resource "aws_s3_bucket" "b2813" {
  bucket = "bucket-2813"
}
resource "aws_s3_bucket" "b2814" {
  bucket = "bucket-2814"
}
resource "aws_s3_bucket" "b2815" {
  bucket = "bucket-2815"
}
resource "aws_s3_bucket" "b2816" {
  bucket = "bucket-2816"
}
resource "aws_s3_bucket" "b2817" {
  bucket = "bucket-2817"
}
resource "aws_s3_bucket" "b2818" {
  bucket = "bucket-2818"
}
resource "aws_s3_bucket" "b2819" {
  bucket = "bucket-2819"
}
resource "aws_s3_bucket" "b2820" {
  bucket = "bucket-2820"
}
resource "aws_s3_bucket" "b2821" {
  bucket = "bucket-2821"
}
resource "aws_s3_bucket" "b2822" {
  bucket = "bucket-2822"
}
resource "aws_s3_bucket" "b2823" {
  bucket = "bucket-2823"
}
resource "aws_s3_bucket" "b2824" {
  bucket = "bucket-2824"
}
resource "aws_s3_bucket" "b2825" {
  bucket = "bucket-2825"
}
resource "aws_s3_bucket" "b2826" {
  bucket = "bucket-2826"
}
resource "aws_s3_bucket" "b2827" {
  bucket = "bucket-2827"
}
resource "aws_s3_bucket" "b2828" {
  bucket = "bucket-2828"
}
resource "aws_s3_bucket" "b2829" {
  bucket = "bucket-2829"
}
resource "aws_s3_bucket" "b2830" {
  bucket = "bucket-2830"
}
resource "aws_s3_bucket" "b2831" {
  bucket = "bucket-2831"
}
resource "aws_s3_bucket" "b2832" {
  bucket = "bucket-2832"
}
resource "aws_s3_bucket" "b2833" {
  bucket = "bucket-2833"
}
resource "aws_s3_bucket" "b2834" {
  bucket = "bucket-2834"
}
resource "aws_s3_bucket" "b2835" {
  bucket = "bucket-2835"
}
resource "aws_s3_bucket" "b2836" {
  bucket = "bucket-2836"
}
resource "aws_s3_bucket" "b2837" {
  bucket = "bucket-2837"
}
resource "aws_s3_bucket" "b2838" {
  bucket = "bucket-2838"
}
resource "aws_s3_bucket" "b2839" {
  bucket = "bucket-2839"
}
resource "aws_s3_bucket" "b2840" {
  bucket = "bucket-2840"
}
resource "aws_s3_bucket" "b2841" {
  bucket = "bucket-2841"
}
resource "aws_s3_bucket" "b2842" {
  bucket = "bucket-2842"
}
resource "aws_s3_bucket" "b2843" {
  bucket = "bucket-2843"
}
resource "aws_s3_bucket" "b2844" {
  bucket = "bucket-2844"
}
resource "aws_s3_bucket" "b2845" {
  bucket = "bucket-2845"
}
resource "aws_s3_bucket" "b2846" {
  bucket = "bucket-2846"
}
resource "aws_s3_bucket" "b2847" {
  bucket = "bucket-2847"
}
resource "aws_s3_bucket" "b2848" {
  bucket = "bucket-2848"
}
resource "aws_s3_bucket" "b2849" {
  bucket = "bucket-2849"
}
resource "aws_s3_bucket" "b2850" {
  bucket = "bucket-2850"
}
resource "aws_s3_bucket" "b2851" {
  bucket = "bucket-2851"
}
resource "aws_s3_bucket" "b2852" {
  bucket = "bucket-2852"
}
resource "aws_s3_bucket" "b2853" {
  bucket = "bucket-2853"
}
resource "aws_s3_bucket" "b2854" {
  bucket = "bucket-2854"
}
resource "aws_s3_bucket" "b2855" {
  bucket = "bucket-2855"
}
resource "aws_s3_bucket" "b2856" {
  bucket = "bucket-2856"
}
resource "aws_s3_bucket" "b2857" {
  bucket = "bucket-2857"
}
resource "aws_s3_bucket" "b2858" {
  bucket = "bucket-2858"
}
resource "aws_s3_bucket" "b2859" {
  bucket = "bucket-2859"
}
resource "aws_s3_bucket" "b2860" {
  bucket = "bucket-2860"
}
resource "aws_s3_bucket" "b2861" {
  bucket = "bucket-2861"
}
resource "aws_s3_bucket" "b2862" {
  bucket = "bucket-2862"
}
resource "aws_s3_bucket" "b2863" {
  bucket = "bucket-2863"
}
resource "aws_s3_bucket" "b2864" {
  bucket = "bucket-2864"
}
resource "aws_s3_bucket" "b2865" {
  bucket = "bucket-2865"
}
resource "aws_s3_bucket" "b2866" {
  bucket = "bucket-2866"
}
resource "aws_s3_bucket" "b2867" {
  bucket = "bucket-2867"
}
resource "aws_s3_bucket" "b2868" {
  bucket = "bucket-2868"
}
resource "aws_s3_bucket" "b2869" {
  bucket = "bucket-2869"
}
resource "aws_s3_bucket" "b2870" {
  bucket = "bucket-2870"
}
resource "aws_s3_bucket" "b2871" {
  bucket = "bucket-2871"
}
resource "aws_s3_bucket" "b2872" {
  bucket = "bucket-2872"
}
resource "aws_s3_bucket" "b2873" {
  bucket = "bucket-2873"
}
resource "aws_s3_bucket" "b2874" {
  bucket = "bucket-2874"
}
resource "aws_s3_bucket" "b2875" {
  bucket = "bucket-2875"
}
resource "aws_s3_bucket" "b2876" {
  bucket = "bucket-2876"
}
resource "aws_s3_bucket" "b2877" {
  bucket = "bucket-2877"
}
resource "aws_s3_bucket" "b2878" {
  bucket = "bucket-2878"
}
resource "aws_s3_bucket" "b2879" {
  bucket = "bucket-2879"
}
resource "aws_s3_bucket" "b2880" {
  bucket = "bucket-2880"
}
resource "aws_s3_bucket" "b2881" {
  bucket = "bucket-2881"
}
resource "aws_s3_bucket" "b2882" {
  bucket = "bucket-2882"
}
resource "aws_s3_bucket" "b2883" {
  bucket = "bucket-2883"
}
resource "aws_s3_bucket" "b2884" {
  bucket = "bucket-2884"
}
resource "aws_s3_bucket" "b2885" {
  bucket = "bucket-2885"
}
resource "aws_s3_bucket" "b2886" {
  bucket = "bucket-2886"
}
resource "aws_s3_bucket" "b2887" {
  bucket = "bucket-2887"
}
resource "aws_s3_bucket" "b2888" {
  bucket = "bucket-2888"
}
resource "aws_s3_bucket" "b2889" {
  bucket = "bucket-2889"
}
resource "aws_s3_bucket" "b2890" {
  bucket = "bucket-2890"
}
resource "aws_s3_bucket" "b2891" {
  bucket = "bucket-2891"
}
resource "aws_s3_bucket" "b2892" {
  bucket = "bucket-2892"
}
resource "aws_s3_bucket" "b2893" {
  bucket = "bucket-2893"
}
resource "aws_s3_bucket" "b2894" {
  bucket = "bucket-2894"
}
resource "aws_s3_bucket" "b2895" {
  bucket = "bucket-2895"
}
resource "aws_s3_bucket" "b2896" {
  bucket = "bucket-2896"
}
resource "aws_s3_bucket" "b2897" {
  bucket = "bucket-2897"
}
resource "aws_s3_bucket" "b2898" {
  bucket = "bucket-2898"
}
resource "aws_s3_bucket" "b2899" {
  bucket = "bucket-2899"
}
resource "aws_s3_bucket" "b2900" {
  bucket = "bucket-2900"
}
resource "aws_s3_bucket" "b2901" {
  bucket = "bucket-2901"
}
resource "aws_s3_bucket" "b2902" {
  bucket = "bucket-2902"
}
resource "aws_s3_bucket" "b2903" {
  bucket = "bucket-2903"
}
resource "aws_s3_bucket" "b2904" {
  bucket = "bucket-2904"
}
resource "aws_s3_bucket" "b2905" {
  bucket = "bucket-2905"
}
resource "aws_s3_bucket" "b2906" {
  bucket = "bucket-2906"
}
resource "aws_s3_bucket" "b2907" {
  bucket = "bucket-2907"
}
resource "aws_s3_bucket" "b2908" {
  bucket = "bucket-2908"
}
resource "aws_s3_bucket" "b2909" {
  bucket = "bucket-2909"
}
resource "aws_s3_bucket" "b2910" {
  bucket = "bucket-2910"
}
resource "aws_s3_bucket" "b2911" {
  bucket = "bucket-2911"
}
resource "aws_s3_bucket" "b2912" {
  bucket = "bucket-2912"
}
resource "aws_s3_bucket" "b2913" {
  bucket = "bucket-2913"
}
resource "aws_s3_bucket" "b2914" {
  bucket = "bucket-2914"
}
resource "aws_s3_bucket" "b2915" {
  bucket = "bucket-2915"
}
resource "aws_s3_bucket" "b2916" {
  bucket = "bucket-2916"
}
resource "aws_s3_bucket" "b2917" {
  bucket = "bucket-2917"
}
resource "aws_s3_bucket" "b2918" {
  bucket = "bucket-2918"
}
resource "aws_s3_bucket" "b2919" {
  bucket = "bucket-2919"
}
resource "aws_s3_bucket" "b2920" {
  bucket = "bucket-2920"
}
resource "aws_s3_bucket" "b2921" {
  bucket = "bucket-2921"
}
resource "aws_s3_bucket" "b2922" {
  bucket = "bucket-2922"
}
resource "aws_s3_bucket" "b2923" {
  bucket = "bucket-2923"
}
resource "aws_s3_bucket" "b2924" {
  bucket = "bucket-2924"
}
resource "aws_s3_bucket" "b2925" {
  bucket = "bucket-2925"
}
resource "aws_s3_bucket" "b2926" {
  bucket = "bucket-2926"
}
resource "aws_s3_bucket" "b2927" {
  bucket = "bucket-2927"
}
resource "aws_s3_bucket" "b2928" {
  bucket = "bucket-2928"
}
resource "aws_s3_bucket" "b2929" {
  bucket = "bucket-2929"
}
resource "aws_s3_bucket" "b2930" {
  bucket = "bucket-2930"
}
resource "aws_s3_bucket" "b2931" {
  bucket = "bucket-2931"
}
resource "aws_s3_bucket" "b2932" {
  bucket = "bucket-2932"
}
resource "aws_s3_bucket" "b2933" {
  bucket = "bucket-2933"
}
resource "aws_s3_bucket" "b2934" {
  bucket = "bucket-2934"
}
resource "aws_s3_bucket" "b2935" {
  bucket = "bucket-2935"
}
resource "aws_s3_bucket" "b2936" {
  bucket = "bucket-2936"
}
resource "aws_s3_bucket" "b2937" {
  bucket = "bucket-2937"
}
resource "aws_s3_bucket" "b2938" {
  bucket = "bucket-2938"
}
resource "aws_s3_bucket" "b2939" {
  bucket = "bucket-2939"
}
resource "aws_s3_bucket" "b2940" {
  bucket = "bucket-2940"
}
resource "aws_s3_bucket" "b2941" {
  bucket = "bucket-2941"
}
resource "aws_s3_bucket" "b2942" {
  bucket = "bucket-2942"
}
resource "aws_s3_bucket" "b2943" {
  bucket = "bucket-2943"
}
resource "aws_s3_bucket" "b2944" {
  bucket = "bucket-2944"
}
resource "aws_s3_bucket" "b2945" {
  bucket = "bucket-2945"
}
resource "aws_s3_bucket" "b2946" {
  bucket = "bucket-2946"
}
resource "aws_s3_bucket" "b2947" {
  bucket = "bucket-2947"
}
resource "aws_s3_bucket" "b2948" {
  bucket = "bucket-2948"
}
resource "aws_s3_bucket" "b2949" {
  bucket = "bucket-2949"
}
resource "aws_s3_bucket" "b2950" {
  bucket = "bucket-2950"
}
resource "aws_s3_bucket" "b2951" {
  bucket = "bucket-2951"
}
resource "aws_s3_bucket" "b2952" {
  bucket = "bucket-2952"
}
resource "aws_s3_bucket" "b2953" {
  bucket = "bucket-2953"
}
resource "aws_s3_bucket" "b2954" {
  bucket = "bucket-2954"
}
resource "aws_s3_bucket" "b2955" {
  bucket = "bucket-2955"
}
resource "aws_s3_bucket" "b2956" {
  bucket = "bucket-2956"
}
resource "aws_s3_bucket" "b2957" {
  bucket = "bucket-2957"
}
resource "aws_s3_bucket" "b2958" {
  bucket = "bucket-2958"
}
resource "aws_s3_bucket" "b2959" {
  bucket = "bucket-2959"
}
resource "aws_s3_bucket" "b2960" {
  bucket = "bucket-2960"
}
resource "aws_s3_bucket" "b2961" {
  bucket = "bucket-2961"
}
resource "aws_s3_bucket" "b2962" {
  bucket = "bucket-2962"
}
resource "aws_s3_bucket" "b2963" {
  bucket = "bucket-2963"
}
resource "aws_s3_bucket" "b2964" {
  bucket = "bucket-2964"
}
resource "aws_s3_bucket" "b2965" {
  bucket = "bucket-2965"
}
resource "aws_s3_bucket" "b2966" {
  bucket = "bucket-2966"
}
resource "aws_s3_bucket" "b2967" {
  bucket = "bucket-2967"
}
resource "aws_s3_bucket" "b2968" {
  bucket = "bucket-2968"
}
resource "aws_s3_bucket" "b2969" {
  bucket = "bucket-2969"
}
resource "aws_s3_bucket" "b2970" {
  bucket = "bucket-2970"
}
resource "aws_s3_bucket" "b2971" {
  bucket = "bucket-2971"
}
resource "aws_s3_bucket" "b2972" {
  bucket = "bucket-2972"
}
resource "aws_s3_bucket" "b2973" {
  bucket = "bucket-2973"
}
resource "aws_s3_bucket" "b2974" {
  bucket = "bucket-2974"
}
resource "aws_s3_bucket" "b2975" {
  bucket = "bucket-2975"
}
resource "aws_s3_bucket" "b2976" {
  bucket = "bucket-2976"
}
resource "aws_s3_bucket" "b2977" {
  bucket = "bucket-2977"
}
resource "aws_s3_bucket" "b2978" {
  bucket = "bucket-2978"
}
resource "aws_s3_bucket" "b2979" {
  bucket = "bucket-2979"
}
resource "aws_s3_bucket" "b2980" {
  bucket = "bucket-2980"
}
resource "aws_s3_bucket" "b2981" {
  bucket = "bucket-2981"
}
resource "aws_s3_bucket" "b2982" {
  bucket = "bucket-2982"
}
resource "aws_s3_bucket" "b2983" {
  bucket = "bucket-2983"
}
resource "aws_s3_bucket" "b2984" {
  bucket = "bucket-2984"
}
resource "aws_s3_bucket" "b2985" {
  bucket = "bucket-2985"
}
resource "aws_s3_bucket" "b2986" {
  bucket = "bucket-2986"
}
resource "aws_s3_bucket" "b2987" {
  bucket = "bucket-2987"
}
resource "aws_s3_bucket" "b2988" {
  bucket = "bucket-2988"
}
resource "aws_s3_bucket" "b2989" {
  bucket = "bucket-2989"
}
resource "aws_s3_bucket" "b2990" {
  bucket = "bucket-2990"
}
resource "aws_s3_bucket" "b2991" {
  bucket = "bucket-2991"
}
resource "aws_s3_bucket" "b2992" {
  bucket = "bucket-2992"
}
resource "aws_s3_bucket" "b2993" {
  bucket = "bucket-2993"
}
resource "aws_s3_bucket" "b2994" {
  bucket = "bucket-2994"
}
resource "aws_s3_bucket" "b2995" {
  bucket = "bucket-2995"
}
resource "aws_s3_bucket" "b2996" {
  bucket = "bucket-2996"
}
resource "aws_s3_bucket" "b2997" {
  bucket = "bucket-2997"
}
resource "aws_s3_bucket" "b2998" {
  bucket = "bucket-2998"
}
resource "aws_s3_bucket" "b2999" {
  bucket = "bucket-2999"
}
resource "aws_s3_bucket" "b3000" {
  bucket = "bucket-3000"
}
resource "aws_s3_bucket" "b3001" {
  bucket = "bucket-3001"
}
resource "aws_s3_bucket" "b3002" {
  bucket = "bucket-3002"
}
resource "aws_s3_bucket" "b3003" {
  bucket = "bucket-3003"
}
resource "aws_s3_bucket" "b3004" {
  bucket = "bucket-3004"
}
resource "aws_s3_bucket" "b3005" {
  bucket = "bucket-3005"
}
resource "aws_s3_bucket" "b3006" {
  bucket = "bucket-3006"
}
resource "aws_s3_bucket" "b3007" {
  bucket = "bucket-3007"
}
resource "aws_s3_bucket" "b3008" {
  bucket = "bucket-3008"
}
resource "aws_s3_bucket" "b3009" {
  bucket = "bucket-3009"
}
resource "aws_s3_bucket" "b3010" {
  bucket = "bucket-3010"
}
resource "aws_s3_bucket" "b3011" {
  bucket = "bucket-3011"
}
resource "aws_s3_bucket" "b3012" {
  bucket = "bucket-3012"
}
resource "aws_s3_bucket" "b3013" {
  bucket = "bucket-3013"
}
resource "aws_s3_bucket" "b3014" {
  bucket = "bucket-3014"
}
resource "aws_s3_bucket" "b3015" {
  bucket = "bucket-3015"
}
resource "aws_s3_bucket" "b3016" {
  bucket = "bucket-3016"
}
resource "aws_s3_bucket" "b3017" {
  bucket = "bucket-3017"
}
resource "aws_s3_bucket" "b3018" {
  bucket = "bucket-3018"
}
resource "aws_s3_bucket" "b3019" {
  bucket = "bucket-3019"
}
resource "aws_s3_bucket" "b3020" {
  bucket = "bucket-3020"
}
resource "aws_s3_bucket" "b3021" {
  bucket = "bucket-3021"
}
resource "aws_s3_bucket" "b3022" {
  bucket = "bucket-3022"
}
resource "aws_s3_bucket" "b3023" {
  bucket = "bucket-3023"
}
resource "aws_s3_bucket" "b3024" {
  bucket = "bucket-3024"
}
resource "aws_s3_bucket" "b3025" {
  bucket = "bucket-3025"
}
resource "aws_s3_bucket" "b3026" {
  bucket = "bucket-3026"
}
resource "aws_s3_bucket" "b3027" {
  bucket = "bucket-3027"
}
resource "aws_s3_bucket" "b3028" {
  bucket = "bucket-3028"
}
resource "aws_s3_bucket" "b3029" {
  bucket = "bucket-3029"
}
resource "aws_s3_bucket" "b3030" {
  bucket = "bucket-3030"
}
resource "aws_s3_bucket" "b3031" {
  bucket = "bucket-3031"
}
resource "aws_s3_bucket" "b3032" {
  bucket = "bucket-3032"
}
resource "aws_s3_bucket" "b3033" {
  bucket = "bucket-3033"
}
resource "aws_s3_bucket" "b3034" {
  bucket = "bucket-3034"
}
resource "aws_s3_bucket" "b3035" {
  bucket = "bucket-3035"
}
resource "aws_s3_bucket" "b3036" {
  bucket = "bucket-3036"
}
resource "aws_s3_bucket" "b3037" {
  bucket = "bucket-3037"
}
resource "aws_s3_bucket" "b3038" {
  bucket = "bucket-3038"
}
resource "aws_s3_bucket" "b3039" {
  bucket = "bucket-3039"
}
resource "aws_s3_bucket" "b3040" {
  bucket = "bucket-3040"
}
resource "aws_s3_bucket" "b3041" {
  bucket = "bucket-3041"
}
resource "aws_s3_bucket" "b3042" {
  bucket = "bucket-3042"
}
resource "aws_s3_bucket" "b3043" {
  bucket = "bucket-3043"
}
resource "aws_s3_bucket" "b3044" {
  bucket = "bucket-3044"
}
resource "aws_s3_bucket" "b3045" {
  bucket = "bucket-3045"
}
resource "aws_s3_bucket" "b3046" {
  bucket = "bucket-3046"
}
resource "aws_s3_bucket" "b3047" {
  bucket = "bucket-3047"
}
resource "aws_s3_bucket" "b3048" {
  bucket = "bucket-3048"
}
resource "aws_s3_bucket" "b3049" {
  bucket = "bucket-3049"
}
resource "aws_s3_bucket" "b3050" {
  bucket = "bucket-3050"
}
resource "aws_s3_bucket" "b3051" {
  bucket = "bucket-3051"
}
resource "aws_s3_bucket" "b3052" {
  bucket = "bucket-3052"
}
resource "aws_s3_bucket" "b3053" {
  bucket = "bucket-3053"
}
resource "aws_s3_bucket" "b3054" {
  bucket = "bucket-3054"
}
resource "aws_s3_bucket" "b3055" {
  bucket = "bucket-3055"
}
resource "aws_s3_bucket" "b3056" {
  bucket = "bucket-3056"
}
resource "aws_s3_bucket" "b3057" {
  bucket = "bucket-3057"
}
resource "aws_s3_bucket" "b3058" {
  bucket = "bucket-3058"
}
resource "aws_s3_bucket" "b3059" {
  bucket = "bucket-3059"
}
resource "aws_s3_bucket" "b3060" {
  bucket = "bucket-3060"
}
resource "aws_s3_bucket" "b3061" {
  bucket = "bucket-3061"
}
resource "aws_s3_bucket" "b3062" {
  bucket = "bucket-3062"
}
resource "aws_s3_bucket" "b3063" {
  bucket = "bucket-3063"
}
resource "aws_s3_bucket" "b3064" {
  bucket = "bucket-3064"
}
resource "aws_s3_bucket" "b3065" {
  bucket = "bucket-3065"
}
resource "aws_s3_bucket" "b3066" {
  bucket = "bucket-3066"
}
resource "aws_s3_bucket" "b3067" {
  bucket = "bucket-3067"
}
resource "aws_s3_bucket" "b3068" {
  bucket = "bucket-3068"
}
resource "aws_s3_bucket" "b3069" {
  bucket = "bucket-3069"
}
resource "aws_s3_bucket" "b3070" {
  bucket = "bucket-3070"
}
resource "aws_s3_bucket" "b3071" {
  bucket = "bucket-3071"
}
resource "aws_s3_bucket" "b3072" {
  bucket = "bucket-3072"
}
resource "aws_s3_bucket" "b3073" {
  bucket = "bucket-3073"
}
resource "aws_s3_bucket" "b3074" {
  bucket = "bucket-3074"
}
resource "aws_s3_bucket" "b3075" {
  bucket = "bucket-3075"
}
resource "aws_s3_bucket" "b3076" {
  bucket = "bucket-3076"
}
resource "aws_s3_bucket" "b3077" {
  bucket = "bucket-3077"
}
resource "aws_s3_bucket" "b3078" {
  bucket = "bucket-3078"
}
resource "aws_s3_bucket" "b3079" {
  bucket = "bucket-3079"
}
resource "aws_s3_bucket" "b3080" {
  bucket = "bucket-3080"
}
resource "aws_s3_bucket" "b3081" {
  bucket = "bucket-3081"
}
resource "aws_s3_bucket" "b3082" {
  bucket = "bucket-3082"
}
resource "aws_s3_bucket" "b3083" {
  bucket = "bucket-3083"
}
resource "aws_s3_bucket" "b3084" {
  bucket = "bucket-3084"
}
resource "aws_s3_bucket" "b3085" {
  bucket = "bucket-3085"
}
resource "aws_s3_bucket" "b3086" {
  bucket = "bucket-3086"
}
resource "aws_s3_bucket" "b3087" {
  bucket = "bucket-3087"
}
resource "aws_s3_bucket" "b3088" {
  bucket = "bucket-3088"
}
resource "aws_s3_bucket" "b3089" {
  bucket = "bucket-3089"
}
resource "aws_s3_bucket" "b3090" {
  bucket = "bucket-3090"
}
resource "aws_s3_bucket" "b3091" {
  bucket = "bucket-3091"
}
resource "aws_s3_bucket" "b3092" {
  bucket = "bucket-3092"
}
resource "aws_s3_bucket" "b3093" {
  bucket = "bucket-3093"
}
resource "aws_s3_bucket" "b3094" {
  bucket = "bucket-3094"
}
resource "aws_s3_bucket" "b3095" {
  bucket = "bucket-3095"
}
resource "aws_s3_bucket" "b3096" {
  bucket = "bucket-3096"
}
resource "aws_s3_bucket" "b3097" {
  bucket = "bucket-3097"
}
resource "aws_s3_bucket" "b3098" {
  bucket = "bucket-3098"
}
resource "aws_s3_bucket" "b3099" {
  bucket = "bucket-3099"
}
resource "aws_s3_bucket" "b3100" {
  bucket = "bucket-3100"
}
resource "aws_s3_bucket" "b3101" {
  bucket = "bucket-3101"
}
resource "aws_s3_bucket" "b3102" {
  bucket = "bucket-3102"
}
resource "aws_s3_bucket" "b3103" {
  bucket = "bucket-3103"
}
resource "aws_s3_bucket" "b3104" {
  bucket = "bucket-3104"
}
resource "aws_s3_bucket" "b3105" {
  bucket = "bucket-3105"
}
resource "aws_s3_bucket" "b3106" {
  bucket = "bucket-3106"
}
resource "aws_s3_bucket" "b3107" {
  bucket = "bucket-3107"
}
resource "aws_s3_bucket" "b3108" {
  bucket = "bucket-3108"
}
resource "aws_s3_bucket" "b3109" {
  bucket = "bucket-3109"
}
resource "aws_s3_bucket" "b3110" {
  bucket = "bucket-3110"
}
resource "aws_s3_bucket" "b3111" {
  bucket = "bucket-3111"
}
resource "aws_s3_bucket" "b3112" {
  bucket = "bucket-3112"
}
resource "aws_s3_bucket" "b3113" {
  bucket = "bucket-3113"
}
resource "aws_s3_bucket" "b3114" {
  bucket = "bucket-3114"
}
resource "aws_s3_bucket" "b3115" {
  bucket = "bucket-3115"
}
resource "aws_s3_bucket" "b3116" {
  bucket = "bucket-3116"
}
resource "aws_s3_bucket" "b3117" {
  bucket = "bucket-3117"
}
resource "aws_s3_bucket" "b3118" {
  bucket = "bucket-3118"
}
resource "aws_s3_bucket" "b3119" {
  bucket = "bucket-3119"
}
resource "aws_s3_bucket" "b3120" {
  bucket = "bucket-3120"
}
resource "aws_s3_bucket" "b3121" {
  bucket = "bucket-3121"
}
resource "aws_s3_bucket" "b3122" {
  bucket = "bucket-3122"
}
resource "aws_s3_bucket" "b3123" {
  bucket = "bucket-3123"
}
resource "aws_s3_bucket" "b3124" {
  bucket = "bucket-3124"
}
resource "aws_s3_bucket" "b3125" {
  bucket = "bucket-3125"
}
resource "aws_s3_bucket" "b3126" {
  bucket = "bucket-3126"
}
resource "aws_s3_bucket" "b3127" {
  bucket = "bucket-3127"
}
resource "aws_s3_bucket" "b3128" {
  bucket = "bucket-3128"
}
resource "aws_s3_bucket" "b3129" {
  bucket = "bucket-3129"
}
resource "aws_s3_bucket" "b3130" {
  bucket = "bucket-3130"
}
resource "aws_s3_bucket" "b3131" {
  bucket = "bucket-3131"
}
resource "aws_s3_bucket" "b3132" {
  bucket = "bucket-3132"
}
resource "aws_s3_bucket" "b3133" {
  bucket = "bucket-3133"
}
resource "aws_s3_bucket" "b3134" {
  bucket = "bucket-3134"
}
resource "aws_s3_bucket" "b3135" {
  bucket = "bucket-3135"
}
resource "aws_s3_bucket" "b3136" {
  bucket = "bucket-3136"
}
resource "aws_s3_bucket" "b3137" {
  bucket = "bucket-3137"
}
resource "aws_s3_bucket" "b3138" {
  bucket = "bucket-3138"
}
resource "aws_s3_bucket" "b3139" {
  bucket = "bucket-3139"
}
resource "aws_s3_bucket" "b3140" {
  bucket = "bucket-3140"
}
resource "aws_s3_bucket" "b3141" {
  bucket = "bucket-3141"
}
resource "aws_s3_bucket" "b3142" {
  bucket = "bucket-3142"
}
resource "aws_s3_bucket" "b3143" {
  bucket = "bucket-3143"
}
resource "aws_s3_bucket" "b3144" {
  bucket = "bucket-3144"
}
resource "aws_s3_bucket" "b3145" {
  bucket = "bucket-3145"
}
resource "aws_s3_bucket" "b3146" {
  bucket = "bucket-3146"
}
resource "aws_s3_bucket" "b3147" {
  bucket = "bucket-3147"
}
resource "aws_s3_bucket" "b3148" {
  bucket = "bucket-3148"
}
resource "aws_s3_bucket" "b3149" {
  bucket = "bucket-3149"
}
resource "aws_s3_bucket" "b3150" {
  bucket = "bucket-3150"
}
resource "aws_s3_bucket" "b3151" {
  bucket = "bucket-3151"
}
resource "aws_s3_bucket" "b3152" {
  bucket = "bucket-3152"
}
resource "aws_s3_bucket" "b3153" {
  bucket = "bucket-3153"
}
resource "aws_s3_bucket" "b3154" {
  bucket = "bucket-3154"
}
resource "aws_s3_bucket" "b3155" {
  bucket = "bucket-3155"
}
resource "aws_s3_bucket" "b3156" {
  bucket = "bucket-3156"
}
resource "aws_s3_bucket" "b3157" {
  bucket = "bucket-3157"
}
resource "aws_s3_bucket" "b3158" {
  bucket = "bucket-3158"
}
resource "aws_s3_bucket" "b3159" {
  bucket = "bucket-3159"
}
resource "aws_s3_bucket" "b3160" {
  bucket = "bucket-3160"
}
resource "aws_s3_bucket" "b3161" {
  bucket = "bucket-3161"
}
resource "aws_s3_bucket" "b3162" {
  bucket = "bucket-3162"
}
resource "aws_s3_bucket" "b3163" {
  bucket = "bucket-3163"
}
resource "aws_s3_bucket" "b3164" {
  bucket = "bucket-3164"
}
resource "aws_s3_bucket" "b3165" {
  bucket = "bucket-3165"
}
resource "aws_s3_bucket" "b3166" {
  bucket = "bucket-3166"
}
resource "aws_s3_bucket" "b3167" {
  bucket = "bucket-3167"
}
resource "aws_s3_bucket" "b3168" {
  bucket = "bucket-3168"
}
resource "aws_s3_bucket" "b3169" {
  bucket = "bucket-3169"
}
resource "aws_s3_bucket" "b3170" {
  bucket = "bucket-3170"
}
resource "aws_s3_bucket" "b3171" {
  bucket = "bucket-3171"
}
resource "aws_s3_bucket" "b3172" {
  bucket = "bucket-3172"
}
resource "aws_s3_bucket" "b3173" {
  bucket = "bucket-3173"
}
resource "aws_s3_bucket" "b3174" {
  bucket = "bucket-3174"
}
resource "aws_s3_bucket" "b3175" {
  bucket = "bucket-3175"
}
resource "aws_s3_bucket" "b3176" {
  bucket = "bucket-3176"
}
resource "aws_s3_bucket" "b3177" {
  bucket = "bucket-3177"
}
resource "aws_s3_bucket" "b3178" {
  bucket = "bucket-3178"
}
resource "aws_s3_bucket" "b3179" {
  bucket = "bucket-3179"
}
resource "aws_s3_bucket" "b3180" {
  bucket = "bucket-3180"
}
resource "aws_s3_bucket" "b3181" {
  bucket = "bucket-3181"
}
resource "aws_s3_bucket" "b3182" {
  bucket = "bucket-3182"
}
resource "aws_s3_bucket" "b3183" {
  bucket = "bucket-3183"
}
resource "aws_s3_bucket" "b3184" {
  bucket = "bucket-3184"
}
resource "aws_s3_bucket" "b3185" {
  bucket = "bucket-3185"
}
resource "aws_s3_bucket" "b3186" {
  bucket = "bucket-3186"
}
resource "aws_s3_bucket" "b3187" {
  bucket = "bucket-3187"
}
resource "aws_s3_bucket" "b3188" {
  bucket = "bucket-3188"
}
resource "aws_s3_bucket" "b3189" {
  bucket = "bucket-3189"
}
resource "aws_s3_bucket" "b3190" {
  bucket = "bucket-3190"
}
resource "aws_s3_bucket" "b3191" {
  bucket = "bucket-3191"
}
resource "aws_s3_bucket" "b3192" {
  bucket = "bucket-3192"
}
resource "aws_s3_bucket" "b3193" {
  bucket = "bucket-3193"
}
resource "aws_s3_bucket" "b3194" {
  bucket = "bucket-3194"
}
resource "aws_s3_bucket" "b3195" {
  bucket = "bucket-3195"
}
resource "aws_s3_bucket" "b3196" {
  bucket = "bucket-3196"
}
resource "aws_s3_bucket" "b3197" {
  bucket = "bucket-3197"
}
resource "aws_s3_bucket" "b3198" {
  bucket = "bucket-3198"
}
resource "aws_s3_bucket" "b3199" {
  bucket = "bucket-3199"
}
resource "aws_s3_bucket" "b3200" {
  bucket = "bucket-3200"
}
resource "aws_s3_bucket" "b3201" {
  bucket = "bucket-3201"
}
resource "aws_s3_bucket" "b3202" {
  bucket = "bucket-3202"
}
resource "aws_s3_bucket" "b3203" {
  bucket = "bucket-3203"
}
resource "aws_s3_bucket" "b3204" {
  bucket = "bucket-3204"
}
resource "aws_s3_bucket" "b3205" {
  bucket = "bucket-3205"
}
resource "aws_s3_bucket" "b3206" {
  bucket = "bucket-3206"
}
resource "aws_s3_bucket" "b3207" {
  bucket = "bucket-3207"
}
resource "aws_s3_bucket" "b3208" {
  bucket = "bucket-3208"
}
resource "aws_s3_bucket" "b3209" {
  bucket = "bucket-3209"
}
resource "aws_s3_bucket" "b3210" {
  bucket = "bucket-3210"
}
resource "aws_s3_bucket" "b3211" {
  bucket = "bucket-3211"
}
resource "aws_s3_bucket" "b3212" {
  bucket = "bucket-3212"
}
resource "aws_s3_bucket" "b3213" {
  bucket = "bucket-3213"
}
resource "aws_s3_bucket" "b3214" {
  bucket = "bucket-3214"
}
resource "aws_s3_bucket" "b3215" {
  bucket = "bucket-3215"
}
resource "aws_s3_bucket" "b3216" {
  bucket = "bucket-3216"
}
resource "aws_s3_bucket" "b3217" {
  bucket = "bucket-3217"
}
resource "aws_s3_bucket" "b3218" {
  bucket = "bucket-3218"
}
resource "aws_s3_bucket" "b3219" {
  bucket = "bucket-3219"
}
resource "aws_s3_bucket" "b3220" {
  bucket = "bucket-3220"
}
resource "aws_s3_bucket" "b3221" {
  bucket = "bucket-3221"
}
resource "aws_s3_bucket" "b3222" {
  bucket = "bucket-3222"
}
resource "aws_s3_bucket" "b3223" {
  bucket = "bucket-3223"
}
resource "aws_s3_bucket" "b3224" {
  bucket = "bucket-3224"
}
resource "aws_s3_bucket" "b3225" {
  bucket = "bucket-3225"
}
resource "aws_s3_bucket" "b3226" {
  bucket = "bucket-3226"
}
resource "aws_s3_bucket" "b3227" {
  bucket = "bucket-3227"
}
resource "aws_s3_bucket" "b3228" {
  bucket = "bucket-3228"
}
resource "aws_s3_bucket" "b3229" {
  bucket = "bucket-3229"
}
resource "aws_s3_bucket" "b3230" {
  bucket = "bucket-3230"
}
resource "aws_s3_bucket" "b3231" {
  bucket = "bucket-3231"
}
resource "aws_s3_bucket" "b3232" {
  bucket = "bucket-3232"
}
resource "aws_s3_bucket" "b3233" {
  bucket = "bucket-3233"
}
resource "aws_s3_bucket" "b3234" {
  bucket = "bucket-3234"
}
resource "aws_s3_bucket" "b3235" {
  bucket = "bucket-3235"
}
resource "aws_s3_bucket" "b3236" {
  bucket = "bucket-3236"
}
resource "aws_s3_bucket" "b3237" {
  bucket = "bucket-3237"
}
resource "aws_s3_bucket" "b3238" {
  bucket = "bucket-3238"
}
resource "aws_s3_bucket" "b3239" {
  bucket = "bucket-3239"
}
resource "aws_s3_bucket" "b3240" {
  bucket = "bucket-3240"
}
resource "aws_s3_bucket" "b3241" {
  bucket = "bucket-3241"
}
resource "aws_s3_bucket" "b3242" {
  bucket = "bucket-3242"
}
resource "aws_s3_bucket" "b3243" {
  bucket = "bucket-3243"
}
resource "aws_s3_bucket" "b3244" {
  bucket = "bucket-3244"
}
resource "aws_s3_bucket" "b3245" {
  bucket = "bucket-3245"
}
resource "aws_s3_bucket" "b3246" {
  bucket = "bucket-3246"
}
resource "aws_s3_bucket" "b3247" {
  bucket = "bucket-3247"
}
resource "aws_s3_bucket" "b3248" {
  bucket = "bucket-3248"
}
resource "aws_s3_bucket" "b3249" {
  bucket = "bucket-3249"
}
resource "aws_s3_bucket" "b3250" {
  bucket = "bucket-3250"
}
resource "aws_s3_bucket" "b3251" {
  bucket = "bucket-3251"
}
resource "aws_s3_bucket" "b3252" {
  bucket = "bucket-3252"
}
resource "aws_s3_bucket" "b3253" {
  bucket = "bucket-3253"
}
resource "aws_s3_bucket" "b3254" {
  bucket = "bucket-3254"
}
resource "aws_s3_bucket" "b3255" {
  bucket = "bucket-3255"
}
resource "aws_s3_bucket" "b3256" {
  bucket = "bucket-3256"
}
resource "aws_s3_bucket" "b3257" {
  bucket = "bucket-3257"
}
resource "aws_s3_bucket" "b3258" {
  bucket = "bucket-3258"
}
resource "aws_s3_bucket" "b3259" {
  bucket = "bucket-3259"
}
resource "aws_s3_bucket" "b3260" {
  bucket = "bucket-3260"
}
resource "aws_s3_bucket" "b3261" {
  bucket = "bucket-3261"
}
resource "aws_s3_bucket" "b3262" {
  bucket = "bucket-3262"
}
resource "aws_s3_bucket" "b3263" {
  bucket = "bucket-3263"
}
resource "aws_s3_bucket" "b3264" {
  bucket = "bucket-3264"
}
resource "aws_s3_bucket" "b3265" {
  bucket = "bucket-3265"
}
resource "aws_s3_bucket" "b3266" {
  bucket = "bucket-3266"
}
resource "aws_s3_bucket" "b3267" {
  bucket = "bucket-3267"
}
resource "aws_s3_bucket" "b3268" {
  bucket = "bucket-3268"
}
resource "aws_s3_bucket" "b3269" {
  bucket = "bucket-3269"
}
resource "aws_s3_bucket" "b3270" {
  bucket = "bucket-3270"
}
resource "aws_s3_bucket" "b3271" {
  bucket = "bucket-3271"
}
resource "aws_s3_bucket" "b3272" {
  bucket = "bucket-3272"
}
resource "aws_s3_bucket" "b3273" {
  bucket = "bucket-3273"
}
resource "aws_s3_bucket" "b3274" {
  bucket = "bucket-3274"
}
resource "aws_s3_bucket" "b3275" {
  bucket = "bucket-3275"
}
resource "aws_s3_bucket" "b3276" {
  bucket = "bucket-3276"
}
resource "aws_s3_bucket" "b3277" {
  bucket = "bucket-3277"
}
resource "aws_s3_bucket" "b3278" {
  bucket = "bucket-3278"
}
resource "aws_s3_bucket" "b3279" {
  bucket = "bucket-3279"
}
resource "aws_s3_bucket" "b3280" {
  bucket = "bucket-3280"
}
resource "aws_s3_bucket" "b3281" {
  bucket = "bucket-3281"
}
resource "aws_s3_bucket" "b3282" {
  bucket = "bucket-3282"
}
resource "aws_s3_bucket" "b3283" {
  bucket = "bucket-3283"
}
resource "aws_s3_bucket" "b3284" {
  bucket = "bucket-3284"
}
resource "aws_s3_bucket" "b3285" {
  bucket = "bucket-3285"
}
resource "aws_s3_bucket" "b3286" {
  bucket = "bucket-3286"
}
resource "aws_s3_bucket" "b3287" {
  bucket = "bucket-3287"
}
resource "aws_s3_bucket" "b3288" {
  bucket = "bucket-3288"
}
resource "aws_s3_bucket" "b3289" {
  bucket = "bucket-3289"
}
resource "aws_s3_bucket" "b3290" {
  bucket = "bucket-3290"
}
resource "aws_s3_bucket" "b3291" {
  bucket = "bucket-3291"
}
resource "aws_s3_bucket" "b3292" {
  bucket = "bucket-3292"
}
resource "aws_s3_bucket" "b3293" {
  bucket = "bucket-3293"
}
resource "aws_s3_bucket" "b3294" {
  bucket = "bucket-3294"
}
resource "aws_s3_bucket" "b3295" {
  bucket = "bucket-3295"
}
resource "aws_s3_bucket" "b3296" {
  bucket = "bucket-3296"
}
resource "aws_s3_bucket" "b3297" {
  bucket = "bucket-3297"
}
resource "aws_s3_bucket" "b3298" {
  bucket = "bucket-3298"
}
resource "aws_s3_bucket" "b3299" {
  bucket = "bucket-3299"
}
resource "aws_s3_bucket" "b3300" {
  bucket = "bucket-3300"
}
resource "aws_s3_bucket" "b3301" {
  bucket = "bucket-3301"
}
resource "aws_s3_bucket" "b3302" {
  bucket = "bucket-3302"
}
resource "aws_s3_bucket" "b3303" {
  bucket = "bucket-3303"
}
resource "aws_s3_bucket" "b3304" {
  bucket = "bucket-3304"
}
resource "aws_s3_bucket" "b3305" {
  bucket = "bucket-3305"
}
resource "aws_s3_bucket" "b3306" {
  bucket = "bucket-3306"
}
resource "aws_s3_bucket" "b3307" {
  bucket = "bucket-3307"
}
resource "aws_s3_bucket" "b3308" {
  bucket = "bucket-3308"
}
resource "aws_s3_bucket" "b3309" {
  bucket = "bucket-3309"
}
resource "aws_s3_bucket" "b3310" {
  bucket = "bucket-3310"
}
resource "aws_s3_bucket" "b3311" {
  bucket = "bucket-3311"
}
resource "aws_s3_bucket" "b3312" {
  bucket = "bucket-3312"
}
resource "aws_s3_bucket" "b3313" {
  bucket = "bucket-3313"
}
resource "aws_s3_bucket" "b3314" {
  bucket = "bucket-3314"
}
resource "aws_s3_bucket" "b3315" {
  bucket = "bucket-3315"
}
resource "aws_s3_bucket" "b3316" {
  bucket = "bucket-3316"
}
resource "aws_s3_bucket" "b3317" {
  bucket = "bucket-3317"
}
resource "aws_s3_bucket" "b3318" {
  bucket = "bucket-3318"
}
resource "aws_s3_bucket" "b3319" {
  bucket = "bucket-3319"
}
resource "aws_s3_bucket" "b3320" {
  bucket = "bucket-3320"
}
resource "aws_s3_bucket" "b3321" {
  bucket = "bucket-3321"
}
resource "aws_s3_bucket" "b3322" {
  bucket = "bucket-3322"
}
resource "aws_s3_bucket" "b3323" {
  bucket = "bucket-3323"
}
resource "aws_s3_bucket" "b3324" {
  bucket = "bucket-3324"
}
resource "aws_s3_bucket" "b3325" {
  bucket = "bucket-3325"
}
resource "aws_s3_bucket" "b3326" {
  bucket = "bucket-3326"
}
resource "aws_s3_bucket" "b3327" {
  bucket = "bucket-3327"
}
resource "aws_s3_bucket" "b3328" {
  bucket = "bucket-3328"
}
resource "aws_s3_bucket" "b3329" {
  bucket = "bucket-3329"
}
resource "aws_s3_bucket" "b3330" {
  bucket = "bucket-3330"
}
resource "aws_s3_bucket" "b3331" {
  bucket = "bucket-3331"
}
resource "aws_s3_bucket" "b3332" {
  bucket = "bucket-3332"
}
resource "aws_s3_bucket" "b3333" {
  bucket = "bucket-3333"
}
resource "aws_s3_bucket" "b3334" {
  bucket = "bucket-3334"
}
resource "aws_s3_bucket" "b3335" {
  bucket = "bucket-3335"
}
resource "aws_s3_bucket" "b3336" {
  bucket = "bucket-3336"
}
resource "aws_s3_bucket" "b3337" {
  bucket = "bucket-3337"
}
resource "aws_s3_bucket" "b3338" {
  bucket = "bucket-3338"
}
resource "aws_s3_bucket" "b3339" {
  bucket = "bucket-3339"
}
resource "aws_s3_bucket" "b3340" {
  bucket = "bucket-3340"
}
resource "aws_s3_bucket" "b3341" {
  bucket = "bucket-3341"
}
resource "aws_s3_bucket" "b3342" {
  bucket = "bucket-3342"
}
resource "aws_s3_bucket" "b3343" {
  bucket = "bucket-3343"
}
resource "aws_s3_bucket" "b3344" {
  bucket = "bucket-3344"
}
resource "aws_s3_bucket" "b3345" {
  bucket = "bucket-3345"
}
resource "aws_s3_bucket" "b3346" {
  bucket = "bucket-3346"
}
resource "aws_s3_bucket" "b3347" {
  bucket = "bucket-3347"
}
resource "aws_s3_bucket" "b3348" {
  bucket = "bucket-3348"
}
resource "aws_s3_bucket" "b3349" {
  bucket = "bucket-3349"
}
resource "aws_s3_bucket" "b3350" {
  bucket = "bucket-3350"
}
resource "aws_s3_bucket" "b3351" {
  bucket = "bucket-3351"
}
resource "aws_s3_bucket" "b3352" {
  bucket = "bucket-3352"
}
resource "aws_s3_bucket" "b3353" {
  bucket = "bucket-3353"
}
resource "aws_s3_bucket" "b3354" {
  bucket = "bucket-3354"
}
resource "aws_s3_bucket" "b3355" {
  bucket = "bucket-3355"
}
resource "aws_s3_bucket" "b3356" {
  bucket = "bucket-3356"
}
resource "aws_s3_bucket" "b3357" {
  bucket = "bucket-3357"
}
resource "aws_s3_bucket" "b3358" {
  bucket = "bucket-3358"
}
resource "aws_s3_bucket" "b3359" {
  bucket = "bucket-3359"
}
resource "aws_s3_bucket" "b3360" {
  bucket = "bucket-3360"
}
resource "aws_s3_bucket" "b3361" {
  bucket = "bucket-3361"
}
resource "aws_s3_bucket" "b3362" {
  bucket = "bucket-3362"
}
resource "aws_s3_bucket" "b3363" {
  bucket = "bucket-3363"
}
resource "aws_s3_bucket" "b3364" {
  bucket = "bucket-3364"
}
resource "aws_s3_bucket" "b3365" {
  bucket = "bucket-3365"
}
resource "aws_s3_bucket" "b3366" {
  bucket = "bucket-3366"
}
resource "aws_s3_bucket" "b3367" {
  bucket = "bucket-3367"
}
resource "aws_s3_bucket" "b3368" {
  bucket = "bucket-3368"
}
resource "aws_s3_bucket" "b3369" {
  bucket = "bucket-3369"
}
resource "aws_s3_bucket" "b3370" {
  bucket = "bucket-3370"
}
resource "aws_s3_bucket" "b3371" {
  bucket = "bucket-3371"
}
resource "aws_s3_bucket" "b3372" {
  bucket = "bucket-3372"
}
resource "aws_s3_bucket" "b3373" {
  bucket = "bucket-3373"
}
resource "aws_s3_bucket" "b3374" {
  bucket = "bucket-3374"
}
resource "aws_s3_bucket" "b3375" {
  bucket = "bucket-3375"
}
resource "aws_s3_bucket" "b3376" {
  bucket = "bucket-3376"
}
resource "aws_s3_bucket" "b3377" {
  bucket = "bucket-3377"
}
resource "aws_s3_bucket" "b3378" {
  bucket = "bucket-3378"
}
resource "aws_s3_bucket" "b3379" {
  bucket = "bucket-3379"
}
resource "aws_s3_bucket" "b3380" {
  bucket = "bucket-3380"
}
resource "aws_s3_bucket" "b3381" {
  bucket = "bucket-3381"
}
resource "aws_s3_bucket" "b3382" {
  bucket = "bucket-3382"
}
resource "aws_s3_bucket" "b3383" {
  bucket = "bucket-3383"
}
resource "aws_s3_bucket" "b3384" {
  bucket = "bucket-3384"
}
resource "aws_s3_bucket" "b3385" {
  bucket = "bucket-3385"
}
resource "aws_s3_bucket" "b3386" {
  bucket = "bucket-3386"
}
resource "aws_s3_bucket" "b3387" {
  bucket = "bucket-3387"
}
resource "aws_s3_bucket" "b3388" {
  bucket = "bucket-3388"
}
resource "aws_s3_bucket" "b3389" {
  bucket = "bucket-3389"
}
resource "aws_s3_bucket" "b3390" {
  bucket = "bucket-3390"
}
resource "aws_s3_bucket" "b3391" {
  bucket = "bucket-3391"
}
resource "aws_s3_bucket" "b3392" {
  bucket = "bucket-3392"
}
resource "aws_s3_bucket" "b3393" {
  bucket = "bucket-3393"
}
resource "aws_s3_bucket" "b3394" {
  bucket = "bucket-3394"
}
resource "aws_s3_bucket" "b3395" {
  bucket = "bucket-3395"
}
resource "aws_s3_bucket" "b3396" {
  bucket = "bucket-3396"
}
resource "aws_s3_bucket" "b3397" {
  bucket = "bucket-3397"
}
resource "aws_s3_bucket" "b3398" {
  bucket = "bucket-3398"
}
resource "aws_s3_bucket" "b3399" {
  bucket = "bucket-3399"
}
resource "aws_s3_bucket" "b3400" {
  bucket = "bucket-3400"
}
resource "aws_s3_bucket" "b3401" {
  bucket = "bucket-3401"
}
resource "aws_s3_bucket" "b3402" {
  bucket = "bucket-3402"
}
resource "aws_s3_bucket" "b3403" {
  bucket = "bucket-3403"
}
resource "aws_s3_bucket" "b3404" {
  bucket = "bucket-3404"
}
resource "aws_s3_bucket" "b3405" {
  bucket = "bucket-3405"
}
resource "aws_s3_bucket" "b3406" {
  bucket = "bucket-3406"
}
resource "aws_s3_bucket" "b3407" {
  bucket = "bucket-3407"
}
resource "aws_s3_bucket" "b3408" {
  bucket = "bucket-3408"
}
resource "aws_s3_bucket" "b3409" {
  bucket = "bucket-3409"
}
resource "aws_s3_bucket" "b3410" {
  bucket = "bucket-3410"
}
resource "aws_s3_bucket" "b3411" {
  bucket = "bucket-3411"
}
resource "aws_s3_bucket" "b3412" {
  bucket = "bucket-3412"
}
resource "aws_s3_bucket" "b3413" {
  bucket = "bucket-3413"
}
resource "aws_s3_bucket" "b3414" {
  bucket = "bucket-3414"
}
resource "aws_s3_bucket" "b3415" {
  bucket = "bucket-3415"
}
resource "aws_s3_bucket" "b3416" {
  bucket = "bucket-3416"
}
resource "aws_s3_bucket" "b3417" {
  bucket = "bucket-3417"
}
resource "aws_s3_bucket" "b3418" {
  bucket = "bucket-3418"
}
resource "aws_s3_bucket" "b3419" {
  bucket = "bucket-3419"
}
resource "aws_s3_bucket" "b3420" {
  bucket = "bucket-3420"
}
resource "aws_s3_bucket" "b3421" {
  bucket = "bucket-3421"
}
resource "aws_s3_bucket" "b3422" {
  bucket = "bucket-3422"
}
resource "aws_s3_bucket" "b3423" {
  bucket = "bucket-3423"
}
resource "aws_s3_bucket" "b3424" {
  bucket = "bucket-3424"
}
resource "aws_s3_bucket" "b3425" {
  bucket = "bucket-3425"
}
resource "aws_s3_bucket" "b3426" {
  bucket = "bucket-3426"
}
resource "aws_s3_bucket" "b3427" {
  bucket = "bucket-3427"
}
resource "aws_s3_bucket" "b3428" {
  bucket = "bucket-3428"
}
resource "aws_s3_bucket" "b3429" {
  bucket = "bucket-3429"
}
resource "aws_s3_bucket" "b3430" {
  bucket = "bucket-3430"
}
resource "aws_s3_bucket" "b3431" {
  bucket = "bucket-3431"
}
resource "aws_s3_bucket" "b3432" {
  bucket = "bucket-3432"
}
resource "aws_s3_bucket" "b3433" {
  bucket = "bucket-3433"
}
resource "aws_s3_bucket" "b3434" {
  bucket = "bucket-3434"
}
resource "aws_s3_bucket" "b3435" {
  bucket = "bucket-3435"
}
resource "aws_s3_bucket" "b3436" {
  bucket = "bucket-3436"
}
resource "aws_s3_bucket" "b3437" {
  bucket = "bucket-3437"
}
resource "aws_s3_bucket" "b3438" {
  bucket = "bucket-3438"
}
resource "aws_s3_bucket" "b3439" {
  bucket = "bucket-3439"
}
resource "aws_s3_bucket" "b3440" {
  bucket = "bucket-3440"
}
resource "aws_s3_bucket" "b3441" {
  bucket = "bucket-3441"
}
resource "aws_s3_bucket" "b3442" {
  bucket = "bucket-3442"
}
resource "aws_s3_bucket" "b3443" {
  bucket = "bucket-3443"
}
resource "aws_s3_bucket" "b3444" {
  bucket = "bucket-3444"
}
resource "aws_s3_bucket" "b3445" {
  bucket = "bucket-3445"
}
resource "aws_s3_bucket" "b3446" {
  bucket = "bucket-3446"
}
resource "aws_s3_bucket" "b3447" {
  bucket = "bucket-3447"
}
resource "aws_s3_bucket" "b3448" {
  bucket = "bucket-3448"
}
resource "aws_s3_bucket" "b3449" {
  bucket = "bucket-3449"
}
resource "aws_s3_bucket" "b3450" {
  bucket = "bucket-3450"
}
resource "aws_s3_bucket" "b3451" {
  bucket = "bucket-3451"
}
resource "aws_s3_bucket" "b3452" {
  bucket = "bucket-3452"
}
resource "aws_s3_bucket" "b3453" {
  bucket = "bucket-3453"
}
resource "aws_s3_bucket" "b3454" {
  bucket = "bucket-3454"
}
resource "aws_s3_bucket" "b3455" {
  bucket = "bucket-3455"
}
resource "aws_s3_bucket" "b3456" {
  bucket = "bucket-3456"
}
resource "aws_s3_bucket" "b3457" {
  bucket = "bucket-3457"
}
resource "aws_s3_bucket" "b3458" {
  bucket = "bucket-3458"
}
resource "aws_s3_bucket" "b3459" {
  bucket = "bucket-3459"
}
resource "aws_s3_bucket" "b3460" {
  bucket = "bucket-3460"
}
resource "aws_s3_bucket" "b3461" {
  bucket = "bucket-3461"
}
resource "aws_s3_bucket" "b3462" {
  bucket = "bucket-3462"
}
resource "aws_s3_bucket" "b3463" {
  bucket = "bucket-3463"
}
resource "aws_s3_bucket" "b3464" {
  bucket = "bucket-3464"
}
resource "aws_s3_bucket" "b3465" {
  bucket = "bucket-3465"
}
resource "aws_s3_bucket" "b3466" {
  bucket = "bucket-3466"
}
resource "aws_s3_bucket" "b3467" {
  bucket = "bucket-3467"
}
resource "aws_s3_bucket" "b3468" {
  bucket = "bucket-3468"
}
resource "aws_s3_bucket" "b3469" {
  bucket = "bucket-3469"
}
resource "aws_s3_bucket" "b3470" {
  bucket = "bucket-3470"
}
resource "aws_s3_bucket" "b3471" {
  bucket = "bucket-3471"
}
resource "aws_s3_bucket" "b3472" {
  bucket = "bucket-3472"
}
resource "aws_s3_bucket" "b3473" {
  bucket = "bucket-3473"
}
resource "aws_s3_bucket" "b3474" {
  bucket = "bucket-3474"
}
resource "aws_s3_bucket" "b3475" {
  bucket = "bucket-3475"
}
resource "aws_s3_bucket" "b3476" {
  bucket = "bucket-3476"
}
resource "aws_s3_bucket" "b3477" {
  bucket = "bucket-3477"
}
resource "aws_s3_bucket" "b3478" {
  bucket = "bucket-3478"
}
resource "aws_s3_bucket" "b3479" {
  bucket = "bucket-3479"
}
resource "aws_s3_bucket" "b3480" {
  bucket = "bucket-3480"
}
resource "aws_s3_bucket" "b3481" {
  bucket = "bucket-3481"
}
resource "aws_s3_bucket" "b3482" {
  bucket = "bucket-3482"
}
resource "aws_s3_bucket" "b3483" {
  bucket = "bucket-3483"
}
resource "aws_s3_bucket" "b3484" {
  bucket = "bucket-3484"
}
resource "aws_s3_bucket" "b3485" {
  bucket = "bucket-3485"
}
resource "aws_s3_bucket" "b3486" {
  bucket = "bucket-3486"
}
resource "aws_s3_bucket" "b3487" {
  bucket = "bucket-3487"
}
resource "aws_s3_bucket" "b3488" {
  bucket = "bucket-3488"
}
resource "aws_s3_bucket" "b3489" {
  bucket = "bucket-3489"
}
resource "aws_s3_bucket" "b3490" {
  bucket = "bucket-3490"
}
resource "aws_s3_bucket" "b3491" {
  bucket = "bucket-3491"
}
resource "aws_s3_bucket" "b3492" {
  bucket = "bucket-3492"
}
resource "aws_s3_bucket" "b3493" {
  bucket = "bucket-3493"
}
resource "aws_s3_bucket" "b3494" {
  bucket = "bucket-3494"
}
resource "aws_s3_bucket" "b3495" {
  bucket = "bucket-3495"
}
resource "aws_s3_bucket" "b3496" {
  bucket = "bucket-3496"
}
resource "aws_s3_bucket" "b3497" {
  bucket = "bucket-3497"
}
resource "aws_s3_bucket" "b3498" {
  bucket = "bucket-3498"
}
resource "aws_s3_bucket" "b3499" {
  bucket = "bucket-3499"
}
resource "aws_s3_bucket" "b3500" {
  bucket = "bucket-3500"
}
resource "aws_s3_bucket" "b3501" {
  bucket = "bucket-3501"
}
resource "aws_s3_bucket" "b3502" {
  bucket = "bucket-3502"
}
resource "aws_s3_bucket" "b3503" {
  bucket = "bucket-3503"
}
resource "aws_s3_bucket" "b3504" {
  bucket = "bucket-3504"
}
resource "aws_s3_bucket" "b3505" {
  bucket = "bucket-3505"
}
resource "aws_s3_bucket" "b3506" {
  bucket = "bucket-3506"
}
resource "aws_s3_bucket" "b3507" {
  bucket = "bucket-3507"
}
resource "aws_s3_bucket" "b3508" {
  bucket = "bucket-3508"
}
resource "aws_s3_bucket" "b3509" {
  bucket = "bucket-3509"
}
resource "aws_s3_bucket" "b3510" {
  bucket = "bucket-3510"
}
resource "aws_s3_bucket" "b3511" {
  bucket = "bucket-3511"
}
resource "aws_s3_bucket" "b3512" {
  bucket = "bucket-3512"
}
resource "aws_s3_bucket" "b3513" {
  bucket = "bucket-3513"
}
resource "aws_s3_bucket" "b3514" {
  bucket = "bucket-3514"
}
resource "aws_s3_bucket" "b3515" {
  bucket = "bucket-3515"
}
resource "aws_s3_bucket" "b3516" {
  bucket = "bucket-3516"
}
resource "aws_s3_bucket" "b3517" {
  bucket = "bucket-3517"
}
resource "aws_s3_bucket" "b3518" {
  bucket = "bucket-3518"
}
resource "aws_s3_bucket" "b3519" {
  bucket = "bucket-3519"
}
resource "aws_s3_bucket" "b3520" {
  bucket = "bucket-3520"
}
resource "aws_s3_bucket" "b3521" {
  bucket = "bucket-3521"
}
resource "aws_s3_bucket" "b3522" {
  bucket = "bucket-3522"
}
resource "aws_s3_bucket" "b3523" {
  bucket = "bucket-3523"
}
resource "aws_s3_bucket" "b3524" {
  bucket = "bucket-3524"
}
resource "aws_s3_bucket" "b3525" {
  bucket = "bucket-3525"
}
resource "aws_s3_bucket" "b3526" {
  bucket = "bucket-3526"
}
resource "aws_s3_bucket" "b3527" {
  bucket = "bucket-3527"
}
resource "aws_s3_bucket" "b3528" {
  bucket = "bucket-3528"
}
resource "aws_s3_bucket" "b3529" {
  bucket = "bucket-3529"
}
resource "aws_s3_bucket" "b3530" {
  bucket = "bucket-3530"
}
resource "aws_s3_bucket" "b3531" {
  bucket = "bucket-3531"
}
resource "aws_s3_bucket" "b3532" {
  bucket = "bucket-3532"
}
resource "aws_s3_bucket" "b3533" {
  bucket = "bucket-3533"
}
resource "aws_s3_bucket" "b3534" {
  bucket = "bucket-3534"
}
resource "aws_s3_bucket" "b3535" {
  bucket = "bucket-3535"
}
resource "aws_s3_bucket" "b3536" {
  bucket = "bucket-3536"
}
resource "aws_s3_bucket" "b3537" {
  bucket = "bucket-3537"
}
resource "aws_s3_bucket" "b3538" {
  bucket = "bucket-3538"
}
resource "aws_s3_bucket" "b3539" {
  bucket = "bucket-3539"
}
resource "aws_s3_bucket" "b3540" {
  bucket = "bucket-3540"
}
resource "aws_s3_bucket" "b3541" {
  bucket = "bucket-3541"
}
resource "aws_s3_bucket" "b3542" {
  bucket = "bucket-3542"
}
resource "aws_s3_bucket" "b3543" {
  bucket = "bucket-3543"
}
resource "aws_s3_bucket" "b3544" {
  bucket = "bucket-3544"
}
resource "aws_s3_bucket" "b3545" {
  bucket = "bucket-3545"
}
resource "aws_s3_bucket" "b3546" {
  bucket = "bucket-3546"
}
resource "aws_s3_bucket" "b3547" {
  bucket = "bucket-3547"
}
resource "aws_s3_bucket" "b3548" {
  bucket = "bucket-3548"
}
resource "aws_s3_bucket" "b3549" {
  bucket = "bucket-3549"
}
resource "aws_s3_bucket" "b3550" {
  bucket = "bucket-3550"
}
resource "aws_s3_bucket" "b3551" {
  bucket = "bucket-3551"
}
resource "aws_s3_bucket" "b3552" {
  bucket = "bucket-3552"
}
resource "aws_s3_bucket" "b3553" {
  bucket = "bucket-3553"
}
resource "aws_s3_bucket" "b3554" {
  bucket = "bucket-3554"
}
resource "aws_s3_bucket" "b3555" {
  bucket = "bucket-3555"
}
resource "aws_s3_bucket" "b3556" {
  bucket = "bucket-3556"
}
resource "aws_s3_bucket" "b3557" {
  bucket = "bucket-3557"
}
resource "aws_s3_bucket" "b3558" {
  bucket = "bucket-3558"
}
resource "aws_s3_bucket" "b3559" {
  bucket = "bucket-3559"
}
resource "aws_s3_bucket" "b3560" {
  bucket = "bucket-3560"
}
resource "aws_s3_bucket" "b3561" {
  bucket = "bucket-3561"
}
resource "aws_s3_bucket" "b3562" {
  bucket = "bucket-3562"
}
resource "aws_s3_bucket" "b3563" {
  bucket = "bucket-3563"
}
resource "aws_s3_bucket" "b3564" {
  bucket = "bucket-3564"
}
resource "aws_s3_bucket" "b3565" {
  bucket = "bucket-3565"
}
resource "aws_s3_bucket" "b3566" {
  bucket = "bucket-3566"
}
resource "aws_s3_bucket" "b3567" {
  bucket = "bucket-3567"
}
resource "aws_s3_bucket" "b3568" {
  bucket = "bucket-3568"
}
resource "aws_s3_bucket" "b3569" {
  bucket = "bucket-3569"
}
resource "aws_s3_bucket" "b3570" {
  bucket = "bucket-3570"
}
resource "aws_s3_bucket" "b3571" {
  bucket = "bucket-3571"
}
resource "aws_s3_bucket" "b3572" {
  bucket = "bucket-3572"
}
resource "aws_s3_bucket" "b3573" {
  bucket = "bucket-3573"
}
resource "aws_s3_bucket" "b3574" {
  bucket = "bucket-3574"
}
resource "aws_s3_bucket" "b3575" {
  bucket = "bucket-3575"
}
resource "aws_s3_bucket" "b3576" {
  bucket = "bucket-3576"
}
resource "aws_s3_bucket" "b3577" {
  bucket = "bucket-3577"
}
resource "aws_s3_bucket" "b3578" {
  bucket = "bucket-3578"
}
resource "aws_s3_bucket" "b3579" {
  bucket = "bucket-3579"
}
resource "aws_s3_bucket" "b3580" {
  bucket = "bucket-3580"
}
resource "aws_s3_bucket" "b3581" {
  bucket = "bucket-3581"
}
resource "aws_s3_bucket" "b3582" {
  bucket = "bucket-3582"
}
resource "aws_s3_bucket" "b3583" {
  bucket = "bucket-3583"
}
resource "aws_s3_bucket" "b3584" {
  bucket = "bucket-3584"
}
resource "aws_s3_bucket" "b3585" {
  bucket = "bucket-3585"
}
resource "aws_s3_bucket" "b3586" {
  bucket = "bucket-3586"
}
resource "aws_s3_bucket" "b3587" {
  bucket = "bucket-3587"
}
resource "aws_s3_bucket" "b3588" {
  bucket = "bucket-3588"
}
resource "aws_s3_bucket" "b3589" {
  bucket = "bucket-3589"
}
resource "aws_s3_bucket" "b3590" {
  bucket = "bucket-3590"
}
resource "aws_s3_bucket" "b3591" {
  bucket = "bucket-3591"
}
resource "aws_s3_bucket" "b3592" {
  bucket = "bucket-3592"
}
resource "aws_s3_bucket" "b3593" {
  bucket = "bucket-3593"
}
resource "aws_s3_bucket" "b3594" {
  bucket = "bucket-3594"
}
resource "aws_s3_bucket" "b3595" {
  bucket = "bucket-3595"
}
resource "aws_s3_bucket" "b3596" {
  bucket = "bucket-3596"
}
resource "aws_s3_bucket" "b3597" {
  bucket = "bucket-3597"
}
resource "aws_s3_bucket" "b3598" {
  bucket = "bucket-3598"
}
resource "aws_s3_bucket" "b3599" {
  bucket = "bucket-3599"
}
resource "aws_s3_bucket" "b3600" {
  bucket = "bucket-3600"
}
resource "aws_s3_bucket" "b3601" {
  bucket = "bucket-3601"
}
resource "aws_s3_bucket" "b3602" {
  bucket = "bucket-3602"
}
resource "aws_s3_bucket" "b3603" {
  bucket = "bucket-3603"
}
resource "aws_s3_bucket" "b3604" {
  bucket = "bucket-3604"
}
resource "aws_s3_bucket" "b3605" {
  bucket = "bucket-3605"
}
resource "aws_s3_bucket" "b3606" {
  bucket = "bucket-3606"
}
resource "aws_s3_bucket" "b3607" {
  bucket = "bucket-3607"
}
resource "aws_s3_bucket" "b3608" {
  bucket = "bucket-3608"
}
resource "aws_s3_bucket" "b3609" {
  bucket = "bucket-3609"
}
resource "aws_s3_bucket" "b3610" {
  bucket = "bucket-3610"
}
resource "aws_s3_bucket" "b3611" {
  bucket = "bucket-3611"
}
resource "aws_s3_bucket" "b3612" {
  bucket = "bucket-3612"
}
resource "aws_s3_bucket" "b3613" {
  bucket = "bucket-3613"
}
resource "aws_s3_bucket" "b3614" {
  bucket = "bucket-3614"
}
resource "aws_s3_bucket" "b3615" {
  bucket = "bucket-3615"
}
resource "aws_s3_bucket" "b3616" {
  bucket = "bucket-3616"
}
resource "aws_s3_bucket" "b3617" {
  bucket = "bucket-3617"
}
resource "aws_s3_bucket" "b3618" {
  bucket = "bucket-3618"
}
resource "aws_s3_bucket" "b3619" {
  bucket = "bucket-3619"
}
resource "aws_s3_bucket" "b3620" {
  bucket = "bucket-3620"
}
resource "aws_s3_bucket" "b3621" {
  bucket = "bucket-3621"
}
resource "aws_s3_bucket" "b3622" {
  bucket = "bucket-3622"
}
resource "aws_s3_bucket" "b3623" {
  bucket = "bucket-3623"
}
resource "aws_s3_bucket" "b3624" {
  bucket = "bucket-3624"
}
resource "aws_s3_bucket" "b3625" {
  bucket = "bucket-3625"
}
resource "aws_s3_bucket" "b3626" {
  bucket = "bucket-3626"
}
resource "aws_s3_bucket" "b3627" {
  bucket = "bucket-3627"
}
resource "aws_s3_bucket" "b3628" {
  bucket = "bucket-3628"
}
resource "aws_s3_bucket" "b3629" {
  bucket = "bucket-3629"
}
resource "aws_s3_bucket" "b3630" {
  bucket = "bucket-3630"
}
resource "aws_s3_bucket" "b3631" {
  bucket = "bucket-3631"
}
resource "aws_s3_bucket" "b3632" {
  bucket = "bucket-3632"
}
resource "aws_s3_bucket" "b3633" {
  bucket = "bucket-3633"
}
resource "aws_s3_bucket" "b3634" {
  bucket = "bucket-3634"
}
resource "aws_s3_bucket" "b3635" {
  bucket = "bucket-3635"
}
resource "aws_s3_bucket" "b3636" {
  bucket = "bucket-3636"
}
resource "aws_s3_bucket" "b3637" {
  bucket = "bucket-3637"
}
resource "aws_s3_bucket" "b3638" {
  bucket = "bucket-3638"
}
resource "aws_s3_bucket" "b3639" {
  bucket = "bucket-3639"
}
resource "aws_s3_bucket" "b3640" {
  bucket = "bucket-3640"
}
resource "aws_s3_bucket" "b3641" {
  bucket = "bucket-3641"
}
resource "aws_s3_bucket" "b3642" {
  bucket = "bucket-3642"
}
resource "aws_s3_bucket" "b3643" {
  bucket = "bucket-3643"
}
resource "aws_s3_bucket" "b3644" {
  bucket = "bucket-3644"
}
resource "aws_s3_bucket" "b3645" {
  bucket = "bucket-3645"
}
resource "aws_s3_bucket" "b3646" {
  bucket = "bucket-3646"
}
resource "aws_s3_bucket" "b3647" {
  bucket = "bucket-3647"
}
resource "aws_s3_bucket" "b3648" {
  bucket = "bucket-3648"
}
resource "aws_s3_bucket" "b3649" {
  bucket = "bucket-3649"
}
resource "aws_s3_bucket" "b3650" {
  bucket = "bucket-3650"
}
resource "aws_s3_bucket" "b3651" {
  bucket = "bucket-3651"
}
resource "aws_s3_bucket" "b3652" {
  bucket = "bucket-3652"
}
resource "aws_s3_bucket" "b3653" {
  bucket = "bucket-3653"
}
resource "aws_s3_bucket" "b3654" {
  bucket = "bucket-3654"
}
resource "aws_s3_bucket" "b3655" {
  bucket = "bucket-3655"
}
resource "aws_s3_bucket" "b3656" {
  bucket = "bucket-3656"
}
resource "aws_s3_bucket" "b3657" {
  bucket = "bucket-3657"
}
resource "aws_s3_bucket" "b3658" {
  bucket = "bucket-3658"
}
resource "aws_s3_bucket" "b3659" {
  bucket = "bucket-3659"
}
resource "aws_s3_bucket" "b3660" {
  bucket = "bucket-3660"
}
resource "aws_s3_bucket" "b3661" {
  bucket = "bucket-3661"
}
resource "aws_s3_bucket" "b3662" {
  bucket = "bucket-3662"
}
resource "aws_s3_bucket" "b3663" {
  bucket = "bucket-3663"
}
resource "aws_s3_bucket" "b3664" {
  bucket = "bucket-3664"
}
resource "aws_s3_bucket" "b3665" {
  bucket = "bucket-3665"
}
resource "aws_s3_bucket" "b3666" {
  bucket = "bucket-3666"
}
resource "aws_s3_bucket" "b3667" {
  bucket = "bucket-3667"
}
resource "aws_s3_bucket" "b3668" {
  bucket = "bucket-3668"
}
resource "aws_s3_bucket" "b3669" {
  bucket = "bucket-3669"
}
resource "aws_s3_bucket" "b3670" {
  bucket = "bucket-3670"
}
resource "aws_s3_bucket" "b3671" {
  bucket = "bucket-3671"
}
resource "aws_s3_bucket" "b3672" {
  bucket = "bucket-3672"
}
resource "aws_s3_bucket" "b3673" {
  bucket = "bucket-3673"
}
resource "aws_s3_bucket" "b3674" {
  bucket = "bucket-3674"
}
resource "aws_s3_bucket" "b3675" {
  bucket = "bucket-3675"
}
resource "aws_s3_bucket" "b3676" {
  bucket = "bucket-3676"
}
resource "aws_s3_bucket" "b3677" {
  bucket = "bucket-3677"
}
resource "aws_s3_bucket" "b3678" {
  bucket = "bucket-3678"
}
resource "aws_s3_bucket" "b3679" {
  bucket = "bucket-3679"
}
resource "aws_s3_bucket" "b3680" {
  bucket = "bucket-3680"
}
resource "aws_s3_bucket" "b3681" {
  bucket = "bucket-3681"
}
resource "aws_s3_bucket" "b3682" {
  bucket = "bucket-3682"
}
resource "aws_s3_bucket" "b3683" {
  bucket = "bucket-3683"
}
resource "aws_s3_bucket" "b3684" {
  bucket = "bucket-3684"
}
resource "aws_s3_bucket" "b3685" {
  bucket = "bucket-3685"
}
resource "aws_s3_bucket" "b3686" {
  bucket = "bucket-3686"
}
resource "aws_s3_bucket" "b3687" {
  bucket = "bucket-3687"
}
resource "aws_s3_bucket" "b3688" {
  bucket = "bucket-3688"
}
resource "aws_s3_bucket" "b3689" {
  bucket = "bucket-3689"
}
resource "aws_s3_bucket" "b3690" {
  bucket = "bucket-3690"
}
resource "aws_s3_bucket" "b3691" {
  bucket = "bucket-3691"
}
resource "aws_s3_bucket" "b3692" {
  bucket = "bucket-3692"
}
resource "aws_s3_bucket" "b3693" {
  bucket = "bucket-3693"
}
resource "aws_s3_bucket" "b3694" {
  bucket = "bucket-3694"
}
resource "aws_s3_bucket" "b3695" {
  bucket = "bucket-3695"
}
resource "aws_s3_bucket" "b3696" {
  bucket = "bucket-3696"
}
resource "aws_s3_bucket" "b3697" {
  bucket = "bucket-3697"
}
resource "aws_s3_bucket" "b3698" {
  bucket = "bucket-3698"
}
resource "aws_s3_bucket" "b3699" {
  bucket = "bucket-3699"
}
resource "aws_s3_bucket" "b3700" {
  bucket = "bucket-3700"
}
resource "aws_s3_bucket" "b3701" {
  bucket = "bucket-3701"
}
resource "aws_s3_bucket" "b3702" {
  bucket = "bucket-3702"
}
resource "aws_s3_bucket" "b3703" {
  bucket = "bucket-3703"
}
resource "aws_s3_bucket" "b3704" {
  bucket = "bucket-3704"
}
resource "aws_s3_bucket" "b3705" {
  bucket = "bucket-3705"
}
resource "aws_s3_bucket" "b3706" {
  bucket = "bucket-3706"
}
resource "aws_s3_bucket" "b3707" {
  bucket = "bucket-3707"
}
resource "aws_s3_bucket" "b3708" {
  bucket = "bucket-3708"
}
resource "aws_s3_bucket" "b3709" {
  bucket = "bucket-3709"
}
resource "aws_s3_bucket" "b3710" {
  bucket = "bucket-3710"
}
resource "aws_s3_bucket" "b3711" {
  bucket = "bucket-3711"
}
resource "aws_s3_bucket" "b3712" {
  bucket = "bucket-3712"
}
resource "aws_s3_bucket" "b3713" {
  bucket = "bucket-3713"
}
resource "aws_s3_bucket" "b3714" {
  bucket = "bucket-3714"
}
resource "aws_s3_bucket" "b3715" {
  bucket = "bucket-3715"
}
resource "aws_s3_bucket" "b3716" {
  bucket = "bucket-3716"
}
resource "aws_s3_bucket" "b3717" {
  bucket = "bucket-3717"
}
resource "aws_s3_bucket" "b3718" {
  bucket = "bucket-3718"
}
resource "aws_s3_bucket" "b3719" {
  bucket = "bucket-3719"
}
resource "aws_s3_bucket" "b3720" {
  bucket = "bucket-3720"
}
resource "aws_s3_bucket" "b3721" {
  bucket = "bucket-3721"
}
resource "aws_s3_bucket" "b3722" {
  bucket = "bucket-3722"
}
resource "aws_s3_bucket" "b3723" {
  bucket = "bucket-3723"
}
resource "aws_s3_bucket" "b3724" {
  bucket = "bucket-3724"
}
resource "aws_s3_bucket" "b3725" {
  bucket = "bucket-3725"
}
resource "aws_s3_bucket" "b3726" {
  bucket = "bucket-3726"
}
resource "aws_s3_bucket" "b3727" {
  bucket = "bucket-3727"
}
resource "aws_s3_bucket" "b3728" {
  bucket = "bucket-3728"
}
resource "aws_s3_bucket" "b3729" {
  bucket = "bucket-3729"
}
resource "aws_s3_bucket" "b3730" {
  bucket = "bucket-3730"
}
resource "aws_s3_bucket" "b3731" {
  bucket = "bucket-3731"
}
resource "aws_s3_bucket" "b3732" {
  bucket = "bucket-3732"
}
resource "aws_s3_bucket" "b3733" {
  bucket = "bucket-3733"
}
resource "aws_s3_bucket" "b3734" {
  bucket = "bucket-3734"
}
resource "aws_s3_bucket" "b3735" {
  bucket = "bucket-3735"
}
resource "aws_s3_bucket" "b3736" {
  bucket = "bucket-3736"
}
resource "aws_s3_bucket" "b3737" {
  bucket = "bucket-3737"
}
resource "aws_s3_bucket" "b3738" {
  bucket = "bucket-3738"
}
resource "aws_s3_bucket" "b3739" {
  bucket = "bucket-3739"
}
resource "aws_s3_bucket" "b3740" {
  bucket = "bucket-3740"
}
resource "aws_s3_bucket" "b3741" {
  bucket = "bucket-3741"
}
resource "aws_s3_bucket" "b3742" {
  bucket = "bucket-3742"
}
resource "aws_s3_bucket" "b3743" {
  bucket = "bucket-3743"
}
resource "aws_s3_bucket" "b3744" {
  bucket = "bucket-3744"
}
resource "aws_s3_bucket" "b3745" {
  bucket = "bucket-3745"
}
resource "aws_s3_bucket" "b3746" {
  bucket = "bucket-3746"
}
resource "aws_s3_bucket" "b3747" {
  bucket = "bucket-3747"
}
resource "aws_s3_bucket" "b3748" {
  bucket = "bucket-3748"
}
resource "aws_s3_bucket" "b3749" {
  bucket = "bucket-3749"
}
resource "aws_s3_bucket" "b3750" {
  bucket = "bucket-3750"
}
resource "aws_s3_bucket" "b3751" {
  bucket = "bucket-3751"
}
resource "aws_s3_bucket" "b3752" {
  bucket = "bucket-3752"
}
resource "aws_s3_bucket" "b3753" {
  bucket = "bucket-3753"
}
resource "aws_s3_bucket" "b3754" {
  bucket = "bucket-3754"
}
resource "aws_s3_bucket" "b3755" {
  bucket = "bucket-3755"
}
resource "aws_s3_bucket" "b3756" {
  bucket = "bucket-3756"
}
resource "aws_s3_bucket" "b3757" {
  bucket = "bucket-3757"
}
resource "aws_s3_bucket" "b3758" {
  bucket = "bucket-3758"
}
resource "aws_s3_bucket" "b3759" {
  bucket = "bucket-3759"
}
resource "aws_s3_bucket" "b3760" {
  bucket = "bucket-3760"
}
resource "aws_s3_bucket" "b3761" {
  bucket = "bucket-3761"
}
resource "aws_s3_bucket" "b3762" {
  bucket = "bucket-3762"
}
resource "aws_s3_bucket" "b3763" {
  bucket = "bucket-3763"
}
resource "aws_s3_bucket" "b3764" {
  bucket = "bucket-3764"
}
resource "aws_s3_bucket" "b3765" {
  bucket = "bucket-3765"
}
resource "aws_s3_bucket" "b3766" {
  bucket = "bucket-3766"
}
resource "aws_s3_bucket" "b3767" {
  bucket = "bucket-3767"
}
resource "aws_s3_bucket" "b3768" {
  bucket = "bucket-3768"
}
resource "aws_s3_bucket" "b3769" {
  bucket = "bucket-3769"
}
resource "aws_s3_bucket" "b3770" {
  bucket = "bucket-3770"
}
resource "aws_s3_bucket" "b3771" {
  bucket = "bucket-3771"
}
resource "aws_s3_bucket" "b3772" {
  bucket = "bucket-3772"
}
resource "aws_s3_bucket" "b3773" {
  bucket = "bucket-3773"
}
resource "aws_s3_bucket" "b3774" {
  bucket = "bucket-3774"
}
resource "aws_s3_bucket" "b3775" {
  bucket = "bucket-3775"
}
resource "aws_s3_bucket" "b3776" {
  bucket = "bucket-3776"
}
resource "aws_s3_bucket" "b3777" {
  bucket = "bucket-3777"
}
resource "aws_s3_bucket" "b3778" {
  bucket = "bucket-3778"
}
resource "aws_s3_bucket" "b3779" {
  bucket = "bucket-3779"
}
resource "aws_s3_bucket" "b3780" {
  bucket = "bucket-3780"
}
resource "aws_s3_bucket" "b3781" {
  bucket = "bucket-3781"
}
resource "aws_s3_bucket" "b3782" {
  bucket = "bucket-3782"
}
resource "aws_s3_bucket" "b3783" {
  bucket = "bucket-3783"
}
resource "aws_s3_bucket" "b3784" {
  bucket = "bucket-3784"
}
resource "aws_s3_bucket" "b3785" {
  bucket = "bucket-3785"
}
resource "aws_s3_bucket" "b3786" {
  bucket = "bucket-3786"
}
resource "aws_s3_bucket" "b3787" {
  bucket = "bucket-3787"
}
resource "aws_s3_bucket" "b3788" {
  bucket = "bucket-3788"
}
resource "aws_s3_bucket" "b3789" {
  bucket = "bucket-3789"
}
resource "aws_s3_bucket" "b3790" {
  bucket = "bucket-3790"
}
resource "aws_s3_bucket" "b3791" {
  bucket = "bucket-3791"
}
resource "aws_s3_bucket" "b3792" {
  bucket = "bucket-3792"
}
resource "aws_s3_bucket" "b3793" {
  bucket = "bucket-3793"
}
resource "aws_s3_bucket" "b3794" {
  bucket = "bucket-3794"
}
resource "aws_s3_bucket" "b3795" {
  bucket = "bucket-3795"
}
resource "aws_s3_bucket" "b3796" {
  bucket = "bucket-3796"
}
resource "aws_s3_bucket" "b3797" {
  bucket = "bucket-3797"
}
resource "aws_s3_bucket" "b3798" {
  bucket = "bucket-3798"
}
resource "aws_s3_bucket" "b3799" {
  bucket = "bucket-3799"
}
resource "aws_s3_bucket" "b3800" {
  bucket = "bucket-3800"
}
resource "aws_s3_bucket" "b3801" {
  bucket = "bucket-3801"
}
resource "aws_s3_bucket" "b3802" {
  bucket = "bucket-3802"
}
resource "aws_s3_bucket" "b3803" {
  bucket = "bucket-3803"
}
resource "aws_s3_bucket" "b3804" {
  bucket = "bucket-3804"
}
resource "aws_s3_bucket" "b3805" {
  bucket = "bucket-3805"
}
resource "aws_s3_bucket" "b3806" {
  bucket = "bucket-3806"
}
resource "aws_s3_bucket" "b3807" {
  bucket = "bucket-3807"
}
resource "aws_s3_bucket" "b3808" {
  bucket = "bucket-3808"
}
resource "aws_s3_bucket" "b3809" {
  bucket = "bucket-3809"
}
resource "aws_s3_bucket" "b3810" {
  bucket = "bucket-3810"
}
resource "aws_s3_bucket" "b3811" {
  bucket = "bucket-3811"
}
resource "aws_s3_bucket" "b3812" {
  bucket = "bucket-3812"
}
resource "aws_s3_bucket" "b3813" {
  bucket = "bucket-3813"
}
resource "aws_s3_bucket" "b3814" {
  bucket = "bucket-3814"
}
resource "aws_s3_bucket" "b3815" {
  bucket = "bucket-3815"
}
resource "aws_s3_bucket" "b3816" {
  bucket = "bucket-3816"
}
resource "aws_s3_bucket" "b3817" {
  bucket = "bucket-3817"
}
resource "aws_s3_bucket" "b3818" {
  bucket = "bucket-3818"
}
resource "aws_s3_bucket" "b3819" {
  bucket = "bucket-3819"
}
resource "aws_s3_bucket" "b3820" {
  bucket = "bucket-3820"
}
resource "aws_s3_bucket" "b3821" {
  bucket = "bucket-3821"
}
resource "aws_s3_bucket" "b3822" {
  bucket = "bucket-3822"
}
resource "aws_s3_bucket" "b3823" {
  bucket = "bucket-3823"
}
resource "aws_s3_bucket" "b3824" {
  bucket = "bucket-3824"
}
resource "aws_s3_bucket" "b3825" {
  bucket = "bucket-3825"
}
resource "aws_s3_bucket" "b3826" {
  bucket = "bucket-3826"
}
resource "aws_s3_bucket" "b3827" {
  bucket = "bucket-3827"
}
resource "aws_s3_bucket" "b3828" {
  bucket = "bucket-3828"
}
resource "aws_s3_bucket" "b3829" {
  bucket = "bucket-3829"
}
resource "aws_s3_bucket" "b3830" {
  bucket = "bucket-3830"
}
resource "aws_s3_bucket" "b3831" {
  bucket = "bucket-3831"
}
resource "aws_s3_bucket" "b3832" {
  bucket = "bucket-3832"
}
resource "aws_s3_bucket" "b3833" {
  bucket = "bucket-3833"
}
resource "aws_s3_bucket" "b3834" {
  bucket = "bucket-3834"
}
resource "aws_s3_bucket" "b3835" {
  bucket = "bucket-3835"
}
resource "aws_s3_bucket" "b3836" {
  bucket = "bucket-3836"
}
resource "aws_s3_bucket" "b3837" {
  bucket = "bucket-3837"
}
resource "aws_s3_bucket" "b3838" {
  bucket = "bucket-3838"
}
resource "aws_s3_bucket" "b3839" {
  bucket = "bucket-3839"
}
resource "aws_s3_bucket" "b3840" {
  bucket = "bucket-3840"
}
resource "aws_s3_bucket" "b3841" {
  bucket = "bucket-3841"
}
resource "aws_s3_bucket" "b3842" {
  bucket = "bucket-3842"
}
resource "aws_s3_bucket" "b3843" {
  bucket = "bucket-3843"
}
resource "aws_s3_bucket" "b3844" {
  bucket = "bucket-3844"
}
resource "aws_s3_bucket" "b3845" {
  bucket = "bucket-3845"
}
resource "aws_s3_bucket" "b3846" {
  bucket = "bucket-3846"
}
resource "aws_s3_bucket" "b3847" {
  bucket = "bucket-3847"
}
resource "aws_s3_bucket" "b3848" {
  bucket = "bucket-3848"
}
resource "aws_s3_bucket" "b3849" {
  bucket = "bucket-3849"
}
resource "aws_s3_bucket" "b3850" {
  bucket = "bucket-3850"
}
resource "aws_s3_bucket" "b3851" {
  bucket = "bucket-3851"
}
resource "aws_s3_bucket" "b3852" {
  bucket = "bucket-3852"
}
resource "aws_s3_bucket" "b3853" {
  bucket = "bucket-3853"
}
resource "aws_s3_bucket" "b3854" {
  bucket = "bucket-3854"
}
resource "aws_s3_bucket" "b3855" {
  bucket = "bucket-3855"
}
resource "aws_s3_bucket" "b3856" {
  bucket = "bucket-3856"
}
resource "aws_s3_bucket" "b3857" {
  bucket = "bucket-3857"
}
resource "aws_s3_bucket" "b3858" {
  bucket = "bucket-3858"
}
resource "aws_s3_bucket" "b3859" {
  bucket = "bucket-3859"
}
resource "aws_s3_bucket" "b3860" {
  bucket = "bucket-3860"
}
resource "aws_s3_bucket" "b3861" {
  bucket = "bucket-3861"
}
resource "aws_s3_bucket" "b3862" {
  bucket = "bucket-3862"
}
resource "aws_s3_bucket" "b3863" {
  bucket = "bucket-3863"
}
resource "aws_s3_bucket" "b3864" {
  bucket = "bucket-3864"
}
resource "aws_s3_bucket" "b3865" {
  bucket = "bucket-3865"
}
resource "aws_s3_bucket" "b3866" {
  bucket = "bucket-3866"
}
resource "aws_s3_bucket" "b3867" {
  bucket = "bucket-3867"
}
resource "aws_s3_bucket" "b3868" {
  bucket = "bucket-3868"
}
resource "aws_s3_bucket" "b3869" {
  bucket = "bucket-3869"
}
resource "aws_s3_bucket" "b3870" {
  bucket = "bucket-3870"
}
resource "aws_s3_bucket" "b3871" {
  bucket = "bucket-3871"
}
resource "aws_s3_bucket" "b3872" {
  bucket = "bucket-3872"
}
resource "aws_s3_bucket" "b3873" {
  bucket = "bucket-3873"
}
resource "aws_s3_bucket" "b3874" {
  bucket = "bucket-3874"
}
resource "aws_s3_bucket" "b3875" {
  bucket = "bucket-3875"
}
resource "aws_s3_bucket" "b3876" {
  bucket = "bucket-3876"
}
resource "aws_s3_bucket" "b3877" {
  bucket = "bucket-3877"
}
resource "aws_s3_bucket" "b3878" {
  bucket = "bucket-3878"
}
resource "aws_s3_bucket" "b3879" {
  bucket = "bucket-3879"
}
resource "aws_s3_bucket" "b3880" {
  bucket = "bucket-3880"
}
resource "aws_s3_bucket" "b3881" {
  bucket = "bucket-3881"
}
resource "aws_s3_bucket" "b3882" {
  bucket = "bucket-3882"
}
resource "aws_s3_bucket" "b3883" {
  bucket = "bucket-3883"
}
resource "aws_s3_bucket" "b3884" {
  bucket = "bucket-3884"
}
resource "aws_s3_bucket" "b3885" {
  bucket = "bucket-3885"
}
resource "aws_s3_bucket" "b3886" {
  bucket = "bucket-3886"
}
resource "aws_s3_bucket" "b3887" {
  bucket = "bucket-3887"
}
resource "aws_s3_bucket" "b3888" {
  bucket = "bucket-3888"
}
resource "aws_s3_bucket" "b3889" {
  bucket = "bucket-3889"
}
resource "aws_s3_bucket" "b3890" {
  bucket = "bucket-3890"
}
resource "aws_s3_bucket" "b3891" {
  bucket = "bucket-3891"
}
resource "aws_s3_bucket" "b3892" {
  bucket = "bucket-3892"
}
resource "aws_s3_bucket" "b3893" {
  bucket = "bucket-3893"
}
resource "aws_s3_bucket" "b3894" {
  bucket = "bucket-3894"
}
resource "aws_s3_bucket" "b3895" {
  bucket = "bucket-3895"
}
resource "aws_s3_bucket" "b3896" {
  bucket = "bucket-3896"
}
resource "aws_s3_bucket" "b3897" {
  bucket = "bucket-3897"
}
resource "aws_s3_bucket" "b3898" {
  bucket = "bucket-3898"
}
resource "aws_s3_bucket" "b3899" {
  bucket = "bucket-3899"
}
resource "aws_s3_bucket" "b3900" {
  bucket = "bucket-3900"
}
resource "aws_s3_bucket" "b3901" {
  bucket = "bucket-3901"
}
resource "aws_s3_bucket" "b3902" {
  bucket = "bucket-3902"
}
resource "aws_s3_bucket" "b3903" {
  bucket = "bucket-3903"
}
resource "aws_s3_bucket" "b3904" {
  bucket = "bucket-3904"
}
resource "aws_s3_bucket" "b3905" {
  bucket = "bucket-3905"
}
resource "aws_s3_bucket" "b3906" {
  bucket = "bucket-3906"
}
resource "aws_s3_bucket" "b3907" {
  bucket = "bucket-3907"
}
resource "aws_s3_bucket" "b3908" {
  bucket = "bucket-3908"
}
resource "aws_s3_bucket" "b3909" {
  bucket = "bucket-3909"
}
resource "aws_s3_bucket" "b3910" {
  bucket = "bucket-3910"
}
resource "aws_s3_bucket" "b3911" {
  bucket = "bucket-3911"
}
resource "aws_s3_bucket" "b3912" {
  bucket = "bucket-3912"
}
resource "aws_s3_bucket" "b3913" {
  bucket = "bucket-3913"
}
resource "aws_s3_bucket" "b3914" {
  bucket = "bucket-3914"
}
resource "aws_s3_bucket" "b3915" {
  bucket = "bucket-3915"
}
resource "aws_s3_bucket" "b3916" {
  bucket = "bucket-3916"
}
resource "aws_s3_bucket" "b3917" {
  bucket = "bucket-3917"
}
resource "aws_s3_bucket" "b3918" {
  bucket = "bucket-3918"
}
resource "aws_s3_bucket" "b3919" {
  bucket = "bucket-3919"
}
resource "aws_s3_bucket" "b3920" {
  bucket = "bucket-3920"
}
resource "aws_s3_bucket" "b3921" {
  bucket = "bucket-3921"
}
resource "aws_s3_bucket" "b3922" {
  bucket = "bucket-3922"
}
resource "aws_s3_bucket" "b3923" {
  bucket = "bucket-3923"
}
resource "aws_s3_bucket" "b3924" {
  bucket = "bucket-3924"
}
resource "aws_s3_bucket" "b3925" {
  bucket = "bucket-3925"
}
resource "aws_s3_bucket" "b3926" {
  bucket = "bucket-3926"
}
resource "aws_s3_bucket" "b3927" {
  bucket = "bucket-3927"
}
resource "aws_s3_bucket" "b3928" {
  bucket = "bucket-3928"
}
resource "aws_s3_bucket" "b3929" {
  bucket = "bucket-3929"
}
resource "aws_s3_bucket" "b3930" {
  bucket = "bucket-3930"
}
resource "aws_s3_bucket" "b3931" {
  bucket = "bucket-3931"
}
resource "aws_s3_bucket" "b3932" {
  bucket = "bucket-3932"
}
resource "aws_s3_bucket" "b3933" {
  bucket = "bucket-3933"
}
resource "aws_s3_bucket" "b3934" {
  bucket = "bucket-3934"
}
resource "aws_s3_bucket" "b3935" {
  bucket = "bucket-3935"
}
resource "aws_s3_bucket" "b3936" {
  bucket = "bucket-3936"
}
resource "aws_s3_bucket" "b3937" {
  bucket = "bucket-3937"
}
resource "aws_s3_bucket" "b3938" {
  bucket = "bucket-3938"
}
resource "aws_s3_bucket" "b3939" {
  bucket = "bucket-3939"
}
resource "aws_s3_bucket" "b3940" {
  bucket = "bucket-3940"
}
resource "aws_s3_bucket" "b3941" {
  bucket = "bucket-3941"
}
resource "aws_s3_bucket" "b3942" {
  bucket = "bucket-3942"
}
resource "aws_s3_bucket" "b3943" {
  bucket = "bucket-3943"
}
resource "aws_s3_bucket" "b3944" {
  bucket = "bucket-3944"
}
resource "aws_s3_bucket" "b3945" {
  bucket = "bucket-3945"
}
resource "aws_s3_bucket" "b3946" {
  bucket = "bucket-3946"
}
resource "aws_s3_bucket" "b3947" {
  bucket = "bucket-3947"
}
resource "aws_s3_bucket" "b3948" {
  bucket = "bucket-3948"
}
resource "aws_s3_bucket" "b3949" {
  bucket = "bucket-3949"
}
resource "aws_s3_bucket" "b3950" {
  bucket = "bucket-3950"
}
resource "aws_s3_bucket" "b3951" {
  bucket = "bucket-3951"
}
resource "aws_s3_bucket" "b3952" {
  bucket = "bucket-3952"
}
resource "aws_s3_bucket" "b3953" {
  bucket = "bucket-3953"
}
resource "aws_s3_bucket" "b3954" {
  bucket = "bucket-3954"
}
resource "aws_s3_bucket" "b3955" {
  bucket = "bucket-3955"
}
resource "aws_s3_bucket" "b3956" {
  bucket = "bucket-3956"
}
resource "aws_s3_bucket" "b3957" {
  bucket = "bucket-3957"
}
resource "aws_s3_bucket" "b3958" {
  bucket = "bucket-3958"
}
resource "aws_s3_bucket" "b3959" {
  bucket = "bucket-3959"
}
resource "aws_s3_bucket" "b3960" {
  bucket = "bucket-3960"
}
resource "aws_s3_bucket" "b3961" {
  bucket = "bucket-3961"
}
resource "aws_s3_bucket" "b3962" {
  bucket = "bucket-3962"
}
resource "aws_s3_bucket" "b3963" {
  bucket = "bucket-3963"
}
resource "aws_s3_bucket" "b3964" {
  bucket = "bucket-3964"
}
resource "aws_s3_bucket" "b3965" {
  bucket = "bucket-3965"
}
resource "aws_s3_bucket" "b3966" {
  bucket = "bucket-3966"
}
resource "aws_s3_bucket" "b3967" {
  bucket = "bucket-3967"
}
resource "aws_s3_bucket" "b3968" {
  bucket = "bucket-3968"
}
resource "aws_s3_bucket" "b3969" {
  bucket = "bucket-3969"
}
resource "aws_s3_bucket" "b3970" {
  bucket = "bucket-3970"
}
resource "aws_s3_bucket" "b3971" {
  bucket = "bucket-3971"
}
resource "aws_s3_bucket" "b3972" {
  bucket = "bucket-3972"
}
resource "aws_s3_bucket" "b3973" {
  bucket = "bucket-3973"
}
resource "aws_s3_bucket" "b3974" {
  bucket = "bucket-3974"
}
resource "aws_s3_bucket" "b3975" {
  bucket = "bucket-3975"
}
resource "aws_s3_bucket" "b3976" {
  bucket = "bucket-3976"
}
resource "aws_s3_bucket" "b3977" {
  bucket = "bucket-3977"
}
resource "aws_s3_bucket" "b3978" {
  bucket = "bucket-3978"
}
resource "aws_s3_bucket" "b3979" {
  bucket = "bucket-3979"
}
resource "aws_s3_bucket" "b3980" {
  bucket = "bucket-3980"
}
resource "aws_s3_bucket" "b3981" {
  bucket = "bucket-3981"
}
resource "aws_s3_bucket" "b3982" {
  bucket = "bucket-3982"
}
resource "aws_s3_bucket" "b3983" {
  bucket = "bucket-3983"
}
resource "aws_s3_bucket" "b3984" {
  bucket = "bucket-3984"
}
resource "aws_s3_bucket" "b3985" {
  bucket = "bucket-3985"
}
resource "aws_s3_bucket" "b3986" {
  bucket = "bucket-3986"
}
resource "aws_s3_bucket" "b3987" {
  bucket = "bucket-3987"
}
resource "aws_s3_bucket" "b3988" {
  bucket = "bucket-3988"
}
resource "aws_s3_bucket" "b3989" {
  bucket = "bucket-3989"
}
resource "aws_s3_bucket" "b3990" {
  bucket = "bucket-3990"
}
resource "aws_s3_bucket" "b3991" {
  bucket = "bucket-3991"
}
resource "aws_s3_bucket" "b3992" {
  bucket = "bucket-3992"
}
resource "aws_s3_bucket" "b3993" {
  bucket = "bucket-3993"
}
resource "aws_s3_bucket" "b3994" {
  bucket = "bucket-3994"
}
resource "aws_s3_bucket" "b3995" {
  bucket = "bucket-3995"
}
resource "aws_s3_bucket" "b3996" {
  bucket = "bucket-3996"
}
resource "aws_s3_bucket" "b3997" {
  bucket = "bucket-3997"
}
resource "aws_s3_bucket" "b3998" {
  bucket = "bucket-3998"
}
resource "aws_s3_bucket" "b3999" {
  bucket = "bucket-3999"
}
resource "aws_s3_bucket" "b4000" {
  bucket = "bucket-4000"
}
resource "aws_s3_bucket" "b4001" {
  bucket = "bucket-4001"
}
resource "aws_s3_bucket" "b4002" {
  bucket = "bucket-4002"
}
resource "aws_s3_bucket" "b4003" {
  bucket = "bucket-4003"
}
resource "aws_s3_bucket" "b4004" {
  bucket = "bucket-4004"
}
resource "aws_s3_bucket" "b4005" {
  bucket = "bucket-4005"
}
resource "aws_s3_bucket" "b4006" {
  bucket = "bucket-4006"
}
resource "aws_s3_bucket" "b4007" {
  bucket = "bucket-4007"
}
resource "aws_s3_bucket" "b4008" {
  bucket = "bucket-4008"
}
resource "aws_s3_bucket" "b4009" {
  bucket = "bucket-4009"
}
resource "aws_s3_bucket" "b4010" {
  bucket = "bucket-4010"
}
resource "aws_s3_bucket" "b4011" {
  bucket = "bucket-4011"
}
resource "aws_s3_bucket" "b4012" {
  bucket = "bucket-4012"
}
resource "aws_s3_bucket" "b4013" {
  bucket = "bucket-4013"
}
resource "aws_s3_bucket" "b4014" {
  bucket = "bucket-4014"
}
resource "aws_s3_bucket" "b4015" {
  bucket = "bucket-4015"
}
resource "aws_s3_bucket" "b4016" {
  bucket = "bucket-4016"
}
resource "aws_s3_bucket" "b4017" {
  bucket = "bucket-4017"
}
resource "aws_s3_bucket" "b4018" {
  bucket = "bucket-4018"
}
resource "aws_s3_bucket" "b4019" {
  bucket = "bucket-4019"
}
resource "aws_s3_bucket" "b4020" {
  bucket = "bucket-4020"
}
resource "aws_s3_bucket" "b4021" {
  bucket = "bucket-4021"
}
resource "aws_s3_bucket" "b4022" {
  bucket = "bucket-4022"
}
resource "aws_s3_bucket" "b4023" {
  bucket = "bucket-4023"
}
resource "aws_s3_bucket" "b4024" {
  bucket = "bucket-4024"
}
resource "aws_s3_bucket" "b4025" {
  bucket = "bucket-4025"
}
resource "aws_s3_bucket" "b4026" {
  bucket = "bucket-4026"
}
resource "aws_s3_bucket" "b4027" {
  bucket = "bucket-4027"
}
resource "aws_s3_bucket" "b4028" {
  bucket = "bucket-4028"
}
resource "aws_s3_bucket" "b4029" {
  bucket = "bucket-4029"
}
resource "aws_s3_bucket" "b4030" {
  bucket = "bucket-4030"
}
resource "aws_s3_bucket" "b4031" {
  bucket = "bucket-4031"
}
resource "aws_s3_bucket" "b4032" {
  bucket = "bucket-4032"
}
resource "aws_s3_bucket" "b4033" {
  bucket = "bucket-4033"
}
resource "aws_s3_bucket" "b4034" {
  bucket = "bucket-4034"
}
resource "aws_s3_bucket" "b4035" {
  bucket = "bucket-4035"
}
resource "aws_s3_bucket" "b4036" {
  bucket = "bucket-4036"
}
resource "aws_s3_bucket" "b4037" {
  bucket = "bucket-4037"
}
resource "aws_s3_bucket" "b4038" {
  bucket = "bucket-4038"
}
resource "aws_s3_bucket" "b4039" {
  bucket = "bucket-4039"
}
resource "aws_s3_bucket" "b4040" {
  bucket = "bucket-4040"
}
resource "aws_s3_bucket" "b4041" {
  bucket = "bucket-4041"
}
resource "aws_s3_bucket" "b4042" {
  bucket = "bucket-4042"
}
resource "aws_s3_bucket" "b4043" {
  bucket = "bucket-4043"
}
resource "aws_s3_bucket" "b4044" {
  bucket = "bucket-4044"
}
resource "aws_s3_bucket" "b4045" {
  bucket = "bucket-4045"
}
resource "aws_s3_bucket" "b4046" {
  bucket = "bucket-4046"
}
resource "aws_s3_bucket" "b4047" {
  bucket = "bucket-4047"
}
resource "aws_s3_bucket" "b4048" {
  bucket = "bucket-4048"
}
resource "aws_s3_bucket" "b4049" {
  bucket = "bucket-4049"
}
resource "aws_s3_bucket" "b4050" {
  bucket = "bucket-4050"
}
resource "aws_s3_bucket" "b4051" {
  bucket = "bucket-4051"
}
resource "aws_s3_bucket" "b4052" {
  bucket = "bucket-4052"
}
resource "aws_s3_bucket" "b4053" {
  bucket = "bucket-4053"
}
resource "aws_s3_bucket" "b4054" {
  bucket = "bucket-4054"
}
resource "aws_s3_bucket" "b4055" {
  bucket = "bucket-4055"
}
resource "aws_s3_bucket" "b4056" {
  bucket = "bucket-4056"
}
resource "aws_s3_bucket" "b4057" {
  bucket = "bucket-4057"
}
resource "aws_s3_bucket" "b4058" {
  bucket = "bucket-4058"
}
resource "aws_s3_bucket" "b4059" {
  bucket = "bucket-4059"
}
resource "aws_s3_bucket" "b4060" {
  bucket = "bucket-4060"
}
resource "aws_s3_bucket" "b4061" {
  bucket = "bucket-4061"
}
resource "aws_s3_bucket" "b4062" {
  bucket = "bucket-4062"
}
resource "aws_s3_bucket" "b4063" {
  bucket = "bucket-4063"
}
resource "aws_s3_bucket" "b4064" {
  bucket = "bucket-4064"
}
resource "aws_s3_bucket" "b4065" {
  bucket = "bucket-4065"
}
resource "aws_s3_bucket" "b4066" {
  bucket = "bucket-4066"
}
resource "aws_s3_bucket" "b4067" {
  bucket = "bucket-4067"
}
resource "aws_s3_bucket" "b4068" {
  bucket = "bucket-4068"
}
resource "aws_s3_bucket" "b4069" {
  bucket = "bucket-4069"
}
resource "aws_s3_bucket" "b4070" {
  bucket = "bucket-4070"
}
resource "aws_s3_bucket" "b4071" {
  bucket = "bucket-4071"
}
resource "aws_s3_bucket" "b4072" {
  bucket = "bucket-4072"
}
resource "aws_s3_bucket" "b4073" {
  bucket = "bucket-4073"
}
resource "aws_s3_bucket" "b4074" {
  bucket = "bucket-4074"
}
resource "aws_s3_bucket" "b4075" {
  bucket = "bucket-4075"
}
resource "aws_s3_bucket" "b4076" {
  bucket = "bucket-4076"
}
resource "aws_s3_bucket" "b4077" {
  bucket = "bucket-4077"
}
resource "aws_s3_bucket" "b4078" {
  bucket = "bucket-4078"
}
resource "aws_s3_bucket" "b4079" {
  bucket = "bucket-4079"
}
resource "aws_s3_bucket" "b4080" {
  bucket = "bucket-4080"
}
resource "aws_s3_bucket" "b4081" {
  bucket = "bucket-4081"
}
resource "aws_s3_bucket" "b4082" {
  bucket = "bucket-4082"
}
resource "aws_s3_bucket" "b4083" {
  bucket = "bucket-4083"
}
resource "aws_s3_bucket" "b4084" {
  bucket = "bucket-4084"
}
resource "aws_s3_bucket" "b4085" {
  bucket = "bucket-4085"
}
resource "aws_s3_bucket" "b4086" {
  bucket = "bucket-4086"
}
resource "aws_s3_bucket" "b4087" {
  bucket = "bucket-4087"
}
resource "aws_s3_bucket" "b4088" {
  bucket = "bucket-4088"
}
resource "aws_s3_bucket" "b4089" {
  bucket = "bucket-4089"
}
resource "aws_s3_bucket" "b4090" {
  bucket = "bucket-4090"
}
resource "aws_s3_bucket" "b4091" {
  bucket = "bucket-4091"
}
resource "aws_s3_bucket" "b4092" {
  bucket = "bucket-4092"
}
resource "aws_s3_bucket" "b4093" {
  bucket = "bucket-4093"
}
resource "aws_s3_bucket" "b4094" {
  bucket = "bucket-4094"
}
resource "aws_s3_bucket" "b4095" {
  bucket = "bucket-4095"
}
resource "aws_s3_bucket" "b4096" {
  bucket = "bucket-4096"
}
resource "aws_s3_bucket" "b4097" {
  bucket = "bucket-4097"
}
resource "aws_s3_bucket" "b4098" {
  bucket = "bucket-4098"
}
resource "aws_s3_bucket" "b4099" {
  bucket = "bucket-4099"
}
resource "aws_s3_bucket" "b4100" {
  bucket = "bucket-4100"
}
resource "aws_s3_bucket" "b4101" {
  bucket = "bucket-4101"
}
resource "aws_s3_bucket" "b4102" {
  bucket = "bucket-4102"
}
resource "aws_s3_bucket" "b4103" {
  bucket = "bucket-4103"
}
resource "aws_s3_bucket" "b4104" {
  bucket = "bucket-4104"
}
resource "aws_s3_bucket" "b4105" {
  bucket = "bucket-4105"
}
resource "aws_s3_bucket" "b4106" {
  bucket = "bucket-4106"
}
resource "aws_s3_bucket" "b4107" {
  bucket = "bucket-4107"
}
resource "aws_s3_bucket" "b4108" {
  bucket = "bucket-4108"
}
resource "aws_s3_bucket" "b4109" {
  bucket = "bucket-4109"
}
resource "aws_s3_bucket" "b4110" {
  bucket = "bucket-4110"
}
resource "aws_s3_bucket" "b4111" {
  bucket = "bucket-4111"
}
resource "aws_s3_bucket" "b4112" {
  bucket = "bucket-4112"
}
resource "aws_s3_bucket" "b4113" {
  bucket = "bucket-4113"
}
resource "aws_s3_bucket" "b4114" {
  bucket = "bucket-4114"
}
resource "aws_s3_bucket" "b4115" {
  bucket = "bucket-4115"
}
resource "aws_s3_bucket" "b4116" {
  bucket = "bucket-4116"
}
resource "aws_s3_bucket" "b4117" {
  bucket = "bucket-4117"
}
resource "aws_s3_bucket" "b4118" {
  bucket = "bucket-4118"
}
resource "aws_s3_bucket" "b4119" {
  bucket = "bucket-4119"
}
resource "aws_s3_bucket" "b4120" {
  bucket = "bucket-4120"
}
resource "aws_s3_bucket" "b4121" {
  bucket = "bucket-4121"
}
resource "aws_s3_bucket" "b4122" {
  bucket = "bucket-4122"
}
resource "aws_s3_bucket" "b4123" {
  bucket = "bucket-4123"
}
resource "aws_s3_bucket" "b4124" {
  bucket = "bucket-4124"
}
resource "aws_s3_bucket" "b4125" {
  bucket = "bucket-4125"
}
resource "aws_s3_bucket" "b4126" {
  bucket = "bucket-4126"
}
resource "aws_s3_bucket" "b4127" {
  bucket = "bucket-4127"
}
resource "aws_s3_bucket" "b4128" {
  bucket = "bucket-4128"
}
resource "aws_s3_bucket" "b4129" {
  bucket = "bucket-4129"
}
resource "aws_s3_bucket" "b4130" {
  bucket = "bucket-4130"
}
resource "aws_s3_bucket" "b4131" {
  bucket = "bucket-4131"
}
resource "aws_s3_bucket" "b4132" {
  bucket = "bucket-4132"
}
resource "aws_s3_bucket" "b4133" {
  bucket = "bucket-4133"
}
resource "aws_s3_bucket" "b4134" {
  bucket = "bucket-4134"
}
resource "aws_s3_bucket" "b4135" {
  bucket = "bucket-4135"
}
resource "aws_s3_bucket" "b4136" {
  bucket = "bucket-4136"
}
resource "aws_s3_bucket" "b4137" {
  bucket = "bucket-4137"
}
resource "aws_s3_bucket" "b4138" {
  bucket = "bucket-4138"
}
resource "aws_s3_bucket" "b4139" {
  bucket = "bucket-4139"
}
resource "aws_s3_bucket" "b4140" {
  bucket = "bucket-4140"
}
resource "aws_s3_bucket" "b4141" {
  bucket = "bucket-4141"
}
resource "aws_s3_bucket" "b4142" {
  bucket = "bucket-4142"
}
resource "aws_s3_bucket" "b4143" {
  bucket = "bucket-4143"
}
resource "aws_s3_bucket" "b4144" {
  bucket = "bucket-4144"
}
resource "aws_s3_bucket" "b4145" {
  bucket = "bucket-4145"
}
resource "aws_s3_bucket" "b4146" {
  bucket = "bucket-4146"
}
resource "aws_s3_bucket" "b4147" {
  bucket = "bucket-4147"
}
resource "aws_s3_bucket" "b4148" {
  bucket = "bucket-4148"
}
resource "aws_s3_bucket" "b4149" {
  bucket = "bucket-4149"
}
resource "aws_s3_bucket" "b4150" {
  bucket = "bucket-4150"
}
resource "aws_s3_bucket" "b4151" {
  bucket = "bucket-4151"
}
resource "aws_s3_bucket" "b4152" {
  bucket = "bucket-4152"
}
resource "aws_s3_bucket" "b4153" {
  bucket = "bucket-4153"
}
resource "aws_s3_bucket" "b4154" {
  bucket = "bucket-4154"
}
resource "aws_s3_bucket" "b4155" {
  bucket = "bucket-4155"
}
resource "aws_s3_bucket" "b4156" {
  bucket = "bucket-4156"
}
resource "aws_s3_bucket" "b4157" {
  bucket = "bucket-4157"
}
resource "aws_s3_bucket" "b4158" {
  bucket = "bucket-4158"
}
resource "aws_s3_bucket" "b4159" {
  bucket = "bucket-4159"
}
resource "aws_s3_bucket" "b4160" {
  bucket = "bucket-4160"
}
resource "aws_s3_bucket" "b4161" {
  bucket = "bucket-4161"
}
resource "aws_s3_bucket" "b4162" {
  bucket = "bucket-4162"
}
resource "aws_s3_bucket" "b4163" {
  bucket = "bucket-4163"
}
resource "aws_s3_bucket" "b4164" {
  bucket = "bucket-4164"
}
resource "aws_s3_bucket" "b4165" {
  bucket = "bucket-4165"
}
resource "aws_s3_bucket" "b4166" {
  bucket = "bucket-4166"
}
resource "aws_s3_bucket" "b4167" {
  bucket = "bucket-4167"
}
resource "aws_s3_bucket" "b4168" {
  bucket = "bucket-4168"
}
resource "aws_s3_bucket" "b4169" {
  bucket = "bucket-4169"
}
resource "aws_s3_bucket" "b4170" {
  bucket = "bucket-4170"
}
resource "aws_s3_bucket" "b4171" {
  bucket = "bucket-4171"
}
resource "aws_s3_bucket" "b4172" {
  bucket = "bucket-4172"
}
resource "aws_s3_bucket" "b4173" {
  bucket = "bucket-4173"
}
resource "aws_s3_bucket" "b4174" {
  bucket = "bucket-4174"
}
resource "aws_s3_bucket" "b4175" {
  bucket = "bucket-4175"
}
resource "aws_s3_bucket" "b4176" {
  bucket = "bucket-4176"
}
resource "aws_s3_bucket" "b4177" {
  bucket = "bucket-4177"
}
resource "aws_s3_bucket" "b4178" {
  bucket = "bucket-4178"
}
resource "aws_s3_bucket" "b4179" {
  bucket = "bucket-4179"
}
resource "aws_s3_bucket" "b4180" {
  bucket = "bucket-4180"
}
resource "aws_s3_bucket" "b4181" {
  bucket = "bucket-4181"
}
resource "aws_s3_bucket" "b4182" {
  bucket = "bucket-4182"
}
resource "aws_s3_bucket" "b4183" {
  bucket = "bucket-4183"
}
resource "aws_s3_bucket" "b4184" {
  bucket = "bucket-4184"
}
resource "aws_s3_bucket" "b4185" {
  bucket = "bucket-4185"
}
resource "aws_s3_bucket" "b4186" {
  bucket = "bucket-4186"
}
resource "aws_s3_bucket" "b4187" {
  bucket = "bucket-4187"
}
resource "aws_s3_bucket" "b4188" {
  bucket = "bucket-4188"
}
resource "aws_s3_bucket" "b4189" {
  bucket = "bucket-4189"
}
resource "aws_s3_bucket" "b4190" {
  bucket = "bucket-4190"
}
resource "aws_s3_bucket" "b4191" {
  bucket = "bucket-4191"
}
resource "aws_s3_bucket" "b4192" {
  bucket = "bucket-4192"
}
resource "aws_s3_bucket" "b4193" {
  bucket = "bucket-4193"
}
resource "aws_s3_bucket" "b4194" {
  bucket = "bucket-4194"
}
resource "aws_s3_bucket" "b4195" {
  bucket = "bucket-4195"
}
resource "aws_s3_bucket" "b4196" {
  bucket = "bucket-4196"
}
resource "aws_s3_bucket" "b4197" {
  bucket = "bucket-4197"
}
resource "aws_s3_bucket" "b4198" {
  bucket = "bucket-4198"
}
resource "aws_s3_bucket" "b4199" {
  bucket = "bucket-4199"
}
resource "aws_s3_bucket" "b4200" {
  bucket = "bucket-4200"
}
resource "aws_s3_bucket" "b4201" {
  bucket = "bucket-4201"
}
resource "aws_s3_bucket" "b4202" {
  bucket = "bucket-4202"
}
resource "aws_s3_bucket" "b4203" {
  bucket = "bucket-4203"
}
resource "aws_s3_bucket" "b4204" {
  bucket = "bucket-4204"
}
resource "aws_s3_bucket" "b4205" {
  bucket = "bucket-4205"
}
resource "aws_s3_bucket" "b4206" {
  bucket = "bucket-4206"
}
resource "aws_s3_bucket" "b4207" {
  bucket = "bucket-4207"
}
resource "aws_s3_bucket" "b4208" {
  bucket = "bucket-4208"
}
resource "aws_s3_bucket" "b4209" {
  bucket = "bucket-4209"
}
resource "aws_s3_bucket" "b4210" {
  bucket = "bucket-4210"
}
resource "aws_s3_bucket" "b4211" {
  bucket = "bucket-4211"
}
resource "aws_s3_bucket" "b4212" {
  bucket = "bucket-4212"
}
resource "aws_s3_bucket" "b4213" {
  bucket = "bucket-4213"
}
resource "aws_s3_bucket" "b4214" {
  bucket = "bucket-4214"
}
resource "aws_s3_bucket" "b4215" {
  bucket = "bucket-4215"
}
resource "aws_s3_bucket" "b4216" {
  bucket = "bucket-4216"
}
resource "aws_s3_bucket" "b4217" {
  bucket = "bucket-4217"
}
resource "aws_s3_bucket" "b4218" {
  bucket = "bucket-4218"
}
resource "aws_s3_bucket" "b4219" {
  bucket = "bucket-4219"
}
resource "aws_s3_bucket" "b4220" {
  bucket = "bucket-4220"
}
resource "aws_s3_bucket" "b4221" {
  bucket = "bucket-4221"
}
resource "aws_s3_bucket" "b4222" {
  bucket = "bucket-4222"
}
resource "aws_s3_bucket" "b4223" {
  bucket = "bucket-4223"
}
resource "aws_s3_bucket" "b4224" {
  bucket = "bucket-4224"
}
resource "aws_s3_bucket" "b4225" {
  bucket = "bucket-4225"
}
resource "aws_s3_bucket" "b4226" {
  bucket = "bucket-4226"
}
resource "aws_s3_bucket" "b4227" {
  bucket = "bucket-4227"
}
resource "aws_s3_bucket" "b4228" {
  bucket = "bucket-4228"
}
resource "aws_s3_bucket" "b4229" {
  bucket = "bucket-4229"
}
resource "aws_s3_bucket" "b4230" {
  bucket = "bucket-4230"
}
resource "aws_s3_bucket" "b4231" {
  bucket = "bucket-4231"
}
resource "aws_s3_bucket" "b4232" {
  bucket = "bucket-4232"
}
resource "aws_s3_bucket" "b4233" {
  bucket = "bucket-4233"
}
resource "aws_s3_bucket" "b4234" {
  bucket = "bucket-4234"
}
resource "aws_s3_bucket" "b4235" {
  bucket = "bucket-4235"
}
resource "aws_s3_bucket" "b4236" {
  bucket = "bucket-4236"
}
resource "aws_s3_bucket" "b4237" {
  bucket = "bucket-4237"
}
resource "aws_s3_bucket" "b4238" {
  bucket = "bucket-4238"
}
resource "aws_s3_bucket" "b4239" {
  bucket = "bucket-4239"
}
resource "aws_s3_bucket" "b4240" {
  bucket = "bucket-4240"
}
resource "aws_s3_bucket" "b4241" {
  bucket = "bucket-4241"
}
resource "aws_s3_bucket" "b4242" {
  bucket = "bucket-4242"
}
resource "aws_s3_bucket" "b4243" {
  bucket = "bucket-4243"
}
resource "aws_s3_bucket" "b4244" {
  bucket = "bucket-4244"
}
resource "aws_s3_bucket" "b4245" {
  bucket = "bucket-4245"
}
resource "aws_s3_bucket" "b4246" {
  bucket = "bucket-4246"
}
resource "aws_s3_bucket" "b4247" {
  bucket = "bucket-4247"
}
resource "aws_s3_bucket" "b4248" {
  bucket = "bucket-4248"
}
resource "aws_s3_bucket" "b4249" {
  bucket = "bucket-4249"
}
resource "aws_s3_bucket" "b4250" {
  bucket = "bucket-4250"
}
resource "aws_s3_bucket" "b4251" {
  bucket = "bucket-4251"
}
resource "aws_s3_bucket" "b4252" {
  bucket = "bucket-4252"
}
resource "aws_s3_bucket" "b4253" {
  bucket = "bucket-4253"
}
resource "aws_s3_bucket" "b4254" {
  bucket = "bucket-4254"
}
resource "aws_s3_bucket" "b4255" {
  bucket = "bucket-4255"
}
resource "aws_s3_bucket" "b4256" {
  bucket = "bucket-4256"
}
resource "aws_s3_bucket" "b4257" {
  bucket = "bucket-4257"
}
resource "aws_s3_bucket" "b4258" {
  bucket = "bucket-4258"
}
resource "aws_s3_bucket" "b4259" {
  bucket = "bucket-4259"
}
resource "aws_s3_bucket" "b4260" {
  bucket = "bucket-4260"
}
resource "aws_s3_bucket" "b4261" {
  bucket = "bucket-4261"
}
resource "aws_s3_bucket" "b4262" {
  bucket = "bucket-4262"
}
resource "aws_s3_bucket" "b4263" {
  bucket = "bucket-4263"
}
resource "aws_s3_bucket" "b4264" {
  bucket = "bucket-4264"
}
resource "aws_s3_bucket" "b4265" {
  bucket = "bucket-4265"
}
resource "aws_s3_bucket" "b4266" {
  bucket = "bucket-4266"
}
resource "aws_s3_bucket" "b4267" {
  bucket = "bucket-4267"
}
resource "aws_s3_bucket" "b4268" {
  bucket = "bucket-4268"
}
resource "aws_s3_bucket" "b4269" {
  bucket = "bucket-4269"
}
resource "aws_s3_bucket" "b4270" {
  bucket = "bucket-4270"
}
resource "aws_s3_bucket" "b4271" {
  bucket = "bucket-4271"
}
resource "aws_s3_bucket" "b4272" {
  bucket = "bucket-4272"
}
resource "aws_s3_bucket" "b4273" {
  bucket = "bucket-4273"
}
resource "aws_s3_bucket" "b4274" {
  bucket = "bucket-4274"
}
resource "aws_s3_bucket" "b4275" {
  bucket = "bucket-4275"
}
resource "aws_s3_bucket" "b4276" {
  bucket = "bucket-4276"
}
resource "aws_s3_bucket" "b4277" {
  bucket = "bucket-4277"
}
resource "aws_s3_bucket" "b4278" {
  bucket = "bucket-4278"
}
resource "aws_s3_bucket" "b4279" {
  bucket = "bucket-4279"
}
resource "aws_s3_bucket" "b4280" {
  bucket = "bucket-4280"
}
resource "aws_s3_bucket" "b4281" {
  bucket = "bucket-4281"
}
resource "aws_s3_bucket" "b4282" {
  bucket = "bucket-4282"
}
resource "aws_s3_bucket" "b4283" {
  bucket = "bucket-4283"
}
resource "aws_s3_bucket" "b4284" {
  bucket = "bucket-4284"
}
resource "aws_s3_bucket" "b4285" {
  bucket = "bucket-4285"
}
resource "aws_s3_bucket" "b4286" {
  bucket = "bucket-4286"
}
resource "aws_s3_bucket" "b4287" {
  bucket = "bucket-4287"
}
resource "aws_s3_bucket" "b4288" {
  bucket = "bucket-4288"
}
resource "aws_s3_bucket" "b4289" {
  bucket = "bucket-4289"
}
resource "aws_s3_bucket" "b4290" {
  bucket = "bucket-4290"
}
resource "aws_s3_bucket" "b4291" {
  bucket = "bucket-4291"
}
resource "aws_s3_bucket" "b4292" {
  bucket = "bucket-4292"
}
resource "aws_s3_bucket" "b4293" {
  bucket = "bucket-4293"
}
resource "aws_s3_bucket" "b4294" {
  bucket = "bucket-4294"
}
resource "aws_s3_bucket" "b4295" {
  bucket = "bucket-4295"
}
resource "aws_s3_bucket" "b4296" {
  bucket = "bucket-4296"
}
resource "aws_s3_bucket" "b4297" {
  bucket = "bucket-4297"
}
resource "aws_s3_bucket" "b4298" {
  bucket = "bucket-4298"
}
resource "aws_s3_bucket" "b4299" {
  bucket = "bucket-4299"
}
resource "aws_s3_bucket" "b4300" {
  bucket = "bucket-4300"
}
resource "aws_s3_bucket" "b4301" {
  bucket = "bucket-4301"
}
resource "aws_s3_bucket" "b4302" {
  bucket = "bucket-4302"
}
resource "aws_s3_bucket" "b4303" {
  bucket = "bucket-4303"
}
resource "aws_s3_bucket" "b4304" {
  bucket = "bucket-4304"
}
resource "aws_s3_bucket" "b4305" {
  bucket = "bucket-4305"
}
resource "aws_s3_bucket" "b4306" {
  bucket = "bucket-4306"
}
resource "aws_s3_bucket" "b4307" {
  bucket = "bucket-4307"
}
resource "aws_s3_bucket" "b4308" {
  bucket = "bucket-4308"
}
resource "aws_s3_bucket" "b4309" {
  bucket = "bucket-4309"
}
resource "aws_s3_bucket" "b4310" {
  bucket = "bucket-4310"
}
resource "aws_s3_bucket" "b4311" {
  bucket = "bucket-4311"
}
resource "aws_s3_bucket" "b4312" {
  bucket = "bucket-4312"
}
resource "aws_s3_bucket" "b4313" {
  bucket = "bucket-4313"
}
resource "aws_s3_bucket" "b4314" {
  bucket = "bucket-4314"
}
resource "aws_s3_bucket" "b4315" {
  bucket = "bucket-4315"
}
resource "aws_s3_bucket" "b4316" {
  bucket = "bucket-4316"
}
resource "aws_s3_bucket" "b4317" {
  bucket = "bucket-4317"
}
resource "aws_s3_bucket" "b4318" {
  bucket = "bucket-4318"
}
resource "aws_s3_bucket" "b4319" {
  bucket = "bucket-4319"
}
resource "aws_s3_bucket" "b4320" {
  bucket = "bucket-4320"
}
resource "aws_s3_bucket" "b4321" {
  bucket = "bucket-4321"
}
resource "aws_s3_bucket" "b4322" {
  bucket = "bucket-4322"
}
resource "aws_s3_bucket" "b4323" {
  bucket = "bucket-4323"
}
resource "aws_s3_bucket" "b4324" {
  bucket = "bucket-4324"
}
resource "aws_s3_bucket" "b4325" {
  bucket = "bucket-4325"
}
resource "aws_s3_bucket" "b4326" {
  bucket = "bucket-4326"
}
resource "aws_s3_bucket" "b4327" {
  bucket = "bucket-4327"
}
resource "aws_s3_bucket" "b4328" {
  bucket = "bucket-4328"
}
resource "aws_s3_bucket" "b4329" {
  bucket = "bucket-4329"
}
resource "aws_s3_bucket" "b4330" {
  bucket = "bucket-4330"
}
resource "aws_s3_bucket" "b4331" {
  bucket = "bucket-4331"
}
resource "aws_s3_bucket" "b4332" {
  bucket = "bucket-4332"
}
resource "aws_s3_bucket" "b4333" {
  bucket = "bucket-4333"
}
resource "aws_s3_bucket" "b4334" {
  bucket = "bucket-4334"
}
resource "aws_s3_bucket" "b4335" {
  bucket = "bucket-4335"
}
resource "aws_s3_bucket" "b4336" {
  bucket = "bucket-4336"
}
resource "aws_s3_bucket" "b4337" {
  bucket = "bucket-4337"
}
resource "aws_s3_bucket" "b4338" {
  bucket = "bucket-4338"
}
resource "aws_s3_bucket" "b4339" {
  bucket = "bucket-4339"
}
resource "aws_s3_bucket" "b4340" {
  bucket = "bucket-4340"
}
resource "aws_s3_bucket" "b4341" {
  bucket = "bucket-4341"
}
resource "aws_s3_bucket" "b4342" {
  bucket = "bucket-4342"
}
resource "aws_s3_bucket" "b4343" {
  bucket = "bucket-4343"
}
resource "aws_s3_bucket" "b4344" {
  bucket = "bucket-4344"
}
resource "aws_s3_bucket" "b4345" {
  bucket = "bucket-4345"
}
resource "aws_s3_bucket" "b4346" {
  bucket = "bucket-4346"
}
resource "aws_s3_bucket" "b4347" {
  bucket = "bucket-4347"
}
resource "aws_s3_bucket" "b4348" {
  bucket = "bucket-4348"
}
resource "aws_s3_bucket" "b4349" {
  bucket = "bucket-4349"
}
resource "aws_s3_bucket" "b4350" {
  bucket = "bucket-4350"
}
resource "aws_s3_bucket" "b4351" {
  bucket = "bucket-4351"
}
resource "aws_s3_bucket" "b4352" {
  bucket = "bucket-4352"
}
resource "aws_s3_bucket" "b4353" {
  bucket = "bucket-4353"
}
resource "aws_s3_bucket" "b4354" {
  bucket = "bucket-4354"
}
resource "aws_s3_bucket" "b4355" {
  bucket = "bucket-4355"
}
resource "aws_s3_bucket" "b4356" {
  bucket = "bucket-4356"
}
resource "aws_s3_bucket" "b4357" {
  bucket = "bucket-4357"
}
resource "aws_s3_bucket" "b4358" {
  bucket = "bucket-4358"
}
resource "aws_s3_bucket" "b4359" {
  bucket = "bucket-4359"
}
resource "aws_s3_bucket" "b4360" {
  bucket = "bucket-4360"
}
resource "aws_s3_bucket" "b4361" {
  bucket = "bucket-4361"
}
resource "aws_s3_bucket" "b4362" {
  bucket = "bucket-4362"
}
resource "aws_s3_bucket" "b4363" {
  bucket = "bucket-4363"
}
resource "aws_s3_bucket" "b4364" {
  bucket = "bucket-4364"
}
resource "aws_s3_bucket" "b4365" {
  bucket = "bucket-4365"
}
resource "aws_s3_bucket" "b4366" {
  bucket = "bucket-4366"
}
resource "aws_s3_bucket" "b4367" {
  bucket = "bucket-4367"
}
resource "aws_s3_bucket" "b4368" {
  bucket = "bucket-4368"
}
resource "aws_s3_bucket" "b4369" {
  bucket = "bucket-4369"
}
resource "aws_s3_bucket" "b4370" {
  bucket = "bucket-4370"
}
resource "aws_s3_bucket" "b4371" {
  bucket = "bucket-4371"
}
resource "aws_s3_bucket" "b4372" {
  bucket = "bucket-4372"
}
resource "aws_s3_bucket" "b4373" {
  bucket = "bucket-4373"
}
resource "aws_s3_bucket" "b4374" {
  bucket = "bucket-4374"
}
resource "aws_s3_bucket" "b4375" {
  bucket = "bucket-4375"
}
resource "aws_s3_bucket" "b4376" {
  bucket = "bucket-4376"
}
resource "aws_s3_bucket" "b4377" {
  bucket = "bucket-4377"
}
resource "aws_s3_bucket" "b4378" {
  bucket = "bucket-4378"
}
resource "aws_s3_bucket" "b4379" {
  bucket = "bucket-4379"
}
resource "aws_s3_bucket" "b4380" {
  bucket = "bucket-4380"
}
resource "aws_s3_bucket" "b4381" {
  bucket = "bucket-4381"
}
resource "aws_s3_bucket" "b4382" {
  bucket = "bucket-4382"
}
resource "aws_s3_bucket" "b4383" {
  bucket = "bucket-4383"
}
resource "aws_s3_bucket" "b4384" {
  bucket = "bucket-4384"
}
resource "aws_s3_bucket" "b4385" {
  bucket = "bucket-4385"
}
resource "aws_s3_bucket" "b4386" {
  bucket = "bucket-4386"
}
resource "aws_s3_bucket" "b4387" {
  bucket = "bucket-4387"
}
resource "aws_s3_bucket" "b4388" {
  bucket = "bucket-4388"
}
resource "aws_s3_bucket" "b4389" {
  bucket = "bucket-4389"
}
resource "aws_s3_bucket" "b4390" {
  bucket = "bucket-4390"
}
resource "aws_s3_bucket" "b4391" {
  bucket = "bucket-4391"
}
resource "aws_s3_bucket" "b4392" {
  bucket = "bucket-4392"
}
resource "aws_s3_bucket" "b4393" {
  bucket = "bucket-4393"
}
resource "aws_s3_bucket" "b4394" {
  bucket = "bucket-4394"
}
resource "aws_s3_bucket" "b4395" {
  bucket = "bucket-4395"
}
resource "aws_s3_bucket" "b4396" {
  bucket = "bucket-4396"
}
resource "aws_s3_bucket" "b4397" {
  bucket = "bucket-4397"
}
resource "aws_s3_bucket" "b4398" {
  bucket = "bucket-4398"
}
resource "aws_s3_bucket" "b4399" {
  bucket = "bucket-4399"
}
resource "aws_s3_bucket" "b4400" {
  bucket = "bucket-4400"
}
resource "aws_s3_bucket" "b4401" {
  bucket = "bucket-4401"
}
resource "aws_s3_bucket" "b4402" {
  bucket = "bucket-4402"
}
resource "aws_s3_bucket" "b4403" {
  bucket = "bucket-4403"
}
resource "aws_s3_bucket" "b4404" {
  bucket = "bucket-4404"
}
resource "aws_s3_bucket" "b4405" {
  bucket = "bucket-4405"
}
resource "aws_s3_bucket" "b4406" {
  bucket = "bucket-4406"
}
resource "aws_s3_bucket" "b4407" {
  bucket = "bucket-4407"
}
resource "aws_s3_bucket" "b4408" {
  bucket = "bucket-4408"
}
resource "aws_s3_bucket" "b4409" {
  bucket = "bucket-4409"
}
resource "aws_s3_bucket" "b4410" {
  bucket = "bucket-4410"
}
resource "aws_s3_bucket" "b4411" {
  bucket = "bucket-4411"
}
resource "aws_s3_bucket" "b4412" {
  bucket = "bucket-4412"
}
resource "aws_s3_bucket" "b4413" {
  bucket = "bucket-4413"
}
resource "aws_s3_bucket" "b4414" {
  bucket = "bucket-4414"
}
resource "aws_s3_bucket" "b4415" {
  bucket = "bucket-4415"
}
resource "aws_s3_bucket" "b4416" {
  bucket = "bucket-4416"
}
resource "aws_s3_bucket" "b4417" {
  bucket = "bucket-4417"
}
resource "aws_s3_bucket" "b4418" {
  bucket = "bucket-4418"
}
resource "aws_s3_bucket" "b4419" {
  bucket = "bucket-4419"
}
resource "aws_s3_bucket" "b4420" {
  bucket = "bucket-4420"
}
resource "aws_s3_bucket" "b4421" {
  bucket = "bucket-4421"
}
resource "aws_s3_bucket" "b4422" {
  bucket = "bucket-4422"
}
resource "aws_s3_bucket" "b4423" {
  bucket = "bucket-4423"
}
resource "aws_s3_bucket" "b4424" {
  bucket = "bucket-4424"
}
resource "aws_s3_bucket" "b4425" {
  bucket = "bucket-4425"
}
resource "aws_s3_bucket" "b4426" {
  bucket = "bucket-4426"
}
resource "aws_s3_bucket" "b4427" {
  bucket = "bucket-4427"
}
resource "aws_s3_bucket" "b4428" {
  bucket = "bucket-4428"
}
resource "aws_s3_bucket" "b4429" {
  bucket = "bucket-4429"
}
resource "aws_s3_bucket" "b4430" {
  bucket = "bucket-4430"
}
resource "aws_s3_bucket" "b4431" {
  bucket = "bucket-4431"
}
resource "aws_s3_bucket" "b4432" {
  bucket = "bucket-4432"
}
resource "aws_s3_bucket" "b4433" {
  bucket = "bucket-4433"
}
resource "aws_s3_bucket" "b4434" {
  bucket = "bucket-4434"
}
resource "aws_s3_bucket" "b4435" {
  bucket = "bucket-4435"
}
resource "aws_s3_bucket" "b4436" {
  bucket = "bucket-4436"
}
resource "aws_s3_bucket" "b4437" {
  bucket = "bucket-4437"
}
resource "aws_s3_bucket" "b4438" {
  bucket = "bucket-4438"
}
resource "aws_s3_bucket" "b4439" {
  bucket = "bucket-4439"
}
resource "aws_s3_bucket" "b4440" {
  bucket = "bucket-4440"
}
resource "aws_s3_bucket" "b4441" {
  bucket = "bucket-4441"
}
resource "aws_s3_bucket" "b4442" {
  bucket = "bucket-4442"
}
resource "aws_s3_bucket" "b4443" {
  bucket = "bucket-4443"
}
resource "aws_s3_bucket" "b4444" {
  bucket = "bucket-4444"
}
resource "aws_s3_bucket" "b4445" {
  bucket = "bucket-4445"
}
resource "aws_s3_bucket" "b4446" {
  bucket = "bucket-4446"
}
resource "aws_s3_bucket" "b4447" {
  bucket = "bucket-4447"
}
resource "aws_s3_bucket" "b4448" {
  bucket = "bucket-4448"
}
resource "aws_s3_bucket" "b4449" {
  bucket = "bucket-4449"
}
resource "aws_s3_bucket" "b4450" {
  bucket = "bucket-4450"
}
resource "aws_s3_bucket" "b4451" {
  bucket = "bucket-4451"
}
resource "aws_s3_bucket" "b4452" {
  bucket = "bucket-4452"
}
resource "aws_s3_bucket" "b4453" {
  bucket = "bucket-4453"
}
resource "aws_s3_bucket" "b4454" {
  bucket = "bucket-4454"
}
resource "aws_s3_bucket" "b4455" {
  bucket = "bucket-4455"
}
resource "aws_s3_bucket" "b4456" {
  bucket = "bucket-4456"
}
resource "aws_s3_bucket" "b4457" {
  bucket = "bucket-4457"
}
resource "aws_s3_bucket" "b4458" {
  bucket = "bucket-4458"
}
resource "aws_s3_bucket" "b4459" {
  bucket = "bucket-4459"
}
resource "aws_s3_bucket" "b4460" {
  bucket = "bucket-4460"
}
resource "aws_s3_bucket" "b4461" {
  bucket = "bucket-4461"
}
resource "aws_s3_bucket" "b4462" {
  bucket = "bucket-4462"
}
resource "aws_s3_bucket" "b4463" {
  bucket = "bucket-4463"
}
resource "aws_s3_bucket" "b4464" {
  bucket = "bucket-4464"
}
resource "aws_s3_bucket" "b4465" {
  bucket = "bucket-4465"
}
resource "aws_s3_bucket" "b4466" {
  bucket = "bucket-4466"
}
resource "aws_s3_bucket" "b4467" {
  bucket = "bucket-4467"
}
resource "aws_s3_bucket" "b4468" {
  bucket = "bucket-4468"
}
resource "aws_s3_bucket" "b4469" {
  bucket = "bucket-4469"
}
resource "aws_s3_bucket" "b4470" {
  bucket = "bucket-4470"
}
resource "aws_s3_bucket" "b4471" {
  bucket = "bucket-4471"
}
resource "aws_s3_bucket" "b4472" {
  bucket = "bucket-4472"
}
resource "aws_s3_bucket" "b4473" {
  bucket = "bucket-4473"
}
resource "aws_s3_bucket" "b4474" {
  bucket = "bucket-4474"
}
resource "aws_s3_bucket" "b4475" {
  bucket = "bucket-4475"
}
resource "aws_s3_bucket" "b4476" {
  bucket = "bucket-4476"
}
resource "aws_s3_bucket" "b4477" {
  bucket = "bucket-4477"
}
resource "aws_s3_bucket" "b4478" {
  bucket = "bucket-4478"
}
resource "aws_s3_bucket" "b4479" {
  bucket = "bucket-4479"
}
resource "aws_s3_bucket" "b4480" {
  bucket = "bucket-4480"
}
resource "aws_s3_bucket" "b4481" {
  bucket = "bucket-4481"
}
resource "aws_s3_bucket" "b4482" {
  bucket = "bucket-4482"
}
resource "aws_s3_bucket" "b4483" {
  bucket = "bucket-4483"
}
resource "aws_s3_bucket" "b4484" {
  bucket = "bucket-4484"
}
resource "aws_s3_bucket" "b4485" {
  bucket = "bucket-4485"
}
resource "aws_s3_bucket" "b4486" {
  bucket = "bucket-4486"
}
resource "aws_s3_bucket" "b4487" {
  bucket = "bucket-4487"
}
resource "aws_s3_bucket" "b4488" {
  bucket = "bucket-4488"
}
resource "aws_s3_bucket" "b4489" {
  bucket = "bucket-4489"
}
resource "aws_s3_bucket" "b4490" {
  bucket = "bucket-4490"
}
resource "aws_s3_bucket" "b4491" {
  bucket = "bucket-4491"
}
resource "aws_s3_bucket" "b4492" {
  bucket = "bucket-4492"
}
resource "aws_s3_bucket" "b4493" {
  bucket = "bucket-4493"
}
resource "aws_s3_bucket" "b4494" {
  bucket = "bucket-4494"
}
resource "aws_s3_bucket" "b4495" {
  bucket = "bucket-4495"
}
resource "aws_s3_bucket" "b4496" {
  bucket = "bucket-4496"
}
resource "aws_s3_bucket" "b4497" {
  bucket = "bucket-4497"
}
resource "aws_s3_bucket" "b4498" {
  bucket = "bucket-4498"
}
resource "aws_s3_bucket" "b4499" {
  bucket = "bucket-4499"
}
resource "aws_s3_bucket" "b4500" {
  bucket = "bucket-4500"
}
resource "aws_s3_bucket" "b4501" {
  bucket = "bucket-4501"
}
resource "aws_s3_bucket" "b4502" {
  bucket = "bucket-4502"
}
resource "aws_s3_bucket" "b4503" {
  bucket = "bucket-4503"
}
resource "aws_s3_bucket" "b4504" {
  bucket = "bucket-4504"
}
resource "aws_s3_bucket" "b4505" {
  bucket = "bucket-4505"
}
resource "aws_s3_bucket" "b4506" {
  bucket = "bucket-4506"
}
resource "aws_s3_bucket" "b4507" {
  bucket = "bucket-4507"
}
resource "aws_s3_bucket" "b4508" {
  bucket = "bucket-4508"
}
resource "aws_s3_bucket" "b4509" {
  bucket = "bucket-4509"
}
resource "aws_s3_bucket" "b4510" {
  bucket = "bucket-4510"
}
resource "aws_s3_bucket" "b4511" {
  bucket = "bucket-4511"
}
resource "aws_s3_bucket" "b4512" {
  bucket = "bucket-4512"
}
resource "aws_s3_bucket" "b4513" {
  bucket = "bucket-4513"
}
resource "aws_s3_bucket" "b4514" {
  bucket = "bucket-4514"
}
resource "aws_s3_bucket" "b4515" {
  bucket = "bucket-4515"
}
resource "aws_s3_bucket" "b4516" {
  bucket = "bucket-4516"
}
resource "aws_s3_bucket" "b4517" {
  bucket = "bucket-4517"
}
resource "aws_s3_bucket" "b4518" {
  bucket = "bucket-4518"
}
resource "aws_s3_bucket" "b4519" {
  bucket = "bucket-4519"
}
resource "aws_s3_bucket" "b4520" {
  bucket = "bucket-4520"
}
resource "aws_s3_bucket" "b4521" {
  bucket = "bucket-4521"
}
resource "aws_s3_bucket" "b4522" {
  bucket = "bucket-4522"
}
resource "aws_s3_bucket" "b4523" {
  bucket = "bucket-4523"
}
resource "aws_s3_bucket" "b4524" {
  bucket = "bucket-4524"
}
resource "aws_s3_bucket" "b4525" {
  bucket = "bucket-4525"
}
resource "aws_s3_bucket" "b4526" {
  bucket = "bucket-4526"
}
resource "aws_s3_bucket" "b4527" {
  bucket = "bucket-4527"
}
resource "aws_s3_bucket" "b4528" {
  bucket = "bucket-4528"
}
resource "aws_s3_bucket" "b4529" {
  bucket = "bucket-4529"
}
resource "aws_s3_bucket" "b4530" {
  bucket = "bucket-4530"
}
resource "aws_s3_bucket" "b4531" {
  bucket = "bucket-4531"
}
resource "aws_s3_bucket" "b4532" {
  bucket = "bucket-4532"
}
resource "aws_s3_bucket" "b4533" {
  bucket = "bucket-4533"
}
resource "aws_s3_bucket" "b4534" {
  bucket = "bucket-4534"
}
resource "aws_s3_bucket" "b4535" {
  bucket = "bucket-4535"
}
resource "aws_s3_bucket" "b4536" {
  bucket = "bucket-4536"
}
resource "aws_s3_bucket" "b4537" {
  bucket = "bucket-4537"
}
resource "aws_s3_bucket" "b4538" {
  bucket = "bucket-4538"
}
resource "aws_s3_bucket" "b4539" {
  bucket = "bucket-4539"
}
resource "aws_s3_bucket" "b4540" {
  bucket = "bucket-4540"
}
resource "aws_s3_bucket" "b4541" {
  bucket = "bucket-4541"
}
resource "aws_s3_bucket" "b4542" {
  bucket = "bucket-4542"
}
resource "aws_s3_bucket" "b4543" {
  bucket = "bucket-4543"
}
resource "aws_s3_bucket" "b4544" {
  bucket = "bucket-4544"
}
resource "aws_s3_bucket" "b4545" {
  bucket = "bucket-4545"
}
resource "aws_s3_bucket" "b4546" {
  bucket = "bucket-4546"
}
resource "aws_s3_bucket" "b4547" {
  bucket = "bucket-4547"
}
resource "aws_s3_bucket" "b4548" {
  bucket = "bucket-4548"
}
resource "aws_s3_bucket" "b4549" {
  bucket = "bucket-4549"
}
resource "aws_s3_bucket" "b4550" {
  bucket = "bucket-4550"
}
resource "aws_s3_bucket" "b4551" {
  bucket = "bucket-4551"
}
resource "aws_s3_bucket" "b4552" {
  bucket = "bucket-4552"
}
resource "aws_s3_bucket" "b4553" {
  bucket = "bucket-4553"
}
resource "aws_s3_bucket" "b4554" {
  bucket = "bucket-4554"
}
resource "aws_s3_bucket" "b4555" {
  bucket = "bucket-4555"
}
resource "aws_s3_bucket" "b4556" {
  bucket = "bucket-4556"
}
resource "aws_s3_bucket" "b4557" {
  bucket = "bucket-4557"
}
resource "aws_s3_bucket" "b4558" {
  bucket = "bucket-4558"
}
resource "aws_s3_bucket" "b4559" {
  bucket = "bucket-4559"
}
resource "aws_s3_bucket" "b4560" {
  bucket = "bucket-4560"
}
resource "aws_s3_bucket" "b4561" {
  bucket = "bucket-4561"
}
resource "aws_s3_bucket" "b4562" {
  bucket = "bucket-4562"
}
resource "aws_s3_bucket" "b4563" {
  bucket = "bucket-4563"
}
resource "aws_s3_bucket" "b4564" {
  bucket = "bucket-4564"
}
resource "aws_s3_bucket" "b4565" {
  bucket = "bucket-4565"
}
resource "aws_s3_bucket" "b4566" {
  bucket = "bucket-4566"
}
resource "aws_s3_bucket" "b4567" {
  bucket = "bucket-4567"
}
resource "aws_s3_bucket" "b4568" {
  bucket = "bucket-4568"
}
resource "aws_s3_bucket" "b4569" {
  bucket = "bucket-4569"
}
resource "aws_s3_bucket" "b4570" {
  bucket = "bucket-4570"
}
resource "aws_s3_bucket" "b4571" {
  bucket = "bucket-4571"
}
resource "aws_s3_bucket" "b4572" {
  bucket = "bucket-4572"
}
resource "aws_s3_bucket" "b4573" {
  bucket = "bucket-4573"
}
resource "aws_s3_bucket" "b4574" {
  bucket = "bucket-4574"
}
resource "aws_s3_bucket" "b4575" {
  bucket = "bucket-4575"
}
resource "aws_s3_bucket" "b4576" {
  bucket = "bucket-4576"
}
resource "aws_s3_bucket" "b4577" {
  bucket = "bucket-4577"
}
resource "aws_s3_bucket" "b4578" {
  bucket = "bucket-4578"
}
resource "aws_s3_bucket" "b4579" {
  bucket = "bucket-4579"
}
resource "aws_s3_bucket" "b4580" {
  bucket = "bucket-4580"
}
resource "aws_s3_bucket" "b4581" {
  bucket = "bucket-4581"
}
resource "aws_s3_bucket" "b4582" {
  bucket = "bucket-4582"
}
resource "aws_s3_bucket" "b4583" {
  bucket = "bucket-4583"
}
resource "aws_s3_bucket" "b4584" {
  bucket = "bucket-4584"
}
resource "aws_s3_bucket" "b4585" {
  bucket = "bucket-4585"
}
resource "aws_s3_bucket" "b4586" {
  bucket = "bucket-4586"
}
resource "aws_s3_bucket" "b4587" {
  bucket = "bucket-4587"
}
resource "aws_s3_bucket" "b4588" {
  bucket = "bucket-4588"
}
resource "aws_s3_bucket" "b4589" {
  bucket = "bucket-4589"
}
resource "aws_s3_bucket" "b4590" {
  bucket = "bucket-4590"
}
resource "aws_s3_bucket" "b4591" {
  bucket = "bucket-4591"
}
resource "aws_s3_bucket" "b4592" {
  bucket = "bucket-4592"
}
resource "aws_s3_bucket" "b4593" {
  bucket = "bucket-4593"
}
resource "aws_s3_bucket" "b4594" {
  bucket = "bucket-4594"
}
resource "aws_s3_bucket" "b4595" {
  bucket = "bucket-4595"
}
resource "aws_s3_bucket" "b4596" {
  bucket = "bucket-4596"
}
resource "aws_s3_bucket" "b4597" {
  bucket = "bucket-4597"
}
resource "aws_s3_bucket" "b4598" {
  bucket = "bucket-4598"
}
resource "aws_s3_bucket" "b4599" {
  bucket = "bucket-4599"
}
resource "aws_s3_bucket" "b4600" {
  bucket = "bucket-4600"
}
resource "aws_s3_bucket" "b4601" {
  bucket = "bucket-4601"
}
resource "aws_s3_bucket" "b4602" {
  bucket = "bucket-4602"
}
resource "aws_s3_bucket" "b4603" {
  bucket = "bucket-4603"
}
resource "aws_s3_bucket" "b4604" {
  bucket = "bucket-4604"
}
resource "aws_s3_bucket" "b4605" {
  bucket = "bucket-4605"
}
resource "aws_s3_bucket" "b4606" {
  bucket = "bucket-4606"
}
resource "aws_s3_bucket" "b4607" {
  bucket = "bucket-4607"
}
resource "aws_s3_bucket" "b4608" {
  bucket = "bucket-4608"
}
resource "aws_s3_bucket" "b4609" {
  bucket = "bucket-4609"
}
resource "aws_s3_bucket" "b4610" {
  bucket = "bucket-4610"
}
resource "aws_s3_bucket" "b4611" {
  bucket = "bucket-4611"
}
resource "aws_s3_bucket" "b4612" {
  bucket = "bucket-4612"
}
resource "aws_s3_bucket" "b4613" {
  bucket = "bucket-4613"
}
resource "aws_s3_bucket" "b4614" {
  bucket = "bucket-4614"
}
resource "aws_s3_bucket" "b4615" {
  bucket = "bucket-4615"
}
resource "aws_s3_bucket" "b4616" {
  bucket = "bucket-4616"
}
resource "aws_s3_bucket" "b4617" {
  bucket = "bucket-4617"
}
resource "aws_s3_bucket" "b4618" {
  bucket = "bucket-4618"
}
resource "aws_s3_bucket" "b4619" {
  bucket = "bucket-4619"
}
resource "aws_s3_bucket" "b4620" {
  bucket = "bucket-4620"
}
resource "aws_s3_bucket" "b4621" {
  bucket = "bucket-4621"
}
resource "aws_s3_bucket" "b4622" {
  bucket = "bucket-4622"
}
resource "aws_s3_bucket" "b4623" {
  bucket = "bucket-4623"
}
resource "aws_s3_bucket" "b4624" {
  bucket = "bucket-4624"
}
resource "aws_s3_bucket" "b4625" {
  bucket = "bucket-4625"
}
resource "aws_s3_bucket" "b4626" {
  bucket = "bucket-4626"
}
resource "aws_s3_bucket" "b4627" {
  bucket = "bucket-4627"
}
resource "aws_s3_bucket" "b4628" {
  bucket = "bucket-4628"
}
resource "aws_s3_bucket" "b4629" {
  bucket = "bucket-4629"
}
resource "aws_s3_bucket" "b4630" {
  bucket = "bucket-4630"
}
resource "aws_s3_bucket" "b4631" {
  bucket = "bucket-4631"
}
resource "aws_s3_bucket" "b4632" {
  bucket = "bucket-4632"
}
resource "aws_s3_bucket" "b4633" {
  bucket = "bucket-4633"
}
resource "aws_s3_bucket" "b4634" {
  bucket = "bucket-4634"
}
resource "aws_s3_bucket" "b4635" {
  bucket = "bucket-4635"
}
resource "aws_s3_bucket" "b4636" {
  bucket = "bucket-4636"
}
resource "aws_s3_bucket" "b4637" {
  bucket = "bucket-4637"
}
resource "aws_s3_bucket" "b4638" {
  bucket = "bucket-4638"
}
resource "aws_s3_bucket" "b4639" {
  bucket = "bucket-4639"
}
resource "aws_s3_bucket" "b4640" {
  bucket = "bucket-4640"
}
resource "aws_s3_bucket" "b4641" {
  bucket = "bucket-4641"
}
resource "aws_s3_bucket" "b4642" {
  bucket = "bucket-4642"
}
resource "aws_s3_bucket" "b4643" {
  bucket = "bucket-4643"
}
resource "aws_s3_bucket" "b4644" {
  bucket = "bucket-4644"
}
resource "aws_s3_bucket" "b4645" {
  bucket = "bucket-4645"
}
resource "aws_s3_bucket" "b4646" {
  bucket = "bucket-4646"
}
resource "aws_s3_bucket" "b4647" {
  bucket = "bucket-4647"
}
resource "aws_s3_bucket" "b4648" {
  bucket = "bucket-4648"
}
resource "aws_s3_bucket" "b4649" {
  bucket = "bucket-4649"
}
resource "aws_s3_bucket" "b4650" {
  bucket = "bucket-4650"
}
resource "aws_s3_bucket" "b4651" {
  bucket = "bucket-4651"
}
resource "aws_s3_bucket" "b4652" {
  bucket = "bucket-4652"
}
resource "aws_s3_bucket" "b4653" {
  bucket = "bucket-4653"
}
resource "aws_s3_bucket" "b4654" {
  bucket = "bucket-4654"
}
resource "aws_s3_bucket" "b4655" {
  bucket = "bucket-4655"
}
resource "aws_s3_bucket" "b4656" {
  bucket = "bucket-4656"
}
resource "aws_s3_bucket" "b4657" {
  bucket = "bucket-4657"
}
resource "aws_s3_bucket" "b4658" {
  bucket = "bucket-4658"
}
resource "aws_s3_bucket" "b4659" {
  bucket = "bucket-4659"
}
resource "aws_s3_bucket" "b4660" {
  bucket = "bucket-4660"
}
resource "aws_s3_bucket" "b4661" {
  bucket = "bucket-4661"
}
resource "aws_s3_bucket" "b4662" {
  bucket = "bucket-4662"
}
resource "aws_s3_bucket" "b4663" {
  bucket = "bucket-4663"
}
resource "aws_s3_bucket" "b4664" {
  bucket = "bucket-4664"
}
resource "aws_s3_bucket" "b4665" {
  bucket = "bucket-4665"
}
resource "aws_s3_bucket" "b4666" {
  bucket = "bucket-4666"
}
resource "aws_s3_bucket" "b4667" {
  bucket = "bucket-4667"
}
resource "aws_s3_bucket" "b4668" {
  bucket = "bucket-4668"
}
resource "aws_s3_bucket" "b4669" {
  bucket = "bucket-4669"
}
resource "aws_s3_bucket" "b4670" {
  bucket = "bucket-4670"
}
resource "aws_s3_bucket" "b4671" {
  bucket = "bucket-4671"
}
resource "aws_s3_bucket" "b4672" {
  bucket = "bucket-4672"
}
resource "aws_s3_bucket" "b4673" {
  bucket = "bucket-4673"
}
resource "aws_s3_bucket" "b4674" {
  bucket = "bucket-4674"
}
resource "aws_s3_bucket" "b4675" {
  bucket = "bucket-4675"
}
resource "aws_s3_bucket" "b4676" {
  bucket = "bucket-4676"
}
resource "aws_s3_bucket" "b4677" {
  bucket = "bucket-4677"
}
resource "aws_s3_bucket" "b4678" {
  bucket = "bucket-4678"
}
resource "aws_s3_bucket" "b4679" {
  bucket = "bucket-4679"
}
resource "aws_s3_bucket" "b4680" {
  bucket = "bucket-4680"
}
resource "aws_s3_bucket" "b4681" {
  bucket = "bucket-4681"
}
resource "aws_s3_bucket" "b4682" {
  bucket = "bucket-4682"
}
resource "aws_s3_bucket" "b4683" {
  bucket = "bucket-4683"
}
resource "aws_s3_bucket" "b4684" {
  bucket = "bucket-4684"
}
resource "aws_s3_bucket" "b4685" {
  bucket = "bucket-4685"
}
resource "aws_s3_bucket" "b4686" {
  bucket = "bucket-4686"
}
resource "aws_s3_bucket" "b4687" {
  bucket = "bucket-4687"
}
resource "aws_s3_bucket" "b4688" {
  bucket = "bucket-4688"
}
resource "aws_s3_bucket" "b4689" {
  bucket = "bucket-4689"
}
resource "aws_s3_bucket" "b4690" {
  bucket = "bucket-4690"
}
resource "aws_s3_bucket" "b4691" {
  bucket = "bucket-4691"
}
resource "aws_s3_bucket" "b4692" {
  bucket = "bucket-4692"
}
resource "aws_s3_bucket" "b4693" {
  bucket = "bucket-4693"
}
resource "aws_s3_bucket" "b4694" {
  bucket = "bucket-4694"
}
resource "aws_s3_bucket" "b4695" {
  bucket = "bucket-4695"
}
resource "aws_s3_bucket" "b4696" {
  bucket = "bucket-4696"
}
resource "aws_s3_bucket" "b4697" {
  bucket = "bucket-4697"
}
resource "aws_s3_bucket" "b4698" {
  bucket = "bucket-4698"
}
resource "aws_s3_bucket" "b4699" {
  bucket = "bucket-4699"
}
resource "aws_s3_bucket" "b4700" {
  bucket = "bucket-4700"
}
resource "aws_s3_bucket" "b4701" {
  bucket = "bucket-4701"
}
resource "aws_s3_bucket" "b4702" {
  bucket = "bucket-4702"
}
resource "aws_s3_bucket" "b4703" {
  bucket = "bucket-4703"
}
resource "aws_s3_bucket" "b4704" {
  bucket = "bucket-4704"
}
resource "aws_s3_bucket" "b4705" {
  bucket = "bucket-4705"
}
resource "aws_s3_bucket" "b4706" {
  bucket = "bucket-4706"
}
resource "aws_s3_bucket" "b4707" {
  bucket = "bucket-4707"
}
resource "aws_s3_bucket" "b4708" {
  bucket = "bucket-4708"
}
resource "aws_s3_bucket" "b4709" {
  bucket = "bucket-4709"
}
resource "aws_s3_bucket" "b4710" {
  bucket = "bucket-4710"
}
resource "aws_s3_bucket" "b4711" {
  bucket = "bucket-4711"
}
resource "aws_s3_bucket" "b4712" {
  bucket = "bucket-4712"
}
resource "aws_s3_bucket" "b4713" {
  bucket = "bucket-4713"
}
resource "aws_s3_bucket" "b4714" {
  bucket = "bucket-4714"
}
resource "aws_s3_bucket" "b4715" {
  bucket = "bucket-4715"
}
resource "aws_s3_bucket" "b4716" {
  bucket = "bucket-4716"
}
resource "aws_s3_bucket" "b4717" {
  bucket = "bucket-4717"
}
resource "aws_s3_bucket" "b4718" {
  bucket = "bucket-4718"
}
resource "aws_s3_bucket" "b4719" {
  bucket = "bucket-4719"
}
resource "aws_s3_bucket" "b4720" {
  bucket = "bucket-4720"
}
resource "aws_s3_bucket" "b4721" {
  bucket = "bucket-4721"
}
resource "aws_s3_bucket" "b4722" {
  bucket = "bucket-4722"
}
resource "aws_s3_bucket" "b4723" {
  bucket = "bucket-4723"
}
resource "aws_s3_bucket" "b4724" {
  bucket = "bucket-4724"
}
resource "aws_s3_bucket" "b4725" {
  bucket = "bucket-4725"
}
resource "aws_s3_bucket" "b4726" {
  bucket = "bucket-4726"
}
resource "aws_s3_bucket" "b4727" {
  bucket = "bucket-4727"
}
resource "aws_s3_bucket" "b4728" {
  bucket = "bucket-4728"
}
resource "aws_s3_bucket" "b4729" {
  bucket = "bucket-4729"
}
resource "aws_s3_bucket" "b4730" {
  bucket = "bucket-4730"
}
resource "aws_s3_bucket" "b4731" {
  bucket = "bucket-4731"
}
resource "aws_s3_bucket" "b4732" {
  bucket = "bucket-4732"
}
resource "aws_s3_bucket" "b4733" {
  bucket = "bucket-4733"
}
resource "aws_s3_bucket" "b4734" {
  bucket = "bucket-4734"
}
resource "aws_s3_bucket" "b4735" {
  bucket = "bucket-4735"
}
resource "aws_s3_bucket" "b4736" {
  bucket = "bucket-4736"
}
resource "aws_s3_bucket" "b4737" {
  bucket = "bucket-4737"
}
resource "aws_s3_bucket" "b4738" {
  bucket = "bucket-4738"
}
resource "aws_s3_bucket" "b4739" {
  bucket = "bucket-4739"
}
resource "aws_s3_bucket" "b4740" {
  bucket = "bucket-4740"
}
resource "aws_s3_bucket" "b4741" {
  bucket = "bucket-4741"
}
resource "aws_s3_bucket" "b4742" {
  bucket = "bucket-4742"
}
resource "aws_s3_bucket" "b4743" {
  bucket = "bucket-4743"
}
resource "aws_s3_bucket" "b4744" {
  bucket = "bucket-4744"
}
resource "aws_s3_bucket" "b4745" {
  bucket = "bucket-4745"
}
resource "aws_s3_bucket" "b4746" {
  bucket = "bucket-4746"
}
resource "aws_s3_bucket" "b4747" {
  bucket = "bucket-4747"
}
resource "aws_s3_bucket" "b4748" {
  bucket = "bucket-4748"
}
resource "aws_s3_bucket" "b4749" {
  bucket = "bucket-4749"
}
resource "aws_s3_bucket" "b4750" {
  bucket = "bucket-4750"
}
resource "aws_s3_bucket" "b4751" {
  bucket = "bucket-4751"
}
resource "aws_s3_bucket" "b4752" {
  bucket = "bucket-4752"
}
resource "aws_s3_bucket" "b4753" {
  bucket = "bucket-4753"
}
resource "aws_s3_bucket" "b4754" {
  bucket = "bucket-4754"
}
resource "aws_s3_bucket" "b4755" {
  bucket = "bucket-4755"
}
resource "aws_s3_bucket" "b4756" {
  bucket = "bucket-4756"
}
resource "aws_s3_bucket" "b4757" {
  bucket = "bucket-4757"
}
resource "aws_s3_bucket" "b4758" {
  bucket = "bucket-4758"
}
resource "aws_s3_bucket" "b4759" {
  bucket = "bucket-4759"
}
resource "aws_s3_bucket" "b4760" {
  bucket = "bucket-4760"
}
resource "aws_s3_bucket" "b4761" {
  bucket = "bucket-4761"
}
resource "aws_s3_bucket" "b4762" {
  bucket = "bucket-4762"
}
resource "aws_s3_bucket" "b4763" {
  bucket = "bucket-4763"
}
resource "aws_s3_bucket" "b4764" {
  bucket = "bucket-4764"
}
resource "aws_s3_bucket" "b4765" {
  bucket = "bucket-4765"
}
resource "aws_s3_bucket" "b4766" {
  bucket = "bucket-4766"
}
resource "aws_s3_bucket" "b4767" {
  bucket = "bucket-4767"
}
resource "aws_s3_bucket" "b4768" {
  bucket = "bucket-4768"
}
resource "aws_s3_bucket" "b4769" {
  bucket = "bucket-4769"
}
resource "aws_s3_bucket" "b4770" {
  bucket = "bucket-4770"
}
resource "aws_s3_bucket" "b4771" {
  bucket = "bucket-4771"
}
resource "aws_s3_bucket" "b4772" {
  bucket = "bucket-4772"
}
resource "aws_s3_bucket" "b4773" {
  bucket = "bucket-4773"
}
resource "aws_s3_bucket" "b4774" {
  bucket = "bucket-4774"
}
resource "aws_s3_bucket" "b4775" {
  bucket = "bucket-4775"
}
resource "aws_s3_bucket" "b4776" {
  bucket = "bucket-4776"
}
resource "aws_s3_bucket" "b4777" {
  bucket = "bucket-4777"
}
resource "aws_s3_bucket" "b4778" {
  bucket = "bucket-4778"
}
resource "aws_s3_bucket" "b4779" {
  bucket = "bucket-4779"
}
resource "aws_s3_bucket" "b4780" {
  bucket = "bucket-4780"
}
resource "aws_s3_bucket" "b4781" {
  bucket = "bucket-4781"
}
resource "aws_s3_bucket" "b4782" {
  bucket = "bucket-4782"
}
resource "aws_s3_bucket" "b4783" {
  bucket = "bucket-4783"
}
resource "aws_s3_bucket" "b4784" {
  bucket = "bucket-4784"
}
resource "aws_s3_bucket" "b4785" {
  bucket = "bucket-4785"
}
resource "aws_s3_bucket" "b4786" {
  bucket = "bucket-4786"
}
resource "aws_s3_bucket" "b4787" {
  bucket = "bucket-4787"
}
resource "aws_s3_bucket" "b4788" {
  bucket = "bucket-4788"
}
resource "aws_s3_bucket" "b4789" {
  bucket = "bucket-4789"
}
resource "aws_s3_bucket" "b4790" {
  bucket = "bucket-4790"
}
resource "aws_s3_bucket" "b4791" {
  bucket = "bucket-4791"
}
resource "aws_s3_bucket" "b4792" {
  bucket = "bucket-4792"
}
resource "aws_s3_bucket" "b4793" {
  bucket = "bucket-4793"
}
resource "aws_s3_bucket" "b4794" {
  bucket = "bucket-4794"
}
resource "aws_s3_bucket" "b4795" {
  bucket = "bucket-4795"
}
resource "aws_s3_bucket" "b4796" {
  bucket = "bucket-4796"
}
resource "aws_s3_bucket" "b4797" {
  bucket = "bucket-4797"
}
resource "aws_s3_bucket" "b4798" {
  bucket = "bucket-4798"
}
resource "aws_s3_bucket" "b4799" {
  bucket = "bucket-4799"
}
resource "aws_s3_bucket" "b4800" {
  bucket = "bucket-4800"
}
resource "aws_s3_bucket" "b4801" {
  bucket = "bucket-4801"
}
resource "aws_s3_bucket" "b4802" {
  bucket = "bucket-4802"
}
resource "aws_s3_bucket" "b4803" {
  bucket = "bucket-4803"
}
resource "aws_s3_bucket" "b4804" {
  bucket = "bucket-4804"
}
resource "aws_s3_bucket" "b4805" {
  bucket = "bucket-4805"
}
resource "aws_s3_bucket" "b4806" {
  bucket = "bucket-4806"
}
resource "aws_s3_bucket" "b4807" {
  bucket = "bucket-4807"
}
resource "aws_s3_bucket" "b4808" {
  bucket = "bucket-4808"
}
resource "aws_s3_bucket" "b4809" {
  bucket = "bucket-4809"
}
resource "aws_s3_bucket" "b4810" {
  bucket = "bucket-4810"
}
resource "aws_s3_bucket" "b4811" {
  bucket = "bucket-4811"
}
resource "aws_s3_bucket" "b4812" {
  bucket = "bucket-4812"
}
resource "aws_s3_bucket" "b4813" {
  bucket = "bucket-4813"
}
resource "aws_s3_bucket" "b4814" {
  bucket = "bucket-4814"
}
resource "aws_s3_bucket" "b4815" {
  bucket = "bucket-4815"
}
resource "aws_s3_bucket" "b4816" {
  bucket = "bucket-4816"
}
resource "aws_s3_bucket" "b4817" {
  bucket = "bucket-4817"
}
resource "aws_s3_bucket" "b4818" {
  bucket = "bucket-4818"
}
resource "aws_s3_bucket" "b4819" {
  bucket = "bucket-4819"
}
resource "aws_s3_bucket" "b4820" {
  bucket = "bucket-4820"
}
resource "aws_s3_bucket" "b4821" {
  bucket = "bucket-4821"
}
resource "aws_s3_bucket" "b4822" {
  bucket = "bucket-4822"
}
resource "aws_s3_bucket" "b4823" {
  bucket = "bucket-4823"
}
resource "aws_s3_bucket" "b4824" {
  bucket = "bucket-4824"
}
resource "aws_s3_bucket" "b4825" {
  bucket = "bucket-4825"
}
resource "aws_s3_bucket" "b4826" {
  bucket = "bucket-4826"
}
resource "aws_s3_bucket" "b4827" {
  bucket = "bucket-4827"
}
resource "aws_s3_bucket" "b4828" {
  bucket = "bucket-4828"
}
resource "aws_s3_bucket" "b4829" {
  bucket = "bucket-4829"
}
resource "aws_s3_bucket" "b4830" {
  bucket = "bucket-4830"
}
resource "aws_s3_bucket" "b4831" {
  bucket = "bucket-4831"
}
resource "aws_s3_bucket" "b4832" {
  bucket = "bucket-4832"
}
resource "aws_s3_bucket" "b4833" {
  bucket = "bucket-4833"
}
resource "aws_s3_bucket" "b4834" {
  bucket = "bucket-4834"
}
resource "aws_s3_bucket" "b4835" {
  bucket = "bucket-4835"
}
resource "aws_s3_bucket" "b4836" {
  bucket = "bucket-4836"
}
resource "aws_s3_bucket" "b4837" {
  bucket = "bucket-4837"
}
resource "aws_s3_bucket" "b4838" {
  bucket = "bucket-4838"
}
resource "aws_s3_bucket" "b4839" {
  bucket = "bucket-4839"
}
resource "aws_s3_bucket" "b4840" {
  bucket = "bucket-4840"
}
resource "aws_s3_bucket" "b4841" {
  bucket = "bucket-4841"
}
resource "aws_s3_bucket" "b4842" {
  bucket = "bucket-4842"
}
resource "aws_s3_bucket" "b4843" {
  bucket = "bucket-4843"
}
resource "aws_s3_bucket" "b4844" {
  bucket = "bucket-4844"
}
resource "aws_s3_bucket" "b4845" {
  bucket = "bucket-4845"
}
resource "aws_s3_bucket" "b4846" {
  bucket = "bucket-4846"
}
resource "aws_s3_bucket" "b4847" {
  bucket = "bucket-4847"
}
resource "aws_s3_bucket" "b4848" {
  bucket = "bucket-4848"
}
resource "aws_s3_bucket" "b4849" {
  bucket = "bucket-4849"
}
resource "aws_s3_bucket" "b4850" {
  bucket = "bucket-4850"
}
resource "aws_s3_bucket" "b4851" {
  bucket = "bucket-4851"
}
resource "aws_s3_bucket" "b4852" {
  bucket = "bucket-4852"
}
resource "aws_s3_bucket" "b4853" {
  bucket = "bucket-4853"
}
resource "aws_s3_bucket" "b4854" {
  bucket = "bucket-4854"
}
resource "aws_s3_bucket" "b4855" {
  bucket = "bucket-4855"
}
resource "aws_s3_bucket" "b4856" {
  bucket = "bucket-4856"
}
resource "aws_s3_bucket" "b4857" {
  bucket = "bucket-4857"
}
resource "aws_s3_bucket" "b4858" {
  bucket = "bucket-4858"
}
resource "aws_s3_bucket" "b4859" {
  bucket = "bucket-4859"
}
resource "aws_s3_bucket" "b4860" {
  bucket = "bucket-4860"
}
resource "aws_s3_bucket" "b4861" {
  bucket = "bucket-4861"
}
resource "aws_s3_bucket" "b4862" {
  bucket = "bucket-4862"
}
resource "aws_s3_bucket" "b4863" {
  bucket = "bucket-4863"
}
resource "aws_s3_bucket" "b4864" {
  bucket = "bucket-4864"
}
resource "aws_s3_bucket" "b4865" {
  bucket = "bucket-4865"
}
resource "aws_s3_bucket" "b4866" {
  bucket = "bucket-4866"
}
resource "aws_s3_bucket" "b4867" {
  bucket = "bucket-4867"
}
resource "aws_s3_bucket" "b4868" {
  bucket = "bucket-4868"
}
resource "aws_s3_bucket" "b4869" {
  bucket = "bucket-4869"
}
resource "aws_s3_bucket" "b4870" {
  bucket = "bucket-4870"
}
resource "aws_s3_bucket" "b4871" {
  bucket = "bucket-4871"
}
resource "aws_s3_bucket" "b4872" {
  bucket = "bucket-4872"
}
resource "aws_s3_bucket" "b4873" {
  bucket = "bucket-4873"
}
resource "aws_s3_bucket" "b4874" {
  bucket = "bucket-4874"
}
resource "aws_s3_bucket" "b4875" {
  bucket = "bucket-4875"
}
resource "aws_s3_bucket" "b4876" {
  bucket = "bucket-4876"
}
resource "aws_s3_bucket" "b4877" {
  bucket = "bucket-4877"
}
resource "aws_s3_bucket" "b4878" {
  bucket = "bucket-4878"
}
resource "aws_s3_bucket" "b4879" {
  bucket = "bucket-4879"
}
resource "aws_s3_bucket" "b4880" {
  bucket = "bucket-4880"
}
resource "aws_s3_bucket" "b4881" {
  bucket = "bucket-4881"
}
resource "aws_s3_bucket" "b4882" {
  bucket = "bucket-4882"
}
resource "aws_s3_bucket" "b4883" {
  bucket = "bucket-4883"
}
resource "aws_s3_bucket" "b4884" {
  bucket = "bucket-4884"
}
resource "aws_s3_bucket" "b4885" {
  bucket = "bucket-4885"
}
resource "aws_s3_bucket" "b4886" {
  bucket = "bucket-4886"
}
resource "aws_s3_bucket" "b4887" {
  bucket = "bucket-4887"
}
resource "aws_s3_bucket" "b4888" {
  bucket = "bucket-4888"
}
resource "aws_s3_bucket" "b4889" {
  bucket = "bucket-4889"
}
resource "aws_s3_bucket" "b4890" {
  bucket = "bucket-4890"
}
resource "aws_s3_bucket" "b4891" {
  bucket = "bucket-4891"
}
resource "aws_s3_bucket" "b4892" {
  bucket = "bucket-4892"
}
resource "aws_s3_bucket" "b4893" {
  bucket = "bucket-4893"
}
resource "aws_s3_bucket" "b4894" {
  bucket = "bucket-4894"
}
resource "aws_s3_bucket" "b4895" {
  bucket = "bucket-4895"
}
resource "aws_s3_bucket" "b4896" {
  bucket = "bucket-4896"
}
resource "aws_s3_bucket" "b4897" {
  bucket = "bucket-4897"
}
resource "aws_s3_bucket" "b4898" {
  bucket = "bucket-4898"
}
resource "aws_s3_bucket" "b4899" {
  bucket = "bucket-4899"
}
resource "aws_s3_bucket" "b4900" {
  bucket = "bucket-4900"
}
resource "aws_s3_bucket" "b4901" {
  bucket = "bucket-4901"
}
resource "aws_s3_bucket" "b4902" {
  bucket = "bucket-4902"
}
resource "aws_s3_bucket" "b4903" {
  bucket = "bucket-4903"
}
resource "aws_s3_bucket" "b4904" {
  bucket = "bucket-4904"
}
resource "aws_s3_bucket" "b4905" {
  bucket = "bucket-4905"
}
resource "aws_s3_bucket" "b4906" {
  bucket = "bucket-4906"
}
resource "aws_s3_bucket" "b4907" {
  bucket = "bucket-4907"
}
resource "aws_s3_bucket" "b4908" {
  bucket = "bucket-4908"
}
resource "aws_s3_bucket" "b4909" {
  bucket = "bucket-4909"
}
resource "aws_s3_bucket" "b4910" {
  bucket = "bucket-4910"
}
resource "aws_s3_bucket" "b4911" {
  bucket = "bucket-4911"
}
resource "aws_s3_bucket" "b4912" {
  bucket = "bucket-4912"
}
resource "aws_s3_bucket" "b4913" {
  bucket = "bucket-4913"
}
resource "aws_s3_bucket" "b4914" {
  bucket = "bucket-4914"
}
resource "aws_s3_bucket" "b4915" {
  bucket = "bucket-4915"
}
resource "aws_s3_bucket" "b4916" {
  bucket = "bucket-4916"
}
resource "aws_s3_bucket" "b4917" {
  bucket = "bucket-4917"
}
resource "aws_s3_bucket" "b4918" {
  bucket = "bucket-4918"
}
resource "aws_s3_bucket" "b4919" {
  bucket = "bucket-4919"
}
resource "aws_s3_bucket" "b4920" {
  bucket = "bucket-4920"
}
resource "aws_s3_bucket" "b4921" {
  bucket = "bucket-4921"
}
resource "aws_s3_bucket" "b4922" {
  bucket = "bucket-4922"
}
resource "aws_s3_bucket" "b4923" {
  bucket = "bucket-4923"
}
resource "aws_s3_bucket" "b4924" {
  bucket = "bucket-4924"
}
resource "aws_s3_bucket" "b4925" {
  bucket = "bucket-4925"
}
resource "aws_s3_bucket" "b4926" {
  bucket = "bucket-4926"
}
resource "aws_s3_bucket" "b4927" {
  bucket = "bucket-4927"
}
resource "aws_s3_bucket" "b4928" {
  bucket = "bucket-4928"
}
resource "aws_s3_bucket" "b4929" {
  bucket = "bucket-4929"
}
resource "aws_s3_bucket" "b4930" {
  bucket = "bucket-4930"
}
resource "aws_s3_bucket" "b4931" {
  bucket = "bucket-4931"
}
resource "aws_s3_bucket" "b4932" {
  bucket = "bucket-4932"
}
resource "aws_s3_bucket" "b4933" {
  bucket = "bucket-4933"
}
resource "aws_s3_bucket" "b4934" {
  bucket = "bucket-4934"
}
resource "aws_s3_bucket" "b4935" {
  bucket = "bucket-4935"
}
resource "aws_s3_bucket" "b4936" {
  bucket = "bucket-4936"
}
resource "aws_s3_bucket" "b4937" {
  bucket = "bucket-4937"
}
resource "aws_s3_bucket" "b4938" {
  bucket = "bucket-4938"
}
resource "aws_s3_bucket" "b4939" {
  bucket = "bucket-4939"
}
resource "aws_s3_bucket" "b4940" {
  bucket = "bucket-4940"
}
resource "aws_s3_bucket" "b4941" {
  bucket = "bucket-4941"
}
resource "aws_s3_bucket" "b4942" {
  bucket = "bucket-4942"
}
resource "aws_s3_bucket" "b4943" {
  bucket = "bucket-4943"
}
resource "aws_s3_bucket" "b4944" {
  bucket = "bucket-4944"
}
resource "aws_s3_bucket" "b4945" {
  bucket = "bucket-4945"
}
resource "aws_s3_bucket" "b4946" {
  bucket = "bucket-4946"
}
resource "aws_s3_bucket" "b4947" {
  bucket = "bucket-4947"
}
resource "aws_s3_bucket" "b4948" {
  bucket = "bucket-4948"
}
resource "aws_s3_bucket" "b4949" {
  bucket = "bucket-4949"
}
resource "aws_s3_bucket" "b4950" {
  bucket = "bucket-4950"
}
resource "aws_s3_bucket" "b4951" {
  bucket = "bucket-4951"
}
resource "aws_s3_bucket" "b4952" {
  bucket = "bucket-4952"
}
resource "aws_s3_bucket" "b4953" {
  bucket = "bucket-4953"
}
resource "aws_s3_bucket" "b4954" {
  bucket = "bucket-4954"
}
resource "aws_s3_bucket" "b4955" {
  bucket = "bucket-4955"
}
resource "aws_s3_bucket" "b4956" {
  bucket = "bucket-4956"
}
resource "aws_s3_bucket" "b4957" {
  bucket = "bucket-4957"
}
resource "aws_s3_bucket" "b4958" {
  bucket = "bucket-4958"
}
resource "aws_s3_bucket" "b4959" {
  bucket = "bucket-4959"
}
resource "aws_s3_bucket" "b4960" {
  bucket = "bucket-4960"
}
resource "aws_s3_bucket" "b4961" {
  bucket = "bucket-4961"
}
resource "aws_s3_bucket" "b4962" {
  bucket = "bucket-4962"
}
resource "aws_s3_bucket" "b4963" {
  bucket = "bucket-4963"
}
resource "aws_s3_bucket" "b4964" {
  bucket = "bucket-4964"
}
resource "aws_s3_bucket" "b4965" {
  bucket = "bucket-4965"
}
resource "aws_s3_bucket" "b4966" {
  bucket = "bucket-4966"
}
resource "aws_s3_bucket" "b4967" {
  bucket = "bucket-4967"
}
resource "aws_s3_bucket" "b4968" {
  bucket = "bucket-4968"
}
resource "aws_s3_bucket" "b4969" {
  bucket = "bucket-4969"
}
resource "aws_s3_bucket" "b4970" {
  bucket = "bucket-4970"
}
resource "aws_s3_bucket" "b4971" {
  bucket = "bucket-4971"
}
resource "aws_s3_bucket" "b4972" {
  bucket = "bucket-4972"
}
resource "aws_s3_bucket" "b4973" {
  bucket = "bucket-4973"
}
resource "aws_s3_bucket" "b4974" {
  bucket = "bucket-4974"
}
resource "aws_s3_bucket" "b4975" {
  bucket = "bucket-4975"
}
resource "aws_s3_bucket" "b4976" {
  bucket = "bucket-4976"
}
resource "aws_s3_bucket" "b4977" {
  bucket = "bucket-4977"
}
resource "aws_s3_bucket" "b4978" {
  bucket = "bucket-4978"
}
resource "aws_s3_bucket" "b4979" {
  bucket = "bucket-4979"
}
resource "aws_s3_bucket" "b4980" {
  bucket = "bucket-4980"
}
resource "aws_s3_bucket" "b4981" {
  bucket = "bucket-4981"
}
resource "aws_s3_bucket" "b4982" {
  bucket = "bucket-4982"
}
resource "aws_s3_bucket" "b4983" {
  bucket = "bucket-4983"
}
resource "aws_s3_bucket" "b4984" {
  bucket = "bucket-4984"
}
resource "aws_s3_bucket" "b4985" {
  bucket = "bucket-4985"
}
resource "aws_s3_bucket" "b4986" {
  bucket = "bucket-4986"
}
resource "aws_s3_bucket" "b4987" {
  bucket = "bucket-4987"
}
resource "aws_s3_bucket" "b4988" {
  bucket = "bucket-4988"
}
resource "aws_s3_bucket" "b4989" {
  bucket = "bucket-4989"
}
resource "aws_s3_bucket" "b4990" {
  bucket = "bucket-4990"
}
resource "aws_s3_bucket" "b4991" {
  bucket = "bucket-4991"
}
resource "aws_s3_bucket" "b4992" {
  bucket = "bucket-4992"
}
resource "aws_s3_bucket" "b4993" {
  bucket = "bucket-4993"
}
resource "aws_s3_bucket" "b4994" {
  bucket = "bucket-4994"
}
resource "aws_s3_bucket" "b4995" {
  bucket = "bucket-4995"
}
resource "aws_s3_bucket" "b4996" {
  bucket = "bucket-4996"
}
resource "aws_s3_bucket" "b4997" {
  bucket = "bucket-4997"
}
resource "aws_s3_bucket" "b4998" {
  bucket = "bucket-4998"
}
resource "aws_s3_bucket" "b4999" {
  bucket = "bucket-4999"
}
resource "aws_s3_bucket" "b5000" {
  bucket = "bucket-5000"
}
resource "aws_s3_bucket" "b5001" {
  bucket = "bucket-5001"
}
resource "aws_s3_bucket" "b5002" {
  bucket = "bucket-5002"
}
resource "aws_s3_bucket" "b5003" {
  bucket = "bucket-5003"
}
resource "aws_s3_bucket" "b5004" {
  bucket = "bucket-5004"
}
resource "aws_s3_bucket" "b5005" {
  bucket = "bucket-5005"
}
resource "aws_s3_bucket" "b5006" {
  bucket = "bucket-5006"
}
resource "aws_s3_bucket" "b5007" {
  bucket = "bucket-5007"
}
resource "aws_s3_bucket" "b5008" {
  bucket = "bucket-5008"
}
resource "aws_s3_bucket" "b5009" {
  bucket = "bucket-5009"
}
resource "aws_s3_bucket" "b5010" {
  bucket = "bucket-5010"
}
resource "aws_s3_bucket" "b5011" {
  bucket = "bucket-5011"
}
resource "aws_s3_bucket" "b5012" {
  bucket = "bucket-5012"
}
resource "aws_s3_bucket" "b5013" {
  bucket = "bucket-5013"
}
resource "aws_s3_bucket" "b5014" {
  bucket = "bucket-5014"
}
resource "aws_s3_bucket" "b5015" {
  bucket = "bucket-5015"
}
resource "aws_s3_bucket" "b5016" {
  bucket = "bucket-5016"
}
resource "aws_s3_bucket" "b5017" {
  bucket = "bucket-5017"
}
resource "aws_s3_bucket" "b5018" {
  bucket = "bucket-5018"
}
resource "aws_s3_bucket" "b5019" {
  bucket = "bucket-5019"
}
resource "aws_s3_bucket" "b5020" {
  bucket = "bucket-5020"
}
resource "aws_s3_bucket" "b5021" {
  bucket = "bucket-5021"
}
resource "aws_s3_bucket" "b5022" {
  bucket = "bucket-5022"
}
resource "aws_s3_bucket" "b5023" {
  bucket = "bucket-5023"
}
resource "aws_s3_bucket" "b5024" {
  bucket = "bucket-5024"
}
resource "aws_s3_bucket" "b5025" {
  bucket = "bucket-5025"
}
resource "aws_s3_bucket" "b5026" {
  bucket = "bucket-5026"
}
resource "aws_s3_bucket" "b5027" {
  bucket = "bucket-5027"
}
resource "aws_s3_bucket" "b5028" {
  bucket = "bucket-5028"
}
resource "aws_s3_bucket" "b5029" {
  bucket = "bucket-5029"
}
resource "aws_s3_bucket" "b5030" {
  bucket = "bucket-5030"
}
resource "aws_s3_bucket" "b5031" {
  bucket = "bucket-5031"
}
resource "aws_s3_bucket" "b5032" {
  bucket = "bucket-5032"
}
resource "aws_s3_bucket" "b5033" {
  bucket = "bucket-5033"
}
resource "aws_s3_bucket" "b5034" {
  bucket = "bucket-5034"
}
resource "aws_s3_bucket" "b5035" {
  bucket = "bucket-5035"
}
resource "aws_s3_bucket" "b5036" {
  bucket = "bucket-5036"
}
resource "aws_s3_bucket" "b5037" {
  bucket = "bucket-5037"
}
resource "aws_s3_bucket" "b5038" {
  bucket = "bucket-5038"
}
resource "aws_s3_bucket" "b5039" {
  bucket = "bucket-5039"
}
resource "aws_s3_bucket" "b5040" {
  bucket = "bucket-5040"
}
resource "aws_s3_bucket" "b5041" {
  bucket = "bucket-5041"
}
resource "aws_s3_bucket" "b5042" {
  bucket = "bucket-5042"
}
resource "aws_s3_bucket" "b5043" {
  bucket = "bucket-5043"
}
resource "aws_s3_bucket" "b5044" {
  bucket = "bucket-5044"
}
resource "aws_s3_bucket" "b5045" {
  bucket = "bucket-5045"
}
resource "aws_s3_bucket" "b5046" {
  bucket = "bucket-5046"
}
resource "aws_s3_bucket" "b5047" {
  bucket = "bucket-5047"
}
resource "aws_s3_bucket" "b5048" {
  bucket = "bucket-5048"
}
resource "aws_s3_bucket" "b5049" {
  bucket = "bucket-5049"
}
resource "aws_s3_bucket" "b5050" {
  bucket = "bucket-5050"
}
resource "aws_s3_bucket" "b5051" {
  bucket = "bucket-5051"
}
resource "aws_s3_bucket" "b5052" {
  bucket = "bucket-5052"
}
resource "aws_s3_bucket" "b5053" {
  bucket = "bucket-5053"
}
resource "aws_s3_bucket" "b5054" {
  bucket = "bucket-5054"
}
resource "aws_s3_bucket" "b5055" {
  bucket = "bucket-5055"
}
resource "aws_s3_bucket" "b5056" {
  bucket = "bucket-5056"
}
resource "aws_s3_bucket" "b5057" {
  bucket = "bucket-5057"
}
resource "aws_s3_bucket" "b5058" {
  bucket = "bucket-5058"
}
resource "aws_s3_bucket" "b5059" {
  bucket = "bucket-5059"
}
resource "aws_s3_bucket" "b5060" {
  bucket = "bucket-5060"
}
resource "aws_s3_bucket" "b5061" {
  bucket = "bucket-5061"
}
resource "aws_s3_bucket" "b5062" {
  bucket = "bucket-5062"
}
resource "aws_s3_bucket" "b5063" {
  bucket = "bucket-5063"
}
resource "aws_s3_bucket" "b5064" {
  bucket = "bucket-5064"
}
resource "aws_s3_bucket" "b5065" {
  bucket = "bucket-5065"
}
resource "aws_s3_bucket" "b5066" {
  bucket = "bucket-5066"
}
resource "aws_s3_bucket" "b5067" {
  bucket = "bucket-5067"
}
resource "aws_s3_bucket" "b5068" {
  bucket = "bucket-5068"
}
resource "aws_s3_bucket" "b5069" {
  bucket = "bucket-5069"
}
resource "aws_s3_bucket" "b5070" {
  bucket = "bucket-5070"
}
resource "aws_s3_bucket" "b5071" {
  bucket = "bucket-5071"
}
resource "aws_s3_bucket" "b5072" {
  bucket = "bucket-5072"
}
resource "aws_s3_bucket" "b5073" {
  bucket = "bucket-5073"
}
resource "aws_s3_bucket" "b5074" {
  bucket = "bucket-5074"
}
resource "aws_s3_bucket" "b5075" {
  bucket = "bucket-5075"
}
resource "aws_s3_bucket" "b5076" {
  bucket = "bucket-5076"
}
resource "aws_s3_bucket" "b5077" {
  bucket = "bucket-5077"
}
resource "aws_s3_bucket" "b5078" {
  bucket = "bucket-5078"
}
resource "aws_s3_bucket" "b5079" {
  bucket = "bucket-5079"
}
resource "aws_s3_bucket" "b5080" {
  bucket = "bucket-5080"
}
resource "aws_s3_bucket" "b5081" {
  bucket = "bucket-5081"
}
resource "aws_s3_bucket" "b5082" {
  bucket = "bucket-5082"
}
resource "aws_s3_bucket" "b5083" {
  bucket = "bucket-5083"
}
resource "aws_s3_bucket" "b5084" {
  bucket = "bucket-5084"
}
resource "aws_s3_bucket" "b5085" {
  bucket = "bucket-5085"
}
resource "aws_s3_bucket" "b5086" {
  bucket = "bucket-5086"
}
resource "aws_s3_bucket" "b5087" {
  bucket = "bucket-5087"
}
resource "aws_s3_bucket" "b5088" {
  bucket = "bucket-5088"
}
resource "aws_s3_bucket" "b5089" {
  bucket = "bucket-5089"
}
resource "aws_s3_bucket" "b5090" {
  bucket = "bucket-5090"
}
resource "aws_s3_bucket" "b5091" {
  bucket = "bucket-5091"
}
resource "aws_s3_bucket" "b5092" {
  bucket = "bucket-5092"
}
resource "aws_s3_bucket" "b5093" {
  bucket = "bucket-5093"
}
resource "aws_s3_bucket" "b5094" {
  bucket = "bucket-5094"
}
resource "aws_s3_bucket" "b5095" {
  bucket = "bucket-5095"
}
resource "aws_s3_bucket" "b5096" {
  bucket = "bucket-5096"
}
resource "aws_s3_bucket" "b5097" {
  bucket = "bucket-5097"
}
resource "aws_s3_bucket" "b5098" {
  bucket = "bucket-5098"
}
resource "aws_s3_bucket" "b5099" {
  bucket = "bucket-5099"
}
resource "aws_s3_bucket" "b5100" {
  bucket = "bucket-5100"
}
resource "aws_s3_bucket" "b5101" {
  bucket = "bucket-5101"
}
resource "aws_s3_bucket" "b5102" {
  bucket = "bucket-5102"
}
resource "aws_s3_bucket" "b5103" {
  bucket = "bucket-5103"
}
resource "aws_s3_bucket" "b5104" {
  bucket = "bucket-5104"
}
resource "aws_s3_bucket" "b5105" {
  bucket = "bucket-5105"
}
resource "aws_s3_bucket" "b5106" {
  bucket = "bucket-5106"
}
resource "aws_s3_bucket" "b5107" {
  bucket = "bucket-5107"
}
resource "aws_s3_bucket" "b5108" {
  bucket = "bucket-5108"
}
resource "aws_s3_bucket" "b5109" {
  bucket = "bucket-5109"
}
resource "aws_s3_bucket" "b5110" {
  bucket = "bucket-5110"
}
resource "aws_s3_bucket" "b5111" {
  bucket = "bucket-5111"
}
resource "aws_s3_bucket" "b5112" {
  bucket = "bucket-5112"
}
resource "aws_s3_bucket" "b5113" {
  bucket = "bucket-5113"
}
resource "aws_s3_bucket" "b5114" {
  bucket = "bucket-5114"
}
resource "aws_s3_bucket" "b5115" {
  bucket = "bucket-5115"
}
resource "aws_s3_bucket" "b5116" {
  bucket = "bucket-5116"
}
resource "aws_s3_bucket" "b5117" {
  bucket = "bucket-5117"
}
resource "aws_s3_bucket" "b5118" {
  bucket = "bucket-5118"
}
resource "aws_s3_bucket" "b5119" {
  bucket = "bucket-5119"
}
resource "aws_s3_bucket" "b5120" {
  bucket = "bucket-5120"
}
resource "aws_s3_bucket" "b5121" {
  bucket = "bucket-5121"
}
resource "aws_s3_bucket" "b5122" {
  bucket = "bucket-5122"
}
resource "aws_s3_bucket" "b5123" {
  bucket = "bucket-5123"
}
resource "aws_s3_bucket" "b5124" {
  bucket = "bucket-5124"
}
resource "aws_s3_bucket" "b5125" {
  bucket = "bucket-5125"
}
resource "aws_s3_bucket" "b5126" {
  bucket = "bucket-5126"
}
resource "aws_s3_bucket" "b5127" {
  bucket = "bucket-5127"
}
resource "aws_s3_bucket" "b5128" {
  bucket = "bucket-5128"
}
resource "aws_s3_bucket" "b5129" {
  bucket = "bucket-5129"
}
resource "aws_s3_bucket" "b5130" {
  bucket = "bucket-5130"
}
resource "aws_s3_bucket" "b5131" {
  bucket = "bucket-5131"
}
resource "aws_s3_bucket" "b5132" {
  bucket = "bucket-5132"
}
resource "aws_s3_bucket" "b5133" {
  bucket = "bucket-5133"
}
resource "aws_s3_bucket" "b5134" {
  bucket = "bucket-5134"
}
resource "aws_s3_bucket" "b5135" {
  bucket = "bucket-5135"
}
resource "aws_s3_bucket" "b5136" {
  bucket = "bucket-5136"
}
resource "aws_s3_bucket" "b5137" {
  bucket = "bucket-5137"
}
resource "aws_s3_bucket" "b5138" {
  bucket = "bucket-5138"
}
resource "aws_s3_bucket" "b5139" {
  bucket = "bucket-5139"
}
resource "aws_s3_bucket" "b5140" {
  bucket = "bucket-5140"
}
resource "aws_s3_bucket" "b5141" {
  bucket = "bucket-5141"
}
resource "aws_s3_bucket" "b5142" {
  bucket = "bucket-5142"
}
resource "aws_s3_bucket" "b5143" {
  bucket = "bucket-5143"
}
resource "aws_s3_bucket" "b5144" {
  bucket = "bucket-5144"
}
resource "aws_s3_bucket" "b5145" {
  bucket = "bucket-5145"
}
resource "aws_s3_bucket" "b5146" {
  bucket = "bucket-5146"
}
resource "aws_s3_bucket" "b5147" {
  bucket = "bucket-5147"
}
resource "aws_s3_bucket" "b5148" {
  bucket = "bucket-5148"
}
resource "aws_s3_bucket" "b5149" {
  bucket = "bucket-5149"
}
resource "aws_s3_bucket" "b5150" {
  bucket = "bucket-5150"
}
resource "aws_s3_bucket" "b5151" {
  bucket = "bucket-5151"
}
resource "aws_s3_bucket" "b5152" {
  bucket = "bucket-5152"
}
resource "aws_s3_bucket" "b5153" {
  bucket = "bucket-5153"
}
resource "aws_s3_bucket" "b5154" {
  bucket = "bucket-5154"
}
resource "aws_s3_bucket" "b5155" {
  bucket = "bucket-5155"
}
resource "aws_s3_bucket" "b5156" {
  bucket = "bucket-5156"
}
resource "aws_s3_bucket" "b5157" {
  bucket = "bucket-5157"
}
resource "aws_s3_bucket" "b5158" {
  bucket = "bucket-5158"
}
resource "aws_s3_bucket" "b5159" {
  bucket = "bucket-5159"
}
resource "aws_s3_bucket" "b5160" {
  bucket = "bucket-5160"
}
resource "aws_s3_bucket" "b5161" {
  bucket = "bucket-5161"
}
resource "aws_s3_bucket" "b5162" {
  bucket = "bucket-5162"
}
resource "aws_s3_bucket" "b5163" {
  bucket = "bucket-5163"
}
resource "aws_s3_bucket" "b5164" {
  bucket = "bucket-5164"
}
resource "aws_s3_bucket" "b5165" {
  bucket = "bucket-5165"
}
resource "aws_s3_bucket" "b5166" {
  bucket = "bucket-5166"
}
resource "aws_s3_bucket" "b5167" {
  bucket = "bucket-5167"
}
resource "aws_s3_bucket" "b5168" {
  bucket = "bucket-5168"
}
resource "aws_s3_bucket" "b5169" {
  bucket = "bucket-5169"
}
resource "aws_s3_bucket" "b5170" {
  bucket = "bucket-5170"
}
resource "aws_s3_bucket" "b5171" {
  bucket = "bucket-5171"
}
resource "aws_s3_bucket" "b5172" {
  bucket = "bucket-5172"
}
resource "aws_s3_bucket" "b5173" {
  bucket = "bucket-5173"
}
resource "aws_s3_bucket" "b5174" {
  bucket = "bucket-5174"
}
resource "aws_s3_bucket" "b5175" {
  bucket = "bucket-5175"
}
resource "aws_s3_bucket" "b5176" {
  bucket = "bucket-5176"
}
resource "aws_s3_bucket" "b5177" {
  bucket = "bucket-5177"
}
resource "aws_s3_bucket" "b5178" {
  bucket = "bucket-5178"
}
resource "aws_s3_bucket" "b5179" {
  bucket = "bucket-5179"
}
resource "aws_s3_bucket" "b5180" {
  bucket = "bucket-5180"
}
resource "aws_s3_bucket" "b5181" {
  bucket = "bucket-5181"
}
resource "aws_s3_bucket" "b5182" {
  bucket = "bucket-5182"
}
resource "aws_s3_bucket" "b5183" {
  bucket = "bucket-5183"
}
resource "aws_s3_bucket" "b5184" {
  bucket = "bucket-5184"
}
resource "aws_s3_bucket" "b5185" {
  bucket = "bucket-5185"
}
resource "aws_s3_bucket" "b5186" {
  bucket = "bucket-5186"
}
resource "aws_s3_bucket" "b5187" {
  bucket = "bucket-5187"
}
resource "aws_s3_bucket" "b5188" {
  bucket = "bucket-5188"
}
resource "aws_s3_bucket" "b5189" {
  bucket = "bucket-5189"
}
resource "aws_s3_bucket" "b5190" {
  bucket = "bucket-5190"
}
resource "aws_s3_bucket" "b5191" {
  bucket = "bucket-5191"
}
resource "aws_s3_bucket" "b5192" {
  bucket = "bucket-5192"
}
resource "aws_s3_bucket" "b5193" {
  bucket = "bucket-5193"
}
resource "aws_s3_bucket" "b5194" {
  bucket = "bucket-5194"
}
resource "aws_s3_bucket" "b5195" {
  bucket = "bucket-5195"
}
resource "aws_s3_bucket" "b5196" {
  bucket = "bucket-5196"
}
resource "aws_s3_bucket" "b5197" {
  bucket = "bucket-5197"
}
resource "aws_s3_bucket" "b5198" {
  bucket = "bucket-5198"
}
resource "aws_s3_bucket" "b5199" {
  bucket = "bucket-5199"
}
resource "aws_s3_bucket" "b5200" {
  bucket = "bucket-5200"
}
resource "aws_s3_bucket" "b5201" {
  bucket = "bucket-5201"
}
resource "aws_s3_bucket" "b5202" {
  bucket = "bucket-5202"
}
resource "aws_s3_bucket" "b5203" {
  bucket = "bucket-5203"
}
resource "aws_s3_bucket" "b5204" {
  bucket = "bucket-5204"
}
resource "aws_s3_bucket" "b5205" {
  bucket = "bucket-5205"
}
resource "aws_s3_bucket" "b5206" {
  bucket = "bucket-5206"
}
resource "aws_s3_bucket" "b5207" {
  bucket = "bucket-5207"
}
resource "aws_s3_bucket" "b5208" {
  bucket = "bucket-5208"
}
resource "aws_s3_bucket" "b5209" {
  bucket = "bucket-5209"
}
resource "aws_s3_bucket" "b5210" {
  bucket = "bucket-5210"
}
resource "aws_s3_bucket" "b5211" {
  bucket = "bucket-5211"
}
resource "aws_s3_bucket" "b5212" {
  bucket = "bucket-5212"
}
resource "aws_s3_bucket" "b5213" {
  bucket = "bucket-5213"
}
resource "aws_s3_bucket" "b5214" {
  bucket = "bucket-5214"
}
resource "aws_s3_bucket" "b5215" {
  bucket = "bucket-5215"
}
resource "aws_s3_bucket" "b5216" {
  bucket = "bucket-5216"
}
resource "aws_s3_bucket" "b5217" {
  bucket = "bucket-5217"
}
resource "aws_s3_bucket" "b5218" {
  bucket = "bucket-5218"
}
resource "aws_s3_bucket" "b5219" {
  bucket = "bucket-5219"
}
resource "aws_s3_bucket" "b5220" {
  bucket = "bucket-5220"
}
resource "aws_s3_bucket" "b5221" {
  bucket = "bucket-5221"
}
resource "aws_s3_bucket" "b5222" {
  bucket = "bucket-5222"
}
resource "aws_s3_bucket" "b5223" {
  bucket = "bucket-5223"
}
resource "aws_s3_bucket" "b5224" {
  bucket = "bucket-5224"
}
resource "aws_s3_bucket" "b5225" {
  bucket = "bucket-5225"
}
resource "aws_s3_bucket" "b5226" {
  bucket = "bucket-5226"
}
resource "aws_s3_bucket" "b5227" {
  bucket = "bucket-5227"
}
resource "aws_s3_bucket" "b5228" {
  bucket = "bucket-5228"
}
resource "aws_s3_bucket" "b5229" {
  bucket = "bucket-5229"
}
resource "aws_s3_bucket" "b5230" {
  bucket = "bucket-5230"
}
resource "aws_s3_bucket" "b5231" {
  bucket = "bucket-5231"
}
resource "aws_s3_bucket" "b5232" {
  bucket = "bucket-5232"
}
resource "aws_s3_bucket" "b5233" {
  bucket = "bucket-5233"
}
resource "aws_s3_bucket" "b5234" {
  bucket = "bucket-5234"
}
resource "aws_s3_bucket" "b5235" {
  bucket = "bucket-5235"
}
resource "aws_s3_bucket" "b5236" {
  bucket = "bucket-5236"
}
resource "aws_s3_bucket" "b5237" {
  bucket = "bucket-5237"
}
resource "aws_s3_bucket" "b5238" {
  bucket = "bucket-5238"
}
resource "aws_s3_bucket" "b5239" {
  bucket = "bucket-5239"
}
resource "aws_s3_bucket" "b5240" {
  bucket = "bucket-5240"
}
resource "aws_s3_bucket" "b5241" {
  bucket = "bucket-5241"
}
resource "aws_s3_bucket" "b5242" {
  bucket = "bucket-5242"
}
resource "aws_s3_bucket" "b5243" {
  bucket = "bucket-5243"
}
resource "aws_s3_bucket" "b5244" {
  bucket = "bucket-5244"
}
resource "aws_s3_bucket" "b5245" {
  bucket = "bucket-5245"
}
resource "aws_s3_bucket" "b5246" {
  bucket = "bucket-5246"
}
resource "aws_s3_bucket" "b5247" {
  bucket = "bucket-5247"
}
resource "aws_s3_bucket" "b5248" {
  bucket = "bucket-5248"
}
resource "aws_s3_bucket" "b5249" {
  bucket = "bucket-5249"
}
resource "aws_s3_bucket" "b5250" {
  bucket = "bucket-5250"
}
resource "aws_s3_bucket" "b5251" {
  bucket = "bucket-5251"
}
resource "aws_s3_bucket" "b5252" {
  bucket = "bucket-5252"
}
resource "aws_s3_bucket" "b5253" {
  bucket = "bucket-5253"
}
resource "aws_s3_bucket" "b5254" {
  bucket = "bucket-5254"
}
resource "aws_s3_bucket" "b5255" {
  bucket = "bucket-5255"
}
resource "aws_s3_bucket" "b5256" {
  bucket = "bucket-5256"
}
resource "aws_s3_bucket" "b5257" {
  bucket = "bucket-5257"
}
resource "aws_s3_bucket" "b5258" {
  bucket = "bucket-5258"
}
resource "aws_s3_bucket" "b5259" {
  bucket = "bucket-5259"
}
resource "aws_s3_bucket" "b5260" {
  bucket = "bucket-5260"
}
resource "aws_s3_bucket" "b5261" {
  bucket = "bucket-5261"
}
resource "aws_s3_bucket" "b5262" {
  bucket = "bucket-5262"
}
resource "aws_s3_bucket" "b5263" {
  bucket = "bucket-5263"
}
resource "aws_s3_bucket" "b5264" {
  bucket = "bucket-5264"
}
resource "aws_s3_bucket" "b5265" {
  bucket = "bucket-5265"
}
resource "aws_s3_bucket" "b5266" {
  bucket = "bucket-5266"
}
resource "aws_s3_bucket" "b5267" {
  bucket = "bucket-5267"
}
resource "aws_s3_bucket" "b5268" {
  bucket = "bucket-5268"
}
resource "aws_s3_bucket" "b5269" {
  bucket = "bucket-5269"
}
resource "aws_s3_bucket" "b5270" {
  bucket = "bucket-5270"
}
resource "aws_s3_bucket" "b5271" {
  bucket = "bucket-5271"
}
resource "aws_s3_bucket" "b5272" {
  bucket = "bucket-5272"
}
resource "aws_s3_bucket" "b5273" {
  bucket = "bucket-5273"
}
resource "aws_s3_bucket" "b5274" {
  bucket = "bucket-5274"
}
resource "aws_s3_bucket" "b5275" {
  bucket = "bucket-5275"
}
resource "aws_s3_bucket" "b5276" {
  bucket = "bucket-5276"
}
resource "aws_s3_bucket" "b5277" {
  bucket = "bucket-5277"
}
resource "aws_s3_bucket" "b5278" {
  bucket = "bucket-5278"
}
resource "aws_s3_bucket" "b5279" {
  bucket = "bucket-5279"
}
resource "aws_s3_bucket" "b5280" {
  bucket = "bucket-5280"
}
resource "aws_s3_bucket" "b5281" {
  bucket = "bucket-5281"
}
resource "aws_s3_bucket" "b5282" {
  bucket = "bucket-5282"
}
resource "aws_s3_bucket" "b5283" {
  bucket = "bucket-5283"
}
resource "aws_s3_bucket" "b5284" {
  bucket = "bucket-5284"
}
resource "aws_s3_bucket" "b5285" {
  bucket = "bucket-5285"
}
resource "aws_s3_bucket" "b5286" {
  bucket = "bucket-5286"
}
resource "aws_s3_bucket" "b5287" {
  bucket = "bucket-5287"
}
resource "aws_s3_bucket" "b5288" {
  bucket = "bucket-5288"
}
resource "aws_s3_bucket" "b5289" {
  bucket = "bucket-5289"
}
resource "aws_s3_bucket" "b5290" {
  bucket = "bucket-5290"
}
resource "aws_s3_bucket" "b5291" {
  bucket = "bucket-5291"
}
resource "aws_s3_bucket" "b5292" {
  bucket = "bucket-5292"
}
resource "aws_s3_bucket" "b5293" {
  bucket = "bucket-5293"
}
resource "aws_s3_bucket" "b5294" {
  bucket = "bucket-5294"
}
resource "aws_s3_bucket" "b5295" {
  bucket = "bucket-5295"
}
resource "aws_s3_bucket" "b5296" {
  bucket = "bucket-5296"
}
resource "aws_s3_bucket" "b5297" {
  bucket = "bucket-5297"
}
resource "aws_s3_bucket" "b5298" {
  bucket = "bucket-5298"
}
resource "aws_s3_bucket" "b5299" {
  bucket = "bucket-5299"
}
resource "aws_s3_bucket" "b5300" {
  bucket = "bucket-5300"
}
resource "aws_s3_bucket" "b5301" {
  bucket = "bucket-5301"
}
resource "aws_s3_bucket" "b5302" {
  bucket = "bucket-5302"
}
resource "aws_s3_bucket" "b5303" {
  bucket = "bucket-5303"
}
resource "aws_s3_bucket" "b5304" {
  bucket = "bucket-5304"
}
resource "aws_s3_bucket" "b5305" {
  bucket = "bucket-5305"
}
resource "aws_s3_bucket" "b5306" {
  bucket = "bucket-5306"
}
resource "aws_s3_bucket" "b5307" {
  bucket = "bucket-5307"
}
resource "aws_s3_bucket" "b5308" {
  bucket = "bucket-5308"
}
resource "aws_s3_bucket" "b5309" {
  bucket = "bucket-5309"
}
resource "aws_s3_bucket" "b5310" {
  bucket = "bucket-5310"
}
resource "aws_s3_bucket" "b5311" {
  bucket = "bucket-5311"
}
resource "aws_s3_bucket" "b5312" {
  bucket = "bucket-5312"
}
resource "aws_s3_bucket" "b5313" {
  bucket = "bucket-5313"
}
resource "aws_s3_bucket" "b5314" {
  bucket = "bucket-5314"
}
resource "aws_s3_bucket" "b5315" {
  bucket = "bucket-5315"
}
resource "aws_s3_bucket" "b5316" {
  bucket = "bucket-5316"
}
resource "aws_s3_bucket" "b5317" {
  bucket = "bucket-5317"
}
resource "aws_s3_bucket" "b5318" {
  bucket = "bucket-5318"
}
resource "aws_s3_bucket" "b5319" {
  bucket = "bucket-5319"
}
resource "aws_s3_bucket" "b5320" {
  bucket = "bucket-5320"
}
resource "aws_s3_bucket" "b5321" {
  bucket = "bucket-5321"
}
resource "aws_s3_bucket" "b5322" {
  bucket = "bucket-5322"
}
resource "aws_s3_bucket" "b5323" {
  bucket = "bucket-5323"
}
resource "aws_s3_bucket" "b5324" {
  bucket = "bucket-5324"
}
resource "aws_s3_bucket" "b5325" {
  bucket = "bucket-5325"
}
resource "aws_s3_bucket" "b5326" {
  bucket = "bucket-5326"
}
resource "aws_s3_bucket" "b5327" {
  bucket = "bucket-5327"
}
resource "aws_s3_bucket" "b5328" {
  bucket = "bucket-5328"
}
resource "aws_s3_bucket" "b5329" {
  bucket = "bucket-5329"
}
resource "aws_s3_bucket" "b5330" {
  bucket = "bucket-5330"
}
resource "aws_s3_bucket" "b5331" {
  bucket = "bucket-5331"
}
resource "aws_s3_bucket" "b5332" {
  bucket = "bucket-5332"
}
resource "aws_s3_bucket" "b5333" {
  bucket = "bucket-5333"
}
resource "aws_s3_bucket" "b5334" {
  bucket = "bucket-5334"
}
resource "aws_s3_bucket" "b5335" {
  bucket = "bucket-5335"
}
resource "aws_s3_bucket" "b5336" {
  bucket = "bucket-5336"
}
resource "aws_s3_bucket" "b5337" {
  bucket = "bucket-5337"
}
resource "aws_s3_bucket" "b5338" {
  bucket = "bucket-5338"
}
resource "aws_s3_bucket" "b5339" {
  bucket = "bucket-5339"
}
resource "aws_s3_bucket" "b5340" {
  bucket = "bucket-5340"
}
resource "aws_s3_bucket" "b5341" {
  bucket = "bucket-5341"
}
resource "aws_s3_bucket" "b5342" {
  bucket = "bucket-5342"
}
resource "aws_s3_bucket" "b5343" {
  bucket = "bucket-5343"
}
resource "aws_s3_bucket" "b5344" {
  bucket = "bucket-5344"
}
resource "aws_s3_bucket" "b5345" {
  bucket = "bucket-5345"
}
resource "aws_s3_bucket" "b5346" {
  bucket = "bucket-5346"
}
resource "aws_s3_bucket" "b5347" {
  bucket = "bucket-5347"
}
resource "aws_s3_bucket" "b5348" {
  bucket = "bucket-5348"
}
resource "aws_s3_bucket" "b5349" {
  bucket = "bucket-5349"
}
resource "aws_s3_bucket" "b5350" {
  bucket = "bucket-5350"
}
resource "aws_s3_bucket" "b5351" {
  bucket = "bucket-5351"
}
resource "aws_s3_bucket" "b5352" {
  bucket = "bucket-5352"
}
resource "aws_s3_bucket" "b5353" {
  bucket = "bucket-5353"
}
resource "aws_s3_bucket" "b5354" {
  bucket = "bucket-5354"
}
resource "aws_s3_bucket" "b5355" {
  bucket = "bucket-5355"
}
resource "aws_s3_bucket" "b5356" {
  bucket = "bucket-5356"
}
resource "aws_s3_bucket" "b5357" {
  bucket = "bucket-5357"
}
resource "aws_s3_bucket" "b5358" {
  bucket = "bucket-5358"
}
resource "aws_s3_bucket" "b5359" {
  bucket = "bucket-5359"
}
resource "aws_s3_bucket" "b5360" {
  bucket = "bucket-5360"
}
resource "aws_s3_bucket" "b5361" {
  bucket = "bucket-5361"
}
resource "aws_s3_bucket" "b5362" {
  bucket = "bucket-5362"
}
resource "aws_s3_bucket" "b5363" {
  bucket = "bucket-5363"
}
resource "aws_s3_bucket" "b5364" {
  bucket = "bucket-5364"
}
resource "aws_s3_bucket" "b5365" {
  bucket = "bucket-5365"
}
resource "aws_s3_bucket" "b5366" {
  bucket = "bucket-5366"
}
resource "aws_s3_bucket" "b5367" {
  bucket = "bucket-5367"
}
resource "aws_s3_bucket" "b5368" {
  bucket = "bucket-5368"
}
resource "aws_s3_bucket" "b5369" {
  bucket = "bucket-5369"
}
resource "aws_s3_bucket" "b5370" {
  bucket = "bucket-5370"
}
resource "aws_s3_bucket" "b5371" {
  bucket = "bucket-5371"
}
resource "aws_s3_bucket" "b5372" {
  bucket = "bucket-5372"
}
resource "aws_s3_bucket" "b5373" {
  bucket = "bucket-5373"
}
resource "aws_s3_bucket" "b5374" {
  bucket = "bucket-5374"
}
resource "aws_s3_bucket" "b5375" {
  bucket = "bucket-5375"
}
resource "aws_s3_bucket" "b5376" {
  bucket = "bucket-5376"
}
resource "aws_s3_bucket" "b5377" {
  bucket = "bucket-5377"
}
resource "aws_s3_bucket" "b5378" {
  bucket = "bucket-5378"
}
resource "aws_s3_bucket" "b5379" {
  bucket = "bucket-5379"
}
resource "aws_s3_bucket" "b5380" {
  bucket = "bucket-5380"
}
resource "aws_s3_bucket" "b5381" {
  bucket = "bucket-5381"
}
resource "aws_s3_bucket" "b5382" {
  bucket = "bucket-5382"
}
resource "aws_s3_bucket" "b5383" {
  bucket = "bucket-5383"
}
resource "aws_s3_bucket" "b5384" {
  bucket = "bucket-5384"
}
resource "aws_s3_bucket" "b5385" {
  bucket = "bucket-5385"
}
resource "aws_s3_bucket" "b5386" {
  bucket = "bucket-5386"
}
resource "aws_s3_bucket" "b5387" {
  bucket = "bucket-5387"
}
resource "aws_s3_bucket" "b5388" {
  bucket = "bucket-5388"
}
resource "aws_s3_bucket" "b5389" {
  bucket = "bucket-5389"
}
resource "aws_s3_bucket" "b5390" {
  bucket = "bucket-5390"
}
resource "aws_s3_bucket" "b5391" {
  bucket = "bucket-5391"
}
resource "aws_s3_bucket" "b5392" {
  bucket = "bucket-5392"
}
resource "aws_s3_bucket" "b5393" {
  bucket = "bucket-5393"
}
resource "aws_s3_bucket" "b5394" {
  bucket = "bucket-5394"
}
resource "aws_s3_bucket" "b5395" {
  bucket = "bucket-5395"
}
resource "aws_s3_bucket" "b5396" {
  bucket = "bucket-5396"
}
resource "aws_s3_bucket" "b5397" {
  bucket = "bucket-5397"
}
resource "aws_s3_bucket" "b5398" {
  bucket = "bucket-5398"
}
resource "aws_s3_bucket" "b5399" {
  bucket = "bucket-5399"
}
resource "aws_s3_bucket" "b5400" {
  bucket = "bucket-5400"
}
resource "aws_s3_bucket" "b5401" {
  bucket = "bucket-5401"
}
resource "aws_s3_bucket" "b5402" {
  bucket = "bucket-5402"
}
resource "aws_s3_bucket" "b5403" {
  bucket = "bucket-5403"
}
resource "aws_s3_bucket" "b5404" {
  bucket = "bucket-5404"
}
resource "aws_s3_bucket" "b5405" {
  bucket = "bucket-5405"
}
resource "aws_s3_bucket" "b5406" {
  bucket = "bucket-5406"
}
resource "aws_s3_bucket" "b5407" {
  bucket = "bucket-5407"
}
resource "aws_s3_bucket" "b5408" {
  bucket = "bucket-5408"
}
resource "aws_s3_bucket" "b5409" {
  bucket = "bucket-5409"
}
resource "aws_s3_bucket" "b5410" {
  bucket = "bucket-5410"
}
resource "aws_s3_bucket" "b5411" {
  bucket = "bucket-5411"
}
resource "aws_s3_bucket" "b5412" {
  bucket = "bucket-5412"
}
resource "aws_s3_bucket" "b5413" {
  bucket = "bucket-5413"
}
resource "aws_s3_bucket" "b5414" {
  bucket = "bucket-5414"
}
resource "aws_s3_bucket" "b5415" {
  bucket = "bucket-5415"
}
resource "aws_s3_bucket" "b5416" {
  bucket = "bucket-5416"
}
resource "aws_s3_bucket" "b5417" {
  bucket = "bucket-5417"
}
resource "aws_s3_bucket" "b5418" {
  bucket = "bucket-5418"
}
resource "aws_s3_bucket" "b5419" {
  bucket = "bucket-5419"
}
resource "aws_s3_bucket" "b5420" {
  bucket = "bucket-5420"
}
resource "aws_s3_bucket" "b5421" {
  bucket = "bucket-5421"
}
resource "aws_s3_bucket" "b5422" {
  bucket = "bucket-5422"
}
resource "aws_s3_bucket" "b5423" {
  bucket = "bucket-5423"
}
resource "aws_s3_bucket" "b5424" {
  bucket = "bucket-5424"
}
resource "aws_s3_bucket" "b5425" {
  bucket = "bucket-5425"
}
resource "aws_s3_bucket" "b5426" {
  bucket = "bucket-5426"
}
resource "aws_s3_bucket" "b5427" {
  bucket = "bucket-5427"
}
resource "aws_s3_bucket" "b5428" {
  bucket = "bucket-5428"
}
resource "aws_s3_bucket" "b5429" {
  bucket = "bucket-5429"
}
resource "aws_s3_bucket" "b5430" {
  bucket = "bucket-5430"
}
resource "aws_s3_bucket" "b5431" {
  bucket = "bucket-5431"
}
resource "aws_s3_bucket" "b5432" {
  bucket = "bucket-5432"
}
resource "aws_s3_bucket" "b5433" {
  bucket = "bucket-5433"
}
resource "aws_s3_bucket" "b5434" {
  bucket = "bucket-5434"
}
resource "aws_s3_bucket" "b5435" {
  bucket = "bucket-5435"
}
resource "aws_s3_bucket" "b5436" {
  bucket = "bucket-5436"
}
resource "aws_s3_bucket" "b5437" {
  bucket = "bucket-5437"
}
resource "aws_s3_bucket" "b5438" {
  bucket = "bucket-5438"
}
resource "aws_s3_bucket" "b5439" {
  bucket = "bucket-5439"
}
resource "aws_s3_bucket" "b5440" {
  bucket = "bucket-5440"
}
resource "aws_s3_bucket" "b5441" {
  bucket = "bucket-5441"
}
resource "aws_s3_bucket" "b5442" {
  bucket = "bucket-5442"
}
resource "aws_s3_bucket" "b5443" {
  bucket = "bucket-5443"
}
resource "aws_s3_bucket" "b5444" {
  bucket = "bucket-5444"
}
resource "aws_s3_bucket" "b5445" {
  bucket = "bucket-5445"
}
resource "aws_s3_bucket" "b5446" {
  bucket = "bucket-5446"
}
resource "aws_s3_bucket" "b5447" {
  bucket = "bucket-5447"
}
resource "aws_s3_bucket" "b5448" {
  bucket = "bucket-5448"
}
resource "aws_s3_bucket" "b5449" {
  bucket = "bucket-5449"
}
resource "aws_s3_bucket" "b5450" {
  bucket = "bucket-5450"
}
resource "aws_s3_bucket" "b5451" {
  bucket = "bucket-5451"
}
resource "aws_s3_bucket" "b5452" {
  bucket = "bucket-5452"
}
resource "aws_s3_bucket" "b5453" {
  bucket = "bucket-5453"
}
resource "aws_s3_bucket" "b5454" {
  bucket = "bucket-5454"
}
resource "aws_s3_bucket" "b5455" {
  bucket = "bucket-5455"
}
resource "aws_s3_bucket" "b5456" {
  bucket = "bucket-5456"
}
resource "aws_s3_bucket" "b5457" {
  bucket = "bucket-5457"
}
resource "aws_s3_bucket" "b5458" {
  bucket = "bucket-5458"
}
resource "aws_s3_bucket" "b5459" {
  bucket = "bucket-5459"
}
resource "aws_s3_bucket" "b5460" {
  bucket = "bucket-5460"
}
resource "aws_s3_bucket" "b5461" {
  bucket = "bucket-5461"
}
resource "aws_s3_bucket" "b5462" {
  bucket = "bucket-5462"
}
resource "aws_s3_bucket" "b5463" {
  bucket = "bucket-5463"
}
resource "aws_s3_bucket" "b5464" {
  bucket = "bucket-5464"
}
resource "aws_s3_bucket" "b5465" {
  bucket = "bucket-5465"
}
resource "aws_s3_bucket" "b5466" {
  bucket = "bucket-5466"
}
resource "aws_s3_bucket" "b5467" {
  bucket = "bucket-5467"
}
resource "aws_s3_bucket" "b5468" {
  bucket = "bucket-5468"
}
resource "aws_s3_bucket" "b5469" {
  bucket = "bucket-5469"
}
resource "aws_s3_bucket" "b5470" {
  bucket = "bucket-5470"
}
resource "aws_s3_bucket" "b5471" {
  bucket = "bucket-5471"
}
resource "aws_s3_bucket" "b5472" {
  bucket = "bucket-5472"
}
resource "aws_s3_bucket" "b5473" {
  bucket = "bucket-5473"
}
resource "aws_s3_bucket" "b5474" {
  bucket = "bucket-5474"
}
resource "aws_s3_bucket" "b5475" {
  bucket = "bucket-5475"
}
resource "aws_s3_bucket" "b5476" {
  bucket = "bucket-5476"
}
resource "aws_s3_bucket" "b5477" {
  bucket = "bucket-5477"
}
resource "aws_s3_bucket" "b5478" {
  bucket = "bucket-5478"
}
resource "aws_s3_bucket" "b5479" {
  bucket = "bucket-5479"
}
resource "aws_s3_bucket" "b5480" {
  bucket = "bucket-5480"
}
resource "aws_s3_bucket" "b5481" {
  bucket = "bucket-5481"
}
resource "aws_s3_bucket" "b5482" {
  bucket = "bucket-5482"
}
resource "aws_s3_bucket" "b5483" {
  bucket = "bucket-5483"
}
resource "aws_s3_bucket" "b5484" {
  bucket = "bucket-5484"
}
resource "aws_s3_bucket" "b5485" {
  bucket = "bucket-5485"
}
resource "aws_s3_bucket" "b5486" {
  bucket = "bucket-5486"
}
resource "aws_s3_bucket" "b5487" {
  bucket = "bucket-5487"
}
resource "aws_s3_bucket" "b5488" {
  bucket = "bucket-5488"
}
resource "aws_s3_bucket" "b5489" {
  bucket = "bucket-5489"
}
resource "aws_s3_bucket" "b5490" {
  bucket = "bucket-5490"
}
resource "aws_s3_bucket" "b5491" {
  bucket = "bucket-5491"
}
resource "aws_s3_bucket" "b5492" {
  bucket = "bucket-5492"
}
resource "aws_s3_bucket" "b5493" {
  bucket = "bucket-5493"
}
resource "aws_s3_bucket" "b5494" {
  bucket = "bucket-5494"
}
resource "aws_s3_bucket" "b5495" {
  bucket = "bucket-5495"
}
resource "aws_s3_bucket" "b5496" {
  bucket = "bucket-5496"
}
resource "aws_s3_bucket" "b5497" {
  bucket = "bucket-5497"
}
resource "aws_s3_bucket" "b5498" {
  bucket = "bucket-5498"
}
resource "aws_s3_bucket" "b5499" {
  bucket = "bucket-5499"
}
resource "aws_s3_bucket" "b5500" {
  bucket = "bucket-5500"
}
resource "aws_s3_bucket" "b5501" {
  bucket = "bucket-5501"
}
resource "aws_s3_bucket" "b5502" {
  bucket = "bucket-5502"
}
resource "aws_s3_bucket" "b5503" {
  bucket = "bucket-5503"
}
resource "aws_s3_bucket" "b5504" {
  bucket = "bucket-5504"
}
resource "aws_s3_bucket" "b5505" {
  bucket = "bucket-5505"
}
resource "aws_s3_bucket" "b5506" {
  bucket = "bucket-5506"
}
resource "aws_s3_bucket" "b5507" {
  bucket = "bucket-5507"
}
resource "aws_s3_bucket" "b5508" {
  bucket = "bucket-5508"
}
resource "aws_s3_bucket" "b5509" {
  bucket = "bucket-5509"
}
resource "aws_s3_bucket" "b5510" {
  bucket = "bucket-5510"
}
resource "aws_s3_bucket" "b5511" {
  bucket = "bucket-5511"
}
resource "aws_s3_bucket" "b5512" {
  bucket = "bucket-5512"
}
resource "aws_s3_bucket" "b5513" {
  bucket = "bucket-5513"
}
resource "aws_s3_bucket" "b5514" {
  bucket = "bucket-5514"
}
resource "aws_s3_bucket" "b5515" {
  bucket = "bucket-5515"
}
resource "aws_s3_bucket" "b5516" {
  bucket = "bucket-5516"
}
resource "aws_s3_bucket" "b5517" {
  bucket = "bucket-5517"
}
resource "aws_s3_bucket" "b5518" {
  bucket = "bucket-5518"
}
resource "aws_s3_bucket" "b5519" {
  bucket = "bucket-5519"
}
resource "aws_s3_bucket" "b5520" {
  bucket = "bucket-5520"
}
resource "aws_s3_bucket" "b5521" {
  bucket = "bucket-5521"
}
resource "aws_s3_bucket" "b5522" {
  bucket = "bucket-5522"
}
resource "aws_s3_bucket" "b5523" {
  bucket = "bucket-5523"
}
resource "aws_s3_bucket" "b5524" {
  bucket = "bucket-5524"
}
resource "aws_s3_bucket" "b5525" {
  bucket = "bucket-5525"
}
resource "aws_s3_bucket" "b5526" {
  bucket = "bucket-5526"
}
resource "aws_s3_bucket" "b5527" {
  bucket = "bucket-5527"
}
resource "aws_s3_bucket" "b5528" {
  bucket = "bucket-5528"
}
resource "aws_s3_bucket" "b5529" {
  bucket = "bucket-5529"
}
resource "aws_s3_bucket" "b5530" {
  bucket = "bucket-5530"
}
resource "aws_s3_bucket" "b5531" {
  bucket = "bucket-5531"
}
resource "aws_s3_bucket" "b5532" {
  bucket = "bucket-5532"
}
resource "aws_s3_bucket" "b5533" {
  bucket = "bucket-5533"
}
resource "aws_s3_bucket" "b5534" {
  bucket = "bucket-5534"
}
resource "aws_s3_bucket" "b5535" {
  bucket = "bucket-5535"
}
resource "aws_s3_bucket" "b5536" {
  bucket = "bucket-5536"
}
resource "aws_s3_bucket" "b5537" {
  bucket = "bucket-5537"
}
resource "aws_s3_bucket" "b5538" {
  bucket = "bucket-5538"
}
resource "aws_s3_bucket" "b5539" {
  bucket = "bucket-5539"
}
resource "aws_s3_bucket" "b5540" {
  bucket = "bucket-5540"
}
resource "aws_s3_bucket" "b5541" {
  bucket = "bucket-5541"
}
resource "aws_s3_bucket" "b5542" {
  bucket = "bucket-5542"
}
resource "aws_s3_bucket" "b5543" {
  bucket = "bucket-5543"
}
resource "aws_s3_bucket" "b5544" {
  bucket = "bucket-5544"
}
resource "aws_s3_bucket" "b5545" {
  bucket = "bucket-5545"
}
resource "aws_s3_bucket" "b5546" {
  bucket = "bucket-5546"
}
resource "aws_s3_bucket" "b5547" {
  bucket = "bucket-5547"
}
resource "aws_s3_bucket" "b5548" {
  bucket = "bucket-5548"
}
resource "aws_s3_bucket" "b5549" {
  bucket = "bucket-5549"
}
resource "aws_s3_bucket" "b5550" {
  bucket = "bucket-5550"
}
resource "aws_s3_bucket" "b5551" {
  bucket = "bucket-5551"
}
resource "aws_s3_bucket" "b5552" {
  bucket = "bucket-5552"
}
resource "aws_s3_bucket" "b5553" {
  bucket = "bucket-5553"
}
resource "aws_s3_bucket" "b5554" {
  bucket = "bucket-5554"
}
resource "aws_s3_bucket" "b5555" {
  bucket = "bucket-5555"
}
resource "aws_s3_bucket" "b5556" {
  bucket = "bucket-5556"
}
resource "aws_s3_bucket" "b5557" {
  bucket = "bucket-5557"
}
resource "aws_s3_bucket" "b5558" {
  bucket = "bucket-5558"
}
resource "aws_s3_bucket" "b5559" {
  bucket = "bucket-5559"
}
resource "aws_s3_bucket" "b5560" {
  bucket = "bucket-5560"
}
resource "aws_s3_bucket" "b5561" {
  bucket = "bucket-5561"
}
resource "aws_s3_bucket" "b5562" {
  bucket = "bucket-5562"
}
resource "aws_s3_bucket" "b5563" {
  bucket = "bucket-5563"
}
resource "aws_s3_bucket" "b5564" {
  bucket = "bucket-5564"
}
resource "aws_s3_bucket" "b5565" {
  bucket = "bucket-5565"
}
resource "aws_s3_bucket" "b5566" {
  bucket = "bucket-5566"
}
resource "aws_s3_bucket" "b5567" {
  bucket = "bucket-5567"
}
resource "aws_s3_bucket" "b5568" {
  bucket = "bucket-5568"
}
resource "aws_s3_bucket" "b5569" {
  bucket = "bucket-5569"
}
resource "aws_s3_bucket" "b5570" {
  bucket = "bucket-5570"
}
resource "aws_s3_bucket" "b5571" {
  bucket = "bucket-5571"
}
resource "aws_s3_bucket" "b5572" {
  bucket = "bucket-5572"
}
resource "aws_s3_bucket" "b5573" {
  bucket = "bucket-5573"
}
resource "aws_s3_bucket" "b5574" {
  bucket = "bucket-5574"
}
resource "aws_s3_bucket" "b5575" {
  bucket = "bucket-5575"
}
resource "aws_s3_bucket" "b5576" {
  bucket = "bucket-5576"
}
resource "aws_s3_bucket" "b5577" {
  bucket = "bucket-5577"
}
resource "aws_s3_bucket" "b5578" {
  bucket = "bucket-5578"
}
resource "aws_s3_bucket" "b5579" {
  bucket = "bucket-5579"
}
resource "aws_s3_bucket" "b5580" {
  bucket = "bucket-5580"
}
resource "aws_s3_bucket" "b5581" {
  bucket = "bucket-5581"
}
resource "aws_s3_bucket" "b5582" {
  bucket = "bucket-5582"
}
resource "aws_s3_bucket" "b5583" {
  bucket = "bucket-5583"
}
resource "aws_s3_bucket" "b5584" {
  bucket = "bucket-5584"
}
resource "aws_s3_bucket" "b5585" {
  bucket = "bucket-5585"
}
resource "aws_s3_bucket" "b5586" {
  bucket = "bucket-5586"
}
resource "aws_s3_bucket" "b5587" {
  bucket = "bucket-5587"
}
resource "aws_s3_bucket" "b5588" {
  bucket = "bucket-5588"
}
resource "aws_s3_bucket" "b5589" {
  bucket = "bucket-5589"
}
resource "aws_s3_bucket" "b5590" {
  bucket = "bucket-5590"
}
resource "aws_s3_bucket" "b5591" {
  bucket = "bucket-5591"
}
resource "aws_s3_bucket" "b5592" {
  bucket = "bucket-5592"
}
resource "aws_s3_bucket" "b5593" {
  bucket = "bucket-5593"
}
resource "aws_s3_bucket" "b5594" {
  bucket = "bucket-5594"
}
resource "aws_s3_bucket" "b5595" {
  bucket = "bucket-5595"
}
resource "aws_s3_bucket" "b5596" {
  bucket = "bucket-5596"
}
resource "aws_s3_bucket" "b5597" {
  bucket = "bucket-5597"
}
resource "aws_s3_bucket" "b5598" {
  bucket = "bucket-5598"
}
resource "aws_s3_bucket" "b5599" {
  bucket = "bucket-5599"
}
resource "aws_s3_bucket" "b5600" {
  bucket = "bucket-5600"
}
resource "aws_s3_bucket" "b5601" {
  bucket = "bucket-5601"
}
resource "aws_s3_bucket" "b5602" {
  bucket = "bucket-5602"
}
resource "aws_s3_bucket" "b5603" {
  bucket = "bucket-5603"
}
resource "aws_s3_bucket" "b5604" {
  bucket = "bucket-5604"
}
resource "aws_s3_bucket" "b5605" {
  bucket = "bucket-5605"
}
resource "aws_s3_bucket" "b5606" {
  bucket = "bucket-5606"
}
resource "aws_s3_bucket" "b5607" {
  bucket = "bucket-5607"
}
resource "aws_s3_bucket" "b5608" {
  bucket = "bucket-5608"
}
resource "aws_s3_bucket" "b5609" {
  bucket = "bucket-5609"
}
resource "aws_s3_bucket" "b5610" {
  bucket = "bucket-5610"
}
resource "aws_s3_bucket" "b5611" {
  bucket = "bucket-5611"
}
resource "aws_s3_bucket" "b5612" {
  bucket = "bucket-5612"
}
resource "aws_s3_bucket" "b5613" {
  bucket = "bucket-5613"
}
resource "aws_s3_bucket" "b5614" {
  bucket = "bucket-5614"
}
resource "aws_s3_bucket" "b5615" {
  bucket = "bucket-5615"
}
resource "aws_s3_bucket" "b5616" {
  bucket = "bucket-5616"
}
resource "aws_s3_bucket" "b5617" {
  bucket = "bucket-5617"
}
resource "aws_s3_bucket" "b5618" {
  bucket = "bucket-5618"
}
resource "aws_s3_bucket" "b5619" {
  bucket = "bucket-5619"
}
resource "aws_s3_bucket" "b5620" {
  bucket = "bucket-5620"
}
resource "aws_s3_bucket" "b5621" {
  bucket = "bucket-5621"
}
resource "aws_s3_bucket" "b5622" {
  bucket = "bucket-5622"
}
resource "aws_s3_bucket" "b5623" {
  bucket = "bucket-5623"
}
resource "aws_s3_bucket" "b5624" {
  bucket = "bucket-5624"
}
resource "aws_s3_bucket" "b5625" {
  bucket = "bucket-5625"
}
resource "aws_s3_bucket" "b5626" {
  bucket = "bucket-5626"
}
resource "aws_s3_bucket" "b5627" {
  bucket = "bucket-5627"
}
resource "aws_s3_bucket" "b5628" {
  bucket = "bucket-5628"
}
resource "aws_s3_bucket" "b5629" {
  bucket = "bucket-5629"
}
resource "aws_s3_bucket" "b5630" {
  bucket = "bucket-5630"
}
resource "aws_s3_bucket" "b5631" {
  bucket = "bucket-5631"
}
resource "aws_s3_bucket" "b5632" {
  bucket = "bucket-5632"
}
resource "aws_s3_bucket" "b5633" {
  bucket = "bucket-5633"
}
resource "aws_s3_bucket" "b5634" {
  bucket = "bucket-5634"
}
resource "aws_s3_bucket" "b5635" {
  bucket = "bucket-5635"
}
resource "aws_s3_bucket" "b5636" {
  bucket = "bucket-5636"
}
resource "aws_s3_bucket" "b5637" {
  bucket = "bucket-5637"
}
resource "aws_s3_bucket" "b5638" {
  bucket = "bucket-5638"
}
resource "aws_s3_bucket" "b5639" {
  bucket = "bucket-5639"
}
resource "aws_s3_bucket" "b5640" {
  bucket = "bucket-5640"
}
resource "aws_s3_bucket" "b5641" {
  bucket = "bucket-5641"
}
resource "aws_s3_bucket" "b5642" {
  bucket = "bucket-5642"
}
resource "aws_s3_bucket" "b5643" {
  bucket = "bucket-5643"
}
resource "aws_s3_bucket" "b5644" {
  bucket = "bucket-5644"
}
resource "aws_s3_bucket" "b5645" {
  bucket = "bucket-5645"
}
resource "aws_s3_bucket" "b5646" {
  bucket = "bucket-5646"
}
resource "aws_s3_bucket" "b5647" {
  bucket = "bucket-5647"
}
resource "aws_s3_bucket" "b5648" {
  bucket = "bucket-5648"
}
resource "aws_s3_bucket" "b5649" {
  bucket = "bucket-5649"
}
resource "aws_s3_bucket" "b5650" {
  bucket = "bucket-5650"
}
resource "aws_s3_bucket" "b5651" {
  bucket = "bucket-5651"
}
resource "aws_s3_bucket" "b5652" {
  bucket = "bucket-5652"
}
resource "aws_s3_bucket" "b5653" {
  bucket = "bucket-5653"
}
resource "aws_s3_bucket" "b5654" {
  bucket = "bucket-5654"
}
resource "aws_s3_bucket" "b5655" {
  bucket = "bucket-5655"
}
resource "aws_s3_bucket" "b5656" {
  bucket = "bucket-5656"
}
resource "aws_s3_bucket" "b5657" {
  bucket = "bucket-5657"
}
resource "aws_s3_bucket" "b5658" {
  bucket = "bucket-5658"
}
resource "aws_s3_bucket" "b5659" {
  bucket = "bucket-5659"
}
resource "aws_s3_bucket" "b5660" {
  bucket = "bucket-5660"
}
resource "aws_s3_bucket" "b5661" {
  bucket = "bucket-5661"
}
resource "aws_s3_bucket" "b5662" {
  bucket = "bucket-5662"
}
resource "aws_s3_bucket" "b5663" {
  bucket = "bucket-5663"
}
resource "aws_s3_bucket" "b5664" {
  bucket = "bucket-5664"
}
resource "aws_s3_bucket" "b5665" {
  bucket = "bucket-5665"
}
resource "aws_s3_bucket" "b5666" {
  bucket = "bucket-5666"
}
resource "aws_s3_bucket" "b5667" {
  bucket = "bucket-5667"
}
resource "aws_s3_bucket" "b5668" {
  bucket = "bucket-5668"
}
resource "aws_s3_bucket" "b5669" {
  bucket = "bucket-5669"
}
resource "aws_s3_bucket" "b5670" {
  bucket = "bucket-5670"
}
resource "aws_s3_bucket" "b5671" {
  bucket = "bucket-5671"
}
resource "aws_s3_bucket" "b5672" {
  bucket = "bucket-5672"
}
resource "aws_s3_bucket" "b5673" {
  bucket = "bucket-5673"
}
resource "aws_s3_bucket" "b5674" {
  bucket = "bucket-5674"
}
resource "aws_s3_bucket" "b5675" {
  bucket = "bucket-5675"
}
resource "aws_s3_bucket" "b5676" {
  bucket = "bucket-5676"
}
resource "aws_s3_bucket" "b5677" {
  bucket = "bucket-5677"
}
resource "aws_s3_bucket" "b5678" {
  bucket = "bucket-5678"
}
resource "aws_s3_bucket" "b5679" {
  bucket = "bucket-5679"
}
resource "aws_s3_bucket" "b5680" {
  bucket = "bucket-5680"
}
resource "aws_s3_bucket" "b5681" {
  bucket = "bucket-5681"
}
resource "aws_s3_bucket" "b5682" {
  bucket = "bucket-5682"
}
resource "aws_s3_bucket" "b5683" {
  bucket = "bucket-5683"
}
resource "aws_s3_bucket" "b5684" {
  bucket = "bucket-5684"
}
resource "aws_s3_bucket" "b5685" {
  bucket = "bucket-5685"
}
resource "aws_s3_bucket" "b5686" {
  bucket = "bucket-5686"
}
resource "aws_s3_bucket" "b5687" {
  bucket = "bucket-5687"
}
resource "aws_s3_bucket" "b5688" {
  bucket = "bucket-5688"
}
resource "aws_s3_bucket" "b5689" {
  bucket = "bucket-5689"
}
resource "aws_s3_bucket" "b5690" {
  bucket = "bucket-5690"
}
resource "aws_s3_bucket" "b5691" {
  bucket = "bucket-5691"
}
resource "aws_s3_bucket" "b5692" {
  bucket = "bucket-5692"
}
resource "aws_s3_bucket" "b5693" {
  bucket = "bucket-5693"
}
resource "aws_s3_bucket" "b5694" {
  bucket = "bucket-5694"
}
resource "aws_s3_bucket" "b5695" {
  bucket = "bucket-5695"
}
resource "aws_s3_bucket" "b5696" {
  bucket = "bucket-5696"
}
resource "aws_s3_bucket" "b5697" {
  bucket = "bucket-5697"
}
resource "aws_s3_bucket" "b5698" {
  bucket = "bucket-5698"
}
resource "aws_s3_bucket" "b5699" {
  bucket = "bucket-5699"
}
resource "aws_s3_bucket" "b5700" {
  bucket = "bucket-5700"
}
resource "aws_s3_bucket" "b5701" {
  bucket = "bucket-5701"
}
resource "aws_s3_bucket" "b5702" {
  bucket = "bucket-5702"
}
resource "aws_s3_bucket" "b5703" {
  bucket = "bucket-5703"
}
resource "aws_s3_bucket" "b5704" {
  bucket = "bucket-5704"
}
resource "aws_s3_bucket" "b5705" {
  bucket = "bucket-5705"
}
resource "aws_s3_bucket" "b5706" {
  bucket = "bucket-5706"
}
resource "aws_s3_bucket" "b5707" {
  bucket = "bucket-5707"
}
resource "aws_s3_bucket" "b5708" {
  bucket = "bucket-5708"
}
resource "aws_s3_bucket" "b5709" {
  bucket = "bucket-5709"
}
resource "aws_s3_bucket" "b5710" {
  bucket = "bucket-5710"
}
resource "aws_s3_bucket" "b5711" {
  bucket = "bucket-5711"
}
resource "aws_s3_bucket" "b5712" {
  bucket = "bucket-5712"
}
resource "aws_s3_bucket" "b5713" {
  bucket = "bucket-5713"
}
resource "aws_s3_bucket" "b5714" {
  bucket = "bucket-5714"
}
resource "aws_s3_bucket" "b5715" {
  bucket = "bucket-5715"
}
resource "aws_s3_bucket" "b5716" {
  bucket = "bucket-5716"
}
resource "aws_s3_bucket" "b5717" {
  bucket = "bucket-5717"
}
resource "aws_s3_bucket" "b5718" {
  bucket = "bucket-5718"
}
resource "aws_s3_bucket" "b5719" {
  bucket = "bucket-5719"
}
resource "aws_s3_bucket" "b5720" {
  bucket = "bucket-5720"
}
resource "aws_s3_bucket" "b5721" {
  bucket = "bucket-5721"
}
resource "aws_s3_bucket" "b5722" {
  bucket = "bucket-5722"
}
resource "aws_s3_bucket" "b5723" {
  bucket = "bucket-5723"
}
resource "aws_s3_bucket" "b5724" {
  bucket = "bucket-5724"
}
resource "aws_s3_bucket" "b5725" {
  bucket = "bucket-5725"
}
resource "aws_s3_bucket" "b5726" {
  bucket = "bucket-5726"
}
resource "aws_s3_bucket" "b5727" {
  bucket = "bucket-5727"
}
resource "aws_s3_bucket" "b5728" {
  bucket = "bucket-5728"
}
resource "aws_s3_bucket" "b5729" {
  bucket = "bucket-5729"
}
resource "aws_s3_bucket" "b5730" {
  bucket = "bucket-5730"
}
resource "aws_s3_bucket" "b5731" {
  bucket = "bucket-5731"
}
resource "aws_s3_bucket" "b5732" {
  bucket = "bucket-5732"
}
resource "aws_s3_bucket" "b5733" {
  bucket = "bucket-5733"
}
resource "aws_s3_bucket" "b5734" {
  bucket = "bucket-5734"
}
resource "aws_s3_bucket" "b5735" {
  bucket = "bucket-5735"
}
resource "aws_s3_bucket" "b5736" {
  bucket = "bucket-5736"
}
resource "aws_s3_bucket" "b5737" {
  bucket = "bucket-5737"
}
resource "aws_s3_bucket" "b5738" {
  bucket = "bucket-5738"
}
resource "aws_s3_bucket" "b5739" {
  bucket = "bucket-5739"
}
resource "aws_s3_bucket" "b5740" {
  bucket = "bucket-5740"
}
resource "aws_s3_bucket" "b5741" {
  bucket = "bucket-5741"
}
resource "aws_s3_bucket" "b5742" {
  bucket = "bucket-5742"
}
resource "aws_s3_bucket" "b5743" {
  bucket = "bucket-5743"
}
resource "aws_s3_bucket" "b5744" {
  bucket = "bucket-5744"
}
resource "aws_s3_bucket" "b5745" {
  bucket = "bucket-5745"
}
resource "aws_s3_bucket" "b5746" {
  bucket = "bucket-5746"
}
resource "aws_s3_bucket" "b5747" {
  bucket = "bucket-5747"
}
resource "aws_s3_bucket" "b5748" {
  bucket = "bucket-5748"
}
resource "aws_s3_bucket" "b5749" {
  bucket = "bucket-5749"
}
resource "aws_s3_bucket" "b5750" {
  bucket = "bucket-5750"
}
resource "aws_s3_bucket" "b5751" {
  bucket = "bucket-5751"
}
resource "aws_s3_bucket" "b5752" {
  bucket = "bucket-5752"
}
resource "aws_s3_bucket" "b5753" {
  bucket = "bucket-5753"
}
resource "aws_s3_bucket" "b5754" {
  bucket = "bucket-5754"
}
resource "aws_s3_bucket" "b5755" {
  bucket = "bucket-5755"
}
resource "aws_s3_bucket" "b5756" {
  bucket = "bucket-5756"
}
resource "aws_s3_bucket" "b5757" {
  bucket = "bucket-5757"
}
resource "aws_s3_bucket" "b5758" {
  bucket = "bucket-5758"
}
resource "aws_s3_bucket" "b5759" {
  bucket = "bucket-5759"
}
resource "aws_s3_bucket" "b5760" {
  bucket = "bucket-5760"
}
resource "aws_s3_bucket" "b5761" {
  bucket = "bucket-5761"
}
resource "aws_s3_bucket" "b5762" {
  bucket = "bucket-5762"
}
resource "aws_s3_bucket" "b5763" {
  bucket = "bucket-5763"
}
resource "aws_s3_bucket" "b5764" {
  bucket = "bucket-5764"
}
resource "aws_s3_bucket" "b5765" {
  bucket = "bucket-5765"
}
resource "aws_s3_bucket" "b5766" {
  bucket = "bucket-5766"
}
resource "aws_s3_bucket" "b5767" {
  bucket = "bucket-5767"
}
resource "aws_s3_bucket" "b5768" {
  bucket = "bucket-5768"
}
resource "aws_s3_bucket" "b5769" {
  bucket = "bucket-5769"
}
resource "aws_s3_bucket" "b5770" {
  bucket = "bucket-5770"
}
resource "aws_s3_bucket" "b5771" {
  bucket = "bucket-5771"
}
resource "aws_s3_bucket" "b5772" {
  bucket = "bucket-5772"
}
resource "aws_s3_bucket" "b5773" {
  bucket = "bucket-5773"
}
resource "aws_s3_bucket" "b5774" {
  bucket = "bucket-5774"
}
resource "aws_s3_bucket" "b5775" {
  bucket = "bucket-5775"
}
resource "aws_s3_bucket" "b5776" {
  bucket = "bucket-5776"
}
resource "aws_s3_bucket" "b5777" {
  bucket = "bucket-5777"
}
resource "aws_s3_bucket" "b5778" {
  bucket = "bucket-5778"
}
resource "aws_s3_bucket" "b5779" {
  bucket = "bucket-5779"
}
resource "aws_s3_bucket" "b5780" {
  bucket = "bucket-5780"
}
resource "aws_s3_bucket" "b5781" {
  bucket = "bucket-5781"
}
resource "aws_s3_bucket" "b5782" {
  bucket = "bucket-5782"
}
resource "aws_s3_bucket" "b5783" {
  bucket = "bucket-5783"
}
resource "aws_s3_bucket" "b5784" {
  bucket = "bucket-5784"
}
resource "aws_s3_bucket" "b5785" {
  bucket = "bucket-5785"
}
resource "aws_s3_bucket" "b5786" {
  bucket = "bucket-5786"
}
resource "aws_s3_bucket" "b5787" {
  bucket = "bucket-5787"
}
resource "aws_s3_bucket" "b5788" {
  bucket = "bucket-5788"
}
resource "aws_s3_bucket" "b5789" {
  bucket = "bucket-5789"
}
resource "aws_s3_bucket" "b5790" {
  bucket = "bucket-5790"
}
resource "aws_s3_bucket" "b5791" {
  bucket = "bucket-5791"
}
resource "aws_s3_bucket" "b5792" {
  bucket = "bucket-5792"
}
resource "aws_s3_bucket" "b5793" {
  bucket = "bucket-5793"
}
resource "aws_s3_bucket" "b5794" {
  bucket = "bucket-5794"
}
resource "aws_s3_bucket" "b5795" {
  bucket = "bucket-5795"
}
resource "aws_s3_bucket" "b5796" {
  bucket = "bucket-5796"
}
resource "aws_s3_bucket" "b5797" {
  bucket = "bucket-5797"
}
resource "aws_s3_bucket" "b5798" {
  bucket = "bucket-5798"
}
resource "aws_s3_bucket" "b5799" {
  bucket = "bucket-5799"
}
resource "aws_s3_bucket" "b5800" {
  bucket = "bucket-5800"
}
resource "aws_s3_bucket" "b5801" {
  bucket = "bucket-5801"
}
resource "aws_s3_bucket" "b5802" {
  bucket = "bucket-5802"
}
resource "aws_s3_bucket" "b5803" {
  bucket = "bucket-5803"
}
resource "aws_s3_bucket" "b5804" {
  bucket = "bucket-5804"
}
resource "aws_s3_bucket" "b5805" {
  bucket = "bucket-5805"
}
resource "aws_s3_bucket" "b5806" {
  bucket = "bucket-5806"
}
resource "aws_s3_bucket" "b5807" {
  bucket = "bucket-5807"
}
resource "aws_s3_bucket" "b5808" {
  bucket = "bucket-5808"
}
resource "aws_s3_bucket" "b5809" {
  bucket = "bucket-5809"
}
resource "aws_s3_bucket" "b5810" {
  bucket = "bucket-5810"
}
resource "aws_s3_bucket" "b5811" {
  bucket = "bucket-5811"
}
resource "aws_s3_bucket" "b5812" {
  bucket = "bucket-5812"
}
resource "aws_s3_bucket" "b5813" {
  bucket = "bucket-5813"
}
resource "aws_s3_bucket" "b5814" {
  bucket = "bucket-5814"
}
resource "aws_s3_bucket" "b5815" {
  bucket = "bucket-5815"
}
resource "aws_s3_bucket" "b5816" {
  bucket = "bucket-5816"
}
resource "aws_s3_bucket" "b5817" {
  bucket = "bucket-5817"
}
resource "aws_s3_bucket" "b5818" {
  bucket = "bucket-5818"
}
resource "aws_s3_bucket" "b5819" {
  bucket = "bucket-5819"
}
resource "aws_s3_bucket" "b5820" {
  bucket = "bucket-5820"
}
resource "aws_s3_bucket" "b5821" {
  bucket = "bucket-5821"
}
resource "aws_s3_bucket" "b5822" {
  bucket = "bucket-5822"
}
resource "aws_s3_bucket" "b5823" {
  bucket = "bucket-5823"
}
resource "aws_s3_bucket" "b5824" {
  bucket = "bucket-5824"
}
resource "aws_s3_bucket" "b5825" {
  bucket = "bucket-5825"
}
resource "aws_s3_bucket" "b5826" {
  bucket = "bucket-5826"
}
resource "aws_s3_bucket" "b5827" {
  bucket = "bucket-5827"
}
resource "aws_s3_bucket" "b5828" {
  bucket = "bucket-5828"
}
resource "aws_s3_bucket" "b5829" {
  bucket = "bucket-5829"
}
resource "aws_s3_bucket" "b5830" {
  bucket = "bucket-5830"
}
resource "aws_s3_bucket" "b5831" {
  bucket = "bucket-5831"
}
resource "aws_s3_bucket" "b5832" {
  bucket = "bucket-5832"
}
resource "aws_s3_bucket" "b5833" {
  bucket = "bucket-5833"
}
resource "aws_s3_bucket" "b5834" {
  bucket = "bucket-5834"
}
resource "aws_s3_bucket" "b5835" {
  bucket = "bucket-5835"
}
resource "aws_s3_bucket" "b5836" {
  bucket = "bucket-5836"
}
resource "aws_s3_bucket" "b5837" {
  bucket = "bucket-5837"
}
resource "aws_s3_bucket" "b5838" {
  bucket = "bucket-5838"
}
resource "aws_s3_bucket" "b5839" {
  bucket = "bucket-5839"
}
resource "aws_s3_bucket" "b5840" {
  bucket = "bucket-5840"
}
resource "aws_s3_bucket" "b5841" {
  bucket = "bucket-5841"
}
resource "aws_s3_bucket" "b5842" {
  bucket = "bucket-5842"
}
resource "aws_s3_bucket" "b5843" {
  bucket = "bucket-5843"
}
resource "aws_s3_bucket" "b5844" {
  bucket = "bucket-5844"
}
resource "aws_s3_bucket" "b5845" {
  bucket = "bucket-5845"
}
resource "aws_s3_bucket" "b5846" {
  bucket = "bucket-5846"
}
resource "aws_s3_bucket" "b5847" {
  bucket = "bucket-5847"
}
resource "aws_s3_bucket" "b5848" {
  bucket = "bucket-5848"
}
resource "aws_s3_bucket" "b5849" {
  bucket = "bucket-5849"
}
resource "aws_s3_bucket" "b5850" {
  bucket = "bucket-5850"
}
resource "aws_s3_bucket" "b5851" {
  bucket = "bucket-5851"
}
resource "aws_s3_bucket" "b5852" {
  bucket = "bucket-5852"
}
resource "aws_s3_bucket" "b5853" {
  bucket = "bucket-5853"
}
resource "aws_s3_bucket" "b5854" {
  bucket = "bucket-5854"
}
resource "aws_s3_bucket" "b5855" {
  bucket = "bucket-5855"
}
resource "aws_s3_bucket" "b5856" {
  bucket = "bucket-5856"
}
resource "aws_s3_bucket" "b5857" {
  bucket = "bucket-5857"
}
resource "aws_s3_bucket" "b5858" {
  bucket = "bucket-5858"
}
resource "aws_s3_bucket" "b5859" {
  bucket = "bucket-5859"
}
resource "aws_s3_bucket" "b5860" {
  bucket = "bucket-5860"
}
resource "aws_s3_bucket" "b5861" {
  bucket = "bucket-5861"
}
resource "aws_s3_bucket" "b5862" {
  bucket = "bucket-5862"
}
resource "aws_s3_bucket" "b5863" {
  bucket = "bucket-5863"
}
resource "aws_s3_bucket" "b5864" {
  bucket = "bucket-5864"
}
resource "aws_s3_bucket" "b5865" {
  bucket = "bucket-5865"
}
resource "aws_s3_bucket" "b5866" {
  bucket = "bucket-5866"
}
resource "aws_s3_bucket" "b5867" {
  bucket = "bucket-5867"
}
resource "aws_s3_bucket" "b5868" {
  bucket = "bucket-5868"
}
resource "aws_s3_bucket" "b5869" {
  bucket = "bucket-5869"
}
resource "aws_s3_bucket" "b5870" {
  bucket = "bucket-5870"
}
resource "aws_s3_bucket" "b5871" {
  bucket = "bucket-5871"
}
resource "aws_s3_bucket" "b5872" {
  bucket = "bucket-5872"
}
resource "aws_s3_bucket" "b5873" {
  bucket = "bucket-5873"
}
resource "aws_s3_bucket" "b5874" {
  bucket = "bucket-5874"
}
resource "aws_s3_bucket" "b5875" {
  bucket = "bucket-5875"
}
resource "aws_s3_bucket" "b5876" {
  bucket = "bucket-5876"
}
resource "aws_s3_bucket" "b5877" {
  bucket = "bucket-5877"
}
resource "aws_s3_bucket" "b5878" {
  bucket = "bucket-5878"
}
resource "aws_s3_bucket" "b5879" {
  bucket = "bucket-5879"
}
resource "aws_s3_bucket" "b5880" {
  bucket = "bucket-5880"
}
resource "aws_s3_bucket" "b5881" {
  bucket = "bucket-5881"
}
resource "aws_s3_bucket" "b5882" {
  bucket = "bucket-5882"
}
resource "aws_s3_bucket" "b5883" {
  bucket = "bucket-5883"
}
resource "aws_s3_bucket" "b5884" {
  bucket = "bucket-5884"
}
resource "aws_s3_bucket" "b5885" {
  bucket = "bucket-5885"
}
resource "aws_s3_bucket" "b5886" {
  bucket = "bucket-5886"
}
resource "aws_s3_bucket" "b5887" {
  bucket = "bucket-5887"
}
resource "aws_s3_bucket" "b5888" {
  bucket = "bucket-5888"
}
resource "aws_s3_bucket" "b5889" {
  bucket = "bucket-5889"
}
resource "aws_s3_bucket" "b5890" {
  bucket = "bucket-5890"
}
resource "aws_s3_bucket" "b5891" {
  bucket = "bucket-5891"
}
resource "aws_s3_bucket" "b5892" {
  bucket = "bucket-5892"
}
resource "aws_s3_bucket" "b5893" {
  bucket = "bucket-5893"
}
resource "aws_s3_bucket" "b5894" {
  bucket = "bucket-5894"
}
resource "aws_s3_bucket" "b5895" {
  bucket = "bucket-5895"
}
resource "aws_s3_bucket" "b5896" {
  bucket = "bucket-5896"
}
resource "aws_s3_bucket" "b5897" {
  bucket = "bucket-5897"
}
resource "aws_s3_bucket" "b5898" {
  bucket = "bucket-5898"
}
resource "aws_s3_bucket" "b5899" {
  bucket = "bucket-5899"
}
resource "aws_s3_bucket" "b5900" {
  bucket = "bucket-5900"
}
resource "aws_s3_bucket" "b5901" {
  bucket = "bucket-5901"
}
resource "aws_s3_bucket" "b5902" {
  bucket = "bucket-5902"
}
resource "aws_s3_bucket" "b5903" {
  bucket = "bucket-5903"
}
resource "aws_s3_bucket" "b5904" {
  bucket = "bucket-5904"
}
resource "aws_s3_bucket" "b5905" {
  bucket = "bucket-5905"
}
resource "aws_s3_bucket" "b5906" {
  bucket = "bucket-5906"
}
resource "aws_s3_bucket" "b5907" {
  bucket = "bucket-5907"
}
resource "aws_s3_bucket" "b5908" {
  bucket = "bucket-5908"
}
resource "aws_s3_bucket" "b5909" {
  bucket = "bucket-5909"
}
resource "aws_s3_bucket" "b5910" {
  bucket = "bucket-5910"
}
resource "aws_s3_bucket" "b5911" {
  bucket = "bucket-5911"
}
resource "aws_s3_bucket" "b5912" {
  bucket = "bucket-5912"
}
resource "aws_s3_bucket" "b5913" {
  bucket = "bucket-5913"
}
resource "aws_s3_bucket" "b5914" {
  bucket = "bucket-5914"
}
resource "aws_s3_bucket" "b5915" {
  bucket = "bucket-5915"
}
resource "aws_s3_bucket" "b5916" {
  bucket = "bucket-5916"
}
resource "aws_s3_bucket" "b5917" {
  bucket = "bucket-5917"
}
resource "aws_s3_bucket" "b5918" {
  bucket = "bucket-5918"
}
resource "aws_s3_bucket" "b5919" {
  bucket = "bucket-5919"
}
resource "aws_s3_bucket" "b5920" {
  bucket = "bucket-5920"
}
resource "aws_s3_bucket" "b5921" {
  bucket = "bucket-5921"
}
resource "aws_s3_bucket" "b5922" {
  bucket = "bucket-5922"
}
resource "aws_s3_bucket" "b5923" {
  bucket = "bucket-5923"
}
resource "aws_s3_bucket" "b5924" {
  bucket = "bucket-5924"
}
resource "aws_s3_bucket" "b5925" {
  bucket = "bucket-5925"
}
resource "aws_s3_bucket" "b5926" {
  bucket = "bucket-5926"
}
resource "aws_s3_bucket" "b5927" {
  bucket = "bucket-5927"
}
resource "aws_s3_bucket" "b5928" {
  bucket = "bucket-5928"
}
resource "aws_s3_bucket" "b5929" {
  bucket = "bucket-5929"
}
resource "aws_s3_bucket" "b5930" {
  bucket = "bucket-5930"
}
resource "aws_s3_bucket" "b5931" {
  bucket = "bucket-5931"
}
resource "aws_s3_bucket" "b5932" {
  bucket = "bucket-5932"
}
resource "aws_s3_bucket" "b5933" {
  bucket = "bucket-5933"
}
resource "aws_s3_bucket" "b5934" {
  bucket = "bucket-5934"
}
resource "aws_s3_bucket" "b5935" {
  bucket = "bucket-5935"
}
resource "aws_s3_bucket" "b5936" {
  bucket = "bucket-5936"
}
resource "aws_s3_bucket" "b5937" {
  bucket = "bucket-5937"
}
resource "aws_s3_bucket" "b5938" {
  bucket = "bucket-5938"
}
resource "aws_s3_bucket" "b5939" {
  bucket = "bucket-5939"
}
resource "aws_s3_bucket" "b5940" {
  bucket = "bucket-5940"
}
resource "aws_s3_bucket" "b5941" {
  bucket = "bucket-5941"
}
resource "aws_s3_bucket" "b5942" {
  bucket = "bucket-5942"
}
resource "aws_s3_bucket" "b5943" {
  bucket = "bucket-5943"
}
resource "aws_s3_bucket" "b5944" {
  bucket = "bucket-5944"
}
resource "aws_s3_bucket" "b5945" {
  bucket = "bucket-5945"
}
resource "aws_s3_bucket" "b5946" {
  bucket = "bucket-5946"
}
resource "aws_s3_bucket" "b5947" {
  bucket = "bucket-5947"
}
resource "aws_s3_bucket" "b5948" {
  bucket = "bucket-5948"
}
resource "aws_s3_bucket" "b5949" {
  bucket = "bucket-5949"
}
resource "aws_s3_bucket" "b5950" {
  bucket = "bucket-5950"
}
resource "aws_s3_bucket" "b5951" {
  bucket = "bucket-5951"
}
resource "aws_s3_bucket" "b5952" {
  bucket = "bucket-5952"
}
resource "aws_s3_bucket" "b5953" {
  bucket = "bucket-5953"
}
resource "aws_s3_bucket" "b5954" {
  bucket = "bucket-5954"
}
resource "aws_s3_bucket" "b5955" {
  bucket = "bucket-5955"
}
resource "aws_s3_bucket" "b5956" {
  bucket = "bucket-5956"
}
resource "aws_s3_bucket" "b5957" {
  bucket = "bucket-5957"
}
resource "aws_s3_bucket" "b5958" {
  bucket = "bucket-5958"
}
resource "aws_s3_bucket" "b5959" {
  bucket = "bucket-5959"
}
resource "aws_s3_bucket" "b5960" {
  bucket = "bucket-5960"
}
resource "aws_s3_bucket" "b5961" {
  bucket = "bucket-5961"
}
resource "aws_s3_bucket" "b5962" {
  bucket = "bucket-5962"
}
resource "aws_s3_bucket" "b5963" {
  bucket = "bucket-5963"
}
resource "aws_s3_bucket" "b5964" {
  bucket = "bucket-5964"
}
resource "aws_s3_bucket" "b5965" {
  bucket = "bucket-5965"
}
resource "aws_s3_bucket" "b5966" {
  bucket = "bucket-5966"
}
resource "aws_s3_bucket" "b5967" {
  bucket = "bucket-5967"
}
resource "aws_s3_bucket" "b5968" {
  bucket = "bucket-5968"
}
resource "aws_s3_bucket" "b5969" {
  bucket = "bucket-5969"
}
resource "aws_s3_bucket" "b5970" {
  bucket = "bucket-5970"
}
resource "aws_s3_bucket" "b5971" {
  bucket = "bucket-5971"
}
resource "aws_s3_bucket" "b5972" {
  bucket = "bucket-5972"
}
resource "aws_s3_bucket" "b5973" {
  bucket = "bucket-5973"
}
resource "aws_s3_bucket" "b5974" {
  bucket = "bucket-5974"
}
resource "aws_s3_bucket" "b5975" {
  bucket = "bucket-5975"
}
resource "aws_s3_bucket" "b5976" {
  bucket = "bucket-5976"
}
resource "aws_s3_bucket" "b5977" {
  bucket = "bucket-5977"
}
resource "aws_s3_bucket" "b5978" {
  bucket = "bucket-5978"
}
resource "aws_s3_bucket" "b5979" {
  bucket = "bucket-5979"
}
resource "aws_s3_bucket" "b5980" {
  bucket = "bucket-5980"
}
resource "aws_s3_bucket" "b5981" {
  bucket = "bucket-5981"
}
resource "aws_s3_bucket" "b5982" {
  bucket = "bucket-5982"
}
resource "aws_s3_bucket" "b5983" {
  bucket = "bucket-5983"
}
resource "aws_s3_bucket" "b5984" {
  bucket = "bucket-5984"
}
resource "aws_s3_bucket" "b5985" {
  bucket = "bucket-5985"
}
resource "aws_s3_bucket" "b5986" {
  bucket = "bucket-5986"
}
resource "aws_s3_bucket" "b5987" {
  bucket = "bucket-5987"
}
resource "aws_s3_bucket" "b5988" {
  bucket = "bucket-5988"
}
resource "aws_s3_bucket" "b5989" {
  bucket = "bucket-5989"
}
resource "aws_s3_bucket" "b5990" {
  bucket = "bucket-5990"
}
resource "aws_s3_bucket" "b5991" {
  bucket = "bucket-5991"
}
resource "aws_s3_bucket" "b5992" {
  bucket = "bucket-5992"
}
resource "aws_s3_bucket" "b5993" {
  bucket = "bucket-5993"
}
resource "aws_s3_bucket" "b5994" {
  bucket = "bucket-5994"
}
resource "aws_s3_bucket" "b5995" {
  bucket = "bucket-5995"
}
resource "aws_s3_bucket" "b5996" {
  bucket = "bucket-5996"
}
resource "aws_s3_bucket" "b5997" {
  bucket = "bucket-5997"
}
resource "aws_s3_bucket" "b5998" {
  bucket = "bucket-5998"
}
resource "aws_s3_bucket" "b5999" {
  bucket = "bucket-5999"
}
resource "aws_s3_bucket" "b6000" {
  bucket = "bucket-6000"
}
resource "aws_s3_bucket" "b6001" {
  bucket = "bucket-6001"
}
resource "aws_s3_bucket" "b6002" {
  bucket = "bucket-6002"
}
resource "aws_s3_bucket" "b6003" {
  bucket = "bucket-6003"
}
resource "aws_s3_bucket" "b6004" {
  bucket = "bucket-6004"
}
resource "aws_s3_bucket" "b6005" {
  bucket = "bucket-6005"
}
resource "aws_s3_bucket" "b6006" {
  bucket = "bucket-6006"
}
resource "aws_s3_bucket" "b6007" {
  bucket = "bucket-6007"
}
resource "aws_s3_bucket" "b6008" {
  bucket = "bucket-6008"
}
resource "aws_s3_bucket" "b6009" {
  bucket = "bucket-6009"
}
resource "aws_s3_bucket" "b6010" {
  bucket = "bucket-6010"
}
resource "aws_s3_bucket" "b6011" {
  bucket = "bucket-6011"
}
resource "aws_s3_bucket" "b6012" {
  bucket = "bucket-6012"
}
resource "aws_s3_bucket" "b6013" {
  bucket = "bucket-6013"
}
resource "aws_s3_bucket" "b6014" {
  bucket = "bucket-6014"
}
resource "aws_s3_bucket" "b6015" {
  bucket = "bucket-6015"
}
resource "aws_s3_bucket" "b6016" {
  bucket = "bucket-6016"
}
resource "aws_s3_bucket" "b6017" {
  bucket = "bucket-6017"
}
resource "aws_s3_bucket" "b6018" {
  bucket = "bucket-6018"
}
resource "aws_s3_bucket" "b6019" {
  bucket = "bucket-6019"
}
resource "aws_s3_bucket" "b6020" {
  bucket = "bucket-6020"
}
resource "aws_s3_bucket" "b6021" {
  bucket = "bucket-6021"
}
resource "aws_s3_bucket" "b6022" {
  bucket = "bucket-6022"
}
resource "aws_s3_bucket" "b6023" {
  bucket = "bucket-6023"
}
resource "aws_s3_bucket" "b6024" {
  bucket = "bucket-6024"
}
resource "aws_s3_bucket" "b6025" {
  bucket = "bucket-6025"
}
resource "aws_s3_bucket" "b6026" {
  bucket = "bucket-6026"
}
resource "aws_s3_bucket" "b6027" {
  bucket = "bucket-6027"
}
resource "aws_s3_bucket" "b6028" {
  bucket = "bucket-6028"
}
resource "aws_s3_bucket" "b6029" {
  bucket = "bucket-6029"
}
resource "aws_s3_bucket" "b6030" {
  bucket = "bucket-6030"
}
resource "aws_s3_bucket" "b6031" {
  bucket = "bucket-6031"
}
resource "aws_s3_bucket" "b6032" {
  bucket = "bucket-6032"
}
resource "aws_s3_bucket" "b6033" {
  bucket = "bucket-6033"
}
resource "aws_s3_bucket" "b6034" {
  bucket = "bucket-6034"
}
resource "aws_s3_bucket" "b6035" {
  bucket = "bucket-6035"
}
resource "aws_s3_bucket" "b6036" {
  bucket = "bucket-6036"
}
resource "aws_s3_bucket" "b6037" {
  bucket = "bucket-6037"
}
resource "aws_s3_bucket" "b6038" {
  bucket = "bucket-6038"
}
resource "aws_s3_bucket" "b6039" {
  bucket = "bucket-6039"
}
resource "aws_s3_bucket" "b6040" {
  bucket = "bucket-6040"
}
resource "aws_s3_bucket" "b6041" {
  bucket = "bucket-6041"
}
resource "aws_s3_bucket" "b6042" {
  bucket = "bucket-6042"
}
resource "aws_s3_bucket" "b6043" {
  bucket = "bucket-6043"
}
resource "aws_s3_bucket" "b6044" {
  bucket = "bucket-6044"
}
resource "aws_s3_bucket" "b6045" {
  bucket = "bucket-6045"
}
resource "aws_s3_bucket" "b6046" {
  bucket = "bucket-6046"
}
resource "aws_s3_bucket" "b6047" {
  bucket = "bucket-6047"
}
resource "aws_s3_bucket" "b6048" {
  bucket = "bucket-6048"
}
resource "aws_s3_bucket" "b6049" {
  bucket = "bucket-6049"
}
resource "aws_s3_bucket" "b6050" {
  bucket = "bucket-6050"
}
resource "aws_s3_bucket" "b6051" {
  bucket = "bucket-6051"
}
resource "aws_s3_bucket" "b6052" {
  bucket = "bucket-6052"
}
resource "aws_s3_bucket" "b6053" {
  bucket = "bucket-6053"
}
resource "aws_s3_bucket" "b6054" {
  bucket = "bucket-6054"
}
resource "aws_s3_bucket" "b6055" {
  bucket = "bucket-6055"
}
resource "aws_s3_bucket" "b6056" {
  bucket = "bucket-6056"
}
resource "aws_s3_bucket" "b6057" {
  bucket = "bucket-6057"
}
resource "aws_s3_bucket" "b6058" {
  bucket = "bucket-6058"
}
resource "aws_s3_bucket" "b6059" {
  bucket = "bucket-6059"
}
resource "aws_s3_bucket" "b6060" {
  bucket = "bucket-6060"
}
resource "aws_s3_bucket" "b6061" {
  bucket = "bucket-6061"
}
resource "aws_s3_bucket" "b6062" {
  bucket = "bucket-6062"
}
resource "aws_s3_bucket" "b6063" {
  bucket = "bucket-6063"
}
resource "aws_s3_bucket" "b6064" {
  bucket = "bucket-6064"
}
resource "aws_s3_bucket" "b6065" {
  bucket = "bucket-6065"
}
resource "aws_s3_bucket" "b6066" {
  bucket = "bucket-6066"
}
resource "aws_s3_bucket" "b6067" {
  bucket = "bucket-6067"
}
resource "aws_s3_bucket" "b6068" {
  bucket = "bucket-6068"
}
resource "aws_s3_bucket" "b6069" {
  bucket = "bucket-6069"
}
resource "aws_s3_bucket" "b6070" {
  bucket = "bucket-6070"
}
resource "aws_s3_bucket" "b6071" {
  bucket = "bucket-6071"
}
resource "aws_s3_bucket" "b6072" {
  bucket = "bucket-6072"
}
resource "aws_s3_bucket" "b6073" {
  bucket = "bucket-6073"
}
resource "aws_s3_bucket" "b6074" {
  bucket = "bucket-6074"
}
resource "aws_s3_bucket" "b6075" {
  bucket = "bucket-6075"
}
resource "aws_s3_bucket" "b6076" {
  bucket = "bucket-6076"
}
resource "aws_s3_bucket" "b6077" {
  bucket = "bucket-6077"
}
resource "aws_s3_bucket" "b6078" {
  bucket = "bucket-6078"
}
resource "aws_s3_bucket" "b6079" {
  bucket = "bucket-6079"
}
resource "aws_s3_bucket" "b6080" {
  bucket = "bucket-6080"
}
resource "aws_s3_bucket" "b6081" {
  bucket = "bucket-6081"
}
resource "aws_s3_bucket" "b6082" {
  bucket = "bucket-6082"
}
resource "aws_s3_bucket" "b6083" {
  bucket = "bucket-6083"
}
resource "aws_s3_bucket" "b6084" {
  bucket = "bucket-6084"
}
resource "aws_s3_bucket" "b6085" {
  bucket = "bucket-6085"
}
resource "aws_s3_bucket" "b6086" {
  bucket = "bucket-6086"
}
resource "aws_s3_bucket" "b6087" {
  bucket = "bucket-6087"
}
resource "aws_s3_bucket" "b6088" {
  bucket = "bucket-6088"
}
resource "aws_s3_bucket" "b6089" {
  bucket = "bucket-6089"
}
resource "aws_s3_bucket" "b6090" {
  bucket = "bucket-6090"
}
resource "aws_s3_bucket" "b6091" {
  bucket = "bucket-6091"
}
resource "aws_s3_bucket" "b6092" {
  bucket = "bucket-6092"
}
resource "aws_s3_bucket" "b6093" {
  bucket = "bucket-6093"
}
resource "aws_s3_bucket" "b6094" {
  bucket = "bucket-6094"
}
resource "aws_s3_bucket" "b6095" {
  bucket = "bucket-6095"
}
resource "aws_s3_bucket" "b6096" {
  bucket = "bucket-6096"
}
resource "aws_s3_bucket" "b6097" {
  bucket = "bucket-6097"
}
resource "aws_s3_bucket" "b6098" {
  bucket = "bucket-6098"
}
resource "aws_s3_bucket" "b6099" {
  bucket = "bucket-6099"
}
resource "aws_s3_bucket" "b6100" {
  bucket = "bucket-6100"
}
resource "aws_s3_bucket" "b6101" {
  bucket = "bucket-6101"
}
resource "aws_s3_bucket" "b6102" {
  bucket = "bucket-6102"
}
resource "aws_s3_bucket" "b6103" {
  bucket = "bucket-6103"
}
resource "aws_s3_bucket" "b6104" {
  bucket = "bucket-6104"
}
resource "aws_s3_bucket" "b6105" {
  bucket = "bucket-6105"
}
resource "aws_s3_bucket" "b6106" {
  bucket = "bucket-6106"
}
resource "aws_s3_bucket" "b6107" {
  bucket = "bucket-6107"
}
resource "aws_s3_bucket" "b6108" {
  bucket = "bucket-6108"
}
resource "aws_s3_bucket" "b6109" {
  bucket = "bucket-6109"
}
resource "aws_s3_bucket" "b6110" {
  bucket = "bucket-6110"
}
resource "aws_s3_bucket" "b6111" {
  bucket = "bucket-6111"
}
resource "aws_s3_bucket" "b6112" {
  bucket = "bucket-6112"
}
resource "aws_s3_bucket" "b6113" {
  bucket = "bucket-6113"
}
resource "aws_s3_bucket" "b6114" {
  bucket = "bucket-6114"
}
resource "aws_s3_bucket" "b6115" {
  bucket = "bucket-6115"
}
resource "aws_s3_bucket" "b6116" {
  bucket = "bucket-6116"
}
resource "aws_s3_bucket" "b6117" {
  bucket = "bucket-6117"
}
resource "aws_s3_bucket" "b6118" {
  bucket = "bucket-6118"
}
resource "aws_s3_bucket" "b6119" {
  bucket = "bucket-6119"
}
resource "aws_s3_bucket" "b6120" {
  bucket = "bucket-6120"
}
resource "aws_s3_bucket" "b6121" {
  bucket = "bucket-6121"
}
resource "aws_s3_bucket" "b6122" {
  bucket = "bucket-6122"
}
resource "aws_s3_bucket" "b6123" {
  bucket = "bucket-6123"
}
resource "aws_s3_bucket" "b6124" {
  bucket = "bucket-6124"
}
resource "aws_s3_bucket" "b6125" {
  bucket = "bucket-6125"
}
resource "aws_s3_bucket" "b6126" {
  bucket = "bucket-6126"
}
resource "aws_s3_bucket" "b6127" {
  bucket = "bucket-6127"
}
resource "aws_s3_bucket" "b6128" {
  bucket = "bucket-6128"
}
resource "aws_s3_bucket" "b6129" {
  bucket = "bucket-6129"
}
resource "aws_s3_bucket" "b6130" {
  bucket = "bucket-6130"
}
resource "aws_s3_bucket" "b6131" {
  bucket = "bucket-6131"
}
resource "aws_s3_bucket" "b6132" {
  bucket = "bucket-6132"
}
resource "aws_s3_bucket" "b6133" {
  bucket = "bucket-6133"
}
resource "aws_s3_bucket" "b6134" {
  bucket = "bucket-6134"
}
resource "aws_s3_bucket" "b6135" {
  bucket = "bucket-6135"
}
resource "aws_s3_bucket" "b6136" {
  bucket = "bucket-6136"
}
resource "aws_s3_bucket" "b6137" {
  bucket = "bucket-6137"
}
resource "aws_s3_bucket" "b6138" {
  bucket = "bucket-6138"
}
resource "aws_s3_bucket" "b6139" {
  bucket = "bucket-6139"
}
resource "aws_s3_bucket" "b6140" {
  bucket = "bucket-6140"
}
resource "aws_s3_bucket" "b6141" {
  bucket = "bucket-6141"
}
resource "aws_s3_bucket" "b6142" {
  bucket = "bucket-6142"
}
resource "aws_s3_bucket" "b6143" {
  bucket = "bucket-6143"
}
resource "aws_s3_bucket" "b6144" {
  bucket = "bucket-6144"
}
resource "aws_s3_bucket" "b6145" {
  bucket = "bucket-6145"
}
resource "aws_s3_bucket" "b6146" {
  bucket = "bucket-6146"
}
resource "aws_s3_bucket" "b6147" {
  bucket = "bucket-6147"
}
resource "aws_s3_bucket" "b6148" {
  bucket = "bucket-6148"
}
resource "aws_s3_bucket" "b6149" {
  bucket = "bucket-6149"
}
resource "aws_s3_bucket" "b6150" {
  bucket = "bucket-6150"
}
resource "aws_s3_bucket" "b6151" {
  bucket = "bucket-6151"
}
resource "aws_s3_bucket" "b6152" {
  bucket = "bucket-6152"
}
resource "aws_s3_bucket" "b6153" {
  bucket = "bucket-6153"
}
resource "aws_s3_bucket" "b6154" {
  bucket = "bucket-6154"
}
resource "aws_s3_bucket" "b6155" {
  bucket = "bucket-6155"
}
resource "aws_s3_bucket" "b6156" {
  bucket = "bucket-6156"
}
resource "aws_s3_bucket" "b6157" {
  bucket = "bucket-6157"
}
resource "aws_s3_bucket" "b6158" {
  bucket = "bucket-6158"
}
resource "aws_s3_bucket" "b6159" {
  bucket = "bucket-6159"
}
resource "aws_s3_bucket" "b6160" {
  bucket = "bucket-6160"
}
resource "aws_s3_bucket" "b6161" {
  bucket = "bucket-6161"
}
resource "aws_s3_bucket" "b6162" {
  bucket = "bucket-6162"
}
resource "aws_s3_bucket" "b6163" {
  bucket = "bucket-6163"
}
resource "aws_s3_bucket" "b6164" {
  bucket = "bucket-6164"
}
resource "aws_s3_bucket" "b6165" {
  bucket = "bucket-6165"
}
resource "aws_s3_bucket" "b6166" {
  bucket = "bucket-6166"
}
resource "aws_s3_bucket" "b6167" {
  bucket = "bucket-6167"
}
resource "aws_s3_bucket" "b6168" {
  bucket = "bucket-6168"
}
resource "aws_s3_bucket" "b6169" {
  bucket = "bucket-6169"
}
resource "aws_s3_bucket" "b6170" {
  bucket = "bucket-6170"
}
resource "aws_s3_bucket" "b6171" {
  bucket = "bucket-6171"
}
resource "aws_s3_bucket" "b6172" {
  bucket = "bucket-6172"
}
resource "aws_s3_bucket" "b6173" {
  bucket = "bucket-6173"
}
resource "aws_s3_bucket" "b6174" {
  bucket = "bucket-6174"
}
resource "aws_s3_bucket" "b6175" {
  bucket = "bucket-6175"
}
resource "aws_s3_bucket" "b6176" {
  bucket = "bucket-6176"
}
resource "aws_s3_bucket" "b6177" {
  bucket = "bucket-6177"
}
resource "aws_s3_bucket" "b6178" {
  bucket = "bucket-6178"
}
resource "aws_s3_bucket" "b6179" {
  bucket = "bucket-6179"
}
resource "aws_s3_bucket" "b6180" {
  bucket = "bucket-6180"
}
resource "aws_s3_bucket" "b6181" {
  bucket = "bucket-6181"
}
resource "aws_s3_bucket" "b6182" {
  bucket = "bucket-6182"
}
resource "aws_s3_bucket" "b6183" {
  bucket = "bucket-6183"
}
resource "aws_s3_bucket" "b6184" {
  bucket = "bucket-6184"
}
resource "aws_s3_bucket" "b6185" {
  bucket = "bucket-6185"
}
resource "aws_s3_bucket" "b6186" {
  bucket = "bucket-6186"
}
resource "aws_s3_bucket" "b6187" {
  bucket = "bucket-6187"
}
resource "aws_s3_bucket" "b6188" {
  bucket = "bucket-6188"
}
resource "aws_s3_bucket" "b6189" {
  bucket = "bucket-6189"
}
resource "aws_s3_bucket" "b6190" {
  bucket = "bucket-6190"
}
resource "aws_s3_bucket" "b6191" {
  bucket = "bucket-6191"
}
resource "aws_s3_bucket" "b6192" {
  bucket = "bucket-6192"
}
resource "aws_s3_bucket" "b6193" {
  bucket = "bucket-6193"
}
resource "aws_s3_bucket" "b6194" {
  bucket = "bucket-6194"
}
resource "aws_s3_bucket" "b6195" {
  bucket = "bucket-6195"
}
resource "aws_s3_bucket" "b6196" {
  bucket = "bucket-6196"
}
resource "aws_s3_bucket" "b6197" {
  bucket = "bucket-6197"
}
resource "aws_s3_bucket" "b6198" {
  bucket = "bucket-6198"
}
resource "aws_s3_bucket" "b6199" {
  bucket = "bucket-6199"
}
resource "aws_s3_bucket" "b6200" {
  bucket = "bucket-6200"
}
resource "aws_s3_bucket" "b6201" {
  bucket = "bucket-6201"
}
resource "aws_s3_bucket" "b6202" {
  bucket = "bucket-6202"
}
resource "aws_s3_bucket" "b6203" {
  bucket = "bucket-6203"
}
resource "aws_s3_bucket" "b6204" {
  bucket = "bucket-6204"
}
resource "aws_s3_bucket" "b6205" {
  bucket = "bucket-6205"
}
resource "aws_s3_bucket" "b6206" {
  bucket = "bucket-6206"
}
resource "aws_s3_bucket" "b6207" {
  bucket = "bucket-6207"
}
resource "aws_s3_bucket" "b6208" {
  bucket = "bucket-6208"
}
resource "aws_s3_bucket" "b6209" {
  bucket = "bucket-6209"
}
resource "aws_s3_bucket" "b6210" {
  bucket = "bucket-6210"
}
resource "aws_s3_bucket" "b6211" {
  bucket = "bucket-6211"
}
resource "aws_s3_bucket" "b6212" {
  bucket = "bucket-6212"
}
resource "aws_s3_bucket" "b6213" {
  bucket = "bucket-6213"
}
resource "aws_s3_bucket" "b6214" {
  bucket = "bucket-6214"
}
resource "aws_s3_bucket" "b6215" {
  bucket = "bucket-6215"
}
resource "aws_s3_bucket" "b6216" {
  bucket = "bucket-6216"
}
resource "aws_s3_bucket" "b6217" {
  bucket = "bucket-6217"
}
resource "aws_s3_bucket" "b6218" {
  bucket = "bucket-6218"
}
resource "aws_s3_bucket" "b6219" {
  bucket = "bucket-6219"
}
resource "aws_s3_bucket" "b6220" {
  bucket = "bucket-6220"
}
resource "aws_s3_bucket" "b6221" {
  bucket = "bucket-6221"
}
resource "aws_s3_bucket" "b6222" {
  bucket = "bucket-6222"
}
resource "aws_s3_bucket" "b6223" {
  bucket = "bucket-6223"
}
resource "aws_s3_bucket" "b6224" {
  bucket = "bucket-6224"
}
resource "aws_s3_bucket" "b6225" {
  bucket = "bucket-6225"
}
resource "aws_s3_bucket" "b6226" {
  bucket = "bucket-6226"
}
resource "aws_s3_bucket" "b6227" {
  bucket = "bucket-6227"
}
resource "aws_s3_bucket" "b6228" {
  bucket = "bucket-6228"
}
resource "aws_s3_bucket" "b6229" {
  bucket = "bucket-6229"
}
resource "aws_s3_bucket" "b6230" {
  bucket = "bucket-6230"
}
resource "aws_s3_bucket" "b6231" {
  bucket = "bucket-6231"
}
resource "aws_s3_bucket" "b6232" {
  bucket = "bucket-6232"
}
resource "aws_s3_bucket" "b6233" {
  bucket = "bucket-6233"
}
resource "aws_s3_bucket" "b6234" {
  bucket = "bucket-6234"
}
resource "aws_s3_bucket" "b6235" {
  bucket = "bucket-6235"
}
resource "aws_s3_bucket" "b6236" {
  bucket = "bucket-6236"
}
resource "aws_s3_bucket" "b6237" {
  bucket = "bucket-6237"
}
resource "aws_s3_bucket" "b6238" {
  bucket = "bucket-6238"
}
resource "aws_s3_bucket" "b6239" {
  bucket = "bucket-6239"
}
resource "aws_s3_bucket" "b6240" {
  bucket = "bucket-6240"
}
resource "aws_s3_bucket" "b6241" {
  bucket = "bucket-6241"
}
resource "aws_s3_bucket" "b6242" {
  bucket = "bucket-6242"
}
resource "aws_s3_bucket" "b6243" {
  bucket = "bucket-6243"
}
resource "aws_s3_bucket" "b6244" {
  bucket = "bucket-6244"
}
resource "aws_s3_bucket" "b6245" {
  bucket = "bucket-6245"
}
resource "aws_s3_bucket" "b6246" {
  bucket = "bucket-6246"
}
resource "aws_s3_bucket" "b6247" {
  bucket = "bucket-6247"
}
resource "aws_s3_bucket" "b6248" {
  bucket = "bucket-6248"
}
resource "aws_s3_bucket" "b6249" {
  bucket = "bucket-6249"
}
resource "aws_s3_bucket" "b6250" {
  bucket = "bucket-6250"
}
resource "aws_s3_bucket" "b6251" {
  bucket = "bucket-6251"
}
resource "aws_s3_bucket" "b6252" {
  bucket = "bucket-6252"
}
resource "aws_s3_bucket" "b6253" {
  bucket = "bucket-6253"
}
resource "aws_s3_bucket" "b6254" {
  bucket = "bucket-6254"
}
resource "aws_s3_bucket" "b6255" {
  bucket = "bucket-6255"
}
resource "aws_s3_bucket" "b6256" {
  bucket = "bucket-6256"
}
resource "aws_s3_bucket" "b6257" {
  bucket = "bucket-6257"
}
resource "aws_s3_bucket" "b6258" {
  bucket = "bucket-6258"
}
resource "aws_s3_bucket" "b6259" {
  bucket = "bucket-6259"
}
resource "aws_s3_bucket" "b6260" {
  bucket = "bucket-6260"
}
resource "aws_s3_bucket" "b6261" {
  bucket = "bucket-6261"
}
resource "aws_s3_bucket" "b6262" {
  bucket = "bucket-6262"
}
resource "aws_s3_bucket" "b6263" {
  bucket = "bucket-6263"
}
resource "aws_s3_bucket" "b6264" {
  bucket = "bucket-6264"
}
resource "aws_s3_bucket" "b6265" {
  bucket = "bucket-6265"
}
resource "aws_s3_bucket" "b6266" {
  bucket = "bucket-6266"
}
resource "aws_s3_bucket" "b6267" {
  bucket = "bucket-6267"
}
resource "aws_s3_bucket" "b6268" {
  bucket = "bucket-6268"
}
resource "aws_s3_bucket" "b6269" {
  bucket = "bucket-6269"
}
resource "aws_s3_bucket" "b6270" {
  bucket = "bucket-6270"
}
resource "aws_s3_bucket" "b6271" {
  bucket = "bucket-6271"
}
resource "aws_s3_bucket" "b6272" {
  bucket = "bucket-6272"
}
resource "aws_s3_bucket" "b6273" {
  bucket = "bucket-6273"
}
resource "aws_s3_bucket" "b6274" {
  bucket = "bucket-6274"
}
resource "aws_s3_bucket" "b6275" {
  bucket = "bucket-6275"
}
resource "aws_s3_bucket" "b6276" {
  bucket = "bucket-6276"
}
resource "aws_s3_bucket" "b6277" {
  bucket = "bucket-6277"
}
resource "aws_s3_bucket" "b6278" {
  bucket = "bucket-6278"
}
resource "aws_s3_bucket" "b6279" {
  bucket = "bucket-6279"
}
resource "aws_s3_bucket" "b6280" {
  bucket = "bucket-6280"
}
resource "aws_s3_bucket" "b6281" {
  bucket = "bucket-6281"
}
resource "aws_s3_bucket" "b6282" {
  bucket = "bucket-6282"
}
resource "aws_s3_bucket" "b6283" {
  bucket = "bucket-6283"
}
resource "aws_s3_bucket" "b6284" {
  bucket = "bucket-6284"
}
resource "aws_s3_bucket" "b6285" {
  bucket = "bucket-6285"
}
resource "aws_s3_bucket" "b6286" {
  bucket = "bucket-6286"
}
resource "aws_s3_bucket" "b6287" {
  bucket = "bucket-6287"
}
resource "aws_s3_bucket" "b6288" {
  bucket = "bucket-6288"
}
resource "aws_s3_bucket" "b6289" {
  bucket = "bucket-6289"
}
resource "aws_s3_bucket" "b6290" {
  bucket = "bucket-6290"
}
resource "aws_s3_bucket" "b6291" {
  bucket = "bucket-6291"
}
resource "aws_s3_bucket" "b6292" {
  bucket = "bucket-6292"
}
resource "aws_s3_bucket" "b6293" {
  bucket = "bucket-6293"
}
resource "aws_s3_bucket" "b6294" {
  bucket = "bucket-6294"
}
resource "aws_s3_bucket" "b6295" {
  bucket = "bucket-6295"
}
resource "aws_s3_bucket" "b6296" {
  bucket = "bucket-6296"
}
resource "aws_s3_bucket" "b6297" {
  bucket = "bucket-6297"
}
resource "aws_s3_bucket" "b6298" {
  bucket = "bucket-6298"
}
resource "aws_s3_bucket" "b6299" {
  bucket = "bucket-6299"
}
resource "aws_s3_bucket" "b6300" {
  bucket = "bucket-6300"
}
resource "aws_s3_bucket" "b6301" {
  bucket = "bucket-6301"
}
resource "aws_s3_bucket" "b6302" {
  bucket = "bucket-6302"
}
resource "aws_s3_bucket" "b6303" {
  bucket = "bucket-6303"
}
resource "aws_s3_bucket" "b6304" {
  bucket = "bucket-6304"
}
resource "aws_s3_bucket" "b6305" {
  bucket = "bucket-6305"
}
resource "aws_s3_bucket" "b6306" {
  bucket = "bucket-6306"
}
resource "aws_s3_bucket" "b6307" {
  bucket = "bucket-6307"
}
resource "aws_s3_bucket" "b6308" {
  bucket = "bucket-6308"
}
resource "aws_s3_bucket" "b6309" {
  bucket = "bucket-6309"
}
resource "aws_s3_bucket" "b6310" {
  bucket = "bucket-6310"
}
resource "aws_s3_bucket" "b6311" {
  bucket = "bucket-6311"
}
resource "aws_s3_bucket" "b6312" {
  bucket = "bucket-6312"
}
resource "aws_s3_bucket" "b6313" {
  bucket = "bucket-6313"
}
resource "aws_s3_bucket" "b6314" {
  bucket = "bucket-6314"
}
resource "aws_s3_bucket" "b6315" {
  bucket = "bucket-6315"
}
resource "aws_s3_bucket" "b6316" {
  bucket = "bucket-6316"
}
resource "aws_s3_bucket" "b6317" {
  bucket = "bucket-6317"
}
resource "aws_s3_bucket" "b6318" {
  bucket = "bucket-6318"
}
resource "aws_s3_bucket" "b6319" {
  bucket = "bucket-6319"
}
resource "aws_s3_bucket" "b6320" {
  bucket = "bucket-6320"
}
resource "aws_s3_bucket" "b6321" {
  bucket = "bucket-6321"
}
resource "aws_s3_bucket" "b6322" {
  bucket = "bucket-6322"
}
resource "aws_s3_bucket" "b6323" {
  bucket = "bucket-6323"
}
resource "aws_s3_bucket" "b6324" {
  bucket = "bucket-6324"
}
resource "aws_s3_bucket" "b6325" {
  bucket = "bucket-6325"
}
resource "aws_s3_bucket" "b6326" {
  bucket = "bucket-6326"
}
resource "aws_s3_bucket" "b6327" {
  bucket = "bucket-6327"
}
resource "aws_s3_bucket" "b6328" {
  bucket = "bucket-6328"
}
resource "aws_s3_bucket" "b6329" {
  bucket = "bucket-6329"
}
resource "aws_s3_bucket" "b6330" {
  bucket = "bucket-6330"
}
resource "aws_s3_bucket" "b6331" {
  bucket = "bucket-6331"
}
resource "aws_s3_bucket" "b6332" {
  bucket = "bucket-6332"
}
resource "aws_s3_bucket" "b6333" {
  bucket = "bucket-6333"
}
resource "aws_s3_bucket" "b6334" {
  bucket = "bucket-6334"
}
resource "aws_s3_bucket" "b6335" {
  bucket = "bucket-6335"
}
resource "aws_s3_bucket" "b6336" {
  bucket = "bucket-6336"
}
resource "aws_s3_bucket" "b6337" {
  bucket = "bucket-6337"
}
resource "aws_s3_bucket" "b6338" {
  bucket = "bucket-6338"
}
resource "aws_s3_bucket" "b6339" {
  bucket = "bucket-6339"
}
resource "aws_s3_bucket" "b6340" {
  bucket = "bucket-6340"
}
resource "aws_s3_bucket" "b6341" {
  bucket = "bucket-6341"
}
resource "aws_s3_bucket" "b6342" {
  bucket = "bucket-6342"
}
resource "aws_s3_bucket" "b6343" {
  bucket = "bucket-6343"
}
resource "aws_s3_bucket" "b6344" {
  bucket = "bucket-6344"
}
resource "aws_s3_bucket" "b6345" {
  bucket = "bucket-6345"
}
resource "aws_s3_bucket" "b6346" {
  bucket = "bucket-6346"
}
resource "aws_s3_bucket" "b6347" {
  bucket = "bucket-6347"
}
resource "aws_s3_bucket" "b6348" {
  bucket = "bucket-6348"
}
resource "aws_s3_bucket" "b6349" {
  bucket = "bucket-6349"
}
resource "aws_s3_bucket" "b6350" {
  bucket = "bucket-6350"
}
resource "aws_s3_bucket" "b6351" {
  bucket = "bucket-6351"
}
resource "aws_s3_bucket" "b6352" {
  bucket = "bucket-6352"
}
resource "aws_s3_bucket" "b6353" {
  bucket = "bucket-6353"
}
resource "aws_s3_bucket" "b6354" {
  bucket = "bucket-6354"
}
resource "aws_s3_bucket" "b6355" {
  bucket = "bucket-6355"
}
resource "aws_s3_bucket" "b6356" {
  bucket = "bucket-6356"
}
resource "aws_s3_bucket" "b6357" {
  bucket = "bucket-6357"
}
resource "aws_s3_bucket" "b6358" {
  bucket = "bucket-6358"
}
resource "aws_s3_bucket" "b6359" {
  bucket = "bucket-6359"
}
resource "aws_s3_bucket" "b6360" {
  bucket = "bucket-6360"
}
resource "aws_s3_bucket" "b6361" {
  bucket = "bucket-6361"
}
resource "aws_s3_bucket" "b6362" {
  bucket = "bucket-6362"
}
resource "aws_s3_bucket" "b6363" {
  bucket = "bucket-6363"
}
resource "aws_s3_bucket" "b6364" {
  bucket = "bucket-6364"
}
resource "aws_s3_bucket" "b6365" {
  bucket = "bucket-6365"
}
resource "aws_s3_bucket" "b6366" {
  bucket = "bucket-6366"
}
resource "aws_s3_bucket" "b6367" {
  bucket = "bucket-6367"
}
resource "aws_s3_bucket" "b6368" {
  bucket = "bucket-6368"
}
resource "aws_s3_bucket" "b6369" {
  bucket = "bucket-6369"
}
resource "aws_s3_bucket" "b6370" {
  bucket = "bucket-6370"
}
resource "aws_s3_bucket" "b6371" {
  bucket = "bucket-6371"
}
resource "aws_s3_bucket" "b6372" {
  bucket = "bucket-6372"
}
resource "aws_s3_bucket" "b6373" {
  bucket = "bucket-6373"
}
resource "aws_s3_bucket" "b6374" {
  bucket = "bucket-6374"
}
resource "aws_s3_bucket" "b6375" {
  bucket = "bucket-6375"
}
resource "aws_s3_bucket" "b6376" {
  bucket = "bucket-6376"
}
resource "aws_s3_bucket" "b6377" {
  bucket = "bucket-6377"
}
resource "aws_s3_bucket" "b6378" {
  bucket = "bucket-6378"
}
resource "aws_s3_bucket" "b6379" {
  bucket = "bucket-6379"
}
resource "aws_s3_bucket" "b6380" {
  bucket = "bucket-6380"
}
resource "aws_s3_bucket" "b6381" {
  bucket = "bucket-6381"
}
resource "aws_s3_bucket" "b6382" {
  bucket = "bucket-6382"
}
resource "aws_s3_bucket" "b6383" {
  bucket = "bucket-6383"
}
resource "aws_s3_bucket" "b6384" {
  bucket = "bucket-6384"
}
resource "aws_s3_bucket" "b6385" {
  bucket = "bucket-6385"
}
resource "aws_s3_bucket" "b6386" {
  bucket = "bucket-6386"
}
resource "aws_s3_bucket" "b6387" {
  bucket = "bucket-6387"
}
resource "aws_s3_bucket" "b6388" {
  bucket = "bucket-6388"
}
resource "aws_s3_bucket" "b6389" {
  bucket = "bucket-6389"
}
resource "aws_s3_bucket" "b6390" {
  bucket = "bucket-6390"
}
resource "aws_s3_bucket" "b6391" {
  bucket = "bucket-6391"
}
resource "aws_s3_bucket" "b6392" {
  bucket = "bucket-6392"
}
resource "aws_s3_bucket" "b6393" {
  bucket = "bucket-6393"
}
resource "aws_s3_bucket" "b6394" {
  bucket = "bucket-6394"
}
resource "aws_s3_bucket" "b6395" {
  bucket = "bucket-6395"
}
resource "aws_s3_bucket" "b6396" {
  bucket = "bucket-6396"
}
resource "aws_s3_bucket" "b6397" {
  bucket = "bucket-6397"
}
resource "aws_s3_bucket" "b6398" {
  bucket = "bucket-6398"
}
resource "aws_s3_bucket" "b6399" {
  bucket = "bucket-6399"
}
resource "aws_s3_bucket" "b6400" {
  bucket = "bucket-6400"
}
resource "aws_s3_bucket" "b6401" {
  bucket = "bucket-6401"
}
resource "aws_s3_bucket" "b6402" {
  bucket = "bucket-6402"
}
resource "aws_s3_bucket" "b6403" {
  bucket = "bucket-6403"
}
resource "aws_s3_bucket" "b6404" {
  bucket = "bucket-6404"
}
resource "aws_s3_bucket" "b6405" {
  bucket = "bucket-6405"
}
resource "aws_s3_bucket" "b6406" {
  bucket = "bucket-6406"
}
resource "aws_s3_bucket" "b6407" {
  bucket = "bucket-6407"
}
resource "aws_s3_bucket" "b6408" {
  bucket = "bucket-6408"
}
resource "aws_s3_bucket" "b6409" {
  bucket = "bucket-6409"
}
resource "aws_s3_bucket" "b6410" {
  bucket = "bucket-6410"
}
resource "aws_s3_bucket" "b6411" {
  bucket = "bucket-6411"
}
resource "aws_s3_bucket" "b6412" {
  bucket = "bucket-6412"
}
resource "aws_s3_bucket" "b6413" {
  bucket = "bucket-6413"
}
resource "aws_s3_bucket" "b6414" {
  bucket = "bucket-6414"
}
resource "aws_s3_bucket" "b6415" {
  bucket = "bucket-6415"
}
resource "aws_s3_bucket" "b6416" {
  bucket = "bucket-6416"
}
resource "aws_s3_bucket" "b6417" {
  bucket = "bucket-6417"
}
resource "aws_s3_bucket" "b6418" {
  bucket = "bucket-6418"
}
resource "aws_s3_bucket" "b6419" {
  bucket = "bucket-6419"
}
resource "aws_s3_bucket" "b6420" {
  bucket = "bucket-6420"
}
resource "aws_s3_bucket" "b6421" {
  bucket = "bucket-6421"
}
resource "aws_s3_bucket" "b6422" {
  bucket = "bucket-6422"
}
resource "aws_s3_bucket" "b6423" {
  bucket = "bucket-6423"
}
resource "aws_s3_bucket" "b6424" {
  bucket = "bucket-6424"
}
resource "aws_s3_bucket" "b6425" {
  bucket = "bucket-6425"
}
resource "aws_s3_bucket" "b6426" {
  bucket = "bucket-6426"
}
resource "aws_s3_bucket" "b6427" {
  bucket = "bucket-6427"
}
resource "aws_s3_bucket" "b6428" {
  bucket = "bucket-6428"
}
resource "aws_s3_bucket" "b6429" {
  bucket = "bucket-6429"
}
resource "aws_s3_bucket" "b6430" {
  bucket = "bucket-6430"
}
resource "aws_s3_bucket" "b6431" {
  bucket = "bucket-6431"
}
resource "aws_s3_bucket" "b6432" {
  bucket = "bucket-6432"
}
resource "aws_s3_bucket" "b6433" {
  bucket = "bucket-6433"
}
resource "aws_s3_bucket" "b6434" {
  bucket = "bucket-6434"
}
resource "aws_s3_bucket" "b6435" {
  bucket = "bucket-6435"
}
resource "aws_s3_bucket" "b6436" {
  bucket = "bucket-6436"
}
resource "aws_s3_bucket" "b6437" {
  bucket = "bucket-6437"
}
resource "aws_s3_bucket" "b6438" {
  bucket = "bucket-6438"
}
resource "aws_s3_bucket" "b6439" {
  bucket = "bucket-6439"
}
resource "aws_s3_bucket" "b6440" {
  bucket = "bucket-6440"
}
resource "aws_s3_bucket" "b6441" {
  bucket = "bucket-6441"
}
resource "aws_s3_bucket" "b6442" {
  bucket = "bucket-6442"
}
resource "aws_s3_bucket" "b6443" {
  bucket = "bucket-6443"
}
resource "aws_s3_bucket" "b6444" {
  bucket = "bucket-6444"
}
resource "aws_s3_bucket" "b6445" {
  bucket = "bucket-6445"
}
resource "aws_s3_bucket" "b6446" {
  bucket = "bucket-6446"
}
resource "aws_s3_bucket" "b6447" {
  bucket = "bucket-6447"
}
resource "aws_s3_bucket" "b6448" {
  bucket = "bucket-6448"
}
resource "aws_s3_bucket" "b6449" {
  bucket = "bucket-6449"
}
resource "aws_s3_bucket" "b6450" {
  bucket = "bucket-6450"
}
resource "aws_s3_bucket" "b6451" {
  bucket = "bucket-6451"
}
resource "aws_s3_bucket" "b6452" {
  bucket = "bucket-6452"
}
resource "aws_s3_bucket" "b6453" {
  bucket = "bucket-6453"
}
resource "aws_s3_bucket" "b6454" {
  bucket = "bucket-6454"
}
resource "aws_s3_bucket" "b6455" {
  bucket = "bucket-6455"
}
resource "aws_s3_bucket" "b6456" {
  bucket = "bucket-6456"
}
resource "aws_s3_bucket" "b6457" {
  bucket = "bucket-6457"
}
resource "aws_s3_bucket" "b6458" {
  bucket = "bucket-6458"
}
resource "aws_s3_bucket" "b6459" {
  bucket = "bucket-6459"
}
resource "aws_s3_bucket" "b6460" {
  bucket = "bucket-6460"
}
resource "aws_s3_bucket" "b6461" {
  bucket = "bucket-6461"
}
resource "aws_s3_bucket" "b6462" {
  bucket = "bucket-6462"
}
resource "aws_s3_bucket" "b6463" {
  bucket = "bucket-6463"
}
resource "aws_s3_bucket" "b6464" {
  bucket = "bucket-6464"
}
resource "aws_s3_bucket" "b6465" {
  bucket = "bucket-6465"
}
resource "aws_s3_bucket" "b6466" {
  bucket = "bucket-6466"
}
resource "aws_s3_bucket" "b6467" {
  bucket = "bucket-6467"
}
resource "aws_s3_bucket" "b6468" {
  bucket = "bucket-6468"
}
resource "aws_s3_bucket" "b6469" {
  bucket = "bucket-6469"
}
resource "aws_s3_bucket" "b6470" {
  bucket = "bucket-6470"
}
resource "aws_s3_bucket" "b6471" {
  bucket = "bucket-6471"
}
resource "aws_s3_bucket" "b6472" {
  bucket = "bucket-6472"
}
resource "aws_s3_bucket" "b6473" {
  bucket = "bucket-6473"
}
resource "aws_s3_bucket" "b6474" {
  bucket = "bucket-6474"
}
resource "aws_s3_bucket" "b6475" {
  bucket = "bucket-6475"
}
resource "aws_s3_bucket" "b6476" {
  bucket = "bucket-6476"
}
resource "aws_s3_bucket" "b6477" {
  bucket = "bucket-6477"
}
resource "aws_s3_bucket" "b6478" {
  bucket = "bucket-6478"
}
resource "aws_s3_bucket" "b6479" {
  bucket = "bucket-6479"
}
resource "aws_s3_bucket" "b6480" {
  bucket = "bucket-6480"
}
resource "aws_s3_bucket" "b6481" {
  bucket = "bucket-6481"
}
resource "aws_s3_bucket" "b6482" {
  bucket = "bucket-6482"
}
resource "aws_s3_bucket" "b6483" {
  bucket = "bucket-6483"
}
resource "aws_s3_bucket" "b6484" {
  bucket = "bucket-6484"
}
resource "aws_s3_bucket" "b6485" {
  bucket = "bucket-6485"
}
resource "aws_s3_bucket" "b6486" {
  bucket = "bucket-6486"
}
resource "aws_s3_bucket" "b6487" {
  bucket = "bucket-6487"
}
resource "aws_s3_bucket" "b6488" {
  bucket = "bucket-6488"
}
resource "aws_s3_bucket" "b6489" {
  bucket = "bucket-6489"
}
resource "aws_s3_bucket" "b6490" {
  bucket = "bucket-6490"
}
resource "aws_s3_bucket" "b6491" {
  bucket = "bucket-6491"
}
resource "aws_s3_bucket" "b6492" {
  bucket = "bucket-6492"
}
resource "aws_s3_bucket" "b6493" {
  bucket = "bucket-6493"
}
resource "aws_s3_bucket" "b6494" {
  bucket = "bucket-6494"
}
resource "aws_s3_bucket" "b6495" {
  bucket = "bucket-6495"
}
resource "aws_s3_bucket" "b6496" {
  bucket = "bucket-6496"
}
resource "aws_s3_bucket" "b6497" {
  bucket = "bucket-6497"
}
resource "aws_s3_bucket" "b6498" {
  bucket = "bucket-6498"
}
resource "aws_s3_bucket" "b6499" {
  bucket = "bucket-6499"
}
resource "aws_s3_bucket" "b6500" {
  bucket = "bucket-6500"
}
resource "aws_s3_bucket" "b6501" {
  bucket = "bucket-6501"
}
resource "aws_s3_bucket" "b6502" {
  bucket = "bucket-6502"
}
resource "aws_s3_bucket" "b6503" {
  bucket = "bucket-6503"
}
resource "aws_s3_bucket" "b6504" {
  bucket = "bucket-6504"
}
resource "aws_s3_bucket" "b6505" {
  bucket = "bucket-6505"
}
resource "aws_s3_bucket" "b6506" {
  bucket = "bucket-6506"
}
resource "aws_s3_bucket" "b6507" {
  bucket = "bucket-6507"
}
resource "aws_s3_bucket" "b6508" {
  bucket = "bucket-6508"
}
resource "aws_s3_bucket" "b6509" {
  bucket = "bucket-6509"
}
resource "aws_s3_bucket" "b6510" {
  bucket = "bucket-6510"
}
resource "aws_s3_bucket" "b6511" {
  bucket = "bucket-6511"
}
resource "aws_s3_bucket" "b6512" {
  bucket = "bucket-6512"
}
resource "aws_s3_bucket" "b6513" {
  bucket = "bucket-6513"
}
resource "aws_s3_bucket" "b6514" {
  bucket = "bucket-6514"
}
resource "aws_s3_bucket" "b6515" {
  bucket = "bucket-6515"
}
resource "aws_s3_bucket" "b6516" {
  bucket = "bucket-6516"
}
resource "aws_s3_bucket" "b6517" {
  bucket = "bucket-6517"
}
resource "aws_s3_bucket" "b6518" {
  bucket = "bucket-6518"
}
resource "aws_s3_bucket" "b6519" {
  bucket = "bucket-6519"
}
resource "aws_s3_bucket" "b6520" {
  bucket = "bucket-6520"
}
resource "aws_s3_bucket" "b6521" {
  bucket = "bucket-6521"
}
resource "aws_s3_bucket" "b6522" {
  bucket = "bucket-6522"
}
resource "aws_s3_bucket" "b6523" {
  bucket = "bucket-6523"
}
resource "aws_s3_bucket" "b6524" {
  bucket = "bucket-6524"
}
resource "aws_s3_bucket" "b6525" {
  bucket = "bucket-6525"
}
resource "aws_s3_bucket" "b6526" {
  bucket = "bucket-6526"
}
resource "aws_s3_bucket" "b6527" {
  bucket = "bucket-6527"
}
resource "aws_s3_bucket" "b6528" {
  bucket = "bucket-6528"
}
resource "aws_s3_bucket" "b6529" {
  bucket = "bucket-6529"
}
resource "aws_s3_bucket" "b6530" {
  bucket = "bucket-6530"
}
resource "aws_s3_bucket" "b6531" {
  bucket = "bucket-6531"
}
resource "aws_s3_bucket" "b6532" {
  bucket = "bucket-6532"
}
resource "aws_s3_bucket" "b6533" {
  bucket = "bucket-6533"
}
resource "aws_s3_bucket" "b6534" {
  bucket = "bucket-6534"
}
resource "aws_s3_bucket" "b6535" {
  bucket = "bucket-6535"
}
resource "aws_s3_bucket" "b6536" {
  bucket = "bucket-6536"
}
resource "aws_s3_bucket" "b6537" {
  bucket = "bucket-6537"
}
resource "aws_s3_bucket" "b6538" {
  bucket = "bucket-6538"
}
resource "aws_s3_bucket" "b6539" {
  bucket = "bucket-6539"
}
resource "aws_s3_bucket" "b6540" {
  bucket = "bucket-6540"
}
resource "aws_s3_bucket" "b6541" {
  bucket = "bucket-6541"
}
resource "aws_s3_bucket" "b6542" {
  bucket = "bucket-6542"
}
resource "aws_s3_bucket" "b6543" {
  bucket = "bucket-6543"
}
resource "aws_s3_bucket" "b6544" {
  bucket = "bucket-6544"
}
resource "aws_s3_bucket" "b6545" {
  bucket = "bucket-6545"
}
resource "aws_s3_bucket" "b6546" {
  bucket = "bucket-6546"
}
resource "aws_s3_bucket" "b6547" {
  bucket = "bucket-6547"
}
resource "aws_s3_bucket" "b6548" {
  bucket = "bucket-6548"
}
resource "aws_s3_bucket" "b6549" {
  bucket = "bucket-6549"
}
resource "aws_s3_bucket" "b6550" {
  bucket = "bucket-6550"
}
resource "aws_s3_bucket" "b6551" {
  bucket = "bucket-6551"
}
resource "aws_s3_bucket" "b6552" {
  bucket = "bucket-6552"
}
resource "aws_s3_bucket" "b6553" {
  bucket = "bucket-6553"
}
resource "aws_s3_bucket" "b6554" {
  bucket = "bucket-6554"
}
resource "aws_s3_bucket" "b6555" {
  bucket = "bucket-6555"
}
resource "aws_s3_bucket" "b6556" {
  bucket = "bucket-6556"
}
resource "aws_s3_bucket" "b6557" {
  bucket = "bucket-6557"
}
resource "aws_s3_bucket" "b6558" {
  bucket = "bucket-6558"
}
resource "aws_s3_bucket" "b6559" {
  bucket = "bucket-6559"
}
resource "aws_s3_bucket" "b6560" {
  bucket = "bucket-6560"
}
resource "aws_s3_bucket" "b6561" {
  bucket = "bucket-6561"
}
resource "aws_s3_bucket" "b6562" {
  bucket = "bucket-6562"
}
resource "aws_s3_bucket" "b6563" {
  bucket = "bucket-6563"
}
resource "aws_s3_bucket" "b6564" {
  bucket = "bucket-6564"
}
resource "aws_s3_bucket" "b6565" {
  bucket = "bucket-6565"
}
resource "aws_s3_bucket" "b6566" {
  bucket = "bucket-6566"
}
resource "aws_s3_bucket" "b6567" {
  bucket = "bucket-6567"
}
resource "aws_s3_bucket" "b6568" {
  bucket = "bucket-6568"
}
resource "aws_s3_bucket" "b6569" {
  bucket = "bucket-6569"
}
resource "aws_s3_bucket" "b6570" {
  bucket = "bucket-6570"
}
resource "aws_s3_bucket" "b6571" {
  bucket = "bucket-6571"
}
resource "aws_s3_bucket" "b6572" {
  bucket = "bucket-6572"
}
resource "aws_s3_bucket" "b6573" {
  bucket = "bucket-6573"
}
resource "aws_s3_bucket" "b6574" {
  bucket = "bucket-6574"
}
resource "aws_s3_bucket" "b6575" {
  bucket = "bucket-6575"
}
resource "aws_s3_bucket" "b6576" {
  bucket = "bucket-6576"
}
resource "aws_s3_bucket" "b6577" {
  bucket = "bucket-6577"
}
resource "aws_s3_bucket" "b6578" {
  bucket = "bucket-6578"
}
resource "aws_s3_bucket" "b6579" {
  bucket = "bucket-6579"
}
resource "aws_s3_bucket" "b6580" {
  bucket = "bucket-6580"
}
resource "aws_s3_bucket" "b6581" {
  bucket = "bucket-6581"
}
resource "aws_s3_bucket" "b6582" {
  bucket = "bucket-6582"
}
resource "aws_s3_bucket" "b6583" {
  bucket = "bucket-6583"
}
resource "aws_s3_bucket" "b6584" {
  bucket = "bucket-6584"
}
resource "aws_s3_bucket" "b6585" {
  bucket = "bucket-6585"
}
resource "aws_s3_bucket" "b6586" {
  bucket = "bucket-6586"
}
resource "aws_s3_bucket" "b6587" {
  bucket = "bucket-6587"
}
resource "aws_s3_bucket" "b6588" {
  bucket = "bucket-6588"
}
resource "aws_s3_bucket" "b6589" {
  bucket = "bucket-6589"
}
resource "aws_s3_bucket" "b6590" {
  bucket = "bucket-6590"
}
resource "aws_s3_bucket" "b6591" {
  bucket = "bucket-6591"
}
resource "aws_s3_bucket" "b6592" {
  bucket = "bucket-6592"
}
resource "aws_s3_bucket" "b6593" {
  bucket = "bucket-6593"
}
resource "aws_s3_bucket" "b6594" {
  bucket = "bucket-6594"
}
resource "aws_s3_bucket" "b6595" {
  bucket = "bucket-6595"
}
resource "aws_s3_bucket" "b6596" {
  bucket = "bucket-6596"
}
resource "aws_s3_bucket" "b6597" {
  bucket = "bucket-6597"
}
resource "aws_s3_bucket" "b6598" {
  bucket = "bucket-6598"
}
resource "aws_s3_bucket" "b6599" {
  bucket = "bucket-6599"
}
resource "aws_s3_bucket" "b6600" {
  bucket = "bucket-6600"
}
resource "aws_s3_bucket" "b6601" {
  bucket = "bucket-6601"
}
resource "aws_s3_bucket" "b6602" {
  bucket = "bucket-6602"
}
resource "aws_s3_bucket" "b6603" {
  bucket = "bucket-6603"
}
resource "aws_s3_bucket" "b6604" {
  bucket = "bucket-6604"
}
resource "aws_s3_bucket" "b6605" {
  bucket = "bucket-6605"
}
resource "aws_s3_bucket" "b6606" {
  bucket = "bucket-6606"
}
resource "aws_s3_bucket" "b6607" {
  bucket = "bucket-6607"
}
resource "aws_s3_bucket" "b6608" {
  bucket = "bucket-6608"
}
resource "aws_s3_bucket" "b6609" {
  bucket = "bucket-6609"
}
resource "aws_s3_bucket" "b6610" {
  bucket = "bucket-6610"
}
resource "aws_s3_bucket" "b6611" {
  bucket = "bucket-6611"
}
resource "aws_s3_bucket" "b6612" {
  bucket = "bucket-6612"
}
resource "aws_s3_bucket" "b6613" {
  bucket = "bucket-6613"
}
resource "aws_s3_bucket" "b6614" {
  bucket = "bucket-6614"
}
resource "aws_s3_bucket" "b6615" {
  bucket = "bucket-6615"
}
resource "aws_s3_bucket" "b6616" {
  bucket = "bucket-6616"
}
resource "aws_s3_bucket" "b6617" {
  bucket = "bucket-6617"
}
resource "aws_s3_bucket" "b6618" {
  bucket = "bucket-6618"
}
resource "aws_s3_bucket" "b6619" {
  bucket = "bucket-6619"
}
resource "aws_s3_bucket" "b6620" {
  bucket = "bucket-6620"
}
resource "aws_s3_bucket" "b6621" {
  bucket = "bucket-6621"
}
resource "aws_s3_bucket" "b6622" {
  bucket = "bucket-6622"
}
resource "aws_s3_bucket" "b6623" {
  bucket = "bucket-6623"
}
resource "aws_s3_bucket" "b6624" {
  bucket = "bucket-6624"
}
resource "aws_s3_bucket" "b6625" {
  bucket = "bucket-6625"
}
resource "aws_s3_bucket" "b6626" {
  bucket = "bucket-6626"
}
resource "aws_s3_bucket" "b6627" {
  bucket = "bucket-6627"
}
resource "aws_s3_bucket" "b6628" {
  bucket = "bucket-6628"
}
resource "aws_s3_bucket" "b6629" {
  bucket = "bucket-6629"
}
resource "aws_s3_bucket" "b6630" {
  bucket = "bucket-6630"
}
resource "aws_s3_bucket" "b6631" {
  bucket = "bucket-6631"
}
resource "aws_s3_bucket" "b6632" {
  bucket = "bucket-6632"
}
resource "aws_s3_bucket" "b6633" {
  bucket = "bucket-6633"
}
resource "aws_s3_bucket" "b6634" {
  bucket = "bucket-6634"
}
resource "aws_s3_bucket" "b6635" {
  bucket = "bucket-6635"
}
resource "aws_s3_bucket" "b6636" {
  bucket = "bucket-6636"
}
resource "aws_s3_bucket" "b6637" {
  bucket = "bucket-6637"
}
resource "aws_s3_bucket" "b6638" {
  bucket = "bucket-6638"
}
resource "aws_s3_bucket" "b6639" {
  bucket = "bucket-6639"
}
resource "aws_s3_bucket" "b6640" {
  bucket = "bucket-6640"
}
resource "aws_s3_bucket" "b6641" {
  bucket = "bucket-6641"
}
resource "aws_s3_bucket" "b6642" {
  bucket = "bucket-6642"
}
resource "aws_s3_bucket" "b6643" {
  bucket = "bucket-6643"
}
resource "aws_s3_bucket" "b6644" {
  bucket = "bucket-6644"
}
resource "aws_s3_bucket" "b6645" {
  bucket = "bucket-6645"
}
resource "aws_s3_bucket" "b6646" {
  bucket = "bucket-6646"
}
resource "aws_s3_bucket" "b6647" {
  bucket = "bucket-6647"
}
resource "aws_s3_bucket" "b6648" {
  bucket = "bucket-6648"
}
resource "aws_s3_bucket" "b6649" {
  bucket = "bucket-6649"
}
resource "aws_s3_bucket" "b6650" {
  bucket = "bucket-6650"
}
resource "aws_s3_bucket" "b6651" {
  bucket = "bucket-6651"
}
resource "aws_s3_bucket" "b6652" {
  bucket = "bucket-6652"
}
resource "aws_s3_bucket" "b6653" {
  bucket = "bucket-6653"
}
resource "aws_s3_bucket" "b6654" {
  bucket = "bucket-6654"
}
resource "aws_s3_bucket" "b6655" {
  bucket = "bucket-6655"
}
resource "aws_s3_bucket" "b6656" {
  bucket = "bucket-6656"
}
resource "aws_s3_bucket" "b6657" {
  bucket = "bucket-6657"
}
resource "aws_s3_bucket" "b6658" {
  bucket = "bucket-6658"
}
resource "aws_s3_bucket" "b6659" {
  bucket = "bucket-6659"
}
resource "aws_s3_bucket" "b6660" {
  bucket = "bucket-6660"
}
resource "aws_s3_bucket" "b6661" {
  bucket = "bucket-6661"
}
resource "aws_s3_bucket" "b6662" {
  bucket = "bucket-6662"
}
resource "aws_s3_bucket" "b6663" {
  bucket = "bucket-6663"
}
resource "aws_s3_bucket" "b6664" {
  bucket = "bucket-6664"
}
resource "aws_s3_bucket" "b6665" {
  bucket = "bucket-6665"
}
resource "aws_s3_bucket" "b6666" {
  bucket = "bucket-6666"
}
resource "aws_s3_bucket" "b6667" {
  bucket = "bucket-6667"
}
resource "aws_s3_bucket" "b6668" {
  bucket = "bucket-6668"
}
resource "aws_s3_bucket" "b6669" {
  bucket = "bucket-6669"
}
resource "aws_s3_bucket" "b6670" {
  bucket = "bucket-6670"
}
resource "aws_s3_bucket" "b6671" {
  bucket = "bucket-6671"
}
resource "aws_s3_bucket" "b6672" {
  bucket = "bucket-6672"
}
resource "aws_s3_bucket" "b6673" {
  bucket = "bucket-6673"
}
resource "aws_s3_bucket" "b6674" {
  bucket = "bucket-6674"
}
resource "aws_s3_bucket" "b6675" {
  bucket = "bucket-6675"
}
resource "aws_s3_bucket" "b6676" {
  bucket = "bucket-6676"
}
resource "aws_s3_bucket" "b6677" {
  bucket = "bucket-6677"
}
resource "aws_s3_bucket" "b6678" {
  bucket = "bucket-6678"
}
resource "aws_s3_bucket" "b6679" {
  bucket = "bucket-6679"
}
resource "aws_s3_bucket" "b6680" {
  bucket = "bucket-6680"
}
resource "aws_s3_bucket" "b6681" {
  bucket = "bucket-6681"
}
resource "aws_s3_bucket" "b6682" {
  bucket = "bucket-6682"
}
resource "aws_s3_bucket" "b6683" {
  bucket = "bucket-6683"
}
resource "aws_s3_bucket" "b6684" {
  bucket = "bucket-6684"
}
resource "aws_s3_bucket" "b6685" {
  bucket = "bucket-6685"
}
resource "aws_s3_bucket" "b6686" {
  bucket = "bucket-6686"
}
resource "aws_s3_bucket" "b6687" {
  bucket = "bucket-6687"
}
resource "aws_s3_bucket" "b6688" {
  bucket = "bucket-6688"
}
resource "aws_s3_bucket" "b6689" {
  bucket = "bucket-6689"
}
resource "aws_s3_bucket" "b6690" {
  bucket = "bucket-6690"
}
resource "aws_s3_bucket" "b6691" {
  bucket = "bucket-6691"
}
resource "aws_s3_bucket" "b6692" {
  bucket = "bucket-6692"
}
resource "aws_s3_bucket" "b6693" {
  bucket = "bucket-6693"
}
resource "aws_s3_bucket" "b6694" {
  bucket = "bucket-6694"
}
resource "aws_s3_bucket" "b6695" {
  bucket = "bucket-6695"
}
resource "aws_s3_bucket" "b6696" {
  bucket = "bucket-6696"
}
resource "aws_s3_bucket" "b6697" {
  bucket = "bucket-6697"
}
resource "aws_s3_bucket" "b6698" {
  bucket = "bucket-6698"
}
resource "aws_s3_bucket" "b6699" {
  bucket = "bucket-6699"
}
resource "aws_s3_bucket" "b6700" {
  bucket = "bucket-6700"
}
resource "aws_s3_bucket" "b6701" {
  bucket = "bucket-6701"
}
resource "aws_s3_bucket" "b6702" {
  bucket = "bucket-6702"
}
resource "aws_s3_bucket" "b6703" {
  bucket = "bucket-6703"
}
resource "aws_s3_bucket" "b6704" {
  bucket = "bucket-6704"
}
resource "aws_s3_bucket" "b6705" {
  bucket = "bucket-6705"
}
resource "aws_s3_bucket" "b6706" {
  bucket = "bucket-6706"
}
resource "aws_s3_bucket" "b6707" {
  bucket = "bucket-6707"
}
resource "aws_s3_bucket" "b6708" {
  bucket = "bucket-6708"
}
resource "aws_s3_bucket" "b6709" {
  bucket = "bucket-6709"
}
resource "aws_s3_bucket" "b6710" {
  bucket = "bucket-6710"
}
resource "aws_s3_bucket" "b6711" {
  bucket = "bucket-6711"
}
resource "aws_s3_bucket" "b6712" {
  bucket = "bucket-6712"
}
resource "aws_s3_bucket" "b6713" {
  bucket = "bucket-6713"
}
resource "aws_s3_bucket" "b6714" {
  bucket = "bucket-6714"
}
resource "aws_s3_bucket" "b6715" {
  bucket = "bucket-6715"
}
resource "aws_s3_bucket" "b6716" {
  bucket = "bucket-6716"
}
resource "aws_s3_bucket" "b6717" {
  bucket = "bucket-6717"
}
resource "aws_s3_bucket" "b6718" {
  bucket = "bucket-6718"
}
resource "aws_s3_bucket" "b6719" {
  bucket = "bucket-6719"
}
resource "aws_s3_bucket" "b6720" {
  bucket = "bucket-6720"
}
resource "aws_s3_bucket" "b6721" {
  bucket = "bucket-6721"
}
resource "aws_s3_bucket" "b6722" {
  bucket = "bucket-6722"
}
resource "aws_s3_bucket" "b6723" {
  bucket = "bucket-6723"
}
resource "aws_s3_bucket" "b6724" {
  bucket = "bucket-6724"
}
resource "aws_s3_bucket" "b6725" {
  bucket = "bucket-6725"
}
resource "aws_s3_bucket" "b6726" {
  bucket = "bucket-6726"
}
resource "aws_s3_bucket" "b6727" {
  bucket = "bucket-6727"
}
resource "aws_s3_bucket" "b6728" {
  bucket = "bucket-6728"
}
resource "aws_s3_bucket" "b6729" {
  bucket = "bucket-6729"
}
resource "aws_s3_bucket" "b6730" {
  bucket = "bucket-6730"
}
resource "aws_s3_bucket" "b6731" {
  bucket = "bucket-6731"
}
resource "aws_s3_bucket" "b6732" {
  bucket = "bucket-6732"
}
resource "aws_s3_bucket" "b6733" {
  bucket = "bucket-6733"
}
resource "aws_s3_bucket" "b6734" {
  bucket = "bucket-6734"
}
resource "aws_s3_bucket" "b6735" {
  bucket = "bucket-6735"
}
resource "aws_s3_bucket" "b6736" {
  bucket = "bucket-6736"
}
resource "aws_s3_bucket" "b6737" {
  bucket = "bucket-6737"
}
resource "aws_s3_bucket" "b6738" {
  bucket = "bucket-6738"
}
resource "aws_s3_bucket" "b6739" {
  bucket = "bucket-6739"
}
resource "aws_s3_bucket" "b6740" {
  bucket = "bucket-6740"
}
resource "aws_s3_bucket" "b6741" {
  bucket = "bucket-6741"
}
resource "aws_s3_bucket" "b6742" {
  bucket = "bucket-6742"
}
resource "aws_s3_bucket" "b6743" {
  bucket = "bucket-6743"
}
resource "aws_s3_bucket" "b6744" {
  bucket = "bucket-6744"
}
resource "aws_s3_bucket" "b6745" {
  bucket = "bucket-6745"
}
resource "aws_s3_bucket" "b6746" {
  bucket = "bucket-6746"
}
resource "aws_s3_bucket" "b6747" {
  bucket = "bucket-6747"
}
resource "aws_s3_bucket" "b6748" {
  bucket = "bucket-6748"
}
resource "aws_s3_bucket" "b6749" {
  bucket = "bucket-6749"
}
resource "aws_s3_bucket" "b6750" {
  bucket = "bucket-6750"
}
resource "aws_s3_bucket" "b6751" {
  bucket = "bucket-6751"
}
resource "aws_s3_bucket" "b6752" {
  bucket = "bucket-6752"
}
resource "aws_s3_bucket" "b6753" {
  bucket = "bucket-6753"
}
resource "aws_s3_bucket" "b6754" {
  bucket = "bucket-6754"
}
resource "aws_s3_bucket" "b6755" {
  bucket = "bucket-6755"
}
resource "aws_s3_bucket" "b6756" {
  bucket = "bucket-6756"
}
resource "aws_s3_bucket" "b6757" {
  bucket = "bucket-6757"
}
resource "aws_s3_bucket" "b6758" {
  bucket = "bucket-6758"
}
resource "aws_s3_bucket" "b6759" {
  bucket = "bucket-6759"
}
resource "aws_s3_bucket" "b6760" {
  bucket = "bucket-6760"
}
resource "aws_s3_bucket" "b6761" {
  bucket = "bucket-6761"
}
resource "aws_s3_bucket" "b6762" {
  bucket = "bucket-6762"
}
resource "aws_s3_bucket" "b6763" {
  bucket = "bucket-6763"
}
resource "aws_s3_bucket" "b6764" {
  bucket = "bucket-6764"
}
resource "aws_s3_bucket" "b6765" {
  bucket = "bucket-6765"
}
resource "aws_s3_bucket" "b6766" {
  bucket = "bucket-6766"
}
resource "aws_s3_bucket" "b6767" {
  bucket = "bucket-6767"
}
resource "aws_s3_bucket" "b6768" {
  bucket = "bucket-6768"
}
resource "aws_s3_bucket" "b6769" {
  bucket = "bucket-6769"
}
resource "aws_s3_bucket" "b6770" {
  bucket = "bucket-6770"
}
resource "aws_s3_bucket" "b6771" {
  bucket = "bucket-6771"
}
resource "aws_s3_bucket" "b6772" {
  bucket = "bucket-6772"
}
resource "aws_s3_bucket" "b6773" {
  bucket = "bucket-6773"
}
resource "aws_s3_bucket" "b6774" {
  bucket = "bucket-6774"
}
resource "aws_s3_bucket" "b6775" {
  bucket = "bucket-6775"
}
resource "aws_s3_bucket" "b6776" {
  bucket = "bucket-6776"
}
resource "aws_s3_bucket" "b6777" {
  bucket = "bucket-6777"
}
resource "aws_s3_bucket" "b6778" {
  bucket = "bucket-6778"
}
resource "aws_s3_bucket" "b6779" {
  bucket = "bucket-6779"
}
resource "aws_s3_bucket" "b6780" {
  bucket = "bucket-6780"
}
resource "aws_s3_bucket" "b6781" {
  bucket = "bucket-6781"
}
resource "aws_s3_bucket" "b6782" {
  bucket = "bucket-6782"
}
resource "aws_s3_bucket" "b6783" {
  bucket = "bucket-6783"
}
resource "aws_s3_bucket" "b6784" {
  bucket = "bucket-6784"
}
resource "aws_s3_bucket" "b6785" {
  bucket = "bucket-6785"
}
resource "aws_s3_bucket" "b6786" {
  bucket = "bucket-6786"
}
resource "aws_s3_bucket" "b6787" {
  bucket = "bucket-6787"
}
resource "aws_s3_bucket" "b6788" {
  bucket = "bucket-6788"
}
resource "aws_s3_bucket" "b6789" {
  bucket = "bucket-6789"
}
resource "aws_s3_bucket" "b6790" {
  bucket = "bucket-6790"
}
resource "aws_s3_bucket" "b6791" {
  bucket = "bucket-6791"
}
resource "aws_s3_bucket" "b6792" {
  bucket = "bucket-6792"
}
resource "aws_s3_bucket" "b6793" {
  bucket = "bucket-6793"
}
resource "aws_s3_bucket" "b6794" {
  bucket = "bucket-6794"
}
resource "aws_s3_bucket" "b6795" {
  bucket = "bucket-6795"
}
resource "aws_s3_bucket" "b6796" {
  bucket = "bucket-6796"
}
resource "aws_s3_bucket" "b6797" {
  bucket = "bucket-6797"
}
resource "aws_s3_bucket" "b6798" {
  bucket = "bucket-6798"
}
resource "aws_s3_bucket" "b6799" {
  bucket = "bucket-6799"
}
resource "aws_s3_bucket" "b6800" {
  bucket = "bucket-6800"
}
resource "aws_s3_bucket" "b6801" {
  bucket = "bucket-6801"
}
resource "aws_s3_bucket" "b6802" {
  bucket = "bucket-6802"
}
resource "aws_s3_bucket" "b6803" {
  bucket = "bucket-6803"
}
resource "aws_s3_bucket" "b6804" {
  bucket = "bucket-6804"
}
resource "aws_s3_bucket" "b6805" {
  bucket = "bucket-6805"
}
resource "aws_s3_bucket" "b6806" {
  bucket = "bucket-6806"
}
resource "aws_s3_bucket" "b6807" {
  bucket = "bucket-6807"
}
resource "aws_s3_bucket" "b6808" {
  bucket = "bucket-6808"
}
resource "aws_s3_bucket" "b6809" {
  bucket = "bucket-6809"
}
resource "aws_s3_bucket" "b6810" {
  bucket = "bucket-6810"
}
resource "aws_s3_bucket" "b6811" {
  bucket = "bucket-6811"
}
resource "aws_s3_bucket" "b6812" {
  bucket = "bucket-6812"
}
resource "aws_s3_bucket" "b6813" {
  bucket = "bucket-6813"
}
resource "aws_s3_bucket" "b6814" {
  bucket = "bucket-6814"
}
resource "aws_s3_bucket" "b6815" {
  bucket = "bucket-6815"
}
resource "aws_s3_bucket" "b6816" {
  bucket = "bucket-6816"
}
resource "aws_s3_bucket" "b6817" {
  bucket = "bucket-6817"
}
resource "aws_s3_bucket" "b6818" {
  bucket = "bucket-6818"
}
resource "aws_s3_bucket" "b6819" {
  bucket = "bucket-6819"
}
resource "aws_s3_bucket" "b6820" {
  bucket = "bucket-6820"
}
resource "aws_s3_bucket" "b6821" {
  bucket = "bucket-6821"
}
resource "aws_s3_bucket" "b6822" {
  bucket = "bucket-6822"
}
resource "aws_s3_bucket" "b6823" {
  bucket = "bucket-6823"
}
resource "aws_s3_bucket" "b6824" {
  bucket = "bucket-6824"
}
resource "aws_s3_bucket" "b6825" {
  bucket = "bucket-6825"
}
resource "aws_s3_bucket" "b6826" {
  bucket = "bucket-6826"
}
resource "aws_s3_bucket" "b6827" {
  bucket = "bucket-6827"
}
resource "aws_s3_bucket" "b6828" {
  bucket = "bucket-6828"
}
resource "aws_s3_bucket" "b6829" {
  bucket = "bucket-6829"
}
resource "aws_s3_bucket" "b6830" {
  bucket = "bucket-6830"
}
resource "aws_s3_bucket" "b6831" {
  bucket = "bucket-6831"
}
resource "aws_s3_bucket" "b6832" {
  bucket = "bucket-6832"
}
resource "aws_s3_bucket" "b6833" {
  bucket = "bucket-6833"
}
resource "aws_s3_bucket" "b6834" {
  bucket = "bucket-6834"
}
resource "aws_s3_bucket" "b6835" {
  bucket = "bucket-6835"
}
resource "aws_s3_bucket" "b6836" {
  bucket = "bucket-6836"
}
resource "aws_s3_bucket" "b6837" {
  bucket = "bucket-6837"
}
resource "aws_s3_bucket" "b6838" {
  bucket = "bucket-6838"
}
resource "aws_s3_bucket" "b6839" {
  bucket = "bucket-6839"
}
resource "aws_s3_bucket" "b6840" {
  bucket = "bucket-6840"
}
resource "aws_s3_bucket" "b6841" {
  bucket = "bucket-6841"
}
resource "aws_s3_bucket" "b6842" {
  bucket = "bucket-6842"
}
resource "aws_s3_bucket" "b6843" {
  bucket = "bucket-6843"
}
resource "aws_s3_bucket" "b6844" {
  bucket = "bucket-6844"
}
resource "aws_s3_bucket" "b6845" {
  bucket = "bucket-6845"
}
resource "aws_s3_bucket" "b6846" {
  bucket = "bucket-6846"
}
resource "aws_s3_bucket" "b6847" {
  bucket = "bucket-6847"
}
resource "aws_s3_bucket" "b6848" {
  bucket = "bucket-6848"
}
resource "aws_s3_bucket" "b6849" {
  bucket = "bucket-6849"
}
resource "aws_s3_bucket" "b6850" {
  bucket = "bucket-6850"
}
resource "aws_s3_bucket" "b6851" {
  bucket = "bucket-6851"
}
resource "aws_s3_bucket" "b6852" {
  bucket = "bucket-6852"
}
resource "aws_s3_bucket" "b6853" {
  bucket = "bucket-6853"
}
resource "aws_s3_bucket" "b6854" {
  bucket = "bucket-6854"
}
resource "aws_s3_bucket" "b6855" {
  bucket = "bucket-6855"
}
resource "aws_s3_bucket" "b6856" {
  bucket = "bucket-6856"
}
resource "aws_s3_bucket" "b6857" {
  bucket = "bucket-6857"
}
resource "aws_s3_bucket" "b6858" {
  bucket = "bucket-6858"
}
resource "aws_s3_bucket" "b6859" {
  bucket = "bucket-6859"
}
resource "aws_s3_bucket" "b6860" {
  bucket = "bucket-6860"
}
resource "aws_s3_bucket" "b6861" {
  bucket = "bucket-6861"
}
resource "aws_s3_bucket" "b6862" {
  bucket = "bucket-6862"
}
resource "aws_s3_bucket" "b6863" {
  bucket = "bucket-6863"
}
resource "aws_s3_bucket" "b6864" {
  bucket = "bucket-6864"
}
resource "aws_s3_bucket" "b6865" {
  bucket = "bucket-6865"
}
resource "aws_s3_bucket" "b6866" {
  bucket = "bucket-6866"
}
resource "aws_s3_bucket" "b6867" {
  bucket = "bucket-6867"
}
resource "aws_s3_bucket" "b6868" {
  bucket = "bucket-6868"
}
resource "aws_s3_bucket" "b6869" {
  bucket = "bucket-6869"
}
resource "aws_s3_bucket" "b6870" {
  bucket = "bucket-6870"
}
resource "aws_s3_bucket" "b6871" {
  bucket = "bucket-6871"
}
resource "aws_s3_bucket" "b6872" {
  bucket = "bucket-6872"
}
resource "aws_s3_bucket" "b6873" {
  bucket = "bucket-6873"
}
resource "aws_s3_bucket" "b6874" {
  bucket = "bucket-6874"
}
resource "aws_s3_bucket" "b6875" {
  bucket = "bucket-6875"
}
resource "aws_s3_bucket" "b6876" {
  bucket = "bucket-6876"
}
resource "aws_s3_bucket" "b6877" {
  bucket = "bucket-6877"
}
resource "aws_s3_bucket" "b6878" {
  bucket = "bucket-6878"
}
resource "aws_s3_bucket" "b6879" {
  bucket = "bucket-6879"
}
resource "aws_s3_bucket" "b6880" {
  bucket = "bucket-6880"
}
resource "aws_s3_bucket" "b6881" {
  bucket = "bucket-6881"
}
resource "aws_s3_bucket" "b6882" {
  bucket = "bucket-6882"
}
resource "aws_s3_bucket" "b6883" {
  bucket = "bucket-6883"
}
resource "aws_s3_bucket" "b6884" {
  bucket = "bucket-6884"
}
resource "aws_s3_bucket" "b6885" {
  bucket = "bucket-6885"
}
resource "aws_s3_bucket" "b6886" {
  bucket = "bucket-6886"
}
resource "aws_s3_bucket" "b6887" {
  bucket = "bucket-6887"
}
resource "aws_s3_bucket" "b6888" {
  bucket = "bucket-6888"
}
resource "aws_s3_bucket" "b6889" {
  bucket = "bucket-6889"
}
resource "aws_s3_bucket" "b6890" {
  bucket = "bucket-6890"
}
resource "aws_s3_bucket" "b6891" {
  bucket = "bucket-6891"
}
resource "aws_s3_bucket" "b6892" {
  bucket = "bucket-6892"
}
resource "aws_s3_bucket" "b6893" {
  bucket = "bucket-6893"
}
resource "aws_s3_bucket" "b6894" {
  bucket = "bucket-6894"
}
resource "aws_s3_bucket" "b6895" {
  bucket = "bucket-6895"
}
resource "aws_s3_bucket" "b6896" {
  bucket = "bucket-6896"
}
resource "aws_s3_bucket" "b6897" {
  bucket = "bucket-6897"
}
resource "aws_s3_bucket" "b6898" {
  bucket = "bucket-6898"
}
resource "aws_s3_bucket" "b6899" {
  bucket = "bucket-6899"
}
resource "aws_s3_bucket" "b6900" {
  bucket = "bucket-6900"
}
resource "aws_s3_bucket" "b6901" {
  bucket = "bucket-6901"
}
resource "aws_s3_bucket" "b6902" {
  bucket = "bucket-6902"
}
resource "aws_s3_bucket" "b6903" {
  bucket = "bucket-6903"
}
resource "aws_s3_bucket" "b6904" {
  bucket = "bucket-6904"
}
resource "aws_s3_bucket" "b6905" {
  bucket = "bucket-6905"
}
resource "aws_s3_bucket" "b6906" {
  bucket = "bucket-6906"
}
resource "aws_s3_bucket" "b6907" {
  bucket = "bucket-6907"
}
resource "aws_s3_bucket" "b6908" {
  bucket = "bucket-6908"
}
resource "aws_s3_bucket" "b6909" {
  bucket = "bucket-6909"
}
resource "aws_s3_bucket" "b6910" {
  bucket = "bucket-6910"
}
resource "aws_s3_bucket" "b6911" {
  bucket = "bucket-6911"
}
resource "aws_s3_bucket" "b6912" {
  bucket = "bucket-6912"
}
resource "aws_s3_bucket" "b6913" {
  bucket = "bucket-6913"
}
resource "aws_s3_bucket" "b6914" {
  bucket = "bucket-6914"
}
resource "aws_s3_bucket" "b6915" {
  bucket = "bucket-6915"
}
resource "aws_s3_bucket" "b6916" {
  bucket = "bucket-6916"
}
resource "aws_s3_bucket" "b6917" {
  bucket = "bucket-6917"
}
resource "aws_s3_bucket" "b6918" {
  bucket = "bucket-6918"
}
resource "aws_s3_bucket" "b6919" {
  bucket = "bucket-6919"
}
resource "aws_s3_bucket" "b6920" {
  bucket = "bucket-6920"
}
resource "aws_s3_bucket" "b6921" {
  bucket = "bucket-6921"
}
resource "aws_s3_bucket" "b6922" {
  bucket = "bucket-6922"
}
resource "aws_s3_bucket" "b6923" {
  bucket = "bucket-6923"
}
resource "aws_s3_bucket" "b6924" {
  bucket = "bucket-6924"
}
resource "aws_s3_bucket" "b6925" {
  bucket = "bucket-6925"
}
resource "aws_s3_bucket" "b6926" {
  bucket = "bucket-6926"
}
resource "aws_s3_bucket" "b6927" {
  bucket = "bucket-6927"
}
resource "aws_s3_bucket" "b6928" {
  bucket = "bucket-6928"
}
resource "aws_s3_bucket" "b6929" {
  bucket = "bucket-6929"
}
resource "aws_s3_bucket" "b6930" {
  bucket = "bucket-6930"
}
resource "aws_s3_bucket" "b6931" {
  bucket = "bucket-6931"
}
resource "aws_s3_bucket" "b6932" {
  bucket = "bucket-6932"
}
resource "aws_s3_bucket" "b6933" {
  bucket = "bucket-6933"
}
resource "aws_s3_bucket" "b6934" {
  bucket = "bucket-6934"
}
resource "aws_s3_bucket" "b6935" {
  bucket = "bucket-6935"
}
resource "aws_s3_bucket" "b6936" {
  bucket = "bucket-6936"
}
resource "aws_s3_bucket" "b6937" {
  bucket = "bucket-6937"
}
resource "aws_s3_bucket" "b6938" {
  bucket = "bucket-6938"
}
resource "aws_s3_bucket" "b6939" {
  bucket = "bucket-6939"
}
resource "aws_s3_bucket" "b6940" {
  bucket = "bucket-6940"
}
resource "aws_s3_bucket" "b6941" {
  bucket = "bucket-6941"
}
resource "aws_s3_bucket" "b6942" {
  bucket = "bucket-6942"
}
resource "aws_s3_bucket" "b6943" {
  bucket = "bucket-6943"
}
resource "aws_s3_bucket" "b6944" {
  bucket = "bucket-6944"
}
resource "aws_s3_bucket" "b6945" {
  bucket = "bucket-6945"
}
resource "aws_s3_bucket" "b6946" {
  bucket = "bucket-6946"
}
resource "aws_s3_bucket" "b6947" {
  bucket = "bucket-6947"
}
resource "aws_s3_bucket" "b6948" {
  bucket = "bucket-6948"
}
resource "aws_s3_bucket" "b6949" {
  bucket = "bucket-6949"
}
resource "aws_s3_bucket" "b6950" {
  bucket = "bucket-6950"
}
resource "aws_s3_bucket" "b6951" {
  bucket = "bucket-6951"
}
resource "aws_s3_bucket" "b6952" {
  bucket = "bucket-6952"
}
resource "aws_s3_bucket" "b6953" {
  bucket = "bucket-6953"
}
resource "aws_s3_bucket" "b6954" {
  bucket = "bucket-6954"
}
resource "aws_s3_bucket" "b6955" {
  bucket = "bucket-6955"
}
resource "aws_s3_bucket" "b6956" {
  bucket = "bucket-6956"
}
resource "aws_s3_bucket" "b6957" {
  bucket = "bucket-6957"
}
resource "aws_s3_bucket" "b6958" {
  bucket = "bucket-6958"
}
resource "aws_s3_bucket" "b6959" {
  bucket = "bucket-6959"
}
resource "aws_s3_bucket" "b6960" {
  bucket = "bucket-6960"
}
resource "aws_s3_bucket" "b6961" {
  bucket = "bucket-6961"
}
resource "aws_s3_bucket" "b6962" {
  bucket = "bucket-6962"
}
resource "aws_s3_bucket" "b6963" {
  bucket = "bucket-6963"
}
resource "aws_s3_bucket" "b6964" {
  bucket = "bucket-6964"
}
resource "aws_s3_bucket" "b6965" {
  bucket = "bucket-6965"
}
resource "aws_s3_bucket" "b6966" {
  bucket = "bucket-6966"
}
resource "aws_s3_bucket" "b6967" {
  bucket = "bucket-6967"
}
resource "aws_s3_bucket" "b6968" {
  bucket = "bucket-6968"
}
resource "aws_s3_bucket" "b6969" {
  bucket = "bucket-6969"
}
resource "aws_s3_bucket" "b6970" {
  bucket = "bucket-6970"
}
resource "aws_s3_bucket" "b6971" {
  bucket = "bucket-6971"
}
resource "aws_s3_bucket" "b6972" {
  bucket = "bucket-6972"
}
resource "aws_s3_bucket" "b6973" {
  bucket = "bucket-6973"
}
resource "aws_s3_bucket" "b6974" {
  bucket = "bucket-6974"
}
resource "aws_s3_bucket" "b6975" {
  bucket = "bucket-6975"
}
resource "aws_s3_bucket" "b6976" {
  bucket = "bucket-6976"
}
resource "aws_s3_bucket" "b6977" {
  bucket = "bucket-6977"
}
resource "aws_s3_bucket" "b6978" {
  bucket = "bucket-6978"
}
resource "aws_s3_bucket" "b6979" {
  bucket = "bucket-6979"
}
resource "aws_s3_bucket" "b6980" {
  bucket = "bucket-6980"
}
resource "aws_s3_bucket" "b6981" {
  bucket = "bucket-6981"
}
resource "aws_s3_bucket" "b6982" {
  bucket = "bucket-6982"
}
resource "aws_s3_bucket" "b6983" {
  bucket = "bucket-6983"
}
resource "aws_s3_bucket" "b6984" {
  bucket = "bucket-6984"
}
resource "aws_s3_bucket" "b6985" {
  bucket = "bucket-6985"
}
resource "aws_s3_bucket" "b6986" {
  bucket = "bucket-6986"
}
resource "aws_s3_bucket" "b6987" {
  bucket = "bucket-6987"
}
resource "aws_s3_bucket" "b6988" {
  bucket = "bucket-6988"
}
resource "aws_s3_bucket" "b6989" {
  bucket = "bucket-6989"
}
resource "aws_s3_bucket" "b6990" {
  bucket = "bucket-6990"
}
resource "aws_s3_bucket" "b6991" {
  bucket = "bucket-6991"
}
resource "aws_s3_bucket" "b6992" {
  bucket = "bucket-6992"
}
resource "aws_s3_bucket" "b6993" {
  bucket = "bucket-6993"
}
resource "aws_s3_bucket" "b6994" {
  bucket = "bucket-6994"
}
resource "aws_s3_bucket" "b6995" {
  bucket = "bucket-6995"
}
resource "aws_s3_bucket" "b6996" {
  bucket = "bucket-6996"
}
resource "aws_s3_bucket" "b6997" {
  bucket = "bucket-6997"
}
resource "aws_s3_bucket" "b6998" {
  bucket = "bucket-6998"
}
resource "aws_s3_bucket" "b6999" {
  bucket = "bucket-6999"
}
resource "aws_s3_bucket" "b7000" {
  bucket = "bucket-7000"
}
resource "aws_s3_bucket" "b7001" {
  bucket = "bucket-7001"
}
resource "aws_s3_bucket" "b7002" {
  bucket = "bucket-7002"
}
resource "aws_s3_bucket" "b7003" {
  bucket = "bucket-7003"
}
resource "aws_s3_bucket" "b7004" {
  bucket = "bucket-7004"
}
resource "aws_s3_bucket" "b7005" {
  bucket = "bucket-7005"
}
resource "aws_s3_bucket" "b7006" {
  bucket = "bucket-7006"
}
resource "aws_s3_bucket" "b7007" {
  bucket = "bucket-7007"
}
resource "aws_s3_bucket" "b7008" {
  bucket = "bucket-7008"
}
resource "aws_s3_bucket" "b7009" {
  bucket = "bucket-7009"
}
resource "aws_s3_bucket" "b7010" {
  bucket = "bucket-7010"
}
resource "aws_s3_bucket" "b7011" {
  bucket = "bucket-7011"
}
resource "aws_s3_bucket" "b7012" {
  bucket = "bucket-7012"
}
resource "aws_s3_bucket" "b7013" {
  bucket = "bucket-7013"
}
resource "aws_s3_bucket" "b7014" {
  bucket = "bucket-7014"
}
resource "aws_s3_bucket" "b7015" {
  bucket = "bucket-7015"
}
resource "aws_s3_bucket" "b7016" {
  bucket = "bucket-7016"
}
resource "aws_s3_bucket" "b7017" {
  bucket = "bucket-7017"
}
resource "aws_s3_bucket" "b7018" {
  bucket = "bucket-7018"
}
resource "aws_s3_bucket" "b7019" {
  bucket = "bucket-7019"
}
resource "aws_s3_bucket" "b7020" {
  bucket = "bucket-7020"
}
resource "aws_s3_bucket" "b7021" {
  bucket = "bucket-7021"
}
resource "aws_s3_bucket" "b7022" {
  bucket = "bucket-7022"
}
resource "aws_s3_bucket" "b7023" {
  bucket = "bucket-7023"
}
resource "aws_s3_bucket" "b7024" {
  bucket = "bucket-7024"
}
resource "aws_s3_bucket" "b7025" {
  bucket = "bucket-7025"
}
resource "aws_s3_bucket" "b7026" {
  bucket = "bucket-7026"
}
resource "aws_s3_bucket" "b7027" {
  bucket = "bucket-7027"
}
resource "aws_s3_bucket" "b7028" {
  bucket = "bucket-7028"
}
resource "aws_s3_bucket" "b7029" {
  bucket = "bucket-7029"
}
resource "aws_s3_bucket" "b7030" {
  bucket = "bucket-7030"
}
resource "aws_s3_bucket" "b7031" {
  bucket = "bucket-7031"
}
resource "aws_s3_bucket" "b7032" {
  bucket = "bucket-7032"
}
resource "aws_s3_bucket" "b7033" {
  bucket = "bucket-7033"
}
resource "aws_s3_bucket" "b7034" {
  bucket = "bucket-7034"
}
resource "aws_s3_bucket" "b7035" {
  bucket = "bucket-7035"
}
resource "aws_s3_bucket" "b7036" {
  bucket = "bucket-7036"
}
resource "aws_s3_bucket" "b7037" {
  bucket = "bucket-7037"
}
resource "aws_s3_bucket" "b7038" {
  bucket = "bucket-7038"
}
resource "aws_s3_bucket" "b7039" {
  bucket = "bucket-7039"
}
resource "aws_s3_bucket" "b7040" {
  bucket = "bucket-7040"
}
resource "aws_s3_bucket" "b7041" {
  bucket = "bucket-7041"
}
resource "aws_s3_bucket" "b7042" {
  bucket = "bucket-7042"
}
resource "aws_s3_bucket" "b7043" {
  bucket = "bucket-7043"
}
resource "aws_s3_bucket" "b7044" {
  bucket = "bucket-7044"
}
resource "aws_s3_bucket" "b7045" {
  bucket = "bucket-7045"
}
resource "aws_s3_bucket" "b7046" {
  bucket = "bucket-7046"
}
resource "aws_s3_bucket" "b7047" {
  bucket = "bucket-7047"
}
resource "aws_s3_bucket" "b7048" {
  bucket = "bucket-7048"
}
resource "aws_s3_bucket" "b7049" {
  bucket = "bucket-7049"
}
resource "aws_s3_bucket" "b7050" {
  bucket = "bucket-7050"
}
resource "aws_s3_bucket" "b7051" {
  bucket = "bucket-7051"
}
resource "aws_s3_bucket" "b7052" {
  bucket = "bucket-7052"
}
resource "aws_s3_bucket" "b7053" {
  bucket = "bucket-7053"
}
resource "aws_s3_bucket" "b7054" {
  bucket = "bucket-7054"
}
resource "aws_s3_bucket" "b7055" {
  bucket = "bucket-7055"
}
resource "aws_s3_bucket" "b7056" {
  bucket = "bucket-7056"
}
resource "aws_s3_bucket" "b7057" {
  bucket = "bucket-7057"
}
resource "aws_s3_bucket" "b7058" {
  bucket = "bucket-7058"
}
resource "aws_s3_bucket" "b7059" {
  bucket = "bucket-7059"
}
resource "aws_s3_bucket" "b7060" {
  bucket = "bucket-7060"
}
resource "aws_s3_bucket" "b7061" {
  bucket = "bucket-7061"
}
resource "aws_s3_bucket" "b7062" {
  bucket = "bucket-7062"
}
resource "aws_s3_bucket" "b7063" {
  bucket = "bucket-7063"
}
resource "aws_s3_bucket" "b7064" {
  bucket = "bucket-7064"
}
resource "aws_s3_bucket" "b7065" {
  bucket = "bucket-7065"
}
resource "aws_s3_bucket" "b7066" {
  bucket = "bucket-7066"
}
resource "aws_s3_bucket" "b7067" {
  bucket = "bucket-7067"
}
resource "aws_s3_bucket" "b7068" {
  bucket = "bucket-7068"
}
resource "aws_s3_bucket" "b7069" {
  bucket = "bucket-7069"
}
resource "aws_s3_bucket" "b7070" {
  bucket = "bucket-7070"
}
resource "aws_s3_bucket" "b7071" {
  bucket = "bucket-7071"
}
resource "aws_s3_bucket" "b7072" {
  bucket = "bucket-7072"
}
resource "aws_s3_bucket" "b7073" {
  bucket = "bucket-7073"
}
resource "aws_s3_bucket" "b7074" {
  bucket = "bucket-7074"
}
resource "aws_s3_bucket" "b7075" {
  bucket = "bucket-7075"
}
resource "aws_s3_bucket" "b7076" {
  bucket = "bucket-7076"
}
resource "aws_s3_bucket" "b7077" {
  bucket = "bucket-7077"
}
resource "aws_s3_bucket" "b7078" {
  bucket = "bucket-7078"
}
resource "aws_s3_bucket" "b7079" {
  bucket = "bucket-7079"
}
resource "aws_s3_bucket" "b7080" {
  bucket = "bucket-7080"
}
resource "aws_s3_bucket" "b7081" {
  bucket = "bucket-7081"
}
resource "aws_s3_bucket" "b7082" {
  bucket = "bucket-7082"
}
resource "aws_s3_bucket" "b7083" {
  bucket = "bucket-7083"
}
resource "aws_s3_bucket" "b7084" {
  bucket = "bucket-7084"
}
resource "aws_s3_bucket" "b7085" {
  bucket = "bucket-7085"
}
resource "aws_s3_bucket" "b7086" {
  bucket = "bucket-7086"
}
resource "aws_s3_bucket" "b7087" {
  bucket = "bucket-7087"
}
resource "aws_s3_bucket" "b7088" {
  bucket = "bucket-7088"
}
resource "aws_s3_bucket" "b7089" {
  bucket = "bucket-7089"
}
resource "aws_s3_bucket" "b7090" {
  bucket = "bucket-7090"
}
resource "aws_s3_bucket" "b7091" {
  bucket = "bucket-7091"
}
resource "aws_s3_bucket" "b7092" {
  bucket = "bucket-7092"
}
resource "aws_s3_bucket" "b7093" {
  bucket = "bucket-7093"
}
resource "aws_s3_bucket" "b7094" {
  bucket = "bucket-7094"
}
resource "aws_s3_bucket" "b7095" {
  bucket = "bucket-7095"
}
resource "aws_s3_bucket" "b7096" {
  bucket = "bucket-7096"
}
resource "aws_s3_bucket" "b7097" {
  bucket = "bucket-7097"
}
resource "aws_s3_bucket" "b7098" {
  bucket = "bucket-7098"
}
resource "aws_s3_bucket" "b7099" {
  bucket = "bucket-7099"
}
resource "aws_s3_bucket" "b7100" {
  bucket = "bucket-7100"
}
resource "aws_s3_bucket" "b7101" {
  bucket = "bucket-7101"
}
resource "aws_s3_bucket" "b7102" {
  bucket = "bucket-7102"
}
resource "aws_s3_bucket" "b7103" {
  bucket = "bucket-7103"
}
resource "aws_s3_bucket" "b7104" {
  bucket = "bucket-7104"
}
resource "aws_s3_bucket" "b7105" {
  bucket = "bucket-7105"
}
resource "aws_s3_bucket" "b7106" {
  bucket = "bucket-7106"
}
resource "aws_s3_bucket" "b7107" {
  bucket = "bucket-7107"
}
resource "aws_s3_bucket" "b7108" {
  bucket = "bucket-7108"
}
resource "aws_s3_bucket" "b7109" {
  bucket = "bucket-7109"
}
resource "aws_s3_bucket" "b7110" {
  bucket = "bucket-7110"
}
resource "aws_s3_bucket" "b7111" {
  bucket = "bucket-7111"
}
resource "aws_s3_bucket" "b7112" {
  bucket = "bucket-7112"
}
resource "aws_s3_bucket" "b7113" {
  bucket = "bucket-7113"
}
resource "aws_s3_bucket" "b7114" {
  bucket = "bucket-7114"
}
resource "aws_s3_bucket" "b7115" {
  bucket = "bucket-7115"
}
resource "aws_s3_bucket" "b7116" {
  bucket = "bucket-7116"
}
resource "aws_s3_bucket" "b7117" {
  bucket = "bucket-7117"
}
resource "aws_s3_bucket" "b7118" {
  bucket = "bucket-7118"
}
resource "aws_s3_bucket" "b7119" {
  bucket = "bucket-7119"
}
resource "aws_s3_bucket" "b7120" {
  bucket = "bucket-7120"
}
resource "aws_s3_bucket" "b7121" {
  bucket = "bucket-7121"
}
resource "aws_s3_bucket" "b7122" {
  bucket = "bucket-7122"
}
resource "aws_s3_bucket" "b7123" {
  bucket = "bucket-7123"
}
resource "aws_s3_bucket" "b7124" {
  bucket = "bucket-7124"
}
resource "aws_s3_bucket" "b7125" {
  bucket = "bucket-7125"
}
resource "aws_s3_bucket" "b7126" {
  bucket = "bucket-7126"
}
resource "aws_s3_bucket" "b7127" {
  bucket = "bucket-7127"
}
resource "aws_s3_bucket" "b7128" {
  bucket = "bucket-7128"
}
resource "aws_s3_bucket" "b7129" {
  bucket = "bucket-7129"
}
resource "aws_s3_bucket" "b7130" {
  bucket = "bucket-7130"
}
resource "aws_s3_bucket" "b7131" {
  bucket = "bucket-7131"
}
resource "aws_s3_bucket" "b7132" {
  bucket = "bucket-7132"
}
resource "aws_s3_bucket" "b7133" {
  bucket = "bucket-7133"
}
resource "aws_s3_bucket" "b7134" {
  bucket = "bucket-7134"
}
resource "aws_s3_bucket" "b7135" {
  bucket = "bucket-7135"
}
resource "aws_s3_bucket" "b7136" {
  bucket = "bucket-7136"
}
resource "aws_s3_bucket" "b7137" {
  bucket = "bucket-7137"
}
resource "aws_s3_bucket" "b7138" {
  bucket = "bucket-7138"
}
resource "aws_s3_bucket" "b7139" {
  bucket = "bucket-7139"
}
resource "aws_s3_bucket" "b7140" {
  bucket = "bucket-7140"
}
resource "aws_s3_bucket" "b7141" {
  bucket = "bucket-7141"
}
resource "aws_s3_bucket" "b7142" {
  bucket = "bucket-7142"
}
resource "aws_s3_bucket" "b7143" {
  bucket = "bucket-7143"
}
resource "aws_s3_bucket" "b7144" {
  bucket = "bucket-7144"
}
resource "aws_s3_bucket" "b7145" {
  bucket = "bucket-7145"
}
resource "aws_s3_bucket" "b7146" {
  bucket = "bucket-7146"
}
resource "aws_s3_bucket" "b7147" {
  bucket = "bucket-7147"
}
resource "aws_s3_bucket" "b7148" {
  bucket = "bucket-7148"
}
resource "aws_s3_bucket" "b7149" {
  bucket = "bucket-7149"
}
resource "aws_s3_bucket" "b7150" {
  bucket = "bucket-7150"
}
resource "aws_s3_bucket" "b7151" {
  bucket = "bucket-7151"
}
resource "aws_s3_bucket" "b7152" {
  bucket = "bucket-7152"
}
resource "aws_s3_bucket" "b7153" {
  bucket = "bucket-7153"
}
resource "aws_s3_bucket" "b7154" {
  bucket = "bucket-7154"
}
resource "aws_s3_bucket" "b7155" {
  bucket = "bucket-7155"
}
resource "aws_s3_bucket" "b7156" {
  bucket = "bucket-7156"
}
resource "aws_s3_bucket" "b7157" {
  bucket = "bucket-7157"
}
resource "aws_s3_bucket" "b7158" {
  bucket = "bucket-7158"
}
resource "aws_s3_bucket" "b7159" {
  bucket = "bucket-7159"
}
resource "aws_s3_bucket" "b7160" {
  bucket = "bucket-7160"
}
resource "aws_s3_bucket" "b7161" {
  bucket = "bucket-7161"
}
resource "aws_s3_bucket" "b7162" {
  bucket = "bucket-7162"
}
resource "aws_s3_bucket" "b7163" {
  bucket = "bucket-7163"
}
resource "aws_s3_bucket" "b7164" {
  bucket = "bucket-7164"
}
resource "aws_s3_bucket" "b7165" {
  bucket = "bucket-7165"
}
resource "aws_s3_bucket" "b7166" {
  bucket = "bucket-7166"
}
resource "aws_s3_bucket" "b7167" {
  bucket = "bucket-7167"
}
resource "aws_s3_bucket" "b7168" {
  bucket = "bucket-7168"
}
resource "aws_s3_bucket" "b7169" {
  bucket = "bucket-7169"
}
resource "aws_s3_bucket" "b7170" {
  bucket = "bucket-7170"
}
resource "aws_s3_bucket" "b7171" {
  bucket = "bucket-7171"
}
resource "aws_s3_bucket" "b7172" {
  bucket = "bucket-7172"
}
resource "aws_s3_bucket" "b7173" {
  bucket = "bucket-7173"
}
resource "aws_s3_bucket" "b7174" {
  bucket = "bucket-7174"
}
resource "aws_s3_bucket" "b7175" {
  bucket = "bucket-7175"
}
resource "aws_s3_bucket" "b7176" {
  bucket = "bucket-7176"
}
resource "aws_s3_bucket" "b7177" {
  bucket = "bucket-7177"
}
resource "aws_s3_bucket" "b7178" {
  bucket = "bucket-7178"
}
resource "aws_s3_bucket" "b7179" {
  bucket = "bucket-7179"
}
resource "aws_s3_bucket" "b7180" {
  bucket = "bucket-7180"
}
resource "aws_s3_bucket" "b7181" {
  bucket = "bucket-7181"
}
resource "aws_s3_bucket" "b7182" {
  bucket = "bucket-7182"
}
resource "aws_s3_bucket" "b7183" {
  bucket = "bucket-7183"
}
resource "aws_s3_bucket" "b7184" {
  bucket = "bucket-7184"
}
resource "aws_s3_bucket" "b7185" {
  bucket = "bucket-7185"
}
resource "aws_s3_bucket" "b7186" {
  bucket = "bucket-7186"
}
resource "aws_s3_bucket" "b7187" {
  bucket = "bucket-7187"
}
resource "aws_s3_bucket" "b7188" {
  bucket = "bucket-7188"
}
resource "aws_s3_bucket" "b7189" {
  bucket = "bucket-7189"
}
resource "aws_s3_bucket" "b7190" {
  bucket = "bucket-7190"
}
resource "aws_s3_bucket" "b7191" {
  bucket = "bucket-7191"
}
resource "aws_s3_bucket" "b7192" {
  bucket = "bucket-7192"
}
resource "aws_s3_bucket" "b7193" {
  bucket = "bucket-7193"
}
resource "aws_s3_bucket" "b7194" {
  bucket = "bucket-7194"
}
resource "aws_s3_bucket" "b7195" {
  bucket = "bucket-7195"
}
resource "aws_s3_bucket" "b7196" {
  bucket = "bucket-7196"
}
resource "aws_s3_bucket" "b7197" {
  bucket = "bucket-7197"
}
resource "aws_s3_bucket" "b7198" {
  bucket = "bucket-7198"
}
resource "aws_s3_bucket" "b7199" {
  bucket = "bucket-7199"
}
resource "aws_s3_bucket" "b7200" {
  bucket = "bucket-7200"
}
resource "aws_s3_bucket" "b7201" {
  bucket = "bucket-7201"
}
resource "aws_s3_bucket" "b7202" {
  bucket = "bucket-7202"
}
resource "aws_s3_bucket" "b7203" {
  bucket = "bucket-7203"
}
resource "aws_s3_bucket" "b7204" {
  bucket = "bucket-7204"
}
resource "aws_s3_bucket" "b7205" {
  bucket = "bucket-7205"
}
resource "aws_s3_bucket" "b7206" {
  bucket = "bucket-7206"
}
resource "aws_s3_bucket" "b7207" {
  bucket = "bucket-7207"
}
resource "aws_s3_bucket" "b7208" {
  bucket = "bucket-7208"
}
resource "aws_s3_bucket" "b7209" {
  bucket = "bucket-7209"
}
resource "aws_s3_bucket" "b7210" {
  bucket = "bucket-7210"
}
resource "aws_s3_bucket" "b7211" {
  bucket = "bucket-7211"
}
resource "aws_s3_bucket" "b7212" {
  bucket = "bucket-7212"
}
resource "aws_s3_bucket" "b7213" {
  bucket = "bucket-7213"
}
resource "aws_s3_bucket" "b7214" {
  bucket = "bucket-7214"
}
resource "aws_s3_bucket" "b7215" {
  bucket = "bucket-7215"
}
resource "aws_s3_bucket" "b7216" {
  bucket = "bucket-7216"
}
resource "aws_s3_bucket" "b7217" {
  bucket = "bucket-7217"
}
resource "aws_s3_bucket" "b7218" {
  bucket = "bucket-7218"
}
resource "aws_s3_bucket" "b7219" {
  bucket = "bucket-7219"
}
resource "aws_s3_bucket" "b7220" {
  bucket = "bucket-7220"
}
resource "aws_s3_bucket" "b7221" {
  bucket = "bucket-7221"
}
resource "aws_s3_bucket" "b7222" {
  bucket = "bucket-7222"
}
resource "aws_s3_bucket" "b7223" {
  bucket = "bucket-7223"
}
resource "aws_s3_bucket" "b7224" {
  bucket = "bucket-7224"
}
resource "aws_s3_bucket" "b7225" {
  bucket = "bucket-7225"
}
resource "aws_s3_bucket" "b7226" {
  bucket = "bucket-7226"
}
resource "aws_s3_bucket" "b7227" {
  bucket = "bucket-7227"
}
resource "aws_s3_bucket" "b7228" {
  bucket = "bucket-7228"
}
resource "aws_s3_bucket" "b7229" {
  bucket = "bucket-7229"
}
resource "aws_s3_bucket" "b7230" {
  bucket = "bucket-7230"
}
resource "aws_s3_bucket" "b7231" {
  bucket = "bucket-7231"
}
resource "aws_s3_bucket" "b7232" {
  bucket = "bucket-7232"
}
resource "aws_s3_bucket" "b7233" {
  bucket = "bucket-7233"
}
resource "aws_s3_bucket" "b7234" {
  bucket = "bucket-7234"
}
resource "aws_s3_bucket" "b7235" {
  bucket = "bucket-7235"
}
resource "aws_s3_bucket" "b7236" {
  bucket = "bucket-7236"
}
resource "aws_s3_bucket" "b7237" {
  bucket = "bucket-7237"
}
resource "aws_s3_bucket" "b7238" {
  bucket = "bucket-7238"
}
resource "aws_s3_bucket" "b7239" {
  bucket = "bucket-7239"
}
resource "aws_s3_bucket" "b7240" {
  bucket = "bucket-7240"
}
resource "aws_s3_bucket" "b7241" {
  bucket = "bucket-7241"
}
resource "aws_s3_bucket" "b7242" {
  bucket = "bucket-7242"
}
resource "aws_s3_bucket" "b7243" {
  bucket = "bucket-7243"
}
resource "aws_s3_bucket" "b7244" {
  bucket = "bucket-7244"
}
resource "aws_s3_bucket" "b7245" {
  bucket = "bucket-7245"
}
resource "aws_s3_bucket" "b7246" {
  bucket = "bucket-7246"
}
resource "aws_s3_bucket" "b7247" {
  bucket = "bucket-7247"
}
resource "aws_s3_bucket" "b7248" {
  bucket = "bucket-7248"
}
resource "aws_s3_bucket" "b7249" {
  bucket = "bucket-7249"
}
resource "aws_s3_bucket" "b7250" {
  bucket = "bucket-7250"
}
resource "aws_s3_bucket" "b7251" {
  bucket = "bucket-7251"
}
resource "aws_s3_bucket" "b7252" {
  bucket = "bucket-7252"
}
resource "aws_s3_bucket" "b7253" {
  bucket = "bucket-7253"
}
resource "aws_s3_bucket" "b7254" {
  bucket = "bucket-7254"
}
resource "aws_s3_bucket" "b7255" {
  bucket = "bucket-7255"
}
resource "aws_s3_bucket" "b7256" {
  bucket = "bucket-7256"
}
resource "aws_s3_bucket" "b7257" {
  bucket = "bucket-7257"
}
resource "aws_s3_bucket" "b7258" {
  bucket = "bucket-7258"
}
resource "aws_s3_bucket" "b7259" {
  bucket = "bucket-7259"
}
resource "aws_s3_bucket" "b7260" {
  bucket = "bucket-7260"
}
resource "aws_s3_bucket" "b7261" {
  bucket = "bucket-7261"
}
resource "aws_s3_bucket" "b7262" {
  bucket = "bucket-7262"
}
resource "aws_s3_bucket" "b7263" {
  bucket = "bucket-7263"
}
resource "aws_s3_bucket" "b7264" {
  bucket = "bucket-7264"
}
resource "aws_s3_bucket" "b7265" {
  bucket = "bucket-7265"
}
resource "aws_s3_bucket" "b7266" {
  bucket = "bucket-7266"
}
resource "aws_s3_bucket" "b7267" {
  bucket = "bucket-7267"
}
resource "aws_s3_bucket" "b7268" {
  bucket = "bucket-7268"
}
resource "aws_s3_bucket" "b7269" {
  bucket = "bucket-7269"
}
resource "aws_s3_bucket" "b7270" {
  bucket = "bucket-7270"
}
resource "aws_s3_bucket" "b7271" {
  bucket = "bucket-7271"
}
resource "aws_s3_bucket" "b7272" {
  bucket = "bucket-7272"
}
resource "aws_s3_bucket" "b7273" {
  bucket = "bucket-7273"
}
resource "aws_s3_bucket" "b7274" {
  bucket = "bucket-7274"
}
resource "aws_s3_bucket" "b7275" {
  bucket = "bucket-7275"
}
resource "aws_s3_bucket" "b7276" {
  bucket = "bucket-7276"
}
resource "aws_s3_bucket" "b7277" {
  bucket = "bucket-7277"
}
resource "aws_s3_bucket" "b7278" {
  bucket = "bucket-7278"
}
resource "aws_s3_bucket" "b7279" {
  bucket = "bucket-7279"
}
resource "aws_s3_bucket" "b7280" {
  bucket = "bucket-7280"
}
resource "aws_s3_bucket" "b7281" {
  bucket = "bucket-7281"
}
resource "aws_s3_bucket" "b7282" {
  bucket = "bucket-7282"
}
resource "aws_s3_bucket" "b7283" {
  bucket = "bucket-7283"
}
resource "aws_s3_bucket" "b7284" {
  bucket = "bucket-7284"
}
resource "aws_s3_bucket" "b7285" {
  bucket = "bucket-7285"
}
resource "aws_s3_bucket" "b7286" {
  bucket = "bucket-7286"
}
resource "aws_s3_bucket" "b7287" {
  bucket = "bucket-7287"
}
resource "aws_s3_bucket" "b7288" {
  bucket = "bucket-7288"
}
resource "aws_s3_bucket" "b7289" {
  bucket = "bucket-7289"
}
resource "aws_s3_bucket" "b7290" {
  bucket = "bucket-7290"
}
resource "aws_s3_bucket" "b7291" {
  bucket = "bucket-7291"
}
resource "aws_s3_bucket" "b7292" {
  bucket = "bucket-7292"
}
resource "aws_s3_bucket" "b7293" {
  bucket = "bucket-7293"
}
resource "aws_s3_bucket" "b7294" {
  bucket = "bucket-7294"
}
resource "aws_s3_bucket" "b7295" {
  bucket = "bucket-7295"
}
resource "aws_s3_bucket" "b7296" {
  bucket = "bucket-7296"
}
resource "aws_s3_bucket" "b7297" {
  bucket = "bucket-7297"
}
resource "aws_s3_bucket" "b7298" {
  bucket = "bucket-7298"
}
resource "aws_s3_bucket" "b7299" {
  bucket = "bucket-7299"
}
resource "aws_s3_bucket" "b7300" {
  bucket = "bucket-7300"
}
resource "aws_s3_bucket" "b7301" {
  bucket = "bucket-7301"
}
resource "aws_s3_bucket" "b7302" {
  bucket = "bucket-7302"
}
resource "aws_s3_bucket" "b7303" {
  bucket = "bucket-7303"
}
resource "aws_s3_bucket" "b7304" {
  bucket = "bucket-7304"
}
resource "aws_s3_bucket" "b7305" {
  bucket = "bucket-7305"
}
resource "aws_s3_bucket" "b7306" {
  bucket = "bucket-7306"
}
resource "aws_s3_bucket" "b7307" {
  bucket = "bucket-7307"
}
resource "aws_s3_bucket" "b7308" {
  bucket = "bucket-7308"
}
resource "aws_s3_bucket" "b7309" {
  bucket = "bucket-7309"
}
resource "aws_s3_bucket" "b7310" {
  bucket = "bucket-7310"
}
resource "aws_s3_bucket" "b7311" {
  bucket = "bucket-7311"
}
resource "aws_s3_bucket" "b7312" {
  bucket = "bucket-7312"
}
resource "aws_s3_bucket" "b7313" {
  bucket = "bucket-7313"
}
resource "aws_s3_bucket" "b7314" {
  bucket = "bucket-7314"
}
resource "aws_s3_bucket" "b7315" {
  bucket = "bucket-7315"
}
resource "aws_s3_bucket" "b7316" {
  bucket = "bucket-7316"
}
resource "aws_s3_bucket" "b7317" {
  bucket = "bucket-7317"
}
resource "aws_s3_bucket" "b7318" {
  bucket = "bucket-7318"
}
resource "aws_s3_bucket" "b7319" {
  bucket = "bucket-7319"
}
resource "aws_s3_bucket" "b7320" {
  bucket = "bucket-7320"
}
resource "aws_s3_bucket" "b7321" {
  bucket = "bucket-7321"
}
resource "aws_s3_bucket" "b7322" {
  bucket = "bucket-7322"
}
resource "aws_s3_bucket" "b7323" {
  bucket = "bucket-7323"
}
resource "aws_s3_bucket" "b7324" {
  bucket = "bucket-7324"
}
resource "aws_s3_bucket" "b7325" {
  bucket = "bucket-7325"
}
resource "aws_s3_bucket" "b7326" {
  bucket = "bucket-7326"
}
resource "aws_s3_bucket" "b7327" {
  bucket = "bucket-7327"
}
resource "aws_s3_bucket" "b7328" {
  bucket = "bucket-7328"
}
resource "aws_s3_bucket" "b7329" {
  bucket = "bucket-7329"
}
resource "aws_s3_bucket" "b7330" {
  bucket = "bucket-7330"
}
resource "aws_s3_bucket" "b7331" {
  bucket = "bucket-7331"
}
resource "aws_s3_bucket" "b7332" {
  bucket = "bucket-7332"
}
resource "aws_s3_bucket" "b7333" {
  bucket = "bucket-7333"
}
resource "aws_s3_bucket" "b7334" {
  bucket = "bucket-7334"
}
resource "aws_s3_bucket" "b7335" {
  bucket = "bucket-7335"
}
resource "aws_s3_bucket" "b7336" {
  bucket = "bucket-7336"
}
resource "aws_s3_bucket" "b7337" {
  bucket = "bucket-7337"
}
resource "aws_s3_bucket" "b7338" {
  bucket = "bucket-7338"
}
resource "aws_s3_bucket" "b7339" {
  bucket = "bucket-7339"
}
resource "aws_s3_bucket" "b7340" {
  bucket = "bucket-7340"
}
resource "aws_s3_bucket" "b7341" {
  bucket = "bucket-7341"
}
resource "aws_s3_bucket" "b7342" {
  bucket = "bucket-7342"
}
resource "aws_s3_bucket" "b7343" {
  bucket = "bucket-7343"
}
resource "aws_s3_bucket" "b7344" {
  bucket = "bucket-7344"
}
resource "aws_s3_bucket" "b7345" {
  bucket = "bucket-7345"
}
resource "aws_s3_bucket" "b7346" {
  bucket = "bucket-7346"
}
resource "aws_s3_bucket" "b7347" {
  bucket = "bucket-7347"
}
resource "aws_s3_bucket" "b7348" {
  bucket = "bucket-7348"
}
resource "aws_s3_bucket" "b7349" {
  bucket = "bucket-7349"
}
resource "aws_s3_bucket" "b7350" {
  bucket = "bucket-7350"
}
resource "aws_s3_bucket" "b7351" {
  bucket = "bucket-7351"
}
resource "aws_s3_bucket" "b7352" {
  bucket = "bucket-7352"
}
resource "aws_s3_bucket" "b7353" {
  bucket = "bucket-7353"
}
resource "aws_s3_bucket" "b7354" {
  bucket = "bucket-7354"
}
resource "aws_s3_bucket" "b7355" {
  bucket = "bucket-7355"
}
resource "aws_s3_bucket" "b7356" {
  bucket = "bucket-7356"
}
resource "aws_s3_bucket" "b7357" {
  bucket = "bucket-7357"
}
resource "aws_s3_bucket" "b7358" {
  bucket = "bucket-7358"
}
resource "aws_s3_bucket" "b7359" {
  bucket = "bucket-7359"
}
resource "aws_s3_bucket" "b7360" {
  bucket = "bucket-7360"
}
resource "aws_s3_bucket" "b7361" {
  bucket = "bucket-7361"
}
resource "aws_s3_bucket" "b7362" {
  bucket = "bucket-7362"
}
resource "aws_s3_bucket" "b7363" {
  bucket = "bucket-7363"
}
resource "aws_s3_bucket" "b7364" {
  bucket = "bucket-7364"
}
resource "aws_s3_bucket" "b7365" {
  bucket = "bucket-7365"
}
resource "aws_s3_bucket" "b7366" {
  bucket = "bucket-7366"
}
resource "aws_s3_bucket" "b7367" {
  bucket = "bucket-7367"
}
resource "aws_s3_bucket" "b7368" {
  bucket = "bucket-7368"
}
resource "aws_s3_bucket" "b7369" {
  bucket = "bucket-7369"
}
resource "aws_s3_bucket" "b7370" {
  bucket = "bucket-7370"
}
resource "aws_s3_bucket" "b7371" {
  bucket = "bucket-7371"
}
resource "aws_s3_bucket" "b7372" {
  bucket = "bucket-7372"
}
resource "aws_s3_bucket" "b7373" {
  bucket = "bucket-7373"
}
resource "aws_s3_bucket" "b7374" {
  bucket = "bucket-7374"
}
resource "aws_s3_bucket" "b7375" {
  bucket = "bucket-7375"
}
resource "aws_s3_bucket" "b7376" {
  bucket = "bucket-7376"
}
resource "aws_s3_bucket" "b7377" {
  bucket = "bucket-7377"
}
resource "aws_s3_bucket" "b7378" {
  bucket = "bucket-7378"
}
resource "aws_s3_bucket" "b7379" {
  bucket = "bucket-7379"
}
resource "aws_s3_bucket" "b7380" {
  bucket = "bucket-7380"
}
resource "aws_s3_bucket" "b7381" {
  bucket = "bucket-7381"
}
resource "aws_s3_bucket" "b7382" {
  bucket = "bucket-7382"
}
resource "aws_s3_bucket" "b7383" {
  bucket = "bucket-7383"
}
resource "aws_s3_bucket" "b7384" {
  bucket = "bucket-7384"
}
resource "aws_s3_bucket" "b7385" {
  bucket = "bucket-7385"
}
resource "aws_s3_bucket" "b7386" {
  bucket = "bucket-7386"
}
resource "aws_s3_bucket" "b7387" {
  bucket = "bucket-7387"
}
resource "aws_s3_bucket" "b7388" {
  bucket = "bucket-7388"
}
resource "aws_s3_bucket" "b7389" {
  bucket = "bucket-7389"
}
resource "aws_s3_bucket" "b7390" {
  bucket = "bucket-7390"
}
resource "aws_s3_bucket" "b7391" {
  bucket = "bucket-7391"
}
resource "aws_s3_bucket" "b7392" {
  bucket = "bucket-7392"
}
resource "aws_s3_bucket" "b7393" {
  bucket = "bucket-7393"
}
resource "aws_s3_bucket" "b7394" {
  bucket = "bucket-7394"
}
resource "aws_s3_bucket" "b7395" {
  bucket = "bucket-7395"
}
resource "aws_s3_bucket" "b7396" {
  bucket = "bucket-7396"
}
resource "aws_s3_bucket" "b7397" {
  bucket = "bucket-7397"
}
resource "aws_s3_bucket" "b7398" {
  bucket = "bucket-7398"
}
resource "aws_s3_bucket" "b7399" {
  bucket = "bucket-7399"
}
resource "aws_s3_bucket" "b7400" {
  bucket = "bucket-7400"
}
resource "aws_s3_bucket" "b7401" {
  bucket = "bucket-7401"
}
resource "aws_s3_bucket" "b7402" {
  bucket = "bucket-7402"
}
resource "aws_s3_bucket" "b7403" {
  bucket = "bucket-7403"
}
resource "aws_s3_bucket" "b7404" {
  bucket = "bucket-7404"
}
resource "aws_s3_bucket" "b7405" {
  bucket = "bucket-7405"
}
resource "aws_s3_bucket" "b7406" {
  bucket = "bucket-7406"
}
resource "aws_s3_bucket" "b7407" {
  bucket = "bucket-7407"
}
resource "aws_s3_bucket" "b7408" {
  bucket = "bucket-7408"
}
resource "aws_s3_bucket" "b7409" {
  bucket = "bucket-7409"
}
resource "aws_s3_bucket" "b7410" {
  bucket = "bucket-7410"
}
resource "aws_s3_bucket" "b7411" {
  bucket = "bucket-7411"
}
resource "aws_s3_bucket" "b7412" {
  bucket = "bucket-7412"
}
resource "aws_s3_bucket" "b7413" {
  bucket = "bucket-7413"
}
resource "aws_s3_bucket" "b7414" {
  bucket = "bucket-7414"
}
resource "aws_s3_bucket" "b7415" {
  bucket = "bucket-7415"
}
resource "aws_s3_bucket" "b7416" {
  bucket = "bucket-7416"
}
resource "aws_s3_bucket" "b7417" {
  bucket = "bucket-7417"
}
resource "aws_s3_bucket" "b7418" {
  bucket = "bucket-7418"
}
resource "aws_s3_bucket" "b7419" {
  bucket = "bucket-7419"
}
resource "aws_s3_bucket" "b7420" {
  bucket = "bucket-7420"
}
resource "aws_s3_bucket" "b7421" {
  bucket = "bucket-7421"
}
resource "aws_s3_bucket" "b7422" {
  bucket = "bucket-7422"
}
resource "aws_s3_bucket" "b7423" {
  bucket = "bucket-7423"
}
resource "aws_s3_bucket" "b7424" {
  bucket = "bucket-7424"
}
resource "aws_s3_bucket" "b7425" {
  bucket = "bucket-7425"
}
resource "aws_s3_bucket" "b7426" {
  bucket = "bucket-7426"
}
resource "aws_s3_bucket" "b7427" {
  bucket = "bucket-7427"
}
resource "aws_s3_bucket" "b7428" {
  bucket = "bucket-7428"
}
resource "aws_s3_bucket" "b7429" {
  bucket = "bucket-7429"
}
resource "aws_s3_bucket" "b7430" {
  bucket = "bucket-7430"
}
resource "aws_s3_bucket" "b7431" {
  bucket = "bucket-7431"
}
resource "aws_s3_bucket" "b7432" {
  bucket = "bucket-7432"
}
resource "aws_s3_bucket" "b7433" {
  bucket = "bucket-7433"
}
resource "aws_s3_bucket" "b7434" {
  bucket = "bucket-7434"
}
resource "aws_s3_bucket" "b7435" {
  bucket = "bucket-7435"
}
resource "aws_s3_bucket" "b7436" {
  bucket = "bucket-7436"
}
resource "aws_s3_bucket" "b7437" {
  bucket = "bucket-7437"
}
resource "aws_s3_bucket" "b7438" {
  bucket = "bucket-7438"
}
resource "aws_s3_bucket" "b7439" {
  bucket = "bucket-7439"
}
resource "aws_s3_bucket" "b7440" {
  bucket = "bucket-7440"
}
resource "aws_s3_bucket" "b7441" {
  bucket = "bucket-7441"
}
resource "aws_s3_bucket" "b7442" {
  bucket = "bucket-7442"
}
resource "aws_s3_bucket" "b7443" {
  bucket = "bucket-7443"
}
resource "aws_s3_bucket" "b7444" {
  bucket = "bucket-7444"
}
resource "aws_s3_bucket" "b7445" {
  bucket = "bucket-7445"
}
resource "aws_s3_bucket" "b7446" {
  bucket = "bucket-7446"
}
resource "aws_s3_bucket" "b7447" {
  bucket = "bucket-7447"
}
resource "aws_s3_bucket" "b7448" {
  bucket = "bucket-7448"
}
resource "aws_s3_bucket" "b7449" {
  bucket = "bucket-7449"
}
resource "aws_s3_bucket" "b7450" {
  bucket = "bucket-7450"
}
resource "aws_s3_bucket" "b7451" {
  bucket = "bucket-7451"
}
resource "aws_s3_bucket" "b7452" {
  bucket = "bucket-7452"
}
resource "aws_s3_bucket" "b7453" {
  bucket = "bucket-7453"
}
resource "aws_s3_bucket" "b7454" {
  bucket = "bucket-7454"
}
resource "aws_s3_bucket" "b7455" {
  bucket = "bucket-7455"
}
resource "aws_s3_bucket" "b7456" {
  bucket = "bucket-7456"
}
resource "aws_s3_bucket" "b7457" {
  bucket = "bucket-7457"
}
resource "aws_s3_bucket" "b7458" {
  bucket = "bucket-7458"
}
resource "aws_s3_bucket" "b7459" {
  bucket = "bucket-7459"
}
resource "aws_s3_bucket" "b7460" {
  bucket = "bucket-7460"
}
resource "aws_s3_bucket" "b7461" {
  bucket = "bucket-7461"
}
resource "aws_s3_bucket" "b7462" {
  bucket = "bucket-7462"
}
resource "aws_s3_bucket" "b7463" {
  bucket = "bucket-7463"
}
resource "aws_s3_bucket" "b7464" {
  bucket = "bucket-7464"
}
resource "aws_s3_bucket" "b7465" {
  bucket = "bucket-7465"
}
resource "aws_s3_bucket" "b7466" {
  bucket = "bucket-7466"
}
resource "aws_s3_bucket" "b7467" {
  bucket = "bucket-7467"
}
resource "aws_s3_bucket" "b7468" {
  bucket = "bucket-7468"
}
resource "aws_s3_bucket" "b7469" {
  bucket = "bucket-7469"
}
resource "aws_s3_bucket" "b7470" {
  bucket = "bucket-7470"
}
resource "aws_s3_bucket" "b7471" {
  bucket = "bucket-7471"
}
resource "aws_s3_bucket" "b7472" {
  bucket = "bucket-7472"
}
resource "aws_s3_bucket" "b7473" {
  bucket = "bucket-7473"
}
resource "aws_s3_bucket" "b7474" {
  bucket = "bucket-7474"
}
resource "aws_s3_bucket" "b7475" {
  bucket = "bucket-7475"
}
resource "aws_s3_bucket" "b7476" {
  bucket = "bucket-7476"
}
resource "aws_s3_bucket" "b7477" {
  bucket = "bucket-7477"
}
resource "aws_s3_bucket" "b7478" {
  bucket = "bucket-7478"
}
resource "aws_s3_bucket" "b7479" {
  bucket = "bucket-7479"
}
resource "aws_s3_bucket" "b7480" {
  bucket = "bucket-7480"
}
resource "aws_s3_bucket" "b7481" {
  bucket = "bucket-7481"
}
resource "aws_s3_bucket" "b7482" {
  bucket = "bucket-7482"
}
resource "aws_s3_bucket" "b7483" {
  bucket = "bucket-7483"
}
resource "aws_s3_bucket" "b7484" {
  bucket = "bucket-7484"
}
resource "aws_s3_bucket" "b7485" {
  bucket = "bucket-7485"
}
resource "aws_s3_bucket" "b7486" {
  bucket = "bucket-7486"
}
resource "aws_s3_bucket" "b7487" {
  bucket = "bucket-7487"
}
resource "aws_s3_bucket" "b7488" {
  bucket = "bucket-7488"
}
resource "aws_s3_bucket" "b7489" {
  bucket = "bucket-7489"
}
resource "aws_s3_bucket" "b7490" {
  bucket = "bucket-7490"
}
resource "aws_s3_bucket" "b7491" {
  bucket = "bucket-7491"
}
resource "aws_s3_bucket" "b7492" {
  bucket = "bucket-7492"
}
resource "aws_s3_bucket" "b7493" {
  bucket = "bucket-7493"
}
resource "aws_s3_bucket" "b7494" {
  bucket = "bucket-7494"
}
resource "aws_s3_bucket" "b7495" {
  bucket = "bucket-7495"
}
resource "aws_s3_bucket" "b7496" {
  bucket = "bucket-7496"
}
resource "aws_s3_bucket" "b7497" {
  bucket = "bucket-7497"
}
resource "aws_s3_bucket" "b7498" {
  bucket = "bucket-7498"
}
resource "aws_s3_bucket" "b7499" {
  bucket = "bucket-7499"
}
resource "aws_s3_bucket" "b7500" {
  bucket = "bucket-7500"
}
resource "aws_s3_bucket" "b7501" {
  bucket = "bucket-7501"
}
resource "aws_s3_bucket" "b7502" {
  bucket = "bucket-7502"
}
resource "aws_s3_bucket" "b7503" {
  bucket = "bucket-7503"
}
resource "aws_s3_bucket" "b7504" {
  bucket = "bucket-7504"
}
resource "aws_s3_bucket" "b7505" {
  bucket = "bucket-7505"
}
resource "aws_s3_bucket" "b7506" {
  bucket = "bucket-7506"
}
resource "aws_s3_bucket" "b7507" {
  bucket = "bucket-7507"
}
resource "aws_s3_bucket" "b7508" {
  bucket = "bucket-7508"
}
resource "aws_s3_bucket" "b7509" {
  bucket = "bucket-7509"
}
resource "aws_s3_bucket" "b7510" {
  bucket = "bucket-7510"
}
resource "aws_s3_bucket" "b7511" {
  bucket = "bucket-7511"
}
resource "aws_s3_bucket" "b7512" {
  bucket = "bucket-7512"
}
resource "aws_s3_bucket" "b7513" {
  bucket = "bucket-7513"
}
resource "aws_s3_bucket" "b7514" {
  bucket = "bucket-7514"
}
resource "aws_s3_bucket" "b7515" {
  bucket = "bucket-7515"
}
resource "aws_s3_bucket" "b7516" {
  bucket = "bucket-7516"
}
resource "aws_s3_bucket" "b7517" {
  bucket = "bucket-7517"
}
resource "aws_s3_bucket" "b7518" {
  bucket = "bucket-7518"
}
resource "aws_s3_bucket" "b7519" {
  bucket = "bucket-7519"
}
resource "aws_s3_bucket" "b7520" {
  bucket = "bucket-7520"
}
resource "aws_s3_bucket" "b7521" {
  bucket = "bucket-7521"
}
resource "aws_s3_bucket" "b7522" {
  bucket = "bucket-7522"
}
resource "aws_s3_bucket" "b7523" {
  bucket = "bucket-7523"
}
resource "aws_s3_bucket" "b7524" {
  bucket = "bucket-7524"
}
resource "aws_s3_bucket" "b7525" {
  bucket = "bucket-7525"
}
resource "aws_s3_bucket" "b7526" {
  bucket = "bucket-7526"
}
resource "aws_s3_bucket" "b7527" {
  bucket = "bucket-7527"
}
resource "aws_s3_bucket" "b7528" {
  bucket = "bucket-7528"
}
resource "aws_s3_bucket" "b7529" {
  bucket = "bucket-7529"
}
resource "aws_s3_bucket" "b7530" {
  bucket = "bucket-7530"
}
resource "aws_s3_bucket" "b7531" {
  bucket = "bucket-7531"
}
resource "aws_s3_bucket" "b7532" {
  bucket = "bucket-7532"
}
resource "aws_s3_bucket" "b7533" {
  bucket = "bucket-7533"
}
resource "aws_s3_bucket" "b7534" {
  bucket = "bucket-7534"
}
resource "aws_s3_bucket" "b7535" {
  bucket = "bucket-7535"
}
resource "aws_s3_bucket" "b7536" {
  bucket = "bucket-7536"
}
resource "aws_s3_bucket" "b7537" {
  bucket = "bucket-7537"
}
resource "aws_s3_bucket" "b7538" {
  bucket = "bucket-7538"
}
resource "aws_s3_bucket" "b7539" {
  bucket = "bucket-7539"
}
resource "aws_s3_bucket" "b7540" {
  bucket = "bucket-7540"
}
resource "aws_s3_bucket" "b7541" {
  bucket = "bucket-7541"
}
resource "aws_s3_bucket" "b7542" {
  bucket = "bucket-7542"
}
resource "aws_s3_bucket" "b7543" {
  bucket = "bucket-7543"
}
resource "aws_s3_bucket" "b7544" {
  bucket = "bucket-7544"
}
resource "aws_s3_bucket" "b7545" {
  bucket = "bucket-7545"
}
resource "aws_s3_bucket" "b7546" {
  bucket = "bucket-7546"
}
resource "aws_s3_bucket" "b7547" {
  bucket = "bucket-7547"
}
resource "aws_s3_bucket" "b7548" {
  bucket = "bucket-7548"
}
resource "aws_s3_bucket" "b7549" {
  bucket = "bucket-7549"
}
resource "aws_s3_bucket" "b7550" {
  bucket = "bucket-7550"
}
resource "aws_s3_bucket" "b7551" {
  bucket = "bucket-7551"
}
resource "aws_s3_bucket" "b7552" {
  bucket = "bucket-7552"
}
resource "aws_s3_bucket" "b7553" {
  bucket = "bucket-7553"
}
resource "aws_s3_bucket" "b7554" {
  bucket = "bucket-7554"
}
resource "aws_s3_bucket" "b7555" {
  bucket = "bucket-7555"
}
resource "aws_s3_bucket" "b7556" {
  bucket = "bucket-7556"
}
resource "aws_s3_bucket" "b7557" {
  bucket = "bucket-7557"
}
resource "aws_s3_bucket" "b7558" {
  bucket = "bucket-7558"
}
resource "aws_s3_bucket" "b7559" {
  bucket = "bucket-7559"
}
resource "aws_s3_bucket" "b7560" {
  bucket = "bucket-7560"
}
resource "aws_s3_bucket" "b7561" {
  bucket = "bucket-7561"
}
resource "aws_s3_bucket" "b7562" {
  bucket = "bucket-7562"
}
resource "aws_s3_bucket" "b7563" {
  bucket = "bucket-7563"
}
resource "aws_s3_bucket" "b7564" {
  bucket = "bucket-7564"
}
resource "aws_s3_bucket" "b7565" {
  bucket = "bucket-7565"
}
resource "aws_s3_bucket" "b7566" {
  bucket = "bucket-7566"
}
resource "aws_s3_bucket" "b7567" {
  bucket = "bucket-7567"
}
resource "aws_s3_bucket" "b7568" {
  bucket = "bucket-7568"
}
resource "aws_s3_bucket" "b7569" {
  bucket = "bucket-7569"
}
resource "aws_s3_bucket" "b7570" {
  bucket = "bucket-7570"
}
resource "aws_s3_bucket" "b7571" {
  bucket = "bucket-7571"
}
resource "aws_s3_bucket" "b7572" {
  bucket = "bucket-7572"
}
resource "aws_s3_bucket" "b7573" {
  bucket = "bucket-7573"
}
resource "aws_s3_bucket" "b7574" {
  bucket = "bucket-7574"
}
resource "aws_s3_bucket" "b7575" {
  bucket = "bucket-7575"
}
resource "aws_s3_bucket" "b7576" {
  bucket = "bucket-7576"
}
resource "aws_s3_bucket" "b7577" {
  bucket = "bucket-7577"
}
resource "aws_s3_bucket" "b7578" {
  bucket = "bucket-7578"
}
resource "aws_s3_bucket" "b7579" {
  bucket = "bucket-7579"
}
resource "aws_s3_bucket" "b7580" {
  bucket = "bucket-7580"
}
resource "aws_s3_bucket" "b7581" {
  bucket = "bucket-7581"
}
resource "aws_s3_bucket" "b7582" {
  bucket = "bucket-7582"
}
resource "aws_s3_bucket" "b7583" {
  bucket = "bucket-7583"
}
resource "aws_s3_bucket" "b7584" {
  bucket = "bucket-7584"
}
resource "aws_s3_bucket" "b7585" {
  bucket = "bucket-7585"
}
resource "aws_s3_bucket" "b7586" {
  bucket = "bucket-7586"
}
resource "aws_s3_bucket" "b7587" {
  bucket = "bucket-7587"
}
resource "aws_s3_bucket" "b7588" {
  bucket = "bucket-7588"
}
resource "aws_s3_bucket" "b7589" {
  bucket = "bucket-7589"
}
resource "aws_s3_bucket" "b7590" {
  bucket = "bucket-7590"
}
resource "aws_s3_bucket" "b7591" {
  bucket = "bucket-7591"
}
resource "aws_s3_bucket" "b7592" {
  bucket = "bucket-7592"
}
resource "aws_s3_bucket" "b7593" {
  bucket = "bucket-7593"
}
resource "aws_s3_bucket" "b7594" {
  bucket = "bucket-7594"
}
resource "aws_s3_bucket" "b7595" {
  bucket = "bucket-7595"
}
resource "aws_s3_bucket" "b7596" {
  bucket = "bucket-7596"
}
resource "aws_s3_bucket" "b7597" {
  bucket = "bucket-7597"
}
resource "aws_s3_bucket" "b7598" {
  bucket = "bucket-7598"
}
resource "aws_s3_bucket" "b7599" {
  bucket = "bucket-7599"
}
resource "aws_s3_bucket" "b7600" {
  bucket = "bucket-7600"
}
resource "aws_s3_bucket" "b7601" {
  bucket = "bucket-7601"
}
resource "aws_s3_bucket" "b7602" {
  bucket = "bucket-7602"
}
resource "aws_s3_bucket" "b7603" {
  bucket = "bucket-7603"
}
resource "aws_s3_bucket" "b7604" {
  bucket = "bucket-7604"
}
resource "aws_s3_bucket" "b7605" {
  bucket = "bucket-7605"
}
resource "aws_s3_bucket" "b7606" {
  bucket = "bucket-7606"
}
resource "aws_s3_bucket" "b7607" {
  bucket = "bucket-7607"
}
resource "aws_s3_bucket" "b7608" {
  bucket = "bucket-7608"
}
resource "aws_s3_bucket" "b7609" {
  bucket = "bucket-7609"
}
resource "aws_s3_bucket" "b7610" {
  bucket = "bucket-7610"
}
resource "aws_s3_bucket" "b7611" {
  bucket = "bucket-7611"
}
resource "aws_s3_bucket" "b7612" {
  bucket = "bucket-7612"
}
resource "aws_s3_bucket" "b7613" {
  bucket = "bucket-7613"
}
resource "aws_s3_bucket" "b7614" {
  bucket = "bucket-7614"
}
resource "aws_s3_bucket" "b7615" {
  bucket = "bucket-7615"
}
resource "aws_s3_bucket" "b7616" {
  bucket = "bucket-7616"
}
resource "aws_s3_bucket" "b7617" {
  bucket = "bucket-7617"
}
resource "aws_s3_bucket" "b7618" {
  bucket = "bucket-7618"
}
resource "aws_s3_bucket" "b7619" {
  bucket = "bucket-7619"
}
resource "aws_s3_bucket" "b7620" {
  bucket = "bucket-7620"
}
resource "aws_s3_bucket" "b7621" {
  bucket = "bucket-7621"
}
resource "aws_s3_bucket" "b7622" {
  bucket = "bucket-7622"
}
resource "aws_s3_bucket" "b7623" {
  bucket = "bucket-7623"
}
resource "aws_s3_bucket" "b7624" {
  bucket = "bucket-7624"
}
resource "aws_s3_bucket" "b7625" {
  bucket = "bucket-7625"
}
resource "aws_s3_bucket" "b7626" {
  bucket = "bucket-7626"
}
resource "aws_s3_bucket" "b7627" {
  bucket = "bucket-7627"
}
resource "aws_s3_bucket" "b7628" {
  bucket = "bucket-7628"
}
resource "aws_s3_bucket" "b7629" {
  bucket = "bucket-7629"
}
resource "aws_s3_bucket" "b7630" {
  bucket = "bucket-7630"
}
resource "aws_s3_bucket" "b7631" {
  bucket = "bucket-7631"
}
resource "aws_s3_bucket" "b7632" {
  bucket = "bucket-7632"
}
resource "aws_s3_bucket" "b7633" {
  bucket = "bucket-7633"
}
resource "aws_s3_bucket" "b7634" {
  bucket = "bucket-7634"
}
resource "aws_s3_bucket" "b7635" {
  bucket = "bucket-7635"
}
resource "aws_s3_bucket" "b7636" {
  bucket = "bucket-7636"
}
resource "aws_s3_bucket" "b7637" {
  bucket = "bucket-7637"
}
resource "aws_s3_bucket" "b7638" {
  bucket = "bucket-7638"
}
resource "aws_s3_bucket" "b7639" {
  bucket = "bucket-7639"
}
resource "aws_s3_bucket" "b7640" {
  bucket = "bucket-7640"
}
resource "aws_s3_bucket" "b7641" {
  bucket = "bucket-7641"
}
resource "aws_s3_bucket" "b7642" {
  bucket = "bucket-7642"
}
resource "aws_s3_bucket" "b7643" {
  bucket = "bucket-7643"
}
resource "aws_s3_bucket" "b7644" {
  bucket = "bucket-7644"
}
resource "aws_s3_bucket" "b7645" {
  bucket = "bucket-7645"
}
resource "aws_s3_bucket" "b7646" {
  bucket = "bucket-7646"
}
resource "aws_s3_bucket" "b7647" {
  bucket = "bucket-7647"
}
resource "aws_s3_bucket" "b7648" {
  bucket = "bucket-7648"
}
resource "aws_s3_bucket" "b7649" {
  bucket = "bucket-7649"
}
resource "aws_s3_bucket" "b7650" {
  bucket = "bucket-7650"
}
resource "aws_s3_bucket" "b7651" {
  bucket = "bucket-7651"
}
resource "aws_s3_bucket" "b7652" {
  bucket = "bucket-7652"
}
resource "aws_s3_bucket" "b7653" {
  bucket = "bucket-7653"
}
resource "aws_s3_bucket" "b7654" {
  bucket = "bucket-7654"
}
resource "aws_s3_bucket" "b7655" {
  bucket = "bucket-7655"
}
resource "aws_s3_bucket" "b7656" {
  bucket = "bucket-7656"
}
resource "aws_s3_bucket" "b7657" {
  bucket = "bucket-7657"
}
resource "aws_s3_bucket" "b7658" {
  bucket = "bucket-7658"
}
resource "aws_s3_bucket" "b7659" {
  bucket = "bucket-7659"
}
resource "aws_s3_bucket" "b7660" {
  bucket = "bucket-7660"
}
resource "aws_s3_bucket" "b7661" {
  bucket = "bucket-7661"
}
resource "aws_s3_bucket" "b7662" {
  bucket = "bucket-7662"
}
resource "aws_s3_bucket" "b7663" {
  bucket = "bucket-7663"
}
resource "aws_s3_bucket" "b7664" {
  bucket = "bucket-7664"
}
resource "aws_s3_bucket" "b7665" {
  bucket = "bucket-7665"
}
resource "aws_s3_bucket" "b7666" {
  bucket = "bucket-7666"
}
resource "aws_s3_bucket" "b7667" {
  bucket = "bucket-7667"
}
resource "aws_s3_bucket" "b7668" {
  bucket = "bucket-7668"
}
resource "aws_s3_bucket" "b7669" {
  bucket = "bucket-7669"
}
resource "aws_s3_bucket" "b7670" {
  bucket = "bucket-7670"
}
resource "aws_s3_bucket" "b7671" {
  bucket = "bucket-7671"
}
resource "aws_s3_bucket" "b7672" {
  bucket = "bucket-7672"
}
resource "aws_s3_bucket" "b7673" {
  bucket = "bucket-7673"
}
resource "aws_s3_bucket" "b7674" {
  bucket = "bucket-7674"
}
resource "aws_s3_bucket" "b7675" {
  bucket = "bucket-7675"
}
resource "aws_s3_bucket" "b7676" {
  bucket = "bucket-7676"
}
resource "aws_s3_bucket" "b7677" {
  bucket = "bucket-7677"
}
resource "aws_s3_bucket" "b7678" {
  bucket = "bucket-7678"
}
resource "aws_s3_bucket" "b7679" {
  bucket = "bucket-7679"
}
resource "aws_s3_bucket" "b7680" {
  bucket = "bucket-7680"
}
resource "aws_s3_bucket" "b7681" {
  bucket = "bucket-7681"
}
resource "aws_s3_bucket" "b7682" {
  bucket = "bucket-7682"
}
resource "aws_s3_bucket" "b7683" {
  bucket = "bucket-7683"
}
resource "aws_s3_bucket" "b7684" {
  bucket = "bucket-7684"
}
resource "aws_s3_bucket" "b7685" {
  bucket = "bucket-7685"
}
resource "aws_s3_bucket" "b7686" {
  bucket = "bucket-7686"
}
resource "aws_s3_bucket" "b7687" {
  bucket = "bucket-7687"
}
resource "aws_s3_bucket" "b7688" {
  bucket = "bucket-7688"
}
resource "aws_s3_bucket" "b7689" {
  bucket = "bucket-7689"
}
resource "aws_s3_bucket" "b7690" {
  bucket = "bucket-7690"
}
resource "aws_s3_bucket" "b7691" {
  bucket = "bucket-7691"
}
resource "aws_s3_bucket" "b7692" {
  bucket = "bucket-7692"
}
resource "aws_s3_bucket" "b7693" {
  bucket = "bucket-7693"
}
resource "aws_s3_bucket" "b7694" {
  bucket = "bucket-7694"
}
resource "aws_s3_bucket" "b7695" {
  bucket = "bucket-7695"
}
resource "aws_s3_bucket" "b7696" {
  bucket = "bucket-7696"
}
resource "aws_s3_bucket" "b7697" {
  bucket = "bucket-7697"
}
resource "aws_s3_bucket" "b7698" {
  bucket = "bucket-7698"
}
resource "aws_s3_bucket" "b7699" {
  bucket = "bucket-7699"
}
resource "aws_s3_bucket" "b7700" {
  bucket = "bucket-7700"
}
resource "aws_s3_bucket" "b7701" {
  bucket = "bucket-7701"
}
resource "aws_s3_bucket" "b7702" {
  bucket = "bucket-7702"
}
resource "aws_s3_bucket" "b7703" {
  bucket = "bucket-7703"
}
resource "aws_s3_bucket" "b7704" {
  bucket = "bucket-7704"
}
resource "aws_s3_bucket" "b7705" {
  bucket = "bucket-7705"
}
resource "aws_s3_bucket" "b7706" {
  bucket = "bucket-7706"
}
resource "aws_s3_bucket" "b7707" {
  bucket = "bucket-7707"
}
resource "aws_s3_bucket" "b7708" {
  bucket = "bucket-7708"
}
resource "aws_s3_bucket" "b7709" {
  bucket = "bucket-7709"
}
resource "aws_s3_bucket" "b7710" {
  bucket = "bucket-7710"
}
resource "aws_s3_bucket" "b7711" {
  bucket = "bucket-7711"
}
resource "aws_s3_bucket" "b7712" {
  bucket = "bucket-7712"
}
resource "aws_s3_bucket" "b7713" {
  bucket = "bucket-7713"
}
resource "aws_s3_bucket" "b7714" {
  bucket = "bucket-7714"
}
resource "aws_s3_bucket" "b7715" {
  bucket = "bucket-7715"
}
resource "aws_s3_bucket" "b7716" {
  bucket = "bucket-7716"
}
resource "aws_s3_bucket" "b7717" {
  bucket = "bucket-7717"
}
resource "aws_s3_bucket" "b7718" {
  bucket = "bucket-7718"
}
resource "aws_s3_bucket" "b7719" {
  bucket = "bucket-7719"
}
resource "aws_s3_bucket" "b7720" {
  bucket = "bucket-7720"
}
resource "aws_s3_bucket" "b7721" {
  bucket = "bucket-7721"
}
resource "aws_s3_bucket" "b7722" {
  bucket = "bucket-7722"
}
resource "aws_s3_bucket" "b7723" {
  bucket = "bucket-7723"
}
resource "aws_s3_bucket" "b7724" {
  bucket = "bucket-7724"
}
resource "aws_s3_bucket" "b7725" {
  bucket = "bucket-7725"
}
resource "aws_s3_bucket" "b7726" {
  bucket = "bucket-7726"
}
resource "aws_s3_bucket" "b7727" {
  bucket = "bucket-7727"
}
resource "aws_s3_bucket" "b7728" {
  bucket = "bucket-7728"
}
resource "aws_s3_bucket" "b7729" {
  bucket = "bucket-7729"
}
resource "aws_s3_bucket" "b7730" {
  bucket = "bucket-7730"
}
resource "aws_s3_bucket" "b7731" {
  bucket = "bucket-7731"
}
resource "aws_s3_bucket" "b7732" {
  bucket = "bucket-7732"
}
resource "aws_s3_bucket" "b7733" {
  bucket = "bucket-7733"
}
resource "aws_s3_bucket" "b7734" {
  bucket = "bucket-7734"
}
resource "aws_s3_bucket" "b7735" {
  bucket = "bucket-7735"
}
resource "aws_s3_bucket" "b7736" {
  bucket = "bucket-7736"
}
resource "aws_s3_bucket" "b7737" {
  bucket = "bucket-7737"
}
resource "aws_s3_bucket" "b7738" {
  bucket = "bucket-7738"
}
resource "aws_s3_bucket" "b7739" {
  bucket = "bucket-7739"
}
resource "aws_s3_bucket" "b7740" {
  bucket = "bucket-7740"
}
resource "aws_s3_bucket" "b7741" {
  bucket = "bucket-7741"
}
resource "aws_s3_bucket" "b7742" {
  bucket = "bucket-7742"
}
resource "aws_s3_bucket" "b7743" {
  bucket = "bucket-7743"
}
resource "aws_s3_bucket" "b7744" {
  bucket = "bucket-7744"
}
resource "aws_s3_bucket" "b7745" {
  bucket = "bucket-7745"
}
resource "aws_s3_bucket" "b7746" {
  bucket = "bucket-7746"
}
resource "aws_s3_bucket" "b7747" {
  bucket = "bucket-7747"
}
resource "aws_s3_bucket" "b7748" {
  bucket = "bucket-7748"
}
resource "aws_s3_bucket" "b7749" {
  bucket = "bucket-7749"
}
resource "aws_s3_bucket" "b7750" {
  bucket = "bucket-7750"
}
resource "aws_s3_bucket" "b7751" {
  bucket = "bucket-7751"
}
resource "aws_s3_bucket" "b7752" {
  bucket = "bucket-7752"
}
resource "aws_s3_bucket" "b7753" {
  bucket = "bucket-7753"
}
resource "aws_s3_bucket" "b7754" {
  bucket = "bucket-7754"
}
resource "aws_s3_bucket" "b7755" {
  bucket = "bucket-7755"
}
resource "aws_s3_bucket" "b7756" {
  bucket = "bucket-7756"
}
resource "aws_s3_bucket" "b7757" {
  bucket = "bucket-7757"
}
resource "aws_s3_bucket" "b7758" {
  bucket = "bucket-7758"
}
resource "aws_s3_bucket" "b7759" {
  bucket = "bucket-7759"
}
resource "aws_s3_bucket" "b7760" {
  bucket = "bucket-7760"
}
resource "aws_s3_bucket" "b7761" {
  bucket = "bucket-7761"
}
resource "aws_s3_bucket" "b7762" {
  bucket = "bucket-7762"
}
resource "aws_s3_bucket" "b7763" {
  bucket = "bucket-7763"
}
resource "aws_s3_bucket" "b7764" {
  bucket = "bucket-7764"
}
resource "aws_s3_bucket" "b7765" {
  bucket = "bucket-7765"
}
resource "aws_s3_bucket" "b7766" {
  bucket = "bucket-7766"
}
resource "aws_s3_bucket" "b7767" {
  bucket = "bucket-7767"
}
resource "aws_s3_bucket" "b7768" {
  bucket = "bucket-7768"
}
resource "aws_s3_bucket" "b7769" {
  bucket = "bucket-7769"
}
resource "aws_s3_bucket" "b7770" {
  bucket = "bucket-7770"
}
resource "aws_s3_bucket" "b7771" {
  bucket = "bucket-7771"
}
resource "aws_s3_bucket" "b7772" {
  bucket = "bucket-7772"
}
resource "aws_s3_bucket" "b7773" {
  bucket = "bucket-7773"
}
resource "aws_s3_bucket" "b7774" {
  bucket = "bucket-7774"
}
resource "aws_s3_bucket" "b7775" {
  bucket = "bucket-7775"
}
resource "aws_s3_bucket" "b7776" {
  bucket = "bucket-7776"
}
resource "aws_s3_bucket" "b7777" {
  bucket = "bucket-7777"
}
resource "aws_s3_bucket" "b7778" {
  bucket = "bucket-7778"
}
resource "aws_s3_bucket" "b7779" {
  bucket = "bucket-7779"
}
resource "aws_s3_bucket" "b7780" {
  bucket = "bucket-7780"
}
resource "aws_s3_bucket" "b7781" {
  bucket = "bucket-7781"
}
resource "aws_s3_bucket" "b7782" {
  bucket = "bucket-7782"
}
resource "aws_s3_bucket" "b7783" {
  bucket = "bucket-7783"
}
resource "aws_s3_bucket" "b7784" {
  bucket = "bucket-7784"
}
resource "aws_s3_bucket" "b7785" {
  bucket = "bucket-7785"
}
resource "aws_s3_bucket" "b7786" {
  bucket = "bucket-7786"
}
resource "aws_s3_bucket" "b7787" {
  bucket = "bucket-7787"
}
resource "aws_s3_bucket" "b7788" {
  bucket = "bucket-7788"
}
resource "aws_s3_bucket" "b7789" {
  bucket = "bucket-7789"
}
resource "aws_s3_bucket" "b7790" {
  bucket = "bucket-7790"
}
resource "aws_s3_bucket" "b7791" {
  bucket = "bucket-7791"
}
resource "aws_s3_bucket" "b7792" {
  bucket = "bucket-7792"
}
resource "aws_s3_bucket" "b7793" {
  bucket = "bucket-7793"
}
resource "aws_s3_bucket" "b7794" {
  bucket = "bucket-7794"
}
resource "aws_s3_bucket" "b7795" {
  bucket = "bucket-7795"
}
resource "aws_s3_bucket" "b7796" {
  bucket = "bucket-7796"
}
resource "aws_s3_bucket" "b7797" {
  bucket = "bucket-7797"
}
resource "aws_s3_bucket" "b7798" {
  bucket = "bucket-7798"
}
resource "aws_s3_bucket" "b7799" {
  bucket = "bucket-7799"
}
resource "aws_s3_bucket" "b7800" {
  bucket = "bucket-7800"
}
resource "aws_s3_bucket" "b7801" {
  bucket = "bucket-7801"
}
resource "aws_s3_bucket" "b7802" {
  bucket = "bucket-7802"
}
resource "aws_s3_bucket" "b7803" {
  bucket = "bucket-7803"
}
resource "aws_s3_bucket" "b7804" {
  bucket = "bucket-7804"
}
resource "aws_s3_bucket" "b7805" {
  bucket = "bucket-7805"
}
resource "aws_s3_bucket" "b7806" {
  bucket = "bucket-7806"
}
resource "aws_s3_bucket" "b7807" {
  bucket = "bucket-7807"
}
resource "aws_s3_bucket" "b7808" {
  bucket = "bucket-7808"
}
resource "aws_s3_bucket" "b7809" {
  bucket = "bucket-7809"
}
resource "aws_s3_bucket" "b7810" {
  bucket = "bucket-7810"
}
resource "aws_s3_bucket" "b7811" {
  bucket = "bucket-7811"
}
resource "aws_s3_bucket" "b7812" {
  bucket = "bucket-7812"
}
resource "aws_s3_bucket" "b7813" {
  bucket = "bucket-7813"
}
resource "aws_s3_bucket" "b7814" {
  bucket = "bucket-7814"
}
resource "aws_s3_bucket" "b7815" {
  bucket = "bucket-7815"
}
resource "aws_s3_bucket" "b7816" {
  bucket = "bucket-7816"
}
resource "aws_s3_bucket" "b7817" {
  bucket = "bucket-7817"
}
resource "aws_s3_bucket" "b7818" {
  bucket = "bucket-7818"
}
resource "aws_s3_bucket" "b7819" {
  bucket = "bucket-7819"
}
resource "aws_s3_bucket" "b7820" {
  bucket = "bucket-7820"
}
resource "aws_s3_bucket" "b7821" {
  bucket = "bucket-7821"
}
resource "aws_s3_bucket" "b7822" {
  bucket = "bucket-7822"
}
resource "aws_s3_bucket" "b7823" {
  bucket = "bucket-7823"
}
resource "aws_s3_bucket" "b7824" {
  bucket = "bucket-7824"
}
resource "aws_s3_bucket" "b7825" {
  bucket = "bucket-7825"
}
resource "aws_s3_bucket" "b7826" {
  bucket = "bucket-7826"
}
resource "aws_s3_bucket" "b7827" {
  bucket = "bucket-7827"
}
resource "aws_s3_bucket" "b7828" {
  bucket = "bucket-7828"
}
resource "aws_s3_bucket" "b7829" {
  bucket = "bucket-7829"
}
resource "aws_s3_bucket" "b7830" {
  bucket = "bucket-7830"
}
resource "aws_s3_bucket" "b7831" {
  bucket = "bucket-7831"
}
resource "aws_s3_bucket" "b7832" {
  bucket = "bucket-7832"
}
resource "aws_s3_bucket" "b7833" {
  bucket = "bucket-7833"
}
resource "aws_s3_bucket" "b7834" {
  bucket = "bucket-7834"
}
resource "aws_s3_bucket" "b7835" {
  bucket = "bucket-7835"
}
resource "aws_s3_bucket" "b7836" {
  bucket = "bucket-7836"
}
resource "aws_s3_bucket" "b7837" {
  bucket = "bucket-7837"
}
resource "aws_s3_bucket" "b7838" {
  bucket = "bucket-7838"
}
resource "aws_s3_bucket" "b7839" {
  bucket = "bucket-7839"
}
resource "aws_s3_bucket" "b7840" {
  bucket = "bucket-7840"
}
resource "aws_s3_bucket" "b7841" {
  bucket = "bucket-7841"
}
resource "aws_s3_bucket" "b7842" {
  bucket = "bucket-7842"
}
resource "aws_s3_bucket" "b7843" {
  bucket = "bucket-7843"
}
resource "aws_s3_bucket" "b7844" {
  bucket = "bucket-7844"
}
resource "aws_s3_bucket" "b7845" {
  bucket = "bucket-7845"
}
resource "aws_s3_bucket" "b7846" {
  bucket = "bucket-7846"
}
resource "aws_s3_bucket" "b7847" {
  bucket = "bucket-7847"
}
resource "aws_s3_bucket" "b7848" {
  bucket = "bucket-7848"
}
resource "aws_s3_bucket" "b7849" {
  bucket = "bucket-7849"
}
resource "aws_s3_bucket" "b7850" {
  bucket = "bucket-7850"
}
resource "aws_s3_bucket" "b7851" {
  bucket = "bucket-7851"
}
resource "aws_s3_bucket" "b7852" {
  bucket = "bucket-7852"
}
resource "aws_s3_bucket" "b7853" {
  bucket = "bucket-7853"
}
resource "aws_s3_bucket" "b7854" {
  bucket = "bucket-7854"
}
resource "aws_s3_bucket" "b7855" {
  bucket = "bucket-7855"
}
resource "aws_s3_bucket" "b7856" {
  bucket = "bucket-7856"
}
resource "aws_s3_bucket" "b7857" {
  bucket = "bucket-7857"
}
resource "aws_s3_bucket" "b7858" {
  bucket = "bucket-7858"
}
resource "aws_s3_bucket" "b7859" {
  bucket = "bucket-7859"
}
resource "aws_s3_bucket" "b7860" {
  bucket = "bucket-7860"
}
resource "aws_s3_bucket" "b7861" {
  bucket = "bucket-7861"
}
resource "aws_s3_bucket" "b7862" {
  bucket = "bucket-7862"
}
resource "aws_s3_bucket" "b7863" {
  bucket = "bucket-7863"
}
resource "aws_s3_bucket" "b7864" {
  bucket = "bucket-7864"
}
resource "aws_s3_bucket" "b7865" {
  bucket = "bucket-7865"
}
resource "aws_s3_bucket" "b7866" {
  bucket = "bucket-7866"
}
resource "aws_s3_bucket" "b7867" {
  bucket = "bucket-7867"
}
resource "aws_s3_bucket" "b7868" {
  bucket = "bucket-7868"
}
resource "aws_s3_bucket" "b7869" {
  bucket = "bucket-7869"
}
resource "aws_s3_bucket" "b7870" {
  bucket = "bucket-7870"
}
resource "aws_s3_bucket" "b7871" {
  bucket = "bucket-7871"
}
resource "aws_s3_bucket" "b7872" {
  bucket = "bucket-7872"
}
resource "aws_s3_bucket" "b7873" {
  bucket = "bucket-7873"
}
resource "aws_s3_bucket" "b7874" {
  bucket = "bucket-7874"
}
resource "aws_s3_bucket" "b7875" {
  bucket = "bucket-7875"
}
resource "aws_s3_bucket" "b7876" {
  bucket = "bucket-7876"
}
resource "aws_s3_bucket" "b7877" {
  bucket = "bucket-7877"
}
resource "aws_s3_bucket" "b7878" {
  bucket = "bucket-7878"
}
resource "aws_s3_bucket" "b7879" {
  bucket = "bucket-7879"
}
resource "aws_s3_bucket" "b7880" {
  bucket = "bucket-7880"
}
resource "aws_s3_bucket" "b7881" {
  bucket = "bucket-7881"
}
resource "aws_s3_bucket" "b7882" {
  bucket = "bucket-7882"
}
resource "aws_s3_bucket" "b7883" {
  bucket = "bucket-7883"
}
resource "aws_s3_bucket" "b7884" {
  bucket = "bucket-7884"
}
resource "aws_s3_bucket" "b7885" {
  bucket = "bucket-7885"
}
resource "aws_s3_bucket" "b7886" {
  bucket = "bucket-7886"
}
resource "aws_s3_bucket" "b7887" {
  bucket = "bucket-7887"
}
resource "aws_s3_bucket" "b7888" {
  bucket = "bucket-7888"
}
resource "aws_s3_bucket" "b7889" {
  bucket = "bucket-7889"
}
resource "aws_s3_bucket" "b7890" {
  bucket = "bucket-7890"
}
resource "aws_s3_bucket" "b7891" {
  bucket = "bucket-7891"
}
resource "aws_s3_bucket" "b7892" {
  bucket = "bucket-7892"
}
resource "aws_s3_bucket" "b7893" {
  bucket = "bucket-7893"
}
resource "aws_s3_bucket" "b7894" {
  bucket = "bucket-7894"
}
resource "aws_s3_bucket" "b7895" {
  bucket = "bucket-7895"
}
resource "aws_s3_bucket" "b7896" {
  bucket = "bucket-7896"
}
resource "aws_s3_bucket" "b7897" {
  bucket = "bucket-7897"
}
resource "aws_s3_bucket" "b7898" {
  bucket = "bucket-7898"
}
resource "aws_s3_bucket" "b7899" {
  bucket = "bucket-7899"
}
resource "aws_s3_bucket" "b7900" {
  bucket = "bucket-7900"
}
resource "aws_s3_bucket" "b7901" {
  bucket = "bucket-7901"
}
resource "aws_s3_bucket" "b7902" {
  bucket = "bucket-7902"
}
resource "aws_s3_bucket" "b7903" {
  bucket = "bucket-7903"
}
resource "aws_s3_bucket" "b7904" {
  bucket = "bucket-7904"
}
resource "aws_s3_bucket" "b7905" {
  bucket = "bucket-7905"
}
resource "aws_s3_bucket" "b7906" {
  bucket = "bucket-7906"
}
resource "aws_s3_bucket" "b7907" {
  bucket = "bucket-7907"
}
resource "aws_s3_bucket" "b7908" {
  bucket = "bucket-7908"
}
resource "aws_s3_bucket" "b7909" {
  bucket = "bucket-7909"
}
resource "aws_s3_bucket" "b7910" {
  bucket = "bucket-7910"
}
resource "aws_s3_bucket" "b7911" {
  bucket = "bucket-7911"
}
resource "aws_s3_bucket" "b7912" {
  bucket = "bucket-7912"
}
resource "aws_s3_bucket" "b7913" {
  bucket = "bucket-7913"
}
resource "aws_s3_bucket" "b7914" {
  bucket = "bucket-7914"
}
resource "aws_s3_bucket" "b7915" {
  bucket = "bucket-7915"
}
resource "aws_s3_bucket" "b7916" {
  bucket = "bucket-7916"
}
resource "aws_s3_bucket" "b7917" {
  bucket = "bucket-7917"
}
resource "aws_s3_bucket" "b7918" {
  bucket = "bucket-7918"
}
resource "aws_s3_bucket" "b7919" {
  bucket = "bucket-7919"
}
resource "aws_s3_bucket" "b7920" {
  bucket = "bucket-7920"
}
resource "aws_s3_bucket" "b7921" {
  bucket = "bucket-7921"
}
resource "aws_s3_bucket" "b7922" {
  bucket = "bucket-7922"
}
resource "aws_s3_bucket" "b7923" {
  bucket = "bucket-7923"
}
resource "aws_s3_bucket" "b7924" {
  bucket = "bucket-7924"
}
resource "aws_s3_bucket" "b7925" {
  bucket = "bucket-7925"
}
resource "aws_s3_bucket" "b7926" {
  bucket = "bucket-7926"
}
resource "aws_s3_bucket" "b7927" {
  bucket = "bucket-7927"
}
resource "aws_s3_bucket" "b7928" {
  bucket = "bucket-7928"
}
resource "aws_s3_bucket" "b7929" {
  bucket = "bucket-7929"
}
resource "aws_s3_bucket" "b7930" {
  bucket = "bucket-7930"
}
resource "aws_s3_bucket" "b7931" {
  bucket = "bucket-7931"
}
resource "aws_s3_bucket" "b7932" {
  bucket = "bucket-7932"
}
resource "aws_s3_bucket" "b7933" {
  bucket = "bucket-7933"
}
resource "aws_s3_bucket" "b7934" {
  bucket = "bucket-7934"
}
resource "aws_s3_bucket" "b7935" {
  bucket = "bucket-7935"
}
resource "aws_s3_bucket" "b7936" {
  bucket = "bucket-7936"
}
resource "aws_s3_bucket" "b7937" {
  bucket = "bucket-7937"
}
resource "aws_s3_bucket" "b7938" {
  bucket = "bucket-7938"
}
resource "aws_s3_bucket" "b7939" {
  bucket = "bucket-7939"
}
resource "aws_s3_bucket" "b7940" {
  bucket = "bucket-7940"
}
resource "aws_s3_bucket" "b7941" {
  bucket = "bucket-7941"
}
resource "aws_s3_bucket" "b7942" {
  bucket = "bucket-7942"
}
resource "aws_s3_bucket" "b7943" {
  bucket = "bucket-7943"
}
resource "aws_s3_bucket" "b7944" {
  bucket = "bucket-7944"
}
resource "aws_s3_bucket" "b7945" {
  bucket = "bucket-7945"
}
resource "aws_s3_bucket" "b7946" {
  bucket = "bucket-7946"
}
resource "aws_s3_bucket" "b7947" {
  bucket = "bucket-7947"
}
resource "aws_s3_bucket" "b7948" {
  bucket = "bucket-7948"
}
resource "aws_s3_bucket" "b7949" {
  bucket = "bucket-7949"
}
resource "aws_s3_bucket" "b7950" {
  bucket = "bucket-7950"
}
resource "aws_s3_bucket" "b7951" {
  bucket = "bucket-7951"
}
resource "aws_s3_bucket" "b7952" {
  bucket = "bucket-7952"
}
resource "aws_s3_bucket" "b7953" {
  bucket = "bucket-7953"
}
resource "aws_s3_bucket" "b7954" {
  bucket = "bucket-7954"
}
resource "aws_s3_bucket" "b7955" {
  bucket = "bucket-7955"
}
resource "aws_s3_bucket" "b7956" {
  bucket = "bucket-7956"
}
resource "aws_s3_bucket" "b7957" {
  bucket = "bucket-7957"
}
resource "aws_s3_bucket" "b7958" {
  bucket = "bucket-7958"
}
resource "aws_s3_bucket" "b7959" {
  bucket = "bucket-7959"
}
resource "aws_s3_bucket" "b7960" {
  bucket = "bucket-7960"
}
resource "aws_s3_bucket" "b7961" {
  bucket = "bucket-7961"
}
resource "aws_s3_bucket" "b7962" {
  bucket = "bucket-7962"
}
resource "aws_s3_bucket" "b7963" {
  bucket = "bucket-7963"
}
resource "aws_s3_bucket" "b7964" {
  bucket = "bucket-7964"
}
resource "aws_s3_bucket" "b7965" {
  bucket = "bucket-7965"
}
resource "aws_s3_bucket" "b7966" {
  bucket = "bucket-7966"
}
resource "aws_s3_bucket" "b7967" {
  bucket = "bucket-7967"
}
resource "aws_s3_bucket" "b7968" {
  bucket = "bucket-7968"
}
resource "aws_s3_bucket" "b7969" {
  bucket = "bucket-7969"
}
resource "aws_s3_bucket" "b7970" {
  bucket = "bucket-7970"
}
resource "aws_s3_bucket" "b7971" {
  bucket = "bucket-7971"
}
resource "aws_s3_bucket" "b7972" {
  bucket = "bucket-7972"
}
resource "aws_s3_bucket" "b7973" {
  bucket = "bucket-7973"
}
resource "aws_s3_bucket" "b7974" {
  bucket = "bucket-7974"
}
resource "aws_s3_bucket" "b7975" {
  bucket = "bucket-7975"
}
resource "aws_s3_bucket" "b7976" {
  bucket = "bucket-7976"
}
resource "aws_s3_bucket" "b7977" {
  bucket = "bucket-7977"
}
resource "aws_s3_bucket" "b7978" {
  bucket = "bucket-7978"
}
resource "aws_s3_bucket" "b7979" {
  bucket = "bucket-7979"
}
resource "aws_s3_bucket" "b7980" {
  bucket = "bucket-7980"
}
resource "aws_s3_bucket" "b7981" {
  bucket = "bucket-7981"
}
resource "aws_s3_bucket" "b7982" {
  bucket = "bucket-7982"
}
resource "aws_s3_bucket" "b7983" {
  bucket = "bucket-7983"
}
resource "aws_s3_bucket" "b7984" {
  bucket = "bucket-7984"
}
resource "aws_s3_bucket" "b7985" {
  bucket = "bucket-7985"
}
resource "aws_s3_bucket" "b7986" {
  bucket = "bucket-7986"
}
resource "aws_s3_bucket" "b7987" {
  bucket = "bucket-7987"
}
resource "aws_s3_bucket" "b7988" {
  bucket = "bucket-7988"
}
resource "aws_s3_bucket" "b7989" {
  bucket = "bucket-7989"
}
resource "aws_s3_bucket" "b7990" {
  bucket = "bucket-7990"
}
resource "aws_s3_bucket" "b7991" {
  bucket = "bucket-7991"
}
resource "aws_s3_bucket" "b7992" {
  bucket = "bucket-7992"
}
resource "aws_s3_bucket" "b7993" {
  bucket = "bucket-7993"
}
resource "aws_s3_bucket" "b7994" {
  bucket = "bucket-7994"
}
resource "aws_s3_bucket" "b7995" {
  bucket = "bucket-7995"
}
resource "aws_s3_bucket" "b7996" {
  bucket = "bucket-7996"
}
resource "aws_s3_bucket" "b7997" {
  bucket = "bucket-7997"
}
resource "aws_s3_bucket" "b7998" {
  bucket = "bucket-7998"
}
resource "aws_s3_bucket" "b7999" {
  bucket = "bucket-7999"
}
resource "aws_s3_bucket" "b8000" {
  bucket = "bucket-8000"
}
resource "aws_s3_bucket" "b8001" {
  bucket = "bucket-8001"
}
resource "aws_s3_bucket" "b8002" {
  bucket = "bucket-8002"
}
resource "aws_s3_bucket" "b8003" {
  bucket = "bucket-8003"
}
resource "aws_s3_bucket" "b8004" {
  bucket = "bucket-8004"
}
resource "aws_s3_bucket" "b8005" {
  bucket = "bucket-8005"
}
resource "aws_s3_bucket" "b8006" {
  bucket = "bucket-8006"
}
resource "aws_s3_bucket" "b8007" {
  bucket = "bucket-8007"
}
resource "aws_s3_bucket" "b8008" {
  bucket = "bucket-8008"
}
resource "aws_s3_bucket" "b8009" {
  bucket = "bucket-8009"
}
resource "aws_s3_bucket" "b8010" {
  bucket = "bucket-8010"
}
resource "aws_s3_bucket" "b8011" {
  bucket = "bucket-8011"
}
resource "aws_s3_bucket" "b8012" {
  bucket = "bucket-8012"
}
resource "aws_s3_bucket" "b8013" {
  bucket = "bucket-8013"
}
resource "aws_s3_bucket" "b8014" {
  bucket = "bucket-8014"
}
resource "aws_s3_bucket" "b8015" {
  bucket = "bucket-8015"
}
resource "aws_s3_bucket" "b8016" {
  bucket = "bucket-8016"
}
resource "aws_s3_bucket" "b8017" {
  bucket = "bucket-8017"
}
resource "aws_s3_bucket" "b8018" {
  bucket = "bucket-8018"
}
resource "aws_s3_bucket" "b8019" {
  bucket = "bucket-8019"
}
resource "aws_s3_bucket" "b8020" {
  bucket = "bucket-8020"
}
resource "aws_s3_bucket" "b8021" {
  bucket = "bucket-8021"
}
resource "aws_s3_bucket" "b8022" {
  bucket = "bucket-8022"
}
resource "aws_s3_bucket" "b8023" {
  bucket = "bucket-8023"
}
resource "aws_s3_bucket" "b8024" {
  bucket = "bucket-8024"
}
resource "aws_s3_bucket" "b8025" {
  bucket = "bucket-8025"
}
resource "aws_s3_bucket" "b8026" {
  bucket = "bucket-8026"
}
resource "aws_s3_bucket" "b8027" {
  bucket = "bucket-8027"
}
resource "aws_s3_bucket" "b8028" {
  bucket = "bucket-8028"
}
resource "aws_s3_bucket" "b8029" {
  bucket = "bucket-8029"
}
resource "aws_s3_bucket" "b8030" {
  bucket = "bucket-8030"
}
resource "aws_s3_bucket" "b8031" {
  bucket = "bucket-8031"
}
resource "aws_s3_bucket" "b8032" {
  bucket = "bucket-8032"
}
resource "aws_s3_bucket" "b8033" {
  bucket = "bucket-8033"
}
resource "aws_s3_bucket" "b8034" {
  bucket = "bucket-8034"
}
resource "aws_s3_bucket" "b8035" {
  bucket = "bucket-8035"
}
resource "aws_s3_bucket" "b8036" {
  bucket = "bucket-8036"
}
resource "aws_s3_bucket" "b8037" {
  bucket = "bucket-8037"
}
resource "aws_s3_bucket" "b8038" {
  bucket = "bucket-8038"
}
resource "aws_s3_bucket" "b8039" {
  bucket = "bucket-8039"
}
resource "aws_s3_bucket" "b8040" {
  bucket = "bucket-8040"
}
resource "aws_s3_bucket" "b8041" {
  bucket = "bucket-8041"
}
resource "aws_s3_bucket" "b8042" {
  bucket = "bucket-8042"
}
resource "aws_s3_bucket" "b8043" {
  bucket = "bucket-8043"
}
resource "aws_s3_bucket" "b8044" {
  bucket = "bucket-8044"
}
resource "aws_s3_bucket" "b8045" {
  bucket = "bucket-8045"
}
resource "aws_s3_bucket" "b8046" {
  bucket = "bucket-8046"
}
resource "aws_s3_bucket" "b8047" {
  bucket = "bucket-8047"
}
resource "aws_s3_bucket" "b8048" {
  bucket = "bucket-8048"
}
resource "aws_s3_bucket" "b8049" {
  bucket = "bucket-8049"
}
resource "aws_s3_bucket" "b8050" {
  bucket = "bucket-8050"
}
resource "aws_s3_bucket" "b8051" {
  bucket = "bucket-8051"
}
resource "aws_s3_bucket" "b8052" {
  bucket = "bucket-8052"
}
resource "aws_s3_bucket" "b8053" {
  bucket = "bucket-8053"
}
resource "aws_s3_bucket" "b8054" {
  bucket = "bucket-8054"
}
resource "aws_s3_bucket" "b8055" {
  bucket = "bucket-8055"
}
resource "aws_s3_bucket" "b8056" {
  bucket = "bucket-8056"
}
resource "aws_s3_bucket" "b8057" {
  bucket = "bucket-8057"
}
resource "aws_s3_bucket" "b8058" {
  bucket = "bucket-8058"
}
resource "aws_s3_bucket" "b8059" {
  bucket = "bucket-8059"
}
resource "aws_s3_bucket" "b8060" {
  bucket = "bucket-8060"
}
resource "aws_s3_bucket" "b8061" {
  bucket = "bucket-8061"
}
resource "aws_s3_bucket" "b8062" {
  bucket = "bucket-8062"
}
resource "aws_s3_bucket" "b8063" {
  bucket = "bucket-8063"
}
resource "aws_s3_bucket" "b8064" {
  bucket = "bucket-8064"
}
resource "aws_s3_bucket" "b8065" {
  bucket = "bucket-8065"
}
resource "aws_s3_bucket" "b8066" {
  bucket = "bucket-8066"
}
resource "aws_s3_bucket" "b8067" {
  bucket = "bucket-8067"
}
resource "aws_s3_bucket" "b8068" {
  bucket = "bucket-8068"
}
resource "aws_s3_bucket" "b8069" {
  bucket = "bucket-8069"
}
resource "aws_s3_bucket" "b8070" {
  bucket = "bucket-8070"
}
resource "aws_s3_bucket" "b8071" {
  bucket = "bucket-8071"
}
resource "aws_s3_bucket" "b8072" {
  bucket = "bucket-8072"
}
resource "aws_s3_bucket" "b8073" {
  bucket = "bucket-8073"
}
resource "aws_s3_bucket" "b8074" {
  bucket = "bucket-8074"
}
resource "aws_s3_bucket" "b8075" {
  bucket = "bucket-8075"
}
resource "aws_s3_bucket" "b8076" {
  bucket = "bucket-8076"
}
resource "aws_s3_bucket" "b8077" {
  bucket = "bucket-8077"
}
resource "aws_s3_bucket" "b8078" {
  bucket = "bucket-8078"
}
resource "aws_s3_bucket" "b8079" {
  bucket = "bucket-8079"
}
resource "aws_s3_bucket" "b8080" {
  bucket = "bucket-8080"
}
resource "aws_s3_bucket" "b8081" {
  bucket = "bucket-8081"
}
resource "aws_s3_bucket" "b8082" {
  bucket = "bucket-8082"
}
resource "aws_s3_bucket" "b8083" {
  bucket = "bucket-8083"
}
resource "aws_s3_bucket" "b8084" {
  bucket = "bucket-8084"
}
resource "aws_s3_bucket" "b8085" {
  bucket = "bucket-8085"
}
resource "aws_s3_bucket" "b8086" {
  bucket = "bucket-8086"
}
resource "aws_s3_bucket" "b8087" {
  bucket = "bucket-8087"
}
resource "aws_s3_bucket" "b8088" {
  bucket = "bucket-8088"
}
resource "aws_s3_bucket" "b8089" {
  bucket = "bucket-8089"
}
resource "aws_s3_bucket" "b8090" {
  bucket = "bucket-8090"
}
resource "aws_s3_bucket" "b8091" {
  bucket = "bucket-8091"
}
resource "aws_s3_bucket" "b8092" {
  bucket = "bucket-8092"
}
resource "aws_s3_bucket" "b8093" {
  bucket = "bucket-8093"
}
resource "aws_s3_bucket" "b8094" {
  bucket = "bucket-8094"
}
resource "aws_s3_bucket" "b8095" {
  bucket = "bucket-8095"
}
resource "aws_s3_bucket" "b8096" {
  bucket = "bucket-8096"
}
resource "aws_s3_bucket" "b8097" {
  bucket = "bucket-8097"
}
resource "aws_s3_bucket" "b8098" {
  bucket = "bucket-8098"
}
resource "aws_s3_bucket" "b8099" {
  bucket = "bucket-8099"
}
resource "aws_s3_bucket" "b8100" {
  bucket = "bucket-8100"
}
resource "aws_s3_bucket" "b8101" {
  bucket = "bucket-8101"
}
resource "aws_s3_bucket" "b8102" {
  bucket = "bucket-8102"
}
resource "aws_s3_bucket" "b8103" {
  bucket = "bucket-8103"
}
resource "aws_s3_bucket" "b8104" {
  bucket = "bucket-8104"
}
resource "aws_s3_bucket" "b8105" {
  bucket = "bucket-8105"
}
resource "aws_s3_bucket" "b8106" {
  bucket = "bucket-8106"
}
resource "aws_s3_bucket" "b8107" {
  bucket = "bucket-8107"
}
resource "aws_s3_bucket" "b8108" {
  bucket = "bucket-8108"
}
resource "aws_s3_bucket" "b8109" {
  bucket = "bucket-8109"
}
resource "aws_s3_bucket" "b8110" {
  bucket = "bucket-8110"
}
resource "aws_s3_bucket" "b8111" {
  bucket = "bucket-8111"
}
resource "aws_s3_bucket" "b8112" {
  bucket = "bucket-8112"
}
resource "aws_s3_bucket" "b8113" {
  bucket = "bucket-8113"
}
resource "aws_s3_bucket" "b8114" {
  bucket = "bucket-8114"
}
resource "aws_s3_bucket" "b8115" {
  bucket = "bucket-8115"
}
resource "aws_s3_bucket" "b8116" {
  bucket = "bucket-8116"
}
resource "aws_s3_bucket" "b8117" {
  bucket = "bucket-8117"
}
resource "aws_s3_bucket" "b8118" {
  bucket = "bucket-8118"
}
resource "aws_s3_bucket" "b8119" {
  bucket = "bucket-8119"
}
resource "aws_s3_bucket" "b8120" {
  bucket = "bucket-8120"
}
resource "aws_s3_bucket" "b8121" {
  bucket = "bucket-8121"
}
resource "aws_s3_bucket" "b8122" {
  bucket = "bucket-8122"
}
resource "aws_s3_bucket" "b8123" {
  bucket = "bucket-8123"
}
resource "aws_s3_bucket" "b8124" {
  bucket = "bucket-8124"
}
resource "aws_s3_bucket" "b8125" {
  bucket = "bucket-8125"
}
resource "aws_s3_bucket" "b8126" {
  bucket = "bucket-8126"
}
resource "aws_s3_bucket" "b8127" {
  bucket = "bucket-8127"
}
resource "aws_s3_bucket" "b8128" {
  bucket = "bucket-8128"
}
resource "aws_s3_bucket" "b8129" {
  bucket = "bucket-8129"
}
resource "aws_s3_bucket" "b8130" {
  bucket = "bucket-8130"
}
resource "aws_s3_bucket" "b8131" {
  bucket = "bucket-8131"
}
resource "aws_s3_bucket" "b8132" {
  bucket = "bucket-8132"
}
resource "aws_s3_bucket" "b8133" {
  bucket = "bucket-8133"
}
resource "aws_s3_bucket" "b8134" {
  bucket = "bucket-8134"
}
resource "aws_s3_bucket" "b8135" {
  bucket = "bucket-8135"
}
resource "aws_s3_bucket" "b8136" {
  bucket = "bucket-8136"
}
resource "aws_s3_bucket" "b8137" {
  bucket = "bucket-8137"
}
resource "aws_s3_bucket" "b8138" {
  bucket = "bucket-8138"
}
resource "aws_s3_bucket" "b8139" {
  bucket = "bucket-8139"
}
resource "aws_s3_bucket" "b8140" {
  bucket = "bucket-8140"
}
resource "aws_s3_bucket" "b8141" {
  bucket = "bucket-8141"
}
resource "aws_s3_bucket" "b8142" {
  bucket = "bucket-8142"
}
resource "aws_s3_bucket" "b8143" {
  bucket = "bucket-8143"
}
resource "aws_s3_bucket" "b8144" {
  bucket = "bucket-8144"
}
resource "aws_s3_bucket" "b8145" {
  bucket = "bucket-8145"
}
resource "aws_s3_bucket" "b8146" {
  bucket = "bucket-8146"
}
resource "aws_s3_bucket" "b8147" {
  bucket = "bucket-8147"
}
resource "aws_s3_bucket" "b8148" {
  bucket = "bucket-8148"
}
resource "aws_s3_bucket" "b8149" {
  bucket = "bucket-8149"
}
resource "aws_s3_bucket" "b8150" {
  bucket = "bucket-8150"
}
resource "aws_s3_bucket" "b8151" {
  bucket = "bucket-8151"
}
resource "aws_s3_bucket" "b8152" {
  bucket = "bucket-8152"
}
resource "aws_s3_bucket" "b8153" {
  bucket = "bucket-8153"
}
resource "aws_s3_bucket" "b8154" {
  bucket = "bucket-8154"
}
resource "aws_s3_bucket" "b8155" {
  bucket = "bucket-8155"
}
resource "aws_s3_bucket" "b8156" {
  bucket = "bucket-8156"
}
resource "aws_s3_bucket" "b8157" {
  bucket = "bucket-8157"
}
resource "aws_s3_bucket" "b8158" {
  bucket = "bucket-8158"
}
resource "aws_s3_bucket" "b8159" {
  bucket = "bucket-8159"
}
resource "aws_s3_bucket" "b8160" {
  bucket = "bucket-8160"
}
resource "aws_s3_bucket" "b8161" {
  bucket = "bucket-8161"
}
resource "aws_s3_bucket" "b8162" {
  bucket = "bucket-8162"
}
resource "aws_s3_bucket" "b8163" {
  bucket = "bucket-8163"
}
resource "aws_s3_bucket" "b8164" {
  bucket = "bucket-8164"
}
resource "aws_s3_bucket" "b8165" {
  bucket = "bucket-8165"
}
resource "aws_s3_bucket" "b8166" {
  bucket = "bucket-8166"
}
resource "aws_s3_bucket" "b8167" {
  bucket = "bucket-8167"
}
resource "aws_s3_bucket" "b8168" {
  bucket = "bucket-8168"
}
resource "aws_s3_bucket" "b8169" {
  bucket = "bucket-8169"
}
resource "aws_s3_bucket" "b8170" {
  bucket = "bucket-8170"
}
resource "aws_s3_bucket" "b8171" {
  bucket = "bucket-8171"
}
resource "aws_s3_bucket" "b8172" {
  bucket = "bucket-8172"
}
resource "aws_s3_bucket" "b8173" {
  bucket = "bucket-8173"
}
resource "aws_s3_bucket" "b8174" {
  bucket = "bucket-8174"
}
resource "aws_s3_bucket" "b8175" {
  bucket = "bucket-8175"
}
resource "aws_s3_bucket" "b8176" {
  bucket = "bucket-8176"
}
resource "aws_s3_bucket" "b8177" {
  bucket = "bucket-8177"
}
resource "aws_s3_bucket" "b8178" {
  bucket = "bucket-8178"
}
resource "aws_s3_bucket" "b8179" {
  bucket = "bucket-8179"
}
resource "aws_s3_bucket" "b8180" {
  bucket = "bucket-8180"
}
resource "aws_s3_bucket" "b8181" {
  bucket = "bucket-8181"
}
resource "aws_s3_bucket" "b8182" {
  bucket = "bucket-8182"
}
resource "aws_s3_bucket" "b8183" {
  bucket = "bucket-8183"
}
resource "aws_s3_bucket" "b8184" {
  bucket = "bucket-8184"
}
resource "aws_s3_bucket" "b8185" {
  bucket = "bucket-8185"
}
resource "aws_s3_bucket" "b8186" {
  bucket = "bucket-8186"
}
resource "aws_s3_bucket" "b8187" {
  bucket = "bucket-8187"
}
resource "aws_s3_bucket" "b8188" {
  bucket = "bucket-8188"
}
resource "aws_s3_bucket" "b8189" {
  bucket = "bucket-8189"
}
resource "aws_s3_bucket" "b8190" {
  bucket = "bucket-8190"
}
resource "aws_s3_bucket" "b8191" {
  bucket = "bucket-8191"
}
resource "aws_s3_bucket" "b8192" {
  bucket = "bucket-8192"
}
resource "aws_s3_bucket" "b8193" {
  bucket = "bucket-8193"
}
resource "aws_s3_bucket" "b8194" {
  bucket = "bucket-8194"
}
resource "aws_s3_bucket" "b8195" {
  bucket = "bucket-8195"
}
resource "aws_s3_bucket" "b8196" {
  bucket = "bucket-8196"
}
resource "aws_s3_bucket" "b8197" {
  bucket = "bucket-8197"
}
resource "aws_s3_bucket" "b8198" {
  bucket = "bucket-8198"
}
resource "aws_s3_bucket" "b8199" {
  bucket = "bucket-8199"
}
resource "aws_s3_bucket" "b8200" {
  bucket = "bucket-8200"
}
resource "aws_s3_bucket" "b8201" {
  bucket = "bucket-8201"
}
resource "aws_s3_bucket" "b8202" {
  bucket = "bucket-8202"
}
resource "aws_s3_bucket" "b8203" {
  bucket = "bucket-8203"
}
resource "aws_s3_bucket" "b8204" {
  bucket = "bucket-8204"
}
resource "aws_s3_bucket" "b8205" {
  bucket = "bucket-8205"
}
resource "aws_s3_bucket" "b8206" {
  bucket = "bucket-8206"
}
resource "aws_s3_bucket" "b8207" {
  bucket = "bucket-8207"
}
resource "aws_s3_bucket" "b8208" {
  bucket = "bucket-8208"
}
resource "aws_s3_bucket" "b8209" {
  bucket = "bucket-8209"
}
resource "aws_s3_bucket" "b8210" {
  bucket = "bucket-8210"
}
resource "aws_s3_bucket" "b8211" {
  bucket = "bucket-8211"
}
resource "aws_s3_bucket" "b8212" {
  bucket = "bucket-8212"
}
resource "aws_s3_bucket" "b8213" {
  bucket = "bucket-8213"
}
resource "aws_s3_bucket" "b8214" {
  bucket = "bucket-8214"
}
resource "aws_s3_bucket" "b8215" {
  bucket = "bucket-8215"
}
resource "aws_s3_bucket" "b8216" {
  bucket = "bucket-8216"
}
resource "aws_s3_bucket" "b8217" {
  bucket = "bucket-8217"
}
resource "aws_s3_bucket" "b8218" {
  bucket = "bucket-8218"
}
resource "aws_s3_bucket" "b8219" {
  bucket = "bucket-8219"
}
resource "aws_s3_bucket" "b8220" {
  bucket = "bucket-8220"
}
resource "aws_s3_bucket" "b8221" {
  bucket = "bucket-8221"
}
resource "aws_s3_bucket" "b8222" {
  bucket = "bucket-8222"
}
resource "aws_s3_bucket" "b8223" {
  bucket = "bucket-8223"
}
resource "aws_s3_bucket" "b8224" {
  bucket = "bucket-8224"
}
resource "aws_s3_bucket" "b8225" {
  bucket = "bucket-8225"
}
resource "aws_s3_bucket" "b8226" {
  bucket = "bucket-8226"
}
resource "aws_s3_bucket" "b8227" {
  bucket = "bucket-8227"
}
resource "aws_s3_bucket" "b8228" {
  bucket = "bucket-8228"
}
resource "aws_s3_bucket" "b8229" {
  bucket = "bucket-8229"
}
resource "aws_s3_bucket" "b8230" {
  bucket = "bucket-8230"
}
resource "aws_s3_bucket" "b8231" {
  bucket = "bucket-8231"
}
resource "aws_s3_bucket" "b8232" {
  bucket = "bucket-8232"
}
resource "aws_s3_bucket" "b8233" {
  bucket = "bucket-8233"
}
resource "aws_s3_bucket" "b8234" {
  bucket = "bucket-8234"
}
resource "aws_s3_bucket" "b8235" {
  bucket = "bucket-8235"
}
resource "aws_s3_bucket" "b8236" {
  bucket = "bucket-8236"
}
resource "aws_s3_bucket" "b8237" {
  bucket = "bucket-8237"
}
resource "aws_s3_bucket" "b8238" {
  bucket = "bucket-8238"
}
resource "aws_s3_bucket" "b8239" {
  bucket = "bucket-8239"
}
resource "aws_s3_bucket" "b8240" {
  bucket = "bucket-8240"
}
resource "aws_s3_bucket" "b8241" {
  bucket = "bucket-8241"
}
resource "aws_s3_bucket" "b8242" {
  bucket = "bucket-8242"
}
resource "aws_s3_bucket" "b8243" {
  bucket = "bucket-8243"
}
resource "aws_s3_bucket" "b8244" {
  bucket = "bucket-8244"
}
resource "aws_s3_bucket" "b8245" {
  bucket = "bucket-8245"
}
resource "aws_s3_bucket" "b8246" {
  bucket = "bucket-8246"
}
resource "aws_s3_bucket" "b8247" {
  bucket = "bucket-8247"
}
resource "aws_s3_bucket" "b8248" {
  bucket = "bucket-8248"
}
resource "aws_s3_bucket" "b8249" {
  bucket = "bucket-8249"
}
resource "aws_s3_bucket" "b8250" {
  bucket = "bucket-8250"
}
resource "aws_s3_bucket" "b8251" {
  bucket = "bucket-8251"
}
resource "aws_s3_bucket" "b8252" {
  bucket = "bucket-8252"
}
resource "aws_s3_bucket" "b8253" {
  bucket = "bucket-8253"
}
resource "aws_s3_bucket" "b8254" {
  bucket = "bucket-8254"
}
resource "aws_s3_bucket" "b8255" {
  bucket = "bucket-8255"
}
resource "aws_s3_bucket" "b8256" {
  bucket = "bucket-8256"
}
resource "aws_s3_bucket" "b8257" {
  bucket = "bucket-8257"
}
resource "aws_s3_bucket" "b8258" {
  bucket = "bucket-8258"
}
resource "aws_s3_bucket" "b8259" {
  bucket = "bucket-8259"
}
resource "aws_s3_bucket" "b8260" {
  bucket = "bucket-8260"
}
resource "aws_s3_bucket" "b8261" {
  bucket = "bucket-8261"
}
resource "aws_s3_bucket" "b8262" {
  bucket = "bucket-8262"
}
resource "aws_s3_bucket" "b8263" {
  bucket = "bucket-8263"
}
resource "aws_s3_bucket" "b8264" {
  bucket = "bucket-8264"
}
resource "aws_s3_bucket" "b8265" {
  bucket = "bucket-8265"
}
resource "aws_s3_bucket" "b8266" {
  bucket = "bucket-8266"
}
resource "aws_s3_bucket" "b8267" {
  bucket = "bucket-8267"
}
resource "aws_s3_bucket" "b8268" {
  bucket = "bucket-8268"
}
resource "aws_s3_bucket" "b8269" {
  bucket = "bucket-8269"
}
resource "aws_s3_bucket" "b8270" {
  bucket = "bucket-8270"
}
resource "aws_s3_bucket" "b8271" {
  bucket = "bucket-8271"
}
resource "aws_s3_bucket" "b8272" {
  bucket = "bucket-8272"
}
resource "aws_s3_bucket" "b8273" {
  bucket = "bucket-8273"
}
resource "aws_s3_bucket" "b8274" {
  bucket = "bucket-8274"
}
resource "aws_s3_bucket" "b8275" {
  bucket = "bucket-8275"
}
resource "aws_s3_bucket" "b8276" {
  bucket = "bucket-8276"
}
resource "aws_s3_bucket" "b8277" {
  bucket = "bucket-8277"
}
resource "aws_s3_bucket" "b8278" {
  bucket = "bucket-8278"
}
resource "aws_s3_bucket" "b8279" {
  bucket = "bucket-8279"
}
resource "aws_s3_bucket" "b8280" {
  bucket = "bucket-8280"
}
resource "aws_s3_bucket" "b8281" {
  bucket = "bucket-8281"
}
resource "aws_s3_bucket" "b8282" {
  bucket = "bucket-8282"
}
resource "aws_s3_bucket" "b8283" {
  bucket = "bucket-8283"
}
resource "aws_s3_bucket" "b8284" {
  bucket = "bucket-8284"
}
resource "aws_s3_bucket" "b8285" {
  bucket = "bucket-8285"
}
resource "aws_s3_bucket" "b8286" {
  bucket = "bucket-8286"
}
resource "aws_s3_bucket" "b8287" {
  bucket = "bucket-8287"
}
resource "aws_s3_bucket" "b8288" {
  bucket = "bucket-8288"
}
resource "aws_s3_bucket" "b8289" {
  bucket = "bucket-8289"
}
resource "aws_s3_bucket" "b8290" {
  bucket = "bucket-8290"
}
resource "aws_s3_bucket" "b8291" {
  bucket = "bucket-8291"
}
resource "aws_s3_bucket" "b8292" {
  bucket = "bucket-8292"
}
resource "aws_s3_bucket" "b8293" {
  bucket = "bucket-8293"
}
resource "aws_s3_bucket" "b8294" {
  bucket = "bucket-8294"
}
resource "aws_s3_bucket" "b8295" {
  bucket = "bucket-8295"
}
resource "aws_s3_bucket" "b8296" {
  bucket = "bucket-8296"
}
resource "aws_s3_bucket" "b8297" {
  bucket = "bucket-8297"
}
resource "aws_s3_bucket" "b8298" {
  bucket = "bucket-8298"
}
resource "aws_s3_bucket" "b8299" {
  bucket = "bucket-8299"
}
resource "aws_s3_bucket" "b8300" {
  bucket = "bucket-8300"
}
resource "aws_s3_bucket" "b8301" {
  bucket = "bucket-8301"
}
resource "aws_s3_bucket" "b8302" {
  bucket = "bucket-8302"
}
resource "aws_s3_bucket" "b8303" {
  bucket = "bucket-8303"
}
resource "aws_s3_bucket" "b8304" {
  bucket = "bucket-8304"
}
resource "aws_s3_bucket" "b8305" {
  bucket = "bucket-8305"
}
resource "aws_s3_bucket" "b8306" {
  bucket = "bucket-8306"
}
resource "aws_s3_bucket" "b8307" {
  bucket = "bucket-8307"
}
resource "aws_s3_bucket" "b8308" {
  bucket = "bucket-8308"
}
resource "aws_s3_bucket" "b8309" {
  bucket = "bucket-8309"
}
resource "aws_s3_bucket" "b8310" {
  bucket = "bucket-8310"
}
resource "aws_s3_bucket" "b8311" {
  bucket = "bucket-8311"
}
resource "aws_s3_bucket" "b8312" {
  bucket = "bucket-8312"
}
resource "aws_s3_bucket" "b8313" {
  bucket = "bucket-8313"
}
resource "aws_s3_bucket" "b8314" {
  bucket = "bucket-8314"
}
resource "aws_s3_bucket" "b8315" {
  bucket = "bucket-8315"
}
resource "aws_s3_bucket" "b8316" {
  bucket = "bucket-8316"
}
resource "aws_s3_bucket" "b8317" {
  bucket = "bucket-8317"
}
resource "aws_s3_bucket" "b8318" {
  bucket = "bucket-8318"
}
resource "aws_s3_bucket" "b8319" {
  bucket = "bucket-8319"
}
resource "aws_s3_bucket" "b8320" {
  bucket = "bucket-8320"
}
resource "aws_s3_bucket" "b8321" {
  bucket = "bucket-8321"
}
resource "aws_s3_bucket" "b8322" {
  bucket = "bucket-8322"
}
resource "aws_s3_bucket" "b8323" {
  bucket = "bucket-8323"
}
resource "aws_s3_bucket" "b8324" {
  bucket = "bucket-8324"
}
resource "aws_s3_bucket" "b8325" {
  bucket = "bucket-8325"
}
resource "aws_s3_bucket" "b8326" {
  bucket = "bucket-8326"
}
resource "aws_s3_bucket" "b8327" {
  bucket = "bucket-8327"
}
resource "aws_s3_bucket" "b8328" {
  bucket = "bucket-8328"
}
resource "aws_s3_bucket" "b8329" {
  bucket = "bucket-8329"
}
resource "aws_s3_bucket" "b8330" {
  bucket = "bucket-8330"
}
resource "aws_s3_bucket" "b8331" {
  bucket = "bucket-8331"
}
resource "aws_s3_bucket" "b8332" {
  bucket = "bucket-8332"
}
resource "aws_s3_bucket" "b8333" {
  bucket = "bucket-8333"
}
resource "aws_s3_bucket" "b8334" {
  bucket = "bucket-8334"
}
resource "aws_s3_bucket" "b8335" {
  bucket = "bucket-8335"
}
resource "aws_s3_bucket" "b8336" {
  bucket = "bucket-8336"
}
resource "aws_s3_bucket" "b8337" {
  bucket = "bucket-8337"
}
resource "aws_s3_bucket" "b8338" {
  bucket = "bucket-8338"
}
resource "aws_s3_bucket" "b8339" {
  bucket = "bucket-8339"
}
resource "aws_s3_bucket" "b8340" {
  bucket = "bucket-8340"
}
resource "aws_s3_bucket" "b8341" {
  bucket = "bucket-8341"
}
resource "aws_s3_bucket" "b8342" {
  bucket = "bucket-8342"
}
resource "aws_s3_bucket" "b8343" {
  bucket = "bucket-8343"
}
resource "aws_s3_bucket" "b8344" {
  bucket = "bucket-8344"
}
resource "aws_s3_bucket" "b8345" {
  bucket = "bucket-8345"
}
resource "aws_s3_bucket" "b8346" {
  bucket = "bucket-8346"
}
resource "aws_s3_bucket" "b8347" {
  bucket = "bucket-8347"
}
resource "aws_s3_bucket" "b8348" {
  bucket = "bucket-8348"
}
resource "aws_s3_bucket" "b8349" {
  bucket = "bucket-8349"
}
resource "aws_s3_bucket" "b8350" {
  bucket = "bucket-8350"
}
resource "aws_s3_bucket" "b8351" {
  bucket = "bucket-8351"
}
resource "aws_s3_bucket" "b8352" {
  bucket = "bucket-8352"
}
resource "aws_s3_bucket" "b8353" {
  bucket = "bucket-8353"
}
resource "aws_s3_bucket" "b8354" {
  bucket = "bucket-8354"
}
resource "aws_s3_bucket" "b8355" {
  bucket = "bucket-8355"
}
resource "aws_s3_bucket" "b8356" {
  bucket = "bucket-8356"
}
resource "aws_s3_bucket" "b8357" {
  bucket = "bucket-8357"
}
resource "aws_s3_bucket" "b8358" {
  bucket = "bucket-8358"
}
resource "aws_s3_bucket" "b8359" {
  bucket = "bucket-8359"
}
resource "aws_s3_bucket" "b8360" {
  bucket = "bucket-8360"
}
resource "aws_s3_bucket" "b8361" {
  bucket = "bucket-8361"
}
resource "aws_s3_bucket" "b8362" {
  bucket = "bucket-8362"
}
resource "aws_s3_bucket" "b8363" {
  bucket = "bucket-8363"
}
resource "aws_s3_bucket" "b8364" {
  bucket = "bucket-8364"
}
resource "aws_s3_bucket" "b8365" {
  bucket = "bucket-8365"
}
resource "aws_s3_bucket" "b8366" {
  bucket = "bucket-8366"
}
resource "aws_s3_bucket" "b8367" {
  bucket = "bucket-8367"
}
resource "aws_s3_bucket" "b8368" {
  bucket = "bucket-8368"
}
resource "aws_s3_bucket" "b8369" {
  bucket = "bucket-8369"
}
resource "aws_s3_bucket" "b8370" {
  bucket = "bucket-8370"
}
resource "aws_s3_bucket" "b8371" {
  bucket = "bucket-8371"
}
resource "aws_s3_bucket" "b8372" {
  bucket = "bucket-8372"
}
resource "aws_s3_bucket" "b8373" {
  bucket = "bucket-8373"
}
resource "aws_s3_bucket" "b8374" {
  bucket = "bucket-8374"
}
resource "aws_s3_bucket" "b8375" {
  bucket = "bucket-8375"
}
resource "aws_s3_bucket" "b8376" {
  bucket = "bucket-8376"
}
resource "aws_s3_bucket" "b8377" {
  bucket = "bucket-8377"
}
resource "aws_s3_bucket" "b8378" {
  bucket = "bucket-8378"
}
resource "aws_s3_bucket" "b8379" {
  bucket = "bucket-8379"
}
resource "aws_s3_bucket" "b8380" {
  bucket = "bucket-8380"
}
resource "aws_s3_bucket" "b8381" {
  bucket = "bucket-8381"
}
resource "aws_s3_bucket" "b8382" {
  bucket = "bucket-8382"
}
resource "aws_s3_bucket" "b8383" {
  bucket = "bucket-8383"
}
resource "aws_s3_bucket" "b8384" {
  bucket = "bucket-8384"
}
resource "aws_s3_bucket" "b8385" {
  bucket = "bucket-8385"
}
resource "aws_s3_bucket" "b8386" {
  bucket = "bucket-8386"
}
resource "aws_s3_bucket" "b8387" {
  bucket = "bucket-8387"
}
resource "aws_s3_bucket" "b8388" {
  bucket = "bucket-8388"
}
resource "aws_s3_bucket" "b8389" {
  bucket = "bucket-8389"
}
resource "aws_s3_bucket" "b8390" {
  bucket = "bucket-8390"
}
resource "aws_s3_bucket" "b8391" {
  bucket = "bucket-8391"
}
resource "aws_s3_bucket" "b8392" {
  bucket = "bucket-8392"
}
resource "aws_s3_bucket" "b8393" {
  bucket = "bucket-8393"
}
resource "aws_s3_bucket" "b8394" {
  bucket = "bucket-8394"
}
resource "aws_s3_bucket" "b8395" {
  bucket = "bucket-8395"
}
resource "aws_s3_bucket" "b8396" {
  bucket = "bucket-8396"
}
resource "aws_s3_bucket" "b8397" {
  bucket = "bucket-8397"
}
resource "aws_s3_bucket" "b8398" {
  bucket = "bucket-8398"
}
resource "aws_s3_bucket" "b8399" {
  bucket = "bucket-8399"
}
resource "aws_s3_bucket" "b8400" {
  bucket = "bucket-8400"
}
resource "aws_s3_bucket" "b8401" {
  bucket = "bucket-8401"
}
resource "aws_s3_bucket" "b8402" {
  bucket = "bucket-8402"
}
resource "aws_s3_bucket" "b8403" {
  bucket = "bucket-8403"
}
resource "aws_s3_bucket" "b8404" {
  bucket = "bucket-8404"
}
resource "aws_s3_bucket" "b8405" {
  bucket = "bucket-8405"
}
resource "aws_s3_bucket" "b8406" {
  bucket = "bucket-8406"
}
resource "aws_s3_bucket" "b8407" {
  bucket = "bucket-8407"
}
resource "aws_s3_bucket" "b8408" {
  bucket = "bucket-8408"
}
resource "aws_s3_bucket" "b8409" {
  bucket = "bucket-8409"
}
resource "aws_s3_bucket" "b8410" {
  bucket = "bucket-8410"
}
resource "aws_s3_bucket" "b8411" {
  bucket = "bucket-8411"
}
resource "aws_s3_bucket" "b8412" {
  bucket = "bucket-8412"
}
resource "aws_s3_bucket" "b8413" {
  bucket = "bucket-8413"
}
resource "aws_s3_bucket" "b8414" {
  bucket = "bucket-8414"
}
resource "aws_s3_bucket" "b8415" {
  bucket = "bucket-8415"
}
resource "aws_s3_bucket" "b8416" {
  bucket = "bucket-8416"
}
resource "aws_s3_bucket" "b8417" {
  bucket = "bucket-8417"
}
resource "aws_s3_bucket" "b8418" {
  bucket = "bucket-8418"
}
resource "aws_s3_bucket" "b8419" {
  bucket = "bucket-8419"
}
resource "aws_s3_bucket" "b8420" {
  bucket = "bucket-8420"
}
resource "aws_s3_bucket" "b8421" {
  bucket = "bucket-8421"
}
resource "aws_s3_bucket" "b8422" {
  bucket = "bucket-8422"
}
resource "aws_s3_bucket" "b8423" {
  bucket = "bucket-8423"
}
resource "aws_s3_bucket" "b8424" {
  bucket = "bucket-8424"
}
resource "aws_s3_bucket" "b8425" {
  bucket = "bucket-8425"
}
resource "aws_s3_bucket" "b8426" {
  bucket = "bucket-8426"
}
resource "aws_s3_bucket" "b8427" {
  bucket = "bucket-8427"
}
resource "aws_s3_bucket" "b8428" {
  bucket = "bucket-8428"
}
resource "aws_s3_bucket" "b8429" {
  bucket = "bucket-8429"
}
resource "aws_s3_bucket" "b8430" {
  bucket = "bucket-8430"
}
resource "aws_s3_bucket" "b8431" {
  bucket = "bucket-8431"
}
resource "aws_s3_bucket" "b8432" {
  bucket = "bucket-8432"
}
resource "aws_s3_bucket" "b8433" {
  bucket = "bucket-8433"
}
resource "aws_s3_bucket" "b8434" {
  bucket = "bucket-8434"
}
resource "aws_s3_bucket" "b8435" {
  bucket = "bucket-8435"
}
resource "aws_s3_bucket" "b8436" {
  bucket = "bucket-8436"
}
resource "aws_s3_bucket" "b8437" {
  bucket = "bucket-8437"
}
resource "aws_s3_bucket" "b8438" {
  bucket = "bucket-8438"
}
resource "aws_s3_bucket" "b8439" {
  bucket = "bucket-8439"
}
resource "aws_s3_bucket" "b8440" {
  bucket = "bucket-8440"
}
resource "aws_s3_bucket" "b8441" {
  bucket = "bucket-8441"
}
resource "aws_s3_bucket" "b8442" {
  bucket = "bucket-8442"
}
resource "aws_s3_bucket" "b8443" {
  bucket = "bucket-8443"
}
resource "aws_s3_bucket" "b8444" {
  bucket = "bucket-8444"
}
resource "aws_s3_bucket" "b8445" {
  bucket = "bucket-8445"
}
resource "aws_s3_bucket" "b8446" {
  bucket = "bucket-8446"
}
resource "aws_s3_bucket" "b8447" {
  bucket = "bucket-8447"
}
resource "aws_s3_bucket" "b8448" {
  bucket = "bucket-8448"
}
resource "aws_s3_bucket" "b8449" {
  bucket = "bucket-8449"
}
resource "aws_s3_bucket" "b8450" {
  bucket = "bucket-8450"
}
resource "aws_s3_bucket" "b8451" {
  bucket = "bucket-8451"
}
resource "aws_s3_bucket" "b8452" {
  bucket = "bucket-8452"
}
resource "aws_s3_bucket" "b8453" {
  bucket = "bucket-8453"
}
resource "aws_s3_bucket" "b8454" {
  bucket = "bucket-8454"
}
resource "aws_s3_bucket" "b8455" {
  bucket = "bucket-8455"
}
resource "aws_s3_bucket" "b8456" {
  bucket = "bucket-8456"
}
resource "aws_s3_bucket" "b8457" {
  bucket = "bucket-8457"
}
resource "aws_s3_bucket" "b8458" {
  bucket = "bucket-8458"
}
resource "aws_s3_bucket" "b8459" {
  bucket = "bucket-8459"
}
resource "aws_s3_bucket" "b8460" {
  bucket = "bucket-8460"
}
resource "aws_s3_bucket" "b8461" {
  bucket = "bucket-8461"
}
resource "aws_s3_bucket" "b8462" {
  bucket = "bucket-8462"
}
resource "aws_s3_bucket" "b8463" {
  bucket = "bucket-8463"
}
resource "aws_s3_bucket" "b8464" {
  bucket = "bucket-8464"
}
resource "aws_s3_bucket" "b8465" {
  bucket = "bucket-8465"
}
resource "aws_s3_bucket" "b8466" {
  bucket = "bucket-8466"
}
resource "aws_s3_bucket" "b8467" {
  bucket = "bucket-8467"
}
resource "aws_s3_bucket" "b8468" {
  bucket = "bucket-8468"
}
resource "aws_s3_bucket" "b8469" {
  bucket = "bucket-8469"
}
resource "aws_s3_bucket" "b8470" {
  bucket = "bucket-8470"
}
resource "aws_s3_bucket" "b8471" {
  bucket = "bucket-8471"
}
resource "aws_s3_bucket" "b8472" {
  bucket = "bucket-8472"
}
resource "aws_s3_bucket" "b8473" {
  bucket = "bucket-8473"
}
resource "aws_s3_bucket" "b8474" {
  bucket = "bucket-8474"
}
resource "aws_s3_bucket" "b8475" {
  bucket = "bucket-8475"
}
resource "aws_s3_bucket" "b8476" {
  bucket = "bucket-8476"
}
resource "aws_s3_bucket" "b8477" {
  bucket = "bucket-8477"
}
resource "aws_s3_bucket" "b8478" {
  bucket = "bucket-8478"
}
resource "aws_s3_bucket" "b8479" {
  bucket = "bucket-8479"
}
resource "aws_s3_bucket" "b8480" {
  bucket = "bucket-8480"
}
resource "aws_s3_bucket" "b8481" {
  bucket = "bucket-8481"
}
resource "aws_s3_bucket" "b8482" {
  bucket = "bucket-8482"
}
resource "aws_s3_bucket" "b8483" {
  bucket = "bucket-8483"
}
resource "aws_s3_bucket" "b8484" {
  bucket = "bucket-8484"
}
resource "aws_s3_bucket" "b8485" {
  bucket = "bucket-8485"
}
resource "aws_s3_bucket" "b8486" {
  bucket = "bucket-8486"
}
resource "aws_s3_bucket" "b8487" {
  bucket = "bucket-8487"
}
resource "aws_s3_bucket" "b8488" {
  bucket = "bucket-8488"
}
resource "aws_s3_bucket" "b8489" {
  bucket = "bucket-8489"
}
resource "aws_s3_bucket" "b8490" {
  bucket = "bucket-8490"
}
resource "aws_s3_bucket" "b8491" {
  bucket = "bucket-8491"
}
resource "aws_s3_bucket" "b8492" {
  bucket = "bucket-8492"
}
resource "aws_s3_bucket" "b8493" {
  bucket = "bucket-8493"
}
resource "aws_s3_bucket" "b8494" {
  bucket = "bucket-8494"
}
resource "aws_s3_bucket" "b8495" {
  bucket = "bucket-8495"
}
resource "aws_s3_bucket" "b8496" {
  bucket = "bucket-8496"
}
resource "aws_s3_bucket" "b8497" {
  bucket = "bucket-8497"
}
resource "aws_s3_bucket" "b8498" {
  bucket = "bucket-8498"
}
resource "aws_s3_bucket" "b8499" {
  bucket = "bucket-8499"
}
resource "aws_s3_bucket" "b8500" {
  bucket = "bucket-8500"
}
resource "aws_s3_bucket" "b8501" {
  bucket = "bucket-8501"
}
resource "aws_s3_bucket" "b8502" {
  bucket = "bucket-8502"
}
resource "aws_s3_bucket" "b8503" {
  bucket = "bucket-8503"
}
resource "aws_s3_bucket" "b8504" {
  bucket = "bucket-8504"
}
resource "aws_s3_bucket" "b8505" {
  bucket = "bucket-8505"
}
resource "aws_s3_bucket" "b8506" {
  bucket = "bucket-8506"
}
resource "aws_s3_bucket" "b8507" {
  bucket = "bucket-8507"
}
resource "aws_s3_bucket" "b8508" {
  bucket = "bucket-8508"
}
resource "aws_s3_bucket" "b8509" {
  bucket = "bucket-8509"
}
resource "aws_s3_bucket" "b8510" {
  bucket = "bucket-8510"
}
resource "aws_s3_bucket" "b8511" {
  bucket = "bucket-8511"
}
resource "aws_s3_bucket" "b8512" {
  bucket = "bucket-8512"
}
resource "aws_s3_bucket" "b8513" {
  bucket = "bucket-8513"
}
resource "aws_s3_bucket" "b8514" {
  bucket = "bucket-8514"
}
resource "aws_s3_bucket" "b8515" {
  bucket = "bucket-8515"
}
resource "aws_s3_bucket" "b8516" {
  bucket = "bucket-8516"
}
resource "aws_s3_bucket" "b8517" {
  bucket = "bucket-8517"
}
resource "aws_s3_bucket" "b8518" {
  bucket = "bucket-8518"
}
resource "aws_s3_bucket" "b8519" {
  bucket = "bucket-8519"
}
resource "aws_s3_bucket" "b8520" {
  bucket = "bucket-8520"
}
resource "aws_s3_bucket" "b8521" {
  bucket = "bucket-8521"
}
resource "aws_s3_bucket" "b8522" {
  bucket = "bucket-8522"
}
resource "aws_s3_bucket" "b8523" {
  bucket = "bucket-8523"
}
resource "aws_s3_bucket" "b8524" {
  bucket = "bucket-8524"
}
resource "aws_s3_bucket" "b8525" {
  bucket = "bucket-8525"
}
resource "aws_s3_bucket" "b8526" {
  bucket = "bucket-8526"
}
resource "aws_s3_bucket" "b8527" {
  bucket = "bucket-8527"
}
resource "aws_s3_bucket" "b8528" {
  bucket = "bucket-8528"
}
resource "aws_s3_bucket" "b8529" {
  bucket = "bucket-8529"
}
resource "aws_s3_bucket" "b8530" {
  bucket = "bucket-8530"
}
resource "aws_s3_bucket" "b8531" {
  bucket = "bucket-8531"
}
resource "aws_s3_bucket" "b8532" {
  bucket = "bucket-8532"
}
resource "aws_s3_bucket" "b8533" {
  bucket = "bucket-8533"
}
resource "aws_s3_bucket" "b8534" {
  bucket = "bucket-8534"
}
resource "aws_s3_bucket" "b8535" {
  bucket = "bucket-8535"
}
resource "aws_s3_bucket" "b8536" {
  bucket = "bucket-8536"
}
resource "aws_s3_bucket" "b8537" {
  bucket = "bucket-8537"
}
resource "aws_s3_bucket" "b8538" {
  bucket = "bucket-8538"
}
resource "aws_s3_bucket" "b8539" {
  bucket = "bucket-8539"
}
resource "aws_s3_bucket" "b8540" {
  bucket = "bucket-8540"
}
resource "aws_s3_bucket" "b8541" {
  bucket = "bucket-8541"
}
resource "aws_s3_bucket" "b8542" {
  bucket = "bucket-8542"
}
resource "aws_s3_bucket" "b8543" {
  bucket = "bucket-8543"
}
resource "aws_s3_bucket" "b8544" {
  bucket = "bucket-8544"
}
resource "aws_s3_bucket" "b8545" {
  bucket = "bucket-8545"
}
resource "aws_s3_bucket" "b8546" {
  bucket = "bucket-8546"
}
resource "aws_s3_bucket" "b8547" {
  bucket = "bucket-8547"
}
resource "aws_s3_bucket" "b8548" {
  bucket = "bucket-8548"
}
resource "aws_s3_bucket" "b8549" {
  bucket = "bucket-8549"
}
resource "aws_s3_bucket" "b8550" {
  bucket = "bucket-8550"
}
resource "aws_s3_bucket" "b8551" {
  bucket = "bucket-8551"
}
resource "aws_s3_bucket" "b8552" {
  bucket = "bucket-8552"
}
resource "aws_s3_bucket" "b8553" {
  bucket = "bucket-8553"
}
resource "aws_s3_bucket" "b8554" {
  bucket = "bucket-8554"
}
resource "aws_s3_bucket" "b8555" {
  bucket = "bucket-8555"
}
resource "aws_s3_bucket" "b8556" {
  bucket = "bucket-8556"
}
resource "aws_s3_bucket" "b8557" {
  bucket = "bucket-8557"
}
resource "aws_s3_bucket" "b8558" {
  bucket = "bucket-8558"
}
resource "aws_s3_bucket" "b8559" {
  bucket = "bucket-8559"
}
resource "aws_s3_bucket" "b8560" {
  bucket = "bucket-8560"
}
resource "aws_s3_bucket" "b8561" {
  bucket = "bucket-8561"
}
resource "aws_s3_bucket" "b8562" {
  bucket = "bucket-8562"
}
resource "aws_s3_bucket" "b8563" {
  bucket = "bucket-8563"
}
resource "aws_s3_bucket" "b8564" {
  bucket = "bucket-8564"
}
resource "aws_s3_bucket" "b8565" {
  bucket = "bucket-8565"
}
resource "aws_s3_bucket" "b8566" {
  bucket = "bucket-8566"
}
resource "aws_s3_bucket" "b8567" {
  bucket = "bucket-8567"
}
resource "aws_s3_bucket" "b8568" {
  bucket = "bucket-8568"
}
resource "aws_s3_bucket" "b8569" {
  bucket = "bucket-8569"
}
resource "aws_s3_bucket" "b8570" {
  bucket = "bucket-8570"
}
resource "aws_s3_bucket" "b8571" {
  bucket = "bucket-8571"
}
resource "aws_s3_bucket" "b8572" {
  bucket = "bucket-8572"
}
resource "aws_s3_bucket" "b8573" {
  bucket = "bucket-8573"
}
resource "aws_s3_bucket" "b8574" {
  bucket = "bucket-8574"
}
resource "aws_s3_bucket" "b8575" {
  bucket = "bucket-8575"
}
resource "aws_s3_bucket" "b8576" {
  bucket = "bucket-8576"
}
resource "aws_s3_bucket" "b8577" {
  bucket = "bucket-8577"
}
resource "aws_s3_bucket" "b8578" {
  bucket = "bucket-8578"
}
resource "aws_s3_bucket" "b8579" {
  bucket = "bucket-8579"
}
resource "aws_s3_bucket" "b8580" {
  bucket = "bucket-8580"
}
resource "aws_s3_bucket" "b8581" {
  bucket = "bucket-8581"
}
resource "aws_s3_bucket" "b8582" {
  bucket = "bucket-8582"
}
resource "aws_s3_bucket" "b8583" {
  bucket = "bucket-8583"
}
resource "aws_s3_bucket" "b8584" {
  bucket = "bucket-8584"
}
resource "aws_s3_bucket" "b8585" {
  bucket = "bucket-8585"
}
resource "aws_s3_bucket" "b8586" {
  bucket = "bucket-8586"
}
resource "aws_s3_bucket" "b8587" {
  bucket = "bucket-8587"
}
resource "aws_s3_bucket" "b8588" {
  bucket = "bucket-8588"
}
resource "aws_s3_bucket" "b8589" {
  bucket = "bucket-8589"
}
resource "aws_s3_bucket" "b8590" {
  bucket = "bucket-8590"
}
resource "aws_s3_bucket" "b8591" {
  bucket = "bucket-8591"
}
resource "aws_s3_bucket" "b8592" {
  bucket = "bucket-8592"
}
resource "aws_s3_bucket" "b8593" {
  bucket = "bucket-8593"
}
resource "aws_s3_bucket" "b8594" {
  bucket = "bucket-8594"
}
resource "aws_s3_bucket" "b8595" {
  bucket = "bucket-8595"
}
resource "aws_s3_bucket" "b8596" {
  bucket = "bucket-8596"
}
resource "aws_s3_bucket" "b8597" {
  bucket = "bucket-8597"
}
resource "aws_s3_bucket" "b8598" {
  bucket = "bucket-8598"
}
resource "aws_s3_bucket" "b8599" {
  bucket = "bucket-8599"
}
resource "aws_s3_bucket" "b8600" {
  bucket = "bucket-8600"
}
resource "aws_s3_bucket" "b8601" {
  bucket = "bucket-8601"
}
resource "aws_s3_bucket" "b8602" {
  bucket = "bucket-8602"
}
resource "aws_s3_bucket" "b8603" {
  bucket = "bucket-8603"
}
resource "aws_s3_bucket" "b8604" {
  bucket = "bucket-8604"
}
resource "aws_s3_bucket" "b8605" {
  bucket = "bucket-8605"
}
resource "aws_s3_bucket" "b8606" {
  bucket = "bucket-8606"
}
resource "aws_s3_bucket" "b8607" {
  bucket = "bucket-8607"
}
resource "aws_s3_bucket" "b8608" {
  bucket = "bucket-8608"
}
resource "aws_s3_bucket" "b8609" {
  bucket = "bucket-8609"
}
resource "aws_s3_bucket" "b8610" {
  bucket = "bucket-8610"
}
resource "aws_s3_bucket" "b8611" {
  bucket = "bucket-8611"
}
resource "aws_s3_bucket" "b8612" {
  bucket = "bucket-8612"
}
resource "aws_s3_bucket" "b8613" {
  bucket = "bucket-8613"
}
resource "aws_s3_bucket" "b8614" {
  bucket = "bucket-8614"
}
resource "aws_s3_bucket" "b8615" {
  bucket = "bucket-8615"
}
resource "aws_s3_bucket" "b8616" {
  bucket = "bucket-8616"
}
resource "aws_s3_bucket" "b8617" {
  bucket = "bucket-8617"
}
resource "aws_s3_bucket" "b8618" {
  bucket = "bucket-8618"
}
resource "aws_s3_bucket" "b8619" {
  bucket = "bucket-8619"
}
resource "aws_s3_bucket" "b8620" {
  bucket = "bucket-8620"
}
resource "aws_s3_bucket" "b8621" {
  bucket = "bucket-8621"
}
resource "aws_s3_bucket" "b8622" {
  bucket = "bucket-8622"
}
resource "aws_s3_bucket" "b8623" {
  bucket = "bucket-8623"
}
resource "aws_s3_bucket" "b8624" {
  bucket = "bucket-8624"
}
resource "aws_s3_bucket" "b8625" {
  bucket = "bucket-8625"
}
resource "aws_s3_bucket" "b8626" {
  bucket = "bucket-8626"
}
resource "aws_s3_bucket" "b8627" {
  bucket = "bucket-8627"
}
resource "aws_s3_bucket" "b8628" {
  bucket = "bucket-8628"
}
resource "aws_s3_bucket" "b8629" {
  bucket = "bucket-8629"
}
resource "aws_s3_bucket" "b8630" {
  bucket = "bucket-8630"
}
resource "aws_s3_bucket" "b8631" {
  bucket = "bucket-8631"
}
resource "aws_s3_bucket" "b8632" {
  bucket = "bucket-8632"
}
resource "aws_s3_bucket" "b8633" {
  bucket = "bucket-8633"
}
resource "aws_s3_bucket" "b8634" {
  bucket = "bucket-8634"
}
resource "aws_s3_bucket" "b8635" {
  bucket = "bucket-8635"
}
resource "aws_s3_bucket" "b8636" {
  bucket = "bucket-8636"
}
resource "aws_s3_bucket" "b8637" {
  bucket = "bucket-8637"
}
resource "aws_s3_bucket" "b8638" {
  bucket = "bucket-8638"
}
resource "aws_s3_bucket" "b8639" {
  bucket = "bucket-8639"
}
resource "aws_s3_bucket" "b8640" {
  bucket = "bucket-8640"
}
resource "aws_s3_bucket" "b8641" {
  bucket = "bucket-8641"
}
resource "aws_s3_bucket" "b8642" {
  bucket = "bucket-8642"
}
resource "aws_s3_bucket" "b8643" {
  bucket = "bucket-8643"
}
resource "aws_s3_bucket" "b8644" {
  bucket = "bucket-8644"
}
resource "aws_s3_bucket" "b8645" {
  bucket = "bucket-8645"
}
resource "aws_s3_bucket" "b8646" {
  bucket = "bucket-8646"
}
resource "aws_s3_bucket" "b8647" {
  bucket = "bucket-8647"
}
resource "aws_s3_bucket" "b8648" {
  bucket = "bucket-8648"
}
resource "aws_s3_bucket" "b8649" {
  bucket = "bucket-8649"
}
resource "aws_s3_bucket" "b8650" {
  bucket = "bucket-8650"
}
resource "aws_s3_bucket" "b8651" {
  bucket = "bucket-8651"
}
resource "aws_s3_bucket" "b8652" {
  bucket = "bucket-8652"
}
resource "aws_s3_bucket" "b8653" {
  bucket = "bucket-8653"
}
resource "aws_s3_bucket" "b8654" {
  bucket = "bucket-8654"
}
resource "aws_s3_bucket" "b8655" {
  bucket = "bucket-8655"
}
resource "aws_s3_bucket" "b8656" {
  bucket = "bucket-8656"
}
resource "aws_s3_bucket" "b8657" {
  bucket = "bucket-8657"
}
resource "aws_s3_bucket" "b8658" {
  bucket = "bucket-8658"
}
resource "aws_s3_bucket" "b8659" {
  bucket = "bucket-8659"
}
resource "aws_s3_bucket" "b8660" {
  bucket = "bucket-8660"
}
resource "aws_s3_bucket" "b8661" {
  bucket = "bucket-8661"
}
resource "aws_s3_bucket" "b8662" {
  bucket = "bucket-8662"
}
resource "aws_s3_bucket" "b8663" {
  bucket = "bucket-8663"
}
resource "aws_s3_bucket" "b8664" {
  bucket = "bucket-8664"
}
resource "aws_s3_bucket" "b8665" {
  bucket = "bucket-8665"
}
resource "aws_s3_bucket" "b8666" {
  bucket = "bucket-8666"
}
resource "aws_s3_bucket" "b8667" {
  bucket = "bucket-8667"
}
resource "aws_s3_bucket" "b8668" {
  bucket = "bucket-8668"
}
resource "aws_s3_bucket" "b8669" {
  bucket = "bucket-8669"
}
resource "aws_s3_bucket" "b8670" {
  bucket = "bucket-8670"
}
resource "aws_s3_bucket" "b8671" {
  bucket = "bucket-8671"
}
resource "aws_s3_bucket" "b8672" {
  bucket = "bucket-8672"
}
resource "aws_s3_bucket" "b8673" {
  bucket = "bucket-8673"
}
resource "aws_s3_bucket" "b8674" {
  bucket = "bucket-8674"
}
resource "aws_s3_bucket" "b8675" {
  bucket = "bucket-8675"
}
resource "aws_s3_bucket" "b8676" {
  bucket = "bucket-8676"
}
resource "aws_s3_bucket" "b8677" {
  bucket = "bucket-8677"
}
resource "aws_s3_bucket" "b8678" {
  bucket = "bucket-8678"
}
resource "aws_s3_bucket" "b8679" {
  bucket = "bucket-8679"
}
resource "aws_s3_bucket" "b8680" {
  bucket = "bucket-8680"
}
resource "aws_s3_bucket" "b8681" {
  bucket = "bucket-8681"
}
resource "aws_s3_bucket" "b8682" {
  bucket = "bucket-8682"
}
resource "aws_s3_bucket" "b8683" {
  bucket = "bucket-8683"
}
resource "aws_s3_bucket" "b8684" {
  bucket = "bucket-8684"
}
resource "aws_s3_bucket" "b8685" {
  bucket = "bucket-8685"
}
resource "aws_s3_bucket" "b8686" {
  bucket = "bucket-8686"
}
resource "aws_s3_bucket" "b8687" {
  bucket = "bucket-8687"
}
resource "aws_s3_bucket" "b8688" {
  bucket = "bucket-8688"
}
resource "aws_s3_bucket" "b8689" {
  bucket = "bucket-8689"
}
resource "aws_s3_bucket" "b8690" {
  bucket = "bucket-8690"
}
resource "aws_s3_bucket" "b8691" {
  bucket = "bucket-8691"
}
resource "aws_s3_bucket" "b8692" {
  bucket = "bucket-8692"
}
resource "aws_s3_bucket" "b8693" {
  bucket = "bucket-8693"
}
resource "aws_s3_bucket" "b8694" {
  bucket = "bucket-8694"
}
resource "aws_s3_bucket" "b8695" {
  bucket = "bucket-8695"
}
resource "aws_s3_bucket" "b8696" {
  bucket = "bucket-8696"
}
resource "aws_s3_bucket" "b8697" {
  bucket = "bucket-8697"
}
resource "aws_s3_bucket" "b8698" {
  bucket = "bucket-8698"
}
resource "aws_s3_bucket" "b8699" {
  bucket = "bucket-8699"
}
resource "aws_s3_bucket" "b8700" {
  bucket = "bucket-8700"
}
resource "aws_s3_bucket" "b8701" {
  bucket = "bucket-8701"
}
resource "aws_s3_bucket" "b8702" {
  bucket = "bucket-8702"
}
resource "aws_s3_bucket" "b8703" {
  bucket = "bucket-8703"
}
resource "aws_s3_bucket" "b8704" {
  bucket = "bucket-8704"
}
resource "aws_s3_bucket" "b8705" {
  bucket = "bucket-8705"
}
resource "aws_s3_bucket" "b8706" {
  bucket = "bucket-8706"
}
resource "aws_s3_bucket" "b8707" {
  bucket = "bucket-8707"
}
resource "aws_s3_bucket" "b8708" {
  bucket = "bucket-8708"
}
resource "aws_s3_bucket" "b8709" {
  bucket = "bucket-8709"
}
resource "aws_s3_bucket" "b8710" {
  bucket = "bucket-8710"
}
resource "aws_s3_bucket" "b8711" {
  bucket = "bucket-8711"
}
resource "aws_s3_bucket" "b8712" {
  bucket = "bucket-8712"
}
resource "aws_s3_bucket" "b8713" {
  bucket = "bucket-8713"
}
resource "aws_s3_bucket" "b8714" {
  bucket = "bucket-8714"
}
resource "aws_s3_bucket" "b8715" {
  bucket = "bucket-8715"
}
resource "aws_s3_bucket" "b8716" {
  bucket = "bucket-8716"
}
resource "aws_s3_bucket" "b8717" {
  bucket = "bucket-8717"
}
resource "aws_s3_bucket" "b8718" {
  bucket = "bucket-8718"
}
resource "aws_s3_bucket" "b8719" {
  bucket = "bucket-8719"
}
resource "aws_s3_bucket" "b8720" {
  bucket = "bucket-8720"
}
resource "aws_s3_bucket" "b8721" {
  bucket = "bucket-8721"
}
resource "aws_s3_bucket" "b8722" {
  bucket = "bucket-8722"
}
resource "aws_s3_bucket" "b8723" {
  bucket = "bucket-8723"
}
resource "aws_s3_bucket" "b8724" {
  bucket = "bucket-8724"
}
resource "aws_s3_bucket" "b8725" {
  bucket = "bucket-8725"
}
resource "aws_s3_bucket" "b8726" {
  bucket = "bucket-8726"
}
resource "aws_s3_bucket" "b8727" {
  bucket = "bucket-8727"
}
resource "aws_s3_bucket" "b8728" {
  bucket = "bucket-8728"
}
resource "aws_s3_bucket" "b8729" {
  bucket = "bucket-8729"
}
resource "aws_s3_bucket" "b8730" {
  bucket = "bucket-8730"
}
resource "aws_s3_bucket" "b8731" {
  bucket = "bucket-8731"
}
resource "aws_s3_bucket" "b8732" {
  bucket = "bucket-8732"
}
resource "aws_s3_bucket" "b8733" {
  bucket = "bucket-8733"
}
resource "aws_s3_bucket" "b8734" {
  bucket = "bucket-8734"
}
resource "aws_s3_bucket" "b8735" {
  bucket = "bucket-8735"
}
resource "aws_s3_bucket" "b8736" {
  bucket = "bucket-8736"
}
resource "aws_s3_bucket" "b8737" {
  bucket = "bucket-8737"
}
resource "aws_s3_bucket" "b8738" {
  bucket = "bucket-8738"
}
resource "aws_s3_bucket" "b8739" {
  bucket = "bucket-8739"
}
resource "aws_s3_bucket" "b8740" {
  bucket = "bucket-8740"
}
resource "aws_s3_bucket" "b8741" {
  bucket = "bucket-8741"
}
resource "aws_s3_bucket" "b8742" {
  bucket = "bucket-8742"
}
resource "aws_s3_bucket" "b8743" {
  bucket = "bucket-8743"
}
resource "aws_s3_bucket" "b8744" {
  bucket = "bucket-8744"
}
resource "aws_s3_bucket" "b8745" {
  bucket = "bucket-8745"
}
resource "aws_s3_bucket" "b8746" {
  bucket = "bucket-8746"
}
resource "aws_s3_bucket" "b8747" {
  bucket = "bucket-8747"
}
resource "aws_s3_bucket" "b8748" {
  bucket = "bucket-8748"
}
resource "aws_s3_bucket" "b8749" {
  bucket = "bucket-8749"
}
resource "aws_s3_bucket" "b8750" {
  bucket = "bucket-8750"
}
resource "aws_s3_bucket" "b8751" {
  bucket = "bucket-8751"
}
resource "aws_s3_bucket" "b8752" {
  bucket = "bucket-8752"
}
resource "aws_s3_bucket" "b8753" {
  bucket = "bucket-8753"
}
resource "aws_s3_bucket" "b8754" {
  bucket = "bucket-8754"
}
resource "aws_s3_bucket" "b8755" {
  bucket = "bucket-8755"
}
resource "aws_s3_bucket" "b8756" {
  bucket = "bucket-8756"
}
resource "aws_s3_bucket" "b8757" {
  bucket = "bucket-8757"
}
resource "aws_s3_bucket" "b8758" {
  bucket = "bucket-8758"
}
resource "aws_s3_bucket" "b8759" {
  bucket = "bucket-8759"
}
resource "aws_s3_bucket" "b8760" {
  bucket = "bucket-8760"
}
resource "aws_s3_bucket" "b8761" {
  bucket = "bucket-8761"
}
resource "aws_s3_bucket" "b8762" {
  bucket = "bucket-8762"
}
resource "aws_s3_bucket" "b8763" {
  bucket = "bucket-8763"
}
resource "aws_s3_bucket" "b8764" {
  bucket = "bucket-8764"
}
resource "aws_s3_bucket" "b8765" {
  bucket = "bucket-8765"
}
resource "aws_s3_bucket" "b8766" {
  bucket = "bucket-8766"
}
resource "aws_s3_bucket" "b8767" {
  bucket = "bucket-8767"
}
resource "aws_s3_bucket" "b8768" {
  bucket = "bucket-8768"
}
resource "aws_s3_bucket" "b8769" {
  bucket = "bucket-8769"
}
resource "aws_s3_bucket" "b8770" {
  bucket = "bucket-8770"
}
resource "aws_s3_bucket" "b8771" {
  bucket = "bucket-8771"
}
resource "aws_s3_bucket" "b8772" {
  bucket = "bucket-8772"
}
resource "aws_s3_bucket" "b8773" {
  bucket = "bucket-8773"
}
resource "aws_s3_bucket" "b8774" {
  bucket = "bucket-8774"
}
resource "aws_s3_bucket" "b8775" {
  bucket = "bucket-8775"
}
resource "aws_s3_bucket" "b8776" {
  bucket = "bucket-8776"
}
resource "aws_s3_bucket" "b8777" {
  bucket = "bucket-8777"
}
resource "aws_s3_bucket" "b8778" {
  bucket = "bucket-8778"
}
resource "aws_s3_bucket" "b8779" {
  bucket = "bucket-8779"
}
resource "aws_s3_bucket" "b8780" {
  bucket = "bucket-8780"
}
resource "aws_s3_bucket" "b8781" {
  bucket = "bucket-8781"
}
resource "aws_s3_bucket" "b8782" {
  bucket = "bucket-8782"
}
resource "aws_s3_bucket" "b8783" {
  bucket = "bucket-8783"
}
resource "aws_s3_bucket" "b8784" {
  bucket = "bucket-8784"
}
resource "aws_s3_bucket" "b8785" {
  bucket = "bucket-8785"
}
resource "aws_s3_bucket" "b8786" {
  bucket = "bucket-8786"
}
resource "aws_s3_bucket" "b8787" {
  bucket = "bucket-8787"
}
resource "aws_s3_bucket" "b8788" {
  bucket = "bucket-8788"
}
resource "aws_s3_bucket" "b8789" {
  bucket = "bucket-8789"
}
resource "aws_s3_bucket" "b8790" {
  bucket = "bucket-8790"
}
resource "aws_s3_bucket" "b8791" {
  bucket = "bucket-8791"
}
resource "aws_s3_bucket" "b8792" {
  bucket = "bucket-8792"
}
resource "aws_s3_bucket" "b8793" {
  bucket = "bucket-8793"
}
resource "aws_s3_bucket" "b8794" {
  bucket = "bucket-8794"
}
resource "aws_s3_bucket" "b8795" {
  bucket = "bucket-8795"
}
resource "aws_s3_bucket" "b8796" {
  bucket = "bucket-8796"
}
resource "aws_s3_bucket" "b8797" {
  bucket = "bucket-8797"
}
resource "aws_s3_bucket" "b8798" {
  bucket = "bucket-8798"
}
resource "aws_s3_bucket" "b8799" {
  bucket = "bucket-8799"
}
resource "aws_s3_bucket" "b8800" {
  bucket = "bucket-8800"
}
resource "aws_s3_bucket" "b8801" {
  bucket = "bucket-8801"
}
resource "aws_s3_bucket" "b8802" {
  bucket = "bucket-8802"
}
resource "aws_s3_bucket" "b8803" {
  bucket = "bucket-8803"
}
resource "aws_s3_bucket" "b8804" {
  bucket = "bucket-8804"
}
resource "aws_s3_bucket" "b8805" {
  bucket = "bucket-8805"
}
resource "aws_s3_bucket" "b8806" {
  bucket = "bucket-8806"
}
resource "aws_s3_bucket" "b8807" {
  bucket = "bucket-8807"
}
resource "aws_s3_bucket" "b8808" {
  bucket = "bucket-8808"
}
resource "aws_s3_bucket" "b8809" {
  bucket = "bucket-8809"
}
resource "aws_s3_bucket" "b8810" {
  bucket = "bucket-8810"
}
resource "aws_s3_bucket" "b8811" {
  bucket = "bucket-8811"
}
resource "aws_s3_bucket" "b8812" {
  bucket = "bucket-8812"
}
resource "aws_s3_bucket" "b8813" {
  bucket = "bucket-8813"
}
resource "aws_s3_bucket" "b8814" {
  bucket = "bucket-8814"
}
resource "aws_s3_bucket" "b8815" {
  bucket = "bucket-8815"
}
resource "aws_s3_bucket" "b8816" {
  bucket = "bucket-8816"
}
resource "aws_s3_bucket" "b8817" {
  bucket = "bucket-8817"
}
resource "aws_s3_bucket" "b8818" {
  bucket = "bucket-8818"
}
resource "aws_s3_bucket" "b8819" {
  bucket = "bucket-8819"
}
resource "aws_s3_bucket" "b8820" {
  bucket = "bucket-8820"
}
resource "aws_s3_bucket" "b8821" {
  bucket = "bucket-8821"
}
resource "aws_s3_bucket" "b8822" {
  bucket = "bucket-8822"
}
resource "aws_s3_bucket" "b8823" {
  bucket = "bucket-8823"
}
resource "aws_s3_bucket" "b8824" {
  bucket = "bucket-8824"
}
resource "aws_s3_bucket" "b8825" {
  bucket = "bucket-8825"
}
resource "aws_s3_bucket" "b8826" {
  bucket = "bucket-8826"
}
resource "aws_s3_bucket" "b8827" {
  bucket = "bucket-8827"
}
resource "aws_s3_bucket" "b8828" {
  bucket = "bucket-8828"
}
resource "aws_s3_bucket" "b8829" {
  bucket = "bucket-8829"
}
resource "aws_s3_bucket" "b8830" {
  bucket = "bucket-8830"
}
resource "aws_s3_bucket" "b8831" {
  bucket = "bucket-8831"
}
resource "aws_s3_bucket" "b8832" {
  bucket = "bucket-8832"
}
resource "aws_s3_bucket" "b8833" {
  bucket = "bucket-8833"
}
resource "aws_s3_bucket" "b8834" {
  bucket = "bucket-8834"
}
resource "aws_s3_bucket" "b8835" {
  bucket = "bucket-8835"
}
resource "aws_s3_bucket" "b8836" {
  bucket = "bucket-8836"
}
resource "aws_s3_bucket" "b8837" {
  bucket = "bucket-8837"
}
resource "aws_s3_bucket" "b8838" {
  bucket = "bucket-8838"
}
resource "aws_s3_bucket" "b8839" {
  bucket = "bucket-8839"
}
resource "aws_s3_bucket" "b8840" {
  bucket = "bucket-8840"
}
resource "aws_s3_bucket" "b8841" {
  bucket = "bucket-8841"
}
resource "aws_s3_bucket" "b8842" {
  bucket = "bucket-8842"
}
resource "aws_s3_bucket" "b8843" {
  bucket = "bucket-8843"
}
resource "aws_s3_bucket" "b8844" {
  bucket = "bucket-8844"
}
resource "aws_s3_bucket" "b8845" {
  bucket = "bucket-8845"
}
resource "aws_s3_bucket" "b8846" {
  bucket = "bucket-8846"
}
resource "aws_s3_bucket" "b8847" {
  bucket = "bucket-8847"
}
resource "aws_s3_bucket" "b8848" {
  bucket = "bucket-8848"
}
resource "aws_s3_bucket" "b8849" {
  bucket = "bucket-8849"
}
resource "aws_s3_bucket" "b8850" {
  bucket = "bucket-8850"
}
resource "aws_s3_bucket" "b8851" {
  bucket = "bucket-8851"
}
resource "aws_s3_bucket" "b8852" {
  bucket = "bucket-8852"
}
resource "aws_s3_bucket" "b8853" {
  bucket = "bucket-8853"
}
resource "aws_s3_bucket" "b8854" {
  bucket = "bucket-8854"
}
resource "aws_s3_bucket" "b8855" {
  bucket = "bucket-8855"
}
resource "aws_s3_bucket" "b8856" {
  bucket = "bucket-8856"
}
resource "aws_s3_bucket" "b8857" {
  bucket = "bucket-8857"
}
resource "aws_s3_bucket" "b8858" {
  bucket = "bucket-8858"
}
resource "aws_s3_bucket" "b8859" {
  bucket = "bucket-8859"
}
resource "aws_s3_bucket" "b8860" {
  bucket = "bucket-8860"
}
resource "aws_s3_bucket" "b8861" {
  bucket = "bucket-8861"
}
resource "aws_s3_bucket" "b8862" {
  bucket = "bucket-8862"
}
resource "aws_s3_bucket" "b8863" {
  bucket = "bucket-8863"
}
resource "aws_s3_bucket" "b8864" {
  bucket = "bucket-8864"
}
resource "aws_s3_bucket" "b8865" {
  bucket = "bucket-8865"
}
resource "aws_s3_bucket" "b8866" {
  bucket = "bucket-8866"
}
resource "aws_s3_bucket" "b8867" {
  bucket = "bucket-8867"
}
resource "aws_s3_bucket" "b8868" {
  bucket = "bucket-8868"
}
resource "aws_s3_bucket" "b8869" {
  bucket = "bucket-8869"
}
resource "aws_s3_bucket" "b8870" {
  bucket = "bucket-8870"
}
resource "aws_s3_bucket" "b8871" {
  bucket = "bucket-8871"
}
resource "aws_s3_bucket" "b8872" {
  bucket = "bucket-8872"
}
resource "aws_s3_bucket" "b8873" {
  bucket = "bucket-8873"
}
resource "aws_s3_bucket" "b8874" {
  bucket = "bucket-8874"
}
resource "aws_s3_bucket" "b8875" {
  bucket = "bucket-8875"
}
resource "aws_s3_bucket" "b8876" {
  bucket = "bucket-8876"
}
resource "aws_s3_bucket" "b8877" {
  bucket = "bucket-8877"
}
resource "aws_s3_bucket" "b8878" {
  bucket = "bucket-8878"
}
resource "aws_s3_bucket" "b8879" {
  bucket = "bucket-8879"
}
resource "aws_s3_bucket" "b8880" {
  bucket = "bucket-8880"
}
resource "aws_s3_bucket" "b8881" {
  bucket = "bucket-8881"
}
resource "aws_s3_bucket" "b8882" {
  bucket = "bucket-8882"
}
resource "aws_s3_bucket" "b8883" {
  bucket = "bucket-8883"
}
resource "aws_s3_bucket" "b8884" {
  bucket = "bucket-8884"
}
resource "aws_s3_bucket" "b8885" {
  bucket = "bucket-8885"
}
resource "aws_s3_bucket" "b8886" {
  bucket = "bucket-8886"
}
resource "aws_s3_bucket" "b8887" {
  bucket = "bucket-8887"
}
resource "aws_s3_bucket" "b8888" {
  bucket = "bucket-8888"
}
resource "aws_s3_bucket" "b8889" {
  bucket = "bucket-8889"
}
resource "aws_s3_bucket" "b8890" {
  bucket = "bucket-8890"
}
resource "aws_s3_bucket" "b8891" {
  bucket = "bucket-8891"
}
resource "aws_s3_bucket" "b8892" {
  bucket = "bucket-8892"
}
resource "aws_s3_bucket" "b8893" {
  bucket = "bucket-8893"
}
resource "aws_s3_bucket" "b8894" {
  bucket = "bucket-8894"
}
resource "aws_s3_bucket" "b8895" {
  bucket = "bucket-8895"
}
resource "aws_s3_bucket" "b8896" {
  bucket = "bucket-8896"
}
resource "aws_s3_bucket" "b8897" {
  bucket = "bucket-8897"
}
resource "aws_s3_bucket" "b8898" {
  bucket = "bucket-8898"
}
resource "aws_s3_bucket" "b8899" {
  bucket = "bucket-8899"
}
resource "aws_s3_bucket" "b8900" {
  bucket = "bucket-8900"
}
resource "aws_s3_bucket" "b8901" {
  bucket = "bucket-8901"
}
resource "aws_s3_bucket" "b8902" {
  bucket = "bucket-8902"
}
resource "aws_s3_bucket" "b8903" {
  bucket = "bucket-8903"
}
resource "aws_s3_bucket" "b8904" {
  bucket = "bucket-8904"
}
resource "aws_s3_bucket" "b8905" {
  bucket = "bucket-8905"
}
resource "aws_s3_bucket" "b8906" {
  bucket = "bucket-8906"
}
resource "aws_s3_bucket" "b8907" {
  bucket = "bucket-8907"
}
resource "aws_s3_bucket" "b8908" {
  bucket = "bucket-8908"
}
resource "aws_s3_bucket" "b8909" {
  bucket = "bucket-8909"
}
resource "aws_s3_bucket" "b8910" {
  bucket = "bucket-8910"
}
resource "aws_s3_bucket" "b8911" {
  bucket = "bucket-8911"
}
resource "aws_s3_bucket" "b8912" {
  bucket = "bucket-8912"
}
resource "aws_s3_bucket" "b8913" {
  bucket = "bucket-8913"
}
resource "aws_s3_bucket" "b8914" {
  bucket = "bucket-8914"
}
resource "aws_s3_bucket" "b8915" {
  bucket = "bucket-8915"
}
resource "aws_s3_bucket" "b8916" {
  bucket = "bucket-8916"
}
resource "aws_s3_bucket" "b8917" {
  bucket = "bucket-8917"
}
resource "aws_s3_bucket" "b8918" {
  bucket = "bucket-8918"
}
resource "aws_s3_bucket" "b8919" {
  bucket = "bucket-8919"
}
resource "aws_s3_bucket" "b8920" {
  bucket = "bucket-8920"
}
resource "aws_s3_bucket" "b8921" {
  bucket = "bucket-8921"
}
resource "aws_s3_bucket" "b8922" {
  bucket = "bucket-8922"
}
resource "aws_s3_bucket" "b8923" {
  bucket = "bucket-8923"
}
resource "aws_s3_bucket" "b8924" {
  bucket = "bucket-8924"
}
resource "aws_s3_bucket" "b8925" {
  bucket = "bucket-8925"
}
resource "aws_s3_bucket" "b8926" {
  bucket = "bucket-8926"
}
resource "aws_s3_bucket" "b8927" {
  bucket = "bucket-8927"
}
resource "aws_s3_bucket" "b8928" {
  bucket = "bucket-8928"
}
resource "aws_s3_bucket" "b8929" {
  bucket = "bucket-8929"
}
resource "aws_s3_bucket" "b8930" {
  bucket = "bucket-8930"
}
resource "aws_s3_bucket" "b8931" {
  bucket = "bucket-8931"
}
resource "aws_s3_bucket" "b8932" {
  bucket = "bucket-8932"
}
resource "aws_s3_bucket" "b8933" {
  bucket = "bucket-8933"
}
resource "aws_s3_bucket" "b8934" {
  bucket = "bucket-8934"
}
resource "aws_s3_bucket" "b8935" {
  bucket = "bucket-8935"
}
resource "aws_s3_bucket" "b8936" {
  bucket = "bucket-8936"
}
resource "aws_s3_bucket" "b8937" {
  bucket = "bucket-8937"
}
resource "aws_s3_bucket" "b8938" {
  bucket = "bucket-8938"
}
resource "aws_s3_bucket" "b8939" {
  bucket = "bucket-8939"
}
resource "aws_s3_bucket" "b8940" {
  bucket = "bucket-8940"
}
resource "aws_s3_bucket" "b8941" {
  bucket = "bucket-8941"
}
resource "aws_s3_bucket" "b8942" {
  bucket = "bucket-8942"
}
resource "aws_s3_bucket" "b8943" {
  bucket = "bucket-8943"
}
resource "aws_s3_bucket" "b8944" {
  bucket = "bucket-8944"
}
resource "aws_s3_bucket" "b8945" {
  bucket = "bucket-8945"
}
resource "aws_s3_bucket" "b8946" {
  bucket = "bucket-8946"
}
resource "aws_s3_bucket" "b8947" {
  bucket = "bucket-8947"
}
resource "aws_s3_bucket" "b8948" {
  bucket = "bucket-8948"
}
resource "aws_s3_bucket" "b8949" {
  bucket = "bucket-8949"
}
resource "aws_s3_bucket" "b8950" {
  bucket = "bucket-8950"
}
resource "aws_s3_bucket" "b8951" {
  bucket = "bucket-8951"
}
resource "aws_s3_bucket" "b8952" {
  bucket = "bucket-8952"
}
resource "aws_s3_bucket" "b8953" {
  bucket = "bucket-8953"
}
resource "aws_s3_bucket" "b8954" {
  bucket = "bucket-8954"
}
resource "aws_s3_bucket" "b8955" {
  bucket = "bucket-8955"
}
resource "aws_s3_bucket" "b8956" {
  bucket = "bucket-8956"
}
resource "aws_s3_bucket" "b8957" {
  bucket = "bucket-8957"
}
resource "aws_s3_bucket" "b8958" {
  bucket = "bucket-8958"
}
resource "aws_s3_bucket" "b8959" {
  bucket = "bucket-8959"
}
resource "aws_s3_bucket" "b8960" {
  bucket = "bucket-8960"
}
resource "aws_s3_bucket" "b8961" {
  bucket = "bucket-8961"
}
resource "aws_s3_bucket" "b8962" {
  bucket = "bucket-8962"
}
resource "aws_s3_bucket" "b8963" {
  bucket = "bucket-8963"
}
resource "aws_s3_bucket" "b8964" {
  bucket = "bucket-8964"
}
resource "aws_s3_bucket" "b8965" {
  bucket = "bucket-8965"
}
resource "aws_s3_bucket" "b8966" {
  bucket = "bucket-8966"
}
resource "aws_s3_bucket" "b8967" {
  bucket = "bucket-8967"
}
resource "aws_s3_bucket" "b8968" {
  bucket = "bucket-8968"
}
resource "aws_s3_bucket" "b8969" {
  bucket = "bucket-8969"
}
resource "aws_s3_bucket" "b8970" {
  bucket = "bucket-8970"
}
resource "aws_s3_bucket" "b8971" {
  bucket = "bucket-8971"
}
resource "aws_s3_bucket" "b8972" {
  bucket = "bucket-8972"
}
resource "aws_s3_bucket" "b8973" {
  bucket = "bucket-8973"
}
resource "aws_s3_bucket" "b8974" {
  bucket = "bucket-8974"
}
resource "aws_s3_bucket" "b8975" {
  bucket = "bucket-8975"
}
resource "aws_s3_bucket" "b8976" {
  bucket = "bucket-8976"
}
resource "aws_s3_bucket" "b8977" {
  bucket = "bucket-8977"
}
resource "aws_s3_bucket" "b8978" {
  bucket = "bucket-8978"
}
resource "aws_s3_bucket" "b8979" {
  bucket = "bucket-8979"
}
resource "aws_s3_bucket" "b8980" {
  bucket = "bucket-8980"
}
resource "aws_s3_bucket" "b8981" {
  bucket = "bucket-8981"
}
resource "aws_s3_bucket" "b8982" {
  bucket = "bucket-8982"
}
resource "aws_s3_bucket" "b8983" {
  bucket = "bucket-8983"
}
resource "aws_s3_bucket" "b8984" {
  bucket = "bucket-8984"
}
resource "aws_s3_bucket" "b8985" {
  bucket = "bucket-8985"
}
resource "aws_s3_bucket" "b8986" {
  bucket = "bucket-8986"
}
resource "aws_s3_bucket" "b8987" {
  bucket = "bucket-8987"
}
resource "aws_s3_bucket" "b8988" {
  bucket = "bucket-8988"
}
resource "aws_s3_bucket" "b8989" {
  bucket = "bucket-8989"
}
resource "aws_s3_bucket" "b8990" {
  bucket = "bucket-8990"
}
resource "aws_s3_bucket" "b8991" {
  bucket = "bucket-8991"
}
resource "aws_s3_bucket" "b8992" {
  bucket = "bucket-8992"
}
resource "aws_s3_bucket" "b8993" {
  bucket = "bucket-8993"
}
resource "aws_s3_bucket" "b8994" {
  bucket = "bucket-8994"
}
resource "aws_s3_bucket" "b8995" {
  bucket = "bucket-8995"
}
resource "aws_s3_bucket" "b8996" {
  bucket = "bucket-8996"
}
resource "aws_s3_bucket" "b8997" {
  bucket = "bucket-8997"
}
resource "aws_s3_bucket" "b8998" {
  bucket = "bucket-8998"
}
resource "aws_s3_bucket" "b8999" {
  bucket = "bucket-8999"
}
resource "aws_s3_bucket" "b9000" {
  bucket = "bucket-9000"
}
resource "aws_s3_bucket" "b9001" {
  bucket = "bucket-9001"
}
resource "aws_s3_bucket" "b9002" {
  bucket = "bucket-9002"
}
resource "aws_s3_bucket" "b9003" {
  bucket = "bucket-9003"
}
resource "aws_s3_bucket" "b9004" {
  bucket = "bucket-9004"
}
resource "aws_s3_bucket" "b9005" {
  bucket = "bucket-9005"
}
resource "aws_s3_bucket" "b9006" {
  bucket = "bucket-9006"
}
resource "aws_s3_bucket" "b9007" {
  bucket = "bucket-9007"
}
resource "aws_s3_bucket" "b9008" {
  bucket = "bucket-9008"
}
resource "aws_s3_bucket" "b9009" {
  bucket = "bucket-9009"
}
resource "aws_s3_bucket" "b9010" {
  bucket = "bucket-9010"
}
resource "aws_s3_bucket" "b9011" {
  bucket = "bucket-9011"
}
resource "aws_s3_bucket" "b9012" {
  bucket = "bucket-9012"
}
resource "aws_s3_bucket" "b9013" {
  bucket = "bucket-9013"
}
resource "aws_s3_bucket" "b9014" {
  bucket = "bucket-9014"
}
resource "aws_s3_bucket" "b9015" {
  bucket = "bucket-9015"
}
resource "aws_s3_bucket" "b9016" {
  bucket = "bucket-9016"
}
resource "aws_s3_bucket" "b9017" {
  bucket = "bucket-9017"
}
resource "aws_s3_bucket" "b9018" {
  bucket = "bucket-9018"
}
resource "aws_s3_bucket" "b9019" {
  bucket = "bucket-9019"
}
resource "aws_s3_bucket" "b9020" {
  bucket = "bucket-9020"
}
resource "aws_s3_bucket" "b9021" {
  bucket = "bucket-9021"
}
resource "aws_s3_bucket" "b9022" {
  bucket = "bucket-9022"
}
resource "aws_s3_bucket" "b9023" {
  bucket = "bucket-9023"
}
resource "aws_s3_bucket" "b9024" {
  bucket = "bucket-9024"
}
resource "aws_s3_bucket" "b9025" {
  bucket = "bucket-9025"
}
resource "aws_s3_bucket" "b9026" {
  bucket = "bucket-9026"
}
resource "aws_s3_bucket" "b9027" {
  bucket = "bucket-9027"
}
resource "aws_s3_bucket" "b9028" {
  bucket = "bucket-9028"
}
resource "aws_s3_bucket" "b9029" {
  bucket = "bucket-9029"
}
resource "aws_s3_bucket" "b9030" {
  bucket = "bucket-9030"
}
resource "aws_s3_bucket" "b9031" {
  bucket = "bucket-9031"
}
resource "aws_s3_bucket" "b9032" {
  bucket = "bucket-9032"
}
resource "aws_s3_bucket" "b9033" {
  bucket = "bucket-9033"
}
resource "aws_s3_bucket" "b9034" {
  bucket = "bucket-9034"
}
resource "aws_s3_bucket" "b9035" {
  bucket = "bucket-9035"
}
resource "aws_s3_bucket" "b9036" {
  bucket = "bucket-9036"
}
resource "aws_s3_bucket" "b9037" {
  bucket = "bucket-9037"
}
resource "aws_s3_bucket" "b9038" {
  bucket = "bucket-9038"
}
resource "aws_s3_bucket" "b9039" {
  bucket = "bucket-9039"
}
resource "aws_s3_bucket" "b9040" {
  bucket = "bucket-9040"
}
resource "aws_s3_bucket" "b9041" {
  bucket = "bucket-9041"
}
resource "aws_s3_bucket" "b9042" {
  bucket = "bucket-9042"
}
resource "aws_s3_bucket" "b9043" {
  bucket = "bucket-9043"
}
resource "aws_s3_bucket" "b9044" {
  bucket = "bucket-9044"
}
resource "aws_s3_bucket" "b9045" {
  bucket = "bucket-9045"
}
resource "aws_s3_bucket" "b9046" {
  bucket = "bucket-9046"
}
resource "aws_s3_bucket" "b9047" {
  bucket = "bucket-9047"
}
resource "aws_s3_bucket" "b9048" {
  bucket = "bucket-9048"
}
resource "aws_s3_bucket" "b9049" {
  bucket = "bucket-9049"
}
resource "aws_s3_bucket" "b9050" {
  bucket = "bucket-9050"
}
resource "aws_s3_bucket" "b9051" {
  bucket = "bucket-9051"
}
resource "aws_s3_bucket" "b9052" {
  bucket = "bucket-9052"
}
resource "aws_s3_bucket" "b9053" {
  bucket = "bucket-9053"
}
resource "aws_s3_bucket" "b9054" {
  bucket = "bucket-9054"
}
resource "aws_s3_bucket" "b9055" {
  bucket = "bucket-9055"
}
resource "aws_s3_bucket" "b9056" {
  bucket = "bucket-9056"
}
resource "aws_s3_bucket" "b9057" {
  bucket = "bucket-9057"
}
resource "aws_s3_bucket" "b9058" {
  bucket = "bucket-9058"
}
resource "aws_s3_bucket" "b9059" {
  bucket = "bucket-9059"
}
resource "aws_s3_bucket" "b9060" {
  bucket = "bucket-9060"
}
resource "aws_s3_bucket" "b9061" {
  bucket = "bucket-9061"
}
resource "aws_s3_bucket" "b9062" {
  bucket = "bucket-9062"
}
resource "aws_s3_bucket" "b9063" {
  bucket = "bucket-9063"
}
resource "aws_s3_bucket" "b9064" {
  bucket = "bucket-9064"
}
resource "aws_s3_bucket" "b9065" {
  bucket = "bucket-9065"
}
resource "aws_s3_bucket" "b9066" {
  bucket = "bucket-9066"
}
resource "aws_s3_bucket" "b9067" {
  bucket = "bucket-9067"
}
resource "aws_s3_bucket" "b9068" {
  bucket = "bucket-9068"
}
resource "aws_s3_bucket" "b9069" {
  bucket = "bucket-9069"
}
resource "aws_s3_bucket" "b9070" {
  bucket = "bucket-9070"
}
resource "aws_s3_bucket" "b9071" {
  bucket = "bucket-9071"
}
resource "aws_s3_bucket" "b9072" {
  bucket = "bucket-9072"
}
resource "aws_s3_bucket" "b9073" {
  bucket = "bucket-9073"
}
resource "aws_s3_bucket" "b9074" {
  bucket = "bucket-9074"
}
resource "aws_s3_bucket" "b9075" {
  bucket = "bucket-9075"
}
resource "aws_s3_bucket" "b9076" {
  bucket = "bucket-9076"
}
resource "aws_s3_bucket" "b9077" {
  bucket = "bucket-9077"
}
resource "aws_s3_bucket" "b9078" {
  bucket = "bucket-9078"
}
resource "aws_s3_bucket" "b9079" {
  bucket = "bucket-9079"
}
resource "aws_s3_bucket" "b9080" {
  bucket = "bucket-9080"
}
resource "aws_s3_bucket" "b9081" {
  bucket = "bucket-9081"
}
resource "aws_s3_bucket" "b9082" {
  bucket = "bucket-9082"
}
resource "aws_s3_bucket" "b9083" {
  bucket = "bucket-9083"
}
resource "aws_s3_bucket" "b9084" {
  bucket = "bucket-9084"
}
resource "aws_s3_bucket" "b9085" {
  bucket = "bucket-9085"
}
resource "aws_s3_bucket" "b9086" {
  bucket = "bucket-9086"
}
resource "aws_s3_bucket" "b9087" {
  bucket = "bucket-9087"
}
resource "aws_s3_bucket" "b9088" {
  bucket = "bucket-9088"
}
resource "aws_s3_bucket" "b9089" {
  bucket = "bucket-9089"
}
resource "aws_s3_bucket" "b9090" {
  bucket = "bucket-9090"
}
resource "aws_s3_bucket" "b9091" {
  bucket = "bucket-9091"
}
resource "aws_s3_bucket" "b9092" {
  bucket = "bucket-9092"
}
resource "aws_s3_bucket" "b9093" {
  bucket = "bucket-9093"
}
resource "aws_s3_bucket" "b9094" {
  bucket = "bucket-9094"
}
resource "aws_s3_bucket" "b9095" {
  bucket = "bucket-9095"
}
resource "aws_s3_bucket" "b9096" {
  bucket = "bucket-9096"
}
resource "aws_s3_bucket" "b9097" {
  bucket = "bucket-9097"
}
resource "aws_s3_bucket" "b9098" {
  bucket = "bucket-9098"
}
resource "aws_s3_bucket" "b9099" {
  bucket = "bucket-9099"
}
resource "aws_s3_bucket" "b9100" {
  bucket = "bucket-9100"
}
resource "aws_s3_bucket" "b9101" {
  bucket = "bucket-9101"
}
resource "aws_s3_bucket" "b9102" {
  bucket = "bucket-9102"
}
resource "aws_s3_bucket" "b9103" {
  bucket = "bucket-9103"
}
resource "aws_s3_bucket" "b9104" {
  bucket = "bucket-9104"
}
resource "aws_s3_bucket" "b9105" {
  bucket = "bucket-9105"
}
resource "aws_s3_bucket" "b9106" {
  bucket = "bucket-9106"
}
resource "aws_s3_bucket" "b9107" {
  bucket = "bucket-9107"
}
resource "aws_s3_bucket" "b9108" {
  bucket = "bucket-9108"
}
resource "aws_s3_bucket" "b9109" {
  bucket = "bucket-9109"
}
resource "aws_s3_bucket" "b9110" {
  bucket = "bucket-9110"
}
resource "aws_s3_bucket" "b9111" {
  bucket = "bucket-9111"
}
resource "aws_s3_bucket" "b9112" {
  bucket = "bucket-9112"
}
resource "aws_s3_bucket" "b9113" {
  bucket = "bucket-9113"
}
resource "aws_s3_bucket" "b9114" {
  bucket = "bucket-9114"
}
resource "aws_s3_bucket" "b9115" {
  bucket = "bucket-9115"
}
resource "aws_s3_bucket" "b9116" {
  bucket = "bucket-9116"
}
resource "aws_s3_bucket" "b9117" {
  bucket = "bucket-9117"
}
resource "aws_s3_bucket" "b9118" {
  bucket = "bucket-9118"
}
resource "aws_s3_bucket" "b9119" {
  bucket = "bucket-9119"
}
resource "aws_s3_bucket" "b9120" {
  bucket = "bucket-9120"
}
resource "aws_s3_bucket" "b9121" {
  bucket = "bucket-9121"
}
resource "aws_s3_bucket" "b9122" {
  bucket = "bucket-9122"
}
resource "aws_s3_bucket" "b9123" {
  bucket = "bucket-9123"
}
resource "aws_s3_bucket" "b9124" {
  bucket = "bucket-9124"
}
resource "aws_s3_bucket" "b9125" {
  bucket = "bucket-9125"
}
resource "aws_s3_bucket" "b9126" {
  bucket = "bucket-9126"
}
resource "aws_s3_bucket" "b9127" {
  bucket = "bucket-9127"
}
resource "aws_s3_bucket" "b9128" {
  bucket = "bucket-9128"
}
resource "aws_s3_bucket" "b9129" {
  bucket = "bucket-9129"
}
resource "aws_s3_bucket" "b9130" {
  bucket = "bucket-9130"
}
resource "aws_s3_bucket" "b9131" {
  bucket = "bucket-9131"
}
resource "aws_s3_bucket" "b9132" {
  bucket = "bucket-9132"
}
resource "aws_s3_bucket" "b9133" {
  bucket = "bucket-9133"
}
resource "aws_s3_bucket" "b9134" {
  bucket = "bucket-9134"
}
resource "aws_s3_bucket" "b9135" {
  bucket = "bucket-9135"
}
resource "aws_s3_bucket" "b9136" {
  bucket = "bucket-9136"
}
resource "aws_s3_bucket" "b9137" {
  bucket = "bucket-9137"
}
resource "aws_s3_bucket" "b9138" {
  bucket = "bucket-9138"
}
resource "aws_s3_bucket" "b9139" {
  bucket = "bucket-9139"
}
resource "aws_s3_bucket" "b9140" {
  bucket = "bucket-9140"
}
resource "aws_s3_bucket" "b9141" {
  bucket = "bucket-9141"
}
resource "aws_s3_bucket" "b9142" {
  bucket = "bucket-9142"
}
resource "aws_s3_bucket" "b9143" {
  bucket = "bucket-9143"
}
resource "aws_s3_bucket" "b9144" {
  bucket = "bucket-9144"
}
resource "aws_s3_bucket" "b9145" {
  bucket = "bucket-9145"
}
resource "aws_s3_bucket" "b9146" {
  bucket = "bucket-9146"
}
resource "aws_s3_bucket" "b9147" {
  bucket = "bucket-9147"
}
resource "aws_s3_bucket" "b9148" {
  bucket = "bucket-9148"
}
resource "aws_s3_bucket" "b9149" {
  bucket = "bucket-9149"
}
resource "aws_s3_bucket" "b9150" {
  bucket = "bucket-9150"
}
resource "aws_s3_bucket" "b9151" {
  bucket = "bucket-9151"
}
resource "aws_s3_bucket" "b9152" {
  bucket = "bucket-9152"
}
resource "aws_s3_bucket" "b9153" {
  bucket = "bucket-9153"
}
resource "aws_s3_bucket" "b9154" {
  bucket = "bucket-9154"
}
resource "aws_s3_bucket" "b9155" {
  bucket = "bucket-9155"
}
resource "aws_s3_bucket" "b9156" {
  bucket = "bucket-9156"
}
resource "aws_s3_bucket" "b9157" {
  bucket = "bucket-9157"
}
resource "aws_s3_bucket" "b9158" {
  bucket = "bucket-9158"
}
resource "aws_s3_bucket" "b9159" {
  bucket = "bucket-9159"
}
resource "aws_s3_bucket" "b9160" {
  bucket = "bucket-9160"
}
resource "aws_s3_bucket" "b9161" {
  bucket = "bucket-9161"
}
resource "aws_s3_bucket" "b9162" {
  bucket = "bucket-9162"
}
resource "aws_s3_bucket" "b9163" {
  bucket = "bucket-9163"
}
resource "aws_s3_bucket" "b9164" {
  bucket = "bucket-9164"
}
resource "aws_s3_bucket" "b9165" {
  bucket = "bucket-9165"
}
resource "aws_s3_bucket" "b9166" {
  bucket = "bucket-9166"
}
resource "aws_s3_bucket" "b9167" {
  bucket = "bucket-9167"
}
resource "aws_s3_bucket" "b9168" {
  bucket = "bucket-9168"
}
resource "aws_s3_bucket" "b9169" {
  bucket = "bucket-9169"
}
resource "aws_s3_bucket" "b9170" {
  bucket = "bucket-9170"
}
resource "aws_s3_bucket" "b9171" {
  bucket = "bucket-9171"
}
resource "aws_s3_bucket" "b9172" {
  bucket = "bucket-9172"
}
resource "aws_s3_bucket" "b9173" {
  bucket = "bucket-9173"
}
resource "aws_s3_bucket" "b9174" {
  bucket = "bucket-9174"
}
resource "aws_s3_bucket" "b9175" {
  bucket = "bucket-9175"
}
resource "aws_s3_bucket" "b9176" {
  bucket = "bucket-9176"
}
resource "aws_s3_bucket" "b9177" {
  bucket = "bucket-9177"
}
resource "aws_s3_bucket" "b9178" {
  bucket = "bucket-9178"
}
resource "aws_s3_bucket" "b9179" {
  bucket = "bucket-9179"
}
resource "aws_s3_bucket" "b9180" {
  bucket = "bucket-9180"
}
resource "aws_s3_bucket" "b9181" {
  bucket = "bucket-9181"
}
resource "aws_s3_bucket" "b9182" {
  bucket = "bucket-9182"
}
resource "aws_s3_bucket" "b9183" {
  bucket = "bucket-9183"
}
resource "aws_s3_bucket" "b9184" {
  bucket = "bucket-9184"
}
resource "aws_s3_bucket" "b9185" {
  bucket = "bucket-9185"
}
resource "aws_s3_bucket" "b9186" {
  bucket = "bucket-9186"
}
resource "aws_s3_bucket" "b9187" {
  bucket = "bucket-9187"
}
resource "aws_s3_bucket" "b9188" {
  bucket = "bucket-9188"
}
resource "aws_s3_bucket" "b9189" {
  bucket = "bucket-9189"
}
resource "aws_s3_bucket" "b9190" {
  bucket = "bucket-9190"
}
resource "aws_s3_bucket" "b9191" {
  bucket = "bucket-9191"
}
resource "aws_s3_bucket" "b9192" {
  bucket = "bucket-9192"
}
resource "aws_s3_bucket" "b9193" {
  bucket = "bucket-9193"
}
resource "aws_s3_bucket" "b9194" {
  bucket = "bucket-9194"
}
resource "aws_s3_bucket" "b9195" {
  bucket = "bucket-9195"
}
resource "aws_s3_bucket" "b9196" {
  bucket = "bucket-9196"
}
resource "aws_s3_bucket" "b9197" {
  bucket = "bucket-9197"
}
resource "aws_s3_bucket" "b9198" {
  bucket = "bucket-9198"
}
resource "aws_s3_bucket" "b9199" {
  bucket = "bucket-9199"
}
resource "aws_s3_bucket" "b9200" {
  bucket = "bucket-9200"
}
resource "aws_s3_bucket" "b9201" {
  bucket = "bucket-9201"
}
resource "aws_s3_bucket" "b9202" {
  bucket = "bucket-9202"
}
resource "aws_s3_bucket" "b9203" {
  bucket = "bucket-9203"
}
resource "aws_s3_bucket" "b9204" {
  bucket = "bucket-9204"
}
resource "aws_s3_bucket" "b9205" {
  bucket = "bucket-9205"
}
resource "aws_s3_bucket" "b9206" {
  bucket = "bucket-9206"
}
resource "aws_s3_bucket" "b9207" {
  bucket = "bucket-9207"
}
resource "aws_s3_bucket" "b9208" {
  bucket = "bucket-9208"
}
resource "aws_s3_bucket" "b9209" {
  bucket = "bucket-9209"
}
resource "aws_s3_bucket" "b9210" {
  bucket = "bucket-9210"
}
resource "aws_s3_bucket" "b9211" {
  bucket = "bucket-9211"
}
resource "aws_s3_bucket" "b9212" {
  bucket = "bucket-9212"
}
resource "aws_s3_bucket" "b9213" {
  bucket = "bucket-9213"
}
resource "aws_s3_bucket" "b9214" {
  bucket = "bucket-9214"
}
resource "aws_s3_bucket" "b9215" {
  bucket = "bucket-9215"
}
resource "aws_s3_bucket" "b9216" {
  bucket = "bucket-9216"
}
resource "aws_s3_bucket" "b9217" {
  bucket = "bucket-9217"
}
resource "aws_s3_bucket" "b9218" {
  bucket = "bucket-9218"
}
resource "aws_s3_bucket" "b9219" {
  bucket = "bucket-9219"
}
resource "aws_s3_bucket" "b9220" {
  bucket = "bucket-9220"
}
resource "aws_s3_bucket" "b9221" {
  bucket = "bucket-9221"
}
resource "aws_s3_bucket" "b9222" {
  bucket = "bucket-9222"
}
resource "aws_s3_bucket" "b9223" {
  bucket = "bucket-9223"
}
resource "aws_s3_bucket" "b9224" {
  bucket = "bucket-9224"
}
resource "aws_s3_bucket" "b9225" {
  bucket = "bucket-9225"
}
resource "aws_s3_bucket" "b9226" {
  bucket = "bucket-9226"
}
resource "aws_s3_bucket" "b9227" {
  bucket = "bucket-9227"
}
resource "aws_s3_bucket" "b9228" {
  bucket = "bucket-9228"
}
resource "aws_s3_bucket" "b9229" {
  bucket = "bucket-9229"
}
resource "aws_s3_bucket" "b9230" {
  bucket = "bucket-9230"
}
resource "aws_s3_bucket" "b9231" {
  bucket = "bucket-9231"
}
resource "aws_s3_bucket" "b9232" {
  bucket = "bucket-9232"
}
resource "aws_s3_bucket" "b9233" {
  bucket = "bucket-9233"
}
resource "aws_s3_bucket" "b9234" {
  bucket = "bucket-9234"
}
resource "aws_s3_bucket" "b9235" {
  bucket = "bucket-9235"
}
resource "aws_s3_bucket" "b9236" {
  bucket = "bucket-9236"
}
resource "aws_s3_bucket" "b9237" {
  bucket = "bucket-9237"
}
resource "aws_s3_bucket" "b9238" {
  bucket = "bucket-9238"
}
resource "aws_s3_bucket" "b9239" {
  bucket = "bucket-9239"
}
resource "aws_s3_bucket" "b9240" {
  bucket = "bucket-9240"
}
resource "aws_s3_bucket" "b9241" {
  bucket = "bucket-9241"
}
resource "aws_s3_bucket" "b9242" {
  bucket = "bucket-9242"
}
resource "aws_s3_bucket" "b9243" {
  bucket = "bucket-9243"
}
resource "aws_s3_bucket" "b9244" {
  bucket = "bucket-9244"
}
resource "aws_s3_bucket" "b9245" {
  bucket = "bucket-9245"
}
resource "aws_s3_bucket" "b9246" {
  bucket = "bucket-9246"
}
resource "aws_s3_bucket" "b9247" {
  bucket = "bucket-9247"
}
resource "aws_s3_bucket" "b9248" {
  bucket = "bucket-9248"
}
resource "aws_s3_bucket" "b9249" {
  bucket = "bucket-9249"
}
resource "aws_s3_bucket" "b9250" {
  bucket = "bucket-9250"
}
resource "aws_s3_bucket" "b9251" {
  bucket = "bucket-9251"
}
resource "aws_s3_bucket" "b9252" {
  bucket = "bucket-9252"
}
resource "aws_s3_bucket" "b9253" {
  bucket = "bucket-9253"
}
resource "aws_s3_bucket" "b9254" {
  bucket = "bucket-9254"
}
resource "aws_s3_bucket" "b9255" {
  bucket = "bucket-9255"
}
resource "aws_s3_bucket" "b9256" {
  bucket = "bucket-9256"
}
resource "aws_s3_bucket" "b9257" {
  bucket = "bucket-9257"
}
resource "aws_s3_bucket" "b9258" {
  bucket = "bucket-9258"
}
resource "aws_s3_bucket" "b9259" {
  bucket = "bucket-9259"
}
resource "aws_s3_bucket" "b9260" {
  bucket = "bucket-9260"
}
resource "aws_s3_bucket" "b9261" {
  bucket = "bucket-9261"
}
resource "aws_s3_bucket" "b9262" {
  bucket = "bucket-9262"
}
resource "aws_s3_bucket" "b9263" {
  bucket = "bucket-9263"
}
resource "aws_s3_bucket" "b9264" {
  bucket = "bucket-9264"
}
resource "aws_s3_bucket" "b9265" {
  bucket = "bucket-9265"
}
resource "aws_s3_bucket" "b9266" {
  bucket = "bucket-9266"
}
resource "aws_s3_bucket" "b9267" {
  bucket = "bucket-9267"
}
resource "aws_s3_bucket" "b9268" {
  bucket = "bucket-9268"
}
resource "aws_s3_bucket" "b9269" {
  bucket = "bucket-9269"
}
resource "aws_s3_bucket" "b9270" {
  bucket = "bucket-9270"
}
resource "aws_s3_bucket" "b9271" {
  bucket = "bucket-9271"
}
resource "aws_s3_bucket" "b9272" {
  bucket = "bucket-9272"
}
resource "aws_s3_bucket" "b9273" {
  bucket = "bucket-9273"
}
resource "aws_s3_bucket" "b9274" {
  bucket = "bucket-9274"
}
resource "aws_s3_bucket" "b9275" {
  bucket = "bucket-9275"
}
resource "aws_s3_bucket" "b9276" {
  bucket = "bucket-9276"
}
resource "aws_s3_bucket" "b9277" {
  bucket = "bucket-9277"
}
resource "aws_s3_bucket" "b9278" {
  bucket = "bucket-9278"
}
resource "aws_s3_bucket" "b9279" {
  bucket = "bucket-9279"
}
resource "aws_s3_bucket" "b9280" {
  bucket = "bucket-9280"
}
resource "aws_s3_bucket" "b9281" {
  bucket = "bucket-9281"
}
resource "aws_s3_bucket" "b9282" {
  bucket = "bucket-9282"
}
resource "aws_s3_bucket" "b9283" {
  bucket = "bucket-9283"
}
resource "aws_s3_bucket" "b9284" {
  bucket = "bucket-9284"
}
resource "aws_s3_bucket" "b9285" {
  bucket = "bucket-9285"
}
resource "aws_s3_bucket" "b9286" {
  bucket = "bucket-9286"
}
resource "aws_s3_bucket" "b9287" {
  bucket = "bucket-9287"
}
resource "aws_s3_bucket" "b9288" {
  bucket = "bucket-9288"
}
resource "aws_s3_bucket" "b9289" {
  bucket = "bucket-9289"
}
resource "aws_s3_bucket" "b9290" {
  bucket = "bucket-9290"
}
resource "aws_s3_bucket" "b9291" {
  bucket = "bucket-9291"
}
resource "aws_s3_bucket" "b9292" {
  bucket = "bucket-9292"
}
resource "aws_s3_bucket" "b9293" {
  bucket = "bucket-9293"
}
resource "aws_s3_bucket" "b9294" {
  bucket = "bucket-9294"
}
resource "aws_s3_bucket" "b9295" {
  bucket = "bucket-9295"
}
resource "aws_s3_bucket" "b9296" {
  bucket = "bucket-9296"
}
resource "aws_s3_bucket" "b9297" {
  bucket = "bucket-9297"
}
resource "aws_s3_bucket" "b9298" {
  bucket = "bucket-9298"
}
resource "aws_s3_bucket" "b9299" {
  bucket = "bucket-9299"
}
resource "aws_s3_bucket" "b9300" {
  bucket = "bucket-9300"
}
resource "aws_s3_bucket" "b9301" {
  bucket = "bucket-9301"
}
resource "aws_s3_bucket" "b9302" {
  bucket = "bucket-9302"
}
resource "aws_s3_bucket" "b9303" {
  bucket = "bucket-9303"
}
resource "aws_s3_bucket" "b9304" {
  bucket = "bucket-9304"
}
resource "aws_s3_bucket" "b9305" {
  bucket = "bucket-9305"
}
resource "aws_s3_bucket" "b9306" {
  bucket = "bucket-9306"
}
resource "aws_s3_bucket" "b9307" {
  bucket = "bucket-9307"
}
resource "aws_s3_bucket" "b9308" {
  bucket = "bucket-9308"
}
resource "aws_s3_bucket" "b9309" {
  bucket = "bucket-9309"
}
resource "aws_s3_bucket" "b9310" {
  bucket = "bucket-9310"
}
resource "aws_s3_bucket" "b9311" {
  bucket = "bucket-9311"
}
resource "aws_s3_bucket" "b9312" {
  bucket = "bucket-9312"
}
resource "aws_s3_bucket" "b9313" {
  bucket = "bucket-9313"
}
resource "aws_s3_bucket" "b9314" {
  bucket = "bucket-9314"
}
resource "aws_s3_bucket" "b9315" {
  bucket = "bucket-9315"
}
resource "aws_s3_bucket" "b9316" {
  bucket = "bucket-9316"
}
resource "aws_s3_bucket" "b9317" {
  bucket = "bucket-9317"
}
resource "aws_s3_bucket" "b9318" {
  bucket = "bucket-9318"
}
resource "aws_s3_bucket" "b9319" {
  bucket = "bucket-9319"
}
resource "aws_s3_bucket" "b9320" {
  bucket = "bucket-9320"
}
resource "aws_s3_bucket" "b9321" {
  bucket = "bucket-9321"
}
resource "aws_s3_bucket" "b9322" {
  bucket = "bucket-9322"
}
resource "aws_s3_bucket" "b9323" {
  bucket = "bucket-9323"
}
resource "aws_s3_bucket" "b9324" {
  bucket = "bucket-9324"
}
resource "aws_s3_bucket" "b9325" {
  bucket = "bucket-9325"
}
resource "aws_s3_bucket" "b9326" {
  bucket = "bucket-9326"
}
resource "aws_s3_bucket" "b9327" {
  bucket = "bucket-9327"
}
resource "aws_s3_bucket" "b9328" {
  bucket = "bucket-9328"
}
resource "aws_s3_bucket" "b9329" {
  bucket = "bucket-9329"
}
resource "aws_s3_bucket" "b9330" {
  bucket = "bucket-9330"
}
resource "aws_s3_bucket" "b9331" {
  bucket = "bucket-9331"
}
resource "aws_s3_bucket" "b9332" {
  bucket = "bucket-9332"
}
resource "aws_s3_bucket" "b9333" {
  bucket = "bucket-9333"
}
resource "aws_s3_bucket" "b9334" {
  bucket = "bucket-9334"
}
resource "aws_s3_bucket" "b9335" {
  bucket = "bucket-9335"
}
resource "aws_s3_bucket" "b9336" {
  bucket = "bucket-9336"
}
resource "aws_s3_bucket" "b9337" {
  bucket = "bucket-9337"
}
resource "aws_s3_bucket" "b9338" {
  bucket = "bucket-9338"
}
resource "aws_s3_bucket" "b9339" {
  bucket = "bucket-9339"
}
resource "aws_s3_bucket" "b9340" {
  bucket = "bucket-9340"
}
resource "aws_s3_bucket" "b9341" {
  bucket = "bucket-9341"
}
resource "aws_s3_bucket" "b9342" {
  bucket = "bucket-9342"
}
resource "aws_s3_bucket" "b9343" {
  bucket = "bucket-9343"
}
resource "aws_s3_bucket" "b9344" {
  bucket = "bucket-9344"
}
resource "aws_s3_bucket" "b9345" {
  bucket = "bucket-9345"
}
resource "aws_s3_bucket" "b9346" {
  bucket = "bucket-9346"
}
resource "aws_s3_bucket" "b9347" {
  bucket = "bucket-9347"
}
resource "aws_s3_bucket" "b9348" {
  bucket = "bucket-9348"
}
resource "aws_s3_bucket" "b9349" {
  bucket = "bucket-9349"
}
resource "aws_s3_bucket" "b9350" {
  bucket = "bucket-9350"
}
resource "aws_s3_bucket" "b9351" {
  bucket = "bucket-9351"
}
resource "aws_s3_bucket" "b9352" {
  bucket = "bucket-9352"
}
resource "aws_s3_bucket" "b9353" {
  bucket = "bucket-9353"
}
resource "aws_s3_bucket" "b9354" {
  bucket = "bucket-9354"
}
resource "aws_s3_bucket" "b9355" {
  bucket = "bucket-9355"
}
resource "aws_s3_bucket" "b9356" {
  bucket = "bucket-9356"
}
resource "aws_s3_bucket" "b9357" {
  bucket = "bucket-9357"
}
resource "aws_s3_bucket" "b9358" {
  bucket = "bucket-9358"
}
resource "aws_s3_bucket" "b9359" {
  bucket = "bucket-9359"
}
resource "aws_s3_bucket" "b9360" {
  bucket = "bucket-9360"
}
resource "aws_s3_bucket" "b9361" {
  bucket = "bucket-9361"
}
resource "aws_s3_bucket" "b9362" {
  bucket = "bucket-9362"
}
resource "aws_s3_bucket" "b9363" {
  bucket = "bucket-9363"
}
resource "aws_s3_bucket" "b9364" {
  bucket = "bucket-9364"
}
resource "aws_s3_bucket" "b9365" {
  bucket = "bucket-9365"
}
resource "aws_s3_bucket" "b9366" {
  bucket = "bucket-9366"
}
resource "aws_s3_bucket" "b9367" {
  bucket = "bucket-9367"
}
resource "aws_s3_bucket" "b9368" {
  bucket = "bucket-9368"
}
resource "aws_s3_bucket" "b9369" {
  bucket = "bucket-9369"
}
resource "aws_s3_bucket" "b9370" {
  bucket = "bucket-9370"
}
resource "aws_s3_bucket" "b9371" {
  bucket = "bucket-9371"
}
resource "aws_s3_bucket" "b9372" {
  bucket = "bucket-9372"
}
resource "aws_s3_bucket" "b9373" {
  bucket = "bucket-9373"
}
resource "aws_s3_bucket" "b9374" {
  bucket = "bucket-9374"
}
resource "aws_s3_bucket" "b9375" {
  bucket = "bucket-9375"
}
resource "aws_s3_bucket" "b9376" {
  bucket = "bucket-9376"
}
resource "aws_s3_bucket" "b9377" {
  bucket = "bucket-9377"
}
resource "aws_s3_bucket" "b9378" {
  bucket = "bucket-9378"
}
resource "aws_s3_bucket" "b9379" {
  bucket = "bucket-9379"
}
resource "aws_s3_bucket" "b9380" {
  bucket = "bucket-9380"
}
resource "aws_s3_bucket" "b9381" {
  bucket = "bucket-9381"
}
resource "aws_s3_bucket" "b9382" {
  bucket = "bucket-9382"
}
resource "aws_s3_bucket" "b9383" {
  bucket = "bucket-9383"
}
resource "aws_s3_bucket" "b9384" {
  bucket = "bucket-9384"
}
resource "aws_s3_bucket" "b9385" {
  bucket = "bucket-9385"
}
resource "aws_s3_bucket" "b9386" {
  bucket = "bucket-9386"
}
resource "aws_s3_bucket" "b9387" {
  bucket = "bucket-9387"
}
resource "aws_s3_bucket" "b9388" {
  bucket = "bucket-9388"
}
resource "aws_s3_bucket" "b9389" {
  bucket = "bucket-9389"
}
resource "aws_s3_bucket" "b9390" {
  bucket = "bucket-9390"
}
resource "aws_s3_bucket" "b9391" {
  bucket = "bucket-9391"
}
resource "aws_s3_bucket" "b9392" {
  bucket = "bucket-9392"
}
resource "aws_s3_bucket" "b9393" {
  bucket = "bucket-9393"
}
resource "aws_s3_bucket" "b9394" {
  bucket = "bucket-9394"
}
resource "aws_s3_bucket" "b9395" {
  bucket = "bucket-9395"
}
resource "aws_s3_bucket" "b9396" {
  bucket = "bucket-9396"
}
resource "aws_s3_bucket" "b9397" {
  bucket = "bucket-9397"
}
resource "aws_s3_bucket" "b9398" {
  bucket = "bucket-9398"
}
resource "aws_s3_bucket" "b9399" {
  bucket = "bucket-9399"
}
resource "aws_s3_bucket" "b9400" {
  bucket = "bucket-9400"
}
resource "aws_s3_bucket" "b9401" {
  bucket = "bucket-9401"
}
resource "aws_s3_bucket" "b9402" {
  bucket = "bucket-9402"
}
resource "aws_s3_bucket" "b9403" {
  bucket = "bucket-9403"
}
resource "aws_s3_bucket" "b9404" {
  bucket = "bucket-9404"
}
resource "aws_s3_bucket" "b9405" {
  bucket = "bucket-9405"
}
resource "aws_s3_bucket" "b9406" {
  bucket = "bucket-9406"
}
resource "aws_s3_bucket" "b9407" {
  bucket = "bucket-9407"
}
resource "aws_s3_bucket" "b9408" {
  bucket = "bucket-9408"
}
resource "aws_s3_bucket" "b9409" {
  bucket = "bucket-9409"
}
resource "aws_s3_bucket" "b9410" {
  bucket = "bucket-9410"
}
resource "aws_s3_bucket" "b9411" {
  bucket = "bucket-9411"
}
resource "aws_s3_bucket" "b9412" {
  bucket = "bucket-9412"
}
resource "aws_s3_bucket" "b9413" {
  bucket = "bucket-9413"
}
resource "aws_s3_bucket" "b9414" {
  bucket = "bucket-9414"
}
resource "aws_s3_bucket" "b9415" {
  bucket = "bucket-9415"
}
resource "aws_s3_bucket" "b9416" {
  bucket = "bucket-9416"
}
resource "aws_s3_bucket" "b9417" {
  bucket = "bucket-9417"
}
resource "aws_s3_bucket" "b9418" {
  bucket = "bucket-9418"
}
resource "aws_s3_bucket" "b9419" {
  bucket = "bucket-9419"
}
resource "aws_s3_bucket" "b9420" {
  bucket = "bucket-9420"
}
resource "aws_s3_bucket" "b9421" {
  bucket = "bucket-9421"
}
resource "aws_s3_bucket" "b9422" {
  bucket = "bucket-9422"
}
resource "aws_s3_bucket" "b9423" {
  bucket = "bucket-9423"
}
resource "aws_s3_bucket" "b9424" {
  bucket = "bucket-9424"
}
resource "aws_s3_bucket" "b9425" {
  bucket = "bucket-9425"
}
resource "aws_s3_bucket" "b9426" {
  bucket = "bucket-9426"
}
resource "aws_s3_bucket" "b9427" {
  bucket = "bucket-9427"
}
resource "aws_s3_bucket" "b9428" {
  bucket = "bucket-9428"
}
resource "aws_s3_bucket" "b9429" {
  bucket = "bucket-9429"
}
resource "aws_s3_bucket" "b9430" {
  bucket = "bucket-9430"
}
resource "aws_s3_bucket" "b9431" {
  bucket = "bucket-9431"
}
resource "aws_s3_bucket" "b9432" {
  bucket = "bucket-9432"
}
resource "aws_s3_bucket" "b9433" {
  bucket = "bucket-9433"
}
resource "aws_s3_bucket" "b9434" {
  bucket = "bucket-9434"
}
resource "aws_s3_bucket" "b9435" {
  bucket = "bucket-9435"
}
resource "aws_s3_bucket" "b9436" {
  bucket = "bucket-9436"
}
resource "aws_s3_bucket" "b9437" {
  bucket = "bucket-9437"
}
resource "aws_s3_bucket" "b9438" {
  bucket = "bucket-9438"
}
resource "aws_s3_bucket" "b9439" {
  bucket = "bucket-9439"
}
resource "aws_s3_bucket" "b9440" {
  bucket = "bucket-9440"
}
resource "aws_s3_bucket" "b9441" {
  bucket = "bucket-9441"
}
resource "aws_s3_bucket" "b9442" {
  bucket = "bucket-9442"
}
resource "aws_s3_bucket" "b9443" {
  bucket = "bucket-9443"
}
resource "aws_s3_bucket" "b9444" {
  bucket = "bucket-9444"
}
resource "aws_s3_bucket" "b9445" {
  bucket = "bucket-9445"
}
resource "aws_s3_bucket" "b9446" {
  bucket = "bucket-9446"
}
resource "aws_s3_bucket" "b9447" {
  bucket = "bucket-9447"
}
resource "aws_s3_bucket" "b9448" {
  bucket = "bucket-9448"
}
resource "aws_s3_bucket" "b9449" {
  bucket = "bucket-9449"
}
resource "aws_s3_bucket" "b9450" {
  bucket = "bucket-9450"
}
resource "aws_s3_bucket" "b9451" {
  bucket = "bucket-9451"
}
resource "aws_s3_bucket" "b9452" {
  bucket = "bucket-9452"
}
resource "aws_s3_bucket" "b9453" {
  bucket = "bucket-9453"
}
resource "aws_s3_bucket" "b9454" {
  bucket = "bucket-9454"
}
resource "aws_s3_bucket" "b9455" {
  bucket = "bucket-9455"
}
resource "aws_s3_bucket" "b9456" {
  bucket = "bucket-9456"
}
resource "aws_s3_bucket" "b9457" {
  bucket = "bucket-9457"
}
resource "aws_s3_bucket" "b9458" {
  bucket = "bucket-9458"
}
resource "aws_s3_bucket" "b9459" {
  bucket = "bucket-9459"
}
resource "aws_s3_bucket" "b9460" {
  bucket = "bucket-9460"
}
resource "aws_s3_bucket" "b9461" {
  bucket = "bucket-9461"
}
resource "aws_s3_bucket" "b9462" {
  bucket = "bucket-9462"
}
resource "aws_s3_bucket" "b9463" {
  bucket = "bucket-9463"
}
resource "aws_s3_bucket" "b9464" {
  bucket = "bucket-9464"
}
resource "aws_s3_bucket" "b9465" {
  bucket = "bucket-9465"
}
resource "aws_s3_bucket" "b9466" {
  bucket = "bucket-9466"
}
resource "aws_s3_bucket" "b9467" {
  bucket = "bucket-9467"
}
resource "aws_s3_bucket" "b9468" {
  bucket = "bucket-9468"
}
resource "aws_s3_bucket" "b9469" {
  bucket = "bucket-9469"
}
resource "aws_s3_bucket" "b9470" {
  bucket = "bucket-9470"
}
resource "aws_s3_bucket" "b9471" {
  bucket = "bucket-9471"
}
resource "aws_s3_bucket" "b9472" {
  bucket = "bucket-9472"
}
resource "aws_s3_bucket" "b9473" {
  bucket = "bucket-9473"
}
resource "aws_s3_bucket" "b9474" {
  bucket = "bucket-9474"
}
resource "aws_s3_bucket" "b9475" {
  bucket = "bucket-9475"
}
resource "aws_s3_bucket" "b9476" {
  bucket = "bucket-9476"
}
resource "aws_s3_bucket" "b9477" {
  bucket = "bucket-9477"
}
resource "aws_s3_bucket" "b9478" {
  bucket = "bucket-9478"
}
resource "aws_s3_bucket" "b9479" {
  bucket = "bucket-9479"
}
resource "aws_s3_bucket" "b9480" {
  bucket = "bucket-9480"
}
resource "aws_s3_bucket" "b9481" {
  bucket = "bucket-9481"
}
resource "aws_s3_bucket" "b9482" {
  bucket = "bucket-9482"
}
resource "aws_s3_bucket" "b9483" {
  bucket = "bucket-9483"
}
resource "aws_s3_bucket" "b9484" {
  bucket = "bucket-9484"
}
resource "aws_s3_bucket" "b9485" {
  bucket = "bucket-9485"
}
resource "aws_s3_bucket" "b9486" {
  bucket = "bucket-9486"
}
resource "aws_s3_bucket" "b9487" {
  bucket = "bucket-9487"
}
resource "aws_s3_bucket" "b9488" {
  bucket = "bucket-9488"
}
resource "aws_s3_bucket" "b9489" {
  bucket = "bucket-9489"
}
resource "aws_s3_bucket" "b9490" {
  bucket = "bucket-9490"
}
resource "aws_s3_bucket" "b9491" {
  bucket = "bucket-9491"
}
resource "aws_s3_bucket" "b9492" {
  bucket = "bucket-9492"
}
resource "aws_s3_bucket" "b9493" {
  bucket = "bucket-9493"
}
resource "aws_s3_bucket" "b9494" {
  bucket = "bucket-9494"
}
resource "aws_s3_bucket" "b9495" {
  bucket = "bucket-9495"
}
resource "aws_s3_bucket" "b9496" {
  bucket = "bucket-9496"
}
resource "aws_s3_bucket" "b9497" {
  bucket = "bucket-9497"
}
resource "aws_s3_bucket" "b9498" {
  bucket = "bucket-9498"
}
resource "aws_s3_bucket" "b9499" {
  bucket = "bucket-9499"
}
resource "aws_s3_bucket" "b9500" {
  bucket = "bucket-9500"
}
resource "aws_s3_bucket" "b9501" {
  bucket = "bucket-9501"
}
resource "aws_s3_bucket" "b9502" {
  bucket = "bucket-9502"
}
resource "aws_s3_bucket" "b9503" {
  bucket = "bucket-9503"
}
resource "aws_s3_bucket" "b9504" {
  bucket = "bucket-9504"
}
resource "aws_s3_bucket" "b9505" {
  bucket = "bucket-9505"
}
resource "aws_s3_bucket" "b9506" {
  bucket = "bucket-9506"
}
resource "aws_s3_bucket" "b9507" {
  bucket = "bucket-9507"
}
resource "aws_s3_bucket" "b9508" {
  bucket = "bucket-9508"
}
resource "aws_s3_bucket" "b9509" {
  bucket = "bucket-9509"
}
resource "aws_s3_bucket" "b9510" {
  bucket = "bucket-9510"
}
resource "aws_s3_bucket" "b9511" {
  bucket = "bucket-9511"
}
resource "aws_s3_bucket" "b9512" {
  bucket = "bucket-9512"
}
resource "aws_s3_bucket" "b9513" {
  bucket = "bucket-9513"
}
resource "aws_s3_bucket" "b9514" {
  bucket = "bucket-9514"
}
resource "aws_s3_bucket" "b9515" {
  bucket = "bucket-9515"
}
resource "aws_s3_bucket" "b9516" {
  bucket = "bucket-9516"
}
resource "aws_s3_bucket" "b9517" {
  bucket = "bucket-9517"
}
resource "aws_s3_bucket" "b9518" {
  bucket = "bucket-9518"
}
resource "aws_s3_bucket" "b9519" {
  bucket = "bucket-9519"
}
resource "aws_s3_bucket" "b9520" {
  bucket = "bucket-9520"
}
resource "aws_s3_bucket" "b9521" {
  bucket = "bucket-9521"
}
resource "aws_s3_bucket" "b9522" {
  bucket = "bucket-9522"
}
resource "aws_s3_bucket" "b9523" {
  bucket = "bucket-9523"
}
resource "aws_s3_bucket" "b9524" {
  bucket = "bucket-9524"
}
resource "aws_s3_bucket" "b9525" {
  bucket = "bucket-9525"
}
resource "aws_s3_bucket" "b9526" {
  bucket = "bucket-9526"
}
resource "aws_s3_bucket" "b9527" {
  bucket = "bucket-9527"
}
resource "aws_s3_bucket" "b9528" {
  bucket = "bucket-9528"
}
resource "aws_s3_bucket" "b9529" {
  bucket = "bucket-9529"
}
resource "aws_s3_bucket" "b9530" {
  bucket = "bucket-9530"
}
resource "aws_s3_bucket" "b9531" {
  bucket = "bucket-9531"
}
resource "aws_s3_bucket" "b9532" {
  bucket = "bucket-9532"
}
resource "aws_s3_bucket" "b9533" {
  bucket = "bucket-9533"
}
resource "aws_s3_bucket" "b9534" {
  bucket = "bucket-9534"
}
resource "aws_s3_bucket" "b9535" {
  bucket = "bucket-9535"
}
resource "aws_s3_bucket" "b9536" {
  bucket = "bucket-9536"
}
resource "aws_s3_bucket" "b9537" {
  bucket = "bucket-9537"
}
resource "aws_s3_bucket" "b9538" {
  bucket = "bucket-9538"
}
resource "aws_s3_bucket" "b9539" {
  bucket = "bucket-9539"
}
resource "aws_s3_bucket" "b9540" {
  bucket = "bucket-9540"
}
resource "aws_s3_bucket" "b9541" {
  bucket = "bucket-9541"
}
resource "aws_s3_bucket" "b9542" {
  bucket = "bucket-9542"
}
resource "aws_s3_bucket" "b9543" {
  bucket = "bucket-9543"
}
resource "aws_s3_bucket" "b9544" {
  bucket = "bucket-9544"
}
resource "aws_s3_bucket" "b9545" {
  bucket = "bucket-9545"
}
resource "aws_s3_bucket" "b9546" {
  bucket = "bucket-9546"
}
resource "aws_s3_bucket" "b9547" {
  bucket = "bucket-9547"
}
resource "aws_s3_bucket" "b9548" {
  bucket = "bucket-9548"
}
resource "aws_s3_bucket" "b9549" {
  bucket = "bucket-9549"
}
resource "aws_s3_bucket" "b9550" {
  bucket = "bucket-9550"
}
resource "aws_s3_bucket" "b9551" {
  bucket = "bucket-9551"
}
resource "aws_s3_bucket" "b9552" {
  bucket = "bucket-9552"
}
resource "aws_s3_bucket" "b9553" {
  bucket = "bucket-9553"
}
resource "aws_s3_bucket" "b9554" {
  bucket = "bucket-9554"
}
resource "aws_s3_bucket" "b9555" {
  bucket = "bucket-9555"
}
resource "aws_s3_bucket" "b9556" {
  bucket = "bucket-9556"
}
resource "aws_s3_bucket" "b9557" {
  bucket = "bucket-9557"
}
resource "aws_s3_bucket" "b9558" {
  bucket = "bucket-9558"
}
resource "aws_s3_bucket" "b9559" {
  bucket = "bucket-9559"
}
resource "aws_s3_bucket" "b9560" {
  bucket = "bucket-9560"
}
resource "aws_s3_bucket" "b9561" {
  bucket = "bucket-9561"
}
resource "aws_s3_bucket" "b9562" {
  bucket = "bucket-9562"
}
resource "aws_s3_bucket" "b9563" {
  bucket = "bucket-9563"
}
resource "aws_s3_bucket" "b9564" {
  bucket = "bucket-9564"
}
resource "aws_s3_bucket" "b9565" {
  bucket = "bucket-9565"
}
resource "aws_s3_bucket" "b9566" {
  bucket = "bucket-9566"
}
resource "aws_s3_bucket" "b9567" {
  bucket = "bucket-9567"
}
resource "aws_s3_bucket" "b9568" {
  bucket = "bucket-9568"
}
resource "aws_s3_bucket" "b9569" {
  bucket = "bucket-9569"
}
resource "aws_s3_bucket" "b9570" {
  bucket = "bucket-9570"
}
resource "aws_s3_bucket" "b9571" {
  bucket = "bucket-9571"
}
resource "aws_s3_bucket" "b9572" {
  bucket = "bucket-9572"
}
resource "aws_s3_bucket" "b9573" {
  bucket = "bucket-9573"
}
resource "aws_s3_bucket" "b9574" {
  bucket = "bucket-9574"
}
resource "aws_s3_bucket" "b9575" {
  bucket = "bucket-9575"
}
resource "aws_s3_bucket" "b9576" {
  bucket = "bucket-9576"
}
resource "aws_s3_bucket" "b9577" {
  bucket = "bucket-9577"
}
resource "aws_s3_bucket" "b9578" {
  bucket = "bucket-9578"
}
resource "aws_s3_bucket" "b9579" {
  bucket = "bucket-9579"
}
resource "aws_s3_bucket" "b9580" {
  bucket = "bucket-9580"
}
resource "aws_s3_bucket" "b9581" {
  bucket = "bucket-9581"
}
resource "aws_s3_bucket" "b9582" {
  bucket = "bucket-9582"
}
resource "aws_s3_bucket" "b9583" {
  bucket = "bucket-9583"
}
resource "aws_s3_bucket" "b9584" {
  bucket = "bucket-9584"
}
resource "aws_s3_bucket" "b9585" {
  bucket = "bucket-9585"
}
resource "aws_s3_bucket" "b9586" {
  bucket = "bucket-9586"
}
resource "aws_s3_bucket" "b9587" {
  bucket = "bucket-9587"
}
resource "aws_s3_bucket" "b9588" {
  bucket = "bucket-9588"
}
resource "aws_s3_bucket" "b9589" {
  bucket = "bucket-9589"
}
resource "aws_s3_bucket" "b9590" {
  bucket = "bucket-9590"
}
resource "aws_s3_bucket" "b9591" {
  bucket = "bucket-9591"
}
resource "aws_s3_bucket" "b9592" {
  bucket = "bucket-9592"
}
resource "aws_s3_bucket" "b9593" {
  bucket = "bucket-9593"
}
resource "aws_s3_bucket" "b9594" {
  bucket = "bucket-9594"
}
resource "aws_s3_bucket" "b9595" {
  bucket = "bucket-9595"
}
resource "aws_s3_bucket" "b9596" {
  bucket = "bucket-9596"
}
resource "aws_s3_bucket" "b9597" {
  bucket = "bucket-9597"
}
resource "aws_s3_bucket" "b9598" {
  bucket = "bucket-9598"
}
resource "aws_s3_bucket" "b9599" {
  bucket = "bucket-9599"
}
resource "aws_s3_bucket" "b9600" {
  bucket = "bucket-9600"
}
resource "aws_s3_bucket" "b9601" {
  bucket = "bucket-9601"
}
resource "aws_s3_bucket" "b9602" {
  bucket = "bucket-9602"
}
resource "aws_s3_bucket" "b9603" {
  bucket = "bucket-9603"
}
resource "aws_s3_bucket" "b9604" {
  bucket = "bucket-9604"
}
resource "aws_s3_bucket" "b9605" {
  bucket = "bucket-9605"
}
resource "aws_s3_bucket" "b9606" {
  bucket = "bucket-9606"
}
resource "aws_s3_bucket" "b9607" {
  bucket = "bucket-9607"
}
resource "aws_s3_bucket" "b9608" {
  bucket = "bucket-9608"
}
resource "aws_s3_bucket" "b9609" {
  bucket = "bucket-9609"
}
resource "aws_s3_bucket" "b9610" {
  bucket = "bucket-9610"
}
resource "aws_s3_bucket" "b9611" {
  bucket = "bucket-9611"
}
resource "aws_s3_bucket" "b9612" {
  bucket = "bucket-9612"
}
resource "aws_s3_bucket" "b9613" {
  bucket = "bucket-9613"
}
resource "aws_s3_bucket" "b9614" {
  bucket = "bucket-9614"
}
resource "aws_s3_bucket" "b9615" {
  bucket = "bucket-9615"
}
resource "aws_s3_bucket" "b9616" {
  bucket = "bucket-9616"
}
resource "aws_s3_bucket" "b9617" {
  bucket = "bucket-9617"
}
resource "aws_s3_bucket" "b9618" {
  bucket = "bucket-9618"
}
resource "aws_s3_bucket" "b9619" {
  bucket = "bucket-9619"
}
resource "aws_s3_bucket" "b9620" {
  bucket = "bucket-9620"
}
resource "aws_s3_bucket" "b9621" {
  bucket = "bucket-9621"
}
resource "aws_s3_bucket" "b9622" {
  bucket = "bucket-9622"
}
resource "aws_s3_bucket" "b9623" {
  bucket = "bucket-9623"
}
resource "aws_s3_bucket" "b9624" {
  bucket = "bucket-9624"
}
resource "aws_s3_bucket" "b9625" {
  bucket = "bucket-9625"
}
resource "aws_s3_bucket" "b9626" {
  bucket = "bucket-9626"
}
resource "aws_s3_bucket" "b9627" {
  bucket = "bucket-9627"
}
resource "aws_s3_bucket" "b9628" {
  bucket = "bucket-9628"
}
resource "aws_s3_bucket" "b9629" {
  bucket = "bucket-9629"
}
resource "aws_s3_bucket" "b9630" {
  bucket = "bucket-9630"
}
resource "aws_s3_bucket" "b9631" {
  bucket = "bucket-9631"
}
resource "aws_s3_bucket" "b9632" {
  bucket = "bucket-9632"
}
resource "aws_s3_bucket" "b9633" {
  bucket = "bucket-9633"
}
resource "aws_s3_bucket" "b9634" {
  bucket = "bucket-9634"
}
resource "aws_s3_bucket" "b9635" {
  bucket = "bucket-9635"
}
resource "aws_s3_bucket" "b9636" {
  bucket = "bucket-9636"
}
resource "aws_s3_bucket" "b9637" {
  bucket = "bucket-9637"
}
resource "aws_s3_bucket" "b9638" {
  bucket = "bucket-9638"
}
resource "aws_s3_bucket" "b9639" {
  bucket = "bucket-9639"
}
resource "aws_s3_bucket" "b9640" {
  bucket = "bucket-9640"
}
resource "aws_s3_bucket" "b9641" {
  bucket = "bucket-9641"
}
resource "aws_s3_bucket" "b9642" {
  bucket = "bucket-9642"
}
resource "aws_s3_bucket" "b9643" {
  bucket = "bucket-9643"
}
resource "aws_s3_bucket" "b9644" {
  bucket = "bucket-9644"
}
resource "aws_s3_bucket" "b9645" {
  bucket = "bucket-9645"
}
resource "aws_s3_bucket" "b9646" {
  bucket = "bucket-9646"
}
resource "aws_s3_bucket" "b9647" {
  bucket = "bucket-9647"
}
resource "aws_s3_bucket" "b9648" {
  bucket = "bucket-9648"
}
resource "aws_s3_bucket" "b9649" {
  bucket = "bucket-9649"
}
resource "aws_s3_bucket" "b9650" {
  bucket = "bucket-9650"
}
resource "aws_s3_bucket" "b9651" {
  bucket = "bucket-9651"
}
resource "aws_s3_bucket" "b9652" {
  bucket = "bucket-9652"
}
resource "aws_s3_bucket" "b9653" {
  bucket = "bucket-9653"
}
resource "aws_s3_bucket" "b9654" {
  bucket = "bucket-9654"
}
resource "aws_s3_bucket" "b9655" {
  bucket = "bucket-9655"
}
resource "aws_s3_bucket" "b9656" {
  bucket = "bucket-9656"
}
resource "aws_s3_bucket" "b9657" {
  bucket = "bucket-9657"
}
resource "aws_s3_bucket" "b9658" {
  bucket = "bucket-9658"
}
resource "aws_s3_bucket" "b9659" {
  bucket = "bucket-9659"
}
resource "aws_s3_bucket" "b9660" {
  bucket = "bucket-9660"
}
resource "aws_s3_bucket" "b9661" {
  bucket = "bucket-9661"
}
resource "aws_s3_bucket" "b9662" {
  bucket = "bucket-9662"
}
resource "aws_s3_bucket" "b9663" {
  bucket = "bucket-9663"
}
resource "aws_s3_bucket" "b9664" {
  bucket = "bucket-9664"
}
resource "aws_s3_bucket" "b9665" {
  bucket = "bucket-9665"
}
resource "aws_s3_bucket" "b9666" {
  bucket = "bucket-9666"
}
resource "aws_s3_bucket" "b9667" {
  bucket = "bucket-9667"
}
resource "aws_s3_bucket" "b9668" {
  bucket = "bucket-9668"
}
resource "aws_s3_bucket" "b9669" {
  bucket = "bucket-9669"
}
resource "aws_s3_bucket" "b9670" {
  bucket = "bucket-9670"
}
resource "aws_s3_bucket" "b9671" {
  bucket = "bucket-9671"
}
resource "aws_s3_bucket" "b9672" {
  bucket = "bucket-9672"
}
resource "aws_s3_bucket" "b9673" {
  bucket = "bucket-9673"
}
resource "aws_s3_bucket" "b9674" {
  bucket = "bucket-9674"
}
resource "aws_s3_bucket" "b9675" {
  bucket = "bucket-9675"
}
resource "aws_s3_bucket" "b9676" {
  bucket = "bucket-9676"
}
resource "aws_s3_bucket" "b9677" {
  bucket = "bucket-9677"
}
resource "aws_s3_bucket" "b9678" {
  bucket = "bucket-9678"
}
resource "aws_s3_bucket" "b9679" {
  bucket = "bucket-9679"
}
resource "aws_s3_bucket" "b9680" {
  bucket = "bucket-9680"
}
resource "aws_s3_bucket" "b9681" {
  bucket = "bucket-9681"
}
resource "aws_s3_bucket" "b9682" {
  bucket = "bucket-9682"
}
resource "aws_s3_bucket" "b9683" {
  bucket = "bucket-9683"
}
resource "aws_s3_bucket" "b9684" {
  bucket = "bucket-9684"
}
resource "aws_s3_bucket" "b9685" {
  bucket = "bucket-9685"
}
resource "aws_s3_bucket" "b9686" {
  bucket = "bucket-9686"
}
resource "aws_s3_bucket" "b9687" {
  bucket = "bucket-9687"
}
resource "aws_s3_bucket" "b9688" {
  bucket = "bucket-9688"
}
resource "aws_s3_bucket" "b9689" {
  bucket = "bucket-9689"
}
resource "aws_s3_bucket" "b9690" {
  bucket = "bucket-9690"
}
resource "aws_s3_bucket" "b9691" {
  bucket = "bucket-9691"
}
resource "aws_s3_bucket" "b9692" {
  bucket = "bucket-9692"
}
resource "aws_s3_bucket" "b9693" {
  bucket = "bucket-9693"
}
resource "aws_s3_bucket" "b9694" {
  bucket = "bucket-9694"
}
resource "aws_s3_bucket" "b9695" {
  bucket = "bucket-9695"
}
resource "aws_s3_bucket" "b9696" {
  bucket = "bucket-9696"
}
resource "aws_s3_bucket" "b9697" {
  bucket = "bucket-9697"
}
resource "aws_s3_bucket" "b9698" {
  bucket = "bucket-9698"
}
resource "aws_s3_bucket" "b9699" {
  bucket = "bucket-9699"
}
resource "aws_s3_bucket" "b9700" {
  bucket = "bucket-9700"
}
resource "aws_s3_bucket" "b9701" {
  bucket = "bucket-9701"
}
resource "aws_s3_bucket" "b9702" {
  bucket = "bucket-9702"
}
resource "aws_s3_bucket" "b9703" {
  bucket = "bucket-9703"
}
resource "aws_s3_bucket" "b9704" {
  bucket = "bucket-9704"
}
resource "aws_s3_bucket" "b9705" {
  bucket = "bucket-9705"
}
resource "aws_s3_bucket" "b9706" {
  bucket = "bucket-9706"
}
resource "aws_s3_bucket" "b9707" {
  bucket = "bucket-9707"
}
resource "aws_s3_bucket" "b9708" {
  bucket = "bucket-9708"
}
resource "aws_s3_bucket" "b9709" {
  bucket = "bucket-9709"
}
resource "aws_s3_bucket" "b9710" {
  bucket = "bucket-9710"
}
resource "aws_s3_bucket" "b9711" {
  bucket = "bucket-9711"
}
resource "aws_s3_bucket" "b9712" {
  bucket = "bucket-9712"
}
resource "aws_s3_bucket" "b9713" {
  bucket = "bucket-9713"
}
resource "aws_s3_bucket" "b9714" {
  bucket = "bucket-9714"
}
resource "aws_s3_bucket" "b9715" {
  bucket = "bucket-9715"
}
resource "aws_s3_bucket" "b9716" {
  bucket = "bucket-9716"
}
resource "aws_s3_bucket" "b9717" {
  bucket = "bucket-9717"
}
resource "aws_s3_bucket" "b9718" {
  bucket = "bucket-9718"
}
resource "aws_s3_bucket" "b9719" {
  bucket = "bucket-9719"
}
resource "aws_s3_bucket" "b9720" {
  bucket = "bucket-9720"
}
resource "aws_s3_bucket" "b9721" {
  bucket = "bucket-9721"
}
resource "aws_s3_bucket" "b9722" {
  bucket = "bucket-9722"
}
resource "aws_s3_bucket" "b9723" {
  bucket = "bucket-9723"
}
resource "aws_s3_bucket" "b9724" {
  bucket = "bucket-9724"
}
resource "aws_s3_bucket" "b9725" {
  bucket = "bucket-9725"
}
resource "aws_s3_bucket" "b9726" {
  bucket = "bucket-9726"
}
resource "aws_s3_bucket" "b9727" {
  bucket = "bucket-9727"
}
resource "aws_s3_bucket" "b9728" {
  bucket = "bucket-9728"
}
resource "aws_s3_bucket" "b9729" {
  bucket = "bucket-9729"
}
resource "aws_s3_bucket" "b9730" {
  bucket = "bucket-9730"
}
resource "aws_s3_bucket" "b9731" {
  bucket = "bucket-9731"
}
resource "aws_s3_bucket" "b9732" {
  bucket = "bucket-9732"
}
resource "aws_s3_bucket" "b9733" {
  bucket = "bucket-9733"
}
resource "aws_s3_bucket" "b9734" {
  bucket = "bucket-9734"
}
resource "aws_s3_bucket" "b9735" {
  bucket = "bucket-9735"
}
resource "aws_s3_bucket" "b9736" {
  bucket = "bucket-9736"
}
resource "aws_s3_bucket" "b9737" {
  bucket = "bucket-9737"
}
resource "aws_s3_bucket" "b9738" {
  bucket = "bucket-9738"
}
resource "aws_s3_bucket" "b9739" {
  bucket = "bucket-9739"
}
resource "aws_s3_bucket" "b9740" {
  bucket = "bucket-9740"
}
resource "aws_s3_bucket" "b9741" {
  bucket = "bucket-9741"
}
resource "aws_s3_bucket" "b9742" {
  bucket = "bucket-9742"
}
resource "aws_s3_bucket" "b9743" {
  bucket = "bucket-9743"
}
resource "aws_s3_bucket" "b9744" {
  bucket = "bucket-9744"
}
resource "aws_s3_bucket" "b9745" {
  bucket = "bucket-9745"
}
resource "aws_s3_bucket" "b9746" {
  bucket = "bucket-9746"
}
resource "aws_s3_bucket" "b9747" {
  bucket = "bucket-9747"
}
resource "aws_s3_bucket" "b9748" {
  bucket = "bucket-9748"
}
resource "aws_s3_bucket" "b9749" {
  bucket = "bucket-9749"
}
resource "aws_s3_bucket" "b9750" {
  bucket = "bucket-9750"
}
resource "aws_s3_bucket" "b9751" {
  bucket = "bucket-9751"
}
resource "aws_s3_bucket" "b9752" {
  bucket = "bucket-9752"
}
resource "aws_s3_bucket" "b9753" {
  bucket = "bucket-9753"
}
resource "aws_s3_bucket" "b9754" {
  bucket = "bucket-9754"
}
resource "aws_s3_bucket" "b9755" {
  bucket = "bucket-9755"
}
resource "aws_s3_bucket" "b9756" {
  bucket = "bucket-9756"
}
resource "aws_s3_bucket" "b9757" {
  bucket = "bucket-9757"
}
resource "aws_s3_bucket" "b9758" {
  bucket = "bucket-9758"
}
resource "aws_s3_bucket" "b9759" {
  bucket = "bucket-9759"
}
resource "aws_s3_bucket" "b9760" {
  bucket = "bucket-9760"
}
resource "aws_s3_bucket" "b9761" {
  bucket = "bucket-9761"
}
resource "aws_s3_bucket" "b9762" {
  bucket = "bucket-9762"
}
resource "aws_s3_bucket" "b9763" {
  bucket = "bucket-9763"
}
resource "aws_s3_bucket" "b9764" {
  bucket = "bucket-9764"
}
resource "aws_s3_bucket" "b9765" {
  bucket = "bucket-9765"
}
resource "aws_s3_bucket" "b9766" {
  bucket = "bucket-9766"
}
resource "aws_s3_bucket" "b9767" {
  bucket = "bucket-9767"
}
resource "aws_s3_bucket" "b9768" {
  bucket = "bucket-9768"
}
resource "aws_s3_bucket" "b9769" {
  bucket = "bucket-9769"
}
resource "aws_s3_bucket" "b9770" {
  bucket = "bucket-9770"
}
resource "aws_s3_bucket" "b9771" {
  bucket = "bucket-9771"
}
resource "aws_s3_bucket" "b9772" {
  bucket = "bucket-9772"
}
resource "aws_s3_bucket" "b9773" {
  bucket = "bucket-9773"
}
resource "aws_s3_bucket" "b9774" {
  bucket = "bucket-9774"
}
resource "aws_s3_bucket" "b9775" {
  bucket = "bucket-9775"
}
resource "aws_s3_bucket" "b9776" {
  bucket = "bucket-9776"
}
resource "aws_s3_bucket" "b9777" {
  bucket = "bucket-9777"
}
resource "aws_s3_bucket" "b9778" {
  bucket = "bucket-9778"
}
resource "aws_s3_bucket" "b9779" {
  bucket = "bucket-9779"
}
resource "aws_s3_bucket" "b9780" {
  bucket = "bucket-9780"
}
resource "aws_s3_bucket" "b9781" {
  bucket = "bucket-9781"
}
resource "aws_s3_bucket" "b9782" {
  bucket = "bucket-9782"
}
resource "aws_s3_bucket" "b9783" {
  bucket = "bucket-9783"
}
resource "aws_s3_bucket" "b9784" {
  bucket = "bucket-9784"
}
resource "aws_s3_bucket" "b9785" {
  bucket = "bucket-9785"
}
resource "aws_s3_bucket" "b9786" {
  bucket = "bucket-9786"
}
resource "aws_s3_bucket" "b9787" {
  bucket = "bucket-9787"
}
resource "aws_s3_bucket" "b9788" {
  bucket = "bucket-9788"
}
resource "aws_s3_bucket" "b9789" {
  bucket = "bucket-9789"
}
resource "aws_s3_bucket" "b9790" {
  bucket = "bucket-9790"
}
resource "aws_s3_bucket" "b9791" {
  bucket = "bucket-9791"
}
resource "aws_s3_bucket" "b9792" {
  bucket = "bucket-9792"
}
resource "aws_s3_bucket" "b9793" {
  bucket = "bucket-9793"
}
resource "aws_s3_bucket" "b9794" {
  bucket = "bucket-9794"
}
resource "aws_s3_bucket" "b9795" {
  bucket = "bucket-9795"
}
resource "aws_s3_bucket" "b9796" {
  bucket = "bucket-9796"
}
resource "aws_s3_bucket" "b9797" {
  bucket = "bucket-9797"
}
resource "aws_s3_bucket" "b9798" {
  bucket = "bucket-9798"
}
resource "aws_s3_bucket" "b9799" {
  bucket = "bucket-9799"
}
resource "aws_s3_bucket" "b9800" {
  bucket = "bucket-9800"
}
resource "aws_s3_bucket" "b9801" {
  bucket = "bucket-9801"
}
resource "aws_s3_bucket" "b9802" {
  bucket = "bucket-9802"
}
resource "aws_s3_bucket" "b9803" {
  bucket = "bucket-9803"
}
resource "aws_s3_bucket" "b9804" {
  bucket = "bucket-9804"
}
resource "aws_s3_bucket" "b9805" {
  bucket = "bucket-9805"
}
resource "aws_s3_bucket" "b9806" {
  bucket = "bucket-9806"
}
resource "aws_s3_bucket" "b9807" {
  bucket = "bucket-9807"
}
resource "aws_s3_bucket" "b9808" {
  bucket = "bucket-9808"
}
resource "aws_s3_bucket" "b9809" {
  bucket = "bucket-9809"
}
resource "aws_s3_bucket" "b9810" {
  bucket = "bucket-9810"
}
resource "aws_s3_bucket" "b9811" {
  bucket = "bucket-9811"
}
resource "aws_s3_bucket" "b9812" {
  bucket = "bucket-9812"
}
resource "aws_s3_bucket" "b9813" {
  bucket = "bucket-9813"
}
resource "aws_s3_bucket" "b9814" {
  bucket = "bucket-9814"
}
resource "aws_s3_bucket" "b9815" {
  bucket = "bucket-9815"
}
resource "aws_s3_bucket" "b9816" {
  bucket = "bucket-9816"
}
resource "aws_s3_bucket" "b9817" {
  bucket = "bucket-9817"
}
resource "aws_s3_bucket" "b9818" {
  bucket = "bucket-9818"
}
resource "aws_s3_bucket" "b9819" {
  bucket = "bucket-9819"
}
resource "aws_s3_bucket" "b9820" {
  bucket = "bucket-9820"
}
resource "aws_s3_bucket" "b9821" {
  bucket = "bucket-9821"
}
resource "aws_s3_bucket" "b9822" {
  bucket = "bucket-9822"
}
resource "aws_s3_bucket" "b9823" {
  bucket = "bucket-9823"
}
resource "aws_s3_bucket" "b9824" {
  bucket = "bucket-9824"
}
resource "aws_s3_bucket" "b9825" {
  bucket = "bucket-9825"
}
resource "aws_s3_bucket" "b9826" {
  bucket = "bucket-9826"
}
resource "aws_s3_bucket" "b9827" {
  bucket = "bucket-9827"
}
resource "aws_s3_bucket" "b9828" {
  bucket = "bucket-9828"
}
resource "aws_s3_bucket" "b9829" {
  bucket = "bucket-9829"
}
resource "aws_s3_bucket" "b9830" {
  bucket = "bucket-9830"
}
resource "aws_s3_bucket" "b9831" {
  bucket = "bucket-9831"
}
resource "aws_s3_bucket" "b9832" {
  bucket = "bucket-9832"
}
resource "aws_s3_bucket" "b9833" {
  bucket = "bucket-9833"
}
resource "aws_s3_bucket" "b9834" {
  bucket = "bucket-9834"
}
resource "aws_s3_bucket" "b9835" {
  bucket = "bucket-9835"
}
resource "aws_s3_bucket" "b9836" {
  bucket = "bucket-9836"
}
resource "aws_s3_bucket" "b9837" {
  bucket = "bucket-9837"
}
resource "aws_s3_bucket" "b9838" {
  bucket = "bucket-9838"
}
resource "aws_s3_bucket" "b9839" {
  bucket = "bucket-9839"
}
resource "aws_s3_bucket" "b9840" {
  bucket = "bucket-9840"
}
resource "aws_s3_bucket" "b9841" {
  bucket = "bucket-9841"
}
resource "aws_s3_bucket" "b9842" {
  bucket = "bucket-9842"
}
resource "aws_s3_bucket" "b9843" {
  bucket = "bucket-9843"
}
resource "aws_s3_bucket" "b9844" {
  bucket = "bucket-9844"
}
resource "aws_s3_bucket" "b9845" {
  bucket = "bucket-9845"
}
resource "aws_s3_bucket" "b9846" {
  bucket = "bucket-9846"
}
resource "aws_s3_bucket" "b9847" {
  bucket = "bucket-9847"
}
resource "aws_s3_bucket" "b9848" {
  bucket = "bucket-9848"
}
resource "aws_s3_bucket" "b9849" {
  bucket = "bucket-9849"
}
resource "aws_s3_bucket" "b9850" {
  bucket = "bucket-9850"
}
resource "aws_s3_bucket" "b9851" {
  bucket = "bucket-9851"
}
resource "aws_s3_bucket" "b9852" {
  bucket = "bucket-9852"
}
resource "aws_s3_bucket" "b9853" {
  bucket = "bucket-9853"
}
resource "aws_s3_bucket" "b9854" {
  bucket = "bucket-9854"
}
resource "aws_s3_bucket" "b9855" {
  bucket = "bucket-9855"
}
resource "aws_s3_bucket" "b9856" {
  bucket = "bucket-9856"
}
resource "aws_s3_bucket" "b9857" {
  bucket = "bucket-9857"
}
resource "aws_s3_bucket" "b9858" {
  bucket = "bucket-9858"
}
resource "aws_s3_bucket" "b9859" {
  bucket = "bucket-9859"
}
resource "aws_s3_bucket" "b9860" {
  bucket = "bucket-9860"
}
resource "aws_s3_bucket" "b9861" {
  bucket = "bucket-9861"
}
resource "aws_s3_bucket" "b9862" {
  bucket = "bucket-9862"
}
resource "aws_s3_bucket" "b9863" {
  bucket = "bucket-9863"
}
resource "aws_s3_bucket" "b9864" {
  bucket = "bucket-9864"
}
resource "aws_s3_bucket" "b9865" {
  bucket = "bucket-9865"
}
resource "aws_s3_bucket" "b9866" {
  bucket = "bucket-9866"
}
resource "aws_s3_bucket" "b9867" {
  bucket = "bucket-9867"
}
resource "aws_s3_bucket" "b9868" {
  bucket = "bucket-9868"
}
resource "aws_s3_bucket" "b9869" {
  bucket = "bucket-9869"
}
resource "aws_s3_bucket" "b9870" {
  bucket = "bucket-9870"
}
resource "aws_s3_bucket" "b9871" {
  bucket = "bucket-9871"
}
resource "aws_s3_bucket" "b9872" {
  bucket = "bucket-9872"
}
resource "aws_s3_bucket" "b9873" {
  bucket = "bucket-9873"
}
resource "aws_s3_bucket" "b9874" {
  bucket = "bucket-9874"
}
resource "aws_s3_bucket" "b9875" {
  bucket = "bucket-9875"
}
resource "aws_s3_bucket" "b9876" {
  bucket = "bucket-9876"
}
resource "aws_s3_bucket" "b9877" {
  bucket = "bucket-9877"
}
resource "aws_s3_bucket" "b9878" {
  bucket = "bucket-9878"
}
resource "aws_s3_bucket" "b9879" {
  bucket = "bucket-9879"
}
resource "aws_s3_bucket" "b9880" {
  bucket = "bucket-9880"
}
resource "aws_s3_bucket" "b9881" {
  bucket = "bucket-9881"
}
resource "aws_s3_bucket" "b9882" {
  bucket = "bucket-9882"
}
resource "aws_s3_bucket" "b9883" {
  bucket = "bucket-9883"
}
resource "aws_s3_bucket" "b9884" {
  bucket = "bucket-9884"
}
resource "aws_s3_bucket" "b9885" {
  bucket = "bucket-9885"
}
resource "aws_s3_bucket" "b9886" {
  bucket = "bucket-9886"
}
resource "aws_s3_bucket" "b9887" {
  bucket = "bucket-9887"
}
resource "aws_s3_bucket" "b9888" {
  bucket = "bucket-9888"
}
resource "aws_s3_bucket" "b9889" {
  bucket = "bucket-9889"
}
resource "aws_s3_bucket" "b9890" {
  bucket = "bucket-9890"
}
resource "aws_s3_bucket" "b9891" {
  bucket = "bucket-9891"
}
resource "aws_s3_bucket" "b9892" {
  bucket = "bucket-9892"
}
resource "aws_s3_bucket" "b9893" {
  bucket = "bucket-9893"
}
resource "aws_s3_bucket" "b9894" {
  bucket = "bucket-9894"
}
resource "aws_s3_bucket" "b9895" {
  bucket = "bucket-9895"
}
resource "aws_s3_bucket" "b9896" {
  bucket = "bucket-9896"
}
resource "aws_s3_bucket" "b9897" {
  bucket = "bucket-9897"
}
resource "aws_s3_bucket" "b9898" {
  bucket = "bucket-9898"
}
resource "aws_s3_bucket" "b9899" {
  bucket = "bucket-9899"
}
resource "aws_s3_bucket" "b9900" {
  bucket = "bucket-9900"
}
resource "aws_s3_bucket" "b9901" {
  bucket = "bucket-9901"
}
resource "aws_s3_bucket" "b9902" {
  bucket = "bucket-9902"
}
resource "aws_s3_bucket" "b9903" {
  bucket = "bucket-9903"
}
resource "aws_s3_bucket" "b9904" {
  bucket = "bucket-9904"
}
resource "aws_s3_bucket" "b9905" {
  bucket = "bucket-9905"
}
resource "aws_s3_bucket" "b9906" {
  bucket = "bucket-9906"
}
resource "aws_s3_bucket" "b9907" {
  bucket = "bucket-9907"
}
resource "aws_s3_bucket" "b9908" {
  bucket = "bucket-9908"
}
resource "aws_s3_bucket" "b9909" {
  bucket = "bucket-9909"
}
resource "aws_s3_bucket" "b9910" {
  bucket = "bucket-9910"
}
resource "aws_s3_bucket" "b9911" {
  bucket = "bucket-9911"
}
resource "aws_s3_bucket" "b9912" {
  bucket = "bucket-9912"
}
resource "aws_s3_bucket" "b9913" {
  bucket = "bucket-9913"
}
resource "aws_s3_bucket" "b9914" {
  bucket = "bucket-9914"
}
resource "aws_s3_bucket" "b9915" {
  bucket = "bucket-9915"
}
resource "aws_s3_bucket" "b9916" {
  bucket = "bucket-9916"
}
resource "aws_s3_bucket" "b9917" {
  bucket = "bucket-9917"
}
resource "aws_s3_bucket" "b9918" {
  bucket = "bucket-9918"
}
resource "aws_s3_bucket" "b9919" {
  bucket = "bucket-9919"
}
resource "aws_s3_bucket" "b9920" {
  bucket = "bucket-9920"
}
resource "aws_s3_bucket" "b9921" {
  bucket = "bucket-9921"
}
resource "aws_s3_bucket" "b9922" {
  bucket = "bucket-9922"
}
resource "aws_s3_bucket" "b9923" {
  bucket = "bucket-9923"
}
resource "aws_s3_bucket" "b9924" {
  bucket = "bucket-9924"
}
resource "aws_s3_bucket" "b9925" {
  bucket = "bucket-9925"
}
resource "aws_s3_bucket" "b9926" {
  bucket = "bucket-9926"
}
resource "aws_s3_bucket" "b9927" {
  bucket = "bucket-9927"
}
resource "aws_s3_bucket" "b9928" {
  bucket = "bucket-9928"
}
resource "aws_s3_bucket" "b9929" {
  bucket = "bucket-9929"
}
resource "aws_s3_bucket" "b9930" {
  bucket = "bucket-9930"
}
resource "aws_s3_bucket" "b9931" {
  bucket = "bucket-9931"
}
resource "aws_s3_bucket" "b9932" {
  bucket = "bucket-9932"
}
resource "aws_s3_bucket" "b9933" {
  bucket = "bucket-9933"
}
resource "aws_s3_bucket" "b9934" {
  bucket = "bucket-9934"
}
resource "aws_s3_bucket" "b9935" {
  bucket = "bucket-9935"
}
resource "aws_s3_bucket" "b9936" {
  bucket = "bucket-9936"
}
resource "aws_s3_bucket" "b9937" {
  bucket = "bucket-9937"
}
resource "aws_s3_bucket" "b9938" {
  bucket = "bucket-9938"
}
resource "aws_s3_bucket" "b9939" {
  bucket = "bucket-9939"
}
resource "aws_s3_bucket" "b9940" {
  bucket = "bucket-9940"
}
resource "aws_s3_bucket" "b9941" {
  bucket = "bucket-9941"
}
resource "aws_s3_bucket" "b9942" {
  bucket = "bucket-9942"
}
resource "aws_s3_bucket" "b9943" {
  bucket = "bucket-9943"
}
resource "aws_s3_bucket" "b9944" {
  bucket = "bucket-9944"
}
resource "aws_s3_bucket" "b9945" {
  bucket = "bucket-9945"
}
resource "aws_s3_bucket" "b9946" {
  bucket = "bucket-9946"
}
resource "aws_s3_bucket" "b9947" {
  bucket = "bucket-9947"
}
resource "aws_s3_bucket" "b9948" {
  bucket = "bucket-9948"
}
resource "aws_s3_bucket" "b9949" {
  bucket = "bucket-9949"
}
resource "aws_s3_bucket" "b9950" {
  bucket = "bucket-9950"
}
resource "aws_s3_bucket" "b9951" {
  bucket = "bucket-9951"
}
resource "aws_s3_bucket" "b9952" {
  bucket = "bucket-9952"
}
resource "aws_s3_bucket" "b9953" {
  bucket = "bucket-9953"
}
resource "aws_s3_bucket" "b9954" {
  bucket = "bucket-9954"
}
resource "aws_s3_bucket" "b9955" {
  bucket = "bucket-9955"
}
resource "aws_s3_bucket" "b9956" {
  bucket = "bucket-9956"
}
resource "aws_s3_bucket" "b9957" {
  bucket = "bucket-9957"
}
resource "aws_s3_bucket" "b9958" {
  bucket = "bucket-9958"
}
resource "aws_s3_bucket" "b9959" {
  bucket = "bucket-9959"
}
resource "aws_s3_bucket" "b9960" {
  bucket = "bucket-9960"
}
resource "aws_s3_bucket" "b9961" {
  bucket = "bucket-9961"
}
resource "aws_s3_bucket" "b9962" {
  bucket = "bucket-9962"
}
resource "aws_s3_bucket" "b9963" {
  bucket = "bucket-9963"
}
resource "aws_s3_bucket" "b9964" {
  bucket = "bucket-9964"
}
resource "aws_s3_bucket" "b9965" {
  bucket = "bucket-9965"
}
resource "aws_s3_bucket" "b9966" {
  bucket = "bucket-9966"
}
resource "aws_s3_bucket" "b9967" {
  bucket = "bucket-9967"
}
resource "aws_s3_bucket" "b9968" {
  bucket = "bucket-9968"
}
resource "aws_s3_bucket" "b9969" {
  bucket = "bucket-9969"
}
resource "aws_s3_bucket" "b9970" {
  bucket = "bucket-9970"
}
resource "aws_s3_bucket" "b9971" {
  bucket = "bucket-9971"
}
resource "aws_s3_bucket" "b9972" {
  bucket = "bucket-9972"
}
resource "aws_s3_bucket" "b9973" {
  bucket = "bucket-9973"
}
resource "aws_s3_bucket" "b9974" {
  bucket = "bucket-9974"
}
resource "aws_s3_bucket" "b9975" {
  bucket = "bucket-9975"
}
resource "aws_s3_bucket" "b9976" {
  bucket = "bucket-9976"
}
resource "aws_s3_bucket" "b9977" {
  bucket = "bucket-9977"
}
resource "aws_s3_bucket" "b9978" {
  bucket = "bucket-9978"
}
resource "aws_s3_bucket" "b9979" {
  bucket = "bucket-9979"
}
resource "aws_s3_bucket" "b9980" {
  bucket = "bucket-9980"
}
resource "aws_s3_bucket" "b9981" {
  bucket = "bucket-9981"
}
resource "aws_s3_bucket" "b9982" {
  bucket = "bucket-9982"
}
resource "aws_s3_bucket" "b9983" {
  bucket = "bucket-9983"
}
resource "aws_s3_bucket" "b9984" {
  bucket = "bucket-9984"
}
resource "aws_s3_bucket" "b9985" {
  bucket = "bucket-9985"
}
resource "aws_s3_bucket" "b9986" {
  bucket = "bucket-9986"
}
resource "aws_s3_bucket" "b9987" {
  bucket = "bucket-9987"
}
resource "aws_s3_bucket" "b9988" {
  bucket = "bucket-9988"
}
resource "aws_s3_bucket" "b9989" {
  bucket = "bucket-9989"
}
resource "aws_s3_bucket" "b9990" {
  bucket = "bucket-9990"
}
resource "aws_s3_bucket" "b9991" {
  bucket = "bucket-9991"
}
resource "aws_s3_bucket" "b9992" {
  bucket = "bucket-9992"
}
resource "aws_s3_bucket" "b9993" {
  bucket = "bucket-9993"
}
resource "aws_s3_bucket" "b9994" {
  bucket = "bucket-9994"
}
resource "aws_s3_bucket" "b9995" {
  bucket = "bucket-9995"
}
resource "aws_s3_bucket" "b9996" {
  bucket = "bucket-9996"
}
resource "aws_s3_bucket" "b9997" {
  bucket = "bucket-9997"
}
resource "aws_s3_bucket" "b9998" {
  bucket = "bucket-9998"
}
resource "aws_s3_bucket" "b9999" {
  bucket = "bucket-9999"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b0" {
  bucket = aws_s3_bucket.b0.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b10" {
  bucket = aws_s3_bucket.b10.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b20" {
  bucket = aws_s3_bucket.b20.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b30" {
  bucket = aws_s3_bucket.b30.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b40" {
  bucket = aws_s3_bucket.b40.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b50" {
  bucket = aws_s3_bucket.b50.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b60" {
  bucket = aws_s3_bucket.b60.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b70" {
  bucket = aws_s3_bucket.b70.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b80" {
  bucket = aws_s3_bucket.b80.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b90" {
  bucket = aws_s3_bucket.b90.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b100" {
  bucket = aws_s3_bucket.b100.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b110" {
  bucket = aws_s3_bucket.b110.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b120" {
  bucket = aws_s3_bucket.b120.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b130" {
  bucket = aws_s3_bucket.b130.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b140" {
  bucket = aws_s3_bucket.b140.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b150" {
  bucket = aws_s3_bucket.b150.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b160" {
  bucket = aws_s3_bucket.b160.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b170" {
  bucket = aws_s3_bucket.b170.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b180" {
  bucket = aws_s3_bucket.b180.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b190" {
  bucket = aws_s3_bucket.b190.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b200" {
  bucket = aws_s3_bucket.b200.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b210" {
  bucket = aws_s3_bucket.b210.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b220" {
  bucket = aws_s3_bucket.b220.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b230" {
  bucket = aws_s3_bucket.b230.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b240" {
  bucket = aws_s3_bucket.b240.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b250" {
  bucket = aws_s3_bucket.b250.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b260" {
  bucket = aws_s3_bucket.b260.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b270" {
  bucket = aws_s3_bucket.b270.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b280" {
  bucket = aws_s3_bucket.b280.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b290" {
  bucket = aws_s3_bucket.b290.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b300" {
  bucket = aws_s3_bucket.b300.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b310" {
  bucket = aws_s3_bucket.b310.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b320" {
  bucket = aws_s3_bucket.b320.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b330" {
  bucket = aws_s3_bucket.b330.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b340" {
  bucket = aws_s3_bucket.b340.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b350" {
  bucket = aws_s3_bucket.b350.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b360" {
  bucket = aws_s3_bucket.b360.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b370" {
  bucket = aws_s3_bucket.b370.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b380" {
  bucket = aws_s3_bucket.b380.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b390" {
  bucket = aws_s3_bucket.b390.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b400" {
  bucket = aws_s3_bucket.b400.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b410" {
  bucket = aws_s3_bucket.b410.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b420" {
  bucket = aws_s3_bucket.b420.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b430" {
  bucket = aws_s3_bucket.b430.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b440" {
  bucket = aws_s3_bucket.b440.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b450" {
  bucket = aws_s3_bucket.b450.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b460" {
  bucket = aws_s3_bucket.b460.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b470" {
  bucket = aws_s3_bucket.b470.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b480" {
  bucket = aws_s3_bucket.b480.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b490" {
  bucket = aws_s3_bucket.b490.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b500" {
  bucket = aws_s3_bucket.b500.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b510" {
  bucket = aws_s3_bucket.b510.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b520" {
  bucket = aws_s3_bucket.b520.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b530" {
  bucket = aws_s3_bucket.b530.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b540" {
  bucket = aws_s3_bucket.b540.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b550" {
  bucket = aws_s3_bucket.b550.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b560" {
  bucket = aws_s3_bucket.b560.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b570" {
  bucket = aws_s3_bucket.b570.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b580" {
  bucket = aws_s3_bucket.b580.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b590" {
  bucket = aws_s3_bucket.b590.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b600" {
  bucket = aws_s3_bucket.b600.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b610" {
  bucket = aws_s3_bucket.b610.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b620" {
  bucket = aws_s3_bucket.b620.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b630" {
  bucket = aws_s3_bucket.b630.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b640" {
  bucket = aws_s3_bucket.b640.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b650" {
  bucket = aws_s3_bucket.b650.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b660" {
  bucket = aws_s3_bucket.b660.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b670" {
  bucket = aws_s3_bucket.b670.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b680" {
  bucket = aws_s3_bucket.b680.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b690" {
  bucket = aws_s3_bucket.b690.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b700" {
  bucket = aws_s3_bucket.b700.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b710" {
  bucket = aws_s3_bucket.b710.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b720" {
  bucket = aws_s3_bucket.b720.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b730" {
  bucket = aws_s3_bucket.b730.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b740" {
  bucket = aws_s3_bucket.b740.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b750" {
  bucket = aws_s3_bucket.b750.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b760" {
  bucket = aws_s3_bucket.b760.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b770" {
  bucket = aws_s3_bucket.b770.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b780" {
  bucket = aws_s3_bucket.b780.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b790" {
  bucket = aws_s3_bucket.b790.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b800" {
  bucket = aws_s3_bucket.b800.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b810" {
  bucket = aws_s3_bucket.b810.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b820" {
  bucket = aws_s3_bucket.b820.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b830" {
  bucket = aws_s3_bucket.b830.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b840" {
  bucket = aws_s3_bucket.b840.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b850" {
  bucket = aws_s3_bucket.b850.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b860" {
  bucket = aws_s3_bucket.b860.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b870" {
  bucket = aws_s3_bucket.b870.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b880" {
  bucket = aws_s3_bucket.b880.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b890" {
  bucket = aws_s3_bucket.b890.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b900" {
  bucket = aws_s3_bucket.b900.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b910" {
  bucket = aws_s3_bucket.b910.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b920" {
  bucket = aws_s3_bucket.b920.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b930" {
  bucket = aws_s3_bucket.b930.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b940" {
  bucket = aws_s3_bucket.b940.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b950" {
  bucket = aws_s3_bucket.b950.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b960" {
  bucket = aws_s3_bucket.b960.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b970" {
  bucket = aws_s3_bucket.b970.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b980" {
  bucket = aws_s3_bucket.b980.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b990" {
  bucket = aws_s3_bucket.b990.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1000" {
  bucket = aws_s3_bucket.b1000.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1010" {
  bucket = aws_s3_bucket.b1010.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1020" {
  bucket = aws_s3_bucket.b1020.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1030" {
  bucket = aws_s3_bucket.b1030.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1040" {
  bucket = aws_s3_bucket.b1040.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1050" {
  bucket = aws_s3_bucket.b1050.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1060" {
  bucket = aws_s3_bucket.b1060.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1070" {
  bucket = aws_s3_bucket.b1070.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1080" {
  bucket = aws_s3_bucket.b1080.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1090" {
  bucket = aws_s3_bucket.b1090.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1100" {
  bucket = aws_s3_bucket.b1100.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1110" {
  bucket = aws_s3_bucket.b1110.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1120" {
  bucket = aws_s3_bucket.b1120.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1130" {
  bucket = aws_s3_bucket.b1130.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1140" {
  bucket = aws_s3_bucket.b1140.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1150" {
  bucket = aws_s3_bucket.b1150.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1160" {
  bucket = aws_s3_bucket.b1160.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1170" {
  bucket = aws_s3_bucket.b1170.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1180" {
  bucket = aws_s3_bucket.b1180.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1190" {
  bucket = aws_s3_bucket.b1190.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1200" {
  bucket = aws_s3_bucket.b1200.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1210" {
  bucket = aws_s3_bucket.b1210.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1220" {
  bucket = aws_s3_bucket.b1220.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1230" {
  bucket = aws_s3_bucket.b1230.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1240" {
  bucket = aws_s3_bucket.b1240.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1250" {
  bucket = aws_s3_bucket.b1250.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1260" {
  bucket = aws_s3_bucket.b1260.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1270" {
  bucket = aws_s3_bucket.b1270.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1280" {
  bucket = aws_s3_bucket.b1280.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1290" {
  bucket = aws_s3_bucket.b1290.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1300" {
  bucket = aws_s3_bucket.b1300.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1310" {
  bucket = aws_s3_bucket.b1310.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1320" {
  bucket = aws_s3_bucket.b1320.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1330" {
  bucket = aws_s3_bucket.b1330.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1340" {
  bucket = aws_s3_bucket.b1340.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1350" {
  bucket = aws_s3_bucket.b1350.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1360" {
  bucket = aws_s3_bucket.b1360.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1370" {
  bucket = aws_s3_bucket.b1370.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1380" {
  bucket = aws_s3_bucket.b1380.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1390" {
  bucket = aws_s3_bucket.b1390.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1400" {
  bucket = aws_s3_bucket.b1400.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1410" {
  bucket = aws_s3_bucket.b1410.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1420" {
  bucket = aws_s3_bucket.b1420.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1430" {
  bucket = aws_s3_bucket.b1430.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1440" {
  bucket = aws_s3_bucket.b1440.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1450" {
  bucket = aws_s3_bucket.b1450.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1460" {
  bucket = aws_s3_bucket.b1460.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1470" {
  bucket = aws_s3_bucket.b1470.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1480" {
  bucket = aws_s3_bucket.b1480.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1490" {
  bucket = aws_s3_bucket.b1490.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1500" {
  bucket = aws_s3_bucket.b1500.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1510" {
  bucket = aws_s3_bucket.b1510.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1520" {
  bucket = aws_s3_bucket.b1520.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1530" {
  bucket = aws_s3_bucket.b1530.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1540" {
  bucket = aws_s3_bucket.b1540.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1550" {
  bucket = aws_s3_bucket.b1550.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1560" {
  bucket = aws_s3_bucket.b1560.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1570" {
  bucket = aws_s3_bucket.b1570.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1580" {
  bucket = aws_s3_bucket.b1580.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1590" {
  bucket = aws_s3_bucket.b1590.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1600" {
  bucket = aws_s3_bucket.b1600.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1610" {
  bucket = aws_s3_bucket.b1610.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1620" {
  bucket = aws_s3_bucket.b1620.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1630" {
  bucket = aws_s3_bucket.b1630.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1640" {
  bucket = aws_s3_bucket.b1640.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1650" {
  bucket = aws_s3_bucket.b1650.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1660" {
  bucket = aws_s3_bucket.b1660.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1670" {
  bucket = aws_s3_bucket.b1670.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1680" {
  bucket = aws_s3_bucket.b1680.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1690" {
  bucket = aws_s3_bucket.b1690.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1700" {
  bucket = aws_s3_bucket.b1700.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1710" {
  bucket = aws_s3_bucket.b1710.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1720" {
  bucket = aws_s3_bucket.b1720.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1730" {
  bucket = aws_s3_bucket.b1730.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1740" {
  bucket = aws_s3_bucket.b1740.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1750" {
  bucket = aws_s3_bucket.b1750.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1760" {
  bucket = aws_s3_bucket.b1760.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1770" {
  bucket = aws_s3_bucket.b1770.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1780" {
  bucket = aws_s3_bucket.b1780.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1790" {
  bucket = aws_s3_bucket.b1790.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1800" {
  bucket = aws_s3_bucket.b1800.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1810" {
  bucket = aws_s3_bucket.b1810.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1820" {
  bucket = aws_s3_bucket.b1820.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1830" {
  bucket = aws_s3_bucket.b1830.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1840" {
  bucket = aws_s3_bucket.b1840.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1850" {
  bucket = aws_s3_bucket.b1850.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1860" {
  bucket = aws_s3_bucket.b1860.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1870" {
  bucket = aws_s3_bucket.b1870.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1880" {
  bucket = aws_s3_bucket.b1880.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1890" {
  bucket = aws_s3_bucket.b1890.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1900" {
  bucket = aws_s3_bucket.b1900.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1910" {
  bucket = aws_s3_bucket.b1910.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1920" {
  bucket = aws_s3_bucket.b1920.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1930" {
  bucket = aws_s3_bucket.b1930.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1940" {
  bucket = aws_s3_bucket.b1940.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1950" {
  bucket = aws_s3_bucket.b1950.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1960" {
  bucket = aws_s3_bucket.b1960.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1970" {
  bucket = aws_s3_bucket.b1970.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1980" {
  bucket = aws_s3_bucket.b1980.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b1990" {
  bucket = aws_s3_bucket.b1990.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2000" {
  bucket = aws_s3_bucket.b2000.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2010" {
  bucket = aws_s3_bucket.b2010.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2020" {
  bucket = aws_s3_bucket.b2020.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2030" {
  bucket = aws_s3_bucket.b2030.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2040" {
  bucket = aws_s3_bucket.b2040.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2050" {
  bucket = aws_s3_bucket.b2050.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2060" {
  bucket = aws_s3_bucket.b2060.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2070" {
  bucket = aws_s3_bucket.b2070.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2080" {
  bucket = aws_s3_bucket.b2080.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2090" {
  bucket = aws_s3_bucket.b2090.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2100" {
  bucket = aws_s3_bucket.b2100.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2110" {
  bucket = aws_s3_bucket.b2110.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2120" {
  bucket = aws_s3_bucket.b2120.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2130" {
  bucket = aws_s3_bucket.b2130.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2140" {
  bucket = aws_s3_bucket.b2140.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2150" {
  bucket = aws_s3_bucket.b2150.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2160" {
  bucket = aws_s3_bucket.b2160.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2170" {
  bucket = aws_s3_bucket.b2170.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2180" {
  bucket = aws_s3_bucket.b2180.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2190" {
  bucket = aws_s3_bucket.b2190.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2200" {
  bucket = aws_s3_bucket.b2200.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2210" {
  bucket = aws_s3_bucket.b2210.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2220" {
  bucket = aws_s3_bucket.b2220.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2230" {
  bucket = aws_s3_bucket.b2230.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2240" {
  bucket = aws_s3_bucket.b2240.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2250" {
  bucket = aws_s3_bucket.b2250.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2260" {
  bucket = aws_s3_bucket.b2260.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2270" {
  bucket = aws_s3_bucket.b2270.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2280" {
  bucket = aws_s3_bucket.b2280.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2290" {
  bucket = aws_s3_bucket.b2290.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2300" {
  bucket = aws_s3_bucket.b2300.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2310" {
  bucket = aws_s3_bucket.b2310.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2320" {
  bucket = aws_s3_bucket.b2320.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2330" {
  bucket = aws_s3_bucket.b2330.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2340" {
  bucket = aws_s3_bucket.b2340.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2350" {
  bucket = aws_s3_bucket.b2350.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2360" {
  bucket = aws_s3_bucket.b2360.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2370" {
  bucket = aws_s3_bucket.b2370.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2380" {
  bucket = aws_s3_bucket.b2380.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2390" {
  bucket = aws_s3_bucket.b2390.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2400" {
  bucket = aws_s3_bucket.b2400.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2410" {
  bucket = aws_s3_bucket.b2410.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2420" {
  bucket = aws_s3_bucket.b2420.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2430" {
  bucket = aws_s3_bucket.b2430.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2440" {
  bucket = aws_s3_bucket.b2440.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2450" {
  bucket = aws_s3_bucket.b2450.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2460" {
  bucket = aws_s3_bucket.b2460.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2470" {
  bucket = aws_s3_bucket.b2470.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2480" {
  bucket = aws_s3_bucket.b2480.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2490" {
  bucket = aws_s3_bucket.b2490.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2500" {
  bucket = aws_s3_bucket.b2500.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2510" {
  bucket = aws_s3_bucket.b2510.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2520" {
  bucket = aws_s3_bucket.b2520.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2530" {
  bucket = aws_s3_bucket.b2530.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2540" {
  bucket = aws_s3_bucket.b2540.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2550" {
  bucket = aws_s3_bucket.b2550.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2560" {
  bucket = aws_s3_bucket.b2560.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2570" {
  bucket = aws_s3_bucket.b2570.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2580" {
  bucket = aws_s3_bucket.b2580.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2590" {
  bucket = aws_s3_bucket.b2590.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2600" {
  bucket = aws_s3_bucket.b2600.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2610" {
  bucket = aws_s3_bucket.b2610.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2620" {
  bucket = aws_s3_bucket.b2620.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2630" {
  bucket = aws_s3_bucket.b2630.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2640" {
  bucket = aws_s3_bucket.b2640.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2650" {
  bucket = aws_s3_bucket.b2650.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2660" {
  bucket = aws_s3_bucket.b2660.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2670" {
  bucket = aws_s3_bucket.b2670.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2680" {
  bucket = aws_s3_bucket.b2680.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2690" {
  bucket = aws_s3_bucket.b2690.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2700" {
  bucket = aws_s3_bucket.b2700.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2710" {
  bucket = aws_s3_bucket.b2710.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2720" {
  bucket = aws_s3_bucket.b2720.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2730" {
  bucket = aws_s3_bucket.b2730.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2740" {
  bucket = aws_s3_bucket.b2740.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2750" {
  bucket = aws_s3_bucket.b2750.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2760" {
  bucket = aws_s3_bucket.b2760.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2770" {
  bucket = aws_s3_bucket.b2770.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2780" {
  bucket = aws_s3_bucket.b2780.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2790" {
  bucket = aws_s3_bucket.b2790.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2800" {
  bucket = aws_s3_bucket.b2800.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2810" {
  bucket = aws_s3_bucket.b2810.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2820" {
  bucket = aws_s3_bucket.b2820.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2830" {
  bucket = aws_s3_bucket.b2830.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2840" {
  bucket = aws_s3_bucket.b2840.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2850" {
  bucket = aws_s3_bucket.b2850.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2860" {
  bucket = aws_s3_bucket.b2860.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2870" {
  bucket = aws_s3_bucket.b2870.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2880" {
  bucket = aws_s3_bucket.b2880.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2890" {
  bucket = aws_s3_bucket.b2890.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2900" {
  bucket = aws_s3_bucket.b2900.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2910" {
  bucket = aws_s3_bucket.b2910.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2920" {
  bucket = aws_s3_bucket.b2920.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2930" {
  bucket = aws_s3_bucket.b2930.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2940" {
  bucket = aws_s3_bucket.b2940.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2950" {
  bucket = aws_s3_bucket.b2950.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2960" {
  bucket = aws_s3_bucket.b2960.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2970" {
  bucket = aws_s3_bucket.b2970.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2980" {
  bucket = aws_s3_bucket.b2980.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b2990" {
  bucket = aws_s3_bucket.b2990.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3000" {
  bucket = aws_s3_bucket.b3000.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3010" {
  bucket = aws_s3_bucket.b3010.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3020" {
  bucket = aws_s3_bucket.b3020.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3030" {
  bucket = aws_s3_bucket.b3030.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3040" {
  bucket = aws_s3_bucket.b3040.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3050" {
  bucket = aws_s3_bucket.b3050.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3060" {
  bucket = aws_s3_bucket.b3060.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3070" {
  bucket = aws_s3_bucket.b3070.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3080" {
  bucket = aws_s3_bucket.b3080.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3090" {
  bucket = aws_s3_bucket.b3090.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3100" {
  bucket = aws_s3_bucket.b3100.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3110" {
  bucket = aws_s3_bucket.b3110.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3120" {
  bucket = aws_s3_bucket.b3120.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3130" {
  bucket = aws_s3_bucket.b3130.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3140" {
  bucket = aws_s3_bucket.b3140.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3150" {
  bucket = aws_s3_bucket.b3150.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3160" {
  bucket = aws_s3_bucket.b3160.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3170" {
  bucket = aws_s3_bucket.b3170.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3180" {
  bucket = aws_s3_bucket.b3180.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3190" {
  bucket = aws_s3_bucket.b3190.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3200" {
  bucket = aws_s3_bucket.b3200.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3210" {
  bucket = aws_s3_bucket.b3210.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3220" {
  bucket = aws_s3_bucket.b3220.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3230" {
  bucket = aws_s3_bucket.b3230.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3240" {
  bucket = aws_s3_bucket.b3240.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3250" {
  bucket = aws_s3_bucket.b3250.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3260" {
  bucket = aws_s3_bucket.b3260.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3270" {
  bucket = aws_s3_bucket.b3270.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3280" {
  bucket = aws_s3_bucket.b3280.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3290" {
  bucket = aws_s3_bucket.b3290.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3300" {
  bucket = aws_s3_bucket.b3300.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3310" {
  bucket = aws_s3_bucket.b3310.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3320" {
  bucket = aws_s3_bucket.b3320.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3330" {
  bucket = aws_s3_bucket.b3330.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3340" {
  bucket = aws_s3_bucket.b3340.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3350" {
  bucket = aws_s3_bucket.b3350.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3360" {
  bucket = aws_s3_bucket.b3360.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3370" {
  bucket = aws_s3_bucket.b3370.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3380" {
  bucket = aws_s3_bucket.b3380.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3390" {
  bucket = aws_s3_bucket.b3390.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3400" {
  bucket = aws_s3_bucket.b3400.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3410" {
  bucket = aws_s3_bucket.b3410.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3420" {
  bucket = aws_s3_bucket.b3420.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3430" {
  bucket = aws_s3_bucket.b3430.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3440" {
  bucket = aws_s3_bucket.b3440.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3450" {
  bucket = aws_s3_bucket.b3450.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3460" {
  bucket = aws_s3_bucket.b3460.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3470" {
  bucket = aws_s3_bucket.b3470.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3480" {
  bucket = aws_s3_bucket.b3480.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3490" {
  bucket = aws_s3_bucket.b3490.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3500" {
  bucket = aws_s3_bucket.b3500.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3510" {
  bucket = aws_s3_bucket.b3510.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3520" {
  bucket = aws_s3_bucket.b3520.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3530" {
  bucket = aws_s3_bucket.b3530.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3540" {
  bucket = aws_s3_bucket.b3540.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3550" {
  bucket = aws_s3_bucket.b3550.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3560" {
  bucket = aws_s3_bucket.b3560.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3570" {
  bucket = aws_s3_bucket.b3570.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3580" {
  bucket = aws_s3_bucket.b3580.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3590" {
  bucket = aws_s3_bucket.b3590.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3600" {
  bucket = aws_s3_bucket.b3600.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3610" {
  bucket = aws_s3_bucket.b3610.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3620" {
  bucket = aws_s3_bucket.b3620.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3630" {
  bucket = aws_s3_bucket.b3630.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3640" {
  bucket = aws_s3_bucket.b3640.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3650" {
  bucket = aws_s3_bucket.b3650.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3660" {
  bucket = aws_s3_bucket.b3660.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3670" {
  bucket = aws_s3_bucket.b3670.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3680" {
  bucket = aws_s3_bucket.b3680.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3690" {
  bucket = aws_s3_bucket.b3690.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3700" {
  bucket = aws_s3_bucket.b3700.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3710" {
  bucket = aws_s3_bucket.b3710.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3720" {
  bucket = aws_s3_bucket.b3720.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3730" {
  bucket = aws_s3_bucket.b3730.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3740" {
  bucket = aws_s3_bucket.b3740.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3750" {
  bucket = aws_s3_bucket.b3750.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3760" {
  bucket = aws_s3_bucket.b3760.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3770" {
  bucket = aws_s3_bucket.b3770.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3780" {
  bucket = aws_s3_bucket.b3780.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3790" {
  bucket = aws_s3_bucket.b3790.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3800" {
  bucket = aws_s3_bucket.b3800.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3810" {
  bucket = aws_s3_bucket.b3810.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3820" {
  bucket = aws_s3_bucket.b3820.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3830" {
  bucket = aws_s3_bucket.b3830.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3840" {
  bucket = aws_s3_bucket.b3840.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3850" {
  bucket = aws_s3_bucket.b3850.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3860" {
  bucket = aws_s3_bucket.b3860.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3870" {
  bucket = aws_s3_bucket.b3870.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3880" {
  bucket = aws_s3_bucket.b3880.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3890" {
  bucket = aws_s3_bucket.b3890.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3900" {
  bucket = aws_s3_bucket.b3900.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3910" {
  bucket = aws_s3_bucket.b3910.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3920" {
  bucket = aws_s3_bucket.b3920.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3930" {
  bucket = aws_s3_bucket.b3930.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3940" {
  bucket = aws_s3_bucket.b3940.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3950" {
  bucket = aws_s3_bucket.b3950.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3960" {
  bucket = aws_s3_bucket.b3960.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3970" {
  bucket = aws_s3_bucket.b3970.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3980" {
  bucket = aws_s3_bucket.b3980.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b3990" {
  bucket = aws_s3_bucket.b3990.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4000" {
  bucket = aws_s3_bucket.b4000.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4010" {
  bucket = aws_s3_bucket.b4010.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4020" {
  bucket = aws_s3_bucket.b4020.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4030" {
  bucket = aws_s3_bucket.b4030.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4040" {
  bucket = aws_s3_bucket.b4040.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4050" {
  bucket = aws_s3_bucket.b4050.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4060" {
  bucket = aws_s3_bucket.b4060.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4070" {
  bucket = aws_s3_bucket.b4070.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4080" {
  bucket = aws_s3_bucket.b4080.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4090" {
  bucket = aws_s3_bucket.b4090.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4100" {
  bucket = aws_s3_bucket.b4100.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4110" {
  bucket = aws_s3_bucket.b4110.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4120" {
  bucket = aws_s3_bucket.b4120.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4130" {
  bucket = aws_s3_bucket.b4130.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4140" {
  bucket = aws_s3_bucket.b4140.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4150" {
  bucket = aws_s3_bucket.b4150.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4160" {
  bucket = aws_s3_bucket.b4160.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4170" {
  bucket = aws_s3_bucket.b4170.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4180" {
  bucket = aws_s3_bucket.b4180.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4190" {
  bucket = aws_s3_bucket.b4190.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4200" {
  bucket = aws_s3_bucket.b4200.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4210" {
  bucket = aws_s3_bucket.b4210.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4220" {
  bucket = aws_s3_bucket.b4220.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4230" {
  bucket = aws_s3_bucket.b4230.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4240" {
  bucket = aws_s3_bucket.b4240.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4250" {
  bucket = aws_s3_bucket.b4250.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4260" {
  bucket = aws_s3_bucket.b4260.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4270" {
  bucket = aws_s3_bucket.b4270.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4280" {
  bucket = aws_s3_bucket.b4280.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4290" {
  bucket = aws_s3_bucket.b4290.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4300" {
  bucket = aws_s3_bucket.b4300.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4310" {
  bucket = aws_s3_bucket.b4310.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4320" {
  bucket = aws_s3_bucket.b4320.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4330" {
  bucket = aws_s3_bucket.b4330.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4340" {
  bucket = aws_s3_bucket.b4340.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4350" {
  bucket = aws_s3_bucket.b4350.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4360" {
  bucket = aws_s3_bucket.b4360.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4370" {
  bucket = aws_s3_bucket.b4370.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4380" {
  bucket = aws_s3_bucket.b4380.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4390" {
  bucket = aws_s3_bucket.b4390.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4400" {
  bucket = aws_s3_bucket.b4400.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4410" {
  bucket = aws_s3_bucket.b4410.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4420" {
  bucket = aws_s3_bucket.b4420.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4430" {
  bucket = aws_s3_bucket.b4430.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4440" {
  bucket = aws_s3_bucket.b4440.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4450" {
  bucket = aws_s3_bucket.b4450.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4460" {
  bucket = aws_s3_bucket.b4460.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4470" {
  bucket = aws_s3_bucket.b4470.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4480" {
  bucket = aws_s3_bucket.b4480.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4490" {
  bucket = aws_s3_bucket.b4490.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4500" {
  bucket = aws_s3_bucket.b4500.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4510" {
  bucket = aws_s3_bucket.b4510.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4520" {
  bucket = aws_s3_bucket.b4520.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4530" {
  bucket = aws_s3_bucket.b4530.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4540" {
  bucket = aws_s3_bucket.b4540.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4550" {
  bucket = aws_s3_bucket.b4550.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4560" {
  bucket = aws_s3_bucket.b4560.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4570" {
  bucket = aws_s3_bucket.b4570.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4580" {
  bucket = aws_s3_bucket.b4580.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4590" {
  bucket = aws_s3_bucket.b4590.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4600" {
  bucket = aws_s3_bucket.b4600.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4610" {
  bucket = aws_s3_bucket.b4610.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4620" {
  bucket = aws_s3_bucket.b4620.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4630" {
  bucket = aws_s3_bucket.b4630.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4640" {
  bucket = aws_s3_bucket.b4640.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4650" {
  bucket = aws_s3_bucket.b4650.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4660" {
  bucket = aws_s3_bucket.b4660.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4670" {
  bucket = aws_s3_bucket.b4670.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4680" {
  bucket = aws_s3_bucket.b4680.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4690" {
  bucket = aws_s3_bucket.b4690.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4700" {
  bucket = aws_s3_bucket.b4700.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4710" {
  bucket = aws_s3_bucket.b4710.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4720" {
  bucket = aws_s3_bucket.b4720.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4730" {
  bucket = aws_s3_bucket.b4730.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4740" {
  bucket = aws_s3_bucket.b4740.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4750" {
  bucket = aws_s3_bucket.b4750.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4760" {
  bucket = aws_s3_bucket.b4760.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4770" {
  bucket = aws_s3_bucket.b4770.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4780" {
  bucket = aws_s3_bucket.b4780.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4790" {
  bucket = aws_s3_bucket.b4790.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4800" {
  bucket = aws_s3_bucket.b4800.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4810" {
  bucket = aws_s3_bucket.b4810.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4820" {
  bucket = aws_s3_bucket.b4820.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4830" {
  bucket = aws_s3_bucket.b4830.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4840" {
  bucket = aws_s3_bucket.b4840.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4850" {
  bucket = aws_s3_bucket.b4850.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4860" {
  bucket = aws_s3_bucket.b4860.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4870" {
  bucket = aws_s3_bucket.b4870.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4880" {
  bucket = aws_s3_bucket.b4880.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4890" {
  bucket = aws_s3_bucket.b4890.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4900" {
  bucket = aws_s3_bucket.b4900.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4910" {
  bucket = aws_s3_bucket.b4910.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4920" {
  bucket = aws_s3_bucket.b4920.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4930" {
  bucket = aws_s3_bucket.b4930.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4940" {
  bucket = aws_s3_bucket.b4940.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4950" {
  bucket = aws_s3_bucket.b4950.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4960" {
  bucket = aws_s3_bucket.b4960.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4970" {
  bucket = aws_s3_bucket.b4970.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4980" {
  bucket = aws_s3_bucket.b4980.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b4990" {
  bucket = aws_s3_bucket.b4990.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5000" {
  bucket = aws_s3_bucket.b5000.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5010" {
  bucket = aws_s3_bucket.b5010.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5020" {
  bucket = aws_s3_bucket.b5020.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5030" {
  bucket = aws_s3_bucket.b5030.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5040" {
  bucket = aws_s3_bucket.b5040.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5050" {
  bucket = aws_s3_bucket.b5050.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5060" {
  bucket = aws_s3_bucket.b5060.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5070" {
  bucket = aws_s3_bucket.b5070.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5080" {
  bucket = aws_s3_bucket.b5080.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5090" {
  bucket = aws_s3_bucket.b5090.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5100" {
  bucket = aws_s3_bucket.b5100.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5110" {
  bucket = aws_s3_bucket.b5110.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5120" {
  bucket = aws_s3_bucket.b5120.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5130" {
  bucket = aws_s3_bucket.b5130.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5140" {
  bucket = aws_s3_bucket.b5140.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5150" {
  bucket = aws_s3_bucket.b5150.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5160" {
  bucket = aws_s3_bucket.b5160.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5170" {
  bucket = aws_s3_bucket.b5170.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5180" {
  bucket = aws_s3_bucket.b5180.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5190" {
  bucket = aws_s3_bucket.b5190.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5200" {
  bucket = aws_s3_bucket.b5200.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5210" {
  bucket = aws_s3_bucket.b5210.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5220" {
  bucket = aws_s3_bucket.b5220.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5230" {
  bucket = aws_s3_bucket.b5230.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5240" {
  bucket = aws_s3_bucket.b5240.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5250" {
  bucket = aws_s3_bucket.b5250.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5260" {
  bucket = aws_s3_bucket.b5260.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5270" {
  bucket = aws_s3_bucket.b5270.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5280" {
  bucket = aws_s3_bucket.b5280.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5290" {
  bucket = aws_s3_bucket.b5290.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5300" {
  bucket = aws_s3_bucket.b5300.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5310" {
  bucket = aws_s3_bucket.b5310.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5320" {
  bucket = aws_s3_bucket.b5320.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5330" {
  bucket = aws_s3_bucket.b5330.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5340" {
  bucket = aws_s3_bucket.b5340.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5350" {
  bucket = aws_s3_bucket.b5350.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5360" {
  bucket = aws_s3_bucket.b5360.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5370" {
  bucket = aws_s3_bucket.b5370.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5380" {
  bucket = aws_s3_bucket.b5380.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5390" {
  bucket = aws_s3_bucket.b5390.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5400" {
  bucket = aws_s3_bucket.b5400.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5410" {
  bucket = aws_s3_bucket.b5410.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5420" {
  bucket = aws_s3_bucket.b5420.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5430" {
  bucket = aws_s3_bucket.b5430.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5440" {
  bucket = aws_s3_bucket.b5440.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5450" {
  bucket = aws_s3_bucket.b5450.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5460" {
  bucket = aws_s3_bucket.b5460.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5470" {
  bucket = aws_s3_bucket.b5470.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5480" {
  bucket = aws_s3_bucket.b5480.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5490" {
  bucket = aws_s3_bucket.b5490.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5500" {
  bucket = aws_s3_bucket.b5500.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5510" {
  bucket = aws_s3_bucket.b5510.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5520" {
  bucket = aws_s3_bucket.b5520.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5530" {
  bucket = aws_s3_bucket.b5530.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5540" {
  bucket = aws_s3_bucket.b5540.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5550" {
  bucket = aws_s3_bucket.b5550.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5560" {
  bucket = aws_s3_bucket.b5560.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5570" {
  bucket = aws_s3_bucket.b5570.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5580" {
  bucket = aws_s3_bucket.b5580.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5590" {
  bucket = aws_s3_bucket.b5590.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5600" {
  bucket = aws_s3_bucket.b5600.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5610" {
  bucket = aws_s3_bucket.b5610.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5620" {
  bucket = aws_s3_bucket.b5620.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5630" {
  bucket = aws_s3_bucket.b5630.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5640" {
  bucket = aws_s3_bucket.b5640.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5650" {
  bucket = aws_s3_bucket.b5650.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5660" {
  bucket = aws_s3_bucket.b5660.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5670" {
  bucket = aws_s3_bucket.b5670.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5680" {
  bucket = aws_s3_bucket.b5680.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5690" {
  bucket = aws_s3_bucket.b5690.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5700" {
  bucket = aws_s3_bucket.b5700.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5710" {
  bucket = aws_s3_bucket.b5710.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5720" {
  bucket = aws_s3_bucket.b5720.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5730" {
  bucket = aws_s3_bucket.b5730.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5740" {
  bucket = aws_s3_bucket.b5740.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5750" {
  bucket = aws_s3_bucket.b5750.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5760" {
  bucket = aws_s3_bucket.b5760.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5770" {
  bucket = aws_s3_bucket.b5770.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5780" {
  bucket = aws_s3_bucket.b5780.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5790" {
  bucket = aws_s3_bucket.b5790.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5800" {
  bucket = aws_s3_bucket.b5800.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5810" {
  bucket = aws_s3_bucket.b5810.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5820" {
  bucket = aws_s3_bucket.b5820.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5830" {
  bucket = aws_s3_bucket.b5830.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5840" {
  bucket = aws_s3_bucket.b5840.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5850" {
  bucket = aws_s3_bucket.b5850.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5860" {
  bucket = aws_s3_bucket.b5860.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5870" {
  bucket = aws_s3_bucket.b5870.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5880" {
  bucket = aws_s3_bucket.b5880.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5890" {
  bucket = aws_s3_bucket.b5890.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5900" {
  bucket = aws_s3_bucket.b5900.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5910" {
  bucket = aws_s3_bucket.b5910.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5920" {
  bucket = aws_s3_bucket.b5920.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5930" {
  bucket = aws_s3_bucket.b5930.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5940" {
  bucket = aws_s3_bucket.b5940.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5950" {
  bucket = aws_s3_bucket.b5950.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5960" {
  bucket = aws_s3_bucket.b5960.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5970" {
  bucket = aws_s3_bucket.b5970.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5980" {
  bucket = aws_s3_bucket.b5980.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b5990" {
  bucket = aws_s3_bucket.b5990.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6000" {
  bucket = aws_s3_bucket.b6000.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6010" {
  bucket = aws_s3_bucket.b6010.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6020" {
  bucket = aws_s3_bucket.b6020.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6030" {
  bucket = aws_s3_bucket.b6030.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6040" {
  bucket = aws_s3_bucket.b6040.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6050" {
  bucket = aws_s3_bucket.b6050.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6060" {
  bucket = aws_s3_bucket.b6060.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6070" {
  bucket = aws_s3_bucket.b6070.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6080" {
  bucket = aws_s3_bucket.b6080.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6090" {
  bucket = aws_s3_bucket.b6090.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6100" {
  bucket = aws_s3_bucket.b6100.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6110" {
  bucket = aws_s3_bucket.b6110.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6120" {
  bucket = aws_s3_bucket.b6120.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6130" {
  bucket = aws_s3_bucket.b6130.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6140" {
  bucket = aws_s3_bucket.b6140.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6150" {
  bucket = aws_s3_bucket.b6150.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6160" {
  bucket = aws_s3_bucket.b6160.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6170" {
  bucket = aws_s3_bucket.b6170.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6180" {
  bucket = aws_s3_bucket.b6180.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6190" {
  bucket = aws_s3_bucket.b6190.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6200" {
  bucket = aws_s3_bucket.b6200.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6210" {
  bucket = aws_s3_bucket.b6210.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6220" {
  bucket = aws_s3_bucket.b6220.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6230" {
  bucket = aws_s3_bucket.b6230.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6240" {
  bucket = aws_s3_bucket.b6240.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6250" {
  bucket = aws_s3_bucket.b6250.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6260" {
  bucket = aws_s3_bucket.b6260.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6270" {
  bucket = aws_s3_bucket.b6270.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6280" {
  bucket = aws_s3_bucket.b6280.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6290" {
  bucket = aws_s3_bucket.b6290.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6300" {
  bucket = aws_s3_bucket.b6300.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6310" {
  bucket = aws_s3_bucket.b6310.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6320" {
  bucket = aws_s3_bucket.b6320.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6330" {
  bucket = aws_s3_bucket.b6330.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6340" {
  bucket = aws_s3_bucket.b6340.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6350" {
  bucket = aws_s3_bucket.b6350.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6360" {
  bucket = aws_s3_bucket.b6360.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6370" {
  bucket = aws_s3_bucket.b6370.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6380" {
  bucket = aws_s3_bucket.b6380.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6390" {
  bucket = aws_s3_bucket.b6390.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6400" {
  bucket = aws_s3_bucket.b6400.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6410" {
  bucket = aws_s3_bucket.b6410.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6420" {
  bucket = aws_s3_bucket.b6420.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6430" {
  bucket = aws_s3_bucket.b6430.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6440" {
  bucket = aws_s3_bucket.b6440.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6450" {
  bucket = aws_s3_bucket.b6450.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6460" {
  bucket = aws_s3_bucket.b6460.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6470" {
  bucket = aws_s3_bucket.b6470.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6480" {
  bucket = aws_s3_bucket.b6480.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6490" {
  bucket = aws_s3_bucket.b6490.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6500" {
  bucket = aws_s3_bucket.b6500.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6510" {
  bucket = aws_s3_bucket.b6510.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6520" {
  bucket = aws_s3_bucket.b6520.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6530" {
  bucket = aws_s3_bucket.b6530.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6540" {
  bucket = aws_s3_bucket.b6540.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6550" {
  bucket = aws_s3_bucket.b6550.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6560" {
  bucket = aws_s3_bucket.b6560.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6570" {
  bucket = aws_s3_bucket.b6570.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6580" {
  bucket = aws_s3_bucket.b6580.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6590" {
  bucket = aws_s3_bucket.b6590.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6600" {
  bucket = aws_s3_bucket.b6600.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6610" {
  bucket = aws_s3_bucket.b6610.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6620" {
  bucket = aws_s3_bucket.b6620.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6630" {
  bucket = aws_s3_bucket.b6630.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6640" {
  bucket = aws_s3_bucket.b6640.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6650" {
  bucket = aws_s3_bucket.b6650.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6660" {
  bucket = aws_s3_bucket.b6660.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6670" {
  bucket = aws_s3_bucket.b6670.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6680" {
  bucket = aws_s3_bucket.b6680.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6690" {
  bucket = aws_s3_bucket.b6690.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6700" {
  bucket = aws_s3_bucket.b6700.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6710" {
  bucket = aws_s3_bucket.b6710.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6720" {
  bucket = aws_s3_bucket.b6720.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6730" {
  bucket = aws_s3_bucket.b6730.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6740" {
  bucket = aws_s3_bucket.b6740.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6750" {
  bucket = aws_s3_bucket.b6750.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6760" {
  bucket = aws_s3_bucket.b6760.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6770" {
  bucket = aws_s3_bucket.b6770.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6780" {
  bucket = aws_s3_bucket.b6780.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6790" {
  bucket = aws_s3_bucket.b6790.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6800" {
  bucket = aws_s3_bucket.b6800.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6810" {
  bucket = aws_s3_bucket.b6810.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6820" {
  bucket = aws_s3_bucket.b6820.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6830" {
  bucket = aws_s3_bucket.b6830.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6840" {
  bucket = aws_s3_bucket.b6840.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6850" {
  bucket = aws_s3_bucket.b6850.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6860" {
  bucket = aws_s3_bucket.b6860.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6870" {
  bucket = aws_s3_bucket.b6870.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6880" {
  bucket = aws_s3_bucket.b6880.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6890" {
  bucket = aws_s3_bucket.b6890.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6900" {
  bucket = aws_s3_bucket.b6900.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6910" {
  bucket = aws_s3_bucket.b6910.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6920" {
  bucket = aws_s3_bucket.b6920.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6930" {
  bucket = aws_s3_bucket.b6930.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6940" {
  bucket = aws_s3_bucket.b6940.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6950" {
  bucket = aws_s3_bucket.b6950.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6960" {
  bucket = aws_s3_bucket.b6960.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6970" {
  bucket = aws_s3_bucket.b6970.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6980" {
  bucket = aws_s3_bucket.b6980.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b6990" {
  bucket = aws_s3_bucket.b6990.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7000" {
  bucket = aws_s3_bucket.b7000.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7010" {
  bucket = aws_s3_bucket.b7010.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7020" {
  bucket = aws_s3_bucket.b7020.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7030" {
  bucket = aws_s3_bucket.b7030.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7040" {
  bucket = aws_s3_bucket.b7040.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7050" {
  bucket = aws_s3_bucket.b7050.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7060" {
  bucket = aws_s3_bucket.b7060.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7070" {
  bucket = aws_s3_bucket.b7070.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7080" {
  bucket = aws_s3_bucket.b7080.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7090" {
  bucket = aws_s3_bucket.b7090.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7100" {
  bucket = aws_s3_bucket.b7100.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7110" {
  bucket = aws_s3_bucket.b7110.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7120" {
  bucket = aws_s3_bucket.b7120.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7130" {
  bucket = aws_s3_bucket.b7130.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7140" {
  bucket = aws_s3_bucket.b7140.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7150" {
  bucket = aws_s3_bucket.b7150.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7160" {
  bucket = aws_s3_bucket.b7160.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7170" {
  bucket = aws_s3_bucket.b7170.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7180" {
  bucket = aws_s3_bucket.b7180.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7190" {
  bucket = aws_s3_bucket.b7190.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7200" {
  bucket = aws_s3_bucket.b7200.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7210" {
  bucket = aws_s3_bucket.b7210.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7220" {
  bucket = aws_s3_bucket.b7220.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7230" {
  bucket = aws_s3_bucket.b7230.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7240" {
  bucket = aws_s3_bucket.b7240.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7250" {
  bucket = aws_s3_bucket.b7250.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7260" {
  bucket = aws_s3_bucket.b7260.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7270" {
  bucket = aws_s3_bucket.b7270.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7280" {
  bucket = aws_s3_bucket.b7280.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7290" {
  bucket = aws_s3_bucket.b7290.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7300" {
  bucket = aws_s3_bucket.b7300.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7310" {
  bucket = aws_s3_bucket.b7310.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7320" {
  bucket = aws_s3_bucket.b7320.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7330" {
  bucket = aws_s3_bucket.b7330.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7340" {
  bucket = aws_s3_bucket.b7340.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7350" {
  bucket = aws_s3_bucket.b7350.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7360" {
  bucket = aws_s3_bucket.b7360.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7370" {
  bucket = aws_s3_bucket.b7370.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7380" {
  bucket = aws_s3_bucket.b7380.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7390" {
  bucket = aws_s3_bucket.b7390.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7400" {
  bucket = aws_s3_bucket.b7400.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7410" {
  bucket = aws_s3_bucket.b7410.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7420" {
  bucket = aws_s3_bucket.b7420.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7430" {
  bucket = aws_s3_bucket.b7430.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7440" {
  bucket = aws_s3_bucket.b7440.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7450" {
  bucket = aws_s3_bucket.b7450.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7460" {
  bucket = aws_s3_bucket.b7460.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7470" {
  bucket = aws_s3_bucket.b7470.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7480" {
  bucket = aws_s3_bucket.b7480.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7490" {
  bucket = aws_s3_bucket.b7490.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7500" {
  bucket = aws_s3_bucket.b7500.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7510" {
  bucket = aws_s3_bucket.b7510.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7520" {
  bucket = aws_s3_bucket.b7520.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7530" {
  bucket = aws_s3_bucket.b7530.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7540" {
  bucket = aws_s3_bucket.b7540.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7550" {
  bucket = aws_s3_bucket.b7550.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7560" {
  bucket = aws_s3_bucket.b7560.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7570" {
  bucket = aws_s3_bucket.b7570.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7580" {
  bucket = aws_s3_bucket.b7580.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7590" {
  bucket = aws_s3_bucket.b7590.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7600" {
  bucket = aws_s3_bucket.b7600.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7610" {
  bucket = aws_s3_bucket.b7610.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7620" {
  bucket = aws_s3_bucket.b7620.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7630" {
  bucket = aws_s3_bucket.b7630.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7640" {
  bucket = aws_s3_bucket.b7640.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7650" {
  bucket = aws_s3_bucket.b7650.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7660" {
  bucket = aws_s3_bucket.b7660.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7670" {
  bucket = aws_s3_bucket.b7670.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7680" {
  bucket = aws_s3_bucket.b7680.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7690" {
  bucket = aws_s3_bucket.b7690.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7700" {
  bucket = aws_s3_bucket.b7700.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7710" {
  bucket = aws_s3_bucket.b7710.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7720" {
  bucket = aws_s3_bucket.b7720.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7730" {
  bucket = aws_s3_bucket.b7730.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7740" {
  bucket = aws_s3_bucket.b7740.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7750" {
  bucket = aws_s3_bucket.b7750.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7760" {
  bucket = aws_s3_bucket.b7760.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7770" {
  bucket = aws_s3_bucket.b7770.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7780" {
  bucket = aws_s3_bucket.b7780.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7790" {
  bucket = aws_s3_bucket.b7790.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7800" {
  bucket = aws_s3_bucket.b7800.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7810" {
  bucket = aws_s3_bucket.b7810.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7820" {
  bucket = aws_s3_bucket.b7820.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7830" {
  bucket = aws_s3_bucket.b7830.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7840" {
  bucket = aws_s3_bucket.b7840.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7850" {
  bucket = aws_s3_bucket.b7850.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7860" {
  bucket = aws_s3_bucket.b7860.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7870" {
  bucket = aws_s3_bucket.b7870.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7880" {
  bucket = aws_s3_bucket.b7880.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7890" {
  bucket = aws_s3_bucket.b7890.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7900" {
  bucket = aws_s3_bucket.b7900.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7910" {
  bucket = aws_s3_bucket.b7910.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7920" {
  bucket = aws_s3_bucket.b7920.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7930" {
  bucket = aws_s3_bucket.b7930.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7940" {
  bucket = aws_s3_bucket.b7940.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7950" {
  bucket = aws_s3_bucket.b7950.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7960" {
  bucket = aws_s3_bucket.b7960.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7970" {
  bucket = aws_s3_bucket.b7970.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7980" {
  bucket = aws_s3_bucket.b7980.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b7990" {
  bucket = aws_s3_bucket.b7990.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8000" {
  bucket = aws_s3_bucket.b8000.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8010" {
  bucket = aws_s3_bucket.b8010.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8020" {
  bucket = aws_s3_bucket.b8020.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8030" {
  bucket = aws_s3_bucket.b8030.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8040" {
  bucket = aws_s3_bucket.b8040.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8050" {
  bucket = aws_s3_bucket.b8050.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8060" {
  bucket = aws_s3_bucket.b8060.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8070" {
  bucket = aws_s3_bucket.b8070.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8080" {
  bucket = aws_s3_bucket.b8080.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8090" {
  bucket = aws_s3_bucket.b8090.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8100" {
  bucket = aws_s3_bucket.b8100.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8110" {
  bucket = aws_s3_bucket.b8110.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8120" {
  bucket = aws_s3_bucket.b8120.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8130" {
  bucket = aws_s3_bucket.b8130.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8140" {
  bucket = aws_s3_bucket.b8140.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8150" {
  bucket = aws_s3_bucket.b8150.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8160" {
  bucket = aws_s3_bucket.b8160.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8170" {
  bucket = aws_s3_bucket.b8170.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8180" {
  bucket = aws_s3_bucket.b8180.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8190" {
  bucket = aws_s3_bucket.b8190.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8200" {
  bucket = aws_s3_bucket.b8200.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8210" {
  bucket = aws_s3_bucket.b8210.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8220" {
  bucket = aws_s3_bucket.b8220.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8230" {
  bucket = aws_s3_bucket.b8230.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8240" {
  bucket = aws_s3_bucket.b8240.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8250" {
  bucket = aws_s3_bucket.b8250.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8260" {
  bucket = aws_s3_bucket.b8260.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8270" {
  bucket = aws_s3_bucket.b8270.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8280" {
  bucket = aws_s3_bucket.b8280.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8290" {
  bucket = aws_s3_bucket.b8290.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8300" {
  bucket = aws_s3_bucket.b8300.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8310" {
  bucket = aws_s3_bucket.b8310.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8320" {
  bucket = aws_s3_bucket.b8320.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8330" {
  bucket = aws_s3_bucket.b8330.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8340" {
  bucket = aws_s3_bucket.b8340.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8350" {
  bucket = aws_s3_bucket.b8350.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8360" {
  bucket = aws_s3_bucket.b8360.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8370" {
  bucket = aws_s3_bucket.b8370.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8380" {
  bucket = aws_s3_bucket.b8380.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8390" {
  bucket = aws_s3_bucket.b8390.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8400" {
  bucket = aws_s3_bucket.b8400.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8410" {
  bucket = aws_s3_bucket.b8410.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8420" {
  bucket = aws_s3_bucket.b8420.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8430" {
  bucket = aws_s3_bucket.b8430.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8440" {
  bucket = aws_s3_bucket.b8440.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8450" {
  bucket = aws_s3_bucket.b8450.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8460" {
  bucket = aws_s3_bucket.b8460.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8470" {
  bucket = aws_s3_bucket.b8470.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8480" {
  bucket = aws_s3_bucket.b8480.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8490" {
  bucket = aws_s3_bucket.b8490.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8500" {
  bucket = aws_s3_bucket.b8500.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8510" {
  bucket = aws_s3_bucket.b8510.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8520" {
  bucket = aws_s3_bucket.b8520.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8530" {
  bucket = aws_s3_bucket.b8530.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8540" {
  bucket = aws_s3_bucket.b8540.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8550" {
  bucket = aws_s3_bucket.b8550.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8560" {
  bucket = aws_s3_bucket.b8560.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8570" {
  bucket = aws_s3_bucket.b8570.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8580" {
  bucket = aws_s3_bucket.b8580.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8590" {
  bucket = aws_s3_bucket.b8590.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8600" {
  bucket = aws_s3_bucket.b8600.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8610" {
  bucket = aws_s3_bucket.b8610.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8620" {
  bucket = aws_s3_bucket.b8620.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8630" {
  bucket = aws_s3_bucket.b8630.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8640" {
  bucket = aws_s3_bucket.b8640.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8650" {
  bucket = aws_s3_bucket.b8650.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8660" {
  bucket = aws_s3_bucket.b8660.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8670" {
  bucket = aws_s3_bucket.b8670.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8680" {
  bucket = aws_s3_bucket.b8680.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8690" {
  bucket = aws_s3_bucket.b8690.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8700" {
  bucket = aws_s3_bucket.b8700.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8710" {
  bucket = aws_s3_bucket.b8710.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8720" {
  bucket = aws_s3_bucket.b8720.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8730" {
  bucket = aws_s3_bucket.b8730.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8740" {
  bucket = aws_s3_bucket.b8740.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8750" {
  bucket = aws_s3_bucket.b8750.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8760" {
  bucket = aws_s3_bucket.b8760.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8770" {
  bucket = aws_s3_bucket.b8770.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8780" {
  bucket = aws_s3_bucket.b8780.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8790" {
  bucket = aws_s3_bucket.b8790.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8800" {
  bucket = aws_s3_bucket.b8800.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8810" {
  bucket = aws_s3_bucket.b8810.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8820" {
  bucket = aws_s3_bucket.b8820.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8830" {
  bucket = aws_s3_bucket.b8830.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8840" {
  bucket = aws_s3_bucket.b8840.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8850" {
  bucket = aws_s3_bucket.b8850.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8860" {
  bucket = aws_s3_bucket.b8860.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8870" {
  bucket = aws_s3_bucket.b8870.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8880" {
  bucket = aws_s3_bucket.b8880.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8890" {
  bucket = aws_s3_bucket.b8890.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8900" {
  bucket = aws_s3_bucket.b8900.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8910" {
  bucket = aws_s3_bucket.b8910.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8920" {
  bucket = aws_s3_bucket.b8920.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8930" {
  bucket = aws_s3_bucket.b8930.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8940" {
  bucket = aws_s3_bucket.b8940.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8950" {
  bucket = aws_s3_bucket.b8950.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8960" {
  bucket = aws_s3_bucket.b8960.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8970" {
  bucket = aws_s3_bucket.b8970.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8980" {
  bucket = aws_s3_bucket.b8980.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b8990" {
  bucket = aws_s3_bucket.b8990.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9000" {
  bucket = aws_s3_bucket.b9000.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9010" {
  bucket = aws_s3_bucket.b9010.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9020" {
  bucket = aws_s3_bucket.b9020.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9030" {
  bucket = aws_s3_bucket.b9030.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9040" {
  bucket = aws_s3_bucket.b9040.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9050" {
  bucket = aws_s3_bucket.b9050.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9060" {
  bucket = aws_s3_bucket.b9060.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9070" {
  bucket = aws_s3_bucket.b9070.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9080" {
  bucket = aws_s3_bucket.b9080.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9090" {
  bucket = aws_s3_bucket.b9090.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9100" {
  bucket = aws_s3_bucket.b9100.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9110" {
  bucket = aws_s3_bucket.b9110.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9120" {
  bucket = aws_s3_bucket.b9120.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9130" {
  bucket = aws_s3_bucket.b9130.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9140" {
  bucket = aws_s3_bucket.b9140.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9150" {
  bucket = aws_s3_bucket.b9150.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9160" {
  bucket = aws_s3_bucket.b9160.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9170" {
  bucket = aws_s3_bucket.b9170.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9180" {
  bucket = aws_s3_bucket.b9180.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9190" {
  bucket = aws_s3_bucket.b9190.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9200" {
  bucket = aws_s3_bucket.b9200.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9210" {
  bucket = aws_s3_bucket.b9210.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9220" {
  bucket = aws_s3_bucket.b9220.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9230" {
  bucket = aws_s3_bucket.b9230.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9240" {
  bucket = aws_s3_bucket.b9240.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9250" {
  bucket = aws_s3_bucket.b9250.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9260" {
  bucket = aws_s3_bucket.b9260.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9270" {
  bucket = aws_s3_bucket.b9270.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9280" {
  bucket = aws_s3_bucket.b9280.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9290" {
  bucket = aws_s3_bucket.b9290.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9300" {
  bucket = aws_s3_bucket.b9300.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9310" {
  bucket = aws_s3_bucket.b9310.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9320" {
  bucket = aws_s3_bucket.b9320.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9330" {
  bucket = aws_s3_bucket.b9330.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9340" {
  bucket = aws_s3_bucket.b9340.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9350" {
  bucket = aws_s3_bucket.b9350.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9360" {
  bucket = aws_s3_bucket.b9360.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9370" {
  bucket = aws_s3_bucket.b9370.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9380" {
  bucket = aws_s3_bucket.b9380.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9390" {
  bucket = aws_s3_bucket.b9390.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9400" {
  bucket = aws_s3_bucket.b9400.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9410" {
  bucket = aws_s3_bucket.b9410.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9420" {
  bucket = aws_s3_bucket.b9420.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9430" {
  bucket = aws_s3_bucket.b9430.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9440" {
  bucket = aws_s3_bucket.b9440.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9450" {
  bucket = aws_s3_bucket.b9450.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9460" {
  bucket = aws_s3_bucket.b9460.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9470" {
  bucket = aws_s3_bucket.b9470.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9480" {
  bucket = aws_s3_bucket.b9480.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9490" {
  bucket = aws_s3_bucket.b9490.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9500" {
  bucket = aws_s3_bucket.b9500.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9510" {
  bucket = aws_s3_bucket.b9510.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9520" {
  bucket = aws_s3_bucket.b9520.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9530" {
  bucket = aws_s3_bucket.b9530.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9540" {
  bucket = aws_s3_bucket.b9540.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9550" {
  bucket = aws_s3_bucket.b9550.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9560" {
  bucket = aws_s3_bucket.b9560.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9570" {
  bucket = aws_s3_bucket.b9570.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9580" {
  bucket = aws_s3_bucket.b9580.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9590" {
  bucket = aws_s3_bucket.b9590.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9600" {
  bucket = aws_s3_bucket.b9600.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9610" {
  bucket = aws_s3_bucket.b9610.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9620" {
  bucket = aws_s3_bucket.b9620.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9630" {
  bucket = aws_s3_bucket.b9630.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9640" {
  bucket = aws_s3_bucket.b9640.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9650" {
  bucket = aws_s3_bucket.b9650.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9660" {
  bucket = aws_s3_bucket.b9660.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9670" {
  bucket = aws_s3_bucket.b9670.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9680" {
  bucket = aws_s3_bucket.b9680.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9690" {
  bucket = aws_s3_bucket.b9690.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9700" {
  bucket = aws_s3_bucket.b9700.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9710" {
  bucket = aws_s3_bucket.b9710.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9720" {
  bucket = aws_s3_bucket.b9720.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9730" {
  bucket = aws_s3_bucket.b9730.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9740" {
  bucket = aws_s3_bucket.b9740.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9750" {
  bucket = aws_s3_bucket.b9750.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9760" {
  bucket = aws_s3_bucket.b9760.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9770" {
  bucket = aws_s3_bucket.b9770.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9780" {
  bucket = aws_s3_bucket.b9780.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9790" {
  bucket = aws_s3_bucket.b9790.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9800" {
  bucket = aws_s3_bucket.b9800.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9810" {
  bucket = aws_s3_bucket.b9810.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9820" {
  bucket = aws_s3_bucket.b9820.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9830" {
  bucket = aws_s3_bucket.b9830.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9840" {
  bucket = aws_s3_bucket.b9840.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9850" {
  bucket = aws_s3_bucket.b9850.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9860" {
  bucket = aws_s3_bucket.b9860.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9870" {
  bucket = aws_s3_bucket.b9870.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9880" {
  bucket = aws_s3_bucket.b9880.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9890" {
  bucket = aws_s3_bucket.b9890.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9900" {
  bucket = aws_s3_bucket.b9900.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9910" {
  bucket = aws_s3_bucket.b9910.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9920" {
  bucket = aws_s3_bucket.b9920.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9930" {
  bucket = aws_s3_bucket.b9930.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9940" {
  bucket = aws_s3_bucket.b9940.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9950" {
  bucket = aws_s3_bucket.b9950.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9960" {
  bucket = aws_s3_bucket.b9960.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9970" {
  bucket = aws_s3_bucket.b9970.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9980" {
  bucket = aws_s3_bucket.b9980.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "b9990" {
  bucket = aws_s3_bucket.b9990.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
