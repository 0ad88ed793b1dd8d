"""sovscan's Kustomize render against `kubectl kustomize`, from references committed by
tests/kustomize_reference.py, so that CI compares without kubectl.

Objects compare as data, in any order; where sovscan deliberately differs, the
reference's `differs` list says how, and the comparison applies it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from kustomize_reference import CORPUS_PREFIX, FIXTURES, REFERENCE
from realworld.corpus import find_corpus

from scanner.load.kustomize import Source, render
from scanner.load.located import plain

REFERENCES = sorted(REFERENCE.glob("*.json"))


def _directory(source: str) -> Path:
    if source.startswith(CORPUS_PREFIX):
        return find_corpus() / source[len(CORPUS_PREFIX) :]
    return FIXTURES / source


def _key(obj: dict[str, Any]) -> str:
    return json.dumps(obj, sort_keys=True)


def _ours(directory: Path, limit: Path) -> tuple[list[dict[str, Any]] | None, str]:
    source = Source(directory, limit, {}, lambda path: path.read_text(encoding="utf-8"))
    result = render(directory, source)
    if result.error is not None:
        return None, result.error.message
    return [item.obj for item in result.objects], ""


def _without(obj: dict[str, Any], dotted: str) -> None:
    *parents, last = dotted.split(".")
    current: Any = obj
    for part in parents:
        current = current.get(part) if isinstance(current, dict) else None
    if isinstance(current, dict):
        current.pop(last, None)


def _apply_differences(objects: list[dict[str, Any]], differs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reference as sovscan renders it on purpose: generated objects dropped, fields
    that only name references set removed on both sides."""
    kept = []
    for obj in objects:
        drop = False
        for difference in differs:
            if difference.get("drop_kind") == obj.get("kind"):
                drop = True
            for dotted in difference.get("ignore_fields", []):
                _without(obj, dotted)
        if not drop:
            kept.append(obj)
    return kept


@pytest.mark.parametrize("path", REFERENCES, ids=[p.stem for p in REFERENCES])
def test_render_matches_kubectl_kustomize(path: Path) -> None:
    reference = json.loads(path.read_text())
    directory = _directory(reference["source"])
    if not directory.is_dir():
        pytest.skip(f"{directory} is not here (the real-world corpus lies outside the repository)")
    limit = find_corpus() if reference["source"].startswith(CORPUS_PREFIX) else FIXTURES
    objects, error = _ours(directory, limit)
    if any(difference.get("renders_remote") for difference in reference.get("differs", [])):
        assert objects is not None, f"sovscan renders what is local, with each remote resource noted: {error}"
        return
    if "error" in reference:
        assert objects is None, f"kubectl refuses this kustomization ({reference['error']}); sovscan rendered it"
        return
    assert objects is not None, f"sovscan could not render what kubectl renders: {error}"
    differs = reference.get("differs", [])
    expected = _apply_differences(json.loads(json.dumps(reference["objects"])), differs)
    actual = _apply_differences(json.loads(json.dumps(objects)), differs)
    assert sorted(map(_key, actual)) == sorted(map(_key, expected))


def test_every_fixture_kustomization_has_a_reference() -> None:
    from kustomize_reference import kustomizations, reference_path

    missing = [name for name, _ in kustomizations() if not reference_path(name).exists()]
    assert not missing, f"run tests/kustomize_reference.py where kubectl is installed: {missing}"


def test_plain_drops_locations() -> None:
    from scanner.load.located import load_located

    assert plain(load_located("a: [1, {b: c}]\n", "x.yaml")[0]) == {"a": [1, {"b": "c"}]}
