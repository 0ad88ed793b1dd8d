"""The names a kustomization file may have: cheap to import, for the pipeline to ask
whether a tree holds any before the renderer is loaded."""

from __future__ import annotations

from pathlib import PurePosixPath

KUSTOMIZATION_NAMES = ("kustomization.yaml", "kustomization.yml", "Kustomization")


def is_kustomization(rel: str) -> bool:
    return PurePosixPath(rel).name in KUSTOMIZATION_NAMES
