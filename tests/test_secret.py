"""The seeds of hidden cases: keyed by a secret nobody can guess, generated once per course."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from conftest import DOUBLE_SPEC, Course, GradeFn

from grader import secret
from grader.errors import ConfigError
from grader.plan import plan, tasks_for
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


HIDDEN_LAST = """
id: peek
title: Peek
prompt: Return x * 0.
function: {name: peek, params: [x]}
cases:
  - {name: secret, inputs: {x: {random: normal, shape: [3]}}}
  - {name: public_one, inputs: {x: {tensor: [1.0]}}}
  - {name: public_two, inputs: {x: {tensor: [2.0]}}}
checks:
  - {name: value, target: return, cases: [public_one, public_two]}
  - {name: value_hidden, target: return, cases: [secret], visibility: hidden}
"""

PEEK = '''
import gc
import torch

def peek(x):
    # What has the child been sent that has not run yet? Anything queued ahead sits in the channel's buffer.
    for obj in gc.get_objects():
        if type(obj).__name__ == "Channel" and hasattr(obj, "_pending"):
            if b'"hidden": true' in bytes(obj._pending):
                return x * 0 + 1
    return x * 0
'''


def test_hidden_cases_run_last_and_are_never_sent_ahead(course: Course, grade: GradeFn) -> None:
    course.exercise("peek", HIDDEN_LAST, "def peek(x):\n    return x * 0\n")
    config = course.config
    [ex] = load_exercises(config)
    planned = [t.case for t in plan([ex], "grade", config)]
    assert planned == ["public_one", "public_two", "secret"]  # the hidden case last, whatever the file's order
    r = grade(config, PEEK)
    # Had the hidden task been queued behind the public ones, a public call would have seen it.
    assert r.exercise("peek").status == "passed", [c.message for c in r.exercise("peek").checks]


def test_a_worker_never_builds_hidden_inputs_before_the_case_runs() -> None:
    from grader import inputs

    hidden = {"id": "e/secret", "hidden": True, "args": [["x", {"kind": "random", "dist": "normal", "shape": [3], "seed": 5, "dtype": "float32", "requires_grad": False}]]}
    public = {"id": "e/open", "args": [["x", {"kind": "random", "dist": "normal", "shape": [3], "seed": 6, "dtype": "float32", "requires_grad": False}]]}
    prepared: dict = {}
    inputs.prepare([hidden, public], prepared)
    assert ("e/open", "x") in prepared and ("e/secret", "x") not in prepared
