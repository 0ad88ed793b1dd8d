"""Terraform module kinds for the generated corpora: variables, locals, resources, outputs.

Each resource template is HCL with `{{placeholder}}` values filled by `tf_gen`:
`name` (resource label), `days`, `size`, `count`, `octet`, `region` (a literal region of
the module's cloud), `team`. Templates are plain Terraform as written by hand, using
var.*, local.*, count, for_each, dynamic blocks, heredocs, for expressions and functions.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Variable:
    name: str
    type: str
    description: str
    default: str | None = None  # HCL expression text, or None for a required variable
    sensitive: bool = False
    validation: tuple[str, str] | None = None  # (condition, error message)


@dataclass(frozen=True, slots=True)
class ModuleKind:
    name: str
    cloud: str  # aws | azurerm | google
    variables: tuple[Variable, ...]
    locals: str
    core: tuple[str, ...]  # resources always in main.tf
    extras: tuple[str, ...]  # resources added a random number of times (main.tf or the second file)
    second_file: str
    outputs: tuple[tuple[str, str, str], ...]  # (name, expression, description)
    region_variable: str  # the variable that carries the module's region/location ("" if none)


ENVIRONMENTS_LIST = '["dev", "staging", "preprod", "prod", "dr", "qa", "sandbox"]'
COMMON_VARIABLES = (
    Variable(
        "name_prefix",
        "string",
        "Prefix of every resource name, e.g. hdh-prod.",
        validation=(
            'length(var.name_prefix) <= 24 && can(regex("^[a-z][a-z0-9-]*$", var.name_prefix))',
            "name_prefix must be at most 24 lower-case letters, digits or dashes.",
        ),
    ),
    Variable(
        "environment",
        "string",
        "Deployment environment (dev, staging, prod, dr).",
        validation=(f"contains({ENVIRONMENTS_LIST}, var.environment)", "Unknown environment."),
    ),
    Variable("tags", "map(string)", "Tags/labels applied to every resource.", "{}"),
    Variable(
        "data_classification",
        "string",
        "Most sensitive data the module stores.",
        '"health"',
        validation=(
            'contains(["health", "personal", "internal", "public"], var.data_classification)',
            "data_classification must be health, personal, internal or public.",
        ),
    ),
    Variable("log_retention_days", "number", "Retention of the module's logs.", "365"),
    Variable("enable_monitoring", "bool", "Create alarms and dashboards.", "true"),
)

# --------------------------------------------------------------------------- AWS

AWS_S3 = ModuleKind(
    name="s3-data-lake",
    cloud="aws",
    variables=(
        Variable(
            "buckets",
            "map(object({\n    versioning     = bool\n    retention_days = number\n    classification = string\n  }))",
            "Buckets of the data lake, keyed by short name.",
            "{\n"
            "    raw = {\n      versioning     = true\n      retention_days = 365\n"
            '      classification = "health"\n    }\n'
            "    curated = {\n      versioning     = true\n      retention_days = 730\n"
            '      classification = "health"\n    }\n  }',
        ),
        Variable("kms_key_arn", "string", "KMS key used for server-side encryption.", "null"),
        Variable("force_destroy", "bool", "Allow destroying non-empty buckets (never in prod).", "false"),
        Variable("replica_region", "string", "Region of the replica buckets, if any.", '"eu-central-1"'),
        Variable("enable_replication", "bool", "Replicate the buckets to replica_region.", "false"),
    ),
    locals="""locals {
  bucket_names = { for key, bucket in var.buckets : key => "${var.name_prefix}-${key}" }
  lifecycle_buckets = {
    for key, bucket in var.buckets : key => bucket if bucket.retention_days > 0
  }
  module_tags = merge(var.tags, {
    module      = "s3-data-lake"
    environment = var.environment
  })
}
""",
    core=(
        """resource "aws_s3_bucket" "this" {
  for_each = var.buckets

  bucket        = local.bucket_names[each.key]
  force_destroy = var.force_destroy

  tags = merge(local.module_tags, {
    dataset             = each.key
    data_classification = each.value.classification
  })
}
""",
        """resource "aws_s3_bucket_versioning" "this" {
  for_each = { for key, bucket in var.buckets : key => bucket if bucket.versioning }

  bucket = aws_s3_bucket.this[each.key].id

  versioning_configuration {
    status = "Enabled"
  }
}
""",
        """resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  for_each = var.buckets

  bucket = aws_s3_bucket.this[each.key].id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = var.kms_key_arn == null ? "AES256" : "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = var.kms_key_arn != null
  }
}
""",
        """resource "aws_s3_bucket_public_access_block" "this" {
  for_each = var.buckets

  bucket                  = aws_s3_bucket.this[each.key].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
""",
        """resource "aws_s3_bucket_lifecycle_configuration" "this" {
  for_each = local.lifecycle_buckets

  bucket = aws_s3_bucket.this[each.key].id

  rule {
    id     = "expire-after-${each.value.retention_days}-days"
    status = "Enabled"

    filter {}

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    expiration {
      days = each.value.retention_days
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}
""",
    ),
    extras=(
        """resource "aws_s3_bucket" "{{name}}" {
  bucket = "${var.name_prefix}-{{name}}"

  tags = merge(local.module_tags, {
    dataset = "{{name}}"
    owner   = "{{team}}"
  })
}

resource "aws_s3_bucket_versioning" "{{name}}" {
  bucket = aws_s3_bucket.{{name}}.id

  versioning_configuration {
    status = "Enabled"
  }
}
""",
        """# Replica of the {{name}} bucket, in the region given by the caller.
resource "aws_s3_bucket" "{{name}}_replica" {
  count  = var.enable_replication ? 1 : 0
  region = var.replica_region
  bucket = "${var.name_prefix}-{{name}}-replica"

  tags = merge(local.module_tags, { role = "replica" })
}
""",
        """resource "aws_s3_bucket_policy" "{{name}}_tls_only" {
  bucket = aws_s3_bucket.this["raw"].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource = [
          aws_s3_bucket.this["raw"].arn,
          "${aws_s3_bucket.this["raw"].arn}/*",
        ]
        Condition = {
          Bool = { "aws:SecureTransport" = "false" }
        }
      },
    ]
  })
}
""",
        """resource "aws_s3_bucket" "{{name}}_exchange" {
  region = "{{region}}"
  bucket = "${var.name_prefix}-{{name}}-exchange"

  tags = merge(local.module_tags, {
    partner = "{{team}}"
  })
}
""",
    ),
    second_file="replication.tf",
    outputs=(
        ("bucket_ids", "{ for key, bucket in aws_s3_bucket.this : key => bucket.id }", "Bucket names by key."),
        ("bucket_arns", "{ for key, bucket in aws_s3_bucket.this : key => bucket.arn }", "Bucket ARNs by key."),
        ("bucket_regional_domains", "[for bucket in aws_s3_bucket.this : bucket.bucket_regional_domain_name]", ""),
    ),
    region_variable="replica_region",
)

AWS_RDS = ModuleKind(
    name="rds-postgres",
    cloud="aws",
    variables=(
        Variable("subnet_ids", "list(string)", "Private subnets for the database."),
        Variable("security_group_ids", "list(string)", "Security groups allowed to reach the database.", "[]"),
        Variable("instance_class", "string", "Instance class.", '"db.m6g.large"'),
        Variable("allocated_storage", "number", "Storage in GiB.", "100"),
        Variable("engine_version", "string", "PostgreSQL version.", '"16.4"'),
        Variable("backup_retention_days", "number", "Days of automated backups.", "35"),
        Variable("multi_az", "bool", "Standby in a second availability zone.", "true"),
        Variable(
            "parameters",
            "map(string)",
            "Database parameters.",
            '{\n    "log_min_duration_statement" = "500"\n    "rds.force_ssl"              = "1"\n  }',
        ),
    ),
    locals="""locals {
  identifier = "${var.name_prefix}-pg"
  is_prod    = contains(["prod", "dr"], var.environment)
  family     = "postgres${split(".", var.engine_version)[0]}"
}
""",
    core=(
        """resource "aws_kms_key" "db" {
  description             = "Encryption key of ${local.identifier}"
  enable_key_rotation     = true
  deletion_window_in_days = local.is_prod ? 30 : 7
  tags                    = var.tags
}
""",
        """resource "aws_db_subnet_group" "this" {
  name       = local.identifier
  subnet_ids = var.subnet_ids
  tags       = var.tags
}
""",
        """resource "aws_db_parameter_group" "this" {
  name   = local.identifier
  family = local.family

  dynamic "parameter" {
    for_each = var.parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }
}
""",
        """resource "aws_db_instance" "this" {
  identifier     = local.identifier
  engine         = "postgres"
  engine_version = var.engine_version
  instance_class = var.instance_class

  allocated_storage     = var.allocated_storage
  max_allocated_storage = var.allocated_storage * 4
  storage_encrypted     = true
  kms_key_id            = aws_kms_key.db.arn

  db_subnet_group_name   = aws_db_subnet_group.this.name
  parameter_group_name   = aws_db_parameter_group.this.name
  vpc_security_group_ids = var.security_group_ids
  multi_az               = var.multi_az
  publicly_accessible    = false

  manage_master_user_password = true
  username                    = "app_admin"

  backup_retention_period   = var.backup_retention_days
  deletion_protection       = local.is_prod
  skip_final_snapshot       = !local.is_prod
  final_snapshot_identifier = local.is_prod ? "${local.identifier}-final" : null

  tags = var.tags
}
""",
    ),
    extras=(
        """resource "aws_cloudwatch_metric_alarm" "{{name}}_cpu" {
  alarm_name          = "${local.identifier}-{{name}}-cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = {{count}}
  metric_name         = "CPUUtilization"
  namespace           = "AWS/RDS"
  period              = 300
  statistic           = "Average"
  threshold           = {{size}}

  dimensions = {
    DBInstanceIdentifier = aws_db_instance.this.identifier
  }
}
""",
        """resource "aws_db_instance" "{{name}}_replica" {
  count               = local.is_prod ? 1 : 0
  identifier          = "${local.identifier}-{{name}}-ro"
  replicate_source_db = aws_db_instance.this.identifier
  instance_class      = var.instance_class
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.db.arn
  skip_final_snapshot = true
  tags                = merge(var.tags, { role = "read-replica" })
}
""",
        """resource "aws_db_snapshot_copy" "{{name}}" {
  region                        = "{{region}}"
  source_db_snapshot_identifier = "arn:aws:rds:eu-west-3:123456789012:snapshot:${local.identifier}-{{name}}"
  target_db_snapshot_identifier = "${local.identifier}-{{name}}-copy"
  kms_key_id                    = aws_kms_key.db.arn
}
""",
    ),
    second_file="monitoring.tf",
    outputs=(
        ("endpoint", "aws_db_instance.this.endpoint", "Connection endpoint."),
        ("kms_key_arn", "aws_kms_key.db.arn", "Key that encrypts the database."),
        ("master_secret_arn", "aws_db_instance.this.master_user_secret[0].secret_arn", ""),
    ),
    region_variable="",
)

AWS_VPC = ModuleKind(
    name="vpc",
    cloud="aws",
    variables=(
        Variable("cidr_block", "string", "CIDR of the VPC.", '"10.{{octet}}.0.0/16"'),
        Variable("azs", "list(string)", "Availability zones.", '["eu-west-3a", "eu-west-3b", "eu-west-3c"]'),
        Variable("enable_nat_gateway", "bool", "One NAT gateway per AZ.", "true"),
        Variable("flow_log_retention_days", "number", "Retention of VPC flow logs.", "{{days}}"),
        Variable(
            "ingress_rules",
            "list(object({\n    port        = number\n    cidr_blocks = list(string)\n  }))",
            "Ingress rules of the default application security group.",
            '[\n    {\n      port        = 443\n      cidr_blocks = ["10.0.0.0/8"]\n    },\n  ]',
        ),
    ),
    locals="""locals {
  private_cidrs = [for index, az in var.azs : cidrsubnet(var.cidr_block, 4, index)]
  public_cidrs  = [for index, az in var.azs : cidrsubnet(var.cidr_block, 8, 200 + index)]
  nat_count     = var.enable_nat_gateway ? length(var.azs) : 0
}
""",
    core=(
        """resource "aws_vpc" "this" {
  cidr_block           = var.cidr_block
  enable_dns_hostnames = true
  enable_dns_support   = true

  tags = merge(var.tags, { Name = "${var.name_prefix}-vpc" })
}
""",
        """resource "aws_subnet" "private" {
  count = length(var.azs)

  vpc_id            = aws_vpc.this.id
  cidr_block        = local.private_cidrs[count.index]
  availability_zone = var.azs[count.index]

  tags = merge(var.tags, {
    Name = format("%s-private-%s", var.name_prefix, substr(var.azs[count.index], -1, 1))
    tier = "private"
  })
}
""",
        """resource "aws_subnet" "public" {
  count = length(var.azs)

  vpc_id                  = aws_vpc.this.id
  cidr_block              = local.public_cidrs[count.index]
  availability_zone       = var.azs[count.index]
  map_public_ip_on_launch = false

  tags = merge(var.tags, { Name = "${var.name_prefix}-public-${count.index}" })
}
""",
        """resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
  tags   = var.tags
}

