"""Recognised work: the failures that one known mistake explains, and what they let count beside them."""

from __future__ import annotations

import pytest
from conftest import Course, GradeFn, check_named

from grader.errors import ConfigError

STEPS_SPEC = """
id: grads_per_step
title: One gradient per step
prompt: For each of `steps` steps, backpropagate (w * w).sum() and keep a copy of w.grad, then reset it. Return the list.
function: {name: grads_per_step, params: [w, steps]}
cases:
  - {name: three, inputs: {w: {tensor: [1.0, -2.0], requires_grad: true}, steps: 3}}
  - {name: four, inputs: {w: {random: normal, shape: [3], requires_grad: true}, steps: 4}}
  - {name: secret, inputs: {w: {random: normal, shape: [5], requires_grad: true}, steps: 2}}
checks:
  - {name: entries, target: return, cases: [three, four], hidden_cases: [secret], points: 2}
  - {name: passes, target: w.backward_calls, cases: [three, four]}
  - {name: w_unchanged, target: w.changed, cases: [three, four], requires: [entries, passes]}
"""

STEPS_REFERENCE = """
def grads_per_step(w, steps):
    out = []
    for _ in range(steps):
        (w * w).sum().backward()
        out.append(w.grad.clone())
        w.grad = None
    return out
"""

ONE_SHORT = '''"""Wrong: range(1, steps) does one step too few.

fails: entries, passes
description: loops over range(1, steps), one step too few
mistakes: steps
"""


def grads_per_step(w, steps):
    out = []
    for _ in range(1, steps):
        (w * w).sum().backward()
        out.append(w.grad.clone())
        w.grad = None
    return out
'''

ERROR_SPEC = """
id: second_backward
title: The error of a second backward pass
prompt: Compute y = (x * x).sum(), call y.backward() twice, and return (x.grad, the RuntimeError the second call raises).
function: {name: second_backward, params: [x]}
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, 3.0], requires_grad: true}}}
  - {name: other, inputs: {x: {random: normal, shape: [4], requires_grad: true}}}
checks:
  - {name: grad, target: "return[0]", cases: [simple, other], points: 2, requires: [error]}
  - {name: error, target: "return[1]", cases: [simple], match: backward through the graph a second time}
"""

ERROR_REFERENCE = """
def second_backward(x):
    y = (x * x).sum()
    y.backward()
    try:
        y.backward()
    except RuntimeError as err:
        return x.grad, err
    return x.grad, None
"""


@pytest.fixture
def steps_course(course: Course) -> Course:
    course.exercise("grads_per_step", STEPS_SPEC, STEPS_REFERENCE)
    course.file("solutions/wrong/grads_per_step/one_short.py", ONE_SHORT)
    return course


def test_a_list_one_entry_short_is_the_known_mistake_and_its_count_too(steps_course: Course, grade: GradeFn) -> None:
    """A list of gradients names a known mistake as a tensor does; the count of passes that the same mistake gives is
    explained by it, so what the work guards (w left alone) counts beside it."""
    student = "def grads_per_step(w, steps):\n    out = []\n    for i in range(steps - 1):\n        (w ** 2).sum().backward()\n        out.append(w.grad.clone())\n        w.grad.zero_()\n    return out\n"
    result = grade(steps_course.config, student).exercise("grads_per_step")
    entries, passes, unchanged = (check_named(result, name) for name in ("entries", "passes", "w_unchanged"))
    assert entries.status == "failed" and entries.recognised and "one step too few" in (entries.hint or "")
    assert passes.status == "failed" and passes.recognised
    assert unchanged.status == "passed" and result.score == unchanged.max_points


def test_a_count_no_recognised_mistake_explains_leaves_the_guard_shut(steps_course: Course, grade: GradeFn) -> None:
    # One step short, and every entry doubled: the entries are no known mistake's, so the count explains nothing.
    student = "def grads_per_step(w, steps):\n    out = []\n    for i in range(steps - 1):\n        (w ** 2).sum().backward()\n        out.append(2 * w.grad.clone())\n        w.grad = None\n    return out\n"
    result = grade(steps_course.config, student).exercise("grads_per_step")
    assert not check_named(result, "passes").recognised
    assert check_named(result, "w_unchanged").status == "failed" and result.score == 0


