"""Hints name the mistake only on evidence for it, and never quote hidden values."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import torch

from grader import hints
from grader.compare import Tolerances, compare
from grader.config import DEFAULT_TOLERANCES
from grader.observe import encode, encode_tensor, storage_key
from grader.protocol import validate_value
from grader.targets import parse_target, resolve
from grader.values import ListValue, Value

TOLERANCES = Tolerances(lambda d: DEFAULT_TOLERANCES[d])


def rec(wire: dict[str, Any]) -> Value:
    """An encoded value as the grader reads it: through the protocol's parser."""
    return validate_value(wire, "test", max_elements=None)

MEAN_PROMPT = "Compute the mean of the squares and call backward()."
SUM_PROMPT = "Compute the sum of the squares and call backward()."


def enc(obj: object, *, calls: int | None = None, accumulated: int | None = None, changed: bool | None = None) -> Value:
    if isinstance(obj, torch.Tensor) and (calls is not None or changed is not None):
        return rec(encode_tensor(obj, max_elements=10**6, backward_calls=calls, accumulated=accumulated, changed=changed))
    return rec(encode(obj))


def diagnose(
    target: str,
    expected: object,
    found: object,
    *,
    found_inputs: dict[str, Any] | None = None,
    expected_inputs: dict[str, Any] | None = None,
    reveal: bool = True,
    is_return: bool = False,
    prompt: str = MEAN_PROMPT,
    found_return: object = None,
    expected_return: object = None,
    label: str = "",
    autograd_runs: int | None = 1,
    expected_autograd_runs: int | None = None,
    accumulations: int | None = None,
    expected_accumulations: int | None = None,
    autograd_checked: bool = True,
    autograd_failed: int | None = None,
    expected_autograd_failed: int = 0,
    at_least: bool = False,
) -> list[hints.Hint]:
    """``autograd_runs``: backward passes in the call (None: a notebook, where nothing counts them)."""
    """The hints for one mismatch; ``*_inputs`` map names to encoded values (see :func:`enc`)."""
    t = parse_target(target)
    e_root = expected if isinstance(expected, Value) else enc(expected)
    f_root = found if isinstance(found, Value) else enc(found)
    e, f = resolve(e_root, t), resolve(f_root, t)
    m = compare(e, f, tolerances=TOLERANCES)
    assert m is not None, "the test needs values that differ"
    parent = t.parent() if t.steps else None
    ctx = hints.Context(
        target=t,
        mismatch=m,
        expected_parent=resolve(e_root, parent) if parent else None,
        found_parent=resolve(f_root, parent) if parent else None,
        found_inputs=found_inputs or {},
        expected_inputs=expected_inputs or {},
        reveal=reveal,
        is_return=is_return,
        prompt=prompt,
        found_return=None if found_return is None else (found_return if isinstance(found_return, Value) else enc(found_return)),
        expected_return=None if expected_return is None else (expected_return if isinstance(expected_return, Value) else enc(expected_return)),
        expected_value=e,
        found_value=f,
        label=label,
        autograd_runs=autograd_runs,
        expected_autograd_runs=expected_autograd_runs,
        accumulations=accumulations,
        expected_accumulations=expected_accumulations,
        autograd_checked=autograd_checked,
        autograd_failed=autograd_failed,
        expected_autograd_failed=expected_autograd_failed,
        at_least=at_least,
    )
    return hints.diagnose(ctx)


def text(found: list[hints.Hint]) -> str:
    return " ".join(h.text for h in found)


def tags(found: list[hints.Hint]) -> set[str]:
    return {t for h in found for t in h.mistakes}


def leaf_with_grad(grad: torch.Tensor) -> torch.Tensor:
    x = torch.zeros_like(grad, requires_grad=True)
    x.grad = grad.clone()
    return x


def test_a_multiple_of_the_gradient_is_accumulation_only_when_gradients_added_up() -> None:
    expected, found = leaf_with_grad(torch.full((4,), 1.5)), leaf_with_grad(torch.full((4,), 4.5))
    reference = {"x": enc(expected, calls=3, accumulated=0)}  # three passes, reset in between
    added_up = {"x": enc(found, calls=3, accumulated=2)}
    h = diagnose("x.grad", expected, found, found_inputs=added_up, expected_inputs=reference)
    assert tags(h) == {"accumulation"} and "3× the expected" in text(h) and "x.grad.zero_()" in text(h)
    # The same factor from a wrong formula, one backward call: nothing says the gradients added up.
    once = {"x": enc(found, calls=1, accumulated=0)}
    one_pass = {"x": enc(expected, calls=1, accumulated=0)}
    assert "accumulation" not in tags(diagnose("x.grad", expected, found, found_inputs=once, expected_inputs=one_pass))
    # Three passes where one was asked for: an extra call added up, not a missing reset.
    extra = diagnose("x.grad", expected, found, found_inputs=added_up, expected_inputs=one_pass)
    assert tags(extra) == {"accumulation", "backward_count"} and "3 times where 1 was expected" in text(extra)


def test_per_step_entries_growing_with_a_counter_that_saw_them_add_up() -> None:
    w = torch.ones(4, requires_grad=True)
    expected = [torch.full((4,), 3.0)] * 3
    found = [torch.full((4,), 3.0 * (i + 1)) for i in range(3)]
    h = diagnose(
        "return", expected, found, found_inputs={"w": enc(w, calls=3, accumulated=2)},
        expected_inputs={"w": enc(w, calls=3, accumulated=0)}, label="grads",
    )
    assert tags(h) == {"accumulation"} and "entry [1]" in text(h)


def test_a_factor_equal_to_the_element_count_is_sum_for_mean_where_the_prompt_asks_for_a_mean() -> None:
    x = torch.ones(2, 2)
    e, f = leaf_with_grad(torch.full((2, 2), 4.5)), leaf_with_grad(torch.full((2, 2), 18.0))
    h = diagnose("x.grad", e, f, found_inputs={"x": enc(x)})
    assert tags(h) == {"sum_vs_mean"} and "sum where a mean was meant" in text(h)
    # A prompt that asks for a sum never gets told it needed a mean.
    assert "sum_vs_mean" not in tags(diagnose("x.grad", e, f, found_inputs={"x": enc(x)}, prompt=SUM_PROMPT))


def test_a_factor_of_one_over_n_is_mean_for_sum_where_the_prompt_asks_for_a_sum() -> None:
    h = diagnose("out", torch.tensor(12.0), torch.tensor(3.0), found_inputs={"x": enc(torch.ones(4))}, prompt=SUM_PROMPT)
    assert "mean where a sum was meant" in text(h)
    assert not diagnose("out", torch.tensor(12.0), torch.tensor(3.0), found_inputs={"x": enc(torch.ones(4))}, prompt="Compute the mean.")


def test_one_entry_off_in_a_list_is_not_a_sum_for_a_mean() -> None:
    # Entry [1] is 2x and there are 2 elements, but entry [0] is right: no uniform factor.
    expected = [torch.full((2,), 3.0)] * 2
    found = [torch.full((2,), 3.0), torch.full((2,), 6.0)]
    assert not diagnose("return", expected, found, found_inputs={"w": enc(torch.ones(2), calls=2, accumulated=0)})


def test_grad_none_on_an_input_that_does_not_require_grad() -> None:
    h = diagnose("x.grad", leaf_with_grad(torch.ones(2)), torch.ones(2))
    assert tags(h) == {"requires_grad"} and "does not require grad" in text(h)


def test_grad_none_when_no_gradient_flowed_says_whether_autograd_ran() -> None:
    x = torch.ones(2, requires_grad=True)
    never = diagnose("x.grad", leaf_with_grad(torch.ones(2)), enc(x, calls=0), found_return=(x * 2).sum(), autograd_runs=0)
    assert tags(never) == {"no_backward"} and "autograd never ran" in text(never)
    copy = diagnose("x.grad", leaf_with_grad(torch.ones(2)), enc(x, calls=0), found_return=(x * 2).sum(), autograd_runs=1)
    assert tags(copy) == {"broken_graph"} and "copy of x" in text(copy)


def test_grad_none_when_the_result_is_cut_from_the_graph() -> None:
    x = torch.ones(2, requires_grad=True)
    h = diagnose("x.grad", leaf_with_grad(torch.ones(2)), enc(x, calls=0), found_return=(x * 2).sum().detach(), autograd_runs=0)
    assert tags(h) == {"broken_graph"} and "not tracked by autograd" in text(h)


def test_grad_none_on_a_non_leaf_suggests_retain_grad() -> None:
    p = torch.ones(1, requires_grad=True)
    w_expected = 10 * p
    w_expected.retain_grad()
    (w_expected**2).sum().backward()
    w_found = 10 * torch.ones(1, requires_grad=True)
    h = diagnose("w.grad", w_expected, w_found)
    assert tags(h) == {"not_leaf"} and "retain_grad()" in text(h)


