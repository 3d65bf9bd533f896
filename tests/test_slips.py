"""Slips of the reference's formula (grader/slips.py): what they are, and the credit they give a student."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader import slips as slips_mod
from grader.batch import Item, grade_items
from grader.config import Config
from grader.grading import open_grader
from grader.results import ExerciseResult
from grader.sandbox.worker import WorkerPool

HERE = Path(__file__).resolve().parent / "slips"


def test_numbers_signs_and_powers_of_a_formula() -> None:
    found = slips_mod.slips("def f(x):\n    return (3 * (x + 2) ** 2).mean()\n")
    bodies = {(s.kind, s.source.splitlines()[1].strip()) for s in found}
    assert ("sign", "return (3 * (x - 2) ** 2).mean()") in bodies
    assert ("power", "return (3 * (x + 2) * 2).mean()") in bodies
    for changed in ("4", "6", "1.5", "1"):
        assert ("number", f"return ({changed} * (x + 2) ** 2).mean()") in bodies
    assert ("number", "return (3 * (x + 2) ** 3).mean()") in bodies
    assert not any("0 *" in body or "** 0" in body for _kind, body in bodies)  # a term multiplied away is no slip
    assert len({s.source for s in found}) == len(found)


def test_indices_and_unparsable_text_give_no_slip() -> None:
    assert slips_mod.slips("def f(x):\n    return x[len(x) - 1]\n") == []
    assert slips_mod.slips("def f(x:\n") == []
    many = "def f(x):\n    return " + " + ".join(f"{i + 2} * x" for i in range(20)) + "\n"
    found = slips_mod.slips(many)
    assert len(found) == slips_mod.MAX_SLIPS and found[0].kind == "sign"  # signs first, numbers cut at the cap


def _grade(config: Config, pool: WorkerPool, name: str) -> ExerciseResult:
    grader = open_grader(config, mode="grade", only=["mean_square_grad"])
    [(_key, result)] = list(grade_items([Item(key=name, path=HERE / name, grader=grader)], pool=pool))
    return result.exercise("mean_square_grad")


@pytest.mark.parametrize(("name", "words", "tag"), [("number_slip.py", "one number", "operation"), ("sign_slip.py", "one sign", "sign")])
def test_a_slip_is_recognised_work(repo_config: Config, pool: WorkerPool, name: str, words: str, tag: str) -> None:
    ex = _grade(repo_config, pool, name)
    values = [c for c in ex.checks if c.name in ("out_value", "x_grad")]
    assert values and all(c.status == "failed" and c.recognised for c in values), [(c.name, c.status, c.hint) for c in values]
    assert all(tag in c.hint_tags for c in values)
    assert any(words in (c.hint or "") for c in values) or tag == "sign"  # a rule may name a flipped sign in its own words
    assert 0 < ex.score < ex.max_score


def test_a_slip_with_values_that_do_not_follow_the_inputs_is_not_work(repo_config: Config, pool: WorkerPool) -> None:
    ex = _grade(repo_config, pool, "flat_power_slip.py")
    grad = next(c for c in ex.checks if c.name == "x_grad")
    assert grad.status == "failed" and not grad.recognised
    assert ex.score == 0, [(c.name, c.status, c.points) for c in ex.checks]


def test_without_slips_the_number_slip_earns_nothing(repo_config: Config, pool: WorkerPool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The credit above comes from the slips: with none written, the same file earns 0 (as before they were)."""
    from grader import expected as expected_mod

    monkeypatch.setattr(expected_mod, "slips", lambda source: [])
    assert _grade(repo_config, pool, "number_slip.py").score == 0
