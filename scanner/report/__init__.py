"""Reporters: SARIF, JSON and text renderings of a `ScanResult`. They format; they decide nothing."""
