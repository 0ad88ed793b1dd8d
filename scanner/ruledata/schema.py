"""The schema of every file under `rules/`: unknown keys, unknown check kinds and wrong types
are load errors that name the file and the key.

Typed specs in code rather than JSON Schema files: jsonschema is not a runtime dependency, the
specs are a few dozen lines, and they can say what JSON Schema says awkwardly (a check kind's
parameters depend on the kind). Validation runs where the rules bundle is built from the YAML
(`scanner.ruledata.bundle`), so a warm start, which reads the validated bundle, pays nothing for it.

Every key a spec accepts is one the code reads, except documentation for people, marked
`Doc(…)` where it is accepted (legal entities, dates, notes on where else a value is set):
data never describes behaviour the engine lacks (tests/test_data_schema_read.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any


class RuleDataError(ValueError):
    """A file under rules/ that does not follow its schema."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__(f"rules/{file}: {key or '(top level)'}: {problem}")
        self.file = file
        self.key = key


@dataclass(frozen=True)
class Keys:
    """A mapping with known keys; `required` must be present."""

    fields: Mapping[str, Any]
    required: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MapOf:
    """A mapping whose keys are names (region codes, resource types…) and values one spec."""

    value: Any
    key: Any = str


@dataclass(frozen=True)
class ListOf:
    item: Any


@dataclass(frozen=True)
class OneOf:
    options: tuple[Any, ...]


@dataclass(frozen=True)
class Enum:
    values: tuple[Any, ...]


@dataclass(frozen=True)
class KindParams:
    """`check:` of a rule: the parameters' spec depends on the kind."""

    kinds: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Doc:
    """Documentation for people (a legal entity, a date, a note on where else a value is set):
    validated as `spec`, read by no code. Every key not marked so is read by the engine
    (tests/test_data_schema_read.py holds that)."""

    spec: Any


class _Anything:
    """A value checked elsewhere (a check kind's parameters, checked once the kind is known)."""


ANY = _Anything()
NUMBER = (int, float)
SCALAR = (str, int, float, bool)
TEXTS = ListOf(str)
SOURCE = Keys({"title": str, "url": str, "retrieved": str, "note": str})
SOURCES = ListOf(SOURCE)
LEVEL = Enum(("error", "warning", "note", "none"))

# --- rules/rules/*.yaml ----------------------------------------------------------------------
_CONDITION_FIELDS: dict[str, Any] = {
    "path": str,
    "default": SCALAR,
    "equals": SCALAR,
    "one_of": ListOf(SCALAR),
    "not_one_of": ListOf(SCALAR),
    "not_matches": str,
    "present": bool,
}
_INNER_REQUIREMENT = Keys({**_CONDITION_FIELDS, "computed_from": TEXTS}, frozenset({"path"}))
_REQUIREMENT = Keys(
    {
        **_CONDITION_FIELDS,
        "absent": bool,
        "always": bool,
        "computed_from": TEXTS,
        "custody": str,
        "exposed_operator": bool,
        "message": str,
        "missing": str,
        "when": Keys(_CONDITION_FIELDS, frozenset({"path"})),
        "companion": Keys({"type": str, "link": str, "name": str}, frozenset({"type", "link"})),
        "require": ListOf(_INNER_REQUIREMENT),
    }
)
_PLACE = Keys(
    {
        "path": str,
        "as": Enum(("region", "arn", "reference", "paired")),
        "label": str,
        "default": str,
        "when_one_of": ListOf(SCALAR),
        "catalog": str,
    },
    frozenset({"path"}),
)
NO_PARAMS = Keys({})
CHECK_PARAMS: dict[str, Any] = {
    "region-in-zone": NO_PARAMS,
    "region-known": NO_PARAMS,
    "operator-immune": NO_PARAMS,
    "operator-qualified": Keys({"unverified_level_of": str}),
    "attributes": Keys({"resources": MapOf(ListOf(_REQUIREMENT))}, frozenset({"resources"})),
    "destinations": Keys({"resources": MapOf(ListOf(_PLACE))}, frozenset({"resources"})),
    "node-placement": NO_PARAMS,
    "image-registry": Keys({"trusted_registries": TEXTS}),
    "telemetry-endpoints": NO_PARAMS,
    # Rules the pipeline itself produces (a parse failure, a suppression's problems).
    "pipeline": NO_PARAMS,
    "suppression": NO_PARAMS,
}
# An example's files live in rules/examples/<id>/<folder>/ (tests/rules/examples.py runs them).
_EXAMPLE = Keys({"name": str, "folder": str, "profiles": TEXTS}, frozenset({"name", "folder"}))
RULE = Keys(
    {
        "id": str,
        "name": str,
        "title": str,
        "level": LEVEL,
        "security_severity": NUMBER,
        "tags": TEXTS,
        "check": KindParams(CHECK_PARAMS),
        "description": str,
        "rationale": str,
        "remediation": str,
        "references": ListOf(Keys({"title": str, "url": str, "clause": str}, frozenset({"title"}))),
        "examples": Keys({"bad": ListOf(_EXAMPLE), "good": ListOf(_EXAMPLE)}),
    },
    frozenset({"id", "name", "title", "level", "security_severity", "check", "description", "rationale"})
    | frozenset({"remediation"}),
)

