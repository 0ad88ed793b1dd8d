"""Helm charts, honestly: a chart's templates are Go templates, not manifests.

A directory holding `Chart.yaml` is a chart. What its `templates/` folder holds becomes manifests only once `helm`
renders it with the chart's values, so sovscan neither parses it as YAML (it would fail, or yield objects made up
from template text such as an image `{{ .Values.image }}`) nor reads the values files (which value lands where is
the templates' business). Each chart instead gets one notification that says it was not rendered and how to scan
its rendered output. A chart's `crds/` folder is plain YAML that Helm applies as it is: it is scanned as usual.
"""

from __future__ import annotations

import os
import shlex
from pathlib import PurePosixPath

from scanner.levels import Level, Notification

CHART_FILE = "Chart.yaml"
TEMPLATES = "templates"


def _is_values_file(name: str) -> bool:
    """`values.yaml`, `values-prod.yaml`, `values.schema.json`…: what the templates read, never a manifest."""
    return name.startswith("values") and name.endswith((".yaml", ".yml", ".json"))


class ChartSources:
    """Which files of a scan are a chart's own sources (templates, values, Chart.yaml), and the charts seen.

    Decided from paths alone: a file is a template when a folder above it is named `templates` and that folder's
    parent holds `Chart.yaml` (also above the scan root, when a chart's `templates/` itself is scanned).
    """

    def __init__(self, root: str) -> None:
        self._root = os.path.abspath(root)
        self._charts: dict[str, str] = {}  # chart directory -> where its notification points
        self._known: dict[str, bool] = {}  # directory -> holds Chart.yaml

    def is_chart_source(self, rel: str) -> bool:
        """True if `rel` (POSIX, relative to the root) is a chart's template, values file or Chart.yaml."""
        absolute = os.path.normpath(os.path.join(self._root, rel))
        folder = os.path.dirname(absolute)
        name = os.path.basename(absolute)
        if (name == CHART_FILE or _is_values_file(name)) and self._is_chart(folder):
            self._seen(folder, rel)
            return True
        while True:
            parent = os.path.dirname(folder)
            if os.path.basename(folder) == TEMPLATES and self._is_chart(parent):
                self._seen(parent, rel)
                return True
            if parent == folder:
                return False
            folder = parent

    def charts(self) -> list[tuple[str, str]]:
        """(absolute chart folder, where its notification points) of each chart seen."""
        return sorted(self._charts.items())

    def notifications(self) -> list[Notification]:
        """One per chart whose sources were set aside."""
        return [self._not_rendered(chart, shown) for chart, shown in sorted(self._charts.items())]

    def _is_chart(self, directory: str) -> bool:
        if directory not in self._known:
            self._known[directory] = os.path.isfile(os.path.join(directory, CHART_FILE))
        return self._known[directory]

    def _relative(self, path: str) -> str:
        return PurePosixPath(os.path.relpath(path, self._root)).as_posix()

    def _seen(self, chart: str, rel: str) -> None:
        if chart not in self._charts:
            chart_file = self._relative(os.path.join(chart, CHART_FILE))
            # Point at the chart's Chart.yaml when it lies in the tree, else at the template that showed it.
            self._charts[chart] = rel if chart_file.startswith("..") else chart_file

    def _not_rendered(self, chart: str, shown: str) -> Notification:
        folder = self._relative(chart)
        rendered = "rendered.yaml" if folder == "." or folder.startswith("..") else f"{folder}/rendered.yaml"
        chart_arg, name_arg = shlex.quote(folder), shlex.quote(rendered)
        recipe = f"helm template RELEASE {chart_arg} | sovscan scan - --stdin-filename {name_arg}"
        return Notification(
            Level.WARNING,
            f"Helm chart not rendered: its {TEMPLATES}/ are Go templates, not manifests, and its values files were "
            f"not read, so nothing it deploys was checked; to check it, render it and scan the output: {recipe}",
            shown,
        )
