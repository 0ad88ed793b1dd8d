"""Report formats by name; each reporter is imported only when its format is asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scanner.model import ScanResult
    from scanner.report.sarif import DescriptorStore

FORMATS = ("text", "json", "sarif", "html", "markdown", "junit", "gitlab", "github")
_EXTENSIONS = {
    ".sarif": "sarif",
    ".sarif.json": "sarif",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".xml": "junit",
    ".txt": "text",
}


def format_for(path: str) -> str | None:
    lower = path.lower()
    for suffix in sorted(_EXTENSIONS, key=len, reverse=True):
        if lower.endswith(suffix):
            return _EXTENSIONS[suffix]
    return None


def render(
    result: ScanResult,
    output_format: str,
    color: bool = False,
    fail_on: str = "error",
    link_base: str = "",
    sarif_store: DescriptorStore | None = None,
) -> str:
    """`fail_on` decides what JUnit counts as a failure; `link_base` (the URL a repository
    path is appended to) turns Markdown locations into links; `sarif_store` keeps SARIF rule
    descriptors between runs (the caller's cache)."""
    if output_format == "sarif":
        from scanner.report.sarif import render_sarif

        return render_sarif(result, sarif_store)
    if output_format == "json":
        from scanner.report.json_report import render_json

        return render_json(result)
    if output_format == "html":
        from scanner.facts.regions import load_catalog
        from scanner.report.banner import head_commit, scan_date
        from scanner.report.html import render_html

        dates = {name: regions.retrieved for name, regions in sorted(load_catalog().regions.items())}
        # A report of merged SARIF logs (no repository root) has neither a scan date nor a commit.
        scanned = bool(result.repo_root)
        banner = {
            "scan_date": scan_date() if scanned else "",
            "commit": (head_commit(result.repo_root) or "") if scanned else "",
        }
        return render_html(result, dates, fail_on, zones=profile_zones(result.profiles), **banner)
    if output_format == "markdown":
        from scanner.report.markdown import render_markdown

        return render_markdown(result, link_base)
    if output_format == "junit":
        from scanner.report.junit import render_junit

        return render_junit(result, fail_on)
    if output_format == "gitlab":
        from scanner.report.gitlab import render_gitlab

        return render_gitlab(result)
    if output_format == "github":
        from scanner.report.github import render_github

        return render_github(result)
    from scanner.report.text import render_text

    return render_text(result, color)


def profile_zones(profiles: tuple[str, ...]) -> list[Any]:
    """Each active profile's allowed zone, for the HTML zone charts."""
    from scanner.check.library import all_profiles
    from scanner.facts.regions import load_catalog
    from scanner.report.html import ProfileZone

    labels = {"fr": "France", "eu": "EU", "eea": "EEA", "adequacy": "EEA or adequacy countries"}
    known = all_profiles()
    catalog = load_catalog()
    return [
        ProfileZone(name, labels[known[name].allowed_zone], catalog.allowed_countries(known[name].allowed_zone))
        for name in profiles
        if name in known
    ]
