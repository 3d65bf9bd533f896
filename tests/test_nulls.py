"""Null submissions: do-nothing answers built from the exercise alone (zeros from the reference's observations)."""

from __future__ import annotations

import ast
import dataclasses
from typing import Any

import torch
from conftest import REPO, Course

from grader.config import load_config
from grader.nulls import null_submissions
from grader.protocol import Observation
from grader.spec import load_exercises
from grader.values import FloatValue, IntValue, TensorValue, TupleValue


def tensor(shape: list[int], dtype: str = "float32") -> TensorValue:
    return TensorValue(
        tensor_class="Tensor", dtype=dtype, shape=tuple(shape), data=None, note="not read", requires_grad=False, is_leaf=True,
        retains_grad=False, grad_fn=None, grad=None, backward_calls=None, accumulated=None, changed=None,
        optimizer_steps=None, under_no_grad=None, alias=None,
    )


def returned(value: TupleValue | TensorValue, x: TensorValue) -> Observation:
    return Observation(status="returned", seconds=0.0, returned=value, inputs={"x": x})


def test_a_function_exercise_gets_the_starter_none_its_first_input_and_zeros(course: Course) -> None:
    course.exercise(
        "scale",
        """
        id: scale
        title: Scale
        prompt: Return x times k, and k.
        function: {name: scale, params: [x, k]}
        cases:
          - {name: a, inputs: {x: {tensor: [1.0, 2.0]}, k: 2.0}}
          - {name: b, inputs: {x: {tensor: [[1.0], [2.0], [3.0]]}, k: 3.0}}
        checks:
          - {name: value, target: return}
        """,
        "def scale(x, k):\n    return x * k, k\n",
    )
    [ex] = load_exercises(course.config)
    made = {n.name: n for n in null_submissions(ex)}
    namespace: dict[str, Any] = {}
    assert list(made) == ["starter", "returns_none", "returns_first_input", "backward_on_inputs", "returns_zeros", "first_input_on_graph", "typed_in"]
    assert "raise NotImplementedError" in made["starter"].source
    assert made["returns_none"].source.endswith("def scale(x, k):\n    return None\n")
    assert made["returns_first_input"].source.endswith("    return x\n")
    assert made["returns_zeros"].source.endswith("    return None\n")  # no observations yet: nothing to shape zeros like
    # One backward pass through every input autograd tracks (a module's parameters, a list's tensors), and nothing else.
    namespace = {}
    exec(compile(made["backward_on_inputs"].source, "backward_on_inputs.py", "exec"), namespace)
    x, layer, untracked = torch.ones(2, requires_grad=True), torch.nn.Linear(2, 1), torch.ones(3)
    assert namespace["scale"](x, 2.0) is None and x.grad.tolist() == [1.0, 1.0]
    assert namespace["scale"]([layer, untracked], 2.0) is None and layer.bias.grad.tolist() == [1.0] and untracked.grad is None
    assert namespace["scale"](untracked, 2.0) is None  # nothing tracked: no backward pass, no error
    observed = {
        "a": returned(TupleValue(items=(tensor([2]), FloatValue(2.0)), length=2), tensor([2])),
        "b": returned(TupleValue(items=(tensor([3, 1]), FloatValue(3.0)), length=2), tensor([3, 1])),
    }
    zeros = {n.name: n for n in null_submissions(ex, observed)}["returns_zeros"]
    assert zeros.source.endswith("    return (torch.zeros_like(x, dtype=torch.float32), 0.0)\n")  # shaped like x in every case
    # The examples' results typed in, chosen by what the arguments look like: each public case gets its own back.
    a = dataclasses.replace(tensor([2]), data=(2.0, 4.0), note=None)
    b = dataclasses.replace(tensor([3, 1]), data=(3.0, 6.0, 9.0), note=None)
    observed = {
        name: Observation(status="returned", seconds=0.0, returned=TupleValue(items=(value, FloatValue(k)), length=2), inputs={"x": tensor(shape), "k": FloatValue(k)})
        for name, value, shape, k in (("a", a, [2], 2.0), ("b", b, [3, 1], 3.0))
    }
    typed = {n.name: n for n in null_submissions(ex, observed)}["typed_in"]
    namespace = {}
    exec(compile(typed.source, "typed_in.py", "exec"), namespace)
    out_b = namespace["scale"](torch.ones(3, 1), 3.0)
    assert out_b[0].tolist() == [[3.0], [6.0], [9.0]] and out_b[1] == 3.0
    assert namespace["scale"](torch.ones(2), 2.0)[0].tolist() == [2.0, 4.0]
    assert namespace["scale"](torch.ones(5), 7.0)[0].tolist() == [2.0, 4.0]  # anything else: the first example's


def test_zeros_of_a_fixed_shape_when_no_input_has_it(course: Course) -> None:
    course.exercise(
        "total",
        """
        id: total
        title: Total
        prompt: Sum x.
        function: {name: total, params: [x]}
        cases:
          - {name: a, inputs: {x: {tensor: [1.0, 2.0]}}}
        checks:
          - {name: value, target: return}
        """,
        "def total(x):\n    return x.sum()\n",
    )
    [ex] = load_exercises(course.config)
    observed = {"a": returned(tensor([]), tensor([2]))}
    zeros = {n.name: n for n in null_submissions(ex, observed)}["returns_zeros"]
    assert zeros.source.endswith("    return torch.zeros((), dtype=torch.float32)\n")


def test_a_notebook_exercise_gets_the_starter_every_name_none_and_every_name_zeros(course: Course) -> None:
    course.exercise(
        "names",
        """
        id: names
        title: Names
        prompt: Define t and n.
        variables: [t, n]
        checks:
          - {name: t_value, target: t}
        """,
        "import torch\nt = torch.ones(2, 3)\nn = 4\n",
    )
    [ex] = load_exercises(course.config)
    observed = {"notebook": Observation(status="inspected", seconds=0.0, variables={"t": tensor([2, 3]), "n": IntValue(4)})}
    made = {n.name: n for n in null_submissions(ex, observed)}
    assert list(made) == ["starter", "all_none", "all_zeros"]
    assert "t = ...\nn = ..." in made["starter"].source
    assert made["all_none"].source.endswith("t = None\nn = None\n")
    assert made["all_zeros"].source.endswith("t = torch.zeros((2, 3), dtype=torch.float32)\nn = 0\n")


def test_every_null_submission_of_the_pack_parses() -> None:
    for ex in load_exercises(load_config(REPO / "config.yaml")):
        for null in null_submissions(ex):
            ast.parse(null.source)
