"""Runs the stages in order; the only module that knows them all.

discover → load → evaluate → adapt → check → suppress → ScanResult (for a reporter).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from scanner.adapt.placements import count_placements, merge_placements
from scanner.caches.store import open_parse_cache, text_hash
from scanner.discover.inputs import (
    CONTEXT_READ_LIMIT,
    Inputs,
    ScanRequest,
    module_dir_files,
    module_dir_hash,
    read_again,
    read_inputs,
    text_at,
)
from scanner.discover.walk import NOT_INFRASTRUCTURE, TERRAFORM_KINDS, Discovery, ReadFailure, read_text
from scanner.levels import finding_level
from scanner.model import Asset, Finding, Level, Location, Notification, ScanResult
from scanner.units.results import UnitResult

if TYPE_CHECKING:
    from scanner.suppress.baseline import Baseline

__all__ = ["PARSE_RULE", "ScanRequest", "run_scan"]

PARSE_RULE = "PARSE001"


@dataclass(slots=True)
class _Progress:
    show: Callable[[int, int], None] | None
    total: int
    done: int = 0

    def tick(self) -> None:
        self.done += 1
        if self.show is not None:
            self.show(min(self.done, self.total), self.total)


@dataclass(slots=True)
class _State:
    root: Path
    findings: list[Finding] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    # Texts of the files that hold a suppression comment, split into lines when a finding
    # there needs them.
    texts: dict[str, str] = field(default_factory=dict)
    modules: dict[str, Any] = field(default_factory=dict)
    cache: Any = None
    progress: _Progress | None = None
    # What was read besides the unit's own files (scanner/units/results.py).
    reads: dict[str, str] = field(default_factory=dict)
    files_scanned: int = 0
    failed: bool = False
    # An exception no narrower guard caught cost the whole unit's evaluation.
    lost: bool = False

    def parse_failure(self, rel: str, message: str, line: int | None, level: Level = Level.ERROR) -> None:
        where = line or 1
        self.findings.append(
            Finding(
                rule_id=PARSE_RULE,
                level=level,
                message=f"{rel} was not scanned: {message}",
                location=Location(rel, where, where),
                fingerprint_key=message,
            )
        )
        self.notifications.append(Notification(level, message, rel, line, PARSE_RULE))

    def internal_error(self, rel: str | None, error: BaseException) -> None:
        self.failed = True
        self.notifications.append(Notification(Level.ERROR, f"internal error: {type(error).__name__}: {error}", rel))


class _Lines(dict[str, list[str]]):
    """Splits a file's text into lines the first time they are asked for."""

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__()
        self._texts = texts

    def get(self, path: str, default: Any = None) -> Any:
        if path not in self and path in self._texts:
            self[path] = self._texts[path].split("\n")
        return super().get(path, default)


def _is_plan(text: str) -> bool:
    head = text[:4096]
    return '"format_version"' in head and ('"planned_values"' in text or '"resource_changes"' in text)


@dataclass(slots=True)
class _Shared:
    """What every unit of one scan reads; set before any worker is forked."""

    discovery: Discovery
    request: ScanRequest
    texts: dict[str, tuple[str, str]]
    rules: list[Any]
    settings: Any
    catalog: Any
    given: frozenset[str] | None
    digests: dict[str, str]
    salt: str | None
    # The attribute paths the active rules read (scanner/check/reads.py), made by the first unit.
    read_plan: Any = None

    def digest(self, rel: str) -> str:
        if rel not in self.digests:
            self.digests[rel] = text_hash(self.texts[rel][1])
        return self.digests[rel]