resource "aws_eip" "nat" {
  count  = local.nat_count
  domain = "vpc"
}

resource "aws_nat_gateway" "this" {
  count         = local.nat_count
  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = aws_subnet.public[count.index].id
  depends_on    = [aws_internet_gateway.this]
}
""",
        """resource "aws_security_group" "app" {
  name_prefix = "${var.name_prefix}-app-"
  vpc_id      = aws_vpc.this.id

  dynamic "ingress" {
    for_each = var.ingress_rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidr_blocks
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  lifecycle {
    create_before_destroy = true
  }
}
""",
    ),
    extras=(
        """resource "aws_cloudwatch_log_group" "{{name}}_flow_logs" {
  name              = "/vpc/${var.name_prefix}/{{name}}"
  retention_in_days = var.flow_log_retention_days
  tags              = var.tags
}

resource "aws_flow_log" "{{name}}" {
  vpc_id          = aws_vpc.this.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.{{name}}_flow_logs.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/${var.name_prefix}-flow-logs"
}
""",
        """resource "aws_route_table" "{{name}}" {
  count  = length(var.azs)
  vpc_id = aws_vpc.this.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = var.enable_nat_gateway ? aws_nat_gateway.this[count.index].id : null
  }

  tags = merge(var.tags, { Name = "${var.name_prefix}-{{name}}-${count.index}" })
}

