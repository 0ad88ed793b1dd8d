"""A rule's documentation as plain text, from the same data that fills the SARIF help."""

from __future__ import annotations

import textwrap

from scanner.check.rule import Example, Rule


def _para(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=88)


def render_rule(rule: Rule) -> str:
    lines = [f"{rule.id} ({rule.name}): {rule.title}", f"Default level: {rule.level.value}", ""]
    lines += ["What it finds", _para(rule.description), "", "Why it matters", _para(rule.rationale), ""]
    if rule.bad:
        marked = "`# expect:` or the folder's expect.txt marks each line reported"
        lines += [f"Example that triggers it ({_where(rule.bad[0])}; {marked})"]
        lines += [*_example_lines(rule.bad[0].files), ""]
    if rule.good:
        lines += [f"Example that passes ({_where(rule.good[0])})", *_example_lines(rule.good[0].files), ""]
    lines += ["How to fix", _para(rule.remediation), ""]
    if rule.check == "operator-qualified":
        lines += [*qualification_lines(), ""]
    if rule.references:
        lines.append("References")
        for ref in rule.references:
            clause = f" — {ref.clause}" if ref.clause else ""
            url = f" <{ref.url}>" if ref.url else ""
            lines.append(f"  - {ref.title}{clause}{url}")
    return "\n".join(lines).rstrip() + "\n"


def _where(example: Example) -> str:
    return f"rules/examples/{example.rule_id}/{example.folder}/"


def _example_lines(files: dict[str, str]) -> list[str]:
    out: list[str] = []
    for name, text in files.items():
        out.append(f"  # {name}")
        out.extend("  " + line for line in text.rstrip("\n").split("\n"))
    return out


def qualification_lines() -> list[str]:
    """Every qualification record PRV002 can rest on: status, scope, version, date, sources."""
    from scanner.check.operator import qualification_record
    from scanner.facts.operator_catalog import operators

    lines = ["Qualification records (rules/catalog/operators.yaml; a finding names the one it used)"]
    for operator in operators().values():
        for entry in operator.qualifications:
            record = qualification_record(entry)
            scope = record["scope"]
            regions = scope.get("regions", "all")
            where = ", ".join(map(str, regions)) if isinstance(regions, list) else str(regions)
            lines.append(f"  {operator.title} — {record['name']}: {record['status']}")
            lines.append(
                f"    version: {record['version']}; certificate date: {record['certificate_date'] or 'unknown'}"
            )
            lines.append(
                f"    regions: {where}" + (f"; scope: {scope['verified_scope']}" if "verified_scope" in scope else "")
            )
            if "conditions" in scope:
                lines.append(f"    covered, provided that: {scope['conditions']}")
            for source in record["sources"]:
                lines.append(f"    source: {source['url']} (retrieved {source['retrieved']})")
    return lines
