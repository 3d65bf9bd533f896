"""Held for review: an exercise right on every public case and wrong on every hidden one earns nothing until a person reads it."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest
from conftest import Course, GradeFn, write

from grader.commands import grade
from grader.export import grades_csv, summary_html
from grader.export.data import load
from grader.gradebook import Gradebook
from grader.sandbox.worker import WorkerPool
from grader.spec import load_exercises

DOUBLE = """
id: double
title: Double it
prompt: Return 2 x.
function: {name: double, params: [x]}
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, 2.0]}}}
  - {name: other, inputs: {x: {tensor: [-1.0, 0.5, 3.0]}}}
  - {name: secret, inputs: {x: {random: normal, shape: [5]}}}
checks:
  - {name: value, target: return, cases: [simple, other], points: 2}
  - {name: value_hidden, target: return, cases: [secret], visibility: hidden, points: 3}
"""
RIGHT = "import torch\n\ndef double(x):\n    return x * 2\n"
# The public examples' answers, behind a computation of x: no fact of the run tells it from an honest method.
WRITTEN_IN = (
    "import torch\n\n_ANSWERS = {(1.0, 2.0): [2.0, 4.0], (-1.0, 0.5, 3.0): [-2.0, 1.0, 6.0]}\n\n"
    "def double(x):\n    return x * 0 + torch.tensor(_ANSWERS.get(tuple(x.tolist()), [0.0] * len(x)))\n"
)
# Wrong on the public cases too: an honest mistake, graded as such, never held.
WRONG = "import torch\n\ndef double(x):\n    return x * 3\n"


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    c = Course(tmp_path_factory.mktemp("review") / "course")
    c.exercise("double", DOUBLE, RIGHT)
    return c


@pytest.fixture(scope="module")
def book(course: Course, pool: WorkerPool) -> Path:
    folder = course.root.parent / "class"
    for student, code in {"ann": RIGHT, "ben": WRITTEN_IN, "cy": WRONG}.items():
        write(folder / f"{student}_hw.py", code)
    config = dataclasses.replace(course.config, intake=dataclasses.replace(course.config.intake, student_patterns=("<student>_hw.py",)))
    book = course.root.parent / "gradebook.sqlite"
    out = io.StringIO()
    assert grade.main(config, [folder], gradebook=book, pool=pool, out=out, err=io.StringIO(), interactive=False) == 0
    # The run's last lines say it, and who, as they do for errors and timeouts.
    assert "0 errors, 0 timeouts, 1 held for review" in out.getvalue()
    assert "ben: " in out.getvalue() and "double: held for review" in out.getvalue()
    return book


def _rows(course: Course, book: Path) -> dict[str, dict[str, str]]:
    with Gradebook(book) as gb:
        data = load(gb, course="c", catalog={e.id: e for e in load_exercises(course.config)})
        return {row["student"]: row for row in csv.DictReader(io.StringIO(grades_csv.render(data)))}


def test_answers_right_on_the_examples_only_are_held_for_review(course: Course, book: Path) -> None:
    rows = _rows(course, book)
    assert (rows["ann"]["status"], rows["ann"]["total"]) == ("graded", "5")
    assert (rows["cy"]["status"], rows["cy"]["total"]) == ("graded", "0")
    held = rows["ben"]
    assert (held["status"], held["total"]) == ("review", "0")
    assert "double: right on every public case and wrong on every hidden one" in held["reason"]
    with Gradebook(book) as gb:
        data = load(gb, course="c", catalog={e.id: e for e in load_exercises(course.config)})
        result = next(row.result for row in data.rows() if row.student == "ben")
        page = summary_html.render(data)
    assert result is not None
    [value] = [c for c in result.exercise("double").checks if c.name == "value"]
    assert value.status == "failed" and "held for review" in value.message
    assert "need review" in page and "needs review" in page


def test_an_override_on_the_exercise_settles_the_review(course: Course, book: Path) -> None:
    with Gradebook(book) as gb:
        made = gb.add_override("ben", reason="read the code: the examples' answers typed in", points=0.0, exercise="double")
    try:
        ben = _rows(course, book)["ben"]
        assert (ben["status"], ben["total"]) == ("graded", "0") and "read the code" in ben["overrides"]
    finally:
        with Gradebook(book) as gb:
            gb.remove_override(made.id)
    assert _rows(course, book)["ben"]["status"] == "review"


PAIR = """
id: pair
title: Twice and thrice
prompt: Return (2 x, 3 x).
function: {name: pair, params: [x]}
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, 2.0]}}}
  - {name: other, inputs: {x: {tensor: [-1.0, 0.5, 3.0]}}}
  - {name: secret, inputs: {x: {random: normal, shape: [5]}}}
  - {name: secret_small, inputs: {x: {random: normal, shape: [4]}}}