def run_scan(request: ScanRequest, inputs: Inputs | None = None, baseline: Baseline | None = None) -> ScanResult:
    from scanner.check.library import all_rules, combine
    from scanner.facts.regions import load_catalog, with_overrides
    from scanner.suppress.inline import suppress_by_baseline
    from scanner.units.partition import crossing_call

    config = request.config
    if inputs is None:
        inputs = read_inputs(request)
    discovery, texts = inputs.discovery, inputs.texts
    state = _State(root=discovery.root, files_scanned=inputs.files_scanned)
    state.notifications.extend(discovery.notifications)
    skipped = _skipped_counts(discovery)
    for unread in inputs.unread:
        if unread.fails_closed:
            state.parse_failure(unread.rel, unread.reason, None)
        else:
            state.notifications.append(Notification(Level.NOTE, f"not scanned: {unread.reason}", unread.rel))
            skipped[NOT_INFRASTRUCTURE] = skipped.get(NOT_INFRASTRUCTURE, 0) + 1
    progress = _Progress(request.progress, len(texts))

    rules_by_id = all_rules()
    settings = combine(config.profiles, config.severity, config.disabled)
    rules = [rules_by_id[r] for r in sorted(settings.levels) if r in rules_by_id]
    catalog = with_overrides(load_catalog(), config.catalog.get("regions") or {})
    given = frozenset(f.rel for f in discovery.files if f.explicit) if discovery.explicit_files else None
    shared = _Shared(discovery, request, texts, rules, settings, catalog, given, inputs.digests, inputs.salt)

    units, component_of = _plan_units(shared)
    results = _run_units(shared, units, progress)
    crossing = crossing_call((c for r in results for c in r.calls), component_of) if len(units) > 1 else None
    if crossing is not None:
        # A module call the text search did not see (a source written as an expression):
        # the split was wrong, so the whole tree is evaluated again as one unit.
        progress.done = 0
        results = [_scan_unit(shared, sorted(texts), progress)]

    findings = [f for f in state.findings if f.rule_id in settings.levels]
    for finding in findings:
        finding.level = finding_level(finding.rule_id, finding.properties, settings.levels, settings.profile_levels)
    notifications = list(state.notifications)
    reads: dict[str, str] = {}
    for result in results:
        findings.extend(result.findings)
        notifications.extend(result.notifications)
        reads.update(result.reads)
        state.failed = state.failed or result.failed
    prefix = _repo_prefix(request, discovery.root)
    for finding in findings:
        finding.repo_prefix = prefix
    parse_cache = open_parse_cache(request.use_cache)
    if parse_cache is not None:  # bounded once, by what every unit (and worker) wrote
        parse_cache.written = sum(r.cache_written for r in results)
        parse_cache.prune()
    result = ScanResult(
        root=str(discovery.root),
        repo_root=str(request.repo_root or discovery.root),
        tool_version=request.tool_version,
        profiles=settings.profiles,
        rules=rules,
        findings=_unique_parse_failures(findings),
        notifications=sorted(set(notifications), key=_notification_order),
        files_scanned=state.files_scanned + sum(r.files_scanned for r in results),
        resources=sum(r.resources for r in results),
        placements=merge_placements(r.placements for r in results),
        # A file not fully read (PARSE001, whatever rules are selected) leaves the scan
        # incomplete: it did not see everything Terraform or kubectl would.
        execution_successful=not state.failed and not any(n.rule_id == PARSE_RULE for n in notifications),
        incomplete=state.failed,
        reads=dict(sorted(reads.items())),
        levels=dict(settings.levels),
        skipped=dict(sorted(skipped.items())),
    )
    result.stale_baseline_entries = suppress_by_baseline(result, baseline)
    return result


def _repo_prefix(request: ScanRequest, root: Path) -> str:
    from scanner.discover.repo import prefix_within

    return prefix_within(request.repo_root, root) if request.repo_root is not None else ""


def _skipped_counts(discovery: Discovery) -> dict[str, int]:
    counts: dict[str, int] = {}
    for skipped in discovery.skipped:
        counts[skipped.reason] = counts.get(skipped.reason, 0) + 1
    return counts


def _notification_order(n: Notification) -> tuple[Any, ...]:
    return (n.path or "", n.line or 0, n.message, n.rule_id or "", n.level.rank)