def test_the_share_of_a_recognised_failure_is_the_courses_choice(steps_course: Course, grade: GradeFn) -> None:
    student = "def grads_per_step(w, steps):\n    out = []\n    for i in range(1, steps):\n        (w * w).sum().backward()\n        out.append(w.grad.clone())\n        w.grad = None\n    return out\n"
    assert check_named(grade(steps_course.config, student).exercise("grads_per_step"), "entries").points == 0
    steps_course.settings["recognised_share"] = 0.5
    result = grade(steps_course.config, student).exercise("grads_per_step")
    entries = check_named(result, "entries")
    assert entries.status == "failed" and entries.points == entries.max_points / 2 and "50% of its points" in entries.message
    assert check_named(result, "w_unchanged").status == "passed" and 0 < result.score < result.max_score


def test_a_share_outside_zero_to_one_is_refused(course: Course) -> None:
    course.settings["recognised_share"] = 1.5
    with pytest.raises(ConfigError, match="at most 1"):
        _ = course.config


@pytest.fixture
def error_course(course: Course) -> Course:
    course.exercise("second_backward", ERROR_SPEC, ERROR_REFERENCE)
    return course


def _second_backward(kept: str) -> str:
    return (
        "def second_backward(x):\n    y = (x * x).sum()\n    y.backward()\n    try:\n        y.backward()\n"
        f"    except RuntimeError as err:\n        return x.grad, {kept}\n    return x.grad, None\n"
    )


def test_the_errors_own_message_kept_as_text_lets_the_values_count(error_course: Course, grade: GradeFn) -> None:
    """The library's message shows the step that raises ran; only what was kept is wrong (round N15: errors kept as
    strings earned nothing)."""
    result = grade(error_course.config, _second_backward("str(err)")).exercise("second_backward")
    error, grad = check_named(result, "error"), check_named(result, "grad")
    assert error.status == "failed" and error.recognised and "str(err)" in (error.hint or "")
    assert grad.status == "passed" and result.score == grad.max_points


def test_the_message_typed_in_with_no_pass_that_raised_it_is_not_work(error_course: Course, grade: GradeFn) -> None:
    import torch

    y = (torch.ones(2, requires_grad=True) * 2).sum()
    y.backward()
    try:
        y.backward()
    except RuntimeError as err:
        message = str(err)
    student = f"def second_backward(x):\n    (x * x).sum().backward()\n    return x.grad, {message!r}\n"
    result = grade(error_course.config, student).exercise("second_backward")
    assert not check_named(result, "error").recognised
    assert check_named(result, "grad").status == "failed" and result.score == 0


def test_any_other_text_in_place_of_the_error_does_not(error_course: Course, grade: GradeFn) -> None:
    result = grade(error_course.config, _second_backward("'the graph was freed'")).exercise("second_backward")
    assert not check_named(result, "error").recognised
    assert check_named(result, "grad").status == "failed" and result.score == 0


def test_an_error_the_prompt_asks_for_is_never_explained_away(error_course: Course, grade: GradeFn) -> None:
    """A known mistake that keeps the graph (and so never raises) explains the missing error no more than nothing
    does: the values the author gated on the error stay withdrawn."""
    error_course.file(
        "solutions/wrong/second_backward/keeps_graph.py",
        '"""Keeps the graph.\n\nfails: grad, error\ndescription: passes retain_graph=True, so the second call adds its gradient\n'
        'mistakes: backward_count\n"""\n\n\ndef second_backward(x):\n    y = (x * x).sum()\n    y.backward(retain_graph=True)\n'
        "    y.backward()\n    return x.grad, None\n",
    )
    student = "def second_backward(x):\n    y = (x ** 2).sum()\n    y.backward(retain_graph=True)\n    y.backward()\n    return x.grad, None\n"
    result = grade(error_course.config, student).exercise("second_backward")
    grad, error = check_named(result, "grad"), check_named(result, "error")
    assert grad.recognised and not error.recognised
    assert result.score == 0


