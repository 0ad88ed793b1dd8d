"""The parse and result caches: a warm scan gives exactly the cold answer, and any change
to what a unit read (its files, a module outside the tree, the settings) is seen."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from scanner.config.settings import Config
from scanner.model import Finding, Level, Location
from scanner.pipeline import ScanRequest, run_scan
from scanner.report.formats import render
from scanner.units import partition
from scanner.units.results import ResultCache, UnitResult
from tests.conftest import write_tree
from tests.helpers import bucket_tf, run_sovscan, sarif_regions, write_downloaded_module_tree


def _tree(root: Path) -> Path:
    files = {f"env{i}/main.tf": bucket_tf(f"b{i}", "eu-west-3") for i in range(12)}
    files["env3/main.tf"] = bucket_tf("b3", "us-east-1")
    files["k8s/bucket.yaml"] = (
        "apiVersion: s3.aws.upbound.io/v1beta1\nkind: Bucket\nmetadata:\n  name: k\n"
        "spec:\n  forProvider:\n    region: us-west-2\n"
    )
    files["broken/main.tf"] = 'resource "x" "y" {\n  a =\n}\n'
    return write_tree(root / "tree", files)


def _sarif(root: Path, use_cache: bool = True, **config: object) -> str:
    settings = Config(**config)  # type: ignore[arg-type]
    result = run_scan(ScanRequest(paths=[root], config=settings, tool_version="test", use_cache=use_cache))
    return render(result, "sarif")


def _rules(sarif: str) -> list[tuple[str, bool]]:
    """(rule, suppressed) of each result."""
    results = json.loads(sarif)["runs"][0]["results"]
    return sorted((r["ruleId"], "suppressions" in r) for r in results)


def _entries(cache_dir: Path, kind: str) -> list[Path]:
    return sorted((cache_dir / kind).glob("*/*.json"))


def test_a_warm_scan_gives_the_cold_answer_byte_for_byte(tmp_path: Path, cache_dir: Path) -> None:
    root = _tree(tmp_path)
    cold = _sarif(root, use_cache=False)
    assert not (cache_dir / "results").exists()
    first = _sarif(root)
    assert _entries(cache_dir, "results") and _entries(cache_dir, "parse")
    assert _sarif(root) == first == cold
    assert '"PARSE001"' in cold and {"us-east-1", "us-west-2"} <= sarif_regions(cold)


def test_a_changed_byte_is_scanned_again(tmp_path: Path, cache_dir: Path) -> None:
    root = _tree(tmp_path)
    before = _sarif(root)
    (root / "env5" / "main.tf").write_text(bucket_tf("b5", "us-east-2"), encoding="utf-8")
    after = _sarif(root)
    assert "us-east-2" in sarif_regions(after) and "us-east-2" not in sarif_regions(before)
    assert after == _sarif(root, use_cache=False)


def test_settings_are_part_of_the_key(tmp_path: Path, cache_dir: Path) -> None:
    root = _tree(tmp_path)
    hds = _sarif(root)
    assert _sarif(root, profiles=("secnumcloud",)) == _sarif(root, use_cache=False, profiles=("secnumcloud",))
    assert _sarif(root, disabled=frozenset({"RES001"})).count('"ruleId":"RES001"') == 0
    assert _sarif(root) == hds


def test_a_module_outside_the_tree_is_read_again(tmp_path: Path, cache_dir: Path) -> None:
    """A downloaded module is not part of any unit's files: the entry remembers what it read."""
    root = tmp_path / "live"
    module_file = write_downloaded_module_tree(root)
    assert "us-east-1" not in sarif_regions(_sarif(root))
    module_file.write_text(bucket_tf("b", "us-east-1"), encoding="utf-8")
    assert "us-east-1" in sarif_regions(_sarif(root))
    (root / ".terraform/modules/modules.json").write_text(json.dumps({"Modules": []}), encoding="utf-8")
    assert _sarif(root) == _sarif(root, use_cache=False)


@pytest.mark.parametrize("damage", ["", "{", "[]", '{"key": "x"}', "null", '{"reads": {}, "result": 7}'])
def test_a_damaged_entry_is_ignored(tmp_path: Path, cache_dir: Path, damage: str) -> None:
    root = _tree(tmp_path)
    cold = _sarif(root, use_cache=False)
    _sarif(root)
    for entry in _entries(cache_dir, "results") + _entries(cache_dir, "parse"):
        if damage.startswith('{"reads"'):
            key = json.loads(entry.read_text(encoding="utf-8"))["key"]
            entry.write_text(json.dumps({**json.loads(damage), "key": key}), encoding="utf-8")
        else:
            entry.write_text(damage, encoding="utf-8")
    assert _sarif(root) == cold