def test_result_without_grad_fn_was_cut_from_the_graph() -> None:
    x = torch.ones(2, requires_grad=True)
    with torch.no_grad():
        detached = x * 2
    h = diagnose("out.grad_fn", x * 2, detached)
    assert tags(h) == {"broken_graph"} and "no_grad" in text(h)


def test_a_result_checked_on_its_flag_names_the_flag_and_the_cut() -> None:
    x = torch.ones(2, requires_grad=True)
    h = diagnose("g.requires_grad", x * 2, (x * 2).detach())
    assert tags(h) == {"broken_graph", "requires_grad"} and "does not require grad and has no grad_fn" in text(h)


def test_a_gradient_left_in_grad_after_the_same_passes_was_not_reset() -> None:
    x = torch.ones(2, requires_grad=True)
    after_reset, left = enc(x, calls=1), enc(leaf_with_grad(torch.full((2,), 3.0)), calls=1)
    h = diagnose("x.grad", after_reset, left)
    assert tags(h) == {"accumulation", "stale"} and "x.grad = None" in text(h)
    # A pass too many, or a gradient where no pass was expected at all, is another story than a reset left out.
    assert "x.grad = None" not in text(diagnose("x.grad", after_reset, enc(leaf_with_grad(torch.full((2,), 3.0)), calls=2)))
    assert "x.grad = None" not in text(diagnose("x.grad", enc(x, calls=0), enc(leaf_with_grad(torch.full((2,), 3.0)), calls=0)))
    # A non-leaf that kept its gradient (retain_grad) is not a leaf whose .grad was left over.
    w = torch.ones(2, requires_grad=True) * 2
    w.retain_grad()
    (w * w).sum().backward()
    assert "x.grad = None" not in text(diagnose("w.grad", torch.ones(2, requires_grad=True) * 2, w))


def test_a_matrix_laid_out_the_other_way_round_is_named_and_recognised() -> None:
    jac = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    for expected in (jac, jac[:, :2]):  # not square (the shape reversed), and square
        h = diagnose("jac", expected, expected.T.contiguous())
        assert {"shape", "order"} <= tags(h) and "transposed" in text(h) and all(x.recognised for x in h if "transposed" in x.text)
    # Other values in the reversed shape are no transpose.
    assert "transposed" not in text(diagnose("jac", jac, torch.arange(6.0).reshape(3, 2)))


def test_a_factor_between_two_single_numbers_is_a_count_only_when_the_inputs_have_that_many_elements() -> None:
    one = {"x": enc(torch.ones(1, requires_grad=True), calls=1)}
    # (x - 2)^2 for (x + 2)^2 at x = 1: 1 where 9 is expected, a factor of 9 that no count of x's elements explains.
    h = diagnose("return", torch.tensor(9.0), torch.tensor(1.0), is_return=True, found_inputs=one, expected_inputs=one, expected_autograd_runs=1)
    assert "constant factor" not in text(h) and "formula itself differs" in text(h)
    # A mean over four elements where the sum was asked: a factor of 4, which x's four elements explain.
    four = {"x": enc(torch.ones(4, requires_grad=True), calls=1)}
    h = diagnose("return", torch.tensor(8.0), torch.tensor(2.0), is_return=True, found_inputs=four, expected_inputs=four, expected_autograd_runs=1, prompt="Return the total.")
    assert "sum_vs_mean" in tags(h)


def test_one_factor_over_several_different_values_is_recognised_work_and_a_constant_vector_is_not() -> None:
    w = {"w": enc(torch.ones(3, requires_grad=True), calls=1)}
    rows = torch.tensor([[2.0, 0.0], [4.0, 4.0]])
    # Per-sample gradients divided by the batch: the right computation, one constant wrong.
    h = diagnose("grads", rows, rows / 2, is_return=True, found_inputs=w, expected_inputs=w, expected_autograd_runs=1, prompt="Return the gradients.")
    assert "constant factor" in text(h) and all(x.recognised for x in h)
    # A constant vector is some factor times any constant expected vector: no evidence of the work.
    h = diagnose("grads", torch.full((2, 2), 3.0), torch.full((2, 2), 6.0), is_return=True, found_inputs=w, expected_inputs=w, expected_autograd_runs=1, prompt="Return the gradients.")
    assert h and not any(x.recognised for x in h)


def test_rows_that_add_up_sample_after_sample_are_named_and_recognised() -> None:
    rows = torch.tensor([[2.0, 0.0], [4.0, 4.0], [1.0, -3.0]])
    h = diagnose("grads", rows, rows.cumsum(0))
    assert tags(h) == {"accumulation"} and "sum of the expected entries 0 to k" in text(h) and all(x.recognised for x in h)
    # A list of per-step vectors adds up the same way.
    h = diagnose("record", [r for r in rows], [r for r in rows.cumsum(0)])
    assert tags(h) == {"accumulation"}
    # Other values are not a running total, nor are entries after the first that are all zeros (a constant record).
    assert "sum of the expected entries" not in text(diagnose("grads", rows, rows.cumsum(0) + 1))
    zeros_after = torch.tensor([[2.0, 1.0], [0.0, 0.0]])
    assert "sum of the expected entries" not in text(diagnose("grads", zeros_after, torch.tensor([[2.0, 1.0], [2.0, 1.0]])))
    # Rows that add up to zero (a Hessian of logsumexp), the last one never filled in: zeros, not a sum.
    hessian = torch.tensor([[1.0, -1.0], [-1.0, 1.0]])
    assert "sum of the expected entries" not in text(diagnose("h", hessian, torch.tensor([[1.0, -1.0], [0.0, 0.0]])))
    # A vector's entries are single numbers: a cumulative vector is too common a shape to name accumulation.
    assert "sum of the expected entries" not in text(diagnose("g", torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.0, 3.0, 6.0])))


def test_every_row_holding_the_last_ones_values_is_a_stored_reference() -> None:
    rows = torch.tensor([[2.0, 0.0], [4.0, 4.0], [1.0, -3.0]])
    h = diagnose("grads", rows, rows[-1].expand(3, 2).contiguous())
    assert tags(h) == {"stored_reference"} and all(x.recognised for x in h)
    # Rows of values of one size (a gradient clipped to ±1) match the last one by chance.
    clipped = torch.tensor([[1.0, -1.0], [-1.0, -1.0]])
    assert "last one's values" not in text(diagnose("first", clipped, -torch.ones(2, 2)))
    # Rows that are all alike already, or a last row of zeros, say nothing.
    same = torch.ones(3, 2)
    assert "last one's values" not in text(diagnose("grads", same, same * 2))
    assert "last one's values" not in text(diagnose("grads", torch.tensor([[1.0, 2.0], [0.0, 0.0]]), torch.zeros(2, 2)))
    # A last row all at a clip's limit, which earlier rows reach too: an answer clipped to the limit everywhere matches it.
    saturated = torch.tensor([[0.5, -1.0, 0.2], [1.0, 1.0, 1.0]])
    assert "last one's values" not in text(diagnose("first", saturated, torch.ones(2, 3)))
    # Entries each of one value, as a record of a scalar-like gradient per step: still named.
    steps = torch.tensor([[1.0, 1.0], [3.0, 3.0], [2.0, 2.0]])
    assert "last one's values" in text(diagnose("grads", steps, steps[-1].expand(3, 2).contiguous()))
    # A last row of one value that is the largest but no earlier row reaches: data, not a clip's limit, so named.
    per_sample = torch.tensor([[2.0, 0.0], [4.0, 4.0]])
    assert "last one's values" in text(diagnose("grads", per_sample, torch.full((2, 2), 4.0)))


def test_rows_left_zero_at_one_end_are_a_loop_bound_and_recognised() -> None:
    rows = torch.tensor([[2.0, 0.0], [4.0, 4.0], [1.0, -3.0]])
    for missing in (slice(2, 3), slice(0, 1), slice(1, 3)):
        found = rows.clone()
        found[missing] = 0
        h = diagnose("grads", rows, found)
        assert tags(h) == {"steps"} and "never filled in" in text(h) and all(x.recognised for x in h)
    # A zero row in the middle, a wrong row beside it, or every row zeros: no loop bound.
    middle = rows.clone()
    middle[1] = 0
    assert "never filled in" not in text(diagnose("grads", rows, middle))
    wrong = rows.clone()
    wrong[2], wrong[0] = 0, 5
    assert "never filled in" not in text(diagnose("grads", rows, wrong))
    assert "never filled in" not in text(diagnose("grads", rows, torch.zeros(3, 2)))


