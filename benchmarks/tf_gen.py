"""Terraform projects for the generated corpora.

A project is laid out the way teams lay out real estates:

    terraform/<project>/modules/<module>/{versions,variables,locals,main,<extra>,outputs}.tf
    terraform/<project>/envs/<env>/{versions,providers,variables,locals,main,outputs}.tf
                                   terraform.tfvars, sometimes <name>.tf.json and extra .tf files

Root modules configure default and aliased providers (aws, azurerm, google) and call the
local modules with `source = "../../modules/<m>"` and `providers = { aws = aws.<alias> }`.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from gen_common import EEA_REGIONS, ENVS, PROJECTS, TEAMS, hcl_string, region, render, unique_names, write
from tf_modules import COMMON_VARIABLES, ModuleKind, Variable, kinds_for

PROVIDER_SOURCES = {
    "aws": ("hashicorp/aws", "~> 6.0"),
    "azurerm": ("hashicorp/azurerm", "~> 4.10"),
    "google": ("hashicorp/google", "~> 6.12"),
    "random": ("hashicorp/random", "~> 3.6"),
}
AWS_ALIASES = {"paris": "eu-west-3", "frankfurt": "eu-central-1", "ireland": "eu-west-1", "stockholm": "eu-north-1"}


@dataclass(slots=True)
class ModuleInstance:
    """A module folder of a project: its kind and the module name used in the folder."""

    kind: ModuleKind
    folder: str


@dataclass(slots=True)
class Counter:
    files: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)

    def add(self, path: Path) -> None:
        self.files += 1
        kind = "tf.json" if path.name.endswith(".tf.json") else path.suffix.lstrip(".")
        self.by_kind[kind] = self.by_kind.get(kind, 0) + 1


def _values(rng: random.Random, cloud: str) -> dict[str, object]:
    return {
        "days": rng.choice((7, 14, 30, 90, 180, 365, 730)),
        "size": rng.randint(10, 99),
        "count": rng.randint(1, 5),
        "octet": rng.randint(1, 250),
        "region": region(rng, cloud, 0.10),
        "team": rng.choice(TEAMS),
    }


def _emit(path: Path, text: str, counter: Counter) -> None:
    write(path, text)
    counter.add(path)


# --------------------------------------------------------------------------- modules


def _variable_block(variable: Variable) -> str:
    lines = [f'variable "{variable.name}" {{', f"  description = {hcl_string(variable.description)}"]
    lines.append(f"  type        = {variable.type}")
    if variable.default is not None:
        lines.append(f"  default     = {variable.default}")
    if variable.sensitive:
        lines.append("  sensitive   = true")
    if variable.validation is not None:
        condition, message = variable.validation
        lines += ["", "  validation {", f"    condition     = {condition}"]
        lines += [f"    error_message = {hcl_string(message)}", "  }"]
    lines.append("}")
    return "\n".join(lines) + "\n"


def _variables_file(variables: tuple[Variable, ...], values: dict[str, object]) -> str:
    return render("\n".join(_variable_block(v) for v in variables), values)


def _outputs_file(outputs: tuple[tuple[str, str, str], ...]) -> str:
    blocks = []
    for name, expression, description in outputs:
        lines = [f'output "{name}" {{']
        if description:
            lines.append(f"  description = {hcl_string(description)}")
        lines.append(f"  value       = {expression}")
        lines.append("}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def _providers_used(text: str) -> list[str]:
    return [name for name in PROVIDER_SOURCES if f'resource "{name}_' in text or f'data "{name}_' in text]


def _versions_file(providers: list[str], aliases: dict[str, list[str]] | None = None, backend: str = "") -> str:
    lines = ["terraform {", '  required_version = ">= 1.10.0"', "", "  required_providers {"]
    for name in providers:
        source, version = PROVIDER_SOURCES[name]
        lines.append(f"    {name} = {{")
        lines.append(f'      source  = "{source}"')
        lines.append(f'      version = "{version}"')
        if aliases and aliases.get(name):
            refs = ", ".join(f"{name}.{alias}" for alias in aliases[name])
            lines.append(f"      configuration_aliases = [{refs}]")
        lines.append("    }")
    lines.append("  }")
    if backend:
        lines.append("")
        lines.extend("  " + line if line else "" for line in backend.splitlines())
    lines.append("}")
    return "\n".join(lines) + "\n"


_RESOURCE_HEADER = re.compile(r'^resource "(\w+)" "(\w+)" \{\n(  (count|for_each) )?', re.MULTILINE)


def _resources(kind: ModuleKind, rng: random.Random, extra_count: int) -> tuple[list[str], list[str]]:
    """(core blocks, extra blocks) of one module instance."""
    core = [render(template, _values(rng, kind.cloud)) for template in kind.core]
    extras: list[str] = []
    for name in unique_names(rng, extra_count):
        values = _values(rng, kind.cloud)
        values["name"] = name
        extras.append(render(rng.choice(kind.extras), values))
    return core, extras


def _extra_outputs(blocks: list[str]) -> tuple[tuple[str, str, str], ...]:
    """One output per resource of the extra blocks, as modules usually expose them."""
    outputs = []
    for block in blocks:
        for match in _RESOURCE_HEADER.finditer(block):
            rtype, rname, meta = match.group(1), match.group(2), match.group(4)
            if meta == "count":
                value = f"{rtype}.{rname}[*].id"
            elif meta == "for_each":
                value = f"{{ for key, item in {rtype}.{rname} : key => item.id }}"
            else:
                value = f"{rtype}.{rname}.id"
            outputs.append((f"{rname}_id", value, f"Id of {rtype}.{rname}."))
    return tuple(outputs)


def write_module(folder: Path, kind: ModuleKind, rng: random.Random, counter: Counter) -> None:
    values = _values(rng, kind.cloud)
    core, extras = _resources(kind, rng, rng.randint(2, 9))
    split = len(extras) // 2 if len(extras) >= 3 and rng.random() < 0.6 else len(extras)
    main_blocks, second_blocks = [*core, *extras[:split]], extras[split:]
    versions = _versions_file(_providers_used("".join([*core, *extras, kind.locals])))
    head = [f"# Module {kind.name}: resources are placed by the caller's provider or arguments.\n", kind.locals]
    if rng.random() < 0.4:
        _emit(folder / "versions.tf", versions, counter)
    else:
        head.insert(1, versions)
    _emit(folder / "variables.tf", _variables_file((*COMMON_VARIABLES, *kind.variables), values), counter)
    _emit(folder / "main.tf", "\n".join([*head, *main_blocks]), counter)
    if second_blocks:
        _emit(folder / kind.second_file, "\n".join(second_blocks), counter)
    _emit(folder / "outputs.tf", _outputs_file((*kind.outputs, *_extra_outputs(extras))), counter)


# --------------------------------------------------------------------------- root modules


@dataclass(slots=True)
class EnvPlan:
    project: str
    env: str
    clouds: list[str]
    aws_region: str
    dr_region: str
    location: str
    gcp_region: str
    aws_aliases: list[str]
    unresolved_alias: bool
    has_vpc: bool


def _plan_env(rng: random.Random, project: str, env: str, clouds: list[str], has_vpc: bool) -> EnvPlan:
    aliases = sorted(rng.sample(sorted(AWS_ALIASES), rng.randint(1, 3)))
    return EnvPlan(
        project=project,
        env=env,
        clouds=clouds,
        aws_region=region(rng, "aws", 0.03),
        dr_region=region(rng, "aws", 0.12),
        location=region(rng, "azurerm", 0.05),
        gcp_region=region(rng, "google", 0.05),
        aws_aliases=aliases,
        unresolved_alias=rng.random() < 0.15,
        has_vpc=has_vpc,
    )


def _backend(plan: EnvPlan) -> str:
    cloud = plan.clouds[0]
    if cloud == "aws":
        return (
            'backend "s3" {\n'
            f'  bucket       = "hdh-tfstate-{plan.env}"\n'
            f'  key          = "{plan.project}/{plan.env}/terraform.tfstate"\n'
            '  region       = "eu-west-3"\n'
            "  encrypt      = true\n"
            "  use_lockfile = true\n"
            "}"
        )
    if cloud == "azurerm":
        return (
            'backend "azurerm" {\n'
            '  resource_group_name  = "rg-tfstate"\n'
            f'  storage_account_name = "sttfstate{plan.env}"\n'
            '  container_name       = "tfstate"\n'
            f'  key                  = "{plan.project}.{plan.env}.tfstate"\n'
            "}"
        )
    return f'backend "gcs" {{\n  bucket = "hdh-tfstate-{plan.env}"\n  prefix = "{plan.project}/{plan.env}"\n}}'


def _providers_file(plan: EnvPlan) -> str:
    parts: list[str] = []
    if "aws" in plan.clouds:
        parts.append(
            "# Default AWS provider: resources without their own region land in var.aws_region.\n"
            'provider "aws" {\n'
            "  region = var.aws_region\n\n"
            "  default_tags {\n"
            "    tags = local.common_tags\n"
            "  }\n"
            "}\n"
        )
        for alias in plan.aws_aliases:
            parts.append(f'provider "aws" {{\n  alias  = "{alias}"\n  region = "{AWS_ALIASES[alias]}"\n}}\n')
        parts.append('provider "aws" {\n  alias  = "dr"\n  region = var.dr_region\n}\n')
        if plan.unresolved_alias:
            parts.append(
                "# Security-tooling account: no region here, it comes from the environment at apply time.\n"
                'provider "aws" {\n'
                '  alias = "security"\n\n'
                "  assume_role {\n"
                '    role_arn = "arn:aws:iam::123456789012:role/terraform-security"\n'
                "  }\n"
                "}\n"
            )
    if "azurerm" in plan.clouds:
        parts.append(
            'provider "azurerm" {\n'
            "  features {\n"
            "    key_vault {\n"
            "      purge_soft_delete_on_destroy = false\n"
            "    }\n"
            "  }\n"
            "  subscription_id = var.azure_subscription_id\n"
            "}\n"
        )
    if "google" in plan.clouds:
        parts.append('provider "google" {\n  project = var.gcp_project\n  region  = var.gcp_region\n}\n')
        parts.append(
            'provider "google" {\n  alias   = "analytics"\n  project = "${var.gcp_project}-analytics"\n'
            '  region  = "europe-west1"\n}\n'
        )
    return "\n".join(parts)


def _env_variables(plan: EnvPlan) -> tuple[Variable, ...]:
    out = [
        Variable("project", "string", "Project short name.", hcl_string(plan.project)),
        Variable("environment", "string", "Environment name."),
        Variable("owner", "string", "Owning team.", '"platform"'),
        Variable("extra_tags", "map(string)", "Tags added to the common tags.", "{}"),
    ]
    if "aws" in plan.clouds:
        out.append(Variable("aws_region", "string", "Main AWS region.", '"eu-west-3"'))
        out.append(Variable("dr_region", "string", "Disaster-recovery region (set per environment in tfvars)."))
        out.append(Variable("vpc_cidr", "string", "CIDR of the environment's VPC.", '"10.20.0.0/16"'))
    if "azurerm" in plan.clouds:
        out.append(Variable("azure_subscription_id", "string", "Subscription of the environment."))
        out.append(Variable("location", "string", "Azure region.", '"francecentral"'))
    if "google" in plan.clouds:
        out.append(Variable("gcp_project", "string", "Google Cloud project id."))
        out.append(Variable("gcp_region", "string", "Google Cloud region.", '"europe-west9"'))
    return tuple(out)


def _tfvars(plan: EnvPlan, rng: random.Random) -> str:
    lines = [f"# {plan.project} / {plan.env}", f'environment = "{plan.env}"', f'owner       = "{rng.choice(TEAMS)}"']
    lines += ["", "extra_tags = {", f'  cost_center = "cc-{rng.randint(1000, 9999)}"', '  compliance  = "hds"', "}"]
    if "aws" in plan.clouds:
        lines += ["", f'aws_region = "{plan.aws_region}"', f'dr_region  = "{plan.dr_region}"']
        lines.append(f'vpc_cidr   = "10.{rng.randint(0, 250)}.0.0/16"')
    if "azurerm" in plan.clouds:
        lines += ["", f'azure_subscription_id = "00000000-0000-4000-8000-{rng.randint(10**11, 10**12 - 1)}"']
        lines.append(f'location              = "{plan.location}"')
    if "google" in plan.clouds:
        lines += ["", f'gcp_project = "hdh-{plan.project}-{plan.env}"', f'gcp_region  = "{plan.gcp_region}"']
    return "\n".join(lines) + "\n"


def _env_locals(plan: EnvPlan) -> str:
    region_codes = "\n".join(f'    "{r}" = "{r.replace("-", "")[:6]}"' for r in EEA_REGIONS["aws"])
    return (
        "locals {\n"
        '  name_prefix = "${var.project}-${var.environment}"\n'
        '  is_prod     = contains(["prod", "dr"], var.environment)\n\n'
        "  common_tags = merge(var.extra_tags, {\n"
        "    project     = var.project\n"
        "    environment = var.environment\n"
        "    owner       = var.owner\n"
        '    managed_by  = "terraform"\n'
        "  })\n\n"
        "  region_codes = {\n"
        f"{region_codes}\n"
        "  }\n\n"
        "  naming = {\n"
        '    bucket   = "${var.project}-${var.environment}"\n'
        '    database = replace("${var.project}_${var.environment}", "-", "_")\n'
        '    cluster  = "${var.project}-${var.environment}-k8s"\n'
        "  }\n\n"
        "  retention_days  = local.is_prod ? 365 : 30\n"
        '  backup_schedule = local.is_prod ? "cron(0 1 * * ? *)" : "cron(0 3 ? * SUN *)"\n'
        '  alert_emails    = [for team in ["platform", "sre", var.owner] : "${team}@hdh.example"]\n'
        "  tier_cidrs = {\n"
        '    for index, tier in ["app", "data", "mgmt"] : tier => cidrsubnet("10.0.0.0/16", 8, index)\n'
        "  }\n"
        + ('  region_code = lookup(local.region_codes, var.aws_region, "xx")\n' if "aws" in plan.clouds else "")
        + "}\n"
    )


def _module_call(plan: EnvPlan, module: ModuleInstance, rng: random.Random) -> str:
    kind = module.kind
    lines = [f'module "{module.folder.replace("-", "_")}" {{', f'  source = "../../modules/{module.folder}"', ""]
    if kind.cloud == "aws":
        target = rng.choice([*(f"aws.{a}" for a in plan.aws_aliases), "aws", "aws.dr"])
        if plan.unresolved_alias and rng.random() < 0.2:
            target = "aws.security"
        lines += ["  providers = {", f"    aws = {target}", "  }", ""]
    elif kind.cloud == "google" and rng.random() < 0.3:
        lines += ["  providers = {", "    google = google.analytics", "  }", ""]
    lines += [
        "  name_prefix = local.name_prefix",
        "  environment = var.environment",
        "  tags        = local.common_tags",
    ]
    lines += _module_arguments(plan, kind, rng)
    lines.append("}")
    return "\n".join(lines) + "\n"


def _module_arguments(plan: EnvPlan, kind: ModuleKind, rng: random.Random) -> list[str]:
    required = [v for v in kind.variables if v.default is None]
    args: list[str] = []
    for variable in required:
        args.append(f"  {variable.name} = {_argument_value(plan, variable, rng)}")
    if kind.region_variable and kind.region_variable not in {v.name for v in required} and rng.random() < 0.5:
        args.append(f"  {kind.region_variable} = {_region_argument(plan, kind, rng)}")
    return ["", *args] if args else []


def _argument_value(plan: EnvPlan, variable: Variable, rng: random.Random) -> str:
    name = variable.name
    if name == "location":
        return "var.location"
    if name == "region":
        return "var.gcp_region"
    if name == "project_id":
        return "var.gcp_project"
    if name == "resource_group_name":
        return '"rg-${local.name_prefix}-data"'
    if name in ("subnet_ids", "security_group_ids"):
        if plan.has_vpc and rng.random() < 0.7:
            return "module.vpc.private_subnet_ids"
        return '["subnet-0a1b2c3d", "subnet-4e5f6a7b"]'
    if name in ("network", "private_network", "subnetwork"):
        return f'"projects/${{var.gcp_project}}/global/networks/{name}"'
    return '"unset"'


def _region_argument(plan: EnvPlan, kind: ModuleKind, rng: random.Random) -> str:
    if kind.cloud == "aws":
        return "var.dr_region" if rng.random() < 0.7 else f'"{region(rng, "aws", 0.1)}"'
    if kind.cloud == "azurerm":
        return "var.location"
    if kind.region_variable == "location":
        return rng.choice(['"EU"', '"EUROPE-WEST9"', "upper(var.gcp_region)"])
    return "var.gcp_region"


def _direct_resources(plan: EnvPlan, rng: random.Random) -> str:
    blocks: list[str] = []
    if "aws" in plan.clouds:
        blocks.append(
            'resource "aws_s3_bucket" "access_logs" {\n'
            '  bucket = "${local.name_prefix}-access-logs-${local.region_code}"\n'
            "  tags   = local.common_tags\n"
            "}\n\n"
            'resource "aws_s3_bucket_server_side_encryption_configuration" "access_logs" {\n'
            "  bucket = aws_s3_bucket.access_logs.id\n\n"
            "  rule {\n"
            "    apply_server_side_encryption_by_default {\n"
            '      sse_algorithm = "AES256"\n'
            "    }\n"
            "  }\n"
            "}\n"
        )
        if plan.unresolved_alias:
            blocks.append(
                'resource "aws_cloudwatch_log_group" "audit" {\n'
                "  provider          = aws.security\n"
                '  name              = "/${var.project}/${var.environment}/audit"\n'
                "  retention_in_days = local.is_prod ? 365 : 30\n"
                "}\n"
            )
    if "azurerm" in plan.clouds:
        blocks.append(
            'resource "azurerm_resource_group" "data" {\n'
            '  name     = "rg-${local.name_prefix}-data"\n'
            "  location = var.location\n"
            "  tags     = local.common_tags\n"
            "}\n"
        )
    if "google" in plan.clouds and rng.random() < 0.6:
        blocks.append(
            'resource "google_kms_key_ring" "this" {\n'
            '  name     = "${local.name_prefix}-keyring"\n'
            "  project  = var.gcp_project\n"
            "  location = var.gcp_region\n"
            "}\n"
        )
    return "\n".join(blocks)


def _extra_env_file(plan: EnvPlan, rng: random.Random) -> tuple[str, str]:
    """An extra hand-written file of a root module (monitoring, dns, iam...)."""
    cloud = rng.choice(plan.clouds)
    names = unique_names(rng, rng.randint(2, 6))
    if cloud == "aws":
        blocks = [
            f'resource "aws_cloudwatch_log_group" "{n}" {{\n'
            f'  name              = "/${{local.name_prefix}}/{n}"\n'
            f"  retention_in_days = {rng.choice((30, 90, 365))}\n"
            f"  kms_key_id        = null\n"
            f'  tags              = merge(local.common_tags, {{ stream = "{n}" }})\n'
            "}\n"
            for n in names
        ]
        return "monitoring.tf", "\n".join(blocks)
    if cloud == "azurerm":
        blocks = [
            f'resource "azurerm_log_analytics_workspace" "{n}" {{\n'
            f'  name                = "log-${{local.name_prefix}}-{n}"\n'
            "  location            = var.location\n"
            "  resource_group_name = azurerm_resource_group.data.name\n"
            '  sku                 = "PerGB2018"\n'
            f"  retention_in_days   = {rng.choice((30, 90, 365))}\n"
            "}\n"
            for n in names
        ]
        return "monitoring.tf", "\n".join(blocks)
    blocks = [
        f'resource "google_logging_project_bucket_config" "{n}" {{\n'
        "  project        = var.gcp_project\n"
        "  location       = var.gcp_region\n"
        f"  retention_days = {rng.choice((30, 90, 365))}\n"
        f'  bucket_id      = "{n}"\n'
        "}\n"
        for n in names
    ]
    return "logging.tf", "\n".join(blocks)


def _tf_json(plan: EnvPlan, rng: random.Random) -> tuple[str, str]:
    """A machine-generated `.tf.json` file, as produced by a templating tool."""
    cloud = plan.clouds[0]
    name = rng.choice(("generated", "imported", "catalog"))
    if cloud == "aws":
        resources = {
            "aws_s3_bucket": {
                f"{name}_{i}": {"bucket": f"${{local.name_prefix}}-{name}-{i}", "tags": {"generated": "true"}}
                for i in range(rng.randint(2, 6))
            }
        }
    elif cloud == "azurerm":
        resources = {
            "azurerm_storage_account": {
                f"{name}{i}": {
                    "name": f"st{name}{i}{plan.env}",
                    "resource_group_name": "${azurerm_resource_group.data.name}",
                    "location": "${var.location}",
                    "account_tier": "Standard",
                    "account_replication_type": "ZRS",
                }
                for i in range(rng.randint(2, 6))
            }
        }
    else:
        resources = {
            "google_storage_bucket": {
                f"{name}_{i}": {"name": f"${{local.name_prefix}}-{name}-{i}", "location": "${upper(var.gcp_region)}"}
                for i in range(rng.randint(2, 6))
            }
        }
    document = {"//": "Generated by catalog-sync; do not edit.", "resource": resources}
    return f"{name}.tf.json", json.dumps(document, indent=2) + "\n"


def write_env(folder: Path, plan: EnvPlan, modules: list[ModuleInstance], rng: random.Random, counter: Counter) -> None:
    providers = [c for c in ("aws", "azurerm", "google") if c in plan.clouds]
    versions = _versions_file(providers, backend=_backend(plan))
    _emit(folder / "providers.tf", versions + "\n" + _providers_file(plan), counter)
    _emit(folder / "variables.tf", "\n".join(_variable_block(v) for v in _env_variables(plan)), counter)
    _emit(folder / "terraform.tfvars", _tfvars(plan, rng), counter)
    _emit(folder / "locals.tf", _env_locals(plan), counter)
    calls = [_module_call(plan, m, rng) for m in modules]
    _emit(folder / "main.tf", "\n".join([_direct_resources(plan, rng), *calls]), counter)
    outputs = tuple(
        (f"{m.folder.replace('-', '_')}_{o[0]}", f"module.{m.folder.replace('-', '_')}.{o[0]}", o[2])
        for m in modules
        for o in m.kind.outputs[:2]
    )
    _emit(folder / "outputs.tf", _outputs_file(outputs), counter)
    if rng.random() < 0.5:
        name, text = _extra_env_file(plan, rng)
        _emit(folder / name, text, counter)
    if rng.random() < 0.12:
        name, text = _tf_json(plan, rng)
        _emit(folder / name, text, counter)


# --------------------------------------------------------------------------- projects


def _project_modules(rng: random.Random, clouds: list[str]) -> list[ModuleInstance]:
    primary = kinds_for(clouds[0])
    chosen = rng.sample(primary, rng.randint(3, len(primary)))
    for cloud in clouds[1:]:
        chosen += rng.sample(kinds_for(cloud), rng.randint(1, 2))
    # A vpc module is what aws modules' subnet_ids usually come from.
    if clouds[0] == "aws" and all(k.name != "vpc" for k in chosen):
        chosen.append(next(k for k in primary if k.name == "vpc"))
    return [ModuleInstance(kind, kind.name) for kind in chosen]


def write_project(folder: Path, index: int, rng: random.Random, counter: Counter) -> None:
    project = project_folder_name(index)
    clouds = [rng.choice(("aws", "aws", "azurerm", "google"))]
    for other in ("aws", "azurerm", "google"):
        if other not in clouds and rng.random() < 0.25:
            clouds.append(other)
    modules = _project_modules(rng, clouds)
    for module in modules:
        write_module(folder / "modules" / module.folder, module.kind, rng, counter)
    envs = sorted(rng.sample(ENVS, rng.randint(2, 5)), key=ENVS.index)
    for env in envs:
        has_vpc = any(m.folder == "vpc" for m in modules)
        write_env(folder / "envs" / env, _plan_env(rng, project, env, clouds, has_vpc), modules, rng, counter)


def project_folder_name(index: int) -> str:
    base = PROJECTS[index % len(PROJECTS)]
    return base if index < len(PROJECTS) else f"{base}-{index // len(PROJECTS) + 1}"


def write_terraform(root: Path, rng: random.Random, target_files: int) -> Counter:
    """Projects under root/terraform until at least `target_files` .tf/.tf.json files exist."""
    counter = Counter()
    index = 0
    while counter.by_kind.get("tf", 0) + counter.by_kind.get("tf.json", 0) < target_files:
        write_project(root / "terraform" / project_folder_name(index), index, rng, counter)
        index += 1
    return counter