def _plan_units(shared: _Shared) -> tuple[list[list[str]], dict[str, str]]:
    """The units of a scan: one for a file-by-file scan, stdin or a scan that applies a plan
    (a plan is merged into the assets of the root module it was made from, wherever that
    lies); otherwise Terraform split by `scanner.units.partition`, and all the Kubernetes
    manifests in one unit (they share a scope)."""
    from scanner.units.partition import units

    texts = shared.texts
    request = shared.request
    tree_plans = not request.strict and any(kind == "json" and _is_plan(text) for kind, text in texts.values())
    if shared.discovery.explicit_files or request.plans or tree_plans:
        return [sorted(texts)], {}
    terraform = {rel: text for rel, (kind, text) in texts.items() if kind in TERRAFORM_KINDS}
    terraform_units, component_of = units(terraform)
    manifests = sorted(rel for rel in texts if rel not in terraform)
    return [*terraform_units, *([manifests] if manifests else [])] or [[]], component_of


def _run_units(shared: _Shared, units: list[list[str]], progress: _Progress) -> list[UnitResult]:
    """Every unit's result: from the result cache when nothing it read has changed, else
    evaluated, on every core when many files are left to evaluate."""
    cache = _result_cache(shared)
    keys = []
    if cache is not None:
        keys = [cache.key((rel, shared.texts[rel][0], shared.digest(rel)) for rel in unit) for unit in units]
    results: list[UnitResult | None] = [None] * len(units)
    if cache is not None:
        root = shared.discovery.root
        for index, key in enumerate(keys):
            results[index] = cache.load(key, lambda what: read_again(root, what, shared.discovery.repo_root))
            if results[index] is not None:
                for _ in units[index]:
                    progress.tick()
    todo = [index for index, result in enumerate(results) if result is None]
    for index, result in zip(todo, _evaluate_units(shared, [units[i] for i in todo], progress), strict=True):
        results[index] = result
        if cache is not None:
            cache.save(keys[index], result)
    if cache is not None:
        cache.store.prune()
    return [result for result in results if result is not None]


def _result_cache(shared: _Shared) -> Any:
    if shared.salt is None:
        return None
    from scanner.caches.store import cache_dir
    from scanner.units.results import ResultCache

    return ResultCache(cache_dir(), shared.salt)


def _evaluate_units(shared: _Shared, units: list[list[str]], progress: _Progress) -> list[UnitResult]:
    import gc

    gc.freeze()
    try:
        return _evaluate_frozen(shared, units, progress)
    finally:
        gc.unfreeze()


def _evaluate_frozen(shared: _Shared, units: list[list[str]], progress: _Progress) -> list[UnitResult]:
    from scanner.units import pool as parallel

    files = sum(len(unit) for unit in units)
    if parallel.worth_a_pool(files, len(units)):
        start = progress.done

        def done(index: int) -> None:
            for _ in units[index]:
                progress.tick()

        pooled = parallel.run_forked(
            lambda index: _scan_unit_and_collect(shared, units[index], None),
            [sum(len(shared.texts[rel][1]) for rel in unit) for unit in units],
            done,
        )
        if pooled is not None:
            return pooled
        progress.done = start
    # The last unit's cycles are left to the exit, which frees nothing (scanner/cli.py,
    # `_leave`): collecting them took 0.3 s of a scan of 10,000 resources in one module.
    last = len(units) - 1
    return [_scan_unit_and_collect(shared, unit, progress, i < last) for i, unit in enumerate(units)]


def _scan_unit_and_collect(
    shared: _Shared, rels: list[str], progress: _Progress | None, collect: bool = True
) -> UnitResult:
    import gc

    result = _scan_unit(shared, rels, progress)
    # A unit's evaluated modules hold cycles (instances ↔ project); with the raised GC
    # thresholds (scanner/cli.py) they would outlive the unit, and its parsed trees too.
    # Checks no longer hold the evaluator (assets carry facts), but the cycles are the
    # evaluator's own, so this still pays: the large benchmark corpus in one process
    # (taskset -c 0) peaks at 83 MB with it, 112 MB without, at the same CPU time.
    if collect:
        gc.collect()
    # What survives (the texts, the results so far) is never garbage: frozen, the next
    # unit's collection does not walk it again, and a forked worker does not copy its
    # pages by touching it. `_evaluate_units` thaws it in this process at the end.
    gc.freeze()
    return result


