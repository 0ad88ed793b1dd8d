"""The `sovscan` command line: parses options, builds the configuration, runs the
pipeline, picks a reporter, sets the exit code. Nothing else.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it (PARSE001
included); 2 usage or configuration error, or nothing to scan in a folder or stdin
(unless --allow-empty); 3 the scan did not complete (an internal error, a budget
reached; wins over 1); 130 interrupted.
"""

from __future__ import annotations

import contextlib
import datetime
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from scanner import __version__
from scanner.entry import GC_THRESHOLDS
from scanner.report.formats import FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INCOMPLETE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _fail(message: str) -> None:
    click.echo(f"sovscan: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


_EXIT_CODES = """\b
Exit codes:
  0    nothing at or above --fail-on
  1    findings at or above --fail-on (a file that could not be parsed included)
  2    usage or configuration error, or nothing to scan (unless --allow-empty)
  3    the scan did not complete (wins over 1)
  130  interrupted"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=_EXIT_CODES)
@click.version_option(__version__, "--version", prog_name="sovscan", message="%(prog)s %(version)s")
def main() -> None:
    """sovscan: data-sovereignty and health-data-hosting checks for Terraform and Kubernetes."""


# What decides which files a scan reads and how it judges them: `scan` and `baseline
# create` share them, so that a baseline matches what the gate scans.
_SCOPE_OPTIONS = (
    click.option(
        "--profile", "profiles", multiple=True, help="Profile to apply (repeatable): hds, secnumcloud, eu-residency."
    ),
    click.option("--exclude", "excludes", multiple=True, help="Glob of paths to skip (repeatable)."),
    click.option(
        "--select",
        "select",
        multiple=True,
        help="Run only these rules (comma-separated or repeated), e.g. RES001,RES002.",
    ),
    click.option("--ignore", "ignore", multiple=True, help="Do not run these rules (comma-separated or repeated)."),
    click.option(
        "--config",
        "config_file",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Trusted configuration file, wherever it lies (default: the nearest .sovscan.yaml or "
        "[tool.sovscan] from the scan root up to the repository root, which is part of the scanned tree).",
    ),
    click.option(
        "--var-file",
        "var_files",
        multiple=True,
        type=click.Path(path_type=Path, dir_okay=False),
        help="Terraform variable file, as for terraform plan (repeatable).",
    ),
    click.option(
        "--var", "var_values", multiple=True, help="Terraform variable NAME=VALUE, as for terraform plan (repeatable)."
    ),
    click.option(
        "--workspace",
        help="Evaluate as this Terraform workspace (default: every workspace the configuration names).",
    ),
    click.option(
        "--env-vars",
        is_flag=True,
        help="Also read TF_VAR_* environment variables (off by default: scans stay reproducible).",
    ),
    click.option(
        "--no-cache",
        is_flag=True,
        help=(
            "Do not read or write the parse, result and report caches "
            "(JSON in the user's cache directory, keyed by file content)."
        ),
    ),
    click.option(
        "--strict",
        is_flag=True,
        help="CI gate mode: settings found in the scanned tree may only make the scan stricter.",
    ),
    click.option(
        "--plan",
        "plans",
        multiple=True,
        type=click.Path(path_type=Path, dir_okay=False),
        help="Terraform plan JSON (terraform show -json) to resolve what static evaluation cannot (repeatable).",
    ),
    click.option(
        "--helm",
        is_flag=True,
        help="Render Helm charts with the helm binary (helm template, in an empty home, no network) and scan "
        "the output: the one option that runs a program. Not allowed with --strict.",
    ),
    click.option(
        "--helm-values",
        multiple=True,
        type=click.Path(path_type=Path, dir_okay=False, exists=True),
        help="Values file passed to every helm template (repeatable; with --helm).",
    ),
    click.option(
        "--helm-timeout",
        type=click.FloatRange(min=0.1),
        default=60.0,
        show_default=True,
        help="Seconds a chart may take to render before helm is stopped (with --helm).",
    ),
    click.option(
        "--repo-root",
        type=click.Path(path_type=Path, file_okay=False),
        help="Repository root (default: the nearest folder above the scan root that holds .git).",
    ),
)


def scope_options(command: Callable[..., None]) -> Callable[..., None]:
    for option in reversed(_SCOPE_OPTIONS):
        command = option(command)
    return command


def _scope(var_files: tuple[Path, ...], no_cache: bool, **options: Any) -> dict[str, Any]:
    """The scope options as `ScanOptions` fields."""
    return {**options, "var_files": list(var_files), "use_cache": not no_cache}


@main.command(epilog=_EXIT_CODES)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@scope_options
@click.option("-q", "--quiet", is_flag=True, help="No report on stdout and no summary on stderr; errors only.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    help="Output format (default: text, or from the -o extension).",
)
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    help="Write a report to FILE (format from --format or the extension; an unknown extension is an "
    "error) or FORMAT:FILE (repeatable; FILE '-' is stdout). With -o, stdout stays quiet unless --format "
    "is given beside FORMAT:FILE outputs only. Written atomically.",
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Trusted baseline file (default: .sovscan-baseline.json at the scan root, if present; "
    "part of the scanned tree, so not applied with --strict).",
)
@click.option("--no-baseline", is_flag=True, help="Ignore .sovscan-baseline.json at the scan root.")
@click.option(
    "--fail-on",
    type=click.Choice(("error", "warning", "note", "never")),
    help="Lowest level that makes the exit code 1 (default: error).",
)
@click.option("--stdin-filename", help="Name of the file read from stdin when PATH is '-'.")
@click.option(
    "--color",
    type=click.Choice(("auto", "always", "never")),
    default="auto",
    show_default=True,
    help="Colour in text output.",
)
@click.option("--allow-empty", is_flag=True, help="Exit 0 when no file to scan is found (default: exit 2).")
@click.option("--list-files", is_flag=True, help="List the files scanned and skipped, then exit.")
@click.option(
    "--repo-url",
    help="URL that a repository path is appended to, for file links in the Markdown report "
    "(e.g. https://github.com/o/r/blob/SHA; default on GitHub Actions: the commit being checked).",
)
def scan(
    paths: tuple[Path, ...],
    output_format: str | None,
    outputs: tuple[str, ...],
    baseline: Path | None,
    no_baseline: bool,
    fail_on: str | None,
    stdin_filename: str | None,
    color: str,
    allow_empty: bool,
    list_files: bool,
    repo_url: str | None,
    quiet: bool,
    **scope: Any,
) -> None:
    """Scan Terraform and Kubernetes files under PATHS (default: the current directory)."""
    from scanner.runner import ScanOptions, execute

    options = ScanOptions(
        paths=list(paths) or [Path(".")],
        output_format=output_format,
        outputs=outputs,
        baseline=baseline,
        no_baseline=no_baseline,
        fail_on=fail_on,
        stdin_filename=stdin_filename,
        color=color,
        allow_empty=allow_empty,
        list_files=list_files,
        repo_url=repo_url,
        quiet=quiet,
        **_scope(**scope),
    )
    sys.exit(execute(options))


@main.command("completion")
@click.argument("shell", type=click.Choice(("bash", "zsh", "fish")))
def completion(shell: str) -> None:
    """Print the shell completion script for SHELL.

    \b
    bash: eval "$(sovscan completion bash)"  (in ~/.bashrc)
    zsh:  eval "$(sovscan completion zsh)"   (in ~/.zshrc)
    fish: sovscan completion fish > ~/.config/fish/completions/sovscan.fish"""
    from click.shell_completion import get_completion_class

    cls = get_completion_class(shell)
    assert cls is not None  # click ships all three
    click.echo(cls(main, {}, "sovscan", "_SOVSCAN_COMPLETE").source())


@main.command("rules")
def list_rules() -> None:
    """List the rules with their default level in each profile."""
    from scanner.check.library import all_profiles, all_rules

    profiles = all_profiles()
    names = sorted(profiles)
    click.echo(f"{'RULE':<10}{'':2}" + "".join(f"{n:<14}" for n in names) + "TITLE")
    for rule in all_rules().values():
        levels = "".join(
            f"{(profiles[n].rules.get(rule.id).value if rule.id in profiles[n].rules else '-'):<14}" for n in names
        )
        click.echo(f"{rule.id:<10}{'':2}{levels}{rule.title}")


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Print a rule's full documentation."""
    from scanner.check.library import all_rules
    from scanner.report.explain import render_rule

    rule = all_rules().get(rule_id.upper())
    if rule is None:
        _fail(f"unknown rule '{rule_id}' (see 'sovscan rules')")
    click.echo(render_rule(rule))


@main.command("facts")
@click.option("--stale", is_flag=True, help="List the facts last read before the horizon (a warning, exit 0).")
@click.option("--horizon-months", type=click.IntRange(min=0), default=12, show_default=True)
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), help="The day to count from (default: today).")
def facts(stale: bool, horizon_months: int, as_of: datetime.datetime | None) -> None:
    """The catalog's sourced facts: with --stale, those to re-check."""
    from scanner.facts.ages import render_stale, sourced_facts

    day = as_of.date() if as_of else datetime.date.today()
    if stale:
        click.echo(render_stale(day, horizon_months), nl=False)
        return
    for fact in sourced_facts():
        retrieved = fact.retrieved
        click.echo(f"{retrieved.isoformat() if retrieved else 'undated':<10}  {fact.where}")


