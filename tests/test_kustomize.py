"""Kustomize overlays, rendered natively: each root kustomization's output is checked,
findings point at the line that set the offending value, and the renderer never leaves
the repository nor loops."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers import run_sovscan

from scanner.load.kustomize import Source, render, selector_matches

FIXTURES = Path(__file__).resolve().parent / "data" / "kustomize"


def _repository(tmp_path: Path, fixture: str) -> Path:
    """A copy of a fixture as a repository of its own (the renderer's boundary)."""
    root = tmp_path / "repo"
    shutil.copytree(FIXTURES / fixture, root)
    (root / ".git").mkdir()
    return root


def _scan(*args: str) -> tuple[int, dict[str, Any]]:
    done = run_sovscan("scan", *args, "--format", "json", "--no-cache")
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


def _findings(report: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [f for f in report["findings"] if f["rule"] == rule]


def _render(directory: Path, limit: Path) -> Any:
    return render(directory, Source(limit, limit, {}, lambda path: path.read_text(encoding="utf-8")))


def test_an_overlay_that_moves_a_workload_to_the_us_is_reported_at_its_patch_line(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    code, report = _scan(str(root / "overlays" / "us"), "--select", "RES003,PARSE001")
    assert code == 1
    [finding] = _findings(report, "RES003")
    assert finding["properties"]["region"] == "us-east-1"
    assert finding["path"] == "region.yaml"
    assert finding["start_line"] == 9
    related = [(step["path"], step["line"]) for step in finding["provenance"]]
    assert ("kustomization.yaml", 1) in related, "the overlay is in the provenance"
    assert ("../../base/deployment.yaml", 1) in related, "so is the base object"


def test_the_eu_overlay_of_the_same_base_passes(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    code, report = _scan(str(root / "overlays" / "eu"), "--select", "RES003,PARSE001")
    assert code == 0
    assert report["summary"]["resources"] == 3


def test_a_tree_checks_each_root_and_neither_the_base_nor_the_patch_on_its_own(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    # The base, alone, would be in the United States too: it is checked only through the roots.
    deployment = root / "base" / "deployment.yaml"
    deployment.write_text(deployment.read_text().replace("eu-west-3", "us-west-2"))
    code, report = _scan(str(root), "--select", "RES003,PARSE001")
    assert code == 1
    found = sorted((f["path"], f["start_line"], f["properties"]["region"]) for f in report["findings"])
    # eu overlay: the base's us-west-2 (at the base line); us overlay: its patch's us-east-1.
    assert found == [("base/deployment.yaml", 16, "us-west-2"), ("overlays/us/region.yaml", 9, "us-east-1")]
    assert report["summary"]["resources"] == 6


def test_one_base_in_two_overlays_gives_two_distinct_findings(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    (root / "overlays" / "us" / "region.yaml").unlink()
    kustomization = root / "overlays" / "us" / "kustomization.yaml"
    kustomization.write_text(kustomization.read_text().replace("  - path: region.yaml\n", ""))
    deployment = root / "base" / "deployment.yaml"
    deployment.write_text(deployment.read_text().replace("eu-west-3", "us-west-2"))
    _, report = _scan(str(root), "--select", "RES003")
    assert [(f["path"], f["start_line"]) for f in report["findings"]] == [("base/deployment.yaml", 16)] * 2
    assert len({f["fingerprint"] for f in report["findings"]}) == 2


def test_a_base_that_no_root_uses_is_checked_on_its_own(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    shutil.rmtree(root / "overlays")
    deployment = root / "base" / "deployment.yaml"
    deployment.write_text(deployment.read_text().replace("eu-west-3", "us-west-2"))
    code, report = _scan(str(root), "--select", "RES003")
    assert code == 1
    assert [(f["path"], f["start_line"]) for f in report["findings"]] == [("base/deployment.yaml", 16)]


def test_components_patches_and_transformers_locate_what_they_set(tmp_path: Path) -> None:
    root = _repository(tmp_path, "features")
    code, report = _scan(str(root), "--select", "RES001,RES003,PARSE001")
    assert code == 1
    where = {f["rule"]: (f["path"], f["start_line"]) for f in report["findings"]}
    assert where == {
        "RES003": ("components/pin-zone/kustomization.yaml", 18),  # the component's inline JSON patch
        "RES001": ("overlay/bucket-region.yaml", 3),  # patchesJson6902 with a name regex
    }
    addresses = {f["address"] for f in report["findings"]}
    assert addresses == {"StatefulSet/prod/app-db-v2", "Bucket/prod/app-records-v2"}
    notes = [n["message"] for n in report["notifications"]]
    assert any("configMapGenerator is not rendered" in note for note in notes)


def test_a_remote_resource_is_reported_as_not_read(tmp_path: Path) -> None:
    root = _repository(tmp_path, "remote")
    _, report = _scan(str(root))
    remote = [n for n in report["notifications"] if "is not read" in n["message"]]
    assert [n["line"] for n in remote] == [2, 3]
    assert all(n["level"] == "warning" for n in remote)
    assert report["summary"]["resources"] == 1


def test_a_path_out_of_the_repository_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: leaked\n")
    root = tmp_path / "repo"
    root.mkdir()
    (root / ".git").mkdir()
    (root / "kustomization.yaml").write_text("resources:\n  - ../outside/secret.yaml\n")
    (root / "link.yaml").symlink_to(outside / "secret.yaml")
    code, report = _scan(str(root), "--select", "PARSE001")
    assert code == 1
    [failure] = [f for f in _findings(report, "PARSE001") if f["path"] == "kustomization.yaml"]
    assert "outside the repository" in failure["message"]
    result = _render(root, root)
    assert result.error is not None and "leaked" not in json.dumps([o.obj for o in result.objects])
    (root / "kustomization.yaml").write_text("resources:\n  - link.yaml\n")
    assert "outside the repository" in _render(root, root).error.message


def test_kustomizations_in_a_cycle_fail_closed(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    for name, other in (("a", "b"), ("b", "a")):
        (root / name).mkdir(parents=True)
        (root / name / "kustomization.yaml").write_text(f"resources:\n  - ../{other}\n")
    (root / ".git").mkdir()
    code, report = _scan(str(root), "--select", "PARSE001")
    assert code == 1
    assert {f["path"] for f in _findings(report, "PARSE001")} == {
        "a/kustomization.yaml",
        "b/kustomization.yaml",
    }
    assert all("cycle" in f["message"] for f in report["findings"])


def test_a_broken_patch_fails_closed_at_its_line(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    (root / "overlays" / "us" / "region.yaml").write_text("apiVersion: apps/v1\nkind: Deployment\nmetadata: [\n")
    code, report = _scan(str(root / "overlays" / "us"), "--select", "PARSE001")
    assert code == 1
    [failure] = _findings(report, "PARSE001")
    assert failure["path"] == "region.yaml"


def test_a_patch_that_matches_nothing_fails_as_kubectl_does(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    patch = root / "overlays" / "us" / "region.yaml"
    patch.write_text(patch.read_text().replace("name: records-api", "name: no-such-deployment"))
    result = _render(root / "overlays" / "us", root)
    assert result.error is not None and "matches no resource" in result.error.message


def test_strategic_merge_keys_and_directives() -> None:
    result = _render(FIXTURES / "region-overlays" / "overlays" / "us", FIXTURES)
    [deployment] = [o for o in result.objects if o.obj["kind"] == "Deployment"]
    container = deployment.obj["spec"]["template"]["spec"]["containers"][0]
    assert [e["name"] for e in container["env"]] == ["LOG_LEVEL", "REGION", "DB_HOST"]
    assert container["image"] == "registry.example.eu/health/records-api:1.4.2"
    env_line = deployment.fields[("spec", "template", "spec", "containers", 0, "env", 0, "value")]
    assert (env_line.path, env_line.start_line) == ("region-overlays/overlays/us/region.yaml", 14)
    base_line = deployment.fields[("spec", "template", "spec", "containers", 0, "env", 2, "value")]
    assert (base_line.path, base_line.start_line) == ("region-overlays/base/deployment.yaml", 22)
    features = _render(FIXTURES / "features" / "overlay", FIXTURES)
    kinds = sorted(o.obj["kind"] for o in features.objects)
    assert "ConfigMap" not in kinds, "$patch: delete removes the object"
    [web] = [o.obj for o in features.objects if o.obj["kind"] == "Deployment"]
    assert [c["name"] for c in web["spec"]["template"]["spec"]["containers"]] == ["web"]
    assert web["spec"]["template"]["spec"]["serviceAccountName"] == "app-web-v2", "name references follow"


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("tier=data", True),
        ("tier==data,env", True),
        ("tier!=data", False),
        ("tier in (cache, data)", True),
        ("tier notin (data)", False),
        ("!env", False),
        ("!missing", True),
        ("missing", False),
    ],
)
def test_label_selectors(selector: str, expected: bool) -> None:
    assert selector_matches(selector, {"tier": "data", "env": "prod"}) is expected


def test_a_renderer_failure_costs_only_its_kustomization(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from helpers import scan

    import scanner.adapt.kustomize as adapt

    root = _repository(tmp_path, "region-overlays")
    real = adapt.render

    def fails_on_eu(directory: Path, source: Source) -> Any:
        if directory.name == "eu":
            raise RecursionError("planted")
        return real(directory, source)

    monkeypatch.setattr(adapt, "render", fails_on_eu)
    result = scan([root])
    by_rule = {(f.rule_id, f.location.path) for f in result.findings}
    assert ("PARSE001", "overlays/eu/kustomization.yaml") in by_rule
    assert ("RES003", "overlays/us/region.yaml") in by_rule, "the other root is still checked"


def test_a_diamond_of_overlays_is_bounded(tmp_path: Path) -> None:
    """Each level uses the next one twice: 2**24 visits unbounded; a bound stops it."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    levels = 24
    for level in range(levels):
        for side in ("a", "b"):
            folder = root / f"l{level}{side}"
            folder.mkdir()
            below = "" if level == levels - 1 else f"  - ../l{level + 1}a\n  - ../l{level + 1}b\n"
            (folder / "kustomization.yaml").write_text(f"resources:\n{below}" if below else "resources: []\n")
    result = _render(root / "l0a", root)
    assert result.error is not None and "visits more than" in result.error.message


def test_a_suppression_on_the_patch_line_suppresses_the_rendered_finding(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    patch = root / "overlays" / "us" / "region.yaml"
    text = patch.read_text().replace(
        "region: us-east-1\n",
        "region: us-east-1  # sovscan:ignore RES003 -- disaster recovery replica, DPO ticket 42\n",
    )
    patch.write_text(text)
    code, report = _scan(str(root), "--select", "RES003")
    assert code == 0
    [finding] = report["findings"]
    assert finding["suppressed"] is not None


def test_an_image_set_by_the_overlay_is_reported_at_its_images_entry(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    overlay = root / "overlays" / "eu" / "kustomization.yaml"
    overlay.write_text(
        overlay.read_text().replace("    newTag: 1.5.0\n", "    newName: docker.io/library/records-api\n")
    )
    _, report = _scan(str(root / "overlays" / "eu"), "--select", "PRV003")
    [finding] = report["findings"]
    assert (finding["path"], finding["start_line"]) == ("kustomization.yaml", 8)  # its `images:` entry


def test_a_finding_keeps_its_fingerprint_whether_the_overlay_or_the_repository_is_scanned(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    deployment = root / "base" / "deployment.yaml"
    deployment.write_text(deployment.read_text().replace("eu-west-3", "us-west-2"))
    _, whole = _scan(str(root), "--select", "RES003")
    _, overlay = _scan(str(root / "overlays" / "eu"), "--select", "RES003")
    [from_overlay] = overlay["findings"]
    assert from_overlay["path"] == "../../base/deployment.yaml"
    assert from_overlay["fingerprint"] in {f["fingerprint"] for f in whole["findings"]}


def test_a_helm_chart_inflated_by_kustomize_is_reported_as_not_checked(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "kustomization.yaml").write_text(
        "helmCharts:\n  - name: postgresql\n    repo: https://charts.example.com\n    version: 1.0.0\n"
    )
    _, report = _scan(str(root))
    [warning] = [n for n in report["notifications"] if "helmCharts" in n["message"]]
    assert warning["level"] == "warning" and warning["line"] == 1


def test_a_patch_named_alone_as_pre_commit_does_is_checked_through_its_overlay(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    done = run_sovscan(
        "scan", "overlays/us/region.yaml", "--select", "RES003,PARSE001", "--format", "json", "--no-cache", cwd=root
    )
    report = json.loads(done.stdout)
    [finding] = report["findings"]
    assert finding["address"] == "Deployment/records-us/records-api-us", "the rendered object, not the bare patch"
    assert (finding["path"], finding["start_line"]) == ("overlays/us/region.yaml", 9)
    assert done.returncode == 1


def test_a_kustomization_file_named_kustomization_is_a_root_too(tmp_path: Path) -> None:
    root = _repository(tmp_path, "region-overlays")
    overlay = root / "overlays" / "us"
    (overlay / "kustomization.yaml").rename(overlay / "Kustomization")
    code, report = _scan(str(root), "--select", "RES003,PARSE001")
    assert code == 1
    assert [(f["path"], f["start_line"]) for f in report["findings"]] == [("overlays/us/region.yaml", 9)]