def test_unexpected_grad_fn_names_both_operations() -> None:
    x = torch.ones(2, requires_grad=True)
    h = diagnose("out.grad_fn", x.mean(), x.sum())
    assert text(h) == "The last operation that produced out was a sum (SumBackward0), but a mean (MeanBackward0) was expected."
    assert tags(h) == {"operation", "sum_vs_mean"}


def test_leaf_modified_in_place() -> None:
    not_leaf = torch.ones(2)
    not_leaf.mul_(torch.ones(2, requires_grad=True))  # an in-place op with a tracked operand makes it a graph node
    h = diagnose("x.is_leaf", torch.ones(2), not_leaf)
    assert tags(h) == {"input_mutated"} and "in place" in text(h)


def test_an_input_whose_values_changed_where_the_reference_left_them() -> None:
    before, after = torch.ones(2), torch.full((2,), 3.0)
    h = diagnose(
        "x",
        enc(before, changed=False),
        enc(after, changed=True),
        found_inputs={"x": enc(after, changed=True)},
        expected_inputs={"x": enc(before, changed=False)},
    )
    assert tags(h) == {"input_mutated"} and "changed the values of x" in text(h)
    # The reference updates x too (a descent step): a wrong value is not a mutation.
    h = diagnose(
        "x",
        enc(before, changed=True),
        enc(after, changed=True),
        found_inputs={"x": enc(after, changed=True)},
        expected_inputs={"x": enc(before, changed=True)},
    )
    assert "input_mutated" not in tags(h)


def test_reduced_where_it_should_not_be_and_the_reverse() -> None:
    x = torch.ones(3, requires_grad=True)
    assert "reduced to a single value" in text(diagnose("z", x * 2, (x * 2).sum()))
    assert "reduce it" in text(diagnose("z", (x * 2).sum(), x * 2))
    # A tensor the student creates (torch.FloatTensor(7) for [7.]) is not a result to reduce.
    assert not diagnose("v", torch.ones(1), torch.ones(7))


def test_backward_counts_say_what_happened() -> None:
    never = diagnose("w.backward_calls", enc(torch.ones(1), calls=3), enc(torch.ones(1), calls=0), autograd_runs=0)
    assert tags(never) == {"no_backward"} and "backward() never ran through w" in text(never)
    more = diagnose("w.backward_calls", enc(torch.ones(1), calls=3), enc(torch.ones(1), calls=6))
    assert tags(more) == {"backward_count"} and "6 times where 3" in text(more)
    # Fewer, in a descent (the reference moves w): w rebound to a new tensor, so it stopped moving...
    rebound = diagnose("w.backward_calls", enc(torch.ones(1), calls=3, changed=True), enc(torch.ones(1), calls=1, changed=False))
    assert "rebind w" in text(rebound) and tags(rebound) == {"backward_count", "broken_graph"}
    # ...or a step too few: w still moved.
    short = diagnose("w.backward_calls", enc(torch.ones(1), calls=3, changed=True), enc(torch.ones(1), calls=2, changed=True))
    assert "fewer steps" in text(short) and tags(short) == {"steps", "backward_count"}
    # No descent and no step count: a backward() call is missing, nothing about loops.
    missing = diagnose("w.backward_calls", enc(torch.ones(1), calls=2, changed=False), enc(torch.ones(1), calls=1, changed=False))
    assert "a backward() call is missing" in text(missing) and "loop" not in text(missing)


def test_returned_none_and_numbers_instead_of_tensors() -> None:
    assert "forget the `return`" in text(diagnose("out", torch.tensor(1.0), None, is_return=True))
    # A .grad that is None is not a missing return.
    assert "return" not in text(diagnose("x.grad", leaf_with_grad(torch.ones(2)), torch.ones(2)))
    assert ".item()" in text(diagnose("out", torch.tensor(1.0), 1.0))


def test_a_leaf_that_should_require_grad_is_told_to_requires_grad_() -> None:
    h = diagnose("t.requires_grad", torch.ones(2, requires_grad=True), torch.ones(2))
    assert "t.requires_grad_()" in text(h) and "no_grad" not in text(h)


def test_shape_mismatches_get_no_ratio_hints() -> None:
    assert "sum_vs_mean" not in tags(diagnose("v.shape", torch.ones(1), torch.ones(9)))


def test_flipped_sign() -> None:
    h = diagnose("p", torch.tensor([1.0, -2.0]), torch.tensor([-1.0, 2.0]))
    assert tags(h) == {"sign"} and "sign is flipped" in text(h)


def test_hidden_hints_name_the_mistake_without_numbers() -> None:
    e, f = leaf_with_grad(torch.full((4,), 1.7)), leaf_with_grad(torch.full((4,), 5.1))
    h = text(diagnose("x.grad", e, f, found_inputs={"x": enc(f, calls=3, accumulated=2)}, expected_inputs={"x": enc(e, calls=3, accumulated=0)}, reveal=False))
    assert "accumulated" in h and not re.search(r"\d", h)
    e, f = leaf_with_grad(torch.full((2, 2), 1.7)), leaf_with_grad(torch.full((2, 2), 6.8))
    h = text(diagnose("x.grad", e, f, found_inputs={"x": enc(torch.ones(2, 2))}, reveal=False))
    assert "sum where a mean" in h and not re.search(r"\d", h)


def test_operation_words() -> None:
    assert hints.operation("MseLossBackward0") == "an MSE loss (MseLossBackward0)"
    assert hints.operation("WeirdBackward3") == "WeirdBackward3"


def test_a_recorded_gradient_that_is_grad_itself_is_known_by_its_storage() -> None:
    p = torch.ones(1, requires_grad=True)
    (p * 20).sum().backward()
    aliases = {storage_key(p.grad): "p.grad"}
    found = rec(encode([p.grad], aliases=aliases))
    expected = rec(encode([torch.tensor([10.0])]))
    h = diagnose("first", expected, found, found_inputs={"p": enc(p, calls=2, accumulated=1)})
    assert tags(h) == {"stored_reference"} and "p.grad.clone()" in text(h)
    # Equal numbers by coincidence, but a copy: not a stored reference.
    copy = rec(encode([p.grad.clone()], aliases=aliases))
    assert "stored_reference" not in tags(diagnose("first", expected, copy))


def test_expected_exception_stored_as_text_is_a_type_mismatch() -> None:
    m = compare(enc(RuntimeError("boom")), enc("boom"), tolerances=TOLERANCES)
    assert m is not None and m.kind == "type"
    assert m.summary == "expected a RuntimeError exception, found a string"


def test_notebook_variable_that_should_hold_an_exception() -> None:
    try:
        torch.ones(2, requires_grad=True).mul(2).backward()
    except RuntimeError as exc:
        expected = exc
    h = diagnose("err_var", expected, None)
    # Nothing tells a step that did not fail from an error swallowed: the hint names both.
    assert text(h).startswith("No RuntimeError was kept in err_var") and "caught without being kept" in text(h)
    assert tags(h) == {"exception", "operation", "grad_mode", "broken_graph"}


def test_an_exception_raised_by_hand_is_not_pytorchs() -> None:
    try:
        torch.ones(2, requires_grad=True).mul(2).backward()
    except RuntimeError as exc:
        expected = exc
    try:
        raise RuntimeError("grad can be implicitly created only for scalar outputs")
    except RuntimeError as exc:
        typed = exc
    h = diagnose("err_var", expected, typed)
    assert tags(h) == {"exception"} and "raise statement" in text(h)


def test_known_pytorch_errors_name_their_mistake() -> None:
    hint = hints.for_exception("element 0 of tensors does not require grad and does not have a grad_fn")
    # What made the error, and that the code raised one where none should be.
    assert hint is not None and hint.mistakes == ("broken_graph", "requires_grad", "exception") and "create_graph=True" in hint.text
    assert hints.for_exception("some other error") is None


def test_values_a_hair_off_are_precision_not_a_wrong_formula() -> None:
    expected = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
    hair = expected * (1 + 3e-5)
    h = diagnose("out", expected, hair, is_return=True)
    assert tags(h) == {"dtype"} and "within 0.01%" in text(h)
    # Off by 0.1%: no longer a precision loss, so no dtype hint.
    assert "dtype" not in tags(diagnose("out", expected, expected * 1.001, is_return=True))