# --- rules/profiles/*.yaml -------------------------------------------------------------------
PROFILE = Keys(
    {
        "name": str,
        "title": str,
        "description": str,
        "allowed_zone": Enum(("fr", "eu", "eea", "adequacy")),
        "references": ListOf(Keys({"title": str, "url": str})),
        "required_qualifications": TEXTS,
        "require_immunity": bool,
        "minimum_key_custody": Enum(("provider", "customer", "hsm", "external")),
        "rules": MapOf(LEVEL),
    },
    frozenset({"name", "title", "allowed_zone", "rules"}),
)

# --- rules/providers/*.yaml ------------------------------------------------------------------
_TERRAFORM_TABLE = Keys(
    {
        "provider": str,
        "sources": TEXTS,
        "region_attributes": TEXTS,
        "zone_attributes": TEXTS,
        "provider_region_attributes": TEXTS,
        "inherit_provider_region": bool,
        "unplaced_types": TEXTS,
        "region_data_sources": MapOf(TEXTS),
        "region_catalog_by_operator": MapOf(str),
        "provider_region_patterns": MapOf(str),
        "provider_region_patterns_by_type": MapOf(MapOf(str)),
        "fixed_region": str,
        "fixed_region_note": str,
        "fixed_region_except": TEXTS,
        "parent_references": MapOf(TEXTS),
        "provider_has_region": bool,
        "provider_region_attributes_by_type": MapOf(TEXTS),
        "modules_inherit_provider_region": bool,
        "unplaced_values": MapOf(TEXTS),
        "global_locations": Keys({"values": TEXTS, "control_plane_types": TEXTS}, frozenset({"values"})),
        "default_locations": MapOf(str),
        "zone_data_sources": MapOf(TEXTS),
        "endpoint_redirects": ListOf(
            Keys(
                {
                    "types": TEXTS,
                    "attribute": str,
                    "own": str,
                    "operators": ListOf(
                        Keys(
                            {"source": str, "catalog": str, "pattern": str}, frozenset({"source", "catalog", "pattern"})
                        )
                    ),
                },
                frozenset({"types", "attribute", "operators"}),
            )
        ),
    },
    frozenset({"provider"}),
)
# Providers and registry modules that place no data (name → why).
_PLACELESS = Keys({"placeless_providers": MapOf(str), "placeless_modules": MapOf(str)})
_STORAGE_DRIVER = Keys(
    {
        "name": str,
        "provisioners": TEXTS,
        "catalogs": MapOf(str),
        "local_zones": TEXTS,
        "region_parameters": TEXTS,
        "zone_parameters": TEXTS,
        "zone_region": str,
        "volume_sources": TEXTS,
        "volume_zone_fields": MapOf(str),
    },
    frozenset({"name"}),
)
_KUBERNETES_TABLE = Keys(
    {
        "provider": str,
        "operators": ListOf(
            Keys(
                {
                    "name": str,
                    "group_suffix": str,
                    "provider": str,
                    "region_fields": TEXTS,
                    "region_annotations": TEXTS,
                    "region_required": bool,
                },
                frozenset({"name", "group_suffix", "provider"}),
            )
        ),
        "crossplane": Keys(
            {
                "defined_fields": TEXTS,
                "inert_functions": TEXTS,
                "parameter_fields": TEXTS,
                "patch_and_transform_group": str,
                "provider_sources": MapOf(str),
                "system_groups": TEXTS,
            }
        ),
        "storage": Keys(
            {
                "drivers": ListOf(_STORAGE_DRIVER),
                "other_provisioners": Keys({"region_parameters": TEXTS, "zone_parameters": TEXTS}),
                "region_labels": TEXTS,
                "zone_labels": TEXTS,
            }
        ),
    },
    frozenset({"operators"}),
)

