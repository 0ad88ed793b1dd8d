"""Write the `kubectl kustomize` renders that tests/test_kustomize_differential.py compares with.

Run where a recent kubectl is installed: `python tests/kustomize_reference.py`. For every
kustomization under tests/data/kustomize/ and in the real-world corpus it writes
tests/data/kustomize/reference/<name>.json: the objects kubectl renders, or the error it
gives, plus `differs`, the deliberate differences of sovscan's render (kept by hand
across runs), so that CI compares without kubectl.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from realworld.corpus import find_corpus  # noqa: E402

FIXTURES = HERE / "data" / "kustomize"
REFERENCE = FIXTURES / "reference"
NAMES = ("kustomization.yaml", "kustomization.yml", "Kustomization")
CORPUS_PREFIX = "realworld/"


def kustomizations() -> Iterator[tuple[str, Path]]:
    """(name, directory) of every kustomization the differential test covers."""
    for base, prefix in ((FIXTURES, ""), (find_corpus(), CORPUS_PREFIX)):
        if not base.is_dir():
            continue
        for name in NAMES:
            for found in sorted(base.rglob(name)):
                if REFERENCE in found.parents:
                    continue
                yield prefix + found.parent.relative_to(base).as_posix(), found.parent


def reference_path(name: str) -> Path:
    return REFERENCE / (name.replace("/", "__") + ".json")


def _remote(directory: Path) -> bool:
    """Whether a kustomization names a remote resource: kubectl would go to the network."""
    from scanner.load.kustomize import is_remote, kustomization_file

    kustomization = kustomization_file(directory)
    data = yaml.safe_load(kustomization.read_text()) if kustomization else None
    entries = [*(data.get("resources") or []), *(data.get("bases") or [])] if isinstance(data, dict) else []
    return any(isinstance(entry, str) and is_remote(entry) for entry in entries)


def render(directory: Path) -> dict[str, object]:
    if _remote(directory):
        return {"error": "not rendered here: it names a remote resource, which kubectl would fetch"}
    done = subprocess.run(
        ["kubectl", "kustomize", str(directory)], capture_output=True, text=True, timeout=120, check=False
    )
    if done.returncode != 0:
        # The message without kubectl's log prefix (a timestamp and a process id).
        message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"
        return {"error": message.split(" err=", 1)[-1]}
    return {"objects": [doc for doc in yaml.safe_load_all(done.stdout) if doc is not None]}


def main() -> None:
    REFERENCE.mkdir(parents=True, exist_ok=True)
    version = subprocess.run(["kubectl", "version", "--client"], capture_output=True, text=True, check=True).stdout
    for name, directory in kustomizations():
        path = reference_path(name)
        old = json.loads(path.read_text()) if path.exists() else {}
        entry = {"source": name, "kubectl": version.strip().splitlines(), "differs": old.get("differs", [])}
        entry.update(render(directory))
        path.write_text(json.dumps(entry, indent=1, sort_keys=True) + "\n")
        print(name, "error" if "error" in entry else f"{len(entry['objects'])} objects")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
