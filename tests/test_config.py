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


# -- assignments, due dates, late policy -------------------------------------------


def test_assignments_with_due_dates_and_their_own_gradebooks(tmp_path: Path) -> None:
    import datetime as dt

    config = parse_config(
        {
            "timezone": "Europe/Paris",
            "late_policy": {"per_day": 10, "cap": 50},
            "roster": "class.csv",
            "assignments": {
                "hw1": {"exercises": ["a", "b"], "due": "2025-03-07 23:59", "title": "Homework 1"},
                "hw2": {"exercises": ["c"], "due": "2025-03-14", "late_policy": {"grace_minutes": 30}, "gradebook": "books/two.sqlite"},
            },
        },
        root=tmp_path,
    )
    hw1, hw2 = config.assignment("hw1"), config.assignment("hw2")
    assert hw1.exercises == ("a", "b") and hw1.title == "Homework 1"
    assert hw1.due == dt.datetime(2025, 3, 7, 23, 59, tzinfo=config.zone())
    assert hw1.due.utcoffset() == dt.timedelta(hours=1)
    assert hw1.gradebook == tmp_path / "gradebooks" / "hw1.sqlite" and hw1.roster == (tmp_path / "class.csv").resolve()
    # A date alone is the end of that day; an assignment's policy starts from the course's.
    assert (hw2.due.hour, hw2.due.minute) == (23, 59)
    assert (hw2.late_policy.per_day, hw2.late_policy.cap, hw2.late_policy.grace_minutes) == (10, 50, 30)
    assert hw2.gradebook == (tmp_path / "books/two.sqlite").resolve()
    with pytest.raises(ConfigError, match=r"no assignment 'hw3' \(known: hw1, hw2\)"):
        config.assignment("hw3")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"timezone": "Mars/Olympus"}, "timezone: unknown time zone 'Mars/Olympus'"),
        ({"assignments": {"hw1": {"exercises": []}}}, "assignments.hw1.exercises: needs at least one exercise"),
        ({"assignments": {"hw1": {"exercises": ["a", "a"]}}}, "lists an exercise twice"),
        ({"assignments": {"hw1": {"exercises": ["a"], "due": "next friday"}}}, "assignments.hw1.due: expected a date and time"),
        ({"assignments": {"hw1": {"exercises": ["a"], "due": "2025-02-30 10:00"}}}, "not a real date and time"),
        ({"assignments": {"hw 1": {"exercises": ["a"]}}}, "used in file names"),
        ({"assignments": {"hw1": {"exercises": ["a"], "dew": "2025-03-01"}}}, "assignments.hw1.dew: unknown key"),
        ({"late_policy": {"per_day": 150}}, "percentages of the score"),
        ({"late_policy": {"perday": 10}}, "late_policy.perday: unknown key"),
        ({"intake": {"times": ["mtime"]}}, "intake.times\\[0\\]: expected name, archive or file"),
    ],
)
def test_bad_assignment_settings_are_named(tmp_path: Path, data: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(data, root=tmp_path)


def test_due_dates_with_an_offset_keep_it(tmp_path: Path) -> None:
    import datetime as dt

    from grader.config import parse_due

    zone = parse_config({"timezone": "America/New_York"}, root=tmp_path).zone()
    assert parse_due("2025-03-07T23:59-08:00", zone).utcoffset() == dt.timedelta(hours=-8)
    assert parse_due("2025-03-07 9:05Z", zone) == dt.datetime(2025, 3, 7, 9, 5, tzinfo=dt.timezone.utc)
    assert parse_due(dt.date(2025, 3, 7), zone) == dt.datetime(2025, 3, 7, 23, 59, 59, tzinfo=zone)


def test_the_shipped_config_reads(tmp_path: Path) -> None:
    config = load_config(Path(__file__).resolve().parent.parent / "config.yaml")
    assert config.timezone and config.late_policy.cap <= 100
    for a in config.assignments.values():
        assert a.exercises and a.gradebook.name == f"{a.name}.sqlite"


def test_the_shipped_assignments_name_real_exercises() -> None:
    from grader.config import DEFAULT_STUDENT_PATTERNS
    from grader.spec import load_exercises

    config = load_config(Path(__file__).resolve().parent.parent / "config.yaml")
    assert config.intake.student_patterns == DEFAULT_STUDENT_PATTERNS  # the file shows the defaults
    listed = [i for a in config.assignments.values() for i in a.exercises]
    assert len(set(listed)) == len(listed) and set(listed) <= {e.id for e in load_exercises(config)}