def _unique_parse_failures(findings: list[Finding]) -> list[Finding]:
    """Two units may both read a module outside the scanned tree, or a --var-file, that
    fails to parse: it is reported once."""
    seen: set[tuple[Any, ...]] = set()
    unique = []
    for finding in findings:
        if finding.rule_id == PARSE_RULE:
            key = (finding.location, finding.message, finding.suppression)
            if key in seen:
                continue
            seen.add(key)
        unique.append(finding)
    return unique


def _scan_unit(shared: _Shared, rels: list[str], progress: _Progress | None) -> UnitResult:
    """Load, evaluate and check the files `rels` (and the modules they call)."""
    from scanner.check.engine import run_checks
    from scanner.evaluate.budget import Budget, swap
    from scanner.suppress.inline import SuppressionPolicy, apply_suppressions

    request, config, settings = shared.request, shared.request.config, shared.settings
    state = _State(root=shared.discovery.root, progress=progress)
    state.cache = open_parse_cache(request.use_cache)
    # The unit's evaluation budget: spent while loading and while the assets step reads facts.
    budget = Budget()
    previous_budget = swap(budget)
    try:
        texts = {rel: shared.texts[rel] for rel in rels}
        terraform = {rel: text for rel, (kind, text) in texts.items() if kind in TERRAFORM_KINDS}
        project = _load_terraform(shared.discovery, terraform, state, request)
        documents = {rel: (kind, text) for rel, (kind, text) in texts.items() if kind in ("yaml", "json")}
        if request.stdin_text is None:
            documents = _kustomize(shared, documents, state)
            from scanner.load.helm import ChartSources

            charts = ChartSources(str(shared.discovery.root))  # a chart's sources are not manifests
            infrastructure = {
                rel
                for rel, (kind, text) in documents.items()
                if not charts.is_chart_source(rel) and _may_be_infrastructure(kind, text)
            }
            if not request.helm:
                state.notifications.extend(charts.notifications())
            for _ in range(len(documents) - len(infrastructure)):
                _tick(state)
            documents = {rel: document for rel, document in documents.items() if rel in infrastructure}
            if request.helm:
                documents.update(_render_charts(shared, charts.charts(), state))
        for rel, (kind, text) in documents.items():
            # The parsed document decides: a file counts once it holds an object (or a
            # plan), or fails to parse.
            infrastructure_file = _load_document(rel, kind, text, state)
            if request.stdin_text is None:  # stdin was counted as read
                state.files_scanned += infrastructure_file
        _link_manifests(state)
        plans = _plans(shared, documents, state)
        del texts, terraform, documents  # every file is parsed: the texts need not outlive the parse
        for rel, text, trusted in plans:
            _apply_plan(rel, text, trusted, state)
        del plans
        _read_facts(shared, state)
        # The assets hold facts now: the evaluated project (and its cycles) can go before checks.
        calls = project.local_calls if project is not None else []
        project = None
        findings, errors = run_checks(
            state.assets,
            shared.rules,
            settings,
            shared.catalog,
            config.trusted_registries,
            config.catalog.get("qualifications"),
        )
    except Exception as error:  # noqa: BLE001 - a failing unit is reported, the others still count
        state.internal_error(None, error)
        state.lost = True
        findings, errors, project, calls = [], [], None, []
    finally:
        swap(previous_budget)
    if state.lost:
        return _after_a_lost_unit(shared, rels, progress, state)
    _report_budget(budget, state)
    state.findings.extend(findings)
    for rule_id, address, error in errors:
        state.failed = True
        state.notifications.append(
            Notification(
                Level.ERROR,
                f"internal error in rule {rule_id} on {address}: {type(error).__name__}: {error}",
                None,
                None,
                rule_id,
            )
        )
    state.findings = [f for f in state.findings if f.rule_id in settings.levels]
    for finding in state.findings:
        finding.level = finding_level(finding.rule_id, finding.properties, settings.levels, settings.profile_levels)
    policy = SuppressionPolicy(
        config.inline_suppressions, config.justification_pattern, max_horizon_days=config.suppression_horizon_days
    )
    state.findings.extend(apply_suppressions(state.findings, _Lines(state.texts), policy, settings.levels))
    given = shared.given
    if given is not None:
        # A finding belongs to a given file if it is located there or its value came from there
        # (a changed tfvars file reports the resources it moves); a file read with them and
        # not fully read (PARSE001) is reported too: their values depend on it.
        state.findings = [
            f
            for f in state.findings
            if f.location.path in given
            or any(step.location.path in given for step in f.related)
            or f.rule_id == PARSE_RULE
        ]
        counted = [a for a in state.assets if a.resource.location.path in given]
    else:
        counted = state.assets
    return UnitResult(
        findings=state.findings,
        notifications=state.notifications,
        failed=state.failed,
        resources=len(counted),
        placements=count_placements(counted, shared.catalog),
        calls=calls,
        cache_written=state.cache.written if state.cache is not None else 0,
        reads=state.reads,
        files_scanned=state.files_scanned,
    )


