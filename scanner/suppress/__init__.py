"""Suppression: inline `# sovscan:ignore` comments and baselines."""