resource "aws_route_table_association" "{{name}}" {
  count          = length(var.azs)
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.{{name}}[count.index].id
}
""",
        """resource "aws_vpc_endpoint" "{{name}}_s3" {
  vpc_id            = aws_vpc.this.id
  service_name      = "com.amazonaws.eu-west-3.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = aws_route_table.{{name}}_endpoints[*].id
}

resource "aws_route_table" "{{name}}_endpoints" {
  count  = 1
  vpc_id = aws_vpc.this.id
}
""",
    ),
    second_file="flow_logs.tf",
    outputs=(
        ("vpc_id", "aws_vpc.this.id", "VPC id."),
        ("private_subnet_ids", "aws_subnet.private[*].id", "Private subnets, one per AZ."),
        ("public_subnet_ids", "aws_subnet.public[*].id", "Public subnets, one per AZ."),
        ("app_security_group_id", "aws_security_group.app.id", ""),
    ),
    region_variable="",
)

AWS_EKS = ModuleKind(
    name="eks",
    cloud="aws",
    variables=(
        Variable("subnet_ids", "list(string)", "Subnets of the cluster and its nodes."),
        Variable("kubernetes_version", "string", "EKS version.", '"1.31"'),
        Variable("node_instance_types", "list(string)", "Instance types of the node group.", '["m6i.large"]'),
        Variable("node_count", "number", "Desired node count.", "{{count}}"),
        Variable("log_retention_days", "number", "Control-plane log retention.", "{{days}}"),
    ),
    locals="""locals {
  cluster_name = "${var.name_prefix}-eks"
  node_policies = toset([
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
  ])
}
""",
    core=(
        """resource "aws_iam_role" "cluster" {
  name = "${local.cluster_name}-cluster"

  assume_role_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": { "Service": "eks.amazonaws.com" },
          "Action": "sts:AssumeRole"
        }
      ]
    }
  EOT
}
""",
        """resource "aws_eks_cluster" "this" {
  name     = local.cluster_name
  role_arn = aws_iam_role.cluster.arn
  version  = var.kubernetes_version

  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }

  depends_on = [aws_cloudwatch_log_group.eks]
}
""",
        """resource "aws_kms_key" "eks" {
  description         = "EKS secrets of ${local.cluster_name}"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "eks" {
  name              = "/aws/eks/${local.cluster_name}/cluster"
  retention_in_days = var.log_retention_days
}
""",
        """resource "aws_iam_role" "nodes" {
  name = "${local.cluster_name}-nodes"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "nodes" {
  for_each   = local.node_policies
  role       = aws_iam_role.nodes.name
  policy_arn = each.value
}
""",
    ),
    extras=(
        """resource "aws_eks_node_group" "{{name}}" {
  cluster_name    = aws_eks_cluster.this.name
  node_group_name = "{{name}}"
  node_role_arn   = aws_iam_role.nodes.arn
  subnet_ids      = var.subnet_ids
  instance_types  = var.node_instance_types

  scaling_config {
    desired_size = var.node_count
    min_size     = 1
    max_size     = var.node_count * 2
  }

  labels = {
    workload = "{{name}}"
  }

  depends_on = [aws_iam_role_policy_attachment.nodes]
}
""",
        """resource "aws_eks_addon" "{{name}}" {
  cluster_name = aws_eks_cluster.this.name
  addon_name   = "vpc-cni"
  tags         = merge(var.tags, { addon = "{{name}}" })
}
""",
    ),
    second_file="node_groups.tf",
    outputs=(
        ("cluster_name", "aws_eks_cluster.this.name", "Cluster name."),
        ("cluster_endpoint", "aws_eks_cluster.this.endpoint", "API endpoint."),
        ("oidc_issuer", "aws_eks_cluster.this.identity[0].oidc[0].issuer", ""),
    ),
    region_variable="",
)

AWS_MESSAGING = ModuleKind(
    name="messaging",
    cloud="aws",
    variables=(
        Variable("queues", "set(string)", "Queues to create.", '["hl7-inbound", "fhir-events", "notifications"]'),
        Variable("message_retention_seconds", "number", "Retention of queued messages.", "1209600"),
        Variable("max_receive_count", "number", "Receives before a message goes to the DLQ.", "5"),
        Variable("subscribers", "map(string)", "E-mail subscribers of the alert topic.", "{}"),
    ),
    locals="""locals {
  queue_names = { for queue in var.queues : queue => "${var.name_prefix}-${queue}" }
}
""",
    core=(
        """resource "aws_sqs_queue" "dlq" {
  for_each                  = local.queue_names
  name                      = "${each.value}-dlq"
  message_retention_seconds = var.message_retention_seconds
  sqs_managed_sse_enabled   = true
}
""",
        """resource "aws_sqs_queue" "this" {
  for_each = local.queue_names

  name                       = each.value
  visibility_timeout_seconds = 60
  message_retention_seconds  = var.message_retention_seconds
  sqs_managed_sse_enabled    = true

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.key].arn
    maxReceiveCount     = var.max_receive_count
  })

  tags = merge(var.tags, { queue = each.key })
}
""",
        """resource "aws_sns_topic" "alerts" {
  name              = "${var.name_prefix}-alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic_subscription" "alerts" {
  for_each  = var.subscribers
  topic_arn = aws_sns_topic.alerts.arn
  protocol  = "email"
  endpoint  = each.value
}
""",
    ),
    extras=(
        """resource "aws_sns_topic" "{{name}}" {
  name = "${var.name_prefix}-{{name}}"
}

resource "aws_sns_topic_subscription" "{{name}}_to_sqs" {
  topic_arn = aws_sns_topic.{{name}}.arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.this[tolist(var.queues)[0]].arn
}
""",
        """resource "aws_cloudwatch_metric_alarm" "{{name}}_dlq_depth" {
  for_each            = local.queue_names
  alarm_name          = "${each.value}-{{name}}-dlq-not-empty"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = {{count}}
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.alerts.arn]
  dimensions          = { QueueName = aws_sqs_queue.dlq[each.key].name }
}
""",
    ),
    second_file="alarms.tf",
    outputs=(
        ("queue_urls", "{ for key, queue in aws_sqs_queue.this : key => queue.url }", "Queue URLs."),
        ("alerts_topic_arn", "aws_sns_topic.alerts.arn", "Alert topic."),
    ),
    region_variable="",
)

AWS_BACKUP = ModuleKind(
    name="backup",
    cloud="aws",
    variables=(
        Variable("dr_region", "string", "Region of the disaster-recovery vault.", '"eu-central-1"'),
        Variable("schedule", "string", "Backup schedule (cron).", '"cron(0 2 * * ? *)"'),
        Variable("retention_days", "number", "Days to keep recovery points.", "{{days}}"),
        Variable("resource_arns", "list(string)", "Resources to back up.", "[]"),
    ),
    locals="""locals {
  vault_prefix = "${var.name_prefix}-backup"
  copy_enabled = var.dr_region != ""
}
""",
    core=(
        """resource "aws_kms_key" "backup" {
  description         = "Recovery points of ${var.name_prefix}"
  enable_key_rotation = true
}

