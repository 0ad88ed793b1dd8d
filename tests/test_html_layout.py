"""The HTML report's layout at a phone's, a tablet's and a desktop's width, measured in
headless Chromium (skipped without it).

A measuring script is added to a copy of the report, with the CSP extended by its hash
(the report's own policy allows nothing else), and writes what it measured into the DOM
that `--dump-dom` prints.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest

from scanner.report.formats import profile_zones
from scanner.report.html import render_html
from tests.helpers import scan
from tests.test_html_browser import CHROMIUM, chromium

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

MEASURE = """
addEventListener("load", () => {
  const doc = document.documentElement;
  const widths = sel => [...document.querySelectorAll(sel)].map(e => e.getBoundingClientRect().width);
  const row = document.querySelector("#findings-table tbody tr");
  const cells = row ? [...row.children].map(td => td.getBoundingClientRect().width) : [];
  doc.setAttribute("data-layout", JSON.stringify({
    viewport: doc.clientWidth,
    scroll: doc.scrollWidth,
    charts: widths(".chart"),
    cells: cells,
    verdict: !!document.getElementById("verdict"),
    verdictBox: (document.getElementById("verdict") || doc).getBoundingClientRect().width,
    zoneCharts: document.querySelectorAll("figure[id^=chart-zone-]").length,
  }));
});
"""


def _sha(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@pytest.fixture(scope="module")
def measured_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.helpers import REPO

    result = scan([REPO / "sample_infra"], profiles=("hds", "secnumcloud"))
    page = render_html(result, zones=profile_zones(result.profiles), scan_date="2026-12-03", commit="ab" * 20)
    page, extended = re.subn(
        r"script-src &#39;([^&]+)&#39;", lambda m: f"script-src &#39;{m.group(1)}&#39; &#39;{_sha(MEASURE)}&#39;", page
    )
    assert extended == 1
    page = page.replace("</body>", f"<script>{MEASURE}</script>\n</body>", 1)
    path = tmp_path_factory.mktemp("layout") / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


@pytest.mark.parametrize("width", [390, 768, 1400])
def test_no_horizontal_overflow_and_readable_columns(tmp_path: Path, measured_report: Path, width: int) -> None:
    dom = chromium(tmp_path, f"--window-size={width},900", "--dump-dom", measured_report.as_uri())
    found = re.search(r'data-layout="([^"]*)"', dom)
    assert found, "the measuring script did not run"
    layout = json.loads(found.group(1).replace("&quot;", '"'))
    assert layout["verdict"] and layout["verdictBox"] <= layout["viewport"]
    assert layout["zoneCharts"] == 2  # one per active profile, within the viewport like every chart
    assert layout["scroll"] <= layout["viewport"], layout  # no horizontal scrolling
    assert all(w <= layout["viewport"] for w in layout["charts"]), layout
    # Every cell of a finding is wide enough to read: at least a fifth of the screen
    # (stacked rows) on a narrow one, 40 px on a wide one.
    least = layout["viewport"] / 5 if width <= 768 else 40
    assert layout["cells"] and min(layout["cells"]) >= least, layout
