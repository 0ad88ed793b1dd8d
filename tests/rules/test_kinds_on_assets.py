"""Check kinds called on assets built by hand: the fact a kind judges, without the stages
before it (load, evaluate, adapt) that the rules' examples go through. Assets are plain
data (issue 18 §1): facts and placements, as the assets step leaves them."""

from __future__ import annotations

from typing import Any

from scanner.adapt.assets import place
from scanner.check.context import CheckContext, scope_of
from scanner.check.engine import CHECK_KINDS, read_plan
from scanner.check.library import all_rules, combine
from scanner.facts.regions import load_catalog
from scanner.model import Asset, AttributeFacts, Location, Resource, Step, Value

HERE = Location("main.tf", 1, 3)


def facts(rtype: str, rule_id: str, values: dict[str, Any] | None = None, **references: list[str]) -> AttributeFacts:
    """The facts the assets step reads on `rtype` for `rule_id` (every path its data names, not
    set unless given): a test cannot hand a check a path the step would not have read."""
    value_paths, reference_paths = read_plan([all_rules()[rule_id]], combine(("hds",), {}, frozenset())).paths_for(
        rtype
    )
    given = values or {}
    assert set(given) <= set(value_paths) and set(references) <= set(reference_paths)
    read = {path: tuple(v if isinstance(v, Value) else Value(v) for v in given.get(path, ())) for path in value_paths}
    return AttributeFacts(read, {path: tuple(references.get(path, ())) for path in reference_paths})


def asset(
    rtype: str,
    *regions: Value,
    region_catalog: str = "aws",
    source: str = "hashicorp/aws",
    placed: bool = True,
    facts: AttributeFacts | None = None,
    name: str = "b",
    kind: str = "terraform",
    body: dict[str, Any] | None = None,
) -> Asset:
    resource = Resource(kind, rtype, name, f"{rtype}.{name}", HERE, body=body or {}, meta={"local_address": ""})
    if kind == "terraform":
        resource.meta["local_address"] = f"{rtype}.{name}"
    built = Asset(resource, region_catalog, rtype, regions, placed, source, {}, facts or AttributeFacts())
    place([built], load_catalog())  # the assets step's region lookup
    return built


def bucket(*regions: Value, provider: str = "aws", source: str = "hashicorp/aws", placed: bool = True) -> Asset:
    return asset("aws_s3_bucket", *regions, region_catalog=provider, source=source, placed=placed)


def findings(rule_id: str, subject: Asset, *profiles: str, others: tuple[Asset, ...] = ()) -> list[str]:
    rule = all_rules()[rule_id]
    every = [subject, *others]
    by_scope: dict[str, list[Asset]] = {}
    for each in every:
        by_scope.setdefault(scope_of(each), []).append(each)
    ctx = CheckContext(
        settings=combine(profiles or ("hds",), {}, frozenset()),
        assets_by_address={(scope_of(a), a.resource.address): a for a in every},
        assets_by_scope=by_scope,
    )
    return [f.message for f in CHECK_KINDS[rule.check](rule, subject, ctx, load_catalog())]


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


def test_operator_qualified_reads_the_offer_from_the_facts() -> None:
    """Scaleway's HDS scope excludes some Instance offers: the `type` fact decides."""

    def server(offer: str) -> Asset:
        f = facts("scaleway_instance_server", "PRV002", {"type": [offer]})
        return asset(
            "scaleway_instance_server",
            Value("fr-par-1"),
            region_catalog="scaleway",
            source="scaleway/scaleway",
            facts=f,
        )

    excluded = findings("PRV002", server("DEV1-S"))
    assert len(excluded) == 1 and "is not covered" in excluded[0] and "DEV1-S" in excluded[0]
    # An eligible offer is not excluded (what is left unverified is the certificate's version).
    eligible = findings("PRV002", server("POP2-2C-8G"))
    assert all("is not covered" not in m and "POP2" not in m for m in eligible)


def test_attributes_judge_the_facts_of_the_asset() -> None:
    def volume(**values: Any) -> Asset:
        return asset("aws_ebs_volume", Value("eu-west-3"), facts=facts("aws_ebs_volume", "KEY001", values))

    assert findings("KEY001", volume())  # no customer-managed key
    assert findings("KEY001", volume(kms_key_id=["arn:aws:kms:eu-west-3:111122223333:key/abcd"])) == []
    unknown = findings("KEY001", volume(kms_key_id=[Value.unknown("known after apply")]))
    assert len(unknown) == 1 and "cannot be verified" in unknown[0]


