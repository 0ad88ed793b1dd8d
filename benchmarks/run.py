"""sovscan benchmark: generated corpora, sovscan cold/warm, Checkov and Trivy on one check each.

    python benchmarks/run.py                      # every corpus, peers when installed
    python benchmarks/run.py --install-peers      # first: Checkov and Trivy into benchmarks/.work
    python benchmarks/run.py --quick              # small + medium, 3 runs
    python benchmarks/run.py --sovscan-from source   # sovscan as `python -m scanner` from the checkout

Standard library only. Run by hand; this is not a unit test. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import time
import venv
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import json  # noqa: E402

import corpus  # noqa: E402
import peers  # noqa: E402
import report  # noqa: E402
from measure import Command, Series, measure, run_once, single  # noqa: E402

ALL_CORPORA = ("small", "medium", "large", "x-large", "sample_infra")
QUICK_CORPORA = ("small", "medium")
SOVSCAN_OK = (0, 1)
CHECKOV_OK = (0, 1)
TRIVY_OK = (0,)
XLARGE_MAX_RUNS = 3
SOVSCAN_VENV = "venv-sovscan"
SOVSCAN_DIST = "dist-sovscan"
SETUP_TIMEOUT = 900  # seconds for one venv / wheel build / pip install step


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", default=",".join(ALL_CORPORA), help="comma-separated: " + ",".join(ALL_CORPORA))
    parser.add_argument("--runs", type=int, default=None, help="measured runs per series (default 5; x-large ≤ 3)")
    parser.add_argument("--seed", type=int, default=20260101, help="corpus generator seed")
    parser.add_argument("--install-peers", action="store_true", help="pip-install Checkov and Trivy into the work dir")
    parser.add_argument("--skip-peers", action="store_true", help="measure sovscan only")
    parser.add_argument("--quick", action="store_true", help="small + medium, 3 runs")
    parser.add_argument("--work", type=Path, default=HERE / ".work", help="work folder (corpora, venvs, outputs)")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md", help="where to write the results")
    parser.add_argument(
        "--report-only", action="store_true", help="render RESULTS.md again from the last run's results.json"
    )
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a single run is killed")
    parser.add_argument(
        "--sovscan-from",
        choices=("venv", "source"),
        default="venv",
        help="venv: the wheel built from this checkout, in its own venv, run as `sovscan` (default); "
        "source: `python -m scanner` from the checkout",
    )
    parser.add_argument(
        "--long-run", type=float, default=120, help="a warm-up slower than this (s) is kept as the only run"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.corpora = ",".join(QUICK_CORPORA)
        args.runs = args.runs or 3
    args.runs = args.runs or 5
    args.work = args.work.resolve()
    names = [n.strip().replace("xlarge", "x-large") for n in args.corpora.split(",") if n.strip()]
    unknown = [n for n in names if n not in ALL_CORPORA]
    if unknown:
        parser.error(f"unknown corpus: {', '.join(unknown)} (choose from {', '.join(ALL_CORPORA)})")
    args.corpus_names = names
    return args


# --------------------------------------------------------------------------- environment


def _first_line(argv: list[str], cwd: Path = REPO, env: dict[str, str] | None = None) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=cwd, env=env)
    except (subprocess.SubprocessError, OSError):
        return "unknown"
    lines = (done.stdout or done.stderr).strip().splitlines()
    return lines[0].strip() if lines else "unknown"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))} (kernel {platform.release()})"
    except OSError:
        pass
    return platform.platform()


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def machine(load_before: str) -> list[tuple[str, str]]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ("CPU", _cpu_model()),
        ("cores", f"{os.cpu_count()} logical ({usable} usable by this process)"),
        ("RAM", _memory()),
        ("OS", _os_name()),
        ("load average (1/5/15 min) before → after", f"{load_before} → {_load()}"),
    ]


def sovscan_version(launcher: Launcher) -> str:
    version = _first_line([*launcher.prefix, "--version"], env=launcher.env())
    commit = _first_line(["git", "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "scanner", "rules"], capture_output=True, text=True, cwd=REPO
    )
    state = " + uncommitted changes in scanner/ or rules/" if dirty.stdout.strip() else ""
    origin = "wheel built from the working tree" if launcher.mode == "venv" else "working tree"
    return f"{version} ({origin} at {commit}{state})"


def sovscan_has_no_cache(launcher: Launcher) -> bool:
    return "--no-cache" in _first_help([*launcher.prefix, "scan", "--help"], launcher.env())


def _first_help(argv: list[str], env: dict[str, str] | None = None) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=REPO, env=env).stdout
    except (subprocess.SubprocessError, OSError):
        return ""


def python_row(launcher: Launcher) -> str:
    """The interpreter sovscan runs on: the venv's python in venv mode."""
    if launcher.mode == "source":
        return f"{platform.python_version()} ({sys.executable})"
    probe = "import platform, sys; print(platform.python_version(), sys._base_executable)"
    version, _, base = _first_line([str(launcher.python), "-c", probe]).partition(" ")
    return f"{version} ({launcher.python}, a venv without system site-packages, of {base or 'unknown'})"


