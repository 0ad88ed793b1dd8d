from __future__ import annotations

import math
import pickle

import pytest
import yaml

from scanner.load import kubernetes
from scanner.load.errors import LoadError
from scanner.load.kubernetes import (
    ManifestObject,
    YamlLoadError,
    load_manifests,
    looks_like_yaml_manifest,
)

LOADERS = [yaml.SafeLoader]
if hasattr(yaml, "CSafeLoader"):
    LOADERS.insert(0, yaml.CSafeLoader)


@pytest.fixture(autouse=True, params=LOADERS, ids=lambda loader: loader.__name__)
def parser_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Run every test with libyaml and with the pure-Python fallback."""
    monkeypatch.setattr(kubernetes, "_LOADER", request.param)
    return request.param


def spans(text: str) -> list[tuple[str, int, int, int]]:
    return [(m.obj["kind"], m.start_line, m.end_line, m.document) for m in load_manifests(text)]


MULTI_DOC = """\
# A header comment
apiVersion: v1
kind: Namespace
metadata:
  name: prod

# trailing comment of the first document
---
# leading comment of the second document

apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2   # inline comment
  template:
    spec:
      containers:
      - name: web
        image: nginx
---
apiVersion: v1
kind: ConfigMap
data:
  script: |
    echo one

    echo two


---
"""


def test_multi_document_line_ranges() -> None:
    assert spans(MULTI_DOC) == [
        ("Namespace", 2, 5, 0),
        ("Deployment", 11, 21, 1),
        ("ConfigMap", 23, 29, 2),
    ]


def test_crlf_gives_the_same_lines() -> None:
    crlf = MULTI_DOC.replace("\n", "\r\n")
    assert spans(crlf) == spans(MULTI_DOC)
    assert load_manifests(crlf)[2].obj["data"]["script"] == "echo one\n\necho two\n"


def test_returns_manifest_objects() -> None:
    [first] = load_manifests("apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n")
    assert first == ManifestObject(
        obj={"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}},
        start_line=1,
        end_line=3,
        document=0,
    )


def test_kind_list_items_have_their_own_lines() -> None:
    text = """\
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ServiceAccount
  metadata:
    name: a

- {apiVersion: v1, kind: Secret,
   type: Opaque}
- just a string
- kind: NoApiVersion
- apiVersion: v1
  kind: ConfigMap
