"""Assets are facts (issue 18 §1): the assets step reads, once, every attribute path the
active rules may read; checks read those facts and never the evaluator."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from scanner.check import engine
from scanner.check.library import all_rules, combine
from scanner.check.rule import Rule
from scanner.model import Asset, AttributeFacts, UnreadPath, Value
from tests.conftest import write_tree
from tests.helpers import scan

BUCKETS = {
    "main.tf": """
provider "aws" { region = "eu-west-3" }
resource "aws_kms_key" "k" {}
resource "aws_s3_bucket" "b" { bucket = "records" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
  }
}
""",
}


def test_a_path_the_assets_step_did_not_read_is_an_error_not_an_empty_answer() -> None:
    facts = AttributeFacts({"kms_key_id": ()}, {})
    assert facts.values("kms_key_id") == []
    with pytest.raises(UnreadPath):
        facts.values("storage_encrypted")
    with pytest.raises(UnreadPath):
        facts.references("kms_key_id")


def _rule(params: dict[str, Any], kind: str = "attributes") -> Rule:
    base = all_rules()["KEY001"]
    return Rule(base.id, base.name, base.title, base.level, 5.0, "", "", "", kind, params)


def test_the_paths_come_from_the_rule_data() -> None:
    """A new rule's path, its condition's, and a companion's are read without a list to edit."""
    settings = combine(("hds",), {}, frozenset())
    rule = _rule(
        {
            "resources": {
                "aws_thing_*": [
                    {"path": "new.nested.path", "present": True, "when": {"path": "engine", "one_of": ["x"]}},
                    {
                        "companion": {"type": "aws_policy", "link": "thing", "name": "thing_name"},
                        "require": [{"path": "mode", "present": True, "computed_from": ["aws_kms_key"]}],
                    },
                ]
            }
        }
    )
    plan = engine.read_plan([rule], settings)
    assert plan.paths_for("aws_thing_one") == (("engine", "new.nested.path", "thing_name"), ())
    assert plan.paths_for("aws_policy") == (("thing", "mode"), ("thing", "mode"))
    assert plan.paths_for("aws_other") == ((), ())


def test_a_requirement_the_profile_leaves_out_is_not_read() -> None:
    rule = _rule({"resources": {"aws_ebs_volume": [{"path": "kms_key_id", "present": True, "custody": "hsm"}]}})
    assert engine.read_plan([rule], combine(("hds",), {}, frozenset())).paths_for("aws_ebs_volume") == ((), ())
    hsm = combine(("secnumcloud",), {}, frozenset())
    assert engine.read_plan([rule], hsm).paths_for("aws_ebs_volume") == (("kms_key_id",), ())


def test_qualification_scope_conditions_are_read_on_the_types_they_name() -> None:
    """The catalog's offer conditions (Scaleway Instance types excluded from HDS), and those a
    user's configuration adds."""
    rule = all_rules()["PRV002"]
    settings = combine(("hds",), {}, frozenset())
    extra = {"ovh": [{"name": "HDS", "scope": {"attributes": [{"types": ["ovh_thing"], "path": "flavor"}]}}]}
    plan = engine.read_plan([rule], settings, extra)
    assert "type" in plan.paths_for("scaleway_instance_server")[0]
    assert plan.paths_for("ovh_thing") == (("flavor",), ())


def test_checks_receive_assets_without_the_evaluator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """By the check stage every asset holds plain facts and no reader, and the unit's
    evaluated project is gone: nothing a check does can evaluate an expression."""
    from scanner.evaluate.instance import Instance

    seen: list[tuple[list[Asset], int]] = []
    run_checks = engine.run_checks

    def recording(assets: list[Asset], *args: Any, **kwargs: Any) -> Any:
        gc.collect()
        instances = sum(1 for o in gc.get_objects() if isinstance(o, Instance))
        seen.append((list(assets), instances))
        return run_checks(assets, *args, **kwargs)

    monkeypatch.setattr(engine, "run_checks", recording)
    result = scan([write_tree(tmp_path, BUCKETS)], profiles=("hds",))
    assert result.execution_successful
    [(assets, instances)] = seen
    assert {a.resource.address for a in assets} >= {"aws_s3_bucket.b", "aws_kms_key.k"}
    assert all(a.reader is None for a in assets)
    assert all(isinstance(a.facts, AttributeFacts) for a in assets)
    assert instances == 0


def test_a_fault_reading_an_attribute_costs_the_rules_that_read_it_on_that_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scanner.adapt.readers import BlockReader

    original = BlockReader.values

    def faulty(self: BlockReader, path: str) -> list[Value]:
        if self.address == "aws_s3_bucket_server_side_encryption_configuration.b" and path.endswith("key_id"):
            raise RuntimeError("injected fault")
        return original(self, path)

    monkeypatch.setattr(BlockReader, "values", faulty)
    tree = write_tree(tmp_path, {**BUCKETS, "other.tf": 'resource "aws_s3_bucket" "far" {\n  provider = aws\n}\n'})
    result = scan([tree], profiles=("hds",))
    errors = [n.message for n in result.notifications if n.message.startswith("internal error")]
    assert errors and all("aws_s3_bucket.b" in m and "injected fault" in m for m in errors)
    assert not result.execution_successful
    # The other bucket is judged as without the fault: no encryption configuration names it.
    assert any(f.rule_id == "KEY001" and f.address == "aws_s3_bucket.far" for f in result.findings)