# --- rules/catalog/ --------------------------------------------------------------------------
REGION_LIST = Keys(
    {
        "provider": str,
        "title": str,
        "complete": bool,
        "normalize": Enum(("none", "lower", "lower-nospace")),
        "zone_pattern": str,
        "retrieved": str,
        "sources": SOURCES,
        "regions": MapOf(
            Keys({"country": str, "countries": TEXTS, "kind": Doc(str), "location": str, "note": str, "pair": str})
        ),
    },
    frozenset({"provider", "regions"}),
)
COUNTRIES = Keys(
    {
        "retrieved": str,
        "countries": MapOf(str),
        "zones": MapOf(Keys({"title": str, "members": TEXTS, "notes": Doc(MapOf(str)), "sources": SOURCES})),
    },
    frozenset({"countries", "zones"}),
)
_QUALIFICATION = Keys(
    {
        "name": str,
        "status": str,
        "referentiel": str,
        "version": str,
        "certificate_date": str,
        "since": Doc(str),
        "note": str,
        "sources": SOURCES,
        "scope": Keys(
            {
                "regions": OneOf((str, TEXTS)),
                "services": OneOf((str, TEXTS)),
                "offers": TEXTS,
                "terraform_types": TEXTS,
                "excluded_types": TEXTS,
                "excluded_note": str,
                "verified_scope": str,
                "conditions": str,
                "note": str,
                "attributes": ListOf(
                    Keys(
                        {
                            "path": str,
                            "types": TEXTS,
                            "matching": TEXTS,
                            "not_matching": TEXTS,
                            "default": str,
                            "label": str,
                            "excluded_label": str,
                        },
                        frozenset({"path"}),
                    )
                ),
            }
        ),
    },
    frozenset({"name", "status"}),
)
_TERRAFORM_MATCH = Keys(
    {
        "source": str,
        "regions": TEXTS,
        "region_patterns": TEXTS,
        "provider_attribute": MapOf(str),
        "provider_attribute_patterns": MapOf(TEXTS),
    },
    frozenset({"source"}),
)
OPERATORS = Keys(
    {
        "retrieved": str,
        "required_referentiel": MapOf(Keys({"version": str, "why": str, "sources": SOURCES}, frozenset({"version"}))),
        "operators": MapOf(
            Keys(
                {
                    "title": str,
                    "short_title": str,
                    "legal_entity": Doc(str),
                    "parent": Doc(str),
                    "jurisdiction": OneOf((str, type(None))),
                    "extra_eu_law_exposure": OneOf((bool, type(None))),
                    "exposure_note": str,
                    "note": str,
                    "sources": SOURCES,
                    "qualifications": ListOf(_QUALIFICATION),
                    "match": Keys(
                        {
                            "terraform": ListOf(_TERRAFORM_MATCH),
                            "kubernetes_groups": TEXTS,
                            "kubernetes_regions": TEXTS,
                            "env_vars": Doc(TEXTS),
                            "note": Doc(str),
                        }
                    ),
                },
                frozenset({"title"}),
            )
        ),
    },
    frozenset({"operators"}),
)
_ENDPOINT = Keys(
    {"pattern": str, "region": str, "region_catalog": str, "country": str, "zone": str, "note": str},
    frozenset({"pattern"}),
)
ENDPOINTS = Keys(
    {
        "retrieved": str,
        "services": MapOf(
            Keys(
                {
                    "title": str,
                    "vendor": Doc(OneOf((str, type(None)))),
                    "operator_jurisdiction": Doc(OneOf((str, type(None)))),
                    "extra_eu_law_exposure": Doc(OneOf((bool, type(None)))),
                    "exposure_note": Doc(str),
                    "note": str,
                    "sources": SOURCES,
                    "env_vars": TEXTS,
                    "csp_catalogs": MapOf(str),
                    "endpoints": ListOf(_ENDPOINT),
                    "terraform": Keys(
                        {
                            "provider_source": str,
                            "attribute": str,
                            "default_host": str,
                            "default_value": str,
                            "env_vars": Doc(TEXTS),
                            "note": Doc(str),
                            "value_map": MapOf(Keys({"zone": str, "country": str})),
                            "also": ListOf(
                                Keys(
                                    {
                                        "resource": str,
                                        "attribute": str,
                                        "value_pattern": str,
                                        "region_catalog": str,
                                        "note": Doc(str),
                                    },
                                    frozenset({"attribute"}),
                                )
                            ),
                        }
                    ),
                },
                frozenset({"title"}),
            )
        ),
    },
    frozenset({"services"}),
)
REGISTRIES = Keys(
    {
        "retrieved": str,
        "default_registry": str,
        "operators": Doc(
            MapOf(Keys({"title": str, "legal_entity": str, "jurisdiction": str, "extra_eu_law_exposure": bool}))
        ),
        "registries": ListOf(
            Keys(
                {
                    "name": str,
                    "pattern": str,
                    "operator": str,
                    "country": str,
                    "region_catalog": str,
                    "global": bool,
                    "note": str,
                    "sources": SOURCES,
                },
                frozenset({"name", "pattern"}),
            )
        ),
    },
    frozenset({"registries"}),
)
ROLES = Keys(
    {
        "retrieved": str,
        "sources": SOURCES,
        "providers": MapOf(Keys({"part_of": MapOf(str), "plumbing": TEXTS})),
    },
    frozenset({"providers"}),
)

