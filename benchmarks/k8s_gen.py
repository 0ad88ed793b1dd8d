"""Kubernetes manifests for the generated corpora.

Layout: kubernetes/<cluster>/apps/<namespace>/<app>/*.yaml (Deployments, Services,
ConfigMaps, StatefulSets, Ingresses, HPAs, RBAC; some apps as one multi-document file),
kubernetes/<cluster>/crossplane/*.yaml and kubernetes/<cluster>/config-connector/*.yaml
(cloud resources with a region), and kubernetes/<cluster>/exports/*.yaml (`kind: List`).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

from gen_common import TEAMS, region, write

CLUSTERS = ("aks-frc-prod", "eks-par-prod", "gke-par-prod", "eks-par-staging", "aks-weu-dev", "gke-bel-research")
NAMESPACES = ("fhir", "imaging", "portal", "billing", "identity", "research", "integration", "monitoring")
APPS = (
    "fhir-api",
    "hl7-gateway",
    "dicom-router",
    "patient-portal",
    "consent-service",
    "appointment-api",
    "billing-worker",
    "keycloak",
    "audit-collector",
    "report-renderer",
    "terminology-server",
    "notification-service",
    "lab-connector",
    "pseudonymizer",
)
IMAGES = ("registry.hdh.example/{app}:{major}.{minor}.{patch}", "ghcr.io/hdh-platform/{app}:v{major}.{minor}.{patch}")

_PLAIN = re.compile(r"^[A-Za-z_/][A-Za-z0-9_./@-]*$")
_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}


# --------------------------------------------------------------------------- YAML writer


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _RESERVED:
        return text
    return json.dumps(text)


def _block_scalar(text: str, indent: int) -> list[str]:
    pad = " " * indent
    return ["|", *[(pad + line) if line else "" for line in text.rstrip("\n").split("\n")]]


def _lines(value: Any, indent: int) -> list[str]:
    """YAML lines of a mapping or sequence at `indent` spaces."""
    pad = " " * indent
    out: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            out.extend(_entry(f"{pad}{_scalar(key)}:", item, indent))
    else:
        for item in value:
            if isinstance(item, dict) and item:
                inner = _lines(item, indent + 2)
                out.append(f"{pad}- {inner[0].lstrip()}")
                out.extend(inner[1:])
            else:
                out.extend(_entry(f"{pad}-", item, indent))
    return out


def _entry(prefix: str, item: Any, indent: int) -> list[str]:
    if isinstance(item, dict | list) and not item:
        return [f"{prefix} {'{}' if isinstance(item, dict) else '[]'}"]
    if isinstance(item, dict):
        return [prefix, *_lines(item, indent + 2)]
    if isinstance(item, list):
        return [prefix, *_lines(item, indent)]
    if isinstance(item, str) and "\n" in item:
        first, *rest = _block_scalar(item, indent + 2)
        return [f"{prefix} {first}", *rest]
    return [f"{prefix} {_scalar(item)}"]


def to_yaml(document: dict[str, Any], comment: str = "") -> str:
    head = [f"# {line}" if line else "#" for line in comment.splitlines()]
    return "\n".join([*head, *_lines(document, 0)]) + "\n"


def multi_document(documents: list[tuple[dict[str, Any], str]]) -> str:
    return "---\n".join(to_yaml(doc, comment) for doc, comment in documents)


# --------------------------------------------------------------------------- workloads


def _labels(app: str, namespace: str) -> dict[str, str]:
    return {
        "app.kubernetes.io/name": app,
        "app.kubernetes.io/part-of": "hdh-platform",
        "app.kubernetes.io/component": namespace,
        "data-classification": "health",
    }


def _container(rng: random.Random, app: str) -> dict[str, Any]:
    image = rng.choice(IMAGES).format(
        app=app, major=rng.randint(1, 9), minor=rng.randint(0, 30), patch=rng.randint(0, 9)
    )
    env = [{"name": f"{app.upper().replace('-', '_')}_{key}", "value": value} for key, value in _env_values(rng)]
    env.append(
        {
            "name": "DATABASE_PASSWORD",
            "valueFrom": {"secretKeyRef": {"name": f"{app}-db", "key": "password"}},
        }
    )
    return {
        "name": app,
        "image": image,
        "imagePullPolicy": "IfNotPresent",
        "ports": [{"name": "http", "containerPort": rng.choice((8080, 8000, 3000, 9000))}],
        "envFrom": [{"configMapRef": {"name": f"{app}-config"}}],
        "env": env,
        "resources": {
            "requests": {"cpu": f"{rng.choice((100, 250, 500))}m", "memory": f"{rng.choice((256, 512, 1024))}Mi"},
            "limits": {"memory": f"{rng.choice((1, 2, 4))}Gi"},
        },
        "readinessProbe": {"httpGet": {"path": "/health/ready", "port": "http"}, "periodSeconds": 10},
        "livenessProbe": {"httpGet": {"path": "/health/live", "port": "http"}, "initialDelaySeconds": 30},
        "securityContext": {
            "allowPrivilegeEscalation": False,
            "readOnlyRootFilesystem": True,
            "runAsNonRoot": True,
            "capabilities": {"drop": ["ALL"]},
        },
        "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}],
    }


def _env_values(rng: random.Random) -> list[tuple[str, str]]:
    pool = [
        ("LOG_LEVEL", rng.choice(("info", "debug", "warn"))),
        ("FHIR_VERSION", "R4"),
        ("TZ", "Europe/Paris"),
        ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.monitoring:4317"),
        ("MAX_CONNECTIONS", str(rng.randint(10, 200))),
        ("FEATURE_PSEUDONYMISATION", rng.choice(("true", "false"))),
        ("CACHE_TTL", f"{rng.randint(1, 60)}m"),
    ]
    return rng.sample(pool, rng.randint(2, len(pool)))


def deployment(rng: random.Random, app: str, namespace: str) -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": app, "namespace": namespace, "labels": _labels(app, namespace)},
        "spec": {
            "replicas": rng.randint(1, 6),
            "revisionHistoryLimit": 5,
            "selector": {"matchLabels": {"app.kubernetes.io/name": app}},
            "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
            "template": {
                "metadata": {
                    "labels": _labels(app, namespace),
                    "annotations": {"prometheus.io/scrape": "true", "prometheus.io/port": "9090"},
                },
                "spec": {
                    "serviceAccountName": app,
                    "securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
                    "containers": [_container(rng, app)],
                    "volumes": [{"name": "tmp", "emptyDir": {}}],
                    "topologySpreadConstraints": [
                        {
                            "maxSkew": 1,
                            "topologyKey": "topology.kubernetes.io/zone",
                            "whenUnsatisfiable": "ScheduleAnyway",
                            "labelSelector": {"matchLabels": {"app.kubernetes.io/name": app}},
                        }
                    ],
                },
            },
        },
    }


def statefulset(rng: random.Random, app: str, namespace: str) -> dict[str, Any]:
    name = f"{app}-db"
    return {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": {"name": name, "namespace": namespace, "labels": _labels(name, namespace)},
        "spec": {
            "serviceName": name,
            "replicas": rng.choice((1, 3)),
            "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
            "template": {
                "metadata": {"labels": _labels(name, namespace)},
                "spec": {
                    "containers": [
                        {
                            "name": "postgres",
                            "image": f"postgres:{rng.choice((15, 16, 17))}",
                            "ports": [{"name": "postgres", "containerPort": 5432}],
                            "env": [
                                {"name": "PGDATA", "value": "/var/lib/postgresql/data/pgdata"},
                                {
                                    "name": "POSTGRES_PASSWORD",
                                    "valueFrom": {"secretKeyRef": {"name": name, "key": "password"}},
                                },
                            ],
                            "volumeMounts": [{"name": "data", "mountPath": "/var/lib/postgresql/data"}],
                        }
                    ]
                },
            },
            "volumeClaimTemplates": [
                {
                    "metadata": {"name": "data"},
                    "spec": {
                        "accessModes": ["ReadWriteOnce"],
                        "storageClassName": rng.choice(("managed-csi-premium", "gp3", "premium-rwo")),
                        "resources": {"requests": {"storage": f"{rng.choice((20, 50, 100, 500))}Gi"}},
                    },
                }
            ],
        },
    }


def service(app: str, namespace: str, headless: bool = False) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "type": "ClusterIP",
        "selector": {"app.kubernetes.io/name": app},
        "ports": [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}],
    }
    if headless:
        spec["clusterIP"] = "None"
        spec["ports"] = [{"name": "postgres", "port": 5432, "targetPort": "postgres"}]
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": app, "namespace": namespace, "labels": _labels(app, namespace)},
        "spec": spec,
    }


def configmap(rng: random.Random, app: str, namespace: str) -> dict[str, Any]:
    properties = "\n".join(
        f"{key.lower().replace('_', '.')}={value}" for key, value in _env_values(rng) + _env_values(rng)
    )
    yaml_config = (
        "server:\n"
        f"  port: {rng.choice((8080, 8000))}\n"
        "  shutdown: graceful\n"
        "management:\n"
        "  endpoints:\n"
        "    web:\n"
        "      exposure:\n"
        "        include: health,prometheus\n"
        "hdh:\n"
        f"  tenant: {rng.choice(TEAMS)}\n"
        "  residency: EEA\n"
    )
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": f"{app}-config", "namespace": namespace, "labels": _labels(app, namespace)},
        "data": {
            "SPRING_PROFILES_ACTIVE": rng.choice(("prod", "staging", "dev")),
            "application.properties": properties + "\n",
            "application.yaml": yaml_config,
        },
    }


def ingress(app: str, namespace: str) -> dict[str, Any]:
    host = f"{app}.hdh.example"
    return {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "Ingress",
        "metadata": {
            "name": app,
            "namespace": namespace,
            "annotations": {
                "cert-manager.io/cluster-issuer": "letsencrypt-prod",
                "nginx.ingress.kubernetes.io/proxy-body-size": "50m",
            },
        },
        "spec": {
            "ingressClassName": "nginx",
            "tls": [{"hosts": [host], "secretName": f"{app}-tls"}],
            "rules": [
                {
                    "host": host,
                    "http": {
                        "paths": [
                            {
                                "path": "/",
                                "pathType": "Prefix",
                                "backend": {"service": {"name": app, "port": {"name": "http"}}},
                            }
                        ]
                    },
                }
            ],
        },
    }


def hpa(rng: random.Random, app: str, namespace: str) -> dict[str, Any]:
    return {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": app, "namespace": namespace},
        "spec": {
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": app},
            "minReplicas": 2,
            "maxReplicas": rng.randint(4, 20),
            "metrics": [
                {
                    "type": "Resource",
                    "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}},
                }
            ],
        },
    }


def rbac(app: str, namespace: str) -> list[tuple[dict[str, Any], str]]:
    return [
        ({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": app, "namespace": namespace}}, ""),
        (
            {
                "apiVersion": "rbac.authorization.k8s.io/v1",
                "kind": "Role",
                "metadata": {"name": f"{app}-reader", "namespace": namespace},
                "rules": [{"apiGroups": [""], "resources": ["configmaps", "secrets"], "verbs": ["get", "list"]}],
            },
            "Read access to the app's own configuration.",
        ),
        (
            {
                "apiVersion": "rbac.authorization.k8s.io/v1",
                "kind": "RoleBinding",
                "metadata": {"name": f"{app}-reader", "namespace": namespace},
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": f"{app}-reader"},
                "subjects": [{"kind": "ServiceAccount", "name": app, "namespace": namespace}],
            },
            "",
        ),
    ]


def write_app(folder: Path, rng: random.Random, app: str, namespace: str) -> int:
    """One application's manifests; returns the number of files written."""
    documents: list[tuple[str, list[tuple[dict[str, Any], str]]]] = [
        ("deployment.yaml", [(deployment(rng, app, namespace), f"{app}: {namespace} workload.")]),
        ("service.yaml", [(service(app, namespace), "")]),
        ("configmap.yaml", [(configmap(rng, app, namespace), "")]),
        ("rbac.yaml", rbac(app, namespace)),
    ]
    if rng.random() < 0.35:
        documents.append(
            (
                "statefulset.yaml",
                [
                    (statefulset(rng, app, namespace), "In-cluster database (dev/test only in production clusters)."),
                    (service(f"{app}-db", namespace, headless=True), ""),
                ],
            )
        )
    if rng.random() < 0.5:
        documents.append(("ingress.yaml", [(ingress(app, namespace), "")]))
    if rng.random() < 0.5:
        documents.append(("hpa.yaml", [(hpa(rng, app, namespace), "")]))
    if rng.random() < 0.25:
        merged = [doc for _, docs in documents for doc in docs]
        write(folder / "manifests.yaml", multi_document(merged))
        return 1
    for name, docs in documents:
        write(folder / name, multi_document(docs))
    return len(documents)


