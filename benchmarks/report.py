"""RESULTS.md: machine, versions, one table per corpus, scaling exponent, targets."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path

from measure import Sample, Series

SMALL_WALL_TARGET = 0.25  # seconds
TRIVY_RATIO_TARGET = 3.0
CHECKOV_RATIO_TARGET = 20.0
XLARGE_RSS_TARGET = 300.0  # MiB
EXPONENT_TARGET = 1.1
WARM_SPEEDUP_TARGET = 5.0
CONTENTION_LIMIT = 1.25  # sovscan wall ÷ CPU above this means it waited for a CPU

ROWS = (
    ("cold", "sovscan cold (sarif)"),
    ("cold_text", "sovscan cold (text)"),
    ("warm", "sovscan warm re-scan (sarif)"),
    ("edit", "sovscan re-scan after a one-line edit (sarif)"),
    ("first", "sovscan first run, empty cache (sarif)"),
    ("scaling", "sovscan cold, alternated with the other of large/x-large (scaling)"),
    ("checkov", "checkov, 1 check"),
    ("trivy", "trivy, 1 check"),
)


@dataclass(slots=True)
class CorpusResult:
    name: str
    description: str
    files: int
    series: dict[str, Series] = field(default_factory=dict)
    findings: dict[str, str] = field(default_factory=dict)  # tool → what it reported (sanity)
    parse_failures: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    date: str
    machine: list[tuple[str, str]]
    versions: list[tuple[str, str]]
    method: list[str]


def _seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def _mib(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} MiB"


def _ratio(value: float | None, base: float | None) -> str:
    if value is None or base is None or base <= 0:
        return "—"
    return f"{value / base:.2f}×"


def _row(label: str, series: Series, base: Series | None) -> str:
    if not series.ok:
        status = series.status + (f": {series.note}" if series.note else "")
        return f"| {label} | — | — | — | — | — | — | — | {status} |"
    cells = [
        label,
        str(len(series.samples)),
        _seconds(series.wall),
        _seconds(series.cpu),
        _mib(series.rss),
        _mib(series.tree_rss),
        _ratio(series.wall, base.wall if base else None),
        _ratio(series.cpu, base.cpu if base else None),
        series.note,
    ]
    return "| " + " | ".join(cells) + " |"


def corpus_table(result: CorpusResult) -> list[str]:
    lines = [
        f"### {result.name} — {result.files:,} files",
        "",
        result.description,
        "",
        "| run | runs | wall (median) | CPU user+sys (median) | peak RSS, largest process | peak memory, all "
        "processes (PSS) | wall ÷ sovscan cold | CPU ÷ sovscan cold | notes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    base = result.series.get("cold")
    for key, label in ROWS:
        if key in result.series:
            lines.append(_row(label, result.series[key], base))
    notes = [f"- {tool}: {summary}" for tool, summary in result.findings.items()]
    if result.parse_failures:
        failed = ", ".join(result.parse_failures)
        notes.append(f"- **sovscan PARSE001 on {len(result.parse_failures)} file(s)**: {failed}")
    lines += ["", *notes, ""] if notes else [""]
    return lines


def contention(results: dict[str, CorpusResult]) -> list[str]:
    """The sovscan series whose wall time shows they waited for a CPU."""
    waiting = []
    for result in results.values():
        for key in ("cold", "cold_text", "warm", "edit", "first"):
            series = result.series.get(key)
            if series and series.ok and series.cpu and series.wall and series.wall > CONTENTION_LIMIT * series.cpu:
                waiting.append(f"{result.name} {key} ({series.wall / series.cpu:.1f}×)")
    return waiting


def exponent(results: dict[str, CorpusResult], attribute: str, key: str = "") -> float | None:
    """From the alternated runs (`scaling`) when they were measured, else the cold series."""
    large, xlarge = results.get("large"), results.get("x-large")
    if large is None or xlarge is None:
        return None
    if not key:
        alternated = all(r.series.get("scaling") is not None and r.series["scaling"].ok for r in (large, xlarge))
        key = "scaling" if alternated else "cold"
    t_large = getattr(large.series.get(key), attribute, None)
    t_xlarge = getattr(xlarge.series.get(key), attribute, None)
    if not t_large or not t_xlarge or xlarge.files == large.files:
        return None
    return math.log(t_xlarge / t_large) / math.log(xlarge.files / large.files)


def _verdict(ok: bool | None) -> str:
    return "not measured" if ok is None else ("met" if ok else "**NOT met**")


def _check(value: float | None, limit: float, below: bool) -> bool | None:
    if value is None:
        return None
    return value <= limit if below else value >= limit


def _target(label: str, shown: str, verdict: str) -> str:
    return f"| {label} | {shown} | {verdict} |"


def _series_value(results: dict[str, CorpusResult], corpus_name: str, key: str, attribute: str) -> float | None:
    result = results.get(corpus_name)
    series = result.series.get(key) if result else None
    return getattr(series, attribute) if series else None


def _speedup(result: CorpusResult | None, peer: str) -> tuple[float | None, bool]:
    """(peer wall ÷ sovscan cold wall, whether it is only a lower bound because the peer timed out)."""
    if result is None:
        return None, False
    cold, other = result.series.get("cold"), result.series.get(peer)
    if cold is None or other is None or cold.wall is None or cold.wall <= 0:
        return None, False
    if other.killed_after is not None:
        return other.killed_after / cold.wall, True
    if other.wall is None:
        return None, False
    return other.wall / cold.wall, False


def _cpu_ratio(result: CorpusResult | None, peer: str) -> float | None:
    cold = result.series.get("cold") if result else None
    other = result.series.get(peer) if result else None
    if cold is None or other is None or not cold.cpu or other.cpu is None:
        return None
    return other.cpu / cold.cpu


def _peer_targets(results: dict[str, CorpusResult]) -> list[str]:
    lines = []
    for name in ("medium", "large"):
        for peer, limit in (("trivy", TRIVY_RATIO_TARGET), ("checkov", CHECKOV_RATIO_TARGET)):
            ratio, bound = _speedup(results.get(name), peer)
            if ratio is None:
                shown, verdict = "—", _verdict(None)
            elif bound:
                shown = f"> {ratio:.1f}× ({peer} timed out)"
                verdict = _verdict(True) if ratio >= limit else "not measured"
            else:
                shown, verdict = f"{ratio:.1f}×", _verdict(ratio >= limit)
                cpu = _cpu_ratio(results.get(name), peer)
                shown += f" (CPU: {cpu:.1f}×)" if cpu is not None else ""
            lines.append(_target(f"{name}: ≥ {limit:g}× faster than {peer} (wall)", shown, verdict))
    return lines


def _warm_targets(results: dict[str, CorpusResult]) -> list[str]:
    lines = []
    for name in ("medium", "large", "x-large"):
        cold = _series_value(results, name, "cold", "wall")
        warm = _series_value(results, name, "warm", "wall")
        speedup = cold / warm if cold and warm else None
        shown = "—" if speedup is None else f"{speedup:.2f}×"
        label = f"{name}: warm re-scan ≥ {WARM_SPEEDUP_TARGET:g}× faster than cold"
        lines.append(_target(label, shown, _verdict(_check(speedup, WARM_SPEEDUP_TARGET, False))))
    return lines


def targets(results: dict[str, CorpusResult]) -> list[str]:
    lines = ["| target | measured | verdict |", "|---|---|---|"]
    for key, label in (("cold_text", "text"), ("cold", "sarif")):
        wall = _series_value(results, "small", key, "wall")
        verdict = _verdict(_check(wall, SMALL_WALL_TARGET, True))
        lines.append(_target(f"small file, {label}: wall ≤ {SMALL_WALL_TARGET} s", _seconds(wall), verdict))
    lines += _peer_targets(results)
    rss = _series_value(results, "x-large", "cold", "rss")
    tree = _series_value(results, "x-large", "cold", "tree_rss")
    worst = max(v for v in (rss, tree, 0.0) if v is not None) or None
    shown = _mib(rss) + (f" (all processes: {_mib(tree)})" if tree is not None else "")
    verdict = _verdict(_check(worst, XLARGE_RSS_TARGET, True))
    lines.append(_target(f"x-large: peak RSS ≤ {XLARGE_RSS_TARGET:g} MiB (cold)", shown, verdict))
    wall_exp, cpu_exp = exponent(results, "wall"), exponent(results, "cpu")
    shown = "—" if wall_exp is None else f"{wall_exp:.2f}"
    if wall_exp is not None and cpu_exp is not None:
        shown += f" (CPU: {cpu_exp:.2f})"
    verdict = _verdict(_check(wall_exp, EXPONENT_TARGET, True))
    lines.append(_target(f"scaling exponent large → x-large ≤ {EXPONENT_TARGET} (wall)", shown, verdict))
    lines += _warm_targets(results)
    return lines


def render(context: Context, results: dict[str, CorpusResult]) -> str:
    lines = ["# sovscan benchmark results", "", f"Run on {context.date} by `python benchmarks/run.py`.", ""]
    lines += ["## Machine", "", *(f"- {key}: {value}" for key, value in context.machine), ""]
    waiting = contention(results)
    if waiting:
        lines += [
            "**The machine was busy during the run**: sovscan's wall time exceeded its CPU time (all its "
            f"processes) by more than {CONTENTION_LIMIT - 1:.0%} in {', '.join(waiting)}; a CPU-bound program only "
            "does that while it waits for a CPU. Compare CPU times, and re-run on a quiet machine before quoting "
            "wall times.",
            "",
        ]
    lines += ["## Versions", "", *(f"- {key}: {value}" for key, value in context.versions), ""]
    lines += ["## Method", "", *(f"- {item}" for item in context.method), ""]
    lines += ["## Results", ""]
    for result in results.values():
        lines += corpus_table(result)
    wall_exp, cpu_exp = exponent(results, "wall"), exponent(results, "cpu")
    lines += ["## Scaling", ""]
    if wall_exp is None:
        lines.append("Not measured (needs the large and x-large corpora).")
    else:
        large, xlarge = results["large"], results["x-large"]
        lines.append(
            f"log(t_xlarge / t_large) / log(n_xlarge / n_large) with n = {large.files:,} → {xlarge.files:,} files: "
            f"**{wall_exp:.2f}** on wall-clock medians, {cpu_exp:.2f} on CPU medians (1.0 is linear)."
        )
        separate = exponent(results, "wall", "cold")
        if "scaling" in large.series and separate is not None:
            lines += [
                "",
                "Measured on the `scaling` rows: cold runs of large and x-large alternated at the end of the "
                "run, so that both sizes see the same machine speed. From the two corpora's own cold series, "
                f"measured minutes apart with the peers in between, it would be {separate:.2f}.",
            ]
    lines += ["", "## Targets", "", *targets(results), ""]
    return "\n".join(lines)


HOSTILE_SECTION = "<!-- hostile-inputs: written by benchmarks/hostile.py -->"


def write(path: Path, text: str) -> None:
    # The hostile-input section is measured by another script: kept as it is.
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    if HOSTILE_SECTION in old:
        text = text.rstrip("\n") + "\n\n" + old[old.index(HOSTILE_SECTION) :]
    path.write_text(text, encoding="utf-8")


def dump(path: Path, context: Context, results: dict[str, CorpusResult]) -> None:
    """The raw measurements, so that RESULTS.md can be rendered again (`run.py --report-only`)."""
    data = {"context": asdict(context), "results": [asdict(result) for result in results.values()]}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def load(path: Path) -> tuple[Context, dict[str, CorpusResult]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    context = Context(**{key: _tuples(value) for key, value in data["context"].items()})
    results = {}
    for raw in data["results"]:
        series = {key: _series(value) for key, value in raw.pop("series").items()}
        results[raw["name"]] = CorpusResult(**raw, series=series)
    return context, results


def _tuples(value: object) -> object:
    if isinstance(value, list):
        return [tuple(item) if isinstance(item, list) else item for item in value]
    return value


def _series(raw: dict[str, object]) -> Series:
    samples = [Sample(**sample) for sample in raw.pop("samples")]  # type: ignore[arg-type]
    return Series(**raw, samples=samples)  # type: ignore[arg-type]
