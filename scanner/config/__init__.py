"""Settings (defaults ← trusted configuration ← command line) and the trust model."""
