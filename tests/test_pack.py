"""The exercise pack as shipped: every exercise valid, every wrong solution caught.

This is `grader validate` over the whole course, run in CI, so a change to
the grader (a hint reworded, a comparison changed) that stops an exercise
from catching its mistakes fails here.

`grader validate` also proves each exercise fair: correct alternatives earn
full marks, null submissions earn nothing, mutants of the reference lose
points (or are declared equivalent with a reason) with hints that name their
mistake.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from grader.alternatives import wrong_solutions
from grader.config import Config
from grader.spec import scan_exercises
from grader.validate import ValidationReport, validate

sys.path.insert(0, str(Path(__file__).resolve().parent / "fairness"))

from measure import FAIRNESS_KEY  # noqa: E402


@pytest.fixture(scope="module")
def report(repo_config: Config) -> ValidationReport:
    """The pack validated with the fairness corpora's fixed key for the hidden cases: a clone's own secret draws other
    hidden inputs, and one borderline draw in a CI clone named a mutant's mistake wrongly (a row clipped to 1
    throughout); ``grader validate`` under a course's secret, and sweeps of drawn keys, find such draws."""
    return validate(dataclasses.replace(repo_config, hidden_seed=FAIRNESS_KEY), jobs=2)


def test_the_pack_is_large_and_every_exercise_ships_wrong_solutions(repo_config: Config) -> None:
    exercises, errors = scan_exercises(repo_config)
    assert not errors
    assert len(exercises) >= 22
    thin = [ex.id for ex in exercises if len(wrong_solutions(repo_config, ex)) < 2]
    assert not thin, f"exercises with fewer than two wrong solutions: {thin}"
    styles = {ex.kind for ex in exercises}
    assert styles == {"function", "variables"}  # both styles are used
    hidden = [ex.id for ex in exercises if ex.kind == "function" and not any(c.visibility == "hidden" for c in ex.checks)]
    assert not hidden, f"function exercises without hidden checks: {hidden}"


def test_every_reference_is_sound_and_every_wrong_solution_is_caught(report: ValidationReport) -> None:
    assert not report.file_errors
    problems = {er.id: er.problems for er in report.exercises if er.problems}
    assert not problems
    uncaught = [f"{er.id}: {m.file}: {m.detail}" for er in report.exercises for m in er.mistakes if not m.caught]
    assert not uncaught
    for er in report.exercises:
        assert er.reference_score == er.max_score, er.id
        # Everything else was graded: null submissions and mutants exist for every exercise.
        assert er.nulls and er.mutants, er.id
    stale = [s for er in report.exercises for s in er.stale]
    assert not stale  # a declaration of an equivalent mutant names one that exists


def test_validate_passes_over_the_whole_pack(report: ValidationReport) -> None:
    figures = report.figures()
    assert (figures.hints_right, figures.killed) == (figures.hints, figures.mutants)  # precision 100%, every mutant killed
    assert report.ok
