"""Shared fixtures: a throwaway course, and warm sandbox workers shared by the session.

Starting a worker costs an `import torch` (1-3 s), so the tests share one pool
and pass each job its own limits.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from grader.batch import Item, grade_items
from grader.config import Config, load_config
from grader.grading import Grader, open_grader
from grader.results import CheckResult, ExerciseResult, SubmissionResult
from grader.sandbox.worker import WorkerPool

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def pool() -> Iterator[WorkerPool]:
    with WorkerPool(2) as p:
        yield p


@pytest.fixture(scope="session")
def repo_config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """The real course, with its reference cache in a temporary folder."""
    config = load_config(REPO / "config.yaml")
    return dataclasses.replace(config, cache_dir=tmp_path_factory.mktemp("cache"))


DOUBLE_SPEC = """
id: double
title: Double it
prompt: Return 2 x.
function: {name: double, params: [x]}
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, 2.0]}}}
  - {name: secret, inputs: {x: {random: normal, shape: [5]}}}
checks:
  - {name: value, target: return, cases: [simple], points: 2}
  - {name: value_hidden, target: return, cases: [secret], visibility: hidden, points: 3}
"""
"""A one-exercise course for batch tests: a public check and a hidden one."""

DOUBLE_ONE_CASE = """
id: double
title: Double
prompt: Return 2x.
function: {name: double, params: [x]}
cases:
  - name: small
    inputs: {x: {tensor: [1.0, 2.0]}}
checks:
  - {name: value, target: return}
"""
"""The smallest exercise: one public case, one check (sandbox and containment tests)."""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


class Course:
    """A course folder built by a test: config, exercises, solutions."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.settings: dict = {"hidden_seed": 7, "limits": {"call_seconds": 2, "cell_seconds": 5, "submission_seconds": 30}}
        (root / "exercises").mkdir(parents=True, exist_ok=True)
        (root / "solutions").mkdir(parents=True, exist_ok=True)

    def exercise(self, ex_id: str, spec: str, solution: str) -> None:
        write(self.root / "exercises" / f"{ex_id}.yaml", spec)
        write(self.root / "solutions" / f"{ex_id}.py", solution)

    def file(self, relative: str, text: str) -> Path:
        return write(self.root / relative, text)

    @property
    def config(self) -> Config:
        (self.root / "config.yaml").write_text(yaml.safe_dump(self.settings), encoding="utf-8")
        return load_config(self.root / "config.yaml")


@pytest.fixture
def course(tmp_path: Path) -> Course:
    return Course(tmp_path / "course")


GradeFn = Callable[..., SubmissionResult]


def check_named(exercise: ExerciseResult, name: str) -> CheckResult:
    """One check's result in an exercise's."""
    return next(c for c in exercise.checks if c.name == name)


@pytest.fixture
def grade(pool: WorkerPool, tmp_path: Path) -> GradeFn:
    """Grade one submission (a path, or source text written to a .py file)."""

    def run(config: Config, submission: Path | str, *, mode: str = "grade", grader: Grader | None = None) -> SubmissionResult:
        if isinstance(submission, str):
            submission = write(tmp_path / "submission.py", submission)
        g = grader or open_grader(config, mode=mode)  # type: ignore[arg-type]
        [(_, result)] = list(grade_items([Item(key="0", path=submission, grader=g)], pool=pool))
        return result

    return run


def grade_exercise(config: Config, pool: WorkerPool, path: Path, exercise: str) -> ExerciseResult:
    """Grade one file on one exercise of ``config``'s course (a hostile round's pack file, one at a time)."""
    grader = open_grader(config, mode="grade", only=[exercise])
    [(_key, result)] = list(grade_items([Item(key=path.name, path=path, grader=grader)], pool=pool))
    return result.exercise(exercise)