# --------------------------------------------------------------------------- cloud resources in Kubernetes


def crossplane_objects(rng: random.Random, name: str) -> list[tuple[dict[str, Any], str]]:
    aws_region = region(rng, "aws", 0.12)
    azure_location = region(rng, "azurerm", 0.12)
    objects = [
        (
            {
                "apiVersion": "s3.aws.upbound.io/v1beta1",
                "kind": "Bucket",
                "metadata": {"name": f"hdh-{name}", "labels": {"data-classification": "health"}},
                "spec": {
                    "forProvider": {"region": aws_region, "tags": {"dataset": name}},
                    "providerConfigRef": {"name": "aws-hdh"},
                },
            },
            f"Bucket for {name}, managed by Crossplane.",
        ),
        (
            {
                "apiVersion": "rds.aws.upbound.io/v1beta1",
                "kind": "Instance",
                "metadata": {"name": f"hdh-{name}-pg"},
                "spec": {
                    "forProvider": {
                        "region": aws_region,
                        "engine": "postgres",
                        "engineVersion": "16",
                        "instanceClass": "db.t4g.medium",
                        "allocatedStorage": rng.choice((20, 50, 100)),
                        "storageEncrypted": True,
                        "skipFinalSnapshot": False,
                    },
                    "writeConnectionSecretToRef": {"name": f"{name}-pg", "namespace": "crossplane-system"},
                },
            },
            "",
        ),
        (
            {
                "apiVersion": "storage.azure.upbound.io/v1beta1",
                "kind": "Account",
                "metadata": {"name": f"st{name.replace('-', '')}"[:24]},
                "spec": {
                    "forProvider": {
                        "location": azure_location,
                        "resourceGroupName": "rg-hdh-crossplane",
                        "accountTier": "Standard",
                        "accountReplicationType": "ZRS",
                    }
                },
            },
            "",
        ),
    ]
    return rng.sample(objects, rng.randint(1, len(objects)))