def test_a_different_formula_is_named_only_by_elimination() -> None:
    x = torch.ones(3, requires_grad=True)
    same = {"x": enc(x, calls=1, accumulated=0)}
    run = dict(found_inputs=same, expected_inputs=same, is_return=True, autograd_runs=1, expected_autograd_runs=1)
    h = diagnose("return", torch.tensor(27.0), torch.tensor(12.0), **run)
    assert tags(h) == {"operation", "sign"} and "formula itself differs" in text(h)
    # Any other difference in what autograd did is another explanation: no formula hint.
    two_passes = dict(run, autograd_runs=2)
    assert "operation" not in tags(diagnose("return", torch.tensor(27.0), torch.tensor(12.0), **two_passes))
    steps = dict(run, found_inputs={**same, "steps": enc(5)}, expected_inputs={**same, "steps": enc(5)})
    assert "operation" not in tags(diagnose("return", torch.tensor(27.0), torch.tensor(12.0), **steps))
    # A gradient (not a returned value) may be off for reasons the run cannot show.
    e, f = leaf_with_grad(torch.full((3,), 4.5)), leaf_with_grad(torch.full((3,), 2.0))
    assert "operation" not in tags(diagnose("x.grad", e, f, **dict(run, is_return=False)))


def test_autograd_passes_counted_in_the_call_explain_a_wrong_value() -> None:
    x = torch.ones(3, requires_grad=True)
    ins = {"x": enc(x, calls=1, accumulated=0)}
    missing = diagnose("return", torch.tensor(3.0), torch.tensor(1.0), found_inputs=ins, expected_inputs=ins,
                       is_return=True, autograd_runs=0, expected_autograd_runs=1)
    assert "no_backward" in tags(missing)
    # With a number of steps among the inputs, a different count is a loop that ran the wrong number of times.
    looped = {**ins, "steps": enc(10)}
    h = diagnose("return", torch.tensor(3.0), torch.tensor(1.0), found_inputs=looped, expected_inputs=looped,
                 is_return=True, autograd_runs=9, expected_autograd_runs=10)
    assert "steps" in tags(h) and "9 time(s)" in text(h)


def test_no_autograd_is_not_the_mistake_where_a_formula_by_hand_is_accepted() -> None:
    # An exercise with no check that autograd ran (per_sample_grads) grades a closed form like autograd's: a wrong
    # closed form is wrong by its formula, not because autograd never ran.
    x = torch.ones(3, requires_grad=True)
    ins = {"x": enc(x)}
    run = dict(found_inputs=ins, expected_inputs=ins, is_return=True, autograd_runs=0, expected_autograd_runs=1)
    never = diagnose("return", torch.tensor([3.0, 1.0, 2.0]), torch.tensor([1.0, 5.0, 4.0]), **run, autograd_checked=False)
    assert "no_backward" not in tags(never)
    assert "no_backward" in tags(diagnose("return", torch.tensor([3.0, 1.0, 2.0]), torch.tensor([1.0, 5.0, 4.0]), **run))


def test_a_gradient_computed_but_never_stored_is_autograd_grad() -> None:
    x = torch.ones(2, requires_grad=True)
    h = diagnose("x.grad", leaf_with_grad(torch.ones(2)), enc(x, calls=1), found_return=(x * 2).sum(), autograd_runs=1)
    assert tags(h) == {"no_backward", "backward_count"} and "torch.autograd.grad" in text(h)


def test_gradients_that_added_up_on_the_functions_own_tensors() -> None:
    expected, found = torch.tensor([1.0, 2.0]), torch.tensor([1.0, 5.0])
    h = diagnose("return", expected, found, is_return=True, autograd_runs=3, expected_autograd_runs=3,
                 accumulations=2, expected_accumulations=0)
    assert "accumulation" in tags(h)
    # As many accumulations as extra passes explain are the extra passes' doing, not a missing reset.
    same = diagnose("return", expected, found, is_return=True, autograd_runs=3, expected_autograd_runs=3,
                    accumulations=0, expected_accumulations=0)
    assert "accumulation" not in tags(same)


def test_a_notebook_variable_read_before_backward_holds_none() -> None:
    w = leaf_with_grad(torch.ones(2))
    h = diagnose("w_grad", torch.ones(2), None, found_inputs={"w": enc(w)}, autograd_runs=None)
    assert tags(h) == {"order", "not_leaf"} and "holds None" in text(h)
    # Nothing ran backward: None is not explained by the order of cells.
    untouched = torch.ones(2, requires_grad=True)
    assert "order" not in tags(diagnose("w_grad", torch.ones(2), None, found_inputs={"w": enc(untouched)}, autograd_runs=None))


def test_a_notebook_with_no_gradient_left_may_have_made_its_tensors_again() -> None:
    # A later try-out cell that makes p and w again leaves gradient-free tensors where backward() did run: what the
    # notebook holds at its end cannot tell that from a backward() never called, so the hint names both.
    p, w = torch.tensor([2.0], requires_grad=True), torch.tensor([20.0])
    h = diagnose("p.grad", leaf_with_grad(torch.tensor([200.0])), enc(p), found_inputs={"p": enc(p), "w": enc(w)}, autograd_runs=None)
    assert tags(h) == {"no_backward", "order"} and "later cell" in text(h) and "never called" in text(h)


def test_results_returned_in_another_order_are_named_on_the_whole_tuple() -> None:
    y, z, out = torch.tensor([3.0, 4.0]), torch.tensor([18.0, 32.0]), torch.tensor(25.0)

    def returned(expected: tuple[torch.Tensor, ...], found: tuple[torch.Tensor, ...]) -> list[hints.Hint]:
        return diagnose("return", expected, found, is_return=True, expected_return=expected, found_return=found)

    reversed_ = returned((y, z, out), (out, z, y))
    assert tags(reversed_) == {"order"} and "not in its place" in text(reversed_)
    # One result wrong, the others in their places: not an order mistake.
    assert "order" not in tags(returned((y, z, out), (y, z * 2, out)))
    # The same result twice, another missing: no order puts them right.
    assert "order" not in tags(returned((y, z, out), (y, y, out)))


def test_a_mean_divided_by_rows_only_is_named_on_the_mean_itself() -> None:
    x = torch.ones(3, 4)
    # sum / len(x): 4x the mean of 12 elements, and 4 is the size of one dimension.
    h = diagnose("out", torch.tensor(2.0), torch.tensor(8.0), found_inputs={"x": enc(x)}, is_return=True)
    assert tags(h) == {"sum_vs_mean", "operation"} and "fewer elements" in text(h)
    # On a gradient alone the same factor is a coincidence as often as not: no hint from it (beside a returned mean
    # with that factor: test_a_gradient_off_by_the_returned_means_own_divisor_is_recognised).
    e, f = leaf_with_grad(torch.full((3, 4), 0.5)), leaf_with_grad(torch.full((3, 4), 2.0))
    assert "sum_vs_mean" not in tags(diagnose("x.grad", e, f, found_inputs={"x": enc(x)}))


def test_a_mean_over_the_rows_where_the_prompt_sums_is_named_on_the_result_and_its_gradients() -> None:
    x = torch.ones(4, 3)
    # ((x @ w) ** 2).mean() for .sum(): the result and every gradient through it 1/4, and 4 is x's number of rows.
    h = diagnose("out", torch.tensor(12.0), torch.tensor(3.0), found_inputs={"x": enc(x)}, is_return=True, prompt=SUM_PROMPT)
    assert tags(h) == {"sum_vs_mean"} and "1/4" in text(h) and "where a sum was meant" in text(h)
    e, f = leaf_with_grad(torch.full((3,), 2.0)), leaf_with_grad(torch.full((3,), 0.5))
    assert tags(diagnose("w.grad", e, f, found_inputs={"x": enc(x), "w": enc(e)}, prompt=SUM_PROMPT)) == {"sum_vs_mean"}
    # Not where the prompt asks for a mean, nor where it writes the factor (a constant in the wrong place)...
    assert "sum_vs_mean" not in tags(diagnose("out", torch.tensor(12.0), torch.tensor(3.0), found_inputs={"x": enc(x)}, is_return=True))
    written = "Compute the sum of the squares, divided by 4 where the text says so, and call backward()."
    assert "sum_vs_mean" not in tags(diagnose("out", torch.tensor(12.0), torch.tensor(3.0), found_inputs={"x": enc(x)}, is_return=True, prompt=written))
    # ...nor for a factor that is no part of an input's size.
    assert "sum_vs_mean" not in tags(diagnose("out", torch.tensor(15.0), torch.tensor(3.0), found_inputs={"x": enc(x)}, is_return=True, prompt=SUM_PROMPT))


def test_passes_short_beside_a_result_left_as_none_are_a_step_left_out_not_a_formula() -> None:
    g, hv = torch.ones(3), torch.full((3,), 2.0)

    def runs(found_return: object) -> list[hints.Hint]:
        return diagnose("autograd_runs", 2, 1, at_least=True, found_return=found_return, expected_return=(g, hv))

    left_out = runs((g, None))  # hv = None  # TODO
    assert tags(left_out) == {"type", "no_backward"} and "is None" in text(left_out) and "formula" not in text(left_out)
    # hv returned, one pass short: it came from a formula.
    assert tags(runs((g, hv * 3))) == {"no_backward"} and "formula" in text(runs((g, hv * 3)))