checks:
  - {name: twice, target: "return[0]", cases: [simple, other], hidden_cases: [secret, secret_small], points: 2}
  - {name: thrice, target: "return[1]", cases: [simple, other], hidden_cases: [secret, secret_small], points: 2}
"""


def test_a_target_wrong_on_hidden_cases_only_because_the_call_raised_there_is_not_held(tmp_path: Path, grade: GradeFn) -> None:
    """One target right on every public case and failed on every hidden one is held (typed in beside honest work),
    unless those hidden failures are the call raising for another mistake: they say nothing of that target's values.
    A call that raised on every hidden case and on no public one is held all the same: it is fitted to the examples."""
    course = Course(tmp_path / "pair_course")
    course.exercise("pair", PAIR, "def pair(x):\n    return x * 2, x * 3\n")
    raising = "def pair(x):\n    if x.numel() > 4:\n        raise ValueError('too long')\n    return x * 2, x * 4\n"
    result = grade(course.config, raising).exercise("pair")
    assert result.review is None
    assert {c.name: c.status for c in result.checks} == {"twice": "passed", "thrice": "failed", "twice_hidden": "failed", "thrice_hidden": "failed"}
    assert result.score == 2
    # The same target typed in, the call running everywhere: held.
    typed = (
        "import torch\n\n_T = {2: [2.0, 4.0], 3: [-2.0, 1.0, 6.0]}\n\n"
        "def pair(x):\n    return x * 0 + torch.tensor(_T.get(x.numel(), [0.0] * x.numel())), x * 4\n"
    )
    assert grade(course.config, typed).exercise("pair").review is not None
    # Raising on every hidden case and on no public one, whatever the reason: held.
    fitted = "def pair(x):\n    if x.numel() > 3:\n        raise ValueError('too long')\n    return x * 2, x * 4\n"
    assert grade(course.config, fitted).exercise("pair").review is not None


def test_a_hidden_failure_rebuilt_from_the_right_values_is_no_sign_of_answers_written_in() -> None:
    """A float32 computation right on the example by luck and out of tolerance on hidden cases (fresh clones' secrets
    held six honest finite_difference_check answers): its hidden values are the right ones with precision lost, which
    no answer written in for the examples gives."""
    from grader import checks as checks_mod
    from grader.results import CheckResult

    public = [CheckResult(name="fd", status="passed", points=2, max_points=2, message="ok")]
    near = CheckResult(name="fd_hidden", status="failed", points=0, max_points=2, message="off", visibility="hidden", recognised=True)
    assert not checks_mod._right_on_examples_only((public, [near]))
    assert checks_mod._right_on_examples_only((public, [dataclasses.replace(near, recognised=False)]))



FOURFOLD = '''"""Four times x where the prompt triples it.

fails: thrice, thrice_hidden
description: multiplies x by 4 for the second entry instead of 3
mistakes: operation
"""


def pair(x):
    return x * 2, x * 4
'''


FOURFOLD_ON_LONG = '''"""Four times x where the prompt triples it, on inputs of four entries or more.

fails: thrice_hidden
description: multiplies x by 4 for the second entry of a long input instead of 3
mistakes: operation
"""


def pair(x):
    return x * 2, x * (4 if x.numel() >= 4 else 3)
'''


def test_a_known_mistake_on_the_hidden_case_where_the_call_returned_is_work_when_it_raised_on_the_other(tmp_path: Path, grade: GradeFn) -> None:
    """The hold runs a target's hidden check again on the cases where the call returned. There, as in the first run,
    values equal to an author's wrong solution on every case computed that case: an answer raising on one hidden case
    and making the known mistake on the other did the work, and its target is not held (the re-run once left the
    known mistakes out). The first entry, wrong on every case, keeps the whole exercise from being held.

    Since hostile round 24, only a mistake that does not show on the public examples counts so (one method may make
    it on a longer input and not on the examples); one whose own run is wrong on the examples, where the answer is
    right, is no sign of one method, and the target is held (``checks.shows_on_examples``)."""
    answer = "def pair(x):\n    if x.numel() == 5:\n        raise ValueError('five')\n    return x * 5, x * (4 if x.numel() == 4 else 3)\n"
    course = Course(tmp_path / "known_course")
    course.exercise("pair", PAIR, "def pair(x):\n    return x * 2, x * 3\n")
    course.file("solutions/wrong/pair/fourfold_on_long.py", FOURFOLD_ON_LONG)
    result = grade(course.config, answer).exercise("pair")
    assert result.review is None
    assert {c.name: c.status for c in result.checks} == {"twice": "failed", "thrice": "passed", "twice_hidden": "failed", "thrice_hidden": "failed"}
    assert result.score == 2
    shown = Course(tmp_path / "shown_course")
    shown.exercise("pair", PAIR, "def pair(x):\n    return x * 2, x * 3\n")
    shown.file("solutions/wrong/pair/fourfold.py", FOURFOLD)
    held = grade(shown.config, answer).exercise("pair")
    assert held.review is not None and held.score == 0
