"""The HTML report of a real scan, opened in headless Chromium (skipped without Chromium).

Chromium is driven by its command line only: `--dump-dom` prints the DOM after the load
event (after the report's script ran), `--screenshot` writes tests/artifacts/report.png.
Filtering is tested through the URL fragment the script reads on load
(`report.html#rule=RES002`): rows of other rules must carry the `hidden` attribute.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote

import pytest

from scanner.config.settings import Config
from scanner.facts.regions import load_catalog
from scanner.model import ScanResult
from scanner.pipeline import ScanRequest, run_scan
from scanner.report.fingerprint import sorted_findings
from scanner.report.formats import profile_zones
from scanner.report.html import render_html

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "/usr/bin/chromium"):
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


@pytest.fixture(scope="module")
def scan_result() -> ScanResult:
    config = Config(profiles=("hds",))
    return run_scan(ScanRequest(paths=[REPO / "sample_infra"], config=config, tool_version="test"))


@pytest.fixture(scope="module")
def report(scan_result: ScanResult) -> Path:
    dates = {provider: regions.retrieved for provider, regions in load_catalog().regions.items()}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "report.html"
    page = render_html(scan_result, dates, zones=profile_zones(scan_result.profiles), scan_date="2026-12-03")
    path.write_text(page, encoding="utf-8")
    return path


def chromium(tmp_path: Path, *args: str) -> str:
    assert CHROMIUM is not None
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dump_dom(tmp_path: Path, url: str) -> str:
    dom = chromium(tmp_path, "--dump-dom", url)
    assert "</html>" in dom, "Chromium printed no DOM"
    return dom


class _Rows(HTMLParser):
    """The findings table's rows: their data-* attributes and whether they are hidden."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str | None]] = []
        self.root: dict[str, str | None] = {}
        self.form: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.root = found
        elif tag == "form" and found.get("id") == "filters":
            self.form = found
        elif tag == "tr" and "data-rule" in found:
            self.rows.append(found)


def rows_of(dom: str) -> _Rows:
    parser = _Rows()
    parser.feed(dom)
    return parser


def test_report_renders(tmp_path: Path, report: Path, scan_result: ScanResult) -> None:
    dom = dump_dom(tmp_path, report.as_uri())
    parsed = rows_of(dom)
    assert parsed.root.get("data-filter-ready") == "true", "the script did not run (check the CSP hash)"
    assert "hidden" not in parsed.form
    assert len(parsed.rows) == len(scan_result.findings) > 0
    assert not any("hidden" in row for row in parsed.rows)
    for chart in ("chart-level", "chart-rule"):
        assert re.search(rf'<figure class="chart" id="{chart}">\s*<figcaption[^>]*>[^<]*</figcaption>\s*<svg', dom)
    assert dom.count("<rect ") >= 4
    assert re.search(r'<output id="shown">all \d+</output>', dom)


def test_zone_chart_places_every_resource_under_the_profile(
    tmp_path: Path, report: Path, scan_result: ScanResult
) -> None:
    dom = dump_dom(tmp_path, report.as_uri())
    figure = re.search(r'<figure class="chart" id="chart-zone-hds">(.*?)</figure>', dom, re.S)
    assert figure, "no zone chart for the hds profile"
    assert "EEA" in figure.group(1)
    bars = [(label, int(n)) for label, n in re.findall(r"<title>([^<]*): (\d+)</title>", figure.group(1))]
    # Every placed resource of the scan, once: in zone, outside (with countries) or unknown.
    assert sum(n for _, n in bars) == sum(scan_result.placements.values()) > 0
    assert all(re.fullmatch(r"(in zone|outside): [A-Z]{2}(, [A-Z]{2})*|unknown", label) for label, _ in bars)
    labels = dict(bars)
    assert labels.get("outside: US", 0) > 0 and labels.get("in zone: FR", 0) > 0
    assert "zone adequacy" not in dom and "adequacy:" not in figure.group(1)
    assert re.search(r'<time id="scan-date" datetime="2026-12-03">', dom)


def test_screenshot(tmp_path: Path, report: Path) -> None:
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", report.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a blank page is a few kilobytes


def fragment_for(kind: str, result: ScanResult) -> str | None:
    """A filter that shows some rows and hides others, taken from the scan itself."""
    findings = result.findings
    rules = Counter(f.rule_id for f in findings)
    if kind == "rule" and len(rules) > 1:
        return f"rule={min(rules, key=lambda r: (rules[r], r))}"
    if kind == "level" and len({f.level for f in findings}) > 1:
        return "level=error"
    if kind == "state" and any(f.suppression for f in findings) and not all(f.suppression for f in findings):
        return "state=suppressed"
    if kind == "rule+file" and len(rules) > 1:
        first = sorted_findings(findings)[0]
        return f"rule={first.rule_id}&file={quote(first.location.path, safe='/')}"
    return None


@pytest.mark.parametrize("kind", ["rule", "level", "state", "rule+file"])
def test_fragment_filters_rows(tmp_path: Path, report: Path, scan_result: ScanResult, kind: str) -> None:
    fragment = fragment_for(kind, scan_result)
    if fragment is None:
        pytest.skip(f"the sample scan has nothing to filter by {kind}")
    wanted = {key: unquote(value) for key, value in (part.split("=", 1) for part in fragment.split("&"))}
    parsed = rows_of(dump_dom(tmp_path, f"{report.as_uri()}#{fragment}"))
    shown = [row for row in parsed.rows if "hidden" not in row]
    hidden = [row for row in parsed.rows if "hidden" in row]
    assert shown and hidden
    assert all(all(row.get(f"data-{key}") == value for key, value in wanted.items()) for row in shown)
    assert all(any(row.get(f"data-{key}") != value for key, value in wanted.items()) for row in hidden)


def test_without_script_every_row_shows(tmp_path: Path, report: Path) -> None:
    # --dump-dom needs JavaScript itself, so "scripts off" is a copy whose policy blocks the
    # report's script: this also proves the policy is enforced.
    blocked = tmp_path / "blocked.html"
    text = report.read_text(encoding="utf-8")
    blocked.write_text(re.sub(r"script-src &#39;sha256-[^&]+&#39;", "script-src &#39;none&#39;", text), "utf-8")
    parsed = rows_of(dump_dom(tmp_path, f"{blocked.as_uri()}#rule=RES002"))
    assert "data-filter-ready" not in parsed.root
    assert "hidden" in parsed.form
    assert parsed.rows and not any("hidden" in row for row in parsed.rows)