def test_a_tampered_but_well_formed_entry_is_only_trusted_for_its_key(tmp_path: Path, cache_dir: Path) -> None:
    """An entry names its key; one copied over another's file is not used."""
    root = _tree(tmp_path)
    cold = _sarif(root, use_cache=False)
    _sarif(root)
    entries = _entries(cache_dir, "results")
    assert len(entries) > 1
    donor = entries[0].read_text(encoding="utf-8")
    for entry in entries[1:]:
        entry.write_text(donor, encoding="utf-8")
    assert _sarif(root) == cold


def test_a_result_json_cannot_carry_is_not_stored(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "salt")
    finding = Finding("RES001", Level.ERROR, "m", Location("a.tf", 1, 1), properties={"countries": ("US",)})
    cache.save("ab" * 32, UnitResult([finding], [], False, 1, []))
    assert not list(tmp_path.rglob("*.json"))
    finding.properties = {"countries": ["US"]}
    cache.save("ab" * 32, UnitResult([finding], [], False, 1, []))
    loaded = cache.load("ab" * 32, lambda what: "")
    assert loaded is not None and loaded.findings == [finding]


def test_a_unit_with_an_internal_error_is_not_stored(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, "salt")
    cache.save("cd" * 32, UnitResult([], [], True, 0, []))
    assert cache.load("cd" * 32, lambda what: "") is None


