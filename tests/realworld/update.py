"""Rescan the real-world corpus and rewrite its expectation files and RESULTS.md.

    python tests/realworld/update.py            # rescan every repository, keep the reviews that still match
    python tests/realworld/update.py FOLDER…    # only these repositories
    python tests/realworld/update.py --results  # only rewrite RESULTS.md from the expectation files

A finding that still matches a recorded one (rule, file, address and message; the nearest line among equals)
keeps its verdict and reason; a new one is written `verdict: unreviewed`, which fails the test until a person
has read the code and reviewed it; when it replaces a reviewed finding of the same rule on the same resource (its
message changed), that earlier review is shown beside it as `previous`, a hint only. Recorded findings that are
gone are dropped (the git diff shows them).
"""

from __future__ import annotations

import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.realworld.corpus import (
    CORPUS,
    EXPECTATIONS,
    UNREVIEWED,
    VERDICTS,
    expectation_path,
    folders,
    is_internal_error,
    load_expectation,
    observed,
    pair,
    scan,
)

RESULTS = EXPECTATIONS / "RESULTS.md"
HEADER = """\
# Reviewed expectation of `sovscan scan` (profile hds, --repo-root = this folder, --no-cache --no-baseline)
# on the real-world corpus folder named below. Written by tests/realworld/update.py; the verdicts and reasons
# are a person's review of the repository's code: correct | false | unknown-justified (unreviewed fails the test).
# `missed` lists real placements outside the EEA that produced no finding (kept as written by the reviewer).
"""


def block(value: Any) -> str:
    return yaml.safe_dump(value, sort_keys=False, width=100_000, allow_unicode=True, default_flow_style=False)


def render(folder: str, now: dict[str, Any], recorded: dict[str, Any]) -> str:
    """The expectation file: scalars first, then one block per notification, finding and miss."""
    kept_reasons = {notification_key(item): item.get("reason", "") for item in recorded.get("notifications") or []}
    notifications = []
    for item in now["notifications"]:
        entry = dict(item)
        if is_internal_error(item) or item["level"] == "error":
            entry["reason"] = kept_reasons.get(notification_key(item), "")
        notifications.append(entry)
    pairing = pair(now["findings"], recorded.get("findings") or [])
    hints = earlier_reviews(pairing.gone)
    findings = []
    for finding, previous in pairing.pairs:
        entry = {**finding, "verdict": (previous or {}).get("verdict") or UNREVIEWED}
        entry["reason"] = (previous or {}).get("reason") or ""
        hint = (previous or {}).get("previous") or (None if previous else take_hint(hints, finding))
        if entry["verdict"] == UNREVIEWED and hint:
            entry["previous"] = hint
        findings.append(entry)
    head: dict[str, Any] = {
        "repository": folder,
        "files": now["files"],
        "resources": now["resources"],
        "execution_successful": now["execution_successful"],
    }
    if not now["execution_successful"]:
        head["execution_reason"] = recorded.get("execution_reason") or ""
    parts = [HEADER, block(head)]
    parts.append(section("notifications", notifications))
    parts.append(section("findings", findings))
    parts.append(section("missed", recorded.get("missed") or []))
    return "\n".join(parts)


def earlier_reviews(gone: list[dict[str, Any]]) -> dict[tuple[Any, ...], list[dict[str, Any]]]:
    """Reviewed entries that no longer match, by rule, file and address: a hint for the reviewer of their successor."""
    hints: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for entry in gone:
        if entry.get("verdict") not in (None, UNREVIEWED):
            hints.setdefault((entry["rule"], entry["file"], entry["address"]), []).append(entry)
    return hints


def take_hint(hints: dict[tuple[Any, ...], list[dict[str, Any]]], finding: dict[str, Any]) -> dict[str, Any] | None:
    """The earlier review of the same rule on the same resource, shown beside a changed finding (never reused as is)."""
    same = hints.get((finding["rule"], finding["file"], finding["address"]))
    if not same:
        return None
    entry = same.pop(0)
    return {"verdict": entry["verdict"], "reason": entry.get("reason") or "", "message": entry["message"]}


def section(name: str, entries: list[dict[str, Any]]) -> str:
    if not entries:
        return f"{name}: []\n"
    return f"{name}:\n" + "\n".join(block([entry]) for entry in entries)


def notification_key(item: dict[str, Any]) -> tuple[Any, ...]:
    return (item.get("level"), item.get("rule"), item.get("path"), item.get("message"))


def update(folder: str) -> None:
    recorded = load_expectation(folder)
    now = observed(scan(folder))
    expectation_path(folder).write_text(render(folder, now, recorded), encoding="utf-8")