# --------------------------------------------------------------------------- sovscan launcher


@dataclass(frozen=True, slots=True)
class Launcher:
    """How sovscan is started: `prefix` comes before `scan` or `--version`."""

    mode: str  # venv | source
    prefix: tuple[str, ...]
    python: Path  # the interpreter sovscan runs on
    shown: str  # the command as RESULTS.md writes it
    note: str = ""  # why venv mode fell back to source, if it did

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ, **extra)
        if self.mode == "venv":
            # The console script imports sovscan from the venv's site-packages; a caller's
            # PYTHONPATH could put the checkout's `scanner` package in front of it.
            env.pop("PYTHONPATH", None)
        return env


def source_launcher(note: str = "") -> Launcher:
    python = Path(sys.executable)
    return Launcher("source", (sys.executable, "-m", "scanner"), python, f"{python.name} -m scanner", note)


def prepare_sovscan(args: argparse.Namespace) -> Launcher:
    """`--sovscan-from venv`: build the wheel of this checkout and install it in
    `<work>/venv-sovscan`, as pre-commit installs a hook; on failure, fall back to source."""
    if args.sovscan_from == "source":
        return source_launcher()
    venv_dir = args.work / SOVSCAN_VENV
    step = "creating the venv"
    try:
        python = ensure_venv(venv_dir)
        step = "building the wheel"
        wheel = build_wheel(python, args.work / SOVSCAN_DIST)
        step = "installing the wheel"
        install_wheel(python, wheel)
        step = "checking the installed package"
        check_installed(python, venv_dir, args.work)
    except (subprocess.SubprocessError, OSError, RuntimeError) as error:
        print(f"sovscan: {step} ({venv_dir}) failed: {_reason(error)}", flush=True)
        print(
            "sovscan: measuring `python -m scanner` from the working tree instead (--sovscan-from source)", flush=True
        )
        return source_launcher(f"{step} for {SOVSCAN_VENV} failed, so the working tree was measured instead")
    script = peers._venv_bin(venv_dir, "sovscan")
    shown = f"{SOVSCAN_VENV}/{script.parent.name}/{script.name}"
    return Launcher("venv", (str(script),), python, shown)


def _reason(error: BaseException) -> str:
    """The failed command and the end of what it printed."""
    if isinstance(error, subprocess.CalledProcessError):
        lines = (error.stderr or error.stdout or "").strip().splitlines()[-5:]
        output = "".join(f"\n    {line}" for line in lines)
        return f"`{' '.join(map(str, error.cmd))}` exited with {error.returncode}{output}"
    return str(error) or type(error).__name__


def _setup_env() -> dict[str, str]:
    """For pip in the venv: no caller PYTHONPATH, and bytecode compiled on install as usual."""
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


