"""Comparing observed values: tensors within tolerance, plain values, sequences, exceptions."""

from __future__ import annotations

import math

import torch

from grader.compare import Tolerances, common_ratio, compare, display
from grader.config import DEFAULT_TOLERANCES, Tolerance
from grader.observe import encode
from grader.protocol import validate_value
from grader.values import ListValue, StrValue, Value

F32 = DEFAULT_TOLERANCES["float32"]
TOLERANCES = Tolerances(lambda d: DEFAULT_TOLERANCES[d])


def rec(obj: object) -> Value:
    """A Python object as the grader reads it: encoded, then through the protocol's parser."""
    return validate_value(encode(obj), "test", max_elements=None)


def cmp(expected: object, found: object, **kw):
    return compare(rec(expected), rec(found), tolerances=TOLERANCES, **kw)


def test_equal_tensors_and_float32_rounding_pass() -> None:
    x = torch.randn(3, 4)
    assert cmp(x, x.clone()) is None
    # Summing in another order changes the last bits: still correct.
    a = torch.rand(1000)
    assert cmp(a.sum(), a.flip(0).cumsum(0)[-1]) is None


def test_value_mismatch_reports_count_largest_difference_and_first_index() -> None:
    expected = torch.zeros(2, 3)
    found = expected.clone()
    found[1, 2] = 0.5
    found[0, 1] = 0.25
    m = cmp(expected, found)
    assert m is not None and m.kind == "value"
    assert m.summary == "2 of 6 values differ"
    assert m.facts["index"] == (0, 1)
    assert m.facts["expected_at"] == 0.0 and m.facts["found_at"] == 0.25
    assert m.facts["max_abs_diff"] == 0.5


def test_shape_is_confirmed_before_values() -> None:
    m = cmp(torch.ones(3), torch.ones(3, 1))
    assert m is not None and m.kind == "shape"
    assert m.summary == "expected shape (3,), found (3, 1)"


def test_floating_dtypes_compare_by_value_unless_the_dtype_is_fixed() -> None:
    assert cmp(torch.ones(2), torch.ones(2, dtype=torch.float64)) is None
    m = cmp(torch.ones(2), torch.ones(2, dtype=torch.float64), exact_dtype=True)
    assert m is not None and m.kind == "dtype"
    # Integers are another kind of answer, fixed or not.
    m = cmp(torch.ones(2), torch.ones(2, dtype=torch.int64))
    assert m is not None and m.kind == "dtype"


def test_float64_against_float32_uses_the_looser_tolerance() -> None:
    third = torch.tensor([1 / 3], dtype=torch.float64)
    assert cmp(third.float(), third) is None  # float32 rounding: within float32's tolerance
    assert cmp(third, third.float(), exact_dtype=True) is not None


def test_accepted_alternatives_count_as_right() -> None:
    x = torch.ones(2, requires_grad=True)
    mean, div = encode(x.mean())["grad_fn"], encode(x.sum() / 2)["grad_fn"]
    as_value = StrValue(mean), StrValue(div)
    assert compare(*as_value, tolerances=TOLERANCES) is not None
    assert compare(*as_value, tolerances=TOLERANCES, accept=("DivBackward0",)) is None


def test_a_list_that_holds_fewer_items_than_its_length_never_matches() -> None:
    forged = ListValue(items=(), length=3)  # the parser refuses it (test_protocol); compare does not trust that alone
    m = compare(rec([1, 2, 3]), forged, tolerances=TOLERANCES)
    assert m is not None and m.kind == "length"


def test_nan_equals_nan_but_not_a_number() -> None:
    nan = torch.tensor([math.nan, 1.0])
    assert cmp(nan, nan.clone()) is None
    assert cmp(nan, torch.tensor([0.0, 1.0])) is not None
    assert cmp(torch.tensor([math.inf]), torch.tensor([1e30])) is not None


