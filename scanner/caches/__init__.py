"""Caches: parse results, unit results, whole reports; files written whole or not at all."""