def _step(argv: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
    subprocess.run(argv, capture_output=True, text=True, timeout=SETUP_TIMEOUT, check=True, env=env, cwd=cwd)


def ensure_venv(venv_dir: Path) -> Path:
    python = peers._venv_bin(venv_dir, "python")
    if not python.exists():
        print(f"sovscan: creating {venv_dir}", flush=True)
        venv.create(venv_dir, with_pip=True, clear=True)
    return python


def build_wheel(python: Path, dist: Path) -> Path:
    """A wheel of the checkout, built afresh (the code may have changed since the last run)."""
    if dist.exists():
        shutil.rmtree(dist)
    dist.mkdir(parents=True)
    if _has_build_module():
        argv = [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)]
    else:
        argv = [str(python), "-m", "pip", "wheel", "--no-deps", "-w", str(dist), str(REPO)]
    print(f"sovscan: building the wheel ({' '.join(argv[1:4])} …)", flush=True)
    _step(argv, cwd=dist)
    wheels = sorted(dist.glob("sovscan-*.whl"))
    if len(wheels) != 1:
        raise RuntimeError(f"expected one sovscan wheel in {dist}, found {len(wheels)}")
    return wheels[0]


def _has_build_module() -> bool:
    spec = importlib.util.find_spec("build")
    return spec is not None and spec.origin is not None  # not a stray `build/` folder


def install_wheel(python: Path, wheel: Path) -> None:
    """Dependencies from the package index, installed when missing; sovscan itself
    reinstalled every time. pip compiles the bytecode, as for any installed package."""
    print(f"sovscan: installing {wheel.name} into {python.parent.parent}", flush=True)
    pip = [str(python), "-m", "pip", "install", "--quiet"]
    _step([*pip, str(wheel)], _setup_env(), wheel.parent)
    _step([*pip, "--force-reinstall", "--no-deps", str(wheel)], _setup_env(), wheel.parent)


def check_installed(python: Path, venv_dir: Path, work: Path) -> None:
    """The venv imports sovscan from its own site-packages, not from the checkout."""
    probe = [str(python), "-c", "import scanner; print(scanner.__file__)"]
    done = subprocess.run(probe, capture_output=True, text=True, timeout=120, check=True, env=_setup_env(), cwd=work)
    where = Path(done.stdout.strip()).resolve()
    if not where.is_relative_to(venv_dir.resolve()):
        raise RuntimeError(f"the venv imports scanner from {where}, not from {venv_dir}")


# --------------------------------------------------------------------------- sovscan


class Sovscan:
    def __init__(self, launcher: Launcher, no_cache: bool, timeout: float, long_run: float) -> None:
        self.launcher = launcher
        self.no_cache = no_cache
        self.timeout = timeout
        self.long_run = long_run

    def _fresh(self, folder: Path) -> Path:
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        return folder

    def _command(self, target: Path, fmt: str, out_dir: Path, cache: Path, no_cache: bool) -> Command:
        output = out_dir / f"report.{fmt}"
        argv = [*self.launcher.prefix, "scan", str(target), "--format", fmt, "-o", str(output)]
        if no_cache:
            argv.append("--no-cache")
        env = self.launcher.env(SOVSCAN_CACHE_DIR=str(cache))
        env.pop("SOVSCAN_NO_CACHE", None)  # the series decide, not the caller's environment
        # An installed sovscan (pip, pre-commit) runs from compiled bytecode; a caller's
        # PYTHONDONTWRITEBYTECODE would make every run recompile the package (~100 ms).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return Command(argv, env, REPO, out_dir / "stdout.txt", out_dir / "stderr.txt")

    def first_run(self, target: Path, out: Path) -> Series:
        out = self._fresh(out)
        command = self._command(target, "sarif", out, self._fresh(out / "cache"), no_cache=False)
        return single("first", command, self.timeout, SOVSCAN_OK)

    def cold_command(self, target: Path, out: Path) -> Command:
        out = self._fresh(out)
        return self._command(target, "sarif", out, self._fresh(out / "cache"), self.no_cache)

    def series(self, label: str, target: Path, fmt: str, out: Path, runs: int, warm: bool) -> Series:
        """Cold: --no-cache when sovscan has it. Warm: the cache dir the warm-up filled."""
        out = self._fresh(out)
        cache = self._fresh(out / "cache")
        no_cache = self.no_cache and not warm
        return measure(
            label,
            lambda _index: self._command(target, fmt, out, cache, no_cache),
            runs,
            self.timeout,
            SOVSCAN_OK,
            self.long_run,
        )

    def edit_series(self, target: Path, out: Path, runs: int) -> Series:
        """Re-scans of a copy of the corpus, one Terraform file edited before each run (a
        comment line that differs from run to run): what a CI run on a small change pays,
        the caches filled by the warm-up, which saw an edit of its own."""
        out = self._fresh(out)
        cache = self._fresh(out / "cache")
        tree = out / "tree"
        shutil.copytree(target, tree, symlinks=True)
        edited = min(tree.rglob("*.tf"), default=None)
        if edited is None:
            return Series("edit", status="no .tf file")
        original = edited.read_text(encoding="utf-8")

        def command(index: int) -> Command:
            edited.write_text(f"{original}\n# benchmark edit {index}\n", encoding="utf-8")
            return self._command(tree, "sarif", out, cache, no_cache=False)

        series = measure("edit", command, runs, self.timeout, SOVSCAN_OK, self.long_run)
        series.note = f"edits {edited.relative_to(tree).as_posix()} {series.note}".strip()
        return series