def test_tolerance_override() -> None:
    loose = Tolerance(rtol=0.1, atol=0.0)
    assert compare(rec(torch.tensor([1.0])), rec(torch.tensor([1.05])), tolerances=Tolerances.uniform(loose)) is None
    assert cmp(torch.tensor([1.0]), torch.tensor([1.05])) is not None


def test_tensor_expected_but_other_type_found() -> None:
    m = cmp(torch.tensor(2.0), 2.0)
    assert m is not None and m.kind == "type"
    assert "found a float" in m.summary


def test_plain_values() -> None:
    assert cmp(3, 3) is None
    assert cmp(3, 4) is not None
    assert cmp(0.1 + 0.2, 0.3) is None  # float tolerance, not ==
    assert cmp(2, 2.0) is None  # a number is a number
    assert cmp(True, True) is None
    assert cmp(True, 1) is not None  # but a flag is not a number
    assert cmp("MulBackward0", "MulBackward0") is None
    assert cmp("MulBackward0", "AddBackward0") is not None
    assert cmp(None, None) is None
    assert cmp(None, 0).kind == "none"  # type: ignore[union-attr]


def test_string_match_pattern() -> None:
    assert cmp("anything", "grad can be implicitly created", match="implicitly") is None
    assert cmp("anything", "other", match="implicitly") is not None


def test_sequences_report_the_first_differing_entry() -> None:
    expected = [torch.full((2,), 3.0)] * 3
    found = [torch.full((2,), 3.0), torch.full((2,), 6.0), torch.full((2,), 9.0)]
    m = cmp(expected, found)
    assert m is not None and m.path == "[1]"
    assert common_ratio(m.found, m.expected) == 2.0
    short = cmp(expected, found[:2])
    assert short is not None and short.kind == "length"
    assert cmp((1, 2), [1, 2]) is None  # tuple or list: both sequences


def test_exceptions_compare_type_and_message_pattern() -> None:
    err = RuntimeError("grad can be implicitly created only for scalar outputs")
    assert cmp(err, err, match="only for scalar") is None
    assert cmp(err, ValueError("x")).kind == "type"  # type: ignore[union-attr]
    assert cmp(err, RuntimeError("other"), match="only for scalar").kind == "message"  # type: ignore[union-attr]
    assert cmp(err, None).kind == "not_raised"  # type: ignore[union-attr]


def test_display_is_short_and_readable() -> None:
    x = torch.ones(2, 2, requires_grad=True)
    out = (3 * (x + 2) ** 2).mean()
    assert display(rec(out)) == "tensor(27., grad_fn=<MeanBackward0>)"
    assert display(rec(torch.arange(100.0))).startswith("tensor([0., 1., 2., 3., 4., 5., ..., 99.])")
    assert display(rec(None)) == "None"
    assert display(rec([1, 2])) == "[1, 2]"


def test_at_least_takes_a_count_as_high_or_higher_and_nothing_else() -> None:
    assert cmp(2, 3, at_least=True) is None
    assert cmp(2, 2, at_least=True) is None
    fewer = cmp(2, 1, at_least=True)
    assert fewer is not None and fewer.kind == "value"
    assert cmp(2, 3) is not None  # without it, a count is exact
    assert cmp(2.0, 3.0, at_least=True) is not None  # counts only


def test_one_value_of_another_one_element_shape_matches_unless_the_shape_is_exact() -> None:
    # A mean reshaped to [1], or kept as [1, 1]: one number, as the 0-dimensional mean is; prompts rarely say which.
    assert cmp(torch.tensor(2.5), torch.tensor([2.5])) is None
    assert cmp(torch.tensor([2.5]), torch.tensor([[2.5]])) is None
    assert cmp(torch.tensor(2.5), torch.tensor([2.6])).kind == "value"
    m = cmp(torch.tensor([2.5]), torch.tensor(2.5), exact_shape=True)
    assert m is not None and m.kind == "shape"
    # More than one value is another shape, as ever.
    assert cmp(torch.tensor(2.5), torch.tensor([2.5, 2.5])).kind == "shape"
