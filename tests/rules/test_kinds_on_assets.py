"""Check kinds called on assets built by hand: the fact a kind judges, without the stages
before it (load, evaluate, adapt) that the rules' examples go through."""

from __future__ import annotations

from scanner.adapt.assets import place
from scanner.catalog import load_catalog
from scanner.check.context import CheckContext
from scanner.check.engine import CHECK_KINDS
from scanner.check.library import all_rules, combine
from scanner.model import Asset, Location, Resource, Value

HERE = Location("main.tf", 1, 3)


class NoAttributes:
    def values(self, path: str) -> list[Value]:
        return []

    def references(self, path: str) -> list[str]:
        return []


def bucket(*regions: Value, provider: str = "aws", source: str = "hashicorp/aws", placed: bool = True) -> Asset:
    resource = Resource("terraform", "aws_s3_bucket", "b", "aws_s3_bucket.b", HERE)
    asset = Asset(resource, provider, "s3", regions, placed, source, {}, NoAttributes())  # type: ignore[arg-type]
    place([asset], load_catalog())  # the assets step's region lookup
    return asset


def findings(rule_id: str, asset: Asset, *profiles: str) -> list[str]:
    rule = all_rules()[rule_id]
    ctx = CheckContext(settings=combine(profiles or ("hds",), {}, frozenset()))
    return [f.message for f in CHECK_KINDS[rule.check](rule, asset, ctx, load_catalog())]


def test_region_in_zone_judges_a_known_region_only() -> None:
    assert findings("RES001", bucket(Value("us-east-1")))
    assert findings("RES001", bucket(Value("eu-west-3"))) == []
    assert findings("RES001", bucket(Value.unknown("from the environment"))) == []  # RES002's fact


def test_region_known_reports_what_cannot_be_placed() -> None:
    assert findings("RES002", bucket(Value.unknown("from the environment")))
    assert findings("RES002", bucket(Value("mars-north-1")))  # not in the catalog
    assert findings("RES002", bucket(Value(None)))  # null is no region
    assert findings("RES002", bucket(Value("eu-west-3"))) == []


def test_unplaced_assets_are_not_judged_for_placement() -> None:
    asset = bucket(placed=False)
    assert findings("RES001", asset) == [] and findings("RES002", asset) == []


def test_operator_immune_is_judged_wherever_the_asset_is() -> None:
    for region in ("eu-west-3", "us-east-1"):
        assert len(findings("PRV001", bucket(Value(region)), "secnumcloud")) == 1
    assert findings("PRV001", bucket(Value("eu-west-3")), "hds") == []  # hds does not require immunity


def test_operator_qualified_says_unverified_not_excluded_for_an_unknown_region() -> None:
    rule = all_rules()["PRV002"]
    ctx = CheckContext(settings=combine(("hds",), {}, frozenset()))
    known = list(CHECK_KINDS[rule.check](rule, bucket(Value("us-east-1")), ctx, load_catalog()))
    assert [f.properties["outcome"] for f in known] == ["excluded"]
    null_region = list(CHECK_KINDS[rule.check](rule, bucket(Value(None)), ctx, load_catalog()))
    assert [f.properties["outcome"] for f in null_region] == ["unverified"]
    inside = list(CHECK_KINDS[rule.check](rule, bucket(Value("eu-west-3")), ctx, load_catalog()))
    assert inside == []
