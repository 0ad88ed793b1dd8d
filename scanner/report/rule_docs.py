"""The rule pages under docs/rules/, written from the rules' own data.

SARIF's `helpUri` links to `docs/rules/<ID>.md` at the release tag, so the page a code
scanning alert opens is the one of the version that raised it. Regenerate with
`python -m scanner.report.rule_docs` (a test checks the pages are current).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules"


def rule_page_text(rule: Any, profile_levels: dict[str, str]) -> str:
    parts = [f"# {rule.id}: {rule.title}", f"`{rule.name}` · default level: **{rule.level.value}**"]
    if profile_levels:
        rows = "\n".join(f"| {name} | {level} |" for name, level in sorted(profile_levels.items()))
        parts.append(f"| profile | level |\n|---|---|\n{rows}")
    for heading, body in (
        ("Description", rule.description),
        ("Rationale", rule.rationale),
        ("Remediation", rule.remediation),
    ):
        if body and body.strip():
            parts.append(f"## {heading}\n\n{body.strip()}")
    parts.extend(_examples_section(rule))
    if rule.references:
        refs = []
        for ref in rule.references:
            text = f"{ref.title}, {ref.clause}" if ref.clause else ref.title
            refs.append(f"- [{text}]({ref.url})" if ref.url else f"- {text}")
        parts.append("## References\n\n" + "\n".join(refs))
    parts.append(f"_Generated from `rules/rules/{rule.id}.yaml`; do not edit by hand._")
    return "\n\n".join(parts) + "\n"


# Fences by file name ending; the longest ending that matches wins.
_FENCES = {".tf": "hcl", ".tfvars": "hcl", ".hcl": "hcl", ".yaml": "yaml", ".yml": "yaml", ".json": "json"}


def _examples_section(rule: Any) -> list[str]:
    """Every example, linked to its folder; the first bad and the first good one shown in full."""
    if not (rule.bad or rule.good):
        return []
    rows = []
    for kind, examples in (("triggers it", rule.bad), ("passes", rule.good)):
        for example in examples:
            profiles = f" (profile {', '.join(example.profiles)})" if example.profiles else ""
            folder = f"rules/examples/{rule.id}/{example.folder}/"
            rows.append(f"- {kind}: [{example.name}](../../{folder}){profiles}")
    intro = (
        "Each example is a folder of files the tests scan; in those that trigger the rule, "
        f"`# expect: {rule.id}` (or the folder's `expect.txt`) marks every line a finding points at."
    )
    section = ["## Examples\n\n" + intro + "\n\n" + "\n".join(rows)]
    for heading, examples in (("Example that triggers it", rule.bad), ("Example that passes", rule.good)):
        if examples:
            section.append(f"### {heading}: {examples[0].name}\n\n" + _files_text(examples[0].files))
    return section


def _files_text(files: dict[str, str]) -> str:
    blocks = []
    for name, text in files.items():
        fence = next((lang for end, lang in _FENCES.items() if name.endswith(end)), "")
        blocks.append(f"`{name}`\n\n```{fence}\n{text.rstrip()}\n```")
    return "\n\n".join(blocks)


def all_pages() -> dict[str, str]:
    from scanner.check.library import all_profiles, all_rules

    profiles = all_profiles()
    pages = {}
    for rule in all_rules().values():
        levels = {name: p.rules[rule.id].value for name, p in profiles.items() if rule.id in p.rules}
        pages[f"{rule.id}.md"] = rule_page_text(rule, levels)
    return pages


def main() -> int:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, text in all_pages().items():
        (DOCS / name).write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