def assert_fair(ex: ExerciseResult, score: float, *, held: bool = False) -> None:
    """An attack's verdict is its fair one: its fair score, held for review exactly where its fair verdict says so."""
    assert ex.score == score, [(c.name, c.status, c.points, c.recognised, c.message) for c in ex.checks]
    assert (ex.review is not None) == held, ex.review


def failing(result: SubmissionResult, exercise: str) -> set[str]:
    """Names of the checks of one exercise that did not pass."""
    return {c.name for c in result.exercise(exercise).checks if c.status != "passed"}


def validation_course(course: Course) -> Course:
    """Three exercises for ``grader validate`` and the pytest plugin, one fair and two not.

    - ``twice``: fair: three alternatives with full marks, null submissions
      earn nothing, its one surviving mutant declared equivalent with a reason;
    - ``double``: a surviving mutant (``mutate_input@3``), an ``equivalent``
      declaration naming no mutant, a flag check null submissions pass (a free
      check: it counts only beside work), an "alternative" that loses points
      (``times_three.py``);
    - ``mean_grad``: no alternatives folder, and an author hint whose evidence
      a sum-for-a-mean mutant produces, naming the wrong mistake (``sign``).
    """
    twice = textwrap.dedent(
        """
    id: {id}
    title: Twice
    prompt: Return y = 2 x.
    function: {{name: {id}, params: [x]}}
    cases:
      - {{name: simple, inputs: {{x: {{tensor: [1.0, 2.0]}}}}}}
      - {{name: secret, inputs: {{x: {{random: normal, shape: [5]}}}}}}
    checks:
      - {{name: value, target: return, cases: [simple], points: 2}}
      - {{name: value_hidden, target: return, cases: [secret], visibility: hidden, points: 3}}
    """
    )
    solution = "def {id}(x):\n    y = x + x\n    return y\n"
    course.exercise(
        "twice",
        twice.format(id="twice")
        + 'equivalent:\n  - {mutant: "mutate_input@3", reason: "the prompt does not forbid changing x once y is computed"}\n',
        solution.format(id="twice"),
    )
    course.exercise(
        "double",
        twice.format(id="double")
        # A flag a do-nothing answer has too, with no `requires`: a free check, counted only beside work.
        + "  - {name: x_untracked, target: x.requires_grad, cases: [simple], points: 1}\n"
        + 'equivalent:\n  - {mutant: "flip_sign@9", reason: "a line the solution no longer has"}\n',
        solution.format(id="double"),
    )
    for ex_id, bodies in (("twice", ("2 * x", "torch.mul(x, 2)", "x * 2.0")), ("double", ("2 * x", "torch.mul(x, 2)", "3 * x"))):
        for name, body in zip(("times_two", "mul", "scaled" if ex_id == "twice" else "times_three"), bodies):
            course.file(f"solutions/alternatives/{ex_id}/{name}.py", f"import torch\n\n\ndef {ex_id}(x):\n    return {body}\n")
    course.exercise(
        "mean_grad",
        """
        id: mean_grad
        title: Reduce, then backward
        prompt: Reduce x to one number, call backward() on it, and return it.
        function: {name: mean_grad, params: [x], returns: out}
        cases:
          - {name: three, inputs: {x: {tensor: [1.0, 2.0, 3.0], requires_grad: true}}}
        checks:
          - name: out_value
            target: out
            hint:
              # Evidence a sum-for-a-mean mutant produces (3 elements: 3x too large), named as a sign error.
              text: Check the sign of your result.
              mistake: sign
              when: {ratio: 3}
          - {name: x_grad, target: x.grad}
        """,
        "def mean_grad(x):\n    out = x.mean()\n    out.backward()\n    return out\n",
    )
    return course


def run_grader(course: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m grader --config COURSE/config.yaml ARGS`` as an instructor runs it (this checkout's grader), its
    return code checked: a hostile batch (names, symlinks) must never stop the command."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.run(
        [sys.executable, "-m", "grader", "--config", str(course / "config.yaml"), *args],
        capture_output=True, text=True, env=env, timeout=600, cwd=cwd,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run