STEP_SPEC = """
id: one_step
title: One step of descent
prompt: Backpropagate (w * w).sum(), move w by -0.1 times its gradient under no_grad, keep w.grad, return the loss.
function: {name: one_step, params: [w]}
cases:
  - {name: simple, inputs: {w: {tensor: [1.0, -2.0, 0.5], requires_grad: true}}}
  - {name: other, inputs: {w: {random: normal, shape: [4], requires_grad: true}}}
checks:
  - name: grad
    target: w.grad
    cases: [simple, other]
    points: 2
    hint:
      text: w.grad is None after one backward pass that reached w; the gradient was cleared after the step.
      mistake: order
      when: {found: null, backward_calls: 1}
      recognised: %s
  - {name: moved, target: w, cases: [simple, other], requires: [grad]}
"""

STEP_REFERENCE = """
import torch


def one_step(w):
    loss = (w * w).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    return loss.item()
"""

CLEARED_AFTER_STEP = STEP_REFERENCE.replace("    return loss.item()", "    w.grad = None\n    return loss.item()")


@pytest.mark.parametrize("recognised", [True, False])
def test_an_authors_hint_may_say_its_evidence_is_the_work_with_one_mistake(course: Course, grade: GradeFn, recognised: bool) -> None:
    """None is a value many mistakes give; with one backward pass that reached w, mlp_param_grads' author knows it as
    the gradients cleared after the step, which the step's own check shows was taken."""
    course.exercise("one_step", STEP_SPEC % str(recognised).lower(), STEP_REFERENCE)
    result = grade(course.config, CLEARED_AFTER_STEP).exercise("one_step")
    grad, moved = check_named(result, "grad"), check_named(result, "moved")
    assert grad.status == "failed" and grad.recognised is recognised and "cleared after the step" in (grad.hint or "")
    assert (moved.status == "passed") is recognised


HOOK_SPEC = """
id: hook_once
title: A hook for the first pass only
prompt: Register a hook doubling x's gradient, backpropagate (x ** 3).sum(), keep a copy of x.grad, remove the hook, backpropagate again, and return the copy.
function: {name: hook_once, params: [x]}
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, -2.0, 0.5], requires_grad: true}}}
  - {name: other, inputs: {x: {random: normal, shape: [4], requires_grad: true}}}
  - {name: secret, inputs: {x: {random: normal, shape: [6], requires_grad: true}}}
checks:
  - {name: first, target: return, cases: [simple, other], hidden_cases: [secret], points: 2}
  - {name: x_grad_final, target: x.grad, cases: [simple, other], hidden_cases: [secret], points: 2}
  - {name: x_unchanged, target: x.changed, cases: [simple, other], requires: [x_grad_final]}
"""

HOOK_REFERENCE = """
def hook_once(x):
    handle = x.register_hook(lambda g: g * 2)
    (x ** 3).sum().backward()
    first = x.grad.clone()
    handle.remove()
    (x ** 3).sum().backward()
    return first
"""

NEVER_REMOVED = '''"""Wrong: the hook stays for the second pass.

fails: x_grad_final
description: never removes the hook, so the second gradient is doubled too
mistakes: operation
"""


def hook_once(x):
    x.register_hook(lambda g: g * 2)
    (x ** 3).sum().backward()
    first = x.grad.clone()
    (x ** 3).sum().backward()
    return first
'''

REMOVED_LATE = """
def hook_once(x):
    handle = x.register_hook(lambda g: g * 2)
    (x ** 3).sum().backward()
    first = x.grad.clone()
    (x ** 3).sum().backward()
    handle.remove()
    return first
"""


