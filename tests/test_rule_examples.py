"""What every rule must have: good and bad examples (run by its own module, tests/rules/test_<ID>.py),
a file named by its id, a profile that runs it, dated sources for the catalog it relies on."""

from __future__ import annotations

from pathlib import Path

from scanner.check.library import all_profiles, all_rules
from scanner.ruledata.bundle import load_yaml, names_in, rules_dir
from tests.helpers import run_sovscan


def test_every_rule_has_good_and_bad_examples() -> None:
    for rule in all_rules().values():
        assert rule.bad, f"{rule.id} has no bad example"
        assert rule.good, f"{rule.id} has no good example"


def test_every_example_folder_is_named_by_its_rule() -> None:
    """rules/examples/<ID>/ holds exactly the folders the rule's `examples:` names, `bad-…`
    under `bad:` and `good-…` under `good:`: a fixture no rule names would never run."""
    examples = rules_dir() / "examples"
    on_disk = {(p.parent.name, p.name) for p in examples.glob("*/*") if p.is_dir()}
    named = set()
    for rule in all_rules().values():
        for kind, listed in (("bad", rule.bad), ("good", rule.good)):
            for example in listed:
                assert example.folder.startswith(f"{kind}-"), f"{rule.id}: {example.folder} is under {kind}:"
                named.add((rule.id, example.folder))
    assert sorted(on_disk - named) == [], "example folders no rule names"
    assert sorted(named - on_disk) == [], "examples named without a folder"
    assert {p.name for p in examples.iterdir()} <= set(all_rules())


def test_explain_shows_the_first_bad_and_good_example_from_their_files() -> None:
    rule = all_rules()["RES003"]
    explained = run_sovscan("explain", "RES003")
    assert explained.returncode == 0, explained.stderr
    for example in (rule.bad[0], rule.good[0]):
        assert f"rules/examples/RES003/{example.folder}/" in explained.stdout
        for text in example.files.values():
            assert all(line in explained.stdout for line in text.splitlines() if line.strip())


def test_rule_and_profile_files_are_named_by_their_id() -> None:
    """The command line checks --select, --ignore and --profile against the file names
    (`scanner.ruledata.bundle.names_in`), without reading the rules."""
    for path in sorted((rules_dir() / "rules").glob("*.yaml")):
        assert load_yaml(path)["id"] == path.stem
    for path in sorted((rules_dir() / "profiles").glob("*.yaml")):
        assert load_yaml(path)["name"] == path.stem
    assert names_in("rules") == set(all_rules()) and names_in("profiles") == set(all_profiles())


def test_every_rule_runs_in_some_profile() -> None:
    enabled = {rule_id for p in all_profiles().values() for rule_id in p.rules}
    assert set(all_rules()) <= enabled


def test_every_rule_has_its_test_module() -> None:
    """Its examples run there, beside the tests of its own behaviour."""
    folder = Path(__file__).parent / "rules"
    modules = {p.stem.removeprefix("test_") for p in folder.glob("test_*.py")}
    assert {m for m in modules if m.isupper()} == set(all_rules())


def _dated(source: object) -> bool:
    """A source a reader can follow and date: a URL and the day it was read."""
    return isinstance(source, dict) and bool(source.get("url")) and bool(source.get("retrieved"))


def test_every_region_list_and_qualification_has_a_dated_source() -> None:
    catalog = rules_dir() / "catalog"
    region_files = sorted((catalog / "regions").glob("*.yaml"))
    assert region_files
    for path in region_files:
        sources = load_yaml(path).get("sources") or []
        assert sources and all(_dated(s) for s in sources), f"{path.name}: region list without a dated source"
    operators = load_yaml(catalog / "operators.yaml")["operators"]
    qualifications = [(key, q) for key, entry in operators.items() for q in entry.get("qualifications") or []]
    assert qualifications
    for key, entry in qualifications:
        sources = entry.get("sources") or []
        where = f"{key} {entry.get('name')}"
        assert sources and all(_dated(s) for s in sources), f"{where}: qualification without a dated source"
