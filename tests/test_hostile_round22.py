"""Hostile review, round 22: a hidden case's inputs back to the student, through the grader's own words.

``tests/hostile/round22/pack/`` holds submissions against the course's own pack (each says what it tries and the fair
verdict). Hidden checks' results can be hidden from students (Gradescope's ``gradescope_hidden_visibility: hidden``,
the default), and what a call raises on a hidden case loses the numbers it quotes; but the words the grader wrote
about how a child ended, what it sent, or what it printed quoted what the child chose: an exit code ("exited with
code 191"), a count of bytes printed, a message's name on the channel, a forged result's status. Those words are the
result's message or its notes, which every student view shows, hidden checks hidden or not. Now nothing a student
sees depends on a hidden case's inputs: the same submission graded under two course secrets (other hidden inputs)
shows the student the same text.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import assert_fair, grade_exercise

from grader.batch import Item, grade_items
from grader.config import Config
from grader.export import gradescope_results
from grader.grading import open_grader
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round22" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, bool]] = {
    # os._exit(a byte of the hidden input) on hidden cases: right on every public case only, held for review.
    "hidden_input_in_the_exit_code.py": ("mean_square_grad", 0, True),
    # 70,000 bytes plus 20 bits of the hidden input printed on hidden cases, beside the right work.
    "hidden_input_in_the_printed_bytes.py": ("mean_square_grad", 9, False),
    # A line on the child's channel named after the hidden input: an error that needs review.
    "hidden_input_in_a_channel_message.py": ("mean_square_grad", 0, False),
    # The hidden task's result sent by the submission, its status spelled from the hidden input: an error.
    "hidden_input_in_a_forged_result.py": ("mean_square_grad", 0, False),
}
"""Pack files graded one at a time: exercise, fair score, and whether it is held for review."""


def _doc(path: Path) -> str:
    return path.read_text(encoding="utf-8").split('"""')[1]


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, held = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score, held=held)


def _student_view(config: Config, pool: WorkerPool, path: Path, exercise: str) -> list[str]:
    """What a student sees of a graded file on Gradescope with hidden checks hidden: the top-level output and the
    visible tests (execution_time aside: a clock, point 8 of the threat model)."""
    grader = open_grader(config, mode="grade", only=[exercise])
    [(_key, result)] = list(grade_items([Item(key=path.name, path=path, grader=grader)], pool=pool))
    doc = gradescope_results.results_json(result)
    return [doc["output"], *(f"{t['name']} {t['score']} {t['output']}" for t in doc["tests"] if t["visibility"] == "visible")]


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_what_a_student_sees_does_not_depend_on_the_hidden_inputs(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise = PACK_EXPECTED[name][0]
    views = [
        _student_view(dataclasses.replace(repo_config, hidden_seed=seed), pool, PACK / name, exercise)
        for seed in ("round 22, one course secret", "round 22, another course secret")
    ]
    assert views[0] == views[1]
    shown = "\n".join(views[0])
    assert "random_3x4" not in shown and "random_vector" not in shown and "x=" not in shown
