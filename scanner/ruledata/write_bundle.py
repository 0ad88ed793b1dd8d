"""Write `scanner/ruledata/rules_bundle.json`, the rule data bundle shipped in the package, from
the YAML under `rules/`: `python -m scanner.ruledata.write_bundle` after editing a rule file
(tests/test_rules_bundle.py fails until it is run; until then scans parse the YAML)."""

from __future__ import annotations

from scanner.ruledata.bundle import SHIPPED_BUNDLE, bundle_bytes


def main() -> None:
    SHIPPED_BUNDLE.write_bytes(bundle_bytes())
    print(f"wrote {SHIPPED_BUNDLE}")


if __name__ == "__main__":
    main()