def test_rows_each_right_but_fewer_than_expected_are_a_loop_that_stopped_short() -> None:
    expected = torch.tensor([[1.0, -2.0, 0.5], [3.0, 0.0, -1.0], [2.0, 2.5, -4.0]])
    short = diagnose("return", expected, expected[:2], is_return=True)  # range(n - 1)
    assert tags(short) == {"steps", "shape"} and "last row is missing" in text(short) and all(h.recognised for h in short if "missing" in h.text)
    assert "first 2 rows are missing" in text(diagnose("return", expected, expected[2:], is_return=True))  # started late
    # Rows that are not the expected ones, or zeros, are no loop cut short.
    assert "missing" not in text(diagnose("return", expected, expected[:2] * 2, is_return=True))
    assert "missing" not in text(diagnose("return", expected, torch.zeros(2, 3), is_return=True))


def test_an_exponent_is_no_number_a_prompt_writes() -> None:
    assert hints._written_numbers("clip_grad_norm_ adds 1e-6 (or 1E+6) to the norm; 3 (x + 2)^2 and -4") == {3.0, 2.0, 4.0}


def test_a_record_shifted_by_one_step_is_recorded_after_the_update() -> None:
    expected = [16.0, 9.0, 4.0, 1.0]
    h = diagnose("return", expected, [9.0, 4.0, 1.0, 0.25], is_return=True, label="losses")
    assert tags(h) == {"order", "stale"} and "after that step's update" in text(h)
    assert "stale" not in tags(diagnose("return", expected, [16.0, 8.0, 4.0, 2.0], is_return=True))


def test_a_stale_value_next_to_right_final_parameters() -> None:
    x_in, x_ref = enc(torch.ones(1), changed=True), enc(torch.ones(1), changed=True)
    expected = (torch.tensor([0.5]), torch.tensor(-0.9))
    found = enc((torch.tensor([0.5]), torch.tensor(-0.25)))
    h = diagnose("return[1]", enc(expected), found, found_inputs={"x": x_in}, expected_inputs={"x": x_ref},
                 is_return=True, found_return=found, expected_return=enc(expected))
    assert tags(h) == {"stale"}
    # Wrong parameters too: the value may be off for their reason, so no stale hint.
    both = enc((torch.tensor([0.7]), torch.tensor(-0.25)))
    assert "stale" not in tags(diagnose("return[1]", enc(expected), both, found_inputs={"x": x_in}, expected_inputs={"x": x_ref},
                                        is_return=True, found_return=both, expected_return=enc(expected)))
    # Nothing updated in the reference (no descent): nothing to be stale about.
    still = {"x": enc(torch.ones(1), changed=False)}
    assert "stale" not in tags(diagnose("return[1]", enc(expected), found, found_inputs={"x": x_in}, expected_inputs=still,
                                        is_return=True, found_return=found, expected_return=enc(expected)))


def test_entries_that_are_one_tensor_are_named_stored_references() -> None:
    def entries(*aliases: str | None) -> dict:
        items = tuple(dataclasses.replace(enc(torch.ones(2)), alias=a) for a in aliases)  # type: ignore[type-var]
        return ListValue(items=items, length=len(items))

    h = diagnose("grads.distinct", entries(None, None), entries("w.grad", "w.grad"))
    assert tags(h) == {"stored_reference"} and "clone()" in text(h)


def test_by_elimination_a_whole_number_factor_is_a_constant_and_zeros_were_wiped() -> None:
    x = torch.ones(3, requires_grad=True)
    same = {"x": enc(x, calls=1, accumulated=0)}
    run = dict(found_inputs=same, expected_inputs=same, is_return=True, autograd_runs=1, expected_autograd_runs=1)
    expected = torch.tensor([[1.0, 2.0], [3.0, -4.0]])
    # A loss summed where the prompt averages over 8 outputs: 8 times the gradient, whole.
    h = diagnose("return[0]", (expected, torch.tensor(1.0)), (expected * 8, torch.tensor(1.0)), **run)
    assert tags(h) == {"sum_vs_mean", "operation"} and "8 times" in text(h)
    assert "8" not in text(diagnose("return", expected, expected / 8, **dict(run, reveal=False)))
    # A gradient of zeros where autograd filled values: a copy kept by reference and zeroed later.
    zeros = (torch.zeros(2, 2), torch.tensor(1.0))
    h = diagnose("return[0]", (expected, torch.tensor(1.0)), zeros, **dict(run, label="weight_grad"))
    assert tags(h) == {"stored_reference"}
    # A value that is not a gradient, or a number, coming out 0: terms that cancel, a formula.
    assert tags(diagnose("return[0]", (expected, torch.tensor(1.0)), zeros, **dict(run, label="estimate"))) == {"operation", "sign"}
    assert tags(diagnose("return[1]", (1.0, 2.5), (1.0, 0.0), **dict(run, label="grad_estimate"))) == {"operation", "sign"}
    # Not a whole number: the formula itself.
    assert tags(diagnose("return", expected, expected * 1.7, **run)) == {"operation", "sign"}


def test_an_extra_pass_where_the_reference_caught_an_error_is_that_pass_not_raising() -> None:
    try:
        torch.ones(2, requires_grad=True).mul(2).backward()
    except RuntimeError as exc:
        error = exc
    e, f = leaf_with_grad(torch.ones(3)), leaf_with_grad(torch.ones(3))
    e_in, f_in = enc(e, calls=1), enc(f, calls=2)
    h = diagnose("x.backward_calls", e_in, f_in, expected_return=(torch.ones(3), error), found_return=(torch.ones(3), None))
    assert tags(h) == {"exception", "operation", "grad_mode", "broken_graph"} and "should raise" in text(h)
    # Without a caught error in the reference, an extra gradient is an extra backward() call.
    h = diagnose("x.backward_calls", e_in, f_in, expected_return=torch.ones(3), found_return=torch.ones(3))
    assert tags(h) == {"backward_count"}


def test_a_vector_where_a_matrix_of_derivatives_is_expected() -> None:
    jacobian = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True) * 1
    h = diagnose("return", jacobian, torch.tensor([4.0, 5.0], requires_grad=True) * 1, is_return=True)
    assert tags(h) == {"shape"} and "one row per output" in text(h)
    # The rows' sum itself: that rule says more (and recognises it), and this one stays quiet.
    h = diagnose("return", jacobian, torch.tensor([4.0, 6.0], requires_grad=True) * 1, is_return=True)
    assert tags(h) == {"shape", "operation"} and "added up into one" in text(h) and "one row per output" not in text(h)
    assert diagnose("return", jacobian, torch.ones(3, requires_grad=True) * 1, is_return=True) == []


def test_a_message_kept_for_the_exception_and_zeros_kept_for_none() -> None:
    h = diagnose("return[1]", (torch.ones(1), RuntimeError("boom")), (torch.ones(1), "boom"), is_return=True)
    assert tags(h) == {"type"} and "str(err)" in text(h)
    h = diagnose("return[2]", (torch.ones(1), torch.ones(1), None), (torch.ones(1), torch.ones(1), torch.zeros(2, 3)), is_return=True)
    assert tags(h) == {"type", "operation"} and "set_to_none=False" in text(h)
    # A tensor with values where None was expected is not a reset gradient.
    h = diagnose("return[2]", (torch.ones(1), torch.ones(1), None), (torch.ones(1), torch.ones(1), torch.ones(2)), is_return=True)
    assert "set_to_none" not in text(h)


def test_a_transposed_matrix_is_named() -> None:
    jacobian = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    h = diagnose("return", jacobian, jacobian.t().contiguous(), is_return=True)
    assert tags(h) == {"operation", "shape", "order"} and "transposed" in text(h)
    # Another matrix with the same entries is not a transpose.
    assert "transposed" not in text(diagnose("return", jacobian, torch.tensor([[1.0, 3.0], [4.0, 2.0]]), is_return=True))


def test_an_error_the_reference_catches_and_returns_escaped_the_students_function() -> None:
    message = "Inference tensors cannot be saved for backward. To work around this, clone them."
    expected = enc((torch.ones(2), RuntimeError(message)))
    hint = hints.for_uncaught("RuntimeError", message, expected)
    assert hint is not None and hint.mistakes == ("exception",) and "escape" in hint.text
    assert hints.for_uncaught("RuntimeError", "another error", expected) is None
    assert hints.for_uncaught("ValueError", message, expected) is None
    assert hints.for_uncaught("RuntimeError", message, enc(torch.ones(2))) is None


