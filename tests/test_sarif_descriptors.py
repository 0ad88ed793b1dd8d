"""The SARIF writer builds rule descriptors as plain data, without loading sarif-om: they
must be exactly what sarif-om's object model, serialized as the writer serializes it
(defaults left out, fields in its order), would give."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
import sarif_om

from scanner.check.library import all_rules
from scanner.check.rule import Reference, Rule
from scanner.model import Level
from scanner.report import sarif


def _with_sarif_om(configured: Any) -> Any:
    """The descriptor as sarif-om's classes build it (the writer's code before it went plain)."""
    rule, level = configured.rule, configured.level
    tags = list(dict.fromkeys(["security", "sovereignty", *rule.tags]))
    description = rule.description.strip()
    return sarif_om.ReportingDescriptor(
        id=rule.id,
        name=rule.name,
        short_description=sarif_om.MultiformatMessageString(text=rule.title),
        full_description=(
            sarif_om.MultiformatMessageString(text=sarif._short_description(description)) if description else None
        ),
        help=sarif_om.MultiformatMessageString(text=sarif._help_text(rule), markdown=sarif._help_markdown(rule)),
        help_uri=sarif.rule_page(rule.id, configured.version),
        default_configuration=sarif_om.ReportingConfiguration(level=level.value),
        properties={
            "tags": tags,
            "security-severity": f"{sarif.security_severity(rule, level):.1f}",
            "precision": "high",
        },
    )


def _bare_rule() -> Rule:
    """A rule with every optional text empty, and markup in its title."""
    return dataclasses.replace(
        next(iter(all_rules().values())),
        id="XYZ001",
        name="",
        title="A *title* with [brackets] @someone",
        description="  ",
        rationale="",
        remediation="",
        tags=(),
        references=(Reference("A reference without a link"),),
    )


RULES = [*all_rules().values(), _bare_rule()]


@pytest.mark.parametrize("level", list(Level))
@pytest.mark.parametrize("version", ["1.2.3", "0.1.0.dev4+g1234"])
def test_plain_descriptors_are_what_sarif_om_writes(level: Level, version: str) -> None:
    for rule in RULES:
        configured = sarif._Configured(rule, level, version)
        expected = sarif._plain(_with_sarif_om(configured))
        built = sarif._descriptor(configured)
        assert json.dumps(built) == json.dumps(expected), rule.id