def sarif_summary(path: Path) -> tuple[str, list[str]]:
    """(what sovscan reported, the files with PARSE001) from a SARIF report."""
    try:
        run = json.loads(path.read_text(encoding="utf-8"))["runs"][0]
    except (OSError, ValueError, KeyError, IndexError):
        return "report not readable", []
    counts = Counter(result.get("ruleId", "?") for result in run.get("results", []))
    invocation = (run.get("invocations") or [{}])[0]
    notes = invocation.get("toolExecutionNotifications") or []
    parse = sorted(
        {
            loc["physicalLocation"]["artifactLocation"]["uri"]
            for result in run.get("results", [])
            if result.get("ruleId") == "PARSE001"
            for loc in result.get("locations", [])
        }
    )
    rules = ", ".join(f"{rule} {count}" for rule, count in sorted(counts.items())) or "no findings"
    ok = invocation.get("executionSuccessful")
    return f"{rules}; {len(notes)} notifications; executionSuccessful={ok}", parse


# --------------------------------------------------------------------------- peers


def measure_checkov(
    peer: peers.Peer, target: Path, out: Path, env: dict[str, str], args: argparse.Namespace, runs: int
) -> Series:
    out.mkdir(parents=True, exist_ok=True)
    command = Command(peers.checkov_argv(peer, target), env, out, out / "checkov.json", out / "checkov.stderr.txt")
    return measure("checkov", lambda _index: command, runs, args.timeout, CHECKOV_OK, args.long_run)


def measure_trivy(
    peer: peers.Peer, target: Path, out: Path, env: dict[str, str], args: argparse.Namespace, runs: int
) -> Series:
    out.mkdir(parents=True, exist_ok=True)
    cache = peers.write_trivy_bundle(args.work)
    argv = peers.trivy_argv(peer, target, cache, out / "trivy.json")
    command = Command(argv, env, out, out / "trivy.stdout.txt", out / "trivy.stderr.txt")
    return measure("trivy", lambda _index: command, runs, args.timeout, TRIVY_OK, args.long_run)


def not_installed(label: str) -> Series:
    return Series(label, status="not installed")


# --------------------------------------------------------------------------- corpora


def corpus_path(name: str, args: argparse.Namespace) -> tuple[Path, str]:
    if name == "sample_infra":
        return REPO / "sample_infra", "The repository's demo infrastructure (`sample_infra/`)."
    spec = corpus.SPECS[name]
    started = time.perf_counter()
    path = corpus.build(spec, args.seed, args.work)
    print(f"  corpus {name}: {path} ({time.perf_counter() - started:.1f} s to build or check)", flush=True)
    return path, f"Generated (seed {args.seed}): {spec.description}."