# File pattern (relative to rules/) → spec; the first match wins, a file no pattern names is an error.
FILES: tuple[tuple[str, Any], ...] = (
    ("rules/*.yaml", RULE),
    ("profiles/*.yaml", PROFILE),
    ("providers/kubernetes.yaml", _KUBERNETES_TABLE),
    ("providers/placeless.yaml", _PLACELESS),
    ("providers/*.yaml", _TERRAFORM_TABLE),
    ("catalog/regions/*.yaml", REGION_LIST),
    ("catalog/countries.yaml", COUNTRIES),
    ("catalog/operators.yaml", OPERATORS),
    ("catalog/endpoints.yaml", ENDPOINTS),
    ("catalog/registries.yaml", REGISTRIES),
    ("catalog/roles.yaml", ROLES),
)


def spec_for(relative: str) -> Any:
    for pattern, spec in FILES:
        if fnmatchcase(relative, pattern) and relative.count("/") == pattern.count("/"):
            return spec
    return None


def validate_bundle(files: Mapping[str, Any]) -> None:
    """Raise RuleDataError for the first file of the bundle (path relative to rules/ → parsed
    data, dates as strings) that does not follow its schema."""
    for relative in sorted(files):
        validate_file(relative, files[relative])


def validate_file(relative: str, data: Any) -> None:
    spec = spec_for(relative)
    if spec is None:
        raise RuleDataError(relative, "", "no schema knows this file (a data file nothing reads?)")
    _check(spec, data, relative, "")


def _type_name(spec: Any) -> str:
    if isinstance(spec, tuple):
        return " or ".join(_type_name(s) for s in spec)
    if spec is type(None):
        return "null"
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false"}.get(spec, str(spec))


def _join(key: str, part: str) -> str:
    return f"{key}.{part}" if key else part


def _check(spec: Any, value: Any, file: str, key: str) -> None:
    if isinstance(spec, Keys):
        if not isinstance(value, dict):
            raise RuleDataError(file, key, f"expected a mapping, found {type(value).__name__}")
        for name in value:
            if name not in spec.fields:
                known = ", ".join(sorted(spec.fields)) or "none"
                raise RuleDataError(file, _join(key, str(name)), f"unknown key (known here: {known})")
        for name in sorted(spec.required - set(value)):
            raise RuleDataError(file, _join(key, name), "required key is missing")
        for name, item in value.items():
            _check(spec.fields[name], item, file, _join(key, name))
    elif isinstance(spec, MapOf):
        if not isinstance(value, dict):
            raise RuleDataError(file, key, f"expected a mapping, found {type(value).__name__}")
        for name, item in value.items():
            _check(spec.value, item, file, _join(key, str(name)))
    elif isinstance(spec, ListOf):
        if not isinstance(value, list):
            raise RuleDataError(file, key, f"expected a list, found {type(value).__name__}")
        for index, item in enumerate(value):
            _check(spec.item, item, file, f"{key}[{index}]")
    elif isinstance(spec, OneOf):
        problems = []
        for option in spec.options:
            try:
                _check(option, value, file, key)
                return
            except RuleDataError as error:
                problems.append(str(error).rsplit(": ", 1)[-1])
        raise RuleDataError(file, key, " / ".join(problems))
    elif isinstance(spec, Enum):
        if value not in spec.values:
            raise RuleDataError(file, key, f"{value!r} is not one of {', '.join(map(str, spec.values))}")
    elif isinstance(spec, Doc):
        _check(spec.spec, value, file, key)
    elif spec is ANY:
        return
    elif isinstance(spec, KindParams):
        _check_kind(spec, value, file, key)
    else:
        _check_type(spec, value, file, key)


def _check_type(spec: type | tuple[type, ...], value: Any, file: str, key: str) -> None:
    types = spec if isinstance(spec, tuple) else (spec,)
    # YAML's true is an int to isinstance; a number where a boolean is meant (and back) is a mistake.
    wrong_bool = isinstance(value, bool) and bool not in types
    if wrong_bool or not isinstance(value, types):
        found = "null" if value is None else type(value).__name__
        raise RuleDataError(file, key, f"expected {_type_name(spec)}, found {found} {value!r}"[:200])


def _check_kind(spec: KindParams, value: Any, file: str, key: str) -> None:
    _check(Keys({"kind": str, "params": MapOf(ANY)}, frozenset({"kind"})), value, file, key)
    kind = value["kind"]
    params_spec = spec.kinds.get(kind)
    if params_spec is None:
        raise RuleDataError(file, _join(key, "kind"), f"unknown check kind {kind!r} (known: {', '.join(spec.kinds)})")
    _check(params_spec, value.get("params") or {}, file, _join(key, "params"))
