resource "azurerm_frontdoor" "portal" {  # expect: XFR002
  name                = "portal-classic"
  resource_group_name = "rg-health"
  routing_rule {
    name               = "default"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["portal"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "app"
    }
  }
  backend_pool_load_balancing {
    name = "lb"
  }
  backend_pool_health_probe {
    name = "probe"
  }
  backend_pool {
    name                = "app"
    load_balancing_name = "lb"
    health_probe_name   = "probe"
    backend {
      host_header = "portal.example-hospital.fr"
      address     = "portal.example-hospital.fr"
      http_port   = 80
      https_port  = 443
    }
  }
  frontend_endpoint {
    name      = "portal"
    host_name = "portal-classic.azurefd.net"
  }
}
