"""The few plain dataclasses every stage shares.

Arrows point down: every stage may import this module; this module imports no stage.
`Level` and `Notification` live in `scanner.levels` (cheap to import) and are re-exported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from scanner.config.weakening import Weakening
from scanner.levels import Level, Notification

__all__ = [
    "Asset",
    "AttributeFacts",
    "AttributeReader",
    "Finding",
    "Level",
    "Location",
    "Notification",
    "Placement",
    "Resource",
    "ScanResult",
    "Step",
    "Suppression",
    "UnreadPath",
    "Value",
    "Weakening",
]


class Location(NamedTuple):
    """A span of lines in a scanned file; `path` is POSIX and relative to the scan root."""

    path: str
    start_line: int
    end_line: int
    start_column: int | None = None
    end_column: int | None = None


class Step(NamedTuple):
    """One link of a provenance chain: where a value was written, and how it got there."""

    label: str
    location: Location


class Value(NamedTuple):
    """A value that knows where it came from, or an unknown that knows why.

    `origin` lists the chain from the place the value was finally used back to where it
    was written, e.g. provider block `region` ← `var.region` ← `prod.tfvars:3`.
    """

    value: Any
    known: bool = True
    reason: str | None = None
    origin: tuple[Step, ...] = ()
    # An evaluation error (a missing key, a failed function call), which Terraform's
    # try() and can() recover from, as opposed to a value only known at apply time.
    error: bool = False

    @classmethod
    def unknown(cls, reason: str, origin: tuple[Step, ...] = ()) -> Value:
        return cls(None, known=False, reason=reason, origin=origin)

    def behind(self, *steps: Step) -> Value:
        """The same value, reached through `steps` first."""
        return Value(self.value, self.known, self.reason, (*steps, *self.origin), self.error)

    @classmethod
    def failure(cls, reason: str, origin: tuple[Step, ...] = ()) -> Value:
        return cls(None, known=False, reason=reason, origin=origin, error=True)


@dataclass(slots=True)
class Resource:
    """A raw resource from one loader, before any cloud-specific reading.

    `kind` is the input family: "terraform", "tfplan" or "kubernetes". For Terraform,
    `type` is the resource type (`aws_s3_bucket`); for Kubernetes it is `apiVersion/kind`.
    """

    kind: str
    type: str
    name: str
    address: str
    location: Location
    body: dict[str, Any] = field(default_factory=dict)
    provider: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


class AttributeReader(Protocol):
    """What an adapter reads a resource's attributes with (scanner/adapt/readers.py): live,
    it may evaluate expressions. Only the assets step uses it, to read `AttributeFacts`."""

    def values(self, path: str) -> list[Value]: ...

    def references(self, path: str) -> list[str]: ...


class UnreadPath(LookupError):
    """A check asked for an attribute path the assets step did not read: the read plan
    (scanner/check/reads.py) misses what a check kind reads. A programming error, never an
    empty answer, which would pass a requirement that was not checked."""


@dataclass(frozen=True, slots=True)
class AttributeFacts:
    """A resource's attributes as the assets step read them, before any check: for each
    dotted path a rule may read on its type, every value there (each possible value of a
    choice made at apply time, with its condition) and the resources its expression names.

    A path whose reading failed holds the error, raised again when a check asks for it: it
    costs the rules that read that path on this resource, reported as internal errors.
    """

    read: Mapping[str, tuple[Value, ...] | BaseException] = field(default_factory=dict)
    referenced: Mapping[str, tuple[str, ...] | BaseException] = field(default_factory=dict)
    # Where the resource itself is written (a Kubernetes object's address and lines).
    origin: tuple[Step, ...] = ()

    def values(self, path: str) -> list[Value]:
        """Every value at `path` ([] when the attribute is not set)."""
        return list(_fact(self.read, path, "values"))

    def references(self, path: str) -> list[str]:
        """`type.name` of the resources the expression at `path` names (sorted)."""
        return list(_fact(self.referenced, path, "references"))


def _fact(facts: Mapping[str, tuple[Any, ...] | BaseException], path: str, what: str) -> tuple[Any, ...]:
    found = facts.get(path)
    if found is None:
        raise UnreadPath(f"the {what} of attribute path {path!r} were not read in the assets step")
    if isinstance(found, BaseException):
        raise found.with_traceback(None)
    return found


class Placement(NamedTuple):
    """Where one possible value of an asset's region puts it, as the region catalog says:
    looked up once in the assets step (scanner/adapt/assets.py), read by every check."""

    # Which of the asset's regions, and the possible value of it (with its condition).
    index: int
    value: Value
    condition: tuple[Any, ...]
    # The countries it lands in; None when not known (unknown region, not in the catalog).
    countries: tuple[str, ...] | None
    # The catalog fact that places a region sovscan cannot read ("every region of … is in FR").
    fact: str = ""
    # The catalog's code of the region (a zone `fr-par-1` gives `fr-par`); None when the catalog
    # does not know the value as a region.
    region: str | None = None
    # The catalog's name for where the region is ("Paris"), and the widest zone of its countries.
    location: str = ""
    zone: str = ""


@dataclass(slots=True)
class Asset:
    """A provider-neutral view of something deployed: where it lands, who runs it.

    `region_catalog` is the key of the catalog's region list its regions are read in (`aws`,
    `azurerm`, `google`…; rules/catalog/regions/<key>.yaml), not the operator (`source` and
    `settings` select that).
    A resource that is placed nowhere by itself (a child of another, a global service)
    has `placed` False and no regions.
    """

    resource: Resource
    region_catalog: str
    service: str
    regions: tuple[Value, ...] = ()
    placed: bool = True
    # Registry source of the Terraform provider (`hashicorp/google`), and the provider
    # configuration's settings that select an operator (`universe_domain`, `endpoint`…).
    source: str = ""
    settings: dict[str, Value] = field(default_factory=dict)
    # The resource's attributes as read in the assets step (scanner/adapt/facts.py): what
    # checks read. None for an asset with no attributes of its own (a module call, a fault).
    facts: AttributeFacts | None = None
    # The adapter's live reader, which may evaluate expressions: the assets step reads the
    # facts through it and drops it, so that no check holds the evaluator.
    reader: AttributeReader | None = None
    # Each possible value of each region, placed by the catalog (the assets step); None until
    # then, which a check of a placed asset refuses rather than judge nothing.
    placements: tuple[Placement, ...] | None = None

    def placed_at(self) -> tuple[Placement, ...]:
        """The asset's placements; an error when the assets step has not placed it."""
        if self.placements is None:
            if self.placed and self.regions:
                raise LookupError(f"{self.resource.address} was not placed in the assets step")
            return ()
        return self.placements