def test_autograd_grad_without_allow_unused() -> None:
    x, z = torch.ones(2, requires_grad=True), torch.ones(2, requires_grad=True)
    try:
        torch.autograd.grad((x * 2).sum(), [x, z])
    except RuntimeError as exc:
        hint = hints.for_exception(str(exc))
    assert hint is not None and hint.mistakes == ("exception",) and "allow_unused=True" in hint.text


def test_a_descent_on_a_module_input_is_not_called_a_formula_and_extra_passes_may_be_steps() -> None:
    from grader.values import ModuleValue, TensorValue

    moved = enc(torch.ones(2, requires_grad=True), calls=1, changed=True)
    assert isinstance(moved, TensorValue)
    model = ModuleValue(module_class="Sequential", parameters=(("0.weight", moved),), length=1)
    run = dict(found_inputs={"model": model}, expected_inputs={"model": model}, is_return=True, expected_autograd_runs=1)
    # A loss read after the step, in one pass: the step is an explanation, the formula is not named.
    h = diagnose("return", torch.tensor(2.0), torch.tensor(1.5), **dict(run, autograd_runs=1))
    assert "formula itself differs" not in text(h)
    # Five passes where the reference's descent takes one: steps as much as calls.
    h = diagnose("return", torch.tensor(2.0), torch.tensor(1.5), **dict(run, autograd_runs=5))
    assert {"steps", "backward_count"} <= tags(h)


def test_a_pass_count_equal_to_an_input_size_is_a_style_not_a_mistake() -> None:
    # A loop over the rows of a batch (one pass each) and one batched pass (vmap, a Jacobian) are both right.
    xs = enc(torch.ones(4, 3))
    run: dict[str, Any] = dict(found_inputs={"xs": xs}, expected_inputs={"xs": xs}, is_return=True, expected_autograd_runs=1)
    h = diagnose("return", torch.ones(4, 3), torch.zeros(4, 3), **dict(run, autograd_runs=4))
    assert "backward_count" not in tags(h)
    # Three passes where one was expected, with no size of 3 among the inputs: an extra pass, and nothing added up.
    h = diagnose("return", torch.ones(4, 3), torch.zeros(4, 3), **dict(run, autograd_runs=2, accumulations=0, expected_accumulations=0))
    assert tags(h) == {"backward_count"} and "adds up" not in text(h)
    # A Hessian of a vector of 5 by a gradient and a pass per element of it (6, torch.autograd.functional.hessian)
    # where one batched pass was made (torch.func.hessian): a style too, no call is missing (round N19).
    x = enc(torch.ones(5))
    hess: dict[str, Any] = dict(found_inputs={"x": x}, expected_inputs={"x": x}, is_return=True, expected_autograd_runs=6)
    h = diagnose("return", torch.ones(5, 5), torch.zeros(5, 5), **dict(hess, autograd_runs=1))
    assert "backward_count" not in tags(h) and "missing" not in text(h)


def test_an_extra_pass_where_the_reference_caught_an_error_is_the_pass_that_should_have_raised() -> None:
    try:
        torch.ones(2).mul(2).backward()
    except RuntimeError as exc:
        caught = exc
    x = enc(torch.ones(2, requires_grad=True), calls=2)
    ref_x = enc(torch.ones(2, requires_grad=True), calls=1)
    common: dict[str, Any] = dict(is_return=True, autograd_runs=2, expected_autograd_runs=1, expected_return=(1.0, caught), found_return=(1.0, None))
    h = diagnose("return", torch.tensor(2.0), torch.tensor(1.0), found_inputs={"x": x}, expected_inputs={"x": ref_x}, **common)
    assert "exception" in tags(h) and "should raise" in text(h)
    # The same, where the student's call changed x (the reference's did not): that is why nothing raised.
    changed = enc(torch.ones(2, requires_grad=True), calls=2, changed=True)
    ref_kept = enc(torch.ones(2, requires_grad=True), calls=1, changed=False)
    h = diagnose("return", torch.tensor(2.0), torch.tensor(1.0), found_inputs={"x": changed}, expected_inputs={"x": ref_kept}, **common)
    assert tags(h) == {"input_mutated", "exception"} and "changed x" in text(h)


def test_a_single_number_of_zero_from_gradients_was_read_before_they_existed() -> None:
    w = enc(torch.ones(3, requires_grad=True), calls=1, accumulated=0)
    run: dict[str, Any] = dict(found_inputs={"w": w}, expected_inputs={"w": w}, is_return=True, autograd_runs=1, expected_autograd_runs=1, label="the gradient's norm")
    h = diagnose("return", torch.tensor(8.2), torch.tensor(0.0), **run)
    assert tags(h) == {"order", "operation"} and "before backward() filled them" in text(h)
    # A gradient-shaped tensor of zeros is a kept reference that was wiped, not a number read too early.
    h = diagnose("return", torch.tensor([1.0, 2.0, 3.0]), torch.zeros(3), **run)
    assert tags(h) == {"stored_reference"}


def test_two_returned_results_in_each_others_places_are_named_as_an_order_mistake() -> None:
    a, b = torch.tensor([1.0, 2.0], requires_grad=True), torch.tensor([3.0, 4.0], requires_grad=True)
    expected = (a * b, torch.nn.functional.mse_loss(a, b), (a + b).sum())
    found = (a * b, (a + b).sum(), torch.nn.functional.mse_loss(a, b))
    h = diagnose("return[1].grad_fn", expected, found, is_return=True, expected_return=expected, found_return=found)
    assert [tags(h), "Entries 1 and 2" in text(h)] == [{"order"}, True]
    # One wrong entry is not a swap.
    other = (a * b, (a - b).sum(), (a + b).sum())
    assert "order" not in tags(diagnose("return[1].grad_fn", expected, other, is_return=True, expected_return=expected, found_return=other))


def test_an_extra_gradient_in_as_many_passes_is_a_computation_on_another_tensor() -> None:
    ref, mine = torch.ones(2, requires_grad=True), torch.ones(2, requires_grad=True)
    ref.grad, mine.grad = torch.ones(2), 2 * torch.ones(2)
    e, f = enc(ref, calls=1), enc(mine, calls=2)
    inputs: dict[str, Any] = dict(found_inputs={"b": f}, expected_inputs={"b": e}, prompt="Compute the loss.")
    h = diagnose("b.grad", e, f, **inputs, autograd_runs=2, expected_autograd_runs=2)
    assert tags(h) == {"operation", "broken_graph"} and "as many passes" in text(h)
    h = diagnose("b.grad", e, f, **inputs, autograd_runs=3, expected_autograd_runs=2)
    assert "accumulation" in tags(h)


def test_no_error_from_untracked_inputs_tells_a_missing_backward_from_a_caught_one() -> None:
    x = enc(torch.ones(2))  # no counter: the input does not require grad
    try:
        torch.ones(2).sum().backward()
    except RuntimeError as exc:
        error = exc
    never = diagnose("raised", error, None, found_inputs={"x": x}, expected_inputs={"x": x}, autograd_runs=0)
    assert tags(never) == {"no_backward", "exception"} and "never called" in text(never)
    caught = diagnose("raised", error, None, found_inputs={"x": x}, expected_inputs={"x": x}, autograd_runs=1)
    assert tags(caught) == {"exception", "broken_graph"} and "try/except" in text(caught)


def test_a_gradient_missing_its_weighting_by_an_input_says_which() -> None:
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    v = torch.tensor([0.5, 2.0, -1.0])
    inputs = {"x": enc(x, calls=1, accumulated=0), "v": enc(v)}
    expected = leaf_with_grad(torch.tensor([3.0, 24.0, -27.0]))  # 3 x^2 weighted by v
    found = leaf_with_grad(torch.tensor([6.0, 12.0, 27.0]))  # 3 x^2, unweighted
    h = diagnose("x.grad", expected, found, found_inputs=inputs, expected_inputs=inputs)
    assert "operation" in tags(h) and "weighting by v is missing" in text(h)
    # An unrelated gradient says nothing about v.
    other = leaf_with_grad(torch.tensor([1.0, 1.0, 5.0]))
    assert "weighting" not in text(diagnose("x.grad", expected, other, found_inputs=inputs, expected_inputs=inputs))


def test_numbers_where_autograd_gives_nan_are_named() -> None:
    h = diagnose("return", torch.tensor([float("nan"), 0.5]), torch.tensor([0.0, 0.5]), is_return=True)
    assert tags(h) == {"operation"} and "NaN" in text(h)
    # A NaN kept and a wrong number elsewhere is another mistake.
    assert "NaN" not in text(diagnose("return", torch.tensor([float("nan"), 0.5]), torch.tensor([float("nan"), 0.7]), is_return=True))


