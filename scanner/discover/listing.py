"""`sovscan scan --list-files`: what a scan would read, and what it would leave out and why.

One line per file or folder, sorted by path: `scan` for a file the scan reads (a YAML or
JSON file only when it may hold a manifest), `skip` for what is left out on purpose (a
user might expect it scanned), `fail` for a file Terraform or kubectl would read that
sovscan cannot (the scan reports it as PARSE001 and fails). Files of a kind sovscan never
reads are not listed.
"""

from __future__ import annotations

from scanner.discover.inputs import Inputs


def list_files(inputs: Inputs) -> str:
    from scanner.load.kubernetes import looks_like_yaml_manifest
    from scanner.report.escape import terminal_safe

    rows: list[tuple[str, str, str]] = []
    for rel, (kind, text) in inputs.texts.items():
        if kind in ("yaml", "json") and not looks_like_yaml_manifest(text):
            continue  # not infrastructure: neither scanned nor worth a word
        rows.append((rel, "scan", ""))
    for unread in inputs.unread:
        rows.append((unread.rel, "fail" if unread.fails_closed else "skip", unread.reason))
    for skipped in inputs.discovery.skipped:
        rows.append((skipped.rel, "skip", skipped.reason))
    rows.sort()
    lines = [
        f"{status}  {terminal_safe(rel)}" + (f"  ({terminal_safe(why)})" if why else "") for rel, status, why in rows
    ]
    counts = {status: sum(1 for row in rows if row[1] == status) for status in ("scan", "skip", "fail")}
    lines.append(f"{counts['scan']} to scan, {counts['skip']} skipped, {counts['fail']} not readable.")
    return "\n".join(lines) + "\n"
