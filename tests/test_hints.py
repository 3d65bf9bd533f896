"""Hints name the mistake from the numbers, and never quote hidden values."""

from __future__ import annotations

import re

import torch

from grader import hints
from grader.compare import compare
from grader.config import DEFAULT_TOLERANCES
from grader.observe import encode, encode_tensor
from grader.targets import parse_target, resolve


def hint_for(
    target: str,
    expected: object,
    found: object,
    *,
    inputs: dict | None = None,
    reveal: bool = True,
    backward_calls: int | None = None,
    is_return: bool = False,
) -> str | None:
    t = parse_target(target)

    def enc(obj: object) -> dict:
        if isinstance(obj, torch.Tensor) and backward_calls is not None:
            return encode_tensor(obj, max_elements=10**6, backward_calls=backward_calls)
        return encode(obj)

    e_root, f_root = enc(expected), enc(found)
    e, f = resolve(e_root, t), resolve(f_root, t)
    m = compare(e, f, tol=DEFAULT_TOLERANCES["float32"], tol_for=lambda d: DEFAULT_TOLERANCES[d])
    assert m is not None, "the test needs values that differ"
    parent = t.parent() if t.steps else None
    ctx = hints.Context(
        target=t,
        mismatch=m,
        expected_parent=resolve(e_root, parent) if parent else None,
        found_parent=resolve(f_root, parent) if parent else None,
        found_inputs={k: encode(v) for k, v in (inputs or {}).items()},
        reveal=reveal,
        is_return=is_return,
    )
    return hints.diagnose(ctx)


def leaf_with_grad(grad: torch.Tensor) -> torch.Tensor:
    x = torch.zeros_like(grad, requires_grad=True)
    x.grad = grad.clone()
    return x


def test_integer_multiple_of_a_gradient_means_accumulation() -> None:
    # 4 elements, factor 3: not a sum-vs-mean factor, so accumulation over 3 calls.
    h = hint_for("x.grad", leaf_with_grad(torch.full((4,), 1.5)), leaf_with_grad(torch.full((4,), 4.5)))
    assert h is not None and "3× the expected" in h and "zero" in h.lower()


def test_per_step_entries_growing_means_accumulation() -> None:
    expected = [torch.full((4,), 3.0)] * 3
    found = [torch.full((4,), 3.0 * (i + 1)) for i in range(3)]
    h = hint_for("return", expected, found)
    assert h is not None and "accumulates" in h and "entry [1]" in h


def test_factor_equal_to_element_count_means_sum_instead_of_mean() -> None:
    x = torch.ones(2, 2)
    h = hint_for("x.grad", leaf_with_grad(torch.full((2, 2), 4.5)), leaf_with_grad(torch.full((2, 2), 18.0)), inputs={"x": x})
    assert h is not None and "sum where a mean was meant" in h
    assert "backward() calls added up" not in h  # the better explanation wins


def test_factor_one_over_n_means_mean_instead_of_sum() -> None:
    h = hint_for("out", torch.tensor(12.0), torch.tensor(3.0), inputs={"x": torch.ones(4)})
    assert h is not None and "mean where a sum was meant" in h


def test_grad_none_on_an_input_that_does_not_require_grad() -> None:
    h = hint_for("x.grad", leaf_with_grad(torch.ones(2)), torch.ones(2))
    assert h is not None and "does not require grad" in h


def test_grad_none_when_no_gradient_flowed() -> None:
    h = hint_for("x.grad", leaf_with_grad(torch.ones(2)), torch.ones(2, requires_grad=True), backward_calls=0)
    assert h is not None and "No gradient reached x" in h and "detach()" in h


def test_grad_none_on_a_non_leaf_suggests_retain_grad() -> None:
    p = torch.ones(1, requires_grad=True)
    w_expected = 10 * p
    w_expected.retain_grad()
    (w_expected**2).sum().backward()
    w_found = 10 * torch.ones(1, requires_grad=True)
    h = hint_for("w.grad", w_expected, w_found)
    assert h is not None and "not a leaf" in h and "retain_grad()" in h


def test_result_without_grad_fn_was_computed_under_no_grad() -> None:
    x = torch.ones(2, requires_grad=True)
    with torch.no_grad():
        detached = x * 2
    h = hint_for("out.grad_fn", x * 2, detached)
    assert h is not None and "no_grad" in h and "detach" in h


def test_unexpected_grad_fn_names_both_operations() -> None:
    x = torch.ones(2, requires_grad=True)
    h = hint_for("out.grad_fn", x.mean(), x.sum())
    assert h == "The last operation that produced out was a sum (SumBackward0), but a mean (MeanBackward0) was expected."