@pytest.mark.parametrize("with_known", [True, False], ids=["known_mistake", "no_known_mistake"])
def test_a_known_mistake_a_step_left_out_also_gives_is_recognised_without_a_name(course: Course, grade: GradeFn, with_known: bool) -> None:
    """The reference without ``handle.remove()`` gives the wrong solution's values on ``x_grad_final``, so they name no
    mistake there (a hook removed too late, or never, or a second one registered, all give them). Only the work with
    the hook's removal missing gives them on every case, hidden ones included: recognised, so the check they guard
    counts, with no words. Without the author's wrong solution nothing tells those values from any other."""
    course.exercise("hook_once", HOOK_SPEC, HOOK_REFERENCE)
    if with_known:
        course.file("solutions/wrong/hook_once/never_removed.py", NEVER_REMOVED)
    result = grade(course.config, REMOVED_LATE).exercise("hook_once")
    final = check_named(result, "x_grad_final")
    assert final.status == "failed" and final.hint is None and final.hint_tags == []
    assert final.recognised is with_known
    assert check_named(result, "first").status == "passed"
    assert check_named(result, "x_unchanged").status == ("passed" if with_known else "failed")
    assert result.score == (4 if with_known else 3)  # first and its hidden check, and x_unchanged when recognised


ONES_SPEC = """
id: ones_backward
title: backward() with a vector of ones
prompt: Compute f = 2 x^2 + 5 x element by element, call f.backward(torch.ones_like(f)) and return f.
function: {name: ones_backward, params: [x], returns: f}
cases:
  - {name: example, inputs: {x: {full: [4, 4], value: 1.5, requires_grad: true}}}
  - {name: other, inputs: {x: {random: normal, shape: [2, 3], requires_grad: true}}}
  - {name: vector, inputs: {x: {random: normal, shape: [5], requires_grad: true}}}
  - {name: square, inputs: {x: {random: normal, shape: [4, 4], requires_grad: true}}}
checks:
  - {name: f_value, target: f, cases: [example, other]}
  - {name: x_grad, target: x.grad, cases: [example, other], points: 2}
  - {name: once, target: x.backward_calls, cases: [example]}
  - {name: x_grad_hidden, target: x.grad, cases: [vector, square], visibility: hidden, points: 2}
"""

ONES_REFERENCE = """
import torch


def ones_backward(x):
    f = 2 * x ** 2 + 5 * x
    f.backward(torch.ones_like(f))
    return f
"""


def _ones_backward(f: str) -> str:
    return f"import torch\n\n\ndef ones_backward(x):\n    f = {f}\n    f.backward(torch.ones(4, 4))\n    return f\n"


@pytest.mark.parametrize(
    ("f", "recognised"),
    [
        # The method right, the shape of v written in: right on every 4x4 input, hidden ones included.
        ("2 * x ** 2 + 5 * x", True),
        # A line through the example's f and gradient (11x - 4.5 has both at 1.5): right on the example only.
        ("11 * x - 4.5", False),
        # A sign wrong as well: right nowhere, so nothing is told of the method.
        ("2 * x ** 2 - 5 * x", False),
    ],
)
def test_work_right_for_the_shape_written_into_it_is_recognised(course: Course, grade: GradeFn, f: str, recognised: bool) -> None:
    """torch.ones(4, 4) where ones_like was asked: right wherever the shape fits, a size error elsewhere. The hidden
    4x4 case, with values no one could type in, tells it from an answer written in for the example (the hardcoded
    ones(4, 4) of seven rounds earned nothing)."""
    course.exercise("ones_backward", ONES_SPEC, ONES_REFERENCE)
    result = grade(course.config, _ones_backward(f)).exercise("ones_backward")
    x_grad = check_named(result, "x_grad")
    assert x_grad.status == "failed" and x_grad.recognised is recognised
    assert ("a size or shape is written into it" in (x_grad.hint or "")) is recognised
    assert (check_named(result, "once").points > 0) is recognised


