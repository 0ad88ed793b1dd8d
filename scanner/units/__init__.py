"""Scan units: the parts of a tree that evaluate apart, the process pool, and their cached results."""
