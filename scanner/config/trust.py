"""The trust model: where a scan's settings come from, and what weakened it.

Trusted: the command line, and the file `--config FILE` names (wherever it lies). The
tree: a `.sovscan.yaml` or `[tool.sovscan]` found in the scanned repository (the scan
root, then each folder up to the repository root; the nearest wins). Outside strict
mode `--config` replaces the tree's file; in strict mode the tree's file is still read.
Settings are layered defaults ← trusted file ← tree file ← command line, so the command
line always wins.

A tree setting is *weakening* when the effective value is weaker than what the trusted
sources alone give. Outside strict mode it applies and is listed; in strict mode it is
refused and listed. Catalog facts and the suppression horizon come only from a trusted
file, in every mode. Every weakening lands in `Config.weakened`, for reporters to show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scanner.config.settings import (
    Config,
    ConfigError,
    find_tree_config,
    read_config_file,
    settings_from_mapping,
    validate_profiles,
)
from scanner.config.weakening import Weakening, weakening_order
from scanner.levels import Level

if TYPE_CHECKING:
    from scanner.runner import ScanOptions

COMMAND_LINE = "command line"
# Keys a file in the scanned tree may never set, in any mode.
_TRUSTED_ONLY = {
    "catalog": "catalog",
    "suppression_horizon_days": "suppression-max-horizon-days",
    "helm_allowed": "helm",  # running a binary on the tree is the one exception to "nothing runs"
}
# A higher rank fails on fewer findings.
_FAIL_ON_RANK = {"note": 1, "warning": 2, "error": 3, "never": 4}
_LEVEL_RANK = {Level.NOTE: 1, Level.WARNING: 2, Level.ERROR: 3}


def resolve_config(options: ScanOptions, scan_root: Path, repo_root: Path) -> Config:
    from scanner.ruledata.bundle import names_in

    known_rules, known_profiles = set(names_in("rules")), set(names_in("profiles"))
    base = Config()
    trusted_label = None
    if options.config_file is not None:
        data, trusted_label = read_config_file(options.config_file)
        base = base._replace(
            source=trusted_label, **settings_from_mapping(data, trusted_label, known_rules, known_profiles)
        )
    command_line = _CommandLine(options, known_rules, known_profiles)
    trusted = command_line.apply(base)
    weakened = _trusted_weakenings(base, options, trusted_label)
    tree_path = _tree_config(options, scan_root, repo_root)
    effective = trusted
    if tree_path is not None:
        data, label = read_config_file(tree_path)
        source = _tree_label(tree_path, repo_root, label)
        tree = settings_from_mapping(data, source, known_rules, known_profiles)
        merged, found = _merge_tree(base, trusted, tree, source, command_line)
        effective = command_line.apply(merged._replace(source=label))
        weakened.extend(found)
    return effective._replace(weakened=tuple(sorted(set(weakened), key=weakening_order)))


def _tree_config(options: ScanOptions, scan_root: Path, repo_root: Path) -> Path | None:
    """The tree's configuration file to judge. `--config` replaces it outside strict mode
    (as with ruff); in strict mode it is still read, and may only make the scan stricter."""
    if options.config_file is not None and not options.strict:
        return None
    found = find_tree_config(scan_root, repo_root)
    if found is None or (options.config_file is not None and found.resolve() == options.config_file.resolve()):
        return None
    return found


class _CommandLine:
    """The command-line options, laid over a configuration: they always win."""

    def __init__(self, options: ScanOptions, known_rules: set[str], known_profiles: set[str]) -> None:
        self.options = options
        self.known_rules = known_rules
        self.profiles = validate_profiles(options.profiles, known_profiles) if options.profiles else None
        self.selected = rule_list(options.select, known_rules, "--select") if options.select else None
        self.ignored = rule_list(options.ignore, known_rules, "--ignore")

    def apply(self, config: Config) -> Config:
        if self.profiles is not None:
            config = config._replace(profiles=self.profiles)
        if self.options.fail_on:
            config = config._replace(fail_on=self.options.fail_on)
        if self.options.excludes:
            config = config._replace(excludes=config.excludes + tuple(self.options.excludes))
        disabled = set(config.disabled)
        if self.selected is not None:
            # `--select RES001` runs RES001 even where a file disabled it.
            disabled = (disabled - self.selected) | (self.known_rules - self.selected)
        return config._replace(disabled=frozenset(disabled | self.ignored))


def rule_list(values: tuple[str, ...], known_rules: set[str], option: str) -> set[str]:
    rules = {part.strip().upper() for value in values for part in value.split(",") if part.strip()}
    for rule in sorted(rules - known_rules):
        raise ConfigError(f"{option}: unknown rule '{rule}' (see 'sovscan rules')")
    return rules


def _tree_label(path: Path, repo_root: Path, label: str) -> str:
    """The tree file as the report names it: relative to the repository (reports are
    byte-identical wherever the repository is checked out)."""
    try:
        rel = path.resolve().relative_to(repo_root.resolve()).as_posix()
    except ValueError:
        rel = path.name
    return f"{rel} [tool.sovscan]" if label.endswith("[tool.sovscan]") else rel


def _trusted_weakenings(base: Config, options: ScanOptions, label: str | None) -> list[Weakening]:
    """What the trusted sources themselves leave out: listed, never refused."""
    found = [Weakening("exclude", pattern, label or COMMAND_LINE, True) for pattern in base.excludes]
    found.extend(Weakening("exclude", pattern, COMMAND_LINE, True) for pattern in options.excludes)
    if label is not None:
        for key in ("regions", "qualifications"):
            for name in sorted(base.catalog.get(key) or {}):
                found.append(Weakening("catalog", f"{key}.{name}", label, True))
    return found


def _merge_tree(
    base: Config, trusted: Config, tree: dict[str, Any], source: str, command_line: _CommandLine
) -> tuple[Config, list[Weakening]]:
    """`base` with the tree's settings laid over it: in strict mode only those that do
    not weaken `trusted` (the trusted file with the command line). What the command line
    sets is not a weakening: it wins anyway."""
    options = command_line.options
    strict = options.strict
    changes: dict[str, Any] = {}
    found: list[Weakening] = []

    def note(setting: str, detail: str, applied: bool) -> None:
        found.append(Weakening(setting, detail, source, applied))

    for field, key in _TRUSTED_ONLY.items():
        if field in tree:
            note(key, _trusted_only_detail(field, tree[field]), False)
    if "profiles" in tree and not options.profiles:
        dropped = [p for p in trusted.profiles if p not in tree["profiles"]]
        if strict:
            changes["profiles"] = tuple(dict.fromkeys((*base.profiles, *tree["profiles"])))
        else:
            changes["profiles"] = tree["profiles"]
        for name in dropped:
            note("profile", f"without {name}", not strict)
    if "excludes" in tree:
        for pattern in tree["excludes"]:
            note("exclude", pattern, not strict)
        if not strict:
            changes["excludes"] = base.excludes + tree["excludes"]
    if "fail_on" in tree and not options.fail_on:
        weaker = _FAIL_ON_RANK[tree["fail_on"]] > _FAIL_ON_RANK[trusted.fail_on]
        if weaker:
            note("fail-on", tree["fail_on"], not strict)
        if not (weaker and strict):
            changes["fail_on"] = tree["fail_on"]
    if "disabled" in tree:
        newly = sorted(tree["disabled"] - trusted.disabled - (command_line.selected or set()))
        for rule_id in newly:
            note("disable", rule_id, not strict)
        if not strict:
            changes["disabled"] = base.disabled | tree["disabled"]
    if "severity" in tree:
        kept = _merge_severity(trusted, tree["severity"], strict, note)
        changes["severity"] = {**base.severity, **kept}
    _merge_scalars(trusted, tree, strict, changes, note)
    return base._replace(**changes), found


def _merge_severity(
    trusted: Config, levels: dict[str, Level], strict: bool, note: Callable[[str, str, bool], None]
) -> dict[str, Level]:
    current = _trusted_levels(trusted)
    kept: dict[str, Level] = {}
    for rule_id, level in sorted(levels.items()):
        before = current.get(rule_id)
        lowered = before is not None and _LEVEL_RANK[level] < _LEVEL_RANK[before]
        if lowered:
            note("severity", f"{rule_id} {before.value} -> {level.value}", not strict)  # type: ignore[union-attr]
        if not (lowered and strict):
            kept[rule_id] = level
    return kept


def _trusted_levels(trusted: Config) -> dict[str, Level]:
    """Each enabled rule's level under the trusted settings (reads the profiles: only
    when a tree file sets `severity`)."""
    from scanner.check.library import combine

    return dict(combine(trusted.profiles, dict(trusted.severity), trusted.disabled).levels)


def _merge_scalars(
    trusted: Config, tree: dict[str, Any], strict: bool, changes: dict[str, Any], note: Callable[[str, str, bool], None]
) -> None:
    def take(field: str, weaker: bool, setting: str, detail: str) -> None:
        if weaker:
            note(setting, detail, not strict)
        if not (weaker and strict):
            changes[field] = tree[field]

    if "inline_suppressions" in tree:
        allow = tree["inline_suppressions"]
        take("inline_suppressions", allow and not trusted.inline_suppressions, "inline-suppressions", "allow")
    if "justification_pattern" in tree:
        pattern = tree["justification_pattern"]
        before = trusted.justification_pattern
        take(
            "justification_pattern",
            before is not None and pattern.pattern != before.pattern,
            "suppression-justification-pattern",
            pattern.pattern,
        )
    if "max_file_size" in tree:
        size = tree["max_file_size"]
        take("max_file_size", size > trusted.max_file_size, "max-file-size", str(size))
    if "trusted_registries" in tree:
        added = [r for r in tree["trusted_registries"] if r not in trusted.trusted_registries]
        take("trusted_registries", bool(added), "trusted-registries", ", ".join(added))


def _trusted_only_detail(field: str, value: Any) -> str:
    if field == "catalog":
        names = [f"{key}.{name}" for key in ("regions", "qualifications") for name in sorted(value.get(key) or {})]
        return ", ".join(names)
    if field == "helm_allowed":
        return "allow" if value else "deny"
    return str(value)