resource "aws_backup_vault" "primary" {
  name        = "${local.vault_prefix}-primary"
  kms_key_arn = aws_kms_key.backup.arn
}
""",
        """resource "aws_backup_vault" "dr" {
  region = var.dr_region
  name   = "${local.vault_prefix}-dr"
}
""",
        """resource "aws_backup_plan" "this" {
  name = "${local.vault_prefix}-plan"

  rule {
    rule_name         = "nightly"
    target_vault_name = aws_backup_vault.primary.name
    schedule          = var.schedule

    lifecycle {
      delete_after = var.retention_days
    }

    dynamic "copy_action" {
      for_each = local.copy_enabled ? [aws_backup_vault.dr.arn] : []
      content {
        destination_vault_arn = copy_action.value
        lifecycle {
          delete_after = var.retention_days * 2
        }
      }
    }
  }
}

resource "aws_backup_selection" "this" {
  name         = "${local.vault_prefix}-selection"
  plan_id      = aws_backup_plan.this.id
  iam_role_arn = "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole"
  resources    = var.resource_arns
}
""",
    ),
    extras=(
        """resource "aws_backup_vault" "{{name}}" {
  region = "{{region}}"
  name   = "${local.vault_prefix}-{{name}}"
  tags   = merge(var.tags, { purpose = "{{name}}" })
}
""",
        """resource "aws_backup_vault_notifications" "{{name}}" {
  backup_vault_name   = aws_backup_vault.primary.name
  sns_topic_arn       = "arn:aws:sns:eu-west-3:123456789012:${var.name_prefix}-{{name}}"
  backup_vault_events = ["BACKUP_JOB_FAILED", "RESTORE_JOB_COMPLETED"]
}
""",
    ),
    second_file="vaults.tf",
    outputs=(
        ("primary_vault_arn", "aws_backup_vault.primary.arn", "Primary vault."),
        ("dr_vault_arn", "aws_backup_vault.dr.arn", "Disaster-recovery vault."),
    ),
    region_variable="dr_region",
)

# --------------------------------------------------------------------------- Azure

AZ_STORAGE = ModuleKind(
    name="storage-account",
    cloud="azurerm",
    variables=(
        Variable("location", "string", "Azure region of the resource group and its resources."),
        Variable("account_tier", "string", "Storage tier.", '"Standard"'),
        Variable("replication_type", "string", "LRS, ZRS, GRS...", '"ZRS"'),
        Variable("containers", "set(string)", "Blob containers.", '["documents", "imaging", "exports"]'),
        Variable("delete_after_days", "number", "Days before blobs are deleted.", "{{days}}"),
    ),
    locals="""locals {
  account_name = substr(replace(lower("st${var.name_prefix}"), "-", ""), 0, 24)
  module_tags  = merge(var.tags, { module = "storage-account", environment = var.environment })
}
""",
    core=(
        """resource "azurerm_resource_group" "this" {
  name     = "rg-${var.name_prefix}-storage"
  location = var.location
  tags     = local.module_tags
}
""",
        """resource "azurerm_storage_account" "this" {
  name                            = local.account_name
  resource_group_name             = azurerm_resource_group.this.name
  location                        = azurerm_resource_group.this.location
  account_tier                    = var.account_tier
  account_replication_type        = var.replication_type
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  https_traffic_only_enabled      = true

  blob_properties {
    versioning_enabled = true
    delete_retention_policy {
      days = 30
    }
  }

  tags = local.module_tags
}
""",
        """resource "azurerm_storage_container" "this" {
  for_each              = var.containers
  name                  = each.key
  storage_account_id    = azurerm_storage_account.this.id
  container_access_type = "private"
}
""",
        """resource "azurerm_storage_management_policy" "this" {
  storage_account_id = azurerm_storage_account.this.id

  rule {
    name    = "delete-after-${var.delete_after_days}-days"
    enabled = true
    filters {
      blob_types = ["blockBlob"]
    }
    actions {
      base_blob {
        tier_to_cool_after_days_since_modification_greater_than = 30
        delete_after_days_since_modification_greater_than       = var.delete_after_days
      }
    }
  }
}
""",
    ),
    extras=(
        """resource "azurerm_storage_account" "{{name}}" {
  name                     = substr("st{{name}}${replace(var.name_prefix, "-", "")}", 0, 24)
  resource_group_name      = azurerm_resource_group.this.name
  location                 = "{{region}}"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
  tags                     = merge(local.module_tags, { dataset = "{{name}}" })
}
""",
        """resource "azurerm_storage_container" "{{name}}" {
  name                  = "{{name}}"
  storage_account_id    = azurerm_storage_account.this.id
  container_access_type = "private"
}
""",
    ),
    second_file="containers.tf",
    outputs=(
        ("storage_account_id", "azurerm_storage_account.this.id", "Storage account id."),
        ("primary_blob_endpoint", "azurerm_storage_account.this.primary_blob_endpoint", ""),
        ("resource_group_name", "azurerm_resource_group.this.name", "Resource group."),
    ),
    region_variable="location",
)

AZ_POSTGRES = ModuleKind(
    name="postgres-flexible",
    cloud="azurerm",
    variables=(
        Variable("location", "string", "Azure region.", '"francecentral"'),
        Variable("resource_group_name", "string", "Resource group of the server."),
        Variable("sku_name", "string", "Compute SKU.", '"GP_Standard_D2ds_v5"'),
        Variable("storage_mb", "number", "Storage in MB.", "131072"),
        Variable("databases", "set(string)", "Databases to create.", '["app", "audit"]'),
        Variable("high_availability", "bool", "Zone-redundant standby.", "true"),
    ),
    locals="""locals {
  server_name = "psql-${var.name_prefix}"
  ha_mode     = var.high_availability ? "ZoneRedundant" : null
}
""",
    core=(
        """resource "azurerm_postgresql_flexible_server" "this" {
  name                          = local.server_name
  resource_group_name           = var.resource_group_name
  location                      = var.location
  version                       = "16"
  sku_name                      = var.sku_name
  storage_mb                    = var.storage_mb
  backup_retention_days         = 35
  geo_redundant_backup_enabled  = false
  public_network_access_enabled = false
  zone                          = "1"

  dynamic "high_availability" {
    for_each = local.ha_mode == null ? [] : [local.ha_mode]
    content {
      mode                      = high_availability.value
      standby_availability_zone = "2"
    }
  }

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
  }

  tags = var.tags
}
""",
        """resource "azurerm_postgresql_flexible_server_database" "this" {
  for_each  = var.databases
  name      = each.key
  server_id = azurerm_postgresql_flexible_server.this.id
  charset   = "UTF8"
  collation = "fr_FR.utf8"
}
""",
    ),
    extras=(
        """resource "azurerm_postgresql_flexible_server_configuration" "{{name}}" {
  name      = "log_min_duration_statement"
  server_id = azurerm_postgresql_flexible_server.this.id
  value     = "{{size}}"
}
""",
        """resource "azurerm_postgresql_flexible_server" "{{name}}_replica" {
  name                = "${local.server_name}-{{name}}"
  resource_group_name = var.resource_group_name
  location            = "{{region}}"
  create_mode         = "Replica"
  source_server_id    = azurerm_postgresql_flexible_server.this.id
  tags                = merge(var.tags, { role = "replica" })
}
""",
    ),
    second_file="configuration.tf",
    outputs=(
        ("server_id", "azurerm_postgresql_flexible_server.this.id", "Server id."),
        ("fqdn", "azurerm_postgresql_flexible_server.this.fqdn", "Server FQDN."),
    ),
    region_variable="location",
)

AZ_NETWORK = ModuleKind(
    name="vnet",
    cloud="azurerm",
    variables=(
        Variable("location", "string", "Azure region."),
        Variable("address_space", "list(string)", "Address space.", '["10.{{octet}}.0.0/16"]'),
        Variable(
            "subnets",
            "map(object({\n    prefix            = string\n    service_endpoints = list(string)\n  }))",
            "Subnets by name.",
            "{\n"
            '    app = {\n      prefix            = "10.{{octet}}.1.0/24"\n'
            '      service_endpoints = ["Microsoft.Storage"]\n    }\n'
            '    data = {\n      prefix            = "10.{{octet}}.2.0/24"\n'
            '      service_endpoints = ["Microsoft.Sql"]\n    }\n  }',
        ),
        Variable("allowed_ports", "list(number)", "Inbound ports allowed from the VNet.", "[443, 5432]"),
    ),
    locals="""locals {
  vnet_name = "vnet-${var.name_prefix}"
  nsg_rules = {
    for index, port in var.allowed_ports : "allow-${port}" => {
      priority = 100 + index * 10
      port     = port
    }
  }
}
""",
    core=(
        """resource "azurerm_resource_group" "network" {
  name     = "rg-${var.name_prefix}-network"
  location = var.location
  tags     = var.tags
}