def test_a_size_error_beside_no_hidden_case_of_the_example_shape_is_not_work(course: Course, grade: GradeFn) -> None:
    """Without a hidden case of the shape written in, values typed in for the example cannot be told from the work."""
    course.exercise("ones_backward", ONES_SPEC.replace("cases: [vector, square]", "cases: [vector]"), ONES_REFERENCE)
    result = grade(course.config, _ones_backward("2 * x ** 2 + 5 * x")).exercise("ones_backward")
    assert not check_named(result, "x_grad").recognised and result.score == 0


def test_a_flag_right_on_the_hidden_case_of_the_example_shape_is_no_evidence(course: Course, grade: GradeFn) -> None:
    """A flag or a count is right for most answers, typed in or not: only a hidden value tells the work (the tutorials corpus's
    `t1 @ t2.T`, tracked on every case, was told it was right for some shapes)."""
    spec = ONES_SPEC.replace("{name: x_grad_hidden, target: x.grad,", "{name: tracked_hidden, target: f.requires_grad,")
    course.exercise("ones_backward", spec, ONES_REFERENCE)
    result = grade(course.config, _ones_backward("2 * x ** 2 + 5 * x")).exercise("ones_backward")
    assert not check_named(result, "x_grad").recognised and result.score == 0


GRAD_SPEC = """
id: square_grad
title: The gradient of a sum of squares
prompt: Return the gradient of (x ** 2).sum() with respect to x, by torch.autograd.grad, as a tensor shaped like x.
function: {name: square_grad, params: [x]}
cases:
  - {name: example, inputs: {x: {tensor: [1.0, 2.0, 3.0], requires_grad: true}}}
  - {name: other, inputs: {x: {random: normal, shape: [4], requires_grad: true}}}
  - {name: secret, inputs: {x: {random: normal, shape: [2, 3], requires_grad: true}}}
checks:
  - {name: gradient, target: return, cases: [example, other], points: 2}
  - {name: x_unchanged, target: x.changed, cases: [example, other], requires: [gradient]}
  - {name: gradient_hidden, target: return, cases: [secret], visibility: hidden, points: 2}
"""

GRAD_REFERENCE = """
import torch


def square_grad(x):
    return torch.autograd.grad((x ** 2).sum(), x)[0]
"""


@pytest.mark.parametrize(
    ("returned", "recognised"),
    [
        ("torch.autograd.grad((x ** 2).sum(), x)", True),  # the tuple torch.autograd.grad returns
        ("[torch.autograd.grad((x ** 2).sum(), x)[0]]", True),
        ("torch.autograd.grad((x ** 2).sum(), x)[0].unsqueeze(0)", True),  # a batch of one
        ("torch.autograd.grad((x ** 2).sum(), x)[0].flatten()", True),  # right on the vectors, flat on the matrix
        # Another formula in the same tuple: nothing of the work is told.
        ("torch.autograd.grad((x ** 3).sum(), x)", False),
    ],
)
def test_the_right_values_in_another_shape_or_in_a_tuple_are_recognised(course: Course, grade: GradeFn, returned: str, recognised: bool) -> None:
    """Values right on every case, hidden ones included, laid out in another shape or wrapped in a one-element tuple:
    the work with one mistake in how it is handed back (rounds N19 and N22: a Hessian of shape (1, n, 1, n), the
    tuple of argnums=(0,), earned nothing)."""
    course.exercise("square_grad", GRAD_SPEC, GRAD_REFERENCE)
    student = f"import torch\n\n\ndef square_grad(x):\n    return {returned}\n"
    result = grade(course.config, student).exercise("square_grad")
    hidden, unchanged = check_named(result, "gradient_hidden"), check_named(result, "x_unchanged")
    assert hidden.status == "failed" and hidden.recognised is recognised
    assert (unchanged.points > 0) is recognised


def test_values_typed_in_for_the_example_in_a_tuple_are_not(course: Course, grade: GradeFn) -> None:
    course.exercise("square_grad", GRAD_SPEC, GRAD_REFERENCE)
    student = "import torch\n\n\ndef square_grad(x):\n    x.sum().backward()\n    return (torch.tensor([2.0, 4.0, 6.0]),)\n"
    result = grade(course.config, student).exercise("square_grad")
    assert result.score == 0
