"""Where Kubernetes volumes keep their data: StorageClasses (topology and driver
parameters), PersistentVolumes (node affinity) and the claims bound to them, through the
real command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import write_tree
from tests.helpers import run_sovscan


def findings(tmp_path: Path, files: dict[str, str], *args: str) -> list[dict[str, Any]]:
    write_tree(tmp_path, files)
    done = run_sovscan("scan", str(tmp_path), "--no-cache", "--select", "RES001,RES002", "--format", "json", *args)
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    assert report["summary"]["execution_successful"], report
    return report["findings"]


def placed(found: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    return {(f["rule"], f["address"], f["properties"].get("region", "")) for f in found}


CLASSES = """\
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: ebs-virginia
provisioner: ebs.csi.aws.com
parameters:
  type: gp3
  encrypted: "true"
allowedTopologies:
  - matchLabelExpressions:
      - key: topology.ebs.csi.aws.com/zone
        values: [us-east-1a, us-east-1b]
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: pd-iowa
provisioner: pd.csi.storage.gke.io
parameters:
  type: pd-ssd
allowedTopologies:
  - matchLabelExpressions:
      - key: failure-domain.beta.kubernetes.io/zone
        values: [us-central1-a]
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: pd-paris-regional
provisioner: pd.csi.storage.gke.io
parameters:
  type: pd-balanced
  replication-type: regional-pd
allowedTopologies:
  - matchLabelExpressions:
      - key: topology.gke.io/zone
        values: [europe-west9-a, europe-west9-b]
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: azure-california
provisioner: disk.csi.azure.com
parameters:
  skuName: Premium_LRS
  location: westus
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: scw-paris
provisioner: csi.scaleway.com
parameters:
  type: sbs_5k
allowedTopologies:
  - matchLabelExpressions:
      - key: topology.csi.scaleway.com/zone
        values: [fr-par-1]
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: ovh-paris-3az
provisioner: cinder.csi.openstack.org
parameters:
  type: high-speed-gen2-luks
  availability: nova
allowedTopologies:
  - matchLabelExpressions:
      - key: topology.cinder.csi.openstack.org/zone
        values: [eu-west-par-a]
"""


def test_storage_classes_of_each_csi_driver_are_placed(tmp_path: Path) -> None:
    found = findings(tmp_path, {"storage/classes.yaml": CLASSES})
    # Two zones of one region are one place; EU classes pass.
    assert len(found) == 3
    assert placed(found) == {
        ("RES001", "StorageClass/ebs-virginia", "us-east-1a"),
        ("RES001", "StorageClass/pd-iowa", "us-central1-a"),
        ("RES001", "StorageClass/azure-california", "westus"),
    }
    virginia = next(f for f in found if f["address"] == "StorageClass/ebs-virginia")
    assert virginia["properties"]["provider"] == "aws" and virginia["properties"]["countries"] == ["US"]
    assert virginia["provenance"][0]["label"].startswith("topology.ebs.csi.aws.com/zone")


def test_legacy_in_tree_provisioner_zone_parameters(tmp_path: Path) -> None:
    files = {
        "aws.yaml": (
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: slow\n"
            "provisioner: kubernetes.io/aws-ebs\nparameters:\n  type: io1\n  zone: us-east-1d\n"
        ),
        "gce.yaml": (
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: multi\n"
            "provisioner: kubernetes.io/gce-pd\nparameters:\n  zones: europe-west1-b, asia-east1-a\n"
        ),
    }
    assert placed(findings(tmp_path, files)) == {
        ("RES001", "StorageClass/slow", "us-east-1d"),
        ("RES001", "StorageClass/multi", "asia-east1-a"),
    }


def test_azure_zone_number_without_location_is_unknown(tmp_path: Path) -> None:
    files = {
        "azure.yaml": (
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: zoned\n"
            "provisioner: disk.csi.azure.com\nparameters:\n  skuName: Premium_LRS\n  zones: '1'\n"
        )
    }
    found = findings(tmp_path, files)
    assert [(f["rule"], f["address"]) for f in found] == [("RES002", "StorageClass/zoned")]
    assert "zone 1" in found[0]["message"] and "location" in found[0]["message"]


def test_class_without_placement_lands_with_the_cluster(tmp_path: Path) -> None:
    files = {
        "sc.yaml": (
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: gp3\n"
            "provisioner: ebs.csi.aws.com\nparameters:\n  type: gp3\n---\n"
            "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n"
            "spec:\n  storageClassName: gp3\n  accessModes: [ReadWriteOnce]\n"
        )
    }
    assert findings(tmp_path, files) == []


PV = """\
apiVersion: v1
kind: PersistentVolume
metadata:
  name: records-{name}
spec:
  capacity:
    storage: 100Gi
  accessModes: [ReadWriteOnce]
  csi:
    driver: ebs.csi.aws.com
    volumeHandle: vol-0abc
  nodeAffinity:
    required:
      nodeSelectorTerms:
        - matchExpressions:
            - key: topology.kubernetes.io/region
              operator: {operator}
              values: [us-west-2]
"""


def test_persistent_volume_node_affinity(tmp_path: Path) -> None:
    files = {"in.yaml": PV.format(name="in", operator="In"), "notin.yaml": PV.format(name="out", operator="NotIn")}
    assert placed(findings(tmp_path, files)) == {("RES001", "PersistentVolume/records-in", "us-west-2")}


CLAIMS = """\
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: patient-db
  namespace: health
spec:
  storageClassName: ebs-virginia
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 50Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: legacy
  annotations:
    volume.beta.kubernetes.io/storage-class: azure-california