def run_corpus(
    name: str, args: argparse.Namespace, sovscan: Sovscan, found: dict[str, peers.Peer]
) -> report.CorpusResult:
    target, description = corpus_path(name, args)
    result = report.CorpusResult(name, description, corpus.count_files(target))
    runs = min(args.runs, XLARGE_MAX_RUNS) if name == "x-large" else args.runs
    out = args.work / "out" / name
    print(f"[{name}] {result.files:,} files, {runs} runs per series", flush=True)
    _run_sovscan(result, target, out, sovscan, runs)
    if not args.skip_peers:
        _run_peers(result, target, out, found, args, runs)
    return result


def _run_sovscan(result: report.CorpusResult, target: Path, out: Path, sovscan: Sovscan, runs: int) -> None:
    series = result.series
    series["cold"] = _announce(sovscan.series("cold", target, "sarif", out / "sovscan-cold", runs, warm=False))
    if result.name == "small":
        series["cold_text"] = _announce(
            sovscan.series("cold_text", target, "text", out / "sovscan-cold-text", runs, warm=False)
        )
    series["warm"] = _announce(sovscan.series("warm", target, "sarif", out / "sovscan-warm", runs, warm=True))
    if result.name != "small":
        series["edit"] = _announce(sovscan.edit_series(target, out / "sovscan-edit", runs))
    series["first"] = _announce(sovscan.first_run(target, out / "sovscan-first"))
    summary, parse = sarif_summary(out / "sovscan-cold" / "report.sarif")
    result.findings["sovscan"] = summary
    result.parse_failures = parse


def _run_peers(
    result: report.CorpusResult,
    target: Path,
    out: Path,
    found: dict[str, peers.Peer],
    args: argparse.Namespace,
    runs: int,
) -> None:
    env = peers.peer_env(args.work)
    checkov, trivy = found["checkov"], found["trivy"]
    if checkov.installed:
        series = result.series["checkov"] = _announce(
            measure_checkov(checkov, target, out / "checkov", env, args, runs)
        )
        if series.ok:
            result.findings["checkov"] = peers.checkov_summary(out / "checkov" / "checkov.json")
    else:
        result.series["checkov"] = not_installed("checkov")
    if trivy.installed:
        series = result.series["trivy"] = _announce(measure_trivy(trivy, target, out / "trivy", env, args, runs))
        if series.ok:
            result.findings["trivy"] = peers.trivy_summary(out / "trivy" / "trivy.json")
    else:
        result.series["trivy"] = not_installed("trivy")


def measure_scaling(results: dict[str, report.CorpusResult], args: argparse.Namespace, sovscan: Sovscan) -> None:
    """Cold large and x-large runs, alternated, for the scaling exponent. The corpora's own
    series are measured minutes apart, with the peers in between; on a shared machine the
    speed drifts over minutes (seen: the same large scan 2.3 s, then 3.2 s twenty minutes
    later), and a ratio of two series taken at different speeds is not a scaling."""
    pair = [r for r in (results.get("large"), results.get("x-large")) if r is not None and r.series["cold"].ok]
    if len(pair) < 2:
        return
    runs = min(args.runs, XLARGE_MAX_RUNS)
    print(f"[scaling] large and x-large alternated, {runs} runs each", flush=True)
    commands = {}
    for result in pair:
        target, _ = corpus_path(result.name, args)
        commands[result.name] = sovscan.cold_command(target, args.work / "out" / result.name / "sovscan-scaling")
        result.series["scaling"] = Series("scaling")
    for _ in range(runs):
        for result in pair:
            sample = run_once(commands[result.name], args.timeout)
            if not sample.timed_out and sample.returncode in SOVSCAN_OK:
                result.series["scaling"].samples.append(sample)
    for result in pair:
        print(f"  {result.name}: ", end="")
        _announce(result.series["scaling"])


def _announce(series: Series) -> Series:
    if series.ok:
        print(
            f"    {series.label:<10} wall {series.wall:8.3f} s  cpu {series.cpu:8.3f} s  "
            f"rss {series.rss:7.1f} MiB  ({len(series.samples)} runs) {series.note}",
            flush=True,
        )
    else:
        print(f"    {series.label:<10} {series.status} {series.note}", flush=True)
    return series


# --------------------------------------------------------------------------- main