def test_a_value_read_after_a_later_backward_equals_the_final_grad() -> None:
    a = leaf_with_grad(torch.full((2,), 0.5))  # the reference's a.grad at the end of the call
    inputs = {"a": rec(encode_tensor(a, max_elements=100, backward_calls=2, accumulated=1))}
    expected = (torch.tensor(1.0), torch.full((2,), 0.25))
    found = (torch.tensor(1.0), torch.full((2,), 0.5))  # the snapshot taken after the second backward
    h = diagnose("return[1]", expected, found, is_return=True, found_inputs=inputs, expected_inputs=inputs, autograd_runs=2)
    assert "order" in tags(h) and "a.grad as it is at the end" in text(h)
    assert "sum_vs_mean" not in tags(h)
    # One backward pass in the call: nothing came later, so an equal number is chance (round N14: z = 2(x+2)^2 for
    # 3(x+2)^2 at x = 1 is the reference's final x.grad, 6(x+2)).
    once = diagnose("return[1]", expected, found, is_return=True, found_inputs=inputs, expected_inputs=inputs, autograd_runs=1)
    assert "at the end of the call" not in text(once)



def test_a_norm_taken_after_the_gradient_was_clipped_is_named() -> None:
    # The gradient was [2, 8] (norm 8.246); clipping left w.grad with norm 1, and the student returned that norm.
    w = leaf_with_grad(torch.tensor([0.2425356, 0.9701425]))
    inputs = {"w": rec(encode_tensor(w, max_elements=100, backward_calls=1, accumulated=0))}
    clip = "Return the gradient's norm before clipping it."
    h = diagnose("return", torch.tensor(8.246211), torch.tensor(1.0), is_return=True, found_inputs=inputs, expected_inputs=inputs, prompt=clip)
    assert tags(h) == {"order", "operation"} and "norm of w.grad as your function leaves it" in text(h)
    # Where no norm is asked for, a number equal to one is a coincidence (a mean of squares of ones, 1, beside a .grad of 0.5s).
    assert "norm of w.grad" not in text(diagnose("return", torch.tensor(8.246211), torch.tensor(1.0), is_return=True, found_inputs=inputs, expected_inputs=inputs))
    # A number that is no norm of any .grad says nothing about when it was taken.
    assert "norm of w.grad" not in text(diagnose("return", torch.tensor(8.246211), torch.tensor(3.0), is_return=True, found_inputs=inputs, expected_inputs=inputs))
    # Where the reference returns that norm as well, the student's differs for another reason.
    other = {"w": rec(encode_tensor(leaf_with_grad(torch.tensor([3.0, 4.0])), max_elements=100, backward_calls=1, accumulated=0))}
    assert "norm of w.grad" not in text(diagnose("return", torch.tensor(5.0), torch.tensor(1.0), is_return=True, found_inputs=inputs, expected_inputs=other))
    # The norm of a one-element .grad is its size: a returned .grad is no norm taken too late.
    one = {"x": rec(encode_tensor(leaf_with_grad(torch.tensor([2.0])), max_elements=100, backward_calls=1, accumulated=0))}
    assert "norm of x.grad" not in text(diagnose("return", torch.tensor(5.0), torch.tensor(2.0), is_return=True, found_inputs=one, expected_inputs=one))
    # A gradient left as no clipping of the reference's would leave it is no sign of a change: a mean's gradient, under
    # the limit, is never clipped, and the norm such an answer returns is its own (a secret whose hidden case fell under
    # the limit made a mean's answer "take it before clipping", in a CI clone).
    small = {"w": rec(encode_tensor(leaf_with_grad(torch.tensor([0.3, 0.4])), max_elements=100, backward_calls=1, accumulated=0))}
    h = diagnose("return", torch.tensor(8.246211), torch.tensor(0.5), is_return=True, found_inputs=small, expected_inputs=inputs, prompt=clip)
    assert "norm of w.grad" not in text(h)


def test_a_returned_grad_where_no_gradient_is_asked_is_no_stored_reference() -> None:
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    (3 * (x + 2) ** 2).sum().backward()
    inputs = {"x": rec(encode_tensor(x, max_elements=100, backward_calls=1, accumulated=0))}
    found = rec(encode(x.grad, aliases={storage_key(x.grad): "x.grad"}))
    h = diagnose("z", torch.tensor([27.0, 48.0]), found, is_return=True, found_inputs=inputs, expected_inputs=inputs, label="one_element_z the call returns z", autograd_runs=1)
    assert "stored_reference" not in tags(h)
    # The same value, recorded as a gradient the check is about and changed by a later pass, is one.
    later = diagnose("z", torch.tensor([27.0, 48.0]), found, is_return=True, found_inputs=inputs, expected_inputs=inputs, label="first_grad", autograd_runs=2)
    assert "stored_reference" in tags(later)


def test_a_reduction_where_none_was_expected_names_the_shape_too() -> None:
    x = torch.ones(3, requires_grad=True)
    h = diagnose("y.grad_fn", x * 2 + 1, (x * 2 + 1).sum())
    assert "should not be reduced" in text(h)
    assert tags(h) == {"operation", "shape"}


def test_a_caught_error_is_alone_on_a_hidden_check_by_the_counts_of_passes_not_by_the_values() -> None:
    """Whether a .grad lies between 0 and the expected one is a question of the values: on a hidden check, asked again
    with other numbers (a pass that fails on purpose costs nothing), the hint's form would bound each hidden entry.
    There only the counts of passes into the tensor decide (tests/hostile/round9)."""
    expected = {"x": enc(leaf_with_grad(torch.tensor([2.0, 4.0])), calls=2)}
    short = {"x": enc(leaf_with_grad(torch.tensor([1.0, 2.0])), calls=2)}
    common: dict[str, Any] = dict(prompt=SUM_PROMPT, autograd_runs=3, expected_autograd_runs=2, autograd_failed=1)
    public = diagnose("x.grad", expected["x"], short["x"], **common)
    assert [h.mistakes for h in public] == [("exception",)]  # the values are shown anyway: short, so the caught pass's
    hidden = diagnose("x.grad", expected["x"], short["x"], reveal=False, **common)
    assert len(hidden) > 1 and hidden[-1].mistakes == ("exception",), [h.text for h in hidden]
    # One pass short of the expected count, with one caught: the caught pass explains it, hidden or not.
    one_short = {"x": enc(leaf_with_grad(torch.tensor([1.0, 2.0])), calls=1)}
    alone = diagnose("x.grad", expected["x"], one_short["x"], reveal=False, **common)
    assert [h.mistakes for h in alone] == [("exception",)], [h.text for h in alone]


def test_a_grad_fn_of_a_later_entry_in_a_short_record_is_an_entry_missing() -> None:
    """Round N15: six graph nodes handed in as five; the fifth holds the sixth's MseLossBackward0, not the sum's."""
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = torch.tensor([3.0, 4.0], requires_grad=True)
    six = [a * b, (a * b).mean(), a + b, a**2, (a + b).sum(), torch.nn.functional.mse_loss(a, b)]
    five = six[:4] + six[5:]
    h = diagnose("return[4].grad_fn", six, five, is_return=True, found_return=five, expected_return=six)
    assert tags(h) == {"steps"} and "an entry before it is missing" in text(h) and "5 entries where 6" in text(h)
    # A hidden check says it without the counts; a record of the right length is another operation, as before.
    hidden = diagnose("return[4].grad_fn", six, five, is_return=True, found_return=five, expected_return=six, reveal=False)
    assert "entry before it is missing" in text(hidden) and "5 entries" not in text(hidden)
    swapped = six[:4] + [six[5], six[4]]
    assert "missing" not in text(diagnose("return[4].grad_fn", six, swapped, is_return=True, found_return=swapped, expected_return=six))


def test_precision_lost_is_recognised_work() -> None:
    """Values within 0.01% of the right ones were computed (float32 for float64): the work, with precision lost."""
    expected = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
    h = diagnose("return", expected, expected * (1 + 3e-5), is_return=True)
    assert tags(h) == {"dtype"} and all(x.recognised for x in h)


def test_rows_added_up_into_one_are_the_gradient_of_a_summed_output_and_recognised() -> None:
    rows = torch.tensor([[2.0, 0.0, 1.0], [4.0, 4.0, -3.0]])
    h = diagnose("grads", rows, rows.sum(0), is_return=True)
    assert "added up into one" in text(h) and tags(h) == {"shape", "operation"} and all(x.recognised for x in h)
    # A total that is one of the rows (the others zeros), a constant total, or another vector of the row's size: not it.
    assert "added up" not in text(diagnose("grads", torch.tensor([[2.0, 1.0], [0.0, 0.0]]), torch.tensor([2.0, 1.0])))
    assert "added up" not in text(diagnose("grads", torch.tensor([[1.0, 2.0], [2.0, 1.0]]), torch.tensor([3.0, 3.0])))
    assert "added up" not in text(diagnose("grads", rows, rows.mean(0)))


