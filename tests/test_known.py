"""Known mistakes: a student whose values equal a wrong solution's on every case of a failing check is told that mistake."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Course, GradeFn, check_named

from grader.expected import FrozenExpected, ReferenceRunner, freeze
from grader.grading import open_grader
from grader.known import skipped_steps
from grader.spec import load_exercises

SPEC = """
id: square_grad
title: The gradient of a mean of squares
prompt: Compute y = mean(x ** 2), call y.backward() and return x.grad.
function: {name: square_grad, params: [x]}
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, 2.0, -1.0], requires_grad: true}}}
  - {name: other, inputs: {x: {random: normal, shape: [4], requires_grad: true}}}
  - {name: secret, inputs: {x: {random: normal, shape: [6], requires_grad: true}}}
checks:
  - {name: x_grad, target: return, cases: [simple, other], hidden_cases: [secret], points: 2}
  - {name: is_grad, target: return.requires_grad, cases: [simple]}
"""

REFERENCE = "def square_grad(x):\n    (x ** 2).mean().backward()\n    return x.grad\n"

CUBED = '''"""Cubes x where the prompt squares it.

fails: x_grad
description: cubes x instead of squaring it, so each entry of the gradient is 3 x^2 / n, not 2 x / n
mistakes: operation
"""


def square_grad(x):
    (x ** 3).mean().backward()
    return x.grad
'''

UNTAGGED = '''"""Doubles the gradient.

fails: x_grad
"""


def square_grad(x):
    (2 * x ** 2).mean().backward()
    return x.grad
'''

BROKEN = '''"""Never loads: no evidence of anything.

fails: x_grad
mistakes: operation
"""

raise RuntimeError("this wrong solution does not load")
'''


@pytest.fixture
def known_course(course: Course) -> Course:
    course.exercise("square_grad", SPEC, REFERENCE)
    course.file("solutions/wrong/square_grad/cubed.py", CUBED)
    course.file("solutions/wrong/square_grad/doubled.py", UNTAGGED)
    course.file("solutions/wrong/square_grad/broken.py", BROKEN)
    return course


def test_the_grader_keeps_the_runs_of_tagged_wrong_solutions_that_run(known_course: Course) -> None:
    grader = open_grader(known_course.config, mode="grade")
    [cubed] = [k for k in grader.known["square_grad"] if not k.slip]  # untagged and broken ones name nothing
    assert cubed.name == "cubed.py" and cubed.mistakes == ("operation",)
    assert set(cubed.observations) == {"simple", "other", "secret"}


def test_the_same_mistake_written_another_way_is_named_in_the_authors_words(known_course: Course, grade: GradeFn) -> None:
    student = "import torch\n\ndef square_grad(x):\n    y = torch.mean(x * x * x)\n    y.backward()\n    return x.grad\n"
    result = grade(known_course.config, student)
    public, hidden = (check_named(result.exercise("square_grad"), name) for name in ("x_grad", "x_grad_hidden"))
    for check in (public, hidden):
        assert check.status == "failed" and check.hint is not None
        assert "Cubes x instead of squaring it" in check.hint and check.hint_tags == ["operation"]


def test_another_mistake_is_not_given_a_known_mistakes_words(known_course: Course, grade: GradeFn) -> None:
    # Fourth powers: wrong on every case, like the cubes, but not with the cubes' values.
    student = "def square_grad(x):\n    (x ** 4).mean().backward()\n    return x.grad\n"
    check = check_named(grade(known_course.config, student).exercise("square_grad"), "x_grad")
    assert check.status == "failed" and "Cubes" not in (check.hint or "")


def test_values_that_match_on_some_cases_only_name_nothing(known_course: Course, grade: GradeFn) -> None:
    # The cubes' values on the example, squares elsewhere: not that mistake.
    student = (
        "import torch\n\ndef square_grad(x):\n"
        "    power = 3 if torch.equal(x.detach(), torch.tensor([1.0, 2.0, -1.0])) else 2\n"
        "    (x ** power).mean().backward()\n    return x.grad\n"
    )
    check = check_named(grade(known_course.config, student).exercise("square_grad"), "x_grad")
    assert check.status == "failed" and "Cubes" not in (check.hint or "")


def test_a_bundle_carries_known_mistakes_on_public_cases_only(known_course: Course, tmp_path: Path) -> None:
    config = known_course.config
    [exercise] = load_exercises(config)
    frozen = tmp_path / "expected.json"
    with ReferenceRunner(config) as runner:
        freeze(runner, [exercise], frozen, public_only=True)
    [cubed] = FrozenExpected(frozen).known_mistakes(exercise)  # the reference's slips stay home too
    assert cubed.description.startswith("cubes x instead of squaring it") and cubed.mistakes == ("operation",)
    assert set(cubed.observations) == {"simple", "other"}  # the hidden case stays home
    assert "raise RuntimeError" not in frozen.read_text() and "x ** 3" not in frozen.read_text()  # no code


def test_a_whole_frozen_file_carries_the_slips_read_back_when_asked(known_course: Course, tmp_path: Path) -> None:
    """Gradescope's file (every case) keeps the reference's slips, so that it grades as the course does."""
    config = known_course.config
    [exercise] = load_exercises(config)
    frozen = tmp_path / "expected.json"
    with ReferenceRunner(config) as runner:
        freeze(runner, [exercise], frozen, public_only=False)
        slips = [k for k in runner.known_mistakes(exercise) if k.slip]
    read = [k for k in FrozenExpected(frozen).known_mistakes(exercise) if k.slip]
    assert slips and len(read) == len(slips)
    assert set(read[0].observations) == {"simple", "other", "secret"} and read[0].vague == slips[0].vague


HOOK_SPEC = """
id: tripled
title: A hook that triples a gradient
prompt: Register a hook on x that triples its gradient, compute mean(x ** 2), call backward() and return x.grad.
function: {name: tripled, params: [x]}
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, 2.0, -1.0], requires_grad: true}}}
  - {name: other, inputs: {x: {random: normal, shape: [4], requires_grad: true}}}
