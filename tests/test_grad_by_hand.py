"""A .grad autograd never wrote: right values assigned by hand fail the check, where the reference's came from a backward pass."""

from __future__ import annotations

import pytest
from conftest import Course, GradeFn

MEAN = """
id: mean_grad
title: Gradient of a mean
prompt: Compute out = mean(x ** 2), call out.backward() and return out.
function: {name: mean_grad, params: [x]}
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, 2.0, -1.0], requires_grad: true}}}
  - {name: other, inputs: {x: {random: normal, shape: [4], requires_grad: true}}}
checks:
  - {name: out_value, target: return, cases: [simple, other]}
  - {name: x_grad, target: x.grad, cases: [simple, other], points: 2}
"""
REFERENCE = "def mean_grad(x):\n    out = (x ** 2).mean()\n    out.backward()\n    return out\n"

NOTEBOOK = """
id: chain
title: A chain in a notebook
prompt: Make nb_p, nb_w = 10 nb_p, nb_l = nb_w ** 2, then nb_l.backward().
variables: [nb_p, nb_w, nb_l]
checks:
  - {name: l_value, target: nb_l}
  - {name: p_grad, target: nb_p.grad, points: 2}
"""
NOTEBOOK_REFERENCE = "import torch\nnb_p = torch.tensor([1.0], requires_grad=True)\nnb_w = 10 * nb_p\nnb_l = nb_w ** 2\nnb_l.backward()\n"


@pytest.fixture
def by_hand_course(course: Course) -> Course:
    course.exercise("mean_grad", MEAN, REFERENCE)
    course.exercise("chain", NOTEBOOK, NOTEBOOK_REFERENCE)
    return course


def _grade(course: Course, grade: GradeFn, function: str, notebook: str) -> dict[str, dict[str, tuple[str, str | None]]]:
    result = grade(course.config, "import torch\n" + function + notebook)
    return {ex.id: {c.name: (c.status, c.hint) for c in ex.checks} for ex in result.exercises}


def test_a_gradient_written_in_fails_with_a_hint_and_autograd_in_any_style_passes(by_hand_course: Course, grade: GradeFn) -> None:
    typed = "def mean_grad(x):\n    x.grad = 2 * x.detach() / x.numel()\n    return (x ** 2).mean()\n"
    # The values are right everywhere; no backward pass reached x.
    checks = _grade(by_hand_course, grade, typed, NOTEBOOK_REFERENCE)
    status, hint = checks["mean_grad"]["x_grad"]
    assert status == "failed" and hint is not None and "not filled in by a backward pass" in hint
    assert checks["mean_grad"]["out_value"][0] == "passed"
    # torch.autograd.grad asked for x, its answer assigned: autograd computed it.
    asked = "def mean_grad(x):\n    out = (x ** 2).mean()\n    (g,) = torch.autograd.grad(out, x)\n    x.grad = g\n    return out\n"
    assert _grade(by_hand_course, grade, asked, NOTEBOOK_REFERENCE)["mean_grad"]["x_grad"][0] == "passed"


def test_a_notebook_leaf_given_its_gradient_by_hand_fails_and_one_autograd_filled_passes(by_hand_course: Course, grade: GradeFn) -> None:
    # A backward pass ran, on a fresh leaf: it never reached nb_p, whose .grad is typed in.
    typed = (
        "nb_p = torch.tensor([1.0], requires_grad=True)\nnb_w = torch.tensor([10.0], requires_grad=True) * 1\n"
        "nb_l = nb_w ** 2\nnb_l.backward()\nnb_p.grad = torch.tensor([200.0])\n"
    )
    checks = _grade(by_hand_course, grade, REFERENCE, typed)["chain"]
    assert checks["p_grad"][0] == "failed" and checks["l_value"][0] == "passed"
    asked = (
        "nb_p = torch.tensor([1.0], requires_grad=True)\nnb_w = 10 * nb_p\nnb_l = nb_w ** 2\n"
        "nb_p.grad = torch.autograd.grad(nb_l, nb_p)[0]\n"
    )
    assert _grade(by_hand_course, grade, REFERENCE, asked)["chain"]["p_grad"][0] == "passed"
