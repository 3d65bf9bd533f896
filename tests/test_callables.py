"""Call targets (issue #16): gradcheck, gradgradcheck and equivalent functions, through the real child."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
import yaml
from conftest import Course, GradeFn, failing

from grader import inputs, secret
from grader.assign import student_spec
from grader.errors import ExerciseError, ProtocolError
from grader.plan import tasks_for
from grader.protocol import validate_observation
from grader.results import SubmissionResult
from grader.spec import load_exercise
from grader.targets import parse_target

SPEC = """
id: cube
title: Cube and a square function
prompt: |
  Write `Cube(torch.autograd.Function)` computing x**3, whose node is named `CubeBackward`,
  and `make_square(k)`, which returns a function of x giving k * x**2.
function: {name: make_square, params: [k]}
cases:
  - {name: pub, inputs: {k: 2.0}}
  - {name: secret, inputs: {k: 3.0}}
probes:
  p64: [{random: normal, shape: [4], dtype: float64, requires_grad: true}]
  shown: [{tensor: [1.0, 2.0], dtype: float64}]
  unseen: [{random: normal, shape: [5], dtype: float64}]
checks:
  - {name: square_public, target: return.call(shown), cases: [pub], points: 2}
  - {name: square_hidden, target: return.call(unseen), cases: [secret], visibility: hidden, points: 2}
  - {name: node, target: module.Cube.call(p64).grad_fn, cases: [secret], visibility: hidden, stated: "named `CubeBackward`"}
  - {name: gradcheck, target: module.Cube.gradcheck(p64), cases: [secret], visibility: hidden, points: 2, requires: [node]}
  - {name: gradgradcheck, target: module.Cube.gradgradcheck(p64), cases: [secret], visibility: hidden, requires: [node]}
"""

CUBE = '''
import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return {backward}
'''

SQUARE = """

def make_square(k):
    return {body}
