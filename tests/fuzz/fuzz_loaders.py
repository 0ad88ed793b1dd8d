"""Coverage-guided fuzzing of sovscan's loaders with atheris (libFuzzer for Python).

Every input is decoded the way a scanned file is (`scanner.discover.walk.decode`), then given
to the HCL, Terraform JSON and Kubernetes YAML loaders. The only exceptions allowed out
of a loader are the documented ones (LoadError, of which YamlLoadError is a kind); any
other exception is a crash, and libFuzzer saves the input that caused it.

    pip install atheris
    python tests/fuzz/fuzz_loaders.py /tmp/sovscan-fuzz tests/fuzz/corpus \\
        -max_total_time=60 -timeout=10 -rss_limit_mb=2048 -artifact_prefix=/tmp/sovscan-fuzz-

See tests/fuzz/README.md.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
# Not the user's grammar cache: a fuzzing run must not depend on, or write to, it.
os.environ.setdefault("SOVSCAN_CACHE_DIR", "/tmp/sovscan-fuzz-cache")

with atheris.instrument_imports(include=["scanner", "lark"]):
    import scanner.load.hcl_ast  # noqa: F401 - imported lazily by load_hcl: instrument it now
    from scanner.discover.walk import ReadFailure, decode
    from scanner.load.errors import LoadError
    from scanner.load.hcl_parser import parser
    from scanner.load.kubernetes import load_manifests
    from scanner.load.terraform import load_hcl, load_json_config

    parser()  # builds (or loads) the HCL parser, importing the parts of Lark it runs


def check_body(body: object) -> None:
    assert isinstance(body, dict) and set(body) == {"attrs", "blocks"}, body


def test_one_input(data: bytes) -> None:
    try:
        text = decode(data)
    except ReadFailure:
        return
    with contextlib.suppress(LoadError):
        check_body(load_hcl(text))
    with contextlib.suppress(LoadError):
        check_body(load_json_config(text))
    with contextlib.suppress(LoadError):
        for item in load_manifests(text):
            assert 1 <= item.start_line <= item.end_line, item


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
