resource "google_network_services_edge_cache_service" "videos" {  # expect: XFR002
  name = "teleconsultation-replays"
  routing {
    host_rule {
      hosts        = ["replays.example-hospital.fr"]
      path_matcher = "routes"
    }
    path_matcher {
      name = "routes"
      route_rule {
        priority = 1
        match_rule {
          prefix_match = "/"
        }
        origin = "replays-origin"
      }
    }
  }
}
