"""Right answers in styles the prompt leaves open count, and a hidden error is named as what it is (blind rounds N8, N9)."""

from __future__ import annotations

from conftest import Course, GradeFn

LINEAR = """
id: linear
title: A linear function
prompt: Return y = w x + b and call y.sum().backward().
function: {name: linear, params: [w, x, b]}
cases:
  - name: small
    inputs:
      w: {tensor: [2.0, 3.0], requires_grad: true}
      x: {tensor: [4.0, 5.0]}
      b: {tensor: [1.0, 1.0], requires_grad: true}
checks:
  - {name: y_value, target: return, points: 2}
  - {name: y_node, target: return.grad_fn, accept: [AddBackward0, AddcmulBackward0]}
  - {name: w_grad, target: w.grad, points: 2}
  - {name: w_passes, target: w.backward_calls}
"""
RIGHT = "def linear(w, x, b):\n    y = w * x + b\n    y.sum().backward()\n    return y\n"


def test_a_result_computed_in_float64_and_cast_back_has_the_operation_under_the_cast(course: Course, grade: GradeFn) -> None:
    course.exercise("linear", LINEAR, RIGHT)
    cast_back = "def linear(w, x, b):\n    y = (w.double() * x.double() + b.double()).to(w.dtype)\n    y.sum().backward()\n    return y\n"
    result = grade(course.config, cast_back).exercise("linear")
    assert result.score == result.max_score, [(c.name, c.message) for c in result.checks]


MEAN = """
id: mean_of
title: A mean
prompt: Return the mean of x as a tensor.
function: {name: mean_of, params: [x]}
cases:
  - {name: small, inputs: {x: {tensor: [1.0, 2.0, 4.0], requires_grad: true}}}
checks:
  - {name: out_value, target: return, points: 2}
"""


def test_one_number_in_a_one_element_tensor_is_the_mean_a_0_dim_tensor_is(course: Course, grade: GradeFn) -> None:
    course.exercise("mean_of", MEAN, "def mean_of(x):\n    return x.mean()\n")
    for style in ("x.mean().reshape(1)", "x.mean(dim=0, keepdim=True)", "torch.stack([x.sum() / x.numel()])"):
        result = grade(course.config, f"import torch\n\ndef mean_of(x):\n    return {style}\n").exercise("mean_of")
        assert result.score == 2, (style, [c.message for c in result.checks])
    # Not one number: another shape, as ever.
    assert grade(course.config, "def mean_of(x):\n    return x / 3\n").exercise("mean_of").score == 0


TWICE = """
id: twice
title: Two passes through one graph
prompt: Compute out = (x * x).sum(), call out.backward(retain_graph=True), then out.backward() again; return out.
function: {name: twice, params: [x]}
cases:
  - {name: small, inputs: {x: {tensor: [1.0, 2.0], requires_grad: true}}}
checks:
  - {name: out_value, target: return, points: 1}
  - {name: x_grad, target: x.grad, points: 2}
  - {name: two_passes, target: x.backward_calls, points: 1}
"""
RIGHT_TWICE = "def twice(x):\n    out = (x * x).sum()\n    out.backward(retain_graph=True)\n    out.backward()\n    return out\n"
SWALLOWED = (
    "def twice(x):\n"
    "    out = (x * x).sum()\n"
    "    out.backward()\n"
    "    try:\n"
    "        out.backward()\n"
    "    except RuntimeError:\n"
    "        pass\n"
    "    return out\n"
)


def test_a_backward_error_caught_inside_the_call_is_named_as_an_error(course: Course, grade: GradeFn) -> None:
    course.exercise("twice", TWICE, RIGHT_TWICE)
    result = grade(course.config, SWALLOWED).exercise("twice")
    by_name = {c.name: c for c in result.checks}
    assert by_name["out_value"].status == "passed"
    for name in ("x_grad", "two_passes"):
        check = by_name[name]
        assert check.status == "failed"
        assert list(check.hint_tags) == ["exception"], (name, check.hint)
        assert "raised an error that your code caught" in (check.hint or "")


THRICE_AND_CAUGHT = (
    "def twice(x):\n"
    "    out = (x * x).sum()\n"
    "    out.backward(retain_graph=True)\n"
    "    out.backward(retain_graph=True)\n"
    "    out.backward()\n"
    "    try:\n"
    "        out.backward()\n"  # through the freed graph: raises, and is caught
    "    except RuntimeError:\n"
    "        pass\n"
    "    return out\n"
)


def test_a_caught_backward_error_does_not_hide_a_pass_too_many(course: Course, grade: GradeFn) -> None:
    """A pass that raised adds nothing: a gradient or a count above the expected one has another cause, named first
    (tests/hostile/round9/pack/caught_error_over_a_double_pass.py)."""
    course.exercise("twice", TWICE, RIGHT_TWICE)
    by_name = {c.name: c for c in grade(course.config, THRICE_AND_CAUGHT).exercise("twice").checks}
    for name in ("x_grad", "two_passes"):
        check = by_name[name]
        assert check.status == "failed"
        assert "backward_count" in check.hint_tags and "exception" in check.hint_tags, (name, check.hint)
        assert not (check.hint or "").startswith("A backward pass in your function raised"), check.hint
