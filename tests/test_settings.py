"""Options → settings in one place (scanner/config/settings.py): the runner asks `settings_from_options`
and builds nothing of the configuration itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.config.settings import ConfigError, settings_from_options
from scanner.runner import ScanOptions
from tests.conftest import write_tree


def test_the_command_line_the_files_and_the_environment_meet_in_one_function(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_tree(tmp_path, {".sovscan.yaml": "fail-on: warning\nexclude: ['old/**']\n", "main.tf": ""})
    monkeypatch.setenv("TF_VAR_region", "eu-west-3")
    monkeypatch.delenv("SOVSCAN_NO_CACHE", raising=False)
    options = ScanOptions(paths=[root], fail_on="note", excludes=("legacy",), var_values=("env= prod",))
    settings = settings_from_options(options, root, root)
    assert settings.config.fail_on == "note"  # the command line wins over the tree's file
    assert settings.config.excludes == ("old/**", "legacy")
    assert settings.var_values == {"env": " prod"}
    assert settings.env_vars == {}  # TF_VAR_* only with --env-vars
    assert settings.use_cache
    assert settings_from_options(options._replace(env_vars=True), root, root).env_vars == {"region": "eu-west-3"}
    monkeypatch.setenv("SOVSCAN_NO_CACHE", "1")
    assert not settings_from_options(options, root, root).use_cache
    with pytest.raises(ConfigError, match="NAME=VALUE"):
        settings_from_options(options._replace(var_values=("=x",)), root, root)
