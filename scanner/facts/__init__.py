"""Sourced facts the adapters and checks consult: regions, operators, endpoints, roles, tables."""