def test_leaf_modified_in_place() -> None:
    leaf = torch.ones(2)
    w = torch.ones(2, requires_grad=True)
    not_leaf = torch.ones(2)
    not_leaf.mul_(w)  # an in-place op with a tracked operand makes it a graph node
    h = hint_for("x.is_leaf", leaf, not_leaf)
    assert h is not None and "in place" in h


def test_reduced_where_it_should_not_be_and_the_reverse() -> None:
    assert "reduced to a single value" in (hint_for("z", torch.ones(3), torch.tensor(3.0)) or "")
    assert "reduce it" in (hint_for("z", torch.tensor(3.0), torch.ones(3)) or "")


def test_backward_never_called() -> None:
    t = parse_target("w.backward_calls")
    e = encode_tensor(torch.ones(1), max_elements=10, backward_calls=3)
    f = encode_tensor(torch.ones(1), max_elements=10, backward_calls=0)
    m = compare(resolve(e, t), resolve(f, t), tol=DEFAULT_TOLERANCES["float32"])
    assert m is not None
    ctx = hints.Context(target=t, mismatch=m, expected_parent=e, found_parent=f, found_inputs={}, reveal=True)
    h = hints.diagnose(ctx)
    assert h is not None and "backward() never ran through w" in h


def test_returned_none_and_numbers_instead_of_tensors() -> None:
    assert "forget the `return`" in (hint_for("out", torch.tensor(1.0), None, is_return=True) or "")
    # A .grad that is None is not a missing return.
    assert "return" not in (hint_for("x.grad", leaf_with_grad(torch.ones(2)), torch.ones(2), is_return=False) or "")
    assert ".item()" in (hint_for("out", torch.tensor(1.0), 1.0) or "")


def test_a_leaf_that_should_require_grad_is_told_to_requires_grad_() -> None:
    h = hint_for("t.requires_grad", torch.ones(2, requires_grad=True), torch.ones(2))
    assert h is not None and "t.requires_grad_()" in h and "no_grad" not in h


def test_shape_mismatches_get_no_ratio_hints() -> None:
    h = hint_for("v.shape", torch.ones(1), torch.ones(9))
    assert h is None or "sum where a mean" not in h


def test_flipped_sign() -> None:
    assert "sign is flipped" in (hint_for("p", torch.tensor([1.0, -2.0]), torch.tensor([-1.0, 2.0])) or "")


def test_hidden_hints_name_the_mistake_without_numbers() -> None:
    h = hint_for("x.grad", leaf_with_grad(torch.full((4,), 1.7)), leaf_with_grad(torch.full((4,), 5.1)), reveal=False)
    assert h is not None and "accumulated" in h
    assert not re.search(r"\d", h)
    h = hint_for("x.grad", leaf_with_grad(torch.full((2, 2), 1.7)), leaf_with_grad(torch.full((2, 2), 6.8)), inputs={"x": torch.ones(2, 2)}, reveal=False)
    assert h is not None and "sum where a mean" in h and not re.search(r"\d", h)


def test_operation_words() -> None:
    assert hints.operation("MseLossBackward0") == "an MSE loss (MseLossBackward0)"
    assert hints.operation("WeirdBackward3") == "WeirdBackward3"


def test_a_recorded_gradient_that_is_really_grad_itself_suggests_clone() -> None:
    t = parse_target("first")
    p_found = torch.ones(1, requires_grad=True)
    p_found.grad = torch.tensor([20.0])
    p_expected = torch.ones(1, requires_grad=True)
    p_expected.grad = torch.tensor([20.0])
    m = compare(encode(torch.tensor([10.0])), encode(torch.tensor([20.0])), tol=DEFAULT_TOLERANCES["float32"])
    assert m is not None
    ctx = hints.Context(
        target=t, mismatch=m, expected_parent=None, found_parent=None,
        found_inputs={"p": encode(p_found), "first": encode(torch.tensor([20.0]))},
        expected_inputs={"p": encode(p_expected), "first": encode(torch.tensor([10.0]))},
        reveal=True,
    )
    h = hints.diagnose(ctx)
    assert h is not None and "p.grad.clone()" in h
    assert "Zero it before each backward" not in h  # not the accumulation advice


def test_expected_exception_stored_as_text_is_a_type_mismatch() -> None:
    m = compare(encode(RuntimeError("boom")), encode("boom"), tol=DEFAULT_TOLERANCES["float32"])
    assert m is not None and m.kind == "type"
    assert m.summary == "expected a RuntimeError exception, found a string"


def test_notebook_variable_that_should_hold_an_exception() -> None:
    t = parse_target("err_var")
    m = compare(encode(RuntimeError("x")), encode(None), tol=DEFAULT_TOLERANCES["float32"])
    assert m is not None
    ctx = hints.Context(target=t, mismatch=m, expected_parent=None, found_parent=None, found_inputs={}, reveal=True)
    h = hints.diagnose(ctx)
    assert h is not None and h.startswith("No RuntimeError was raised, so err_var holds nothing")
