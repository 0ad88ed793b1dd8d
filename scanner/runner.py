"""Turns command-line options into a scan and a report; returns the exit code.

Kept apart from `cli` so that Click parsing stays thin and this logic stays testable.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import click

from scanner import __version__
from scanner.config.settings import BASELINE_NAME, Config, ConfigError, settings_from_options
from scanner.config.weakening import Weakening

if TYPE_CHECKING:
    from scanner.caches.reports import Reports
    from scanner.caches.store import EntryStore
    from scanner.discover.inputs import Inputs, ScanRequest
    from scanner.model import ScanResult
    from scanner.suppress.baseline import Baseline

_RANK = {"note": 1, "warning": 2, "error": 3, "never": 99}


class ScanOptions(NamedTuple):
    """What `sovscan scan` was asked (a NamedTuple: cheap to build at import)."""

    paths: list[Path]
    profiles: tuple[str, ...] = ()
    output_format: str | None = None
    outputs: tuple[str, ...] = ()
    baseline: Path | None = None
    no_baseline: bool = False
    fail_on: str | None = None
    excludes: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config_file: Path | None = None
    stdin_filename: str | None = None
    var_files: list[Path] | None = None
    var_values: tuple[str, ...] = ()
    env_vars: bool = False
    use_cache: bool = True
    color: str = "auto"
    strict: bool = False
    plans: tuple[Path, ...] = ()
    repo_root: Path | None = None
    allow_empty: bool = False
    list_files: bool = False
    repo_url: str | None = None
    quiet: bool = False
    workspace: str | None = None
    helm: bool = False
    helm_values: tuple[Path, ...] = ()
    helm_timeout: float = 60.0


def _error(message: str) -> int:
    click.echo(f"sovscan: error: {message}", err=True)
    return 2


class Output(NamedTuple):
    format: str
    path: Path


class OutputError(Exception):
    """An -o whose format cannot be told: exit 2."""


def plan_outputs(options: ScanOptions) -> tuple[list[Output], str | None]:
    """Files to write, and the format for the terminal (None: stdout stays quiet).

    `-o FILE` takes --format, else the file's extension (an unknown one is an error: say
    `-o FORMAT:FILE`; none at all is text); `-o FORMAT:FILE` is explicit. Both behave the same about the
    terminal: with any -o, stdout stays quiet (stderr says what was written), unless
    --format was given and no plain `-o FILE` took it. FILE `-` is stdout. --quiet
    silences stdout and the summary.
    """
    from scanner.report.formats import FORMATS, format_for

    outputs: list[Output] = []
    plain = False
    for spec in options.outputs:
        name, sep, rest = spec.partition(":")
        if sep and name in FORMATS and rest:
            outputs.append(Output(name, Path(rest)))
            continue
        plain = True
        chosen = options.output_format or format_for(spec)
        if chosen is None and not Path(spec).suffix:
            chosen = "text"  # no extension at all (/dev/null, a pipe): text, as the terminal gets
        if chosen is None:
            raise OutputError(
                f"cannot tell the format of -o {spec} from its extension: write -o FORMAT:{spec} "
                f"(FORMAT one of {', '.join(FORMATS)}) or give --format"
            )
        outputs.append(Output(chosen, Path(spec)))
    if options.quiet:
        return outputs, None
    if not outputs:
        return outputs, options.output_format or "text"
    terminal = None if plain else options.output_format
    return outputs, terminal


def _link_base(options: ScanOptions) -> str:
    """The URL a repository path is appended to for links in the Markdown report:
    --repo-url, or GitHub Actions' own variables for the commit being checked."""
    if options.repo_url:
        return options.repo_url.rstrip("/")
    server, repo, sha = (os.environ.get(name, "") for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA"))
    if server.startswith("https://") and repo and sha:
        return f"{server.rstrip('/')}/{repo}/blob/{sha}"
    return ""


def _progress_printer() -> Callable[[int, int], None] | None:
    """A progress line on stderr for large scans, only when a person watches stderr."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total < 300 or (done % 50 and done != total):
            return
        end = "\n" if done == total else "\r"
        sys.stderr.write(f"sovscan: parsed {done}/{total} files{end}")
        sys.stderr.flush()

    return show


def _use_color(choice: str) -> bool:
    """--color wins; then NO_COLOR (https://no-color.org), then FORCE_COLOR, then a tty."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


class NothingToScan(Exception):
    """A folder or stdin without a file to scan: exit 2, unless --allow-empty."""


class Prepared(NamedTuple):
    """A scan ready to run: what `scan` and `baseline create` build the same way."""

    request: ScanRequest
    inputs: Inputs
    baseline: Baseline | None
    # The baseline's own weakening (applied, or refused in strict mode).
    baseline_weakened: tuple[Weakening, ...]
    # A folder (or stdin) was given: finding nothing to scan there is an error.
    must_find: bool


def prepare(options: ScanOptions) -> Prepared:
    """Settings, request, baseline and files read; raises ConfigError, UsageError or
    NothingToScan."""
    from scanner.config.trusted_files import read_var_file
    from scanner.discover.inputs import ScanRequest, read_inputs
    from scanner.discover.repo import find_repo_root
    from scanner.discover.walk import UsageError, scan_root

    if not options.use_cache:
        from scanner.ruledata.bundle import bypass_cache

        bypass_cache()
    stdin_text = None
    if [str(p) for p in options.paths] == ["-"]:
        stdin_text = sys.stdin.read()
        root = Path.cwd()
    else:
        missing = [p for p in options.paths if not p.exists() and not p.is_symlink()]
        if missing:
            raise UsageError(f"path does not exist: {missing[0]}")
        root = scan_root(options.paths)
    repo_root = find_repo_root(root, options.repo_root)
    settings = settings_from_options(options, root, repo_root)
    request = ScanRequest(
        paths=options.paths,
        config=settings.config,
        stdin_text=stdin_text,
        stdin_filename=options.stdin_filename or _stdin_name(stdin_text),
        tool_version=__version__,
        var_files=tuple(options.var_files or ()),
        var_values=settings.var_values,
        workspace=options.workspace,
        env_vars=settings.env_vars,
        use_cache=settings.use_cache,
        progress=_progress_printer(),
        strict=options.strict,
        plans=tuple(options.plans),
        repo_root=repo_root,
        helm=options.helm,
        helm_values=tuple(options.helm_values),
        helm_timeout=options.helm_timeout,
    )
    for var_file in request.var_files:
        read_var_file(var_file)
    baseline, baseline_weakened = _read_baseline(options, root, repo_root)
    inputs = read_inputs(request)
    must_find = stdin_text is not None or any(p.is_dir() for p in options.paths)
    empty_stdin = stdin_text is not None and not stdin_text.strip()
    empty = empty_stdin or (must_find and not inputs.texts and not inputs.unread)
    if empty and not (options.allow_empty or options.list_files):
        raise NothingToScan(_nothing_to_scan(options))
    return Prepared(request, inputs, baseline, baseline_weakened, must_find)


def _stdin_name(text: str | None) -> str | None:
    """Without --stdin-filename, a name that says what stdin holds: a Kubernetes
    manifest is YAML, anything else is read as Terraform."""
    if text is None:
        return None
    from scanner.load.kubernetes import looks_like_yaml_manifest

    head = text[:65536]
    return "stdin.yaml" if looks_like_yaml_manifest(head) or head.lstrip().startswith("---") else None


def _nothing_to_scan(options: ScanOptions) -> str:
    where = ", ".join(str(p) for p in options.paths)
    if where == "-":
        where = "stdin"
    return (
        f"no Terraform or Kubernetes file to scan in {where}: check the path and any --exclude "
        "or configuration 'exclude' (pass --allow-empty to accept an empty scan)"
    )


def execute(options: ScanOptions) -> int:
    from scanner.discover.inputs import input_key, read_again
    from scanner.discover.walk import UsageError

    try:
        prepared = prepare(options)
    except (ConfigError, UsageError, NothingToScan) as error:
        return _error(str(error))
    request, inputs, baseline = prepared.request, prepared.inputs, prepared.baseline
    config = request.config
    if options.list_files:
        from scanner.discover.listing import list_files

        sys.stdout.write(list_files(inputs))
        return 0
    try:
        outputs, terminal = plan_outputs(options)
    except OutputError as error:
        return _error(str(error))
    color = terminal is not None and _use_color(options.color)
    link_base = _link_base(options)
    scan_key = input_key(inputs)
    cache, report_key = None, ""
    if scan_key is not None:
        from scanner.caches.reports import ReportCache
        from scanner.caches.store import cache_dir

        cache = ReportCache(cache_dir())
        baseline_key = repr(
            (
                None if baseline is None else (baseline.source, baseline.path.name, baseline.text),
                prepared.baseline_weakened,
            )
        )
        formats = [output.format for output in outputs] + [f"links:{link_base}", f"fail-on:{config.fail_on}"]
        if "html" in formats:  # its banner shows the scan date and HEAD's commit
            from scanner.report.banner import head_commit, scan_date

            formats.append(f"banner:{scan_date()}:{head_commit(inputs.discovery.repo_root)}")
        report_key = cache.key(scan_key, baseline_key, formats, terminal, color)
        found = inputs.discovery
        cached = cache.load(report_key, lambda what: read_again(found.root, what, found.repo_root), len(outputs))
        if cached is not None:
            return _emit(cached, outputs, options.quiet)
    from scanner.pipeline import run_scan

    try:
        result = run_scan(request, inputs, baseline)
    except ConfigError as error:  # a baseline sovscan did not write
        return _error(str(error))
    if prepared.must_find and result.files_scanned == 0 and not options.allow_empty:
        # Say what was found and not scanned (a Helm chart, a link out of the root…).
        found = "".join(f"\n  {n.path}: {n.message}" for n in result.notifications if n.level.rank >= 2)
        return _error(_nothing_to_scan(options) + found)
    _record_trust(result, config, prepared, options.strict)
    from scanner.caches.reports import Reports
    from scanner.report.formats import render

    store = _sarif_descriptor_store() if "sarif" in {terminal, *(output.format for output in outputs)} else None
    reports = Reports(
        files=[
            render(result, output.format, fail_on=config.fail_on, link_base=link_base, sarif_store=store)
            for output in outputs
        ],
        terminal=None
        if terminal is None
        else render(result, terminal, color=color, fail_on=config.fail_on, link_base=link_base, sarif_store=store),
        exit_code=_exit_code(result, config.fail_on),
        stale_baseline_entries=result.stale_baseline_entries,
    )
    if cache is not None and not result.incomplete and result.files_scanned:
        cache.save(report_key, result.reads, reports)
    return _emit(reports, outputs, options.quiet)


def _record_trust(result: ScanResult, config: Config, prepared: Prepared, strict: bool) -> None:
    from scanner.config.weakening import weakening_order

    result.weakened = sorted({*config.weakened, *prepared.baseline_weakened}, key=weakening_order)
    result.strict = strict


def _emit(reports: Reports, outputs: list[Output], quiet: bool = False) -> int:
    """Print and write a scan's reports; its exit code."""
    from scanner.caches.atomic import write_atomically
    from scanner.report.terminal import write_stdout

    if reports.stale_baseline_entries:
        click.echo(
            f"sovscan: {reports.stale_baseline_entries} baseline entries no longer match a finding (stale)", err=True
        )
    for output, text in zip(outputs, reports.files, strict=True):
        if str(output.path) == "-":
            write_stdout(text)
            continue
        try:
            write_atomically(output.path, text, durable=True)
        except OSError as error:
            return _error(f"cannot write {output.path}: {error.strerror or error}")
        if not quiet:
            click.echo(f"sovscan: wrote the {output.format} report to {output.path}", err=True)
    if reports.terminal is not None:
        write_stdout(reports.terminal)
    if outputs and reports.terminal is None and not quiet:
        click.echo(f"sovscan: exit {reports.exit_code} ({_EXIT_MEANING[reports.exit_code]})", err=True)
    return reports.exit_code


_EXIT_MEANING = {
    0: "nothing at or above --fail-on",
    1: "findings at or above --fail-on",
    3: "the scan did not complete",
}


def _read_baseline(options: ScanOptions, root: Path, repo_root: Path) -> tuple[Baseline | None, tuple[Weakening, ...]]:
    """The baseline to apply, and how it weakens the scan. `--baseline FILE` is trusted;
    a `.sovscan-baseline.json` at the scan root is part of the scanned tree: applied
    outside strict mode, refused in it, listed in both."""
    from scanner.config.trust import COMMAND_LINE

    path, source = options.baseline, COMMAND_LINE
    if path is None:
        found = root / BASELINE_NAME
        if options.no_baseline or not found.is_file():
            return None, ()
        path, source = found, _in_repo(found, repo_root)
        if options.strict:
            return None, (Weakening("baseline", "", source, False),)
    from scanner.config.trusted_files import BASELINE_LIMIT, read_trusted_text
    from scanner.suppress.baseline import Baseline

    text = read_trusted_text(path, "--baseline" if options.baseline else "baseline", BASELINE_LIMIT)
    detail = path.name if source == COMMAND_LINE else ""
    return Baseline(path, text, source), (Weakening("baseline", detail, source, True),)


def _in_repo(path: Path, repo_root: Path) -> str:
    try:
        return path.resolve().relative_to(repo_root.resolve()).as_posix()
    except ValueError:
        return path.name


def _exit_code(result: object, fail_on: str) -> int:
    threshold = _RANK[fail_on]
    failing = any(
        f.suppression is None and f.level.rank >= threshold
        for f in result.findings  # type: ignore[attr-defined]
    )
    # An incomplete scan says nothing reliable about what it did not evaluate: 3 wins over 1.
    if result.incomplete:  # type: ignore[attr-defined]
        return 3
    # A file that was not read or parsed fails the run even where PARSE001 was not selected.
    unread = not result.execution_successful and fail_on != "never"  # type: ignore[attr-defined]
    return 1 if failing or unread else 0


def create_baseline_file(options: ScanOptions, output: Path | None) -> int:
    """`sovscan baseline create`: the scan `sovscan scan` would run with the same scope
    options, every unsuppressed finding but PARSE001 (an unread file is never accepted)."""
    from scanner.caches.atomic import write_atomically
    from scanner.discover.walk import UsageError
    from scanner.pipeline import run_scan
    from scanner.suppress.baseline import accepted_findings, create_baseline

    try:
        prepared = prepare(options._replace(no_baseline=True, baseline=None))
        result = run_scan(prepared.request, prepared.inputs)
    except (ConfigError, UsageError, NothingToScan) as error:
        return _error(str(error))
    target = output or Path(result.root) / BASELINE_NAME
    count = len(accepted_findings(result))
    try:
        write_atomically(target, create_baseline(result), durable=True)
    except OSError as error:
        return _error(f"cannot write {target}: {error.strerror or error}")
    click.echo(f"sovscan: wrote {count} findings to {target}", err=True)
    return 0


def merge_files(inputs: list[Path], output: Path | None, output_format: str) -> int:
    from scanner.caches.atomic import write_atomically
    from scanner.config.trusted_files import SARIF_LIMIT, TrustedFileError, read_trusted_text
    from scanner.report.formats import render
    from scanner.report.merge import MergeError, combine_results, merge_sarif, sarif_to_result

    try:
        texts = [(str(p), read_trusted_text(p, "merge input", SARIF_LIMIT)) for p in inputs]
        merged = merge_sarif(texts)
        if output_format == "html":
            merged = render(combine_results(sarif_to_result(merged)), "html")
    except TrustedFileError as error:
        return _error(str(error))
    except MergeError as error:
        return _error(str(getattr(error, "message", error)))
    if output is None:
        sys.stdout.write(merged)
        return 0
    try:
        write_atomically(output, merged, durable=True)
    except OSError as error:
        return _error(f"cannot write {output}: {error.strerror or error}")
    return 0


def _sarif_descriptor_store() -> EntryStore | None:
    """SARIF rule descriptors kept between runs; the reporter only formats (none with --no-cache)."""
    from scanner.caches.store import EntryStore, cache_dir
    from scanner.ruledata.bundle import cache_enabled

    return EntryStore(cache_dir() / "sarif-rules", max_entries=64) if cache_enabled() else None
