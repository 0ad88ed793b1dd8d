"""Settings: defaults ← configuration file ← command line, validated in one place.

The configuration file is data only (YAML or TOML read with safe loaders): nothing in it
can name code to import or run, so a file in a scanned pull request is harmless.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from scanner.config.weakening import Weakening
from scanner.discover.walk import DEFAULT_MAX_BYTES
from scanner.levels import Level

if TYPE_CHECKING:
    from scanner.runner import ScanOptions

FAIL_ON = ("error", "warning", "note", "never")
CONFIG_NAME = ".sovscan.yaml"
BASELINE_NAME = ".sovscan-baseline.json"
# How far ahead an inline suppression's `until=` may lie, unless a trusted file says otherwise.
DEFAULT_SUPPRESSION_HORIZON_DAYS = 365
_MAX_PATTERN = 200


class ConfigError(Exception):
    """A configuration problem: exit code 2, one line naming what is wrong."""


_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Config(NamedTuple):
    """The scan's settings. A NamedTuple (immutable; `_replace` for a changed copy): a frozen
    dataclass takes a millisecond to build at import, and every cached re-scan imports this."""

    profiles: tuple[str, ...] = ("hds",)
    excludes: tuple[str, ...] = ()
    fail_on: str = "error"
    disabled: frozenset[str] = frozenset()
    severity: Mapping[str, Level] = _EMPTY
    inline_suppressions: bool = True
    justification_pattern: re.Pattern[str] | None = None
    max_file_size: int = DEFAULT_MAX_BYTES
    trusted_registries: tuple[str, ...] = ()
    # {"regions": {provider: {code: entry}}, "qualifications": {operator: [entry]}}
    catalog: Mapping[str, Any] = _EMPTY
    source: str | None = None
    suppression_horizon_days: int = DEFAULT_SUPPRESSION_HORIZON_DAYS
    # `helm: allow` in the trusted file: --helm may run the helm binary under --strict.
    helm_allowed: bool = False
    # What made this scan weaker than its trusted settings alone, or was refused
    # (scanner/config/trust.py); part of the configuration so that a cached report keys on it.
    weakened: tuple[Weakening, ...] = ()


_KEYS = (
    "profile",
    "exclude",
    "fail-on",
    "disable",
    "severity",
    "inline-suppressions",
    "suppression-justification-pattern",
    "max-file-size",
    "trusted-registries",
    "catalog",
    "suppression-max-horizon-days",
    "helm",
)


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"'{key}' must be a string or a list of strings")


def _rule_ids(value: Any, key: str, known_rules: set[str]) -> tuple[str, ...]:
    ids = tuple(v.upper() for v in _strings(value, key))
    for rule_id in ids:
        if rule_id not in known_rules:
            raise ConfigError(f"'{key}': unknown rule '{rule_id}'")
    return ids


def apply_mapping(config: Config, data: Any, source: str, known_rules: set[str], known_profiles: set[str]) -> Config:
    changes = settings_from_mapping(data, source, known_rules, known_profiles)
    return config._replace(source=source, **changes)


def settings_from_mapping(data: Any, source: str, known_rules: set[str], known_profiles: set[str]) -> dict[str, Any]:
    """The `Config` fields a configuration mapping sets, validated."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the configuration must be a mapping of keys to values")
    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _KEYS:
            raise ConfigError(f"{source}: unknown key '{key}' (known keys: {', '.join(_KEYS)})")
        try:
            changes.update(_setting(str(key), value, known_rules, known_profiles))
        except ConfigError as error:
            raise ConfigError(f"{source}: {error}") from None
    return changes