def _read_facts(shared: _Shared, state: _State) -> None:
    """The assets step: each asset's attributes that the active rules read, read once into
    facts, and its regions placed by the catalog once; no check evaluates an expression or
    looks a region up, and the unit's evaluator can go before checks."""
    from scanner.adapt.assets import place, read_facts
    from scanner.check.engine import read_plan

    if shared.read_plan is None:
        qualifications = shared.request.config.catalog.get("qualifications")
        shared.read_plan = read_plan(shared.rules, shared.settings, qualifications)
    read_facts(state.assets, shared.read_plan.paths_for)
    place(state.assets, shared.catalog)


def _after_a_lost_unit(shared: _Shared, rels: list[str], progress: _Progress | None, state: _State) -> UnitResult:
    """A unit whose evaluation failed as a whole: its independent parts (components, which
    share no module call) are scanned again one by one, so that a fault costs only its own
    component; the files of a component lost all the same are reported as not scanned."""
    from scanner.units.partition import components, directory_of

    component_of = components({rel: shared.texts[rel][1] for rel in rels if shared.texts[rel][0] in TERRAFORM_KINDS})
    parts: dict[str, list[str]] = {}
    for rel in rels:
        parts.setdefault(component_of.get(directory_of(rel), ""), []).append(rel)
    if len(parts) > 1:
        results = [_scan_unit(shared, part, progress) for _, part in sorted(parts.items())]
        return UnitResult(
            findings=[f for r in results for f in r.findings],
            notifications=[n for r in results for n in r.notifications],
            failed=True,
            resources=sum(r.resources for r in results),
            placements=merge_placements(r.placements for r in results),
            calls=[c for r in results for c in r.calls],
            cache_written=sum(r.cache_written for r in results),
            reads={k: v for r in results for k, v in r.reads.items()},
            files_scanned=sum(r.files_scanned for r in results),
        )
    lost = [n.message for n in state.notifications if n.message.startswith("internal error")]
    for rel in rels:
        if shared.texts[rel][0] in TERRAFORM_KINDS:
            state.parse_failure(rel, f"not evaluated: {lost[-1] if lost else 'internal error'}", None)
    levels = shared.settings.levels
    findings = [f for f in state.findings if f.rule_id in levels]
    for finding in findings:
        finding.level = levels[finding.rule_id]
    return UnitResult(
        findings=findings,
        notifications=state.notifications,
        failed=True,
        resources=0,
        calls=[],
        cache_written=state.cache.written if state.cache is not None else 0,
        reads=state.reads,
        files_scanned=state.files_scanned,
    )


def _report_budget(budget: Any, state: _State) -> None:
    """What a budget dropped and what a fault cost: named, and the scan is incomplete."""
    for record in budget.records:
        state.notifications.append(Notification(Level.ERROR, record.message, record.path, record.line))
    if budget.uncounted:
        state.notifications.append(
            Notification(Level.ERROR, f"{budget.uncounted} more evaluation budgets reached or faults in this unit")
        )
    if budget.incomplete:
        state.failed = True