"""


def source(backward: str = "3 * x**2 * g", body: str = "lambda x: k * x**2") -> str:
    return CUBE.format(backward=backward) + SQUARE.format(body=body)


@pytest.fixture
def cube(course: Course) -> Course:
    course.exercise("cube", SPEC, source())
    return course


def check(result: SubmissionResult, name: str) -> Any:
    return next(c for c in result.exercise("cube").checks if c.name == name)


def test_a_right_function_and_callable_earn_full_marks(cube: Course, grade: GradeFn) -> None:
    result = grade(cube.config, source())
    assert failing(result, "cube") == set()
    assert result.exercise("cube").score == 8


def test_a_wrong_backward_fails_gradcheck(cube: Course, grade: GradeFn) -> None:
    result = grade(cube.config, source(backward="2 * x**2 * g"))
    # A consistently wrong first derivative is still differentiated consistently: gradgradcheck has nothing to say.
    assert failing(result, "cube") == {"gradcheck"}
    assert "expected True, found False" in check(result, "gradcheck").message


def test_a_backward_cut_from_the_graph_fails_gradgradcheck(cube: Course, grade: GradeFn) -> None:
    result = grade(cube.config, source(backward="3 * x.detach()**2 * g"))
    assert failing(result, "cube") == {"gradgradcheck"}


def test_a_cube_whose_apply_is_plain_autograd_operations_fails_the_node_check_and_gradcheck_counts_for_nothing(cube: Course, grade: GradeFn) -> None:
    # apply replaced by x ** 3: the values and gradients are right, and torch's own PowBackward0 passes gradcheck.
    plain = source() + "\n\nCube.apply = staticmethod(lambda x: x**3)\n"
    result = grade(cube.config, plain)
    assert failing(result, "cube") == {"node", "gradcheck", "gradgradcheck"}
    assert "counts only once node passes" in check(result, "gradcheck").message


def test_a_function_without_a_backward_fails_gradcheck(cube: Course, grade: GradeFn) -> None:
    no_backward = "import torch\n\n\nclass Cube(torch.autograd.Function):\n    @staticmethod\n    def forward(ctx, x):\n        return x**3\n"
    result = grade(cube.config, no_backward + SQUARE.format(body="lambda x: k * x**2"))
    # Its node is CubeBackward, but nothing can run backward through it.
    assert failing(result, "cube") == {"gradcheck", "gradgradcheck"}
    assert "torch.autograd.gradcheck on it raised NotImplementedError" in check(result, "gradcheck").message


def test_a_plain_class_is_called_as_it_is(cube: Course, grade: GradeFn) -> None:
    plain = "import torch\n\n\nclass Cube:\n    @staticmethod\n    def apply(x):\n        return x**3\n" + SQUARE.format(body="lambda x: k * x**2")
    result = grade(cube.config, plain)
    assert failing(result, "cube") == {"node", "gradcheck", "gradgradcheck"}
    assert "calling it raised TypeError" in check(result, "node").message


def test_a_missing_function_class_is_named(cube: Course, grade: GradeFn) -> None:
    result = grade(cube.config, "import torch\n" + SQUARE.format(body="lambda x: k * x**2"))
    assert "no `Cube` in your code" in check(result, "node").message
    assert "no `Cube` in your code" in check(result, "gradcheck").message


def test_a_return_that_is_not_callable_fails_with_a_message(cube: Course, grade: GradeFn) -> None:
    result = grade(cube.config, source(body="None"))
    message = check(result, "square_public").message
    assert "return is nothing" not in message and "return is None, not something that can be called" in message
    assert failing(result, "cube") == {"square_public", "square_hidden"}


def test_a_callable_that_raises_fails_with_its_error(cube: Course, grade: GradeFn) -> None:
    result = grade(cube.config, source(body="lambda x: x.reshape(3, 3)"))
    message = check(result, "square_public").message
    assert "calling it raised RuntimeError" in message
    # On a hidden probe, the error's numbers (the probe's shape) are taken out.
    assert "5" not in check(result, "square_hidden").message.split("raised", 1)[1]


def test_an_equivalent_function_passes_and_another_function_fails_on_hidden_probes(cube: Course, grade: GradeFn) -> None:
    other_style = grade(cube.config, source(body="torch.func.grad(lambda x: (k * x**3 / 3).sum())"))
    assert failing(other_style, "cube") == set()
    wrong = grade(cube.config, source(body="lambda x: k * x**2 if x.numel() == 2 else x"))
    # Right on the public probe (the values a student can see), wrong on the hidden one: the pattern of answers
    # written in for the examples, so the exercise is held for review, its points with it (the Cube's too: a person
    # reads the code and gives back what is due).
    assert failing(wrong, "cube") == {"square_public", "square_hidden", "node", "gradcheck", "gradgradcheck"}
    assert wrong.exercise("cube").review is not None and "held for review" in check(wrong, "gradcheck").message


def test_a_callable_that_never_returns_is_stopped_like_the_call(cube: Course, grade: GradeFn) -> None:
    result = grade(cube.config, source(body="lambda x: [0 for _ in iter(int, 1)]"))
    # The calls are part of their case's run: the case stops at its time limit, and every check on it fails.
    assert failing(result, "cube") == {"square_public", "square_hidden", "node", "gradcheck", "gradgradcheck"}
    assert "time" in check(result, "square_public").message.lower()


def _hidden_probe_values(cube: Course) -> list[float]:
    config = cube.config
    ex = load_exercise(config.exercises_dir / "cube.yaml", config)
    (task,) = [t for t in tasks_for(ex, "grade", config) if t.case == "secret"]
    (request,) = [r for r in task.probes if r["key"] == "return.call(unseen)"]
    values: list[float] = inputs.build(request["args"][0]).tolist()
    return values


def test_probe_inputs_are_hidden_in_student_facing_output(cube: Course, grade: GradeFn) -> None:
    # The function hands back its input: a hidden check quoting what it found would quote the probe.
    result = grade(cube.config, source(body="lambda x: x"))
    assert "square_hidden" in failing(result, "cube")
    shown = json.dumps(dataclasses.asdict(result), default=str)
    for value in _hidden_probe_values(cube):
        assert f"{value:.4f}"[:-1] not in shown
    hidden = check(result, "square_hidden")
    assert hidden.expected is None and hidden.found is None


def test_hidden_probes_get_hidden_seeds_and_stay_out_of_the_bundle(cube: Course) -> None:
    config = cube.config
    ex = load_exercise(config.exercises_dir / "cube.yaml", config)
    (task,) = [t for t in tasks_for(ex, "grade", config) if t.case == "secret"]
    seeds = {r["key"]: r["args"][0].get("seed") for r in task.probes}
    assert seeds["return.call(unseen)"] != secret.public_seed("cube", "probe unseen", 0)
    # Check mode (a student's self-check) asks only for the public call.
    assert [r["key"] for t in tasks_for(ex, "check", config) for r in t.probes] == ["return.call(shown)"]
    bundled = student_spec(yaml.safe_load(SPEC), ex)
    assert bundled["probes"] == {"shown": [{"tensor": [1.0, 2.0], "dtype": "float64"}]}


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (("p64: [{random: normal, shape: [4], dtype: float64, requires_grad: true}]", "p64: [{random: normal, shape: [4], requires_grad: true}]"), "float64"),
        (("p64: [{random: normal, shape: [4], dtype: float64, requires_grad: true}]", "p64: [{random: normal, shape: [4], dtype: float64}]"), "requires grad"),
        (("target: return.call(shown)", "target: return.call(nowhere)"), "no probe 'nowhere'"),
        (("target: module.Cube.call(p64).grad_fn", "target: module.Cube.grad_fn"), "only before"),
        (("cases: [secret], visibility: hidden, points: 2}", "cases: [pub], visibility: hidden, points: 2}"), "hidden probe"),
        (("target: return.call(shown)", "target: k.call(shown)"), "a callable is the return value"),
    ],
)
def test_malformed_call_targets_are_refused_when_the_file_loads(course: Course, edit: tuple[str, str], words: str) -> None:
    old, new = edit
    assert old in SPEC
    course.exercise("cube", SPEC.replace(old, new, 1), source())
    config = course.config
    with pytest.raises(ExerciseError, match=words):
        load_exercise(config.exercises_dir / "cube.yaml", config)


def test_the_grammar_of_call_targets() -> None:
    target = parse_target("return[1].call(p1)[0].grad")
    assert target.call is not None and target.call.index == (1,) and target.steps == (0, "grad")
    assert target.parent().text == "return[1].call(p1)[0]"
    for bad in ("return.call(p1).call(p2)", "return.call(p1, p2)", "return.grad.call(p1)", "module.Cube"):
        with pytest.raises(ValueError):
            parse_target(bad)


TASK = {"function": "f", "args": [["x", None]], "probes": [{"key": "return.call(p)"}]}
OBSERVATION = {"status": "returned", "returned": {"kind": "none"}, "raised": None, "inputs": {"x": {"kind": "none"}}, "seconds": 0.0}


@pytest.mark.parametrize(
    "probes",
    [
        {"return.gradcheck(p)": {"status": "returned", "value": {"kind": "bool", "value": True}}},  # a call not asked for
        {"return.call(p)": {"status": "passed", "value": {"kind": "bool", "value": True}}},
        {"return.call(p)": {"status": "returned"}},  # no value
        {"return.call(p)": {"status": "missing", "value": {"kind": "none"}}},
        {"return.call(p)": {"status": "raised", "error": {"kind": "exception"}}},
        {"return.call(p)": {"status": "returned", "value": {"kind": "pickle"}}},
        ["return.call(p)"],
    ],
)
def test_forged_call_outcomes_are_refused(probes: Any) -> None:
    with pytest.raises(ProtocolError):
        validate_observation({**OBSERVATION, "probes": probes}, "t", TASK)


def test_an_honest_call_outcome_parses() -> None:
    obs = validate_observation({**OBSERVATION, "probes": {"return.call(p)": {"status": "returned", "value": {"kind": "bool", "value": True}}}}, "t", TASK)
    assert obs.probes["return.call(p)"].status == "returned"
    assert validate_observation(obs.to_wire(), "t", TASK) == obs


def test_call_targets_need_a_function_exercise(course: Course) -> None:
    spec = """
    id: flow
    title: Flow
    prompt: Define Cube.
    variables: [t]
    probes: {p64: [{random: normal, shape: [2], dtype: float64, requires_grad: true}]}
    checks:
      - {name: check_cube, target: module.Cube.gradcheck(p64)}
    """
    course.exercise("flow", spec, "t = 1\n")
    config = course.config
    with pytest.raises(ExerciseError, match="need a function exercise"):
        load_exercise(config.exercises_dir / "flow.yaml", config)


LEAVES_X = """
id: leaves_x
title: A gradient function that leaves its argument alone
prompt: Write `make_double(k)`, returning g with g(x) = 2 k x; g must not change `x` in any way.
function: {name: make_double, params: [k]}
cases:
  - {name: pub, inputs: {k: 2.0}}
probes:
  shown: [{tensor: [1.0, -2.0], dtype: float64}]
checks:
  - {name: value, target: return.call(shown), points: 2}
  - {name: left_alone, target: return.args_after_call(shown), stated: "g must not change `x`", requires: [value]}
"""


@pytest.mark.parametrize(
    ("body", "score"),
    [
        ("lambda x: 2 * k * x", 3),
        # The same result each time, but the argument is changed: its flag, its .grad, its values.
        ("lambda x: (x.requires_grad_(), 2 * k * x.detach())[1]", 2),
        ("lambda x: (setattr(x, 'grad', torch.ones_like(x)), 2 * k * x)[1]", 2),
    ],
)
def test_a_callable_that_changes_its_argument_fails_args_after_call(course: Course, grade: GradeFn, body: str, score: int) -> None:
    course.exercise("leaves_x", LEAVES_X, "def make_double(k):\n    return lambda x: 2 * k * x\n")
    result = grade(course.config, f"import torch\n\ndef make_double(k):\n    return {body}\n").exercise("leaves_x")
    assert result.score == score, [(c.name, c.message) for c in result.checks]
    assert parse_target("return.args_after_call(shown)").call is not None
