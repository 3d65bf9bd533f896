"""The seeds of hidden cases: keyed by a secret nobody can guess, generated once per course."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from conftest import DOUBLE_SPEC, Course
from grader import secret
from grader.errors import ConfigError
from grader.plan import tasks_for
from grader.spec import load_exercises


def test_a_course_without_a_key_gets_128_random_bits_once(tmp_path: Path) -> None:
    first = secret.key_text(tmp_path, None)
    assert len(first) == 32 and int(first, 16) >= 0
    assert secret.key_text(tmp_path, None) == first  # kept, not drawn again
    mode = stat.S_IMODE((tmp_path / secret.SECRET_FILE).stat().st_mode)
    assert mode == 0o600  # the owner's alone
    other = tmp_path / "other"
    other.mkdir()
    assert secret.key_text(other, None) != first


def test_an_explicit_key_wins(tmp_path: Path) -> None:
    assert secret.key_text(tmp_path, "a long random string") == "a long random string"
    assert not (tmp_path / secret.SECRET_FILE).exists()


def test_a_truncated_secret_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / secret.SECRET_FILE).write_text("2026\n")
    with pytest.raises(ConfigError, match="too short"):
        secret.key_text(tmp_path, None)


def test_a_course_folder_where_no_secret_can_be_written_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="set hidden_seed in config.yaml"):
        secret.key_text(tmp_path / "no" / "such" / "folder", None)


SPEC = DOUBLE_SPEC.replace(
    "  - {name: simple, inputs: {x: {tensor: [1.0, 2.0]}}}", "  - {name: simple, inputs: {x: {random: normal, shape: [2]}}}"
)


def test_hidden_seeds_depend_on_the_key_and_public_ones_do_not(course: Course) -> None:
    course.exercise("double", SPEC, "def double(x):\n    return 2 * x\n")

    def seeds(key: str) -> dict[str, int]:
        course.settings["hidden_seed"] = key
        config = course.config
        [ex] = load_exercises(config)
        return {t.case: t.args[0][1]["seed"] for t in tasks_for(ex, "grade", config) if "seed" in t.args[0][1]}

    one, two = seeds("first key"), seeds("second key")
    assert one["secret"] != two["secret"]
    assert one == seeds("first key")
    assert one["secret"] == secret.hidden_seed(b"first key", "double", "secret", "x") and 0 <= one["secret"] < 2**63
    # Public cases: students rebuild them from the names alone, whatever the key.
    assert one["simple"] == two["simple"] == secret.public_seed("double", "simple", "x")



def test_a_leaked_hidden_seed_does_not_reveal_the_others() -> None:
    # The old scheme was an unkeyed hash of a date: any seed gave the date back in a fraction of a second.
    key = bytes.fromhex("00112233445566778899aabbccddeeff")
    leaked = secret.hidden_seed(key, "double", "secret", "x")
    guesses = {secret.hidden_seed(str(day).encode(), "double", "secret", "x") for day in range(20260101, 20261232)}
    assert leaked not in guesses
