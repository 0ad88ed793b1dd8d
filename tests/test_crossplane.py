"""Crossplane composite resources and claims: placed through the Composition that maps
their region parameter, unknown (RES002) with the reason when it cannot be followed."""

from __future__ import annotations

from pathlib import Path

from tests.test_k8s_storage import findings, placed

XRD = """\
apiVersion: apiextensions.crossplane.io/v1
kind: CompositeResourceDefinition
metadata:
  name: xpostgresqlinstances.platform.example.org
spec:
  group: platform.example.org
  names:
    kind: XPostgreSQLInstance
    plural: xpostgresqlinstances
  claimNames:
    kind: PostgreSQLInstance
    plural: postgresqlinstances
  versions:
    - name: v1alpha1
      served: true
      referenceable: true
"""

CLASSIC = """\
apiVersion: apiextensions.crossplane.io/v1
kind: Composition
metadata:
  name: xpostgresqlinstances.aws
spec:
  compositeTypeRef:
    apiVersion: platform.example.org/v1alpha1
    kind: XPostgreSQLInstance
  patchSets:
    - name: placement
      patches:
        - fromFieldPath: spec.parameters.region
          toFieldPath: spec.forProvider.region
  resources:
    - name: rdsinstance
      base:
        apiVersion: rds.aws.upbound.io/v1beta1
        kind: Instance
        spec:
          forProvider:
            region: eu-west-3
            engine: postgres
            instanceClass: db.t3.micro
      patches:
        - type: PatchSet
          patchSetName: placement
    - name: secret
      base:
        apiVersion: kubernetes.crossplane.io/v1alpha2
        kind: Object
        spec:
          forProvider:
            manifest: {}
"""

CLAIMS = """\
apiVersion: platform.example.org/v1alpha1
kind: PostgreSQLInstance
metadata:
  name: patients
  namespace: team-health
spec:
  parameters:
    region: us-west-2
    storageGB: 20
  writeConnectionSecretToRef:
    name: patients-db
---
apiVersion: platform.example.org/v1alpha1
kind: XPostgreSQLInstance
metadata:
  name: cohort
spec:
  parameters:
    region: eu-central-1
    storageGB: 20
"""


def test_claim_and_xr_are_placed_by_their_composition(tmp_path: Path) -> None:
    files = {"apis/definition.yaml": XRD, "apis/composition.yaml": CLASSIC, "examples/claims.yaml": CLAIMS}
    found = findings(tmp_path, files)
    assert placed(found) == {("RES001", "PostgreSQLInstance/team-health/patients", "us-west-2")}
    finding = found[0]
    assert finding["path"] == "examples/claims.yaml" and finding["properties"]["provider"] == "aws"
    assert [step["path"] for step in finding["provenance"]] == ["examples/claims.yaml", "apis/composition.yaml"]


def test_claim_without_its_composition_is_unknown(tmp_path: Path) -> None:
    found = findings(tmp_path, {"examples/claims.yaml": CLAIMS})
    assert placed(found) == {
        ("RES002", "PostgreSQLInstance/team-health/patients", ""),
        ("RES002", "XPostgreSQLInstance/cohort", ""),
    }
    assert all("no Composition" in f["message"] for f in found)


def test_composition_literal_region_places_the_xr_when_no_patch_moves_it(tmp_path: Path) -> None:
    composition = CLASSIC.replace("region: eu-west-3", "region: us-east-1").replace(
        "        - type: PatchSet\n          patchSetName: placement\n", "        []\n"
    )
    composition = composition.replace("      patches:\n        []\n", "")
    files = {"definition.yaml": XRD, "composition.yaml": composition, "claims.yaml": CLAIMS}
    assert placed(findings(tmp_path, files)) == {
        ("RES001", "PostgreSQLInstance/team-health/patients", "us-east-1"),
        ("RES001", "XPostgreSQLInstance/cohort", "us-east-1"),
    }