checks:
  - {name: x_grad, target: return, cases: [simple, other], points: 2}
"""

HOOK_REFERENCE = "def tripled(x):\n    x.register_hook(lambda g: g * 3)\n    (x ** 2).mean().backward()\n    return x.grad\n"

HOOK_TOO_LATE = '''"""The hook comes after the pass.

fails: x_grad
description: registers the hook after backward(), when it can no longer change anything
mistakes: order
"""


def tripled(x):
    (x ** 2).mean().backward()
    x.register_hook(lambda g: g * 3)
    return x.grad
'''


def test_values_a_step_left_out_also_gives_name_no_cause(course: Course, grade: GradeFn) -> None:
    # A hook registered too late leaves the gradient as no hook at all would: so does a hook on a copy, or one that
    # returns nothing. The values cannot tell these apart, so "after backward()" is not said to a student who did another.
    course.exercise("tripled", HOOK_SPEC, HOOK_REFERENCE)
    course.file("solutions/wrong/tripled/too_late.py", HOOK_TOO_LATE)
    grader = open_grader(course.config, mode="grade")
    [too_late] = [k for k in grader.known["tripled"] if not k.slip]
    assert too_late.vague == frozenset({"x_grad"})
    on_a_copy = "def tripled(x):\n    x.clone().register_hook(lambda g: g * 3)\n    (x ** 2).mean().backward()\n    return x.grad\n"
    check = check_named(grade(course.config, on_a_copy, grader=grader).exercise("tripled"), "x_grad")
    assert check.status == "failed" and "after backward()" not in (check.hint or "")


def test_a_step_inside_a_block_is_left_out_alone_and_the_block_does_nothing_on_its_own() -> None:
    # A `with` whose body registers a hook: the `with` doing nothing and the hook changing nothing are two causes,
    # two variants. A loop whose body zeroes a gradient: the line left out, once (not again as the loop's own step).
    source = (
        "import torch\n"
        "def f(x, w):\n"
        "    with torch.enable_grad():\n"
        "        x.register_hook(lambda g: g * 2)\n"
        "    for _ in range(2):\n"
        "        w.grad.zero_()\n"
        "    return x\n"
    )
    variants = skipped_steps(source)
    assert sum("nullcontext()" in v and "g * 2" in v for v in variants) == 1
    assert sum("lambda *args: None" in v and "enable_grad" in v for v in variants) == 1
    assert sum("zero_" not in v for v in variants) == 1
    assert len(variants) == 3


MEAN_SPEC = """
id: mean_value
title: A mean of squares, as a number
prompt: Return mean(x ** 2) as a Python float.
function: {name: mean_value, params: [x]}
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, 2.0, -1.0]}}}
  - {name: other, inputs: {x: {random: normal, shape: [4]}}}
checks:
  - {name: value, target: return, cases: [simple, other], points: 2}
  - {name: value_simple, target: return, cases: [simple]}
"""
MEAN_CUBED = '''"""Cubes x where the prompt squares it.

fails: value, value_simple
description: cubes x instead of squaring it
mistakes: operation
"""


def mean_value(x):
    return (x ** 3).mean().item()
'''


def test_one_number_on_each_of_two_cases_names_a_mistake_and_one_on_one_case_does_not(course: Course, grade: GradeFn) -> None:
    """A returned float is one number per case: on two cases, other inputs each, a wrong solution's values are as
    telling as three entries of one tensor; on one case alone they are not."""
    course.exercise("mean_value", MEAN_SPEC, "def mean_value(x):\n    return float((x ** 2).mean())\n")
    course.file("solutions/wrong/mean_value/cubed.py", MEAN_CUBED)
    result = grade(course.config, "import torch\n\ndef mean_value(x):\n    return torch.mean(x * x * x).item()\n").exercise("mean_value")
    both, alone = check_named(result, "value"), check_named(result, "value_simple")
    assert both.status == "failed" and "Cubes x instead of squaring it" in (both.hint or "")
    assert alone.status == "failed" and "Cubes" not in (alone.hint or "")


WRITTEN = '''"""Writes the cubes' gradient by formula, without autograd.

fails: x_grad
description: writes the gradient of the cubes in by formula, with no backward pass
mistakes: no_backward
"""


def square_grad(x):
    return 3 * x.detach() ** 2 / x.numel()
'''


def test_a_mistake_that_never_ran_autograd_is_not_named_for_code_that_did(known_course: Course, grade: GradeFn) -> None:
    """Round N15: a descent run to convergence ends at the minimum a known mistake writes in; the student's code ran
    autograd, that mistake's never did, so it is not theirs, whatever values they share."""
    known_course.file("solutions/wrong/square_grad/written.py", WRITTEN)
    by_autograd = "def square_grad(x):\n    (x ** 3).mean().backward()\n    return x.grad\n"
    check = check_named(grade(known_course.config, by_autograd).exercise("square_grad"), "x_grad")
    assert "Cubes x instead of squaring it" in (check.hint or "") and "by formula" not in (check.hint or "")
    by_hand = "def square_grad(x):\n    return 3 * x.detach() ** 2 / x.numel()\n"
    check = check_named(grade(known_course.config, by_hand).exercise("square_grad"), "x_grad")
    assert "by formula" in (check.hint or "")
