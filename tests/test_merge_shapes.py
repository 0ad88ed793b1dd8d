"""`sovscan merge` on SARIF with fields of the wrong type: exit 2 naming the file and the
field, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner.runner import merge_files
from tests.helpers import REPO, run_sovscan


@pytest.fixture(scope="module")
def sarif_log(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    target = tmp_path_factory.mktemp("log") / "sample.sarif"
    run = run_sovscan("scan", str(REPO / "sample_infra"), "-o", str(target))
    assert run.returncode in (0, 1), run.stderr
    return json.loads(target.read_text(encoding="utf-8"))


def test_a_wrong_typed_field_is_named_with_its_file(tmp_path: Path, sarif_log: dict[str, Any]) -> None:
    log = json.loads(json.dumps(sarif_log))
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = "3"
    bad = tmp_path / "bad.sarif"
    bad.write_text(json.dumps(log), encoding="utf-8")
    good = tmp_path / "good.sarif"
    good.write_text(json.dumps(sarif_log), encoding="utf-8")
    for output_format in ("sarif", "html"):
        run = run_sovscan("merge", str(good), str(bad), "--format", output_format, "-o", str(tmp_path / "out"))
        assert run.returncode == 2, run.stderr
        assert "Traceback" not in run.stderr
        assert str(bad) in run.stderr
        assert "runs[0].results[0].locations[0].physicalLocation.region.startLine" in run.stderr


@pytest.mark.parametrize(
    "run_value",
    [
        {"tool": {"driver": {"name": "x"}}, "originalUriBaseIds": []},
        {"tool": {"driver": {"name": "x"}}, "automationDetails": "cat"},
        {"tool": {"driver": {"name": "x", "rules": [{"id": 3}]}}},
        {"tool": {"driver": {"name": "x"}}, "results": {}},
        {"tool": {"driver": {"name": "x"}}, "invocations": [{"executionSuccessful": "yes"}]},
    ],
)
def test_shapes_that_crashed_merge(tmp_path: Path, run_value: dict[str, Any]) -> None:
    path = tmp_path / "in.sarif"
    path.write_text(json.dumps({"version": "2.1.0", "runs": [run_value]}), encoding="utf-8")
    for output_format in ("sarif", "html"):
        assert merge_files([path], tmp_path / "out", output_format) == 2


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    path = tmp_path / "deep.sarif"
    path.write_text(f'{{"version": "2.1.0", "runs": [{{"tool": {{"driver": {{"name": "x"}}}}, "p": {deep}}}]}}')
    assert merge_files([path], tmp_path / "out", "sarif") == 2


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_sarif_never_crashes_merge(tmp_path: Path, sarif_log: dict[str, Any], data: st.DataObject) -> None:
    log = json.loads(json.dumps(sarif_log))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(log)[1:]))
        parent = log
        for step in path[:-1]:
            parent = parent[step]
        if isinstance(parent, dict) and data.draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = data.draw(JSON_VALUES)
    source = tmp_path / "mutated.sarif"
    source.write_text(json.dumps(log), encoding="utf-8")
    for output_format in ("sarif", "html"):
        assert merge_files([source], tmp_path / f"out.{output_format}", output_format) in (0, 2)


@pytest.mark.parametrize("countries", [None, 3, {"FR": 1}, True])
def test_a_result_property_of_another_type_does_not_crash_the_html(
    tmp_path: Path, sarif_log: dict[str, Any], countries: Any
) -> None:
    """Found by the property test above: a merged log's `countries` set to null crashed the HTML."""
    log = json.loads(json.dumps(sarif_log))
    for result in log["runs"][0]["results"]:
        result.setdefault("properties", {})["countries"] = countries
    source = tmp_path / "other.sarif"
    source.write_text(json.dumps(log), encoding="utf-8")
    assert merge_files([source], tmp_path / "out.html", "html") in (0, 2)