resource "azurerm_virtual_network" "this" {
  name                = local.vnet_name
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name
  address_space       = var.address_space
  tags                = var.tags
}
""",
        """resource "azurerm_subnet" "this" {
  for_each             = var.subnets
  name                 = each.key
  resource_group_name  = azurerm_resource_group.network.name
  virtual_network_name = azurerm_virtual_network.this.name
  address_prefixes     = [each.value.prefix]
  service_endpoints    = each.value.service_endpoints
}
""",
        """resource "azurerm_network_security_group" "this" {
  name                = "nsg-${var.name_prefix}"
  location            = azurerm_resource_group.network.location
  resource_group_name = azurerm_resource_group.network.name

  dynamic "security_rule" {
    for_each = local.nsg_rules
    content {
      name                       = security_rule.key
      priority                   = security_rule.value.priority
      direction                  = "Inbound"
      access                     = "Allow"
      protocol                   = "Tcp"
      source_port_range          = "*"
      destination_port_range     = tostring(security_rule.value.port)
      source_address_prefix      = "VirtualNetwork"
      destination_address_prefix = "*"
    }
  }
}
""",
    ),
    extras=(
        """resource "azurerm_subnet_network_security_group_association" "{{name}}" {
  for_each                  = azurerm_subnet.this
  subnet_id                 = each.value.id
  network_security_group_id = azurerm_network_security_group.this.id
}
""",
        """resource "azurerm_private_dns_zone" "{{name}}" {
  name                = "privatelink.{{name}}.${var.environment}.hdh.internal"
  resource_group_name = azurerm_resource_group.network.name
}
""",
    ),
    second_file="nsg.tf",
    outputs=(
        ("vnet_id", "azurerm_virtual_network.this.id", "VNet id."),
        ("subnet_ids", "{ for name, subnet in azurerm_subnet.this : name => subnet.id }", "Subnet ids."),
    ),
    region_variable="location",
)

AZ_KEYVAULT = ModuleKind(
    name="key-vault",
    cloud="azurerm",
    variables=(
        Variable("location", "string", "Azure region.", '"francecentral"'),
        Variable("resource_group_name", "string", "Resource group of the vault."),
        Variable("keys", "set(string)", "Keys to create.", '["storage-cmk", "database-cmk"]'),
        Variable("purge_protection", "bool", "Enable purge protection.", "true"),
    ),
    locals="""locals {
  vault_name = substr("kv-${var.name_prefix}", 0, 24)
}
""",
    core=(
        """data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "this" {
  name                       = local.vault_name
  location                   = var.location
  resource_group_name        = var.resource_group_name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "premium"
  purge_protection_enabled   = var.purge_protection
  soft_delete_retention_days = 90
  rbac_authorization_enabled = true

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }

  tags = var.tags
}
""",
        """resource "azurerm_key_vault_key" "this" {
  for_each     = var.keys
  name         = each.key
  key_vault_id = azurerm_key_vault.this.id
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["decrypt", "encrypt", "unwrapKey", "wrapKey"]

  rotation_policy {
    expire_after         = "P2Y"
    notify_before_expiry = "P30D"
    automatic {
      time_before_expiry = "P60D"
    }
  }
}
""",
    ),
    extras=(
        """resource "azurerm_role_assignment" "{{name}}" {
  scope                = azurerm_key_vault.this.id
  role_definition_name = "Key Vault Crypto User"
  principal_id         = "00000000-0000-0000-0000-0000000000{{size}}"
}
""",
    ),
    second_file="access.tf",
    outputs=(
        ("key_vault_id", "azurerm_key_vault.this.id", "Vault id."),
        ("key_ids", "{ for name, key in azurerm_key_vault_key.this : name => key.id }", "Key ids."),
    ),
    region_variable="location",
)

# --------------------------------------------------------------------------- Google Cloud

GCP_STORAGE = ModuleKind(
    name="gcs-buckets",
    cloud="google",
    variables=(
        Variable("project_id", "string", "Project of the buckets."),
        Variable("location", "string", "Bucket location (region, dual-region or EU).", '"EUROPE-WEST9"'),
        Variable("buckets", "set(string)", "Bucket short names.", '["fhir-exports", "dicom", "audit-logs"]'),
        Variable("retention_days", "number", "Days before objects are deleted.", "{{days}}"),
        Variable("readers", "list(string)", "Principals with read access.", "[]"),
    ),
    locals="""locals {
  labels = merge(var.tags, {
    environment = var.environment
    module      = "gcs-buckets"
  })
  reader_bindings = {
    for pair in setproduct(var.buckets, var.readers) : "${pair[0]}/${pair[1]}" => {
      bucket = pair[0]
      member = pair[1]
    }
  }
}
""",
    core=(
        """resource "google_storage_bucket" "this" {
  for_each = var.buckets

  name                        = "${var.name_prefix}-${each.key}"
  project                     = var.project_id
  location                    = var.location
  storage_class               = "STANDARD"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  lifecycle_rule {
    condition {
      age = var.retention_days
    }
    action {
      type = "Delete"
    }
  }

  labels = local.labels
}
""",
        """resource "google_storage_bucket_iam_member" "readers" {
  for_each = local.reader_bindings
  bucket   = google_storage_bucket.this[each.value.bucket].name
  role     = "roles/storage.objectViewer"
  member   = each.value.member
}
""",
    ),
    extras=(
        """resource "google_storage_bucket" "{{name}}" {
  name                        = "${var.name_prefix}-{{name}}"
  project                     = var.project_id
  location                    = "{{region}}"
  uniform_bucket_level_access = true
  labels                      = merge(local.labels, { dataset = "{{name}}" })
}
""",
        """resource "google_storage_bucket_iam_member" "{{name}}_writer" {
  bucket = google_storage_bucket.this[tolist(var.buckets)[0]].name
  role   = "roles/storage.objectCreator"
  member = "serviceAccount:{{name}}@${var.project_id}.iam.gserviceaccount.com"
}
""",
    ),
    second_file="iam.tf",
    outputs=(
        ("bucket_names", "{ for key, bucket in google_storage_bucket.this : key => bucket.name }", "Bucket names."),
        ("bucket_urls", "[for bucket in google_storage_bucket.this : bucket.url]", ""),
    ),
    region_variable="location",
)

GCP_SQL = ModuleKind(
    name="cloudsql",
    cloud="google",
    variables=(
        Variable("project_id", "string", "Project of the instance."),
        Variable("region", "string", "Region of the instance.", '"europe-west9"'),
        Variable("tier", "string", "Machine tier.", '"db-custom-2-7680"'),
        Variable("databases", "list(string)", "Databases.", '["app"]'),
        Variable("private_network", "string", "VPC self link for the private IP."),
    ),
    locals="""locals {
  instance_name = "${var.name_prefix}-pg-${random_id.suffix.hex}"
  availability  = var.environment == "prod" ? "REGIONAL" : "ZONAL"
}