def config_connector_objects(rng: random.Random, name: str) -> list[tuple[dict[str, Any], str]]:
    gcp_region = region(rng, "google", 0.12)
    annotations = {"cnrm.cloud.google.com/project-id": "hdh-platform-prod"}
    objects = [
        (
            {
                "apiVersion": "storage.cnrm.cloud.google.com/v1beta1",
                "kind": "StorageBucket",
                "metadata": {"name": f"hdh-{name}", "annotations": annotations},
                "spec": {
                    "location": gcp_region.upper(),
                    "uniformBucketLevelAccess": True,
                    "versioning": {"enabled": True},
                    "lifecycleRule": [{"action": {"type": "Delete"}, "condition": {"age": rng.choice((30, 365))}}],
                },
            },
            "Config Connector bucket; the location is spec.location.",
        ),
        (
            {
                "apiVersion": "sql.cnrm.cloud.google.com/v1beta1",
                "kind": "SQLInstance",
                "metadata": {"name": f"hdh-{name}-pg", "annotations": annotations},
                "spec": {
                    "region": gcp_region,
                    "databaseVersion": "POSTGRES_16",
                    "settings": {"tier": "db-custom-2-7680", "availabilityType": "REGIONAL"},
                },
            },
            "",
        ),
        (
            {
                "apiVersion": "pubsub.cnrm.cloud.google.com/v1beta1",
                "kind": "PubSubTopic",
                "metadata": {"name": f"hdh-{name}-events", "annotations": annotations},
                "spec": {"messageStoragePolicy": {"allowedPersistenceRegions": [gcp_region]}},
            },
            "",
        ),
    ]
    return rng.sample(objects, rng.randint(1, len(objects)))