"""
    assert spans(text) == [
        ("ServiceAccount", 4, 7, 0),
        ("Secret", 9, 10, 0),
        ("ConfigMap", 13, 14, 0),
    ]


def test_typed_list_kinds_are_unpacked() -> None:
    text = "apiVersion: apps/v1\nkind: DeploymentList\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n"
    assert spans(text) == [("Deployment", 4, 5, 0)]


def test_list_kind_without_items_list_is_an_object() -> None:
    text = "apiVersion: example.com/v1\nkind: AllowList\nitems: 3\n"
    assert spans(text) == [("AllowList", 1, 3, 0)]


def test_json_manifest() -> None:
    text = """{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": {"name": "a\\/b", "labels": {"country": "NO"}},
  "spec": {"containers": [{"name": "c", "image": "nginx", "ports": [{"containerPort": 80}]}],
           "hostNetwork": false}
}
"""
    [pod] = load_manifests(text)
    assert (pod.start_line, pod.end_line) == (1, 7)
    assert pod.obj["metadata"] == {"name": "a/b", "labels": {"country": "NO"}}
    assert pod.obj["spec"]["containers"][0]["ports"] == [{"containerPort": 80}]
    assert pod.obj["spec"]["hostNetwork"] is False


def test_json_list() -> None:
    text = """{"apiVersion": "v1", "kind": "List", "items": [
  {"apiVersion": "v1", "kind": "Pod"},
  {"apiVersion": "v1",
   "kind": "Service"}
]}"""
    assert spans(text) == [("Pod", 2, 2, 0), ("Service", 3, 4, 0)]


def test_tab_indented_json_with_libyaml(parser_backend: type) -> None:
    if parser_backend is yaml.SafeLoader:
        pytest.skip("PyYAML's pure-Python scanner rejects tabs before flow content")
    text = '{\n\t"apiVersion": "v1",\n\t"kind": "Pod"\n}\n'
    assert spans(text) == [("Pod", 1, 4, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "replicaCount: 1\nimage:\n  repository: nginx\n",  # a Helm values file
        "services:\n  web:\n    image: nginx\n    ports: ['80:80']\n",  # docker-compose
        "just a scalar\n",
        "- a\n- b\n",
        "",
        "# only a comment\n",
        "---\n---\n...\n",
        "apiVersion: v1\n",
        "kind: Pod\n",
        "apiVersion: v1\nkind: 3\n",
        "apiVersion: [v1]\nkind: Pod\n",
        "apiVersion: v1\nkind:\n",
        "- apiVersion: v1\n  kind: Pod\n",  # a list document is not an object
    ],
)
def test_non_kubernetes_documents_are_skipped(text: str) -> None:
    assert load_manifests(text) == []


def test_document_index_counts_skipped_documents() -> None:
    text = "a: 1\n---\n- x\n---\napiVersion: v1\nkind: Pod\n"
    assert spans(text) == [("Pod", 5, 6, 2)]


def test_wrong_typed_fields_do_not_crash() -> None:
    text = "apiVersion: v1\nkind: Pod\nmetadata: 5\nspec: [1, 2]\n"
    [pod] = load_manifests(text)
    assert pod.obj["metadata"] == 5
    assert pod.obj["spec"] == [1, 2]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n   bad: x\n", 5),
        ("apiVersion: v1\nkind: Pod\nspec: [a, b\nnext: 1\n", 4),
        ("apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n", 4),
        ("apiVersion: v1\nkind: Pod\nname: 'unterminated\n", 4),
        ("apiVersion: v1\nkind: Pod\na: \x07\n", 3),
        ("apiVersion: v1\nkind: Pod\na: \x00\n", 3),
        ("apiVersion: v1\nkind: Pod\na: \udcff\n", 3),
        ("{{- if .Values.enabled }}\napiVersion: v1\nkind: Pod\n", 1),
    ],
)
def test_syntax_error_reports_its_line(text: str, line: int) -> None:
    with pytest.raises(YamlLoadError) as caught:
        load_manifests(text)
    assert caught.value.line == line
    assert caught.value.message


def test_syntax_error_line_with_crlf() -> None:
    text = "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: a\r\n   bad: x\r\n"
    with pytest.raises(YamlLoadError) as caught:
        load_manifests(text)
    assert caught.value.line == 5


def test_error_is_a_load_error_and_pickles() -> None:
    error = YamlLoadError("boom", 3)
    assert isinstance(error, LoadError)
    assert str(error) == "line 3: boom"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.message, copy.line) == ("boom", 3)


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 10_000 + "]" * 10_000 + "\n",
        "[" * 100_000,  # unterminated too: the bound trips before the end
        "{a: " * 10_000 + "}" * 10_000 + "\n",
        "- " * 10_000 + "x\n",
    ],
    ids=["flow-sequences", "unterminated", "flow-mappings", "block-sequences"],
)
def test_deep_nesting_is_refused(text: str) -> None:
    with pytest.raises(YamlLoadError, match="nesting deeper than 200 levels") as caught:
        load_manifests(text)
    assert caught.value.line == 1


def nested(lists: int) -> str:
    return "apiVersion: v1\nkind: Pod\nx: " + "[" * lists + "]" * lists + "\n"


def test_nesting_at_the_limit_is_accepted() -> None:
    [pod] = load_manifests(nested(199))  # 199 lists in the root mapping: 200 levels
    depth, value = 1, pod.obj["x"]
    while isinstance(value, list):
        depth, value = depth + 1, value[0] if value else None
    assert depth == 200
    with pytest.raises(YamlLoadError, match="nesting deeper than 200 levels"):
        load_manifests(nested(200))


def test_deep_nesting_through_aliases_is_refused() -> None:
    lines = ["apiVersion: v1", "kind: Pod", "a0: &a0 [x]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}]" for i in range(1, 250)]
    with pytest.raises(YamlLoadError, match="nesting deeper than 200 levels"):
        load_manifests("\n".join(lines) + "\n")


def billion_laughs() -> str:
    lines = ["apiVersion: v1", "kind: ConfigMap", "data:"]
    lines.append('  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]')
    for i in range(1, 10):
        lines.append(f"  a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused() -> None:
    with pytest.raises(YamlLoadError, match="alias bomb") as caught:
        load_manifests(billion_laughs())
    assert caught.value.line is not None


def test_bounded_alias_use_is_accepted() -> None:
    text = "\n".join(billion_laughs().splitlines()[:6]) + "\n"  # 10**3 expansions
    [config] = load_manifests(text)
    assert len(config.obj["data"]["a2"]) == 10
    assert config.obj["data"]["a2"][9][9][9] == "lol"


def test_alias_bombs_across_documents_share_one_budget() -> None:
    small_bomb = "\n".join(billion_laughs().splitlines()[:8]) + "\n"  # 10**5 each
    with pytest.raises(YamlLoadError, match="alias bomb"):
        load_manifests("---\n".join([small_bomb] * 20))


def test_only_nodes_added_through_aliases_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kubernetes, "MAX_NODES", 50)
    plain = "apiVersion: v1\nkind: ConfigMap\ndata: [" + ", ".join(["x"] * 200) + "]\n"
    assert len(load_manifests(plain)[0].obj["data"]) == 200
    reused = "apiVersion: v1\nkind: ConfigMap\na: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\n"
    assert len(load_manifests(reused + "b: [*a, *a, *a, *a, *a]\n")[0].obj["b"]) == 5
    with pytest.raises(YamlLoadError, match="more than 50 nodes") as caught:
        load_manifests(reused + "b: [*a, *a, *a, *a, *a,\n  *a]\n")
    assert caught.value.line == 5


@pytest.mark.parametrize(
    "text",
    [
        "apiVersion: v1\nkind: Pod\na: *missing\n",
        "apiVersion: v1\nkind: Pod\na: &a [*a]\n",
    ],
    ids=["undefined", "recursive"],
)
def test_bad_aliases_are_errors(text: str) -> None:
    with pytest.raises(YamlLoadError, match="undefined alias") as caught:
        load_manifests(text)
    assert caught.value.line == 3


def test_anchors_do_not_leak_between_documents() -> None:
    text = "a: &a 1\n---\napiVersion: v1\nkind: Pod\nb: *a\n"
    with pytest.raises(YamlLoadError, match="undefined alias"):
        load_manifests(text)


def test_yaml_1_1_words_stay_strings() -> None:
    words = [
        "NO",
        "No",
        "no",
        "n",
        "N",
        "on",
        "On",
        "off",
        "OFF",
        "yes",
        "Yes",
        "y",
        "Y",
    ]
    text = "apiVersion: v1\nkind: ConfigMap\ndata:\n" + "".join(f"  k{i}: {word}\n" for i, word in enumerate(words))
    [config] = load_manifests(text)
    assert list(config.obj["data"].values()) == words


def test_yaml_1_2_core_scalars() -> None:
    text = """\
