"""Hostile review, round 12: recognised mistakes, points without the work.

``tests/hostile/round12/pack/`` holds submissions against the course's own pack, one exercise each (each says what
it tries and the fair verdict). The unit tests below pin the fix down without reference runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import grade_exercise

from grader import checks as checks_mod
from grader.config import Config
from grader.sandbox.worker import WorkerPool
from grader.values import FloatValue, TensorValue

ROUND12 = Path(__file__).resolve().parent / "hostile" / "round12"
PACK = ROUND12 / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, set[str]]] = {
    # The course's typed-in known mistake copied: named in the hint, no longer recognised work.
    "known_typed_in_mistake_copied.py": ("mean_square_grad", 0, set()),
    # A .grad written by hand, n times the gradient (a sum for a mean to the rules), no backward: not recognised.
    "gradient_written_in_as_a_sum_for_a_mean.py": ("mean_product_grad", 0, set()),
    # The same behind a backward through t1 * 0: nothing tells the written .grad from autograd's.
    "gradient_copied_from_an_input.py": ("mean_product_grad", 0, set()),
    # One sample's gradient repeated: the stored-reference mistake's values, which the grader cannot tell apart.
    "last_sample_repeated_as_stored_reference.py": (
        "per_sample_grads",
        4,
        {"uses_autograd", "w_unchanged", "xs_unchanged", "ys_unchanged"},
    ),
}
"""Each pack file: its exercise, its fair score, and the checks it fairly passes."""

RECOGNISED: dict[str, set[str]] = {
    "known_typed_in_mistake_copied.py": set(),
    "last_sample_repeated_as_stored_reference.py": {"grads", "grads_hidden"},
    # out is a real sum for a mean; the .grad, written by hand, is not work.
    "gradient_written_in_as_a_sum_for_a_mean.py": {"out_value", "out_value_hidden"},
    "gradient_copied_from_an_input.py": {"out_value", "out_value_hidden"},
}
"""The pack file's failed value checks that are recognised work."""


NOT_STOPPED: dict[str, str] = {
    "gradient_copied_from_an_input.py": (
        "t1.grad = t2 after a backward through t1 * 0: the .grad was overwritten after a pass that reached t1, and "
        "nothing observed tells it from autograd's; (t1 * t2).sum().backward() writes the same .grad through "
        "autograd, the honest sum-for-mean mistake (docs/threat-model.md, point 3). Seeing it would take the child "
        "recording each input's .grad at the end of each pass and comparing it with the .grad the call left"
    ),
}
"""Attacks that still earn more than their fair score (docs/threat-model.md says what is left)."""


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_STOPPED[n])) if n in NOT_STOPPED else n for n in sorted(PACK_EXPECTED)],
)
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, passing = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert {c.name for c in ex.checks if c.status == "passed"} == passing, [(c.name, c.status, c.points, c.message) for c in ex.checks]
    assert ex.score == score
    failed_values = [c for c in ex.checks if c.status == "failed" and c.hint and c.max_points > 0 and "value" in c.message]
    assert failed_values and {c.name for c in failed_values if c.recognised} == RECOGNISED[name], [(c.name, c.recognised) for c in failed_values]
    if name == "known_typed_in_mistake_copied.py":
        # Not named in the author's words either: that mistake never ran autograd, and this file ran a backward pass
        # (through x * 0), as a descent run to convergence does on the way to the minimum a mistake writes in.
        assert not any("common mistake" in (c.hint or "") for c in failed_values)


def _t(*data: float) -> TensorValue:
    return TensorValue(
        tensor_class="Tensor", dtype="float32", shape=(len(data),), data=list(data), note=None, requires_grad=False,
        is_leaf=True, retains_grad=False, grad_fn=None, grad=None, backward_calls=None, accumulated=None, changed=None,
        optimizer_steps=None, under_no_grad=None, alias=None,
    )


def test_values_that_do_not_follow_the_inputs_are_typed_in() -> None:
    """The same numbers on every case where the reference's differ: typed in, whatever the shape."""
    typed = {"tutorial": _t(4.5, 4.5, 4.5, 4.5), "random_public": _t(4.5, 4.5), "hidden": _t(4.5, 4.5, 4.5)}
    reference = {"tutorial": _t(4.5, 4.5, 4.5, 4.5), "random_public": _t(1.0, 3.0), "hidden": _t(2.0, 0.5, 1.5)}
    assert checks_mod._typed_in_values(typed, reference)
    assert checks_mod._typed_in_values({"a": FloatValue(27.0), "b": FloatValue(27.0)}, {"a": FloatValue(27.0), "b": FloatValue(3.0)})
    # A mistake that follows the inputs (a sum for a mean: twice the reference) is not.
    doubled = {case: _t(*(2 * x for x in v.data or ())) for case, v in reference.items()}
    assert not checks_mod._typed_in_values(doubled, reference)
    # Where the reference's own values are the same on every case, nothing tells a constant from the work.
    constant = {"a": _t(3.0, 3.0), "b": _t(3.0)}
    assert not checks_mod._typed_in_values({"a": _t(6.0, 6.0), "b": _t(6.0)}, constant)
    # One case says nothing of how values follow inputs.
    assert not checks_mod._typed_in_values({"a": _t(4.5)}, {"a": _t(1.0)})