def test_only_the_changed_unit_is_evaluated_again(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import scanner.pipeline as pipeline

    root = _tree(tmp_path)
    monkeypatch.setattr(partition, "_BOUNDARY_MODULUS", 1)  # one unit per directory
    _sarif(root)
    evaluated: list[list[str]] = []
    real = pipeline._scan_unit

    def counting(shared: object, rels: list[str], progress: object) -> UnitResult:
        evaluated.append(rels)
        return real(shared, rels, progress)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_scan_unit", counting)
    _sarif(root)
    assert evaluated == []
    (root / "env7" / "main.tf").write_text(bucket_tf("b7", "eu-central-1"), encoding="utf-8")
    _sarif(root)
    assert evaluated == [["env7/main.tf"]]


@pytest.mark.parametrize("damage", ["", "{", "null", '{"rules": [{"id": "RES001"}]}', '{"rules": "x"}'])
def test_sarif_rule_descriptors_are_built_again_when_a_rule_or_the_entry_changes(cache_dir: Path, damage: str) -> None:
    """The descriptors sarif-om builds are kept as JSON (loading sarif-om costs more than a
    small scan): a changed rule text is a new entry, a damaged entry is built again."""
    from scanner.caches.store import EntryStore
    from scanner.report.sarif import render_sarif as render
    from tests.test_formats import make_result

    store = EntryStore(cache_dir / "sarif-rules", max_entries=64)  # the runner's store

    def render_sarif(result: object) -> str:
        return render(result, store)  # type: ignore[arg-type]

    result = make_result()
    first = render_sarif(result)
    [entry] = sorted((cache_dir / "sarif-rules").glob("*/*.json"))
    assert render_sarif(result) == first
    key = json.loads(entry.read_text(encoding="utf-8"))["key"]
    forged = damage.startswith('{"rules"')
    entry.write_text(json.dumps({**json.loads(damage), "key": key}) if forged else damage, encoding="utf-8")
    assert render_sarif(result) == first
    retitled = replace(result, rules=[replace(rule, title=f"{rule.title} (new)") for rule in result.rules])
    assert '(new)"' in render_sarif(retitled)
    assert len(list((cache_dir / "sarif-rules").glob("*/*.json"))) == 2


def test_an_answer_holds_for_the_day_it_was_given(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A suppression with `until=` expires: a cached answer from before must not keep it."""
    import datetime

    import scanner.discover.inputs as inputs
    import scanner.suppress.inline as suppress

    root = write_tree(
        tmp_path / "tree",
        {
            "main.tf": 'provider "aws" {\n  region = "us-east-1"\n}\n'
            "# sovscan:ignore RES001 until=2029-12-31 -- replica moved by March\n"
            'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'
        },
    )

    class Day(datetime.date):
        # Within the one-year horizon of until=2029-12-31 (scanner/suppress/inline.py), then past it.
        current = (2029, 6, 1)

        @classmethod
        def today(cls) -> Day:
            return cls(*cls.current)

    monkeypatch.setattr(suppress, "date", Day)
    monkeypatch.setattr(inputs, "date", Day)
    before = _sarif(root, disabled=frozenset({"KEY001", "LOG001", "PRV002"}))
    assert _rules(before) == [("RES001", True)]
    Day.current = (2030, 1, 1)
    after = _sarif(root, disabled=frozenset({"KEY001", "LOG001", "PRV002"}))
    assert _rules(after) == [("RES001", False), ("SUP002", False)]
    assert after == _sarif(root, use_cache=False, disabled=frozenset({"KEY001", "LOG001", "PRV002"}))


def test_the_parse_cache_replays_a_body_and_a_failure_without_parsing_again(tmp_path: Path) -> None:
    """Terraform and Kubernetes loaders both go through `ParseCache.parsed`: a text parsed
    once, or failed once, is not parsed again; a damaged entry is."""
    from scanner.caches.store import ParseCache
    from scanner.load.errors import LoadError

    cache = ParseCache(tmp_path, "test")
    parsed: list[str] = []

    def parse(text: str) -> dict[str, str]:
        parsed.append(text)
        if text == "bad":
            raise LoadError("unexpected token", 3)
        return {"text": text}

    def read_back(value: object) -> dict[str, str]:
        if not isinstance(value, dict):
            raise TypeError("not a body")
        return value

    for _ in range(2):
        assert cache.parsed("hcl", "good", parse, LoadError, dict, read_back) == {"text": "good"}
        with pytest.raises(LoadError) as failure:
            cache.parsed("hcl", "bad", parse, LoadError, dict, read_back)
        assert (failure.value.message, failure.value.line) == ("unexpected token", 3)
    assert parsed == ["good", "bad"]
    cache.put(cache.key("hcl", "good"), {"value": ["damaged"]})
    assert cache.parsed("hcl", "good", parse, LoadError, dict, read_back) == {"text": "good"}
    assert parsed == ["good", "bad", "good"]


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG layout is Linux's")
@pytest.mark.parametrize("xdg", [True, False], ids=["XDG_CACHE_HOME", "home"])
def test_without_sovscan_cache_dir_the_caches_live_in_the_users_cache_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xdg: bool
) -> None:
    """SOVSCAN_CACHE_DIR wins (every other test sets it); without it, Linux's XDG place:
    $XDG_CACHE_HOME/sovscan, else ~/.cache/sovscan, as before platformdirs chose it."""
    root = write_tree(tmp_path / "tree", {"main.tf": bucket_tf("b", "us-east-1")})
    home = tmp_path / "home"
    monkeypatch.delenv("SOVSCAN_CACHE_DIR")
    monkeypatch.setenv("HOME", str(home))
    if xdg:
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    else:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    expected = tmp_path / "xdg" / "sovscan" if xdg else home / ".cache" / "sovscan"
    result = run_sovscan("scan", str(root), "--format", "sarif")
    assert result.returncode == 1, result.stderr
    assert _entries(expected, "parse") and _entries(expected, "results") and _entries(expected, "reports")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fast path is Linux's")
@pytest.mark.parametrize("xdg", ["", "   ", "/somewhere/cache", "relative/cache"])
def test_the_linux_cache_directory_is_the_one_platformdirs_gives(monkeypatch: pytest.MonkeyPatch, xdg: str) -> None:
    from platformdirs import user_cache_path

    from scanner.caches.store import cache_dir

    monkeypatch.delenv("SOVSCAN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache_dir() == user_cache_path("sovscan", appauthor=False)


def test_the_code_fingerprint_follows_modules_and_templates_not_rule_data(tmp_path: Path) -> None:
    """The cached answers' key holds the code's fingerprint; the rule data has its own.
    Walking the rule data's example folders (in a wheel, under the package) cost every run."""
    import shutil
    import subprocess
    import sys

    from tests.helpers import REPO

    copy = tmp_path / "scanner"
    shutil.copytree(REPO / "scanner", copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "rules" / "examples").mkdir(parents=True)

    def fingerprint() -> str:
        code = "from scanner.caches.store import code_fingerprint; print(code_fingerprint())"
        env = {"PYTHONPATH": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    first = fingerprint()
    (copy / "rules" / "examples" / "main.tf").write_text("# an example\n", encoding="utf-8")
    assert fingerprint() == first
    (copy / "report" / "templates" / "report.css").write_text("body {}\n", encoding="utf-8")
    second = fingerprint()
    assert second != first
    (copy / "levels.py").write_text((copy / "levels.py").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert fingerprint() != second