def _may_be_infrastructure(kind: str, text: str) -> bool:
    """A prefilter that cannot miss a manifest or a plan; the parsed document decides."""
    from scanner.load.kubernetes import looks_like_yaml_manifest

    if kind == "json" and _is_plan(text):
        return True
    return looks_like_yaml_manifest(text)


def _load_terraform(discovery: Discovery, texts: dict[str, str], state: _State, request: ScanRequest) -> Any:
    """The evaluated Project (None if the evaluator failed); its assets go to `state`."""
    from scanner.adapt.terraform import project_assets
    from scanner.evaluate.module import CliVariables, Module, TfFile
    from scanner.evaluate.project import Project

    by_dir: dict[str, list[TfFile]] = defaultdict(list)
    kinds = {f.rel: f.kind for f in discovery.files}
    if discovery.explicit_files and request.stdin_text is None:
        from scanner.discover.module_context import add_module_context

        for rel, reason in add_module_context(discovery, texts, kinds):
            state.parse_failure(rel, reason, None)
    for rel, text in sorted(texts.items()):
        parsed = _parse_terraform(rel, kinds[rel], text, state)
        if parsed is not None:
            by_dir[str(PurePosixPath(rel).parent)].append(TfFile(rel, kinds[rel], parsed))
    cli = CliVariables(env=dict(request.env_vars), values=dict(request.var_values), workspace=request.workspace)
    for var_file in request.var_files:
        cli.files.extend(_cli_var_file(var_file, discovery.root, state))
    modules = {d: Module(d, files) for d, files in by_dir.items()}
    state.modules = modules

    def load_module(directory: str) -> Module | None:
        found = module_dir_files(discovery.root, directory, repo_root=discovery.repo_root)
        state.reads[f"dir:{directory}"] = module_dir_hash(found)
        for rel, reason in found.unread:
            state.parse_failure(rel, reason, None)
        files = []
        for rel, kind, text in found.texts:
            parsed = _parse_terraform(rel, kind, text, state)
            if parsed is not None:
                files.append(TfFile(rel, kind, parsed))
        return Module(directory, files) if files else None

    def read_text_at(rel: str) -> str | None:
        text = text_at(discovery.root / rel)
        state.reads[f"file:{rel}"] = text_hash(text)
        return text

    terragrunt = {f.rel: f.body for files in by_dir.values() for f in files if f.kind == "terragrunt"}
    units = _terragrunt_units(discovery, terragrunt, state, request, read_text_at) if terragrunt else []
    try:
        project = Project(modules, load_module, read_text_at, cli, units).build()
        state.assets.extend(project_assets(project))
        state.notifications.extend(project.notifications)
    except Exception as error:  # noqa: BLE001 - contain an evaluator failure
        state.internal_error(None, error)
        state.lost = True
        return None
    return project


def _terragrunt_units(
    discovery: Discovery, bodies: dict[str, Any], state: _State, request: ScanRequest, read: Callable[[str], Any]
) -> list[Any]:
    """The Terragrunt units among the parsed `terragrunt.hcl` files (scanner/evaluate/terragrunt.py)."""
    from scanner.evaluate.terragrunt import plan_units
    from scanner.load.terragrunt import HclFiles

    def parse(rel: str, kind: str, text: str) -> Any:
        return _parse_terraform(rel, kind, text, state)

    files = HclFiles(discovery.root, discovery.repo_root, read, lambda rel, text: parse(rel, "tf", text))
    return plan_units(bodies, files, dict(request.env_vars), parse, state.parse_failure)


def _keep_for_suppressions(rel: str, text: str, state: _State) -> None:
    """Only a file that holds a suppression comment is read again (scanner/suppress/inline.py)."""
    if "sovscan:ignore" in text:
        state.texts[rel] = text


def _tick(state: _State) -> None:
    if state.progress is not None:
        state.progress.tick()


