"""Every file under rules/ follows its schema; a typo'd key, an unknown check kind or a wrong
type is a load error naming the file and the key, at start-up when the rules bundle is built."""

from __future__ import annotations

import copy
import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scanner.check.engine import CHECK_KINDS, PRODUCED_ELSEWHERE, check_kind
from scanner.check.library import all_rules
from scanner.ruledata.bundle import _parsed, rules_dir
from scanner.ruledata.schema import CHECK_PARAMS, FILES, RuleDataError, spec_for, validate_bundle, validate_file
from tests.helpers import REPO

BUNDLE = _parsed(rules_dir())


def _one_file_per_schema() -> list[str]:
    chosen: dict[int, str] = {}
    for relative in sorted(BUNDLE):
        for _, spec in FILES:
            if spec_for(relative) is spec:
                chosen.setdefault(id(spec), relative)
    return sorted(chosen.values())


SAMPLES = _one_file_per_schema()


def test_all_shipped_data_validates() -> None:
    validate_bundle(BUNDLE)


def test_every_schema_has_a_shipped_file() -> None:
    assert len(SAMPLES) == len(FILES)


def test_every_check_kind_in_code_has_a_parameter_schema_and_back() -> None:
    assert set(CHECK_KINDS) | PRODUCED_ELSEWHERE == set(CHECK_PARAMS)


def _first_leaf(data: Any) -> tuple[list[Any], Any]:
    """The path to the first string in the data, and the data with that string a number."""
    broken = copy.deepcopy(data)
    node, path = broken, []
    while True:
        key = next(iter(node)) if isinstance(node, dict) else 0
        if isinstance(node[key], str):
            node[key] = 12345
            return [*path, key], broken
        node, path = node[key], [*path, key]


@pytest.mark.parametrize("relative", SAMPLES)
def test_an_unknown_key_is_an_error_naming_file_and_key(relative: str) -> None:
    data = copy.deepcopy(BUNDLE[relative])
    data["colour"] = "blue"
    with pytest.raises(RuleDataError) as raised:
        validate_file(relative, data)
    assert raised.value.file == relative and raised.value.key == "colour"


@pytest.mark.parametrize("relative", SAMPLES)
def test_a_wrong_type_is_an_error_naming_file_and_key(relative: str) -> None:
    path, data = _first_leaf(BUNDLE[relative])
    with pytest.raises(RuleDataError) as raised:
        validate_file(relative, data)
    assert raised.value.file == relative
    assert raised.value.key.replace("[", ".").replace("]", "").split(".") == [str(p) for p in path]


def _rule(rule_id: str) -> dict[str, Any]:
    return copy.deepcopy(BUNDLE[f"rules/{rule_id}.yaml"])


def test_a_typo_in_a_rule_parameter_is_an_error() -> None:
    data = _rule("KEY001")
    requirement = data["check"]["params"]["resources"]["aws_s3_bucket"][1]
    requirement["not_matchs"] = requirement.pop("not_matches")
    with pytest.raises(RuleDataError, match="not_matchs"):
        validate_file("rules/KEY001.yaml", data)


def test_an_unknown_check_kind_is_an_error() -> None:
    data = _rule("RES001")
    data["check"]["kind"] = "region-in-zoen"
    with pytest.raises(RuleDataError, match="region-in-zoen") as raised:
        validate_file("rules/RES001.yaml", data)
    assert raised.value.key == "check.kind"


def test_parameters_a_kind_does_not_take_are_an_error() -> None:
    data = _rule("RES001")
    data["check"]["params"] = {"resources": {}}
    with pytest.raises(RuleDataError) as raised:
        validate_file("rules/RES001.yaml", data)
    assert raised.value.key == "check.params.resources"


def test_a_data_file_no_schema_knows_is_an_error() -> None:
    with pytest.raises(RuleDataError):
        validate_file("catalog/extra.yaml", {})


def test_the_engine_refuses_an_unknown_kind_rather_than_skip_the_rule() -> None:
    rule = all_rules()["RES001"]
    broken = dataclasses.replace(rule, check="region-in-zoen")
    with pytest.raises(ValueError, match="region-in-zoen"):
        check_kind(broken)


def test_a_typo_in_the_shipped_rules_stops_the_scan_at_start_up(tmp_path: Path) -> None:
    """The real command on a copy of sovscan whose KEY001 has `not_matchs:`: exit 2, the file
    and the key named, no scan that silently drops the requirement."""
    copy_root = tmp_path / "sovscan"
    shutil.copytree(REPO / "scanner", copy_root / "scanner", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "rules", copy_root / "rules")
    key001 = copy_root / "rules" / "rules" / "KEY001.yaml"
    key001.write_text(key001.read_text(encoding="utf-8").replace("not_matches:", "not_matchs:"), encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "main.tf").write_text('resource "aws_s3_bucket" "b" {\n  region = "eu-west-3"\n}\n', encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tree)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(copy_root), "SOVSCAN_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert completed.returncode == 2, completed.stdout + completed.stderr
    assert "KEY001.yaml" in completed.stderr and "not_matchs" in completed.stderr
    assert "Traceback" not in completed.stderr
