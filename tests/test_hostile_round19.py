"""Hostile review, round 19: the size-error rule read as a student after points, and authors' mistakes a null gives.

``tests/hostile/round19/pack/`` holds submissions against the course's own pack (each says what it tries and the
fair verdict). The rule that recognises work right wherever the sizes written into it fit held: typed-in values
raising a size error on purpose are told by the hidden case of the example's shape, and cheap work right there earns
no more than the author's own mistake. What worked was an author's wrong solution whose values a submission doing
nothing gives too (sgd_optimizer_steps' step_before_backward.py: p as given): recognised, it let a do-nothing p beside
a throwaway backward pass unlock p_is_leaf. Such a match now names the mistake without recognising it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_fair, grade_exercise

from grader.batch import Item, grade_items
from grader.config import Config
from grader.grading import open_grader
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round19" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {
    # p as given (a null's) and one loss repeated beside (p * 0).sum().backward(): p_is_leaf unlocked, 1 -> 0.
    "losses_beside_a_throwaway_backward.py": ("sgd_optimizer_steps", 0),
    # The loss and its backward pass per step, no optimizer at all: backward_per_step only, 2 -> 1.
    "loss_backward_per_step_never_stepped.py": ("sgd_optimizer_steps", 1),
    # The example's numbers for every 4x4 input, a size error elsewhere: the hidden 4x4 case tells, 0.
    "ones_typed_in_for_the_example_raising_elsewhere.py": ("backward_with_ones", 0),
    # f and x.grad right on 4x4 (the .grad by hand after a pass through x), a size error elsewhere: 1, as
    # hardcoded_4x4_ones.py.
    "ones_worked_for_4x4_by_hand.py": ("backward_with_ones", 1),
    # The example's g and hv for every length-3 input, a size error elsewhere: 0.
    "hvp_typed_in_for_length_three.py": ("hessian_vector_product", 0),
    # g and hv written out for length 3, a size error elsewhere: 2, less than the same code without the raise.
    "hvp_by_hand_for_length_three.py": ("hessian_vector_product", 2),
    # No hidden case of the example's shape: the example typed in, a size error on purpose on 0-d inputs, b.grad of
    # ones (a null's) right on a hidden case; x.grad, w.grad and y wrong there: only y_grad_fn, 1.
    "partials_typed_in_ones_on_a_hidden_case.py": ("linear_partials", 1),
}
"""Pack files graded one at a time: exercise and fair score (none is held for review)."""


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score)


def test_an_authors_mistake_is_bare_where_a_null_gives_its_values(repo_config: Config, pool: WorkerPool) -> None:
    """step_before_backward.py leaves p as given, as every null does: there it names the mistake and shows no work;
    its losses (one repeated) no null gives."""
    grader = open_grader(repo_config, mode="grade", only=["sgd_optimizer_steps"])
    [mistake] = [k for k in grader.known["sgd_optimizer_steps"] if k.name == "step_before_backward.py"]
    assert {"p_after_steps", "p_after_hidden"} <= mistake.bare
    assert not mistake.bare & {"losses", "losses_hidden"}
    # The author's own file keeps the steps it really ran (the optimizer's steps, one backward pass each): 3 -> 2.
    path = Path(__file__).resolve().parent.parent / "solutions" / "wrong" / "sgd_optimizer_steps" / "step_before_backward.py"
    [(_key, result)] = list(grade_items([Item(key="author", path=path, grader=grader)], pool=pool))
    ex = result.exercise("sgd_optimizer_steps")
    by_name = {c.name: c for c in ex.checks}
    assert ex.score == 2 and by_name["optimizer_steps"].points == 1 and by_name["backward_per_step"].points == 1
    assert not by_name["p_after_steps"].recognised and by_name["losses"].recognised
