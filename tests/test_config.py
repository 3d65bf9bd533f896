"""config.yaml: defaults, overrides and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.config import Config, find_config, load_config, parse_config
from grader.errors import ConfigError


def test_defaults_when_empty(tmp_path: Path) -> None:
    config = parse_config({}, root=tmp_path)
    assert config.exercises_dir == tmp_path / "exercises"
    assert config.limits.call_seconds == Config(root=tmp_path).limits.call_seconds
    assert config.tolerance("float64").rtol == 1e-7


def test_overrides_and_relative_paths(tmp_path: Path) -> None:
    config = parse_config(
        {"exercises_dir": "ex", "limits": {"call_seconds": 3}, "tolerances": {"float32": {"rtol": 1e-4}}},
        root=tmp_path,
    )
    assert config.exercises_dir == (tmp_path / "ex").resolve()
    assert config.limits.call_seconds == 3
    assert config.tolerance("float32").rtol == 1e-4
    assert config.tolerance("float32").atol == 1e-5  # untouched half keeps its default


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"limits": {"call_secs": 3}}, "limits.call_secs: unknown key"),
        ({"limits": {"call_seconds": "fast"}}, "limits.call_seconds: expected a number"),
        ({"tolerances": {"float8": {"rtol": 1}}}, "tolerances.float8: unknown dtype"),
        ({"workers": -1}, "workers: must be at least 0"),
        ({"coarse": "x"}, "coarse: unknown key"),
    ],
)
def test_bad_values_are_named(tmp_path: Path, data: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(data, root=tmp_path)


def test_found_in_a_parent_folder(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("course: Test\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "config.yaml"
    assert load_config(tmp_path / "config.yaml").course == "Test"


def test_missing_config_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GRADER_CONFIG", raising=False)
    with pytest.raises(ConfigError, match="--config"):
        find_config(tmp_path)


def test_broken_yaml(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("limits: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(path)