def _setting(key: str, value: Any, known_rules: set[str], known_profiles: set[str]) -> dict[str, Any]:
    if key == "profile":
        return {"profiles": validate_profiles(_strings(value, key), known_profiles)}
    if key == "exclude":
        return {"excludes": _strings(value, key)}
    if key == "fail-on":
        if value not in FAIL_ON:
            raise ConfigError(f"'fail-on' must be one of {', '.join(FAIL_ON)}")
        return {"fail_on": value}
    if key == "disable":
        return {"disabled": frozenset(_rule_ids(value, key, known_rules))}
    if key == "severity":
        return {"severity": _severity(value, known_rules)}
    if key == "inline-suppressions":
        if value not in ("allow", "deny"):
            raise ConfigError("'inline-suppressions' must be 'allow' or 'deny'")
        return {"inline_suppressions": value == "allow"}
    if key == "suppression-justification-pattern":
        return {"justification_pattern": _pattern(value)}
    if key == "catalog":
        return {"catalog": _catalog_overrides(value)}
    if key == "trusted-registries":
        return {"trusted_registries": _strings(value, key)}
    if key == "max-file-size":
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise ConfigError("'max-file-size' must be a positive number of bytes")
        return {"max_file_size": value}
    if key == "suppression-max-horizon-days":
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise ConfigError("'suppression-max-horizon-days' must be a positive number of days")
        return {"suppression_horizon_days": value}
    if key == "helm":
        if value not in ("allow", "deny"):
            raise ConfigError("'helm' must be 'allow' or 'deny'")
        return {"helm_allowed": value == "allow"}
    raise ConfigError(f"unknown key '{key}'")


def _catalog_overrides(value: Any) -> dict[str, Any]:
    """Validate user additions to the catalog; each must say why (a `note`)."""
    if not isinstance(value, dict):
        raise ConfigError("'catalog' must be a mapping with 'regions' and/or 'qualifications'")
    for key in value:
        if key not in ("regions", "qualifications"):
            raise ConfigError(f"'catalog': unknown key '{key}' (known keys: regions, qualifications)")
    regions = value.get("regions") or {}
    if not isinstance(regions, dict):
        raise ConfigError("'catalog.regions' must map a provider to its regions")
    for provider, entries in regions.items():
        if not isinstance(entries, dict):
            raise ConfigError(f"'catalog.regions.{provider}' must map region codes to entries")
        for code, entry in entries.items():
            where = f"'catalog.regions.{provider}.{code}'"
            if not isinstance(entry, dict) or not isinstance(entry.get("note"), str) or not entry["note"].strip():
                raise ConfigError(f"{where} needs a 'note' saying where the fact comes from")
            countries = entry.get("countries") or ([entry["country"]] if "country" in entry else [])
            if not countries or not all(isinstance(c, str) and len(c) == 2 and c.isupper() for c in countries):
                raise ConfigError(
                    f"{where} needs 'country' (or 'countries') as ISO codes such as \"FR\" (quote \"NO\")"
                )
    qualifications = value.get("qualifications") or {}
    if not isinstance(qualifications, dict):
        raise ConfigError("'catalog.qualifications' must map an operator to a list of qualifications")
    for operator, entries in qualifications.items():
        if not isinstance(entries, list):
            raise ConfigError(f"'catalog.qualifications.{operator}' must be a list")
        for entry in entries:
            where = f"'catalog.qualifications.{operator}'"
            if not isinstance(entry, dict) or not entry.get("name") or not entry.get("status"):
                raise ConfigError(f"{where}: each entry needs 'name' and 'status'")
            if not isinstance(entry.get("note"), str) or not entry["note"].strip():
                raise ConfigError(f"{where}: each entry needs a 'note' saying where the fact comes from")
    return {"regions": regions, "qualifications": qualifications}


def _severity(value: Any, known_rules: set[str]) -> dict[str, Level]:
    if not isinstance(value, dict):
        raise ConfigError("'severity' must map rule ids to error, warning or note")
    levels: dict[str, Level] = {}
    for rule_id, level in value.items():
        rule = str(rule_id).upper()
        if rule not in known_rules:
            raise ConfigError(f"'severity': unknown rule '{rule_id}'")
        if level not in ("error", "warning", "note"):
            raise ConfigError(f"'severity': level of {rule} must be error, warning or note")
        levels[rule] = Level(level)
    return levels


def _pattern(value: Any) -> re.Pattern[str]:
    if not isinstance(value, str) or not value or len(value) > _MAX_PATTERN:
        raise ConfigError(
            f"'suppression-justification-pattern' must be a regular expression of at most {_MAX_PATTERN} characters"
        )
    try:
        return re.compile(value)
    except re.error as error:
        raise ConfigError(f"'suppression-justification-pattern' is not a valid regular expression: {error}") from None


def validate_profiles(names: tuple[str, ...], known_profiles: set[str]) -> tuple[str, ...]:
    for name in names:
        if name not in known_profiles:
            raise ConfigError(f"unknown profile '{name}' (known: {', '.join(sorted(known_profiles))})")
    return tuple(dict.fromkeys(names))