resource "random_id" "suffix" {
  byte_length = 2
}
""",
    core=(
        """resource "google_sql_database_instance" "this" {
  name                = local.instance_name
  project             = var.project_id
  region              = var.region
  database_version    = "POSTGRES_16"
  deletion_protection = var.environment == "prod"

  settings {
    tier              = var.tier
    availability_type = local.availability
    disk_autoresize   = true

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
      location                       = var.region
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = var.private_network
    }

    database_flags {
      name  = "log_min_duration_statement"
      value = "{{size}}"
    }

    user_labels = var.tags
  }
}
""",
        """resource "google_sql_database" "this" {
  for_each = toset(var.databases)
  name     = each.value
  instance = google_sql_database_instance.this.name
  project  = var.project_id
}
""",
    ),
    extras=(
        """resource "google_sql_database_instance" "{{name}}_replica" {
  name                 = "${local.instance_name}-{{name}}"
  project              = var.project_id
  region               = "{{region}}"
  database_version     = "POSTGRES_16"
  master_instance_name = google_sql_database_instance.this.name

  settings {
    tier = var.tier
  }
}
""",
        """resource "google_sql_user" "{{name}}" {
  name     = "{{name}}@${var.project_id}.iam"
  instance = google_sql_database_instance.this.name
  project  = var.project_id
  type     = "CLOUD_IAM_SERVICE_ACCOUNT"
}
""",
    ),
    second_file="users.tf",
    outputs=(
        ("connection_name", "google_sql_database_instance.this.connection_name", "Connection name."),
        ("private_ip", "google_sql_database_instance.this.private_ip_address", ""),
    ),
    region_variable="region",
)

GCP_GKE = ModuleKind(
    name="gke",
    cloud="google",
    variables=(
        Variable("project_id", "string", "Project of the cluster."),
        Variable("region", "string", "Region of the regional cluster."),
        Variable("network", "string", "VPC self link."),
        Variable("subnetwork", "string", "Subnetwork self link."),
        Variable("node_count", "number", "Nodes per zone.", "{{count}}"),
        Variable("machine_type", "string", "Machine type of the nodes.", '"e2-standard-4"'),
    ),
    locals="""locals {
  cluster_name = "${var.name_prefix}-gke"
  oauth_scopes = ["https://www.googleapis.com/auth/cloud-platform"]
}
""",
    core=(
        """resource "google_container_cluster" "this" {
  name     = local.cluster_name
  project  = var.project_id
  location = var.region

  network    = var.network
  subnetwork = var.subnetwork

  remove_default_node_pool = true
  initial_node_count       = 1
  deletion_protection      = var.environment == "prod"

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.{{octet}}.0/28"
  }

  workload_identity_config {
    workload_pool = "${var.project_id}.svc.id.goog"
  }

  release_channel {
    channel = "REGULAR"
  }

  resource_labels = var.tags
}
""",
        """resource "google_service_account" "nodes" {
  project      = var.project_id
  account_id   = substr("${local.cluster_name}-nodes", 0, 30)
  display_name = "GKE nodes of ${local.cluster_name}"
}
""",
    ),
    extras=(
        """resource "google_container_node_pool" "{{name}}" {
  name       = "{{name}}"
  project    = var.project_id
  location   = var.region
  cluster    = google_container_cluster.this.name
  node_count = var.node_count

  node_config {
    machine_type    = var.machine_type
    service_account = google_service_account.nodes.email
    oauth_scopes    = local.oauth_scopes
    labels          = { pool = "{{name}}" }

    shielded_instance_config {
      enable_secure_boot = true
    }
  }

  management {
    auto_repair  = true
    auto_upgrade = true
  }
}
""",
    ),
    second_file="node_pools.tf",
    outputs=(
        ("cluster_name", "google_container_cluster.this.name", "Cluster name."),
        ("endpoint", "google_container_cluster.this.endpoint", "API endpoint."),
    ),
    region_variable="region",
)

GCP_PUBSUB = ModuleKind(
    name="pubsub",
    cloud="google",
    variables=(
        Variable("project_id", "string", "Project of the topics."),
        Variable("topics", "set(string)", "Topics.", '["hl7v2", "fhir-notifications"]'),
        Variable("allowed_regions", "list(string)", "Regions where messages may be stored.", '["europe-west9"]'),
        Variable("ack_deadline_seconds", "number", "Ack deadline of subscriptions.", "60"),
    ),
    locals="""locals {
  topic_names = { for topic in var.topics : topic => "${var.name_prefix}-${topic}" }
}
""",
    core=(
        """resource "google_pubsub_topic" "this" {
  for_each = local.topic_names
  name     = each.value
  project  = var.project_id

  message_storage_policy {
    allowed_persistence_regions = var.allowed_regions
  }

  labels = var.tags
}
""",
        """resource "google_pubsub_subscription" "this" {
  for_each             = local.topic_names
  name                 = "${each.value}-sub"
  project              = var.project_id
  topic                = google_pubsub_topic.this[each.key].id
  ack_deadline_seconds = var.ack_deadline_seconds

  retry_policy {
    minimum_backoff = "10s"
    maximum_backoff = "600s"
  }
}
""",
    ),
    extras=(
        """resource "google_pubsub_topic" "{{name}}" {
  name    = "${var.name_prefix}-{{name}}"
  project = var.project_id

  message_storage_policy {
    allowed_persistence_regions = ["{{region}}"]
  }
}
""",
    ),
    second_file="topics.tf",
    outputs=(("topic_ids", "{ for key, topic in google_pubsub_topic.this : key => topic.id }", "Topic ids."),),
    region_variable="",
)

GCP_BIGQUERY = ModuleKind(
    name="bigquery",
    cloud="google",
    variables=(
        Variable("project_id", "string", "Project of the datasets."),
        Variable("location", "string", "Dataset location.", '"EU"'),
        Variable("datasets", "set(string)", "Datasets.", '["cohorts", "billing_exports"]'),
        Variable("table_expiration_days", "number", "Default table expiration.", "{{days}}"),
    ),
    locals="""locals {
  expiration_ms = var.table_expiration_days * 24 * 3600 * 1000
}
""",
    core=(
        """resource "google_bigquery_dataset" "this" {
  for_each                    = var.datasets
  dataset_id                  = replace("${var.name_prefix}_${each.key}", "-", "_")
  project                     = var.project_id
  location                    = var.location
  default_table_expiration_ms = local.expiration_ms
  labels                      = var.tags
}
""",
        """resource "google_bigquery_table" "events" {
  for_each            = google_bigquery_dataset.this
  dataset_id          = each.value.dataset_id
  project             = var.project_id
  table_id            = "events"
  deletion_protection = false

  time_partitioning {
    type  = "DAY"
    field = "event_time"
  }

  schema = jsonencode([
    { name = "event_time", type = "TIMESTAMP", mode = "REQUIRED" },
    { name = "patient_pseudo_id", type = "STRING", mode = "REQUIRED" },
    { name = "payload", type = "JSON", mode = "NULLABLE" },
  ])
}
""",
    ),
    extras=(
        """resource "google_bigquery_dataset" "{{name}}" {
  dataset_id = replace("${var.name_prefix}_{{name}}", "-", "_")
  project    = var.project_id
  location   = "{{region}}"
  labels     = merge(var.tags, { dataset = "{{name}}" })
}
""",
    ),
    second_file="tables.tf",
    outputs=(("dataset_ids", "[for dataset in google_bigquery_dataset.this : dataset.dataset_id]", "Dataset ids."),),
    region_variable="location",
)

MODULE_KINDS: tuple[ModuleKind, ...] = (
    AWS_S3,
    AWS_RDS,
    AWS_VPC,
    AWS_EKS,
    AWS_MESSAGING,
    AWS_BACKUP,
    AZ_STORAGE,
    AZ_POSTGRES,
    AZ_NETWORK,
    AZ_KEYVAULT,
    GCP_STORAGE,
    GCP_SQL,
    GCP_GKE,
    GCP_PUBSUB,
    GCP_BIGQUERY,
)


def kinds_for(cloud: str) -> list[ModuleKind]:
    return [kind for kind in MODULE_KINDS if kind.cloud == cloud]
