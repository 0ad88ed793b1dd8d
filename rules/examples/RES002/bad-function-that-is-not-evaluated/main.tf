resource "azurerm_resource_group" "rg" {  # expect: RES002
  name     = "rg"
  location = file("location.txt")
}