def _parse_terraform(rel: str, kind: str, text: str, state: _State) -> dict[str, Any] | None:
    from scanner.load.errors import LoadError

    _tick(state)
    _keep_for_suppressions(rel, text, state)
    try:
        if state.cache is None:
            return _parse_terraform_text(kind, text)
        return state.cache.parsed(kind, text, partial(_parse_terraform_text, kind), LoadError, _same, _a_body)
    except LoadError as error:
        state.parse_failure(rel, error.message, error.line)
        return None
    except Exception as error:  # noqa: BLE001 - a parser bug must not lose the scan
        state.parse_failure(rel, f"could not be parsed ({type(error).__name__})", None)
        return None


def _same(value: Any) -> Any:
    return value


def _a_body(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError("a cached body is a mapping")
    return value


def _parse_terraform_text(kind: str, text: str) -> dict[str, Any]:
    from scanner.load.terraform import load_hcl, load_json_config

    return load_json_config(text) if kind.endswith(".json") else load_hcl(text)


def _cli_var_file(path: Path, root: Path, state: _State) -> list[Any]:
    from scanner.config.trusted_files import read_var_file
    from scanner.evaluate.module import TfFile

    text = read_var_file(path)
    rel = path.resolve().as_posix()
    kind = "tfvars.json" if path.name.endswith(".json") else "tfvars"
    parsed = _parse_terraform(rel, kind, text, state)
    return [TfFile(rel, kind, parsed)] if parsed is not None else []


def _load_document(rel: str, kind: str, text: str, state: _State) -> bool:
    """Load a YAML or JSON file's Kubernetes objects; whether it is infrastructure (a
    plan, a file that holds an object, or one that fails to parse)."""
    if kind == "json" and _is_plan(text):
        return True
    from scanner.adapt.kubernetes import object_asset, object_resource
    from scanner.load.kubernetes import YamlLoadError

    _tick(state)
    _keep_for_suppressions(rel, text, state)
    try:
        objects = _manifests(rel, text, state)
    except YamlLoadError as error:
        state.parse_failure(rel, error.message, error.line)
        return True
    except Exception as error:  # noqa: BLE001 - a loader bug must not lose the scan
        state.parse_failure(rel, f"could not be parsed ({type(error).__name__})", None)
        return True
    for item in objects:
        try:
            resource = object_resource(item.obj, rel, item.start_line, item.end_line, item.lines)
            asset = object_asset(resource)
        except Exception as error:  # noqa: BLE001
            state.internal_error(rel, error)
            continue
        state.assets.append(asset)
    return bool(objects)


def _kustomize(shared: _Shared, documents: dict[str, tuple[str, str]], state: _State) -> dict[str, tuple[str, str]]:
    """Check each root kustomization's rendered output (scanner/adapt/kustomize.py); the
    documents left are those no render read."""
    from scanner.load.kustomize_files import is_kustomization

    given = shared.given
    if not documents or (given is None and not any(is_kustomization(rel) for rel in documents)):
        return documents
    from scanner.adapt.kustomize import kustomizations_in, scan_kustomizations

    root = shared.discovery.root

    def read(path: Path) -> str | None:
        text = text_at(path)
        state.reads[f"file:{Path(os.path.relpath(path, root)).as_posix()}"] = text_hash(text)
        return text

    texts = {rel: text for rel, (kind, text) in documents.items() if kind == "yaml"}
    if given is not None:  # files named one by one: the repository's kustomizations may render them
        texts = {**kustomizations_in(shared.request.repo_root or root, root, read), **texts}
    scan = scan_kustomizations(texts, root, shared.request.repo_root, read, given)
    for rel, text in scan.files.items():
        _keep_for_suppressions(rel, text, state)
    for rel, message, line in scan.failures:
        state.parse_failure(rel, message, line)
    state.notifications.extend(scan.notifications)
    state.assets.extend(scan.assets)
    rendered = [rel for rel in documents if rel in scan.consumed]
    for _ in rendered:
        _tick(state)
    state.files_scanned += len(rendered)
    return {rel: document for rel, document in documents.items() if rel not in scan.consumed}


def _render_charts(shared: _Shared, charts: list[tuple[str, str]], state: _State) -> dict[str, tuple[str, str]]:
    """--helm: each chart's rendered documents, by template; a chart helm does not render fails closed."""
    from scanner.load.helm_render import render_chart

    rendered: dict[str, tuple[str, str]] = {}
    request = shared.request
    for chart, shown in charts:
        result = render_chart(chart, str(shared.discovery.root), request.helm_values, request.helm_timeout)
        if result.error is not None:
            state.parse_failure(shown, f"Helm chart not rendered: {result.error}", None)
            state.files_scanned += 1  # failed closed: counted, as a file that does not parse
            continue
        rendered.update((rel, ("yaml", text)) for rel, text in result.documents.items())
    return rendered


def _link_manifests(state: _State) -> None:
    """Placement one Kubernetes object takes from another (a claim from its StorageClass, an
    XR from its Composition): all of a scan's manifests are in one unit."""
    from scanner.adapt.kubernetes import link_objects

    for rel, error in link_objects(state.assets):
        state.internal_error(rel, error)


def _plans(shared: _Shared, documents: dict[str, tuple[str, str]], state: _State) -> list[tuple[str, str, bool]]:
    """(shown path, text, trusted) of the plans this unit applies: those named by --plan
    (trusted, wherever they lie), then, outside strict mode, those found in the tree. In
    strict mode a plan found in the tree is reported, not applied."""
    root = shared.discovery.root.resolve()
    plans: list[tuple[str, str, bool]] = []
    named: set[str] = set()
    for path in shared.request.plans:
        # Outside the tree, the path as given: a finding located there keeps its identity
        # from one CI runner's folder to the next.
        resolved = path.resolve()
        rel = resolved.relative_to(root).as_posix() if resolved.is_relative_to(root) else path.as_posix()
        named.add(rel)
        try:
            text = read_text(path, CONTEXT_READ_LIMIT)
        except ReadFailure as failure:
            state.parse_failure(rel, f"the plan given with --plan cannot be read: {failure}", None)
            continue
        if not _is_plan(text):
            state.parse_failure(rel, "the file given with --plan is not a Terraform plan (terraform show -json)", None)
            continue
        plans.append((rel, text, True))
    for rel, (kind, text) in sorted(documents.items()):
        if kind != "json" or rel in named or not _is_plan(text):
            continue
        if shared.request.strict:
            state.notifications.append(
                Notification(
                    Level.WARNING,
                    "a Terraform plan found in the scanned tree is not applied in strict mode: "
                    "name a plan you trust with --plan",
                    rel,
                )
            )
            continue
        plans.append((rel, text, False))
    return plans


def _apply_plan(rel: str, text: str, trusted: bool, state: _State) -> None:
    """Merge a plan into the statically evaluated assets: it resolves what they left unknown."""
    from scanner.adapt.tfplan import PlanError, apply_plan

    try:
        merge = apply_plan(rel, text, state.assets, state.modules, trusted)
    except PlanError as error:
        state.parse_failure(rel, f"not a readable Terraform plan: {error}", None)
        return
    except Exception as error:  # noqa: BLE001 - contain a plan reader failure
        state.internal_error(rel, error)
        return
    state.assets = merge.assets
    state.notifications.extend(merge.notes)


def _manifests(rel: str, text: str, state: _State) -> list[Any]:
    """Kubernetes objects of a file, from the parse cache when it has them."""
    from scanner.load.kubernetes import ManifestObject, YamlLoadError, load_manifests

    if state.cache is None:
        return load_manifests(text)

    def to_json(objects: list[ManifestObject]) -> list[dict[str, Any]]:
        return [
            {"obj": o.obj, "start": o.start_line, "end": o.end_line, "doc": o.document, "lines": o.lines}
            for o in objects
        ]

    def from_json(entries: list[dict[str, Any]]) -> list[ManifestObject]:
        if not isinstance(entries, list):
            raise TypeError("cached objects are a list")
        return [ManifestObject(o["obj"], o["start"], o["end"], o["doc"], o["lines"]) for o in entries]

    return state.cache.parsed("yaml", text, load_manifests, YamlLoadError, to_json, from_json)