PIPELINE = """\
apiVersion: apiextensions.crossplane.io/v1
kind: Composition
metadata:
  name: buckets.{name}
  labels:
    provider: {name}
spec:
  compositeTypeRef:
    apiVersion: storage.example.org/v1alpha1
    kind: XBucket
  mode: Pipeline
  pipeline:
    - step: patch-and-transform
      functionRef:
        name: function-patch-and-transform
      input:
        apiVersion: pt.fn.crossplane.io/v1beta1
        kind: Resources
        resources:
          - name: bucket
            base:
              apiVersion: s3.aws.upbound.io/v1beta1
              kind: Bucket
              spec:
                forProvider: {{}}
            patches:
              - type: FromCompositeFieldPath
                fromFieldPath: spec.parameters.location
                toFieldPath: spec.forProvider.region
                transforms:
                  - type: map
                    map:
                      EU: eu-west-3
                      US: us-east-2
    - step: {step}
      functionRef:
        name: {function}
"""

BUCKETS = """\
apiVersion: storage.example.org/v1alpha1
kind: XBucket
metadata:
  name: {name}
spec:
  parameters:
    location: {location}
{selector}"""


def test_pipeline_with_patch_and_transform_is_followed(tmp_path: Path) -> None:
    files = {
        "composition.yaml": PIPELINE.format(name="aws", step="ready", function="function-auto-ready"),
        "us.yaml": BUCKETS.format(name="exports", location="US", selector=""),
        "eu.yaml": BUCKETS.format(name="archive", location="EU", selector=""),
        "odd.yaml": BUCKETS.format(name="odd", location="APAC", selector=""),
    }
    found = findings(tmp_path, files)
    assert placed(found) == {("RES001", "XBucket/exports", "us-east-2"), ("RES002", "XBucket/odd", "")}
    assert "no entry for 'APAC'" in next(f["message"] for f in found if f["address"] == "XBucket/odd")


def test_pipeline_function_sovscan_does_not_evaluate_is_unknown(tmp_path: Path) -> None:
    files = {
        "composition.yaml": PIPELINE.format(name="aws", step="render", function="function-go-templating"),
        "eu.yaml": BUCKETS.format(name="archive", location="EU", selector=""),
    }
    found = findings(tmp_path, files)
    assert placed(found) == {("RES002", "XBucket/archive", "")}
    assert "function-go-templating" in found[0]["message"]


def test_composition_ref_selects_the_composition(tmp_path: Path) -> None:
    other = PIPELINE.format(name="other", step="ready", function="function-auto-ready").replace(
        "EU: eu-west-3", "EU: us-west-1"
    )
    selector = "  compositionRef:\n    name: buckets.aws\n"
    files = {
        "aws.yaml": PIPELINE.format(name="aws", step="ready", function="function-auto-ready"),
        "other.yaml": other,
        "eu.yaml": BUCKETS.format(name="archive", location="EU", selector=selector),
        "eu-any.yaml": BUCKETS.format(name="anywhere", location="EU", selector=""),
    }
    # Without a reference, every Composition of the type may be chosen: each one counts.
    assert placed(findings(tmp_path, files)) == {("RES001", "XBucket/anywhere", "us-west-1")}


def test_objects_of_other_apis_with_a_region_field_are_not_composites(tmp_path: Path) -> None:
    files = {
        "config.yaml": ("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  region: us-east-1\n")
    }
    assert findings(tmp_path, files) == []


def test_xr_of_a_user_group_under_crossplane_io_is_a_composite(tmp_path: Path) -> None:
    region = "us-east-1" * 50
    files = {
        "xr.yaml": (
            "apiVersion: example.crossplane.io/v1\nkind: XDatabase\nmetadata:\n  name: db\n"
            f"spec:\n  parameters:\n    region: {region}\n"
        )
    }
    found = findings(tmp_path, files)
    assert placed(found) == {("RES002", "XDatabase/db", "")}
    assert region not in found[0]["message"]