@main.command("profiles")
def list_profiles() -> None:
    """List the profiles and what each requires."""
    from scanner.check.library import all_profiles

    for profile in all_profiles().values():
        click.echo(f"{profile.name:<14}zone: {profile.allowed_zone:<6} {profile.title}")


@main.group()
def baseline() -> None:
    """Accept today's findings so that only new ones fail the build."""


@baseline.command("create")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@scope_options
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Baseline file to write.")
def baseline_create(paths: tuple[Path, ...], output: Path | None, **scope: Any) -> None:
    """Write the current findings to .sovscan-baseline.json at the scan root (never PARSE001:
    a file that was not read is never accepted). Takes the scope options of `scan`."""
    from scanner.runner import ScanOptions, create_baseline_file

    options = ScanOptions(paths=list(paths) or [Path(".")], **_scope(**scope))
    sys.exit(create_baseline_file(options, output))


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="File to write (default: stdout)."
)
@click.option("--format", "output_format", type=click.Choice(("sarif", "html")), default="sarif", show_default=True)
def merge(inputs: tuple[Path, ...], output: Path | None, output_format: str) -> None:
    """Combine SARIF files from several scans (one per repository) into one SARIF or HTML report."""
    from scanner.runner import merge_files

    sys.exit(merge_files(list(inputs), output, output_format))