def test_attributes_follow_a_companion_by_its_facts() -> None:
    """An S3 bucket's encryption is its companion's fact, linked by reference."""
    companion_type = "aws_s3_bucket_server_side_encryption_configuration"
    key_path = "rule.apply_server_side_encryption_by_default.kms_master_key_id"
    algorithm = "rule.apply_server_side_encryption_by_default.sse_algorithm"
    the_bucket = asset("aws_s3_bucket", Value("eu-west-3"), facts=facts("aws_s3_bucket", "KEY001"))

    def configuration(key: str) -> Asset:
        values = {algorithm: ["aws:kms"], key_path: [key]}
        f = facts(companion_type, "KEY001", values, bucket=["aws_s3_bucket.b"])
        return asset(companion_type, Value("eu-west-3"), facts=f, name="c")

    assert findings("KEY001", the_bucket)  # no configuration names it
    assert findings("KEY001", the_bucket, others=(configuration("alias/aws/s3"),))  # the AWS-managed key
    assert findings("KEY001", the_bucket, others=(configuration("arn:aws:kms:eu-west-3:1:key/k"),)) == []


def test_destinations_judge_each_replica_region() -> None:
    def table(*replicas: str) -> Asset:
        f = facts("aws_dynamodb_table", "XFR001", {"replica.region_name": list(replicas)})
        return asset("aws_dynamodb_table", Value("eu-west-3"), facts=f)

    outside = findings("XFR001", table("eu-central-1", "us-east-1"))
    assert len(outside) == 1 and "us-east-1" in outside[0]
    assert findings("XFR001", table("eu-central-1")) == []


def test_destinations_follow_a_reference_to_the_destination_asset() -> None:
    rtype = "aws_s3_bucket_replication_configuration"

    def replication(to: Asset) -> list[str]:
        f = facts(rtype, "XFR001", {"rule.destination.bucket": [Value.unknown("known after apply")]})
        f = AttributeFacts(f.read, {"rule.destination.bucket": (to.resource.address,)})
        return findings("XFR001", asset(rtype, Value("eu-west-3"), facts=f, name="r"), others=(to,))

    assert replication(asset("aws_s3_bucket", Value("us-west-2"), name="far"))
    assert replication(asset("aws_s3_bucket", Value("eu-west-1"), name="near")) == []


def _deployment(image: str, selector: dict[str, str] | None = None) -> Asset:
    spec: dict[str, Any] = {"containers": [{"name": "app", "image": image}]}
    if selector:
        spec["nodeSelector"] = selector
    body = {"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"template": {"spec": spec}}}
    origin = (Step("Deployment/app", HERE),)
    return asset(
        "apps/v1/Deployment",
        region_catalog="kubernetes",
        source="",
        placed=False,
        facts=AttributeFacts(origin=origin),
        name="app",
        kind="kubernetes",
        body=body,
    )


def test_node_placement_judges_where_pods_are_pinned() -> None:
    region = "topology.kubernetes.io/region"
    assert findings("RES003", _deployment("registry.example.eu/app:1", {region: "us-east-1"}))
    assert findings("RES003", _deployment("registry.example.eu/app:1", {region: "eu-west-3"})) == []


def test_image_registry_judges_where_images_come_from() -> None:
    assert findings("PRV003", _deployment("eu.gcr.io/project/app:1")) == []
    assert findings("PRV003", _deployment("us.gcr.io/project/app:1"))


def test_telemetry_endpoints_read_the_provider_setting_from_the_facts() -> None:
    def datadog(*api_url: str) -> Asset:
        f = facts("provider.datadog", "EGR001", {"api_url": list(api_url)})
        return asset(
            "provider.datadog", region_catalog="endpoint", source="datadog/datadog", placed=False, facts=f, name="dd"
        )

    assert findings("EGR001", datadog("https://api.datadoghq.eu/")) == []
    outside = findings("EGR001", datadog("https://api.datadoghq.com/"))
    assert len(outside) == 1 and "outside" in outside[0]
    assert findings("EGR001", datadog())  # the provider's default host is in the US