apiVersion: v1
kind: ConfigMap
bools: [true, True, TRUE, false, False, FALSE]
nulls: [null, Null, NULL, ~]
empty:
ints: [0, -3, +12, 0755, 0o755, 0x1F]
floats: [1.5, -2e3, .5, 5., 1E-2, .inf, -.Inf, +.INF]
strings: [0b101, 1_000, 1:20, 0x, 0o8, 12abc, 2001-12-14, .5.5, 'true', "12", !!str 7]
block: |
  123
"""
    [config] = load_manifests(text)
    obj = config.obj
    assert obj["bools"] == [True, True, True, False, False, False]
    assert all(type(value) is bool for value in obj["bools"])
    assert obj["nulls"] == [None] * 4
    assert obj["empty"] is None
    assert obj["ints"] == [0, -3, 12, 755, 493, 31]
    assert all(type(value) is int for value in obj["ints"])
    assert obj["floats"] == [
        1.5,
        -2000.0,
        0.5,
        5.0,
        0.01,
        math.inf,
        -math.inf,
        math.inf,
    ]
    assert obj["strings"] == [
        "0b101",
        "1_000",
        "1:20",
        "0x",
        "0o8",
        "12abc",
        "2001-12-14",
        ".5.5",
        "true",
        "12",
        "7",
    ]
    assert obj["block"] == "123\n"


def test_nan_and_huge_integers() -> None:
    huge = "9" * 5000
    [config] = load_manifests(f"apiVersion: v1\nkind: X\nn: .nan\nbig: {huge}\n")
    assert math.isnan(config.obj["n"])
    assert config.obj["big"] == huge


def test_tags_are_plain_data() -> None:
    text = """\
apiVersion: v1
kind: Secret
binary: !!binary aGk=
ref: !Ref bucket
custom: !Custom {a: 1}
seq: !Seq [1, 2]
int: !!int '12'
float: !!float 1
bad: !!int abc
nothing: !!null
bang: ! 12
"""
    [secret] = load_manifests(text)
    assert secret.obj == {
        "apiVersion": "v1",
        "kind": "Secret",
        "binary": "aGk=",
        "ref": "bucket",
        "custom": {"a": 1},
        "seq": [1, 2],
        "int": 12,
        "float": 1.0,
        "bad": "abc",
        "nothing": None,
        "bang": "12",
    }


def test_duplicate_keys_last_wins() -> None:
    text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\nkind: Service\n"
    [obj] = load_manifests(text)
    assert obj.obj == {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "b"}}


def test_non_string_keys() -> None:
    text = """\