def run() -> NoReturn:
    """Run the command line (from `scanner.entry`): exit 130 on Ctrl-C, quiet on a closed pipe."""
    gc.set_threshold(*GC_THRESHOLDS)  # already so when started from `scanner.entry`
    try:
        try:
            main.main(standalone_mode=False, complete_var="_SOVSCAN_COMPLETE")
        except click.exceptions.Abort:
            click.echo("sovscan: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except click.exceptions.ClickException as error:
            error.show()
            sys.exit(error.exit_code)
        except click.exceptions.Exit as error:
            sys.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("sovscan: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            _quiet_stdout()
            sys.exit(EXIT_FINDINGS)
        except ValueError as error:
            from scanner.ruledata.schema import RuleDataError  # only on failure: keeps startup fast

            if not isinstance(error, RuleDataError):
                raise
            click.echo(f"sovscan: error: sovscan's rule data is invalid: {error}", err=True)
            sys.exit(EXIT_USAGE)
    except SystemExit as stop:
        _leave(stop.code)
    _leave(EXIT_OK)


def _leave(code: object) -> NoReturn:
    """Exit without the interpreter's teardown. Freeing every module and object one by
    one took 30 ms of a 0.17 s warm scan, for nothing anyone sees: by now the reports
    are written and closed and the pool is shut down. Only the standard streams remain
    to flush."""
    if code is None:
        status = EXIT_OK
    elif isinstance(code, int):
        status = code
    else:  # what `sys.exit("message")` does
        sys.stderr.write(f"{code}\n")
        status = 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        status = EXIT_FINDINGS
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(status)


def _quiet_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