def test_a_record_equal_to_the_final_grad_is_read_too_late_unless_that_grad_is_zeros() -> None:
    expected = [torch.tensor([2.0, -1.0]), torch.tensor([4.0, 3.0])]
    late = [torch.tensor([5.0, 7.0]), torch.tensor([5.0, 7.0])]
    final = leaf_with_grad(torch.tensor([5.0, 7.0]))
    h = diagnose("grads", expected, late, is_return=True, autograd_runs=2, expected_inputs={"w": enc(final)})
    assert "read too late" in text(h) and tags(h) >= {"order"}
    # The reference resets the gradient after its last step: a record of zeros equals that final .grad too, and
    # says the copy came after a reset, not after a later backward().
    reset = leaf_with_grad(torch.zeros(2))
    zeros = [torch.zeros(2), torch.zeros(2)]
    h = diagnose("grads", expected, zeros, is_return=True, autograd_runs=2, expected_inputs={"w": enc(reset)})
    assert "read too late" not in text(h) and "all zeros" in text(h)


def test_the_right_values_in_a_python_list_are_named_and_recognised() -> None:
    jac = torch.tensor([[2.0, 1.0], [0.5, 3.0]])
    for found in (jac.tolist(), list(jac), [jac.tolist()]):  # .tolist(), rows never stacked, and inside a list of one
        h = diagnose("jac", jac, found, is_return=True)
        assert "in a Python list" in text(h) and tags(h) == {"type"} and all(x.recognised for x in h), text(h)
        assert "A list was found" not in text(h)  # one hint, not two saying the same
    # Other values in a list, or a constant one, show no work: the plain hint, not recognised.
    for found in ([[2.0, 1.0], [0.5, 4.0]], [[1.0, 1.0], [1.0, 1.0]]):
        h = diagnose("jac", jac if found[0][0] == 2.0 else torch.ones(2, 2), found, is_return=True)
        assert "A list was found where a tensor was expected" in text(h) and not any(x.recognised for x in h), text(h)


def test_the_batch_gradient_repeated_in_every_row_is_named_and_recognised() -> None:
    rows = torch.tensor([[2.0, 0.0], [4.0, 4.0], [1.0, -3.0]])
    for found, how in ((rows.mean(0).expand(3, 2), "averaged"), (rows.sum(0).repeat(3, 1), "added up")):
        h = diagnose("grads", rows, found)
        assert f"the expected rows {how}" in text(h) and "operation" in tags(h) and all(x.recognised for x in h), text(h)
    # Rows all alike but something else, or a total that is a constant: no batch gradient shown.
    assert "Every row of" not in text(diagnose("grads", rows, torch.ones(3, 2)))
    assert "Every row of" not in text(diagnose("grads", rows, (rows.mean(0) + 1).expand(3, 2)))
    flat = torch.tensor([[1.0, 2.0], [2.0, 1.0]])  # column sums 3 and 3
    assert "Every row of" not in text(diagnose("grads", flat, torch.full((2, 2), 3.0)))


def test_backward_passes_that_all_raised_are_not_a_copy_of_the_input() -> None:
    x = torch.ones(2, requires_grad=True)
    # The reference makes a pass that goes through and one that raises by design; the answer made only the second.
    missing = diagnose(
        "x.backward_calls", enc(x, calls=1), enc(x, calls=0), autograd_runs=1, autograd_failed=1,
        expected_autograd_runs=2, expected_autograd_failed=1,
    )
    assert tags(missing) >= {"no_backward"} and "copy" not in text(missing) and "goes through" in text(missing)
    # The reference's one pass goes through; the answer's raised.
    raised = diagnose("x.grad", leaf_with_grad(torch.ones(2)), enc(x, calls=0), autograd_runs=1, autograd_failed=1, expected_autograd_runs=1)
    assert tags(raised) == {"exception"} and "copy" not in text(raised)
    # A pass that went through and missed x is still the copy.
    copy = diagnose("x.backward_calls", enc(x, calls=1), enc(x, calls=0), autograd_runs=1, autograd_failed=0, expected_autograd_runs=1)
    assert "copy of x" in text(copy)


def test_the_right_number_in_a_one_element_tensor_is_recognised_work() -> None:
    right = diagnose("out", 2.5, torch.tensor(2.5))
    assert ".item()" in text(right) and all(h.recognised for h in right)
    # Another number, or a zero (what a do-nothing tensor holds), is the hint alone.
    assert not any(h.recognised for h in diagnose("out", 2.5, torch.tensor(3.0)))
    assert not any(h.recognised for h in diagnose("out", 0.0, torch.zeros(1)))


def test_one_result_of_a_tuple_returned_alone_is_named_by_its_place() -> None:
    expected = (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]), torch.tensor(5.0))
    h = diagnose("return", expected, torch.tensor(5.0), is_return=True)
    assert "entry [2] of the tuple of 3" in text(h) and tags(h) == {"type"}
    assert "entry [1]" in text(diagnose("return", expected, torch.tensor([3.0, 4.0]), is_return=True))
    # A value that is none of them, or a zero, is not named as one.
    assert "entry" not in text(diagnose("return", expected, torch.tensor([7.0, 8.0]), is_return=True))
    zeros = (torch.tensor(0.0), torch.tensor([1.0, 2.0]))
    assert "entry" not in text(diagnose("return", zeros, torch.tensor(0.0), is_return=True))


def test_a_gradient_off_by_the_returned_means_own_divisor_is_recognised() -> None:
    t2 = torch.arange(1.0, 7.0).reshape(2, 3)
    inputs = {"t1": enc(torch.ones(2, 3)), "t2": enc(t2)}
    # Divided by len(t1) = 2 rows instead of 6 elements: the mean and its gradient are both 3 times too large.
    expected, found = leaf_with_grad(t2 / 6), leaf_with_grad(t2 / 2)
    h = diagnose("t1.grad", expected, found, found_inputs=inputs, found_return=torch.tensor(21.0 / 2), expected_return=torch.tensor(21.0 / 6))
    assert tags(h) == {"sum_vs_mean", "operation"} and "as your returned mean is" in text(h) and all(x.recognised for x in h)
    # The returned mean right, or off by another factor: the gradient's factor is not read.
    for returned in (21.0 / 6, 21.0):
        other = diagnose("t1.grad", expected, found, found_inputs=inputs, found_return=torch.tensor(returned), expected_return=torch.tensor(21.0 / 6))
        assert "as your returned mean is" not in text(other)


def test_numbers_of_an_examples_data_and_subscripts_are_no_constants_of_a_formula() -> None:
    prompt = "For `t = torch.tensor([[1., 2.], [3., 4.0]])`, with $t_{1,i}$, compute 3 (x + 2)^2; the gradient is `[5.5, 6.0]`."
    assert hints._written_numbers(prompt) == {3.0, 2.0}


def test_a_tensor_where_none_was_expected_holding_another_results_values_was_read_before_the_reset() -> None:
    g = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    expected, found = (g, torch.tensor([5.0, 6.0]), None), (g, torch.tensor([5.0, 6.0]), g.clone())
    h = diagnose("return[2]", expected, found, is_return=True, expected_return=expected, found_return=found)
    assert "entry [0]" in text(h) and tags(h) == {"order", "stale", "steps", "accumulation"}
    # Values that are no other result's: not told it was read early.
    other = (g, torch.tensor([5.0, 6.0]), torch.tensor([[9.0, 8.0], [7.0, 6.0]]))
    assert "read before" not in text(diagnose("return[2]", expected, other, is_return=True, expected_return=expected, found_return=other))


def test_a_gradient_and_mean_off_by_a_constant_the_prompt_writes_are_not_told_the_divisor() -> None:
    # mean((3 * (x + 2)) ** 2)-style slips scale the mean and its gradient by a constant of the formula: 3 here, which
    # is also the size of one of x's dimensions.
    x = torch.ones(3, 4)
    expected, found = leaf_with_grad(torch.full((3, 4), 0.5)), leaf_with_grad(torch.full((3, 4), 1.5))
    h = diagnose(
        "x.grad", expected, found, found_inputs={"x": enc(x)}, found_return=torch.tensor(6.0), expected_return=torch.tensor(2.0),
        prompt="Compute the mean of 3 (x + 2)^2 and call backward().",
    )
    assert "divides by fewer elements" not in text(h)