_MAX_CONFIG_BYTES = 1024 * 1024
_BLOCK_NESTING = re.compile(r"^(?:[ \t]*-[ \t]+){50,}|^[ \t]{400,}\S", re.MULTILINE)


def _refuse_deep_nesting(path: Path, text: str) -> None:
    """YAML and TOML parsers recurse (libyaml's composer crashes on deep input): a
    configuration never needs more than a few levels, so refuse deep ones up front."""
    from scanner.load.errors import LoadError
    from scanner.load.nesting import check_nesting

    try:
        check_nesting(text, limit=50)
    except LoadError as error:
        raise ConfigError(f"{path}: {error.message}") from None
    if _BLOCK_NESTING.search(text):
        raise ConfigError(f"{path}: nesting deeper than 50 levels")


def read_config_file(path: Path) -> tuple[Any, str]:
    """The settings mapping in a `.sovscan.yaml` or a `pyproject.toml`, and a label for messages."""
    from scanner.config.trusted_files import read_trusted_text

    text = read_trusted_text(path, "configuration file", _MAX_CONFIG_BYTES)
    _refuse_deep_nesting(path, text)
    if path.name == "pyproject.toml" or path.suffix == ".toml":
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{path}: invalid TOML: {error}") from None
        except RecursionError:
            raise ConfigError(f"{path}: nesting too deep") from None
        return data.get("tool", {}).get("sovscan"), f"{path} [tool.sovscan]"
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), str(path)
    except RecursionError:
        raise ConfigError(f"{path}: nesting too deep") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}:{where} invalid YAML") from None


def find_tree_config(scan_root: Path, repo_root: Path) -> Path | None:
    """The configuration file nearest the scan root, looking in the scan root and then in
    each folder above it up to the repository root (as ruff does); none outside it."""
    start = Path(os.path.realpath(scan_root))
    top = Path(os.path.realpath(repo_root))
    folders = [start]
    if top in start.parents:
        folders.extend(p for p in start.parents if p == top or top in p.parents)
    for folder in folders:
        found = find_config_file(folder)
        if found is not None:
            return found
    return None


def find_config_file(root: Path) -> Path | None:
    candidate = root / CONFIG_NAME
    if candidate.is_file():
        return candidate
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            if "[tool.sovscan" in pyproject.read_text(encoding="utf-8", errors="replace"):
                return pyproject
        except OSError:
            return None
    return None


class RunSettings(NamedTuple):
    """What a scan is set to do once the command line, the files and the environment are merged."""

    config: Config
    var_values: dict[str, str]
    env_vars: dict[str, str]
    use_cache: bool


def settings_from_options(options: ScanOptions, root: Path, repo_root: Path) -> RunSettings:
    """Defaults ← trusted file ← tree file ← command line (the trust model, scanner/config/trust.py,
    judges the tree's file), then `--var`, `TF_VAR_*` (with --env-vars) and whether the
    caches are used. Raises ConfigError, or UsageError for --helm that --strict refuses."""
    from scanner.config.trust import resolve_config
    from scanner.discover.walk import UsageError

    config = resolve_config(options, root, repo_root)
    var_values = _var_values(options.var_values)
    if options.helm and options.strict and not config.helm_allowed:
        raise UsageError(_helm_refusal(config))
    return RunSettings(
        config=config,
        var_values=var_values,
        env_vars=_env_vars() if options.env_vars else {},
        use_cache=options.use_cache and not os.environ.get("SOVSCAN_NO_CACHE"),
    )


def _var_values(pairs: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"--var expects NAME=VALUE, got '{pair}'")
        values[name.strip()] = value
    return values


def _env_vars() -> dict[str, str]:
    return {k[len("TF_VAR_") :]: v for k, v in sorted(os.environ.items()) if k.startswith("TF_VAR_") and len(k) > 7}


def _helm_refusal(config: Config) -> str:
    """Why --helm is refused under --strict: only the trusted configuration may allow it."""
    message = (
        "--helm runs the helm binary, which --strict does not allow"
        " unless the trusted configuration (--config FILE) sets 'helm: allow'"
    )
    asked = sorted({w.source for w in config.weakened if w.setting == "helm" and w.detail == "allow"})
    if asked:
        message += f"; {', '.join(asked)} sets it, but a file in the scanned tree cannot allow it"
    return message
