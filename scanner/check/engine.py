"""The loop that runs every enabled rule's check kind over every asset.

Kinds are the few pieces of code that interpret rule data; a rule names its kind and
parameters in `rules/rules/*.yaml`. An exception in one kind on one asset is contained:
it is reported, the asset's other rules and the other assets still run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from scanner.check import attributes, operator, region, telemetry, transfers, workloads
from scanner.check.context import CheckContext, scope_of
from scanner.check.library import Settings
from scanner.check.reads import Read, ReadPlan
from scanner.check.rule import Rule
from scanner.facts.regions import Catalog
from scanner.model import Asset, Finding

CheckKind = Callable[[Rule, Asset, CheckContext, Catalog], Iterator[Finding]]

CHECK_KINDS: dict[str, CheckKind] = {
    "region-in-zone": region.region_in_zone,
    "region-known": region.region_known,
    "operator-immune": operator.operator_immune,
    "operator-qualified": operator.operator_qualified,
    "attributes": attributes.attributes,
    "destinations": transfers.destinations,
    "node-placement": workloads.node_placement,
    "image-registry": workloads.image_registry,
    "telemetry-endpoints": telemetry.telemetry_endpoints,
}

# What each kind that reads attributes may read, from its rule's data (scanner/check/reads.py).
KindReads = Callable[[Rule, Settings, dict[str, list[dict[str, object]]]], Iterable[Read]]
KIND_READS: dict[str, KindReads] = {
    "attributes": attributes.reads,
    "operator-qualified": operator.reads,
    "destinations": transfers.reads,
    "telemetry-endpoints": telemetry.reads,
}

# Rules whose findings the pipeline itself produces (a parse failure, a suppression's problems).
PRODUCED_ELSEWHERE = frozenset({"pipeline", "suppression"})


def check_kind(rule: Rule) -> CheckKind:
    """The code that interprets the rule; a kind no code knows is an error, never a rule
    that silently checks nothing."""
    kind = CHECK_KINDS.get(rule.check)
    if kind is None:
        raise ValueError(f"rule {rule.id}: unknown check kind {rule.check!r} (known: {', '.join(CHECK_KINDS)})")
    return kind


def read_plan(
    rules: list[Rule], settings: Settings, qualifications: dict[str, list[dict[str, object]]] | None = None
) -> ReadPlan:
    """Every attribute path the active rules' check kinds may read, by resource type pattern."""
    reads: list[Read] = []
    for rule in rules:
        kind_reads = KIND_READS.get(rule.check)
        if kind_reads is not None:
            reads.extend(kind_reads(rule, settings, qualifications or {}))
    return ReadPlan(reads)


def _index(assets: list[Asset]) -> dict[tuple[str, str], Asset]:
    """(scope, `type.name`) → asset; the scope is the root module and the module instance,
    since two root modules may both hold an `aws_s3_bucket.replica`."""
    index: dict[tuple[str, str], Asset] = {}
    for asset in assets:
        local = asset.resource.meta.get("local_address")
        if local:
            index.setdefault((scope_of(asset), str(local)), asset)
    return index


def run_checks(
    assets: list[Asset],
    rules: list[Rule],
    settings: Settings,
    catalog: Catalog,
    trusted_registries: tuple[str, ...] = (),
    qualifications: dict[str, list[dict[str, object]]] | None = None,
) -> tuple[list[Finding], list[tuple[str, str, BaseException]]]:
    """Findings, and the (rule, address, error) of every check that failed internally."""
    by_scope: dict[str, list[Asset]] = {}
    for asset in assets:
        by_scope.setdefault(scope_of(asset), []).append(asset)
    ctx = CheckContext(
        settings=settings,
        assets_by_address=_index(assets),
        assets_by_scope=by_scope,
        trusted_registries=trusted_registries,
        qualifications=qualifications or {},
    )
    findings: list[Finding] = []
    errors: list[tuple[str, str, BaseException]] = []
    active = [(rule, check_kind(rule)) for rule in rules if rule.check not in PRODUCED_ELSEWHERE]
    for asset in assets:
        for rule, kind in active:
            try:
                findings.extend(kind(rule, asset, ctx, catalog))
            except Exception as error:  # noqa: BLE001 - one failing rule must not lose the scan
                errors.append((rule.id, asset.resource.address, error))
    return findings, errors