class Suppression(NamedTuple):
    kind: str  # "inSource" | "external"
    justification: str
    location: Location | None = None


@dataclass(slots=True)
class Finding:
    rule_id: str
    level: Level
    message: str
    location: Location
    address: str = ""
    related: tuple[Step, ...] = ()
    fingerprint_key: str = ""
    suppression: Suppression | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    # The finding's identity besides rule, file and address (scanner/report/fingerprint.py):
    # the root module (or overlay) its address is relative to, scan-root-relative; the
    # attribute path and the value (as text) that triggered it; the condition it holds
    # under ("" when it always holds).
    root: str = ""
    attribute: str = ""
    value: str = ""
    condition: str = ""
    # The scan root's path within the repository (scanner/discover/repo.py), set by the pipeline,
    # so that a fingerprint names files repository-relative whatever folder was scanned.
    repo_prefix: str = ""


@dataclass(slots=True)
class ScanResult:
    """Everything a reporter needs; reporters format it and decide nothing.

    `rules` holds the `scanner.check.rule.Rule` objects that ran, sorted by id.
    `root` is the absolute scan root; every `Location.path` is relative to it.
    """

    root: str
    tool_version: str
    profiles: tuple[str, ...]
    rules: list[Any]
    findings: list[Finding]
    notifications: list[Notification]
    files_scanned: int = 0
    resources: int = 0
    # False whenever a file or resource was not fully read and evaluated (a PARSE001, an
    # internal error, a budget reached).
    execution_successful: bool = True
    # An internal error or a budget stopped part of the evaluation: exit 3, which wins over
    # findings. A file that could not be read or parsed is a PARSE001 finding instead.
    incomplete: bool = False
    # What the scan read besides its files ("file:<rel>" or "dir:<rel>" → a hash of it),
    # for a cached report to check again (scanner/caches/reports.py).
    reads: dict[str, str] = field(default_factory=dict)
    # The repository root (absolute; scanner/discover/repo.py): reports that land in a repository
    # (SARIF, GitLab, JUnit, Markdown) and fingerprints give paths relative to it.
    repo_root: str = ""
    # What made this scan weaker than its trusted settings, and what the scanned tree
    # tried and was refused (scanner/config/trust.py); every reporter shows it.
    weakened: list[Weakening] = field(default_factory=list)
    strict: bool = False
    # The level the active profiles give each rule that ran (a rule's own level otherwise).
    levels: dict[str, Level] = field(default_factory=dict)
    # What was left out on purpose and a user might expect scanned (excluded, a skipped
    # folder…): reason → how many files or folders (`--list-files` names them).
    skipped: dict[str, int] = field(default_factory=dict)
    # Where the placed resources are: their countries ("DE,FR", sorted), or "" when not
    # known → how many resource instances (scanner/adapt/placements.py; the HTML zone charts).
    placements: dict[str, int] = field(default_factory=dict)
    # Baseline entries no finding matched (scanner/suppress/inline.py); stderr says how many.
    stale_baseline_entries: int = 0