def sovscan_method(launcher: Launcher) -> str:
    command = f"`{launcher.shown} scan CORPUS --format sarif -o FILE`"
    if launcher.mode == "venv":
        return (
            f"sovscan: {command} — the wheel built from this checkout, installed in its own venv "
            "(no system site-packages, bytecode compiled by pip), as pre-commit runs it"
        )
    fallback = f" ({launcher.note})" if launcher.note else ""
    return f"sovscan: {command} from the working tree{fallback}"


def method(args: argparse.Namespace, launcher: Launcher, no_cache: bool) -> list[str]:
    cold = "`--no-cache`" if no_cache else "sovscan has no `--no-cache`, so cold = the grammar cache only"
    frameworks = " ".join(peers.CHECKOV_FRAMEWORKS)
    return [
        f"Each series: one warm-up run, then the median of {args.runs} runs (x-large: at most {XLARGE_MAX_RUNS}); "
        f"a warm-up slower than {args.long_run:g} s is kept as the only run; "
        f"a run is killed after {args.timeout:g} s.",
        "A bare launcher process forks and execs each command and measures it, so that the command does not "
        "inherit the benchmark's own memory as its peak RSS. wall: `time.perf_counter` around fork/exec/wait; "
        "CPU: user+sys of the command and its waited-for descendants (`os.wait4`); "
        "peak RSS: `ru_maxrss` from the same call (the largest single process of the tree); "
        "peak memory, all processes: the sum of the PSS of every process of the run's process group, "
        "sampled from /proc every 50 ms (tools that fork workers: sovscan parses large trees in a pool).",
        f"{sovscan_method(launcher)}; `SOVSCAN_CACHE_DIR` is a fresh folder per series. cold: {cold}. "
        "warm: the same cache folder the warm-up filled. "
        "one-line edit: a copy of the corpus, one .tf file changed before each run (its warm-up included), "
        "the cache folder its warm-up filled. "
        "first run: one run with an empty cache folder (what a new CI container pays).",
        f"checkov: `checkov -d CORPUS --check {peers.CHECKOV_CHECK} --framework {frameworks} "
        "--quiet --compact -o json --skip-download` (only the frameworks sovscan reads: no secrets scan).",
        "trivy: `trivy config --quiet --format json --cache-dir DIR --skip-check-update --skip-version-check "
        f"--disable-telemetry --misconfig-scanners {peers.TRIVY_SCANNERS} CORPUS`, DIR holding a one-check "
        f"bundle ({peers.TRIVY_CHECK}, S3 encryption) that replaces the embedded checks; nothing is fetched.",
        "Ratios are ÷ sovscan cold: 20× means sovscan took 1/20 of the time. "
        "The machine may be shared (see the load average): CPU time is the steadier number.",
    ]


def publish(args: argparse.Namespace, context: report.Context, results: dict[str, report.CorpusResult]) -> None:
    text = report.render(context, results)
    report.write(args.results, text)
    print()
    print(text)
    print(f"written to {args.results}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    raw = args.work / "results.json"
    if args.report_only:
        publish(args, *report.load(raw))
        return 0
    load_before = _load()
    if args.install_peers:
        peers.install(args.work)
    launcher = prepare_sovscan(args)
    no_cache = sovscan_has_no_cache(launcher)
    found = {"checkov": peers.find_checkov(args.work), "trivy": peers.find_trivy(args.work)}
    versions = [
        ("Python", python_row(launcher)),
        ("sovscan", sovscan_version(launcher)),
        *((p.name, f"{p.version} ({p.executable})" if p.installed else "not installed") for p in found.values()),
    ]
    for key, value in versions:
        print(f"{key}: {value}", flush=True)
    print(f"sovscan launcher: {launcher.shown} ({launcher.mode})", flush=True)
    sovscan = Sovscan(launcher, no_cache, args.timeout, args.long_run)
    results = {name: run_corpus(name, args, sovscan, found) for name in args.corpus_names}
    measure_scaling(results, args, sovscan)
    context = report.Context(
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        machine=machine(load_before),
        versions=versions,
        method=method(args, launcher, no_cache),
    )
    report.dump(raw, context, results)
    publish(args, context, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
