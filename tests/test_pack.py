"""The exercise pack as shipped: every exercise valid, every wrong solution caught.

This is `grader validate` over the whole course, run in CI, so a change to
the grader (a hint reworded, a comparison changed) that stops an exercise
from catching its mistakes fails here.
"""

from __future__ import annotations

from grader.config import Config
from grader.spec import scan_exercises
from grader.validate import validate


def test_the_pack_is_large_and_every_exercise_ships_wrong_solutions(repo_config: Config) -> None:
    exercises, errors = scan_exercises(repo_config)
    assert not errors
    assert len(exercises) >= 22
    thin = [ex.id for ex in exercises if len(ex.mistakes) < 2]
    assert not thin, f"exercises with fewer than two wrong solutions: {thin}"
    styles = {ex.kind for ex in exercises}
    assert styles == {"function", "variables"}  # both styles are used
    hidden = [ex.id for ex in exercises if ex.kind == "function" and not any(c.visibility == "hidden" for c in ex.checks)]
    assert not hidden, f"function exercises without hidden checks: {hidden}"


def test_validate_passes_over_the_whole_pack(repo_config: Config) -> None:
    report = validate(repo_config, jobs=2)
    assert not report.file_errors
    problems = {er.id: er.problems for er in report.exercises if er.problems}
    assert not problems
    uncaught = [f"{er.id}: {m.file}: {m.detail}" for er in report.exercises for m in er.mistakes if not m.caught]
    assert not uncaught
    for er in report.exercises:
        assert er.reference_score == er.max_score, er.id
    assert report.ok