spec:
  accessModes: [ReadWriteOnce]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: static
spec:
  storageClassName: ""
  volumeName: records-in
  accessModes: [ReadWriteOnce]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: paris
spec:
  storageClassName: pd-paris-regional
  accessModes: [ReadWriteOnce]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: elsewhere
spec:
  storageClassName: not-in-the-tree
  accessModes: [ReadWriteOnce]
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cohort
spec:
  serviceName: cohort
  selector:
    matchLabels: {app: cohort}
  template:
    metadata:
      labels: {app: cohort}
    spec:
      containers:
        - name: db
          image: rg.fr-par.scw.cloud/hdh/postgres:16
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        storageClassName: pd-iowa
        accessModes: [ReadWriteOnce]
"""


def test_claims_take_the_place_of_their_class_or_volume(tmp_path: Path) -> None:
    files = {
        "storage/classes.yaml": CLASSES,
        "storage/pv.yaml": PV.format(name="in", operator="In"),
        "app/claims.yaml": CLAIMS,
    }
    found = findings(tmp_path, files)
    claims = {key for key in placed(found) if not key[1].startswith(("StorageClass/", "PersistentVolume/"))}
    assert claims == {
        ("RES001", "PersistentVolumeClaim/health/patient-db", "us-east-1a"),
        ("RES001", "PersistentVolumeClaim/legacy", "westus"),
        ("RES001", "PersistentVolumeClaim/static", "us-west-2"),
        ("RES001", "StatefulSet/cohort", "us-central1-a"),
    }
    claim = next(f for f in found if f["address"] == "PersistentVolumeClaim/health/patient-db")
    assert claim["path"] == "app/claims.yaml"
    assert [step["path"] for step in claim["provenance"]] == ["app/claims.yaml", "storage/classes.yaml"]


def test_claim_without_a_class_gets_the_default_class(tmp_path: Path) -> None:
    files = {
        "sc.yaml": (
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: standard\n"
            "  annotations:\n    storageclass.kubernetes.io/is-default-class: 'true'\n"
            "provisioner: pd.csi.storage.gke.io\nparameters:\n  zone: us-east4-a\n"
        ),
        "pvc.yaml": (
            "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n"
            "spec:\n  accessModes: [ReadWriteOnce]\n"
        ),
    }
    assert ("RES001", "PersistentVolumeClaim/data", "us-east4-a") in placed(findings(tmp_path, files))


def test_classes_of_one_name_from_two_clouds_both_place_the_claim(tmp_path: Path) -> None:
    files = {
        "aws/sc.yaml": (
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\n"
            "provisioner: kubernetes.io/aws-ebs\nparameters:\n  zone: eu-west-3a\n"
        ),
        "gcp/sc.yaml": (
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\n"
            "provisioner: kubernetes.io/gce-pd\nparameters:\n  zone: us-central1-a\n"
        ),
        "app/pvc.yaml": (
            "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n"
            "spec:\n  storageClassName: fast\n  accessModes: [ReadWriteOnce]\n"
        ),
    }
    assert ("RES001", "PersistentVolumeClaim/data", "us-central1-a") in placed(findings(tmp_path, files))


def test_zone_typed_as_a_number_is_read(tmp_path: Path) -> None:
    files = {
        "azure.yaml": (
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: zoned\n"
            "provisioner: disk.csi.azure.com\nparameters:\n  zones: 1\n"
        )
    }
    assert placed(findings(tmp_path, files)) == {("RES002", "StorageClass/zoned", "")}


def test_topology_values_that_are_not_a_list_are_not_read_letter_by_letter(tmp_path: Path) -> None:
    files = {
        "sc.yaml": (
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: odd\n"
            "provisioner: ebs.csi.aws.com\nallowedTopologies:\n  - matchLabelExpressions:\n"
            "      - key: topology.kubernetes.io/zone\n        values: us-east-1a\n"
        )
    }
    assert findings(tmp_path, files) == []


def test_operator_of_a_placed_volume_is_its_cloud(tmp_path: Path) -> None:
    write_tree(tmp_path, {"storage/classes.yaml": CLASSES})
    done = run_sovscan(
        "scan", str(tmp_path), "--no-cache", "--profile", "secnumcloud", "--select", "PRV001", "--format", "json"
    )
    operators = {f["address"]: f["properties"].get("operator") for f in json.loads(done.stdout)["findings"]}
    # Every class is checked for its operator, wherever it is (the region is RES001's fact):
    # AWS, Azure and Google Cloud are exposed to extra-EU law, Scaleway and OVHcloud are not.
    assert operators == {
        "StorageClass/pd-paris-regional": "google",
        "StorageClass/azure-california": "azure",
        "StorageClass/ebs-virginia": "aws",
        "StorageClass/pd-iowa": "google",
    }


def test_unlisted_provisioner_and_in_tree_volume_name_their_place(tmp_path: Path) -> None:
    files = {
        "sc.yaml": (
            "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: other\n"
            "provisioner: block.csi.example.com\nparameters:\n  region: us-west-2\n"
        ),
        "pv.yaml": (
            "apiVersion: v1\nkind: PersistentVolume\nmetadata:\n  name: legacy\nspec:\n"
            "  capacity: {storage: 5Gi}\n  accessModes: [ReadWriteOnce]\n"
            "  awsElasticBlockStore:\n    volumeID: aws://ap-southeast-1b/vol-0123\n"
        ),
    }
    assert placed(findings(tmp_path, files)) == {
        ("RES001", "StorageClass/other", "us-west-2"),
        ("RES001", "PersistentVolume/legacy", "ap-southeast-1b"),
    }