def list_export(rng: random.Random, name: str) -> dict[str, Any]:
    items = [doc for doc, _ in crossplane_objects(rng, name) + config_connector_objects(rng, name)]
    return {"apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": ""}, "items": items}


def write_cloud_objects(folder: Path, rng: random.Random, index: int) -> int:
    name = f"{rng.choice(APPS)}-{index}"
    choice = rng.random()
    if choice < 0.45:
        write(folder / "crossplane" / f"{name}.yaml", multi_document(crossplane_objects(rng, name)))
    elif choice < 0.9:
        write(folder / "config-connector" / f"{name}.yaml", multi_document(config_connector_objects(rng, name)))
    else:
        comment = f"kubectl get buckets,instances,accounts -o yaml ({name}), kept in Git."
        write(folder / "exports" / f"{name}.yaml", to_yaml(list_export(rng, name), comment))
    return 1


def write_kubernetes(root: Path, rng: random.Random, target_files: int) -> int:
    """Clusters of apps and cloud objects under root/kubernetes until `target_files` YAML files exist."""
    written = 0
    index = 0
    while written < target_files:
        cluster = CLUSTERS[index % len(CLUSTERS)] + ("" if index < len(CLUSTERS) else f"-{index // len(CLUSTERS)}")
        base = root / "kubernetes" / cluster
        for namespace in rng.sample(NAMESPACES, rng.randint(2, 5)):
            for app in rng.sample(APPS, rng.randint(1, 4)):
                written += write_app(base / "apps" / namespace / app, rng, app, namespace)
        for cloud_index in range(rng.randint(3, 12)):
            written += write_cloud_objects(base, rng, cloud_index)
        index += 1
    return written
