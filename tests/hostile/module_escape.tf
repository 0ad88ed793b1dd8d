module "etc" {
  source = "../../../etc"
}

module "outside" {
  source = "../../outside"
}
