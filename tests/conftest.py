"""Shared fixtures: a throwaway course, and warm sandbox workers shared by the session.

Starting a worker costs an `import torch` (1-3 s), so the tests share one pool
and pass each job its own limits.
"""

from __future__ import annotations

import dataclasses
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from grader.config import Config, load_config
from grader.grading import Grader, Item, grade_items, open_grader
from grader.results import SubmissionResult
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


def failing(result: SubmissionResult, exercise: str) -> set[str]:
    """Names of the checks of one exercise that did not pass."""
    return {c.name for c in result.exercise(exercise).checks if c.status != "passed"}