def results(names: list[str]) -> str:
    """RESULTS.md: per repository, findings per rule and their verdicts, and error-level precision."""
    lines = [
        "# Real-world corpus: reviewed results",
        "",
        "Written by `python tests/realworld/update.py` from the reviewed expectations in this folder (profile hds).",
        "A finding is *correct* when its claim is true of the code as Terraform / kubectl would deploy it,",
        "*unknown-justified* when it reports an unknown that truly cannot be known from the files, *false* otherwise.",
        "Error-level precision = (correct + unknown-justified) / error-level findings. *Missed* counts placements",
        "outside the EEA that produced no finding; *internal errors* are crashes recorded with their reason.",
        "",
        "| repository | files | resources | findings | correct | false | unknown-justified | unreviewed "
        "| error-level precision | missed | internal errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    totals: Counter[str] = Counter()
    details: list[str] = []
    for name in names:
        data = load_expectation(name)
        findings = data.get("findings") or []
        verdicts = Counter(str(f.get("verdict") or UNREVIEWED) for f in findings)
        errors = [f for f in findings if f.get("level") == "error"]
        good_errors = sum(1 for f in errors if f.get("verdict") in ("correct", "unknown-justified"))
        crashes = sum(1 for n in data.get("notifications") or [] if is_internal_error(n))
        row = Counter(
            files=data.get("files", 0),
            resources=data.get("resources", 0),
            findings=len(findings),
            errors=len(errors),
            good_errors=good_errors,
            missed=len(data.get("missed") or []),
            crashes=crashes,
            **{verdict: verdicts[verdict] for verdict in (*VERDICTS, UNREVIEWED)},
        )
        totals.update(row)
        lines.append(table_row(name, row))
        details.extend(rule_table(name, findings))
    lines.append(table_row("**total**", totals))
    precision = 100 * totals["good_errors"] / totals["errors"] if totals["errors"] else 100.0
    met = totals["crashes"] == 0 and totals["missed"] == 0 and precision >= 95
    lines += [
        "",
        f"Goal (issue 15): no internal error ({totals['crashes']} now), no missed placement or dropped resource "
        f"({totals['missed']} now), error-level precision ≥ 95% ({precision:.0f}% now): "
        + ("met." if met else "not met; the sections below say which findings are wrong and why."),
    ]
    return "\n".join([*lines, "", *details, *false_reasons(names), *missed_list(names)])


def false_reasons(names: list[str]) -> list[str]:
    """The reviewers' reasons for false findings, most frequent first: what the scanner still gets wrong."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for name in names:
        for entry in load_expectation(name).get("findings") or []:
            if entry.get("verdict") == "false":
                counts[(name, f"{entry['rule']} ({entry['level']})", cell(entry.get("reason") or ""))] += 1
    if not counts:
        return []
    lines = ["## Why findings are false", "", "| repository | rule | findings | reason |", "|---|---|---:|---|"]
    ordered = sorted(counts.items(), key=lambda item: (item[0][0], -item[1], item[0][1], item[0][2]))
    lines += [f"| {name} | {rule} | {count} | {reason} |" for (name, rule, reason), count in ordered]
    return [*lines, ""]


def missed_list(names: list[str]) -> list[str]:
    lines = ["## Missed placements", ""]
    for name in names:
        for entry in load_expectation(name).get("missed") or []:
            region = f" ({entry['region']})" if entry.get("region") else ""
            lines.append(f"- {name}: `{entry['file']}` {entry['address']}{region}: {cell(entry['reason'])}")
    return [*lines, ""] if len(lines) > 2 else []


def cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def table_row(name: str, row: Counter[str]) -> str:
    precision = f"{row['good_errors']}/{row['errors']}" + (
        f" ({100 * row['good_errors'] / row['errors']:.0f}%)" if row["errors"] else ""
    )
    cells = [
        name,
        row["files"],
        row["resources"],
        row["findings"],
        row["correct"],
        row["false"],
        row["unknown-justified"],
        row[UNREVIEWED],
        precision,
        row["missed"],
        row["crashes"],
    ]
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def rule_table(name: str, findings: list[dict[str, Any]]) -> list[str]:
    lines = [f"## {name}", ""]
    if not findings:
        return [*lines, "No findings.", ""]
    lines += [
        "| rule | level | findings | correct | false | unknown-justified | unreviewed |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    groups: dict[tuple[str, str], Counter[str]] = {}
    for finding in findings:
        counts = groups.setdefault((finding["rule"], finding["level"]), Counter())
        counts[str(finding.get("verdict") or UNREVIEWED)] += 1
    for (rule, level), counts in sorted(groups.items()):
        cells = [rule, level, sum(counts.values()), *(counts[v] for v in (*VERDICTS, UNREVIEWED))]
        lines.append("| " + " | ".join(str(cell) for cell in cells) + " |")
    return [*lines, ""]


def main(argv: list[str]) -> int:
    if not CORPUS.is_dir():
        print(f"the corpus is not at {CORPUS}", file=sys.stderr)
        return 2
    names = folders()
    if argv and argv != ["--results"]:
        unknown = sorted(set(argv) - set(names))
        if unknown:
            print(f"not in the corpus: {', '.join(unknown)}", file=sys.stderr)
            return 2
    if argv != ["--results"]:
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(update, argv or names))
    RESULTS.write_text(results(names) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