apiVersion: v1
kind: ConfigMap
1: one
true: yes
~: nothing
? [a, b]
: dropped
? {a: 1}
: dropped too
k: &k aliased
*k : value
"""
    [config] = load_manifests(text)
    assert config.obj == {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "1": "one",
        "true": "yes",
        "~": "nothing",
        "k": "aliased",
        "aliased": "value",
    }


def test_merge_keys() -> None:
    text = """\
apiVersion: v1
kind: Pod
base: &base {runAsNonRoot: true, privileged: false}
other: &other {privileged: true, readOnlyRootFilesystem: true}
one:
  <<: *base
  privileged: true
two:
  <<: [*other, *base]
quoted:
  "<<": *base
bad:
  <<: 5
"""
    [pod] = load_manifests(text)
    assert pod.obj["one"] == {"runAsNonRoot": True, "privileged": True}
    assert pod.obj["two"] == {
        "privileged": True,
        "readOnlyRootFilesystem": True,
        "runAsNonRoot": True,
    }
    assert pod.obj["quoted"] == {"<<": {"runAsNonRoot": True, "privileged": False}}
    assert pod.obj["bad"] == {"<<": 5}


def test_later_anchor_with_same_name_wins() -> None:
    [pod] = load_manifests("apiVersion: v1\nkind: Pod\na: &x 1\nb: &x 2\nc: *x\n")
    assert pod.obj["c"] == 2


def test_end_line_ignores_trailing_blank_lines_and_comments_in_lists() -> None:
    text = """\
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ConfigMap
  data:
    a: |+
      keep


  # a comment between items
- apiVersion: v1
  kind: Secret
  stringData:
    b: >
      folded
      text

# the end
"""
    assert spans(text) == [("ConfigMap", 4, 8, 0), ("Secret", 12, 17, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "apiVersion: v1\nkind: Pod\n",
        "---\napiVersion: apps/v1\nkind: Deployment\n",
        "# comment\nkind: Service\napiVersion: v1\n",
        '"apiVersion": v1\n"kind": Pod\n',
        '{"apiVersion":"v1","kind":"Pod"}',
        '{\n  "kind": "List",\n  "apiVersion": "v1"\n}\n',
        "a: 1\n---\napiVersion: v1\nkind: Pod\n",
        # Layouts a line regex missed: the prefilter lets them through to the parser.
        "{apiVersion: v1, kind: Pod}\n",
        "  apiVersion: v1\n  kind: Pod\n",
        "? apiVersion\n: v1\n? kind\n: Pod\n",
        '"api\\x56ersion": v1\n"\\u006bind": Pod\n',
        '{"\\u0061piVersion": "v1", "\\u006bind": "Pod"}',
        '? "api\\\n  Version"\n: v1\nkind: Pod\n',
        # Not objects, but only the parser can tell.
        "spec:\n  apiVersion: v1\n  kind: Pod\n",
        "# apiVersion: v1\n# kind: Pod\n",
    ],
)
def test_looks_like_yaml_manifest_positives(text: str) -> None:
    assert looks_like_yaml_manifest(text)


@pytest.mark.parametrize(
    "text",
    [
        "{apiVersion: v1, kind: Pod}\n",
        "  apiVersion: v1\n  kind: Pod\n",
        "? apiVersion\n: v1\n? kind\n: Pod\n",
        '"api\\x56ersion": v1\n"\\u006bind": Pod\n',
        '{"\\u0061piVersion": "v1", "\\u006bind": "Pod"}',
        '? "api\\\n  Version"\n: v1\nkind: Pod\n',
    ],
)
def test_every_layout_the_prefilter_passes_loads_as_a_manifest(text: str) -> None:
    """What kubectl reads as an object, the loader reads as one too, whatever the layout."""
    assert looks_like_yaml_manifest(text)
    assert [(o.obj["apiVersion"], o.obj["kind"]) for o in load_manifests(text)] == [("v1", "Pod")]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "replicaCount: 1\nimage: nginx\n",
        "services:\n  web:\n    image: nginx\n",
        "apiVersion: v1\n",
        "kind: Pod\n",
        '{"name": "package", "version": "1.0.0"}',
        'path: "C:\\\\temp"\n',
    ],
)
def test_looks_like_yaml_manifest_negatives(text: str) -> None:
    assert not looks_like_yaml_manifest(text)
