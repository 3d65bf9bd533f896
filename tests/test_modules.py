"""Module inputs: a seeded nn.Module built from a recipe, observed by its parameters, reached by targets."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
import torch
from conftest import Course, GradeFn, failing

from grader import calling, inputs
from grader.compare import Tolerances, compare
from grader.config import DEFAULT_TOLERANCES
from grader.errors import ExerciseError, ProtocolError
from grader.exercise_schema import LAYERS
from grader.observe import encode_module
from grader.protocol import validate_observation, validate_value
from grader.spec import load_exercise
from grader.targets import Unresolved, parse_target, resolve
from grader.values import ModuleValue, TensorValue

MLP = {
    "kind": "module",
    "layers": [{"layer": "linear", "in": 3, "out": 4, "bias": True}, {"layer": "tanh"}, {"layer": "linear", "in": 4, "out": 1, "bias": True}],
    "sequential": True,
    "dtype": "float32",
    "seed": 3,
}


def _params(module: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {name: p.detach().clone() for name, p in module.named_parameters()}


# ---- building -----------------------------------------------------------------


def test_a_module_recipe_builds_the_layers_it_lists_with_parameters_that_are_leaves() -> None:
    model = inputs.build(MLP)
    assert isinstance(model, torch.nn.Sequential)
    assert [type(m).__name__ for m in model] == ["Linear", "Tanh", "Linear"]
    assert [(n, tuple(p.shape)) for n, p in model.named_parameters()] == [
        ("0.weight", (4, 3)), ("0.bias", (4,)), ("2.weight", (1, 4)), ("2.bias", (1,)),
    ]
    assert all(p.is_leaf and p.requires_grad and p.dtype == torch.float32 and p.grad is None for p in model.parameters())
    # Uniform within PyTorch's default bounds, 1/sqrt(in_features).
    assert float(model[0].weight.detach().abs().max()) <= 3**-0.5 and float(model[2].weight.detach().abs().max()) <= 0.5


def test_the_parameters_come_from_the_recipes_seed_alone_and_draw_nothing_from_the_global_generator() -> None:
    torch.manual_seed(0)
    first = _params(inputs.build(MLP))
    after_build = torch.rand(3)
    torch.manual_seed(0)
    untouched = torch.rand(3)
    assert torch.equal(after_build, untouched)  # building the input moved nothing of the student's stream
    torch.manual_seed(1234)
    again = _params(inputs.build(MLP))
    assert all(torch.equal(first[n], again[n]) for n in first)
    other = _params(inputs.build({**MLP, "seed": 4}))
    assert not torch.equal(first["0.weight"], other["0.weight"])


def test_a_single_layer_without_bias_and_another_dtype() -> None:
    layer = inputs.build({"kind": "module", "layers": [{"layer": "linear", "in": 3, "out": 2, "bias": False}], "sequential": False, "dtype": "float64", "seed": 1})
    assert type(layer) is torch.nn.Linear and layer.bias is None
    assert [n for n, _ in layer.named_parameters()] == ["weight"] and layer.weight.dtype == torch.float64


def test_every_layer_name_of_the_schema_is_built() -> None:
    for name in LAYERS:
        layer = {"layer": "linear", "in": 2, "out": 2} if name == "linear" else {"layer": name}
        inputs.build({"kind": "module", "layers": [layer], "sequential": True, "seed": 0})


def test_a_module_is_built_in_the_child_never_kept_in_the_worker() -> None:
    prepared: inputs.Prepared = {}
    inputs.prepare([{"id": "e/c", "args": [["model", MLP]]}], prepared)
    assert prepared == {}
    a, b = inputs.build(MLP, ("e/c", "model"), prepared), inputs.build(MLP, ("e/c", "model"), prepared)
    assert a is not b and a[0].weight is not b[0].weight


def test_the_feedback_describes_the_layers_and_the_seed() -> None:
    assert inputs.describe("model", MLP) == "model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))  # parameters drawn with seed 3"
    assert inputs.describe("model", MLP, reveal=False) == "model = <hidden>"


# ---- the exercise format --------------------------------------------------------

SPEC = """
id: mlp
title: MLP
prompt: Backward through the model.
function: {{name: mlp, params: [model, x]}}
cases:
  - name: small
    inputs:
      model: {model}
      x: {{random: normal, shape: [2, 3]}}
checks:
  - {{name: w_grad, target: {target}}}
"""

SOLUTION = """
def mlp(model, x):
    model(x).sum().backward()
"""


def _load(course: Course, model: str, target: str = "model.0.weight.grad") -> Any:
    course.exercise("mlp", SPEC.format(model=model, target=target), SOLUTION)
    return load_exercise(course.root / "exercises" / "mlp.yaml", course.config)


def test_a_list_of_layers_is_a_sequential_and_one_layer_alone_is_that_layer(course: Course) -> None:
    ex = _load(course, "{module: [{linear: [3, 4]}, relu, {linear: [4, 1], bias: false}], dtype: float64}")
    recipe = ex.cases[0].inputs["model"].recipe
    assert recipe["sequential"] is True and recipe["dtype"] == "float64"
    assert recipe["layers"][2] == {"layer": "linear", "in": 4, "out": 1, "bias": False}
    assert ex.cases[0].inputs["model"].random  # a seed is derived, as for a random tensor
    single = _load(course, "{module: {linear: [3, 2]}, seed: 5}", target="model.weight.grad")
    assert single.cases[0].inputs["model"].recipe["sequential"] is False
    assert not single.cases[0].inputs["model"].random


@pytest.mark.parametrize(
    ("model", "where", "words"),
    [
        ("{module: [{linear: [3, 4]}, softmax]}", "cases[0].inputs.model.module[1]", "unknown layer 'softmax'"),
        ("{module: [linear]}", "cases[0].inputs.model.module[0]", "written `{linear: [in, out]}`"),
        ("{module: [{linear: [3]}]}", "cases[0].inputs.model.module[0].linear", "two positive integers"),
        ("{module: [{linear: [3, 4], bias: 0}]}", "cases[0].inputs.model.module[0].bias", ""),
        ("{module: [{linear: [3, 4], act: tanh}]}", "cases[0].inputs.model.module[0]", "act"),
        ("{module: [], seed: 1}", "cases[0].inputs.model.module", "at least one layer"),
        ("{module: [tanh], dtype: int64}", "cases[0].inputs.model.dtype", "int64"),
        ("{module: [tanh], device: gpu}", "cases[0].inputs.model.device", "unknown device 'gpu'"),
    ],
)
def test_a_bad_module_input_fails_to_load_saying_where(course: Course, model: str, where: str, words: str) -> None:
    with pytest.raises(ExerciseError) as info:
        _load(course, model)
    assert where in str(info.value) and words in str(info.value)


def test_steps_after_a_module_name_parameters_only_for_module_inputs() -> None:
    target = parse_target("model.0.weight.grad", {"model"})
    assert (target.steps, target.module_steps) == (("0", "weight", "grad"), 2)
    assert parse_target("model.bias.changed", {"model"}).module_steps == 1
    assert parse_target("model.0.weight.grad", {"model"}).parent().module_steps == 2
    with pytest.raises(ValueError):
        parse_target("x.0.grad")  # not a module input: digits are no step
    with pytest.raises(ValueError, match="unknown attribute .weight"):
        parse_target("x.weight")
    assert parse_target("return[0].grad").steps == (0, "grad")  # [i] is still a list index


# ---- observing and the wire -------------------------------------------------------

TASK: dict[str, Any] = {"id": "e/c", "function": "f", "args": [["model", MLP], ["x", {"kind": "full", "shape": [2, 3], "value": 1.0, "dtype": "float32"}]], "variables": []}


def _run(source: str, task: dict[str, Any] = TASK) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(source, namespace)
    return calling.run_task(task, namespace, set(), 10_000)


def test_the_module_input_is_observed_by_its_parameters_with_the_facts_of_an_input() -> None:
    wire = _run(
        "import torch\n"
        "def f(model, x):\n"
        "    opt = torch.optim.SGD(model.parameters(), lr=0.1)\n"
        "    model(x).pow(2).mean().backward()\n"
        "    opt.step()\n"
        "    return model[2].bias.grad\n"
    )
    obs = validate_observation(json.loads(json.dumps(wire)), "e/c", TASK)
    model = obs.inputs["model"]
    assert isinstance(model, ModuleValue) and model.module_class == "Sequential" and model.length == 4
    weight = resolve(model, parse_target("model.0.weight", {"model"}))
    assert isinstance(weight, TensorValue) and weight.tensor_class == "Parameter"
    assert (weight.backward_calls, weight.changed, weight.optimizer_steps, weight.requires_grad) == (1, True, 1, True)
    grad = resolve(model, parse_target("model.0.weight.grad", {"model"}))
    assert isinstance(grad, TensorValue) and grad.shape == (4, 3)
    # The returned gradient is the parameter's own .grad, not a copy: the grader can say so.
    assert isinstance(obs.returned, TensorValue) and obs.returned.alias == "model.2.bias.grad"
    assert validate_observation(obs.to_wire(), "e/c", TASK) == obs


def test_a_parameter_left_alone_is_unchanged_and_has_no_gradient() -> None:
    obs = validate_observation(_run("def f(model, x):\n    return None\n"), "e/c", TASK)
    model = obs.inputs["model"]
    assert resolve(model, parse_target("model.2.bias.changed", {"model"})).to_wire() == {"kind": "bool", "value": False}
    assert resolve(model, parse_target("model.2.bias.grad", {"model"})).to_wire() == {"kind": "none"}


def test_targets_that_miss_say_what_the_module_has() -> None:
    model = validate_value(encode_module(inputs.build(MLP), max_elements=100), "m")
    for text, words in [
        ("model.3.weight", "no parameter or layer '3.weight' (its parameters: 0.weight, 0.bias, 2.weight, 2.bias)"),
        ("model.0.grad", "model.0 is a layer: name one of its parameters (weight, bias)"),
        ("model.grad", "model is a module: name one of its parameters"),
        ("model[0]", "model is a module"),
    ]:
        with pytest.raises(Unresolved, match=words.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
            resolve(model, parse_target(text, {"model"}))


def test_a_module_the_call_took_apart_is_described_as_an_object_and_no_target_reads_it() -> None:
    obs = validate_observation(_run("def f(model, x):\n    model._modules = None\n"), "e/c", TASK)
    assert obs.inputs["model"].to_wire()["kind"] == "object"
    with pytest.raises(Unresolved, match="not a module"):
        resolve(obs.inputs["model"], parse_target("model.0.weight.grad", {"model"}))


def test_modules_compare_parameter_by_parameter() -> None:
    tolerances = Tolerances(lambda d: DEFAULT_TOLERANCES[d])
    a = validate_value(encode_module(inputs.build(MLP), max_elements=100), "a")
    b = validate_value(encode_module(inputs.build({**MLP, "seed": 9}), max_elements=100), "b")
    assert compare(a, a, tolerances=tolerances) is None
    mismatch = compare(a, b, tolerances=tolerances)
    assert mismatch is not None and mismatch.path == ".0.weight"


def _module_wire() -> dict[str, Any]:
    return encode_module(inputs.build(MLP), max_elements=100)


def test_a_module_record_writes_back_the_layout_it_was_read_from() -> None:
    wire = _module_wire()
    record = validate_value(wire, "m")
    assert isinstance(record, ModuleValue) and record.to_wire() == wire


def _forged(change: Any) -> dict[str, Any]:
    wire = copy.deepcopy(_module_wire())
    change(wire)
    return wire


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda w: w.update(length=5), "parameters do not match its length"),
        (lambda w: w["parameters"].pop(), "parameters do not match its length"),
        (lambda w: w["parameters"][1].__setitem__(0, "0.weight"), "repeated parameter name"),
        (lambda w: w["parameters"][0].__setitem__(0, "0 weight"), "a bad or repeated parameter name"),
        (lambda w: w["parameters"][0].__setitem__(1, {"kind": "int", "value": 1}), "a parameter is a tensor"),
        (lambda w: w["parameters"][0].append("extra"), "pairs"),
        (lambda w: w.update(extra=1), "unexpected"),
        (lambda w: w.update({"class": "x" * 300}), "string too long"),
        (lambda w: w["parameters"][0][1].update(accumulated=5), "accumulated"),
    ],
)
def test_a_forged_module_is_refused(change: Any, words: str) -> None:
    with pytest.raises(ProtocolError, match=words):
        validate_value(_forged(change), "m")


def test_a_parameter_of_a_tensor_subclass_is_described_never_read() -> None:
    class Sneaky(torch.nn.Parameter):
        pass

    model = torch.nn.Linear(2, 1)
    model.weight = Sneaky(torch.ones(1, 2))
    record = validate_value(encode_module(model, max_elements=100), "m")
    assert isinstance(record, ModuleValue)
    assert record.parameter("weight").to_wire()["kind"] == "object"  # type: ignore[union-attr]


# ---- end to end ----------------------------------------------------------------------

E2E_SPEC = """
id: mlp
title: MLP
prompt: Backward through the model's mean output, once.
function: {name: mlp, params: [model, x]}
cases:
  - name: small
    inputs:
      model: {module: [{linear: [3, 4]}, tanh, {linear: [4, 1]}]}
      x: {random: normal, shape: [5, 3]}
  - name: secret
    inputs:
      model: {module: [{linear: [3, 6]}, relu, {linear: [6, 1]}]}
      x: {random: normal, shape: [7, 3]}
checks:
  - {name: w_grad, target: model.0.weight.grad, cases: [small], points: 2}
  - {name: b_grad, target: model.2.bias.grad, cases: [small], points: 1}
  - {name: w_hidden, target: model.0.weight.grad, cases: [secret], visibility: hidden, points: 2}
  - {name: x_alone, target: x.changed, cases: [small], requires: [w_grad]}
"""


def test_module_targets_grade_a_right_answer_and_catch_a_summed_loss(course: Course, grade: GradeFn) -> None:
    course.exercise("mlp", E2E_SPEC, "def mlp(model, x):\n    model(x).mean().backward()\n")
    config = course.config
    right = grade(config, "def mlp(model, x):\n    out = model(x)\n    (out.sum() / out.numel()).backward()\n")
    assert right.score == right.max_score == 6
    wrong = grade(config, "def mlp(model, x):\n    model(x).sum().backward()\n")
    assert failing(wrong, "mlp") == {"w_grad", "b_grad", "w_hidden", "x_alone"}
    message = next(c.message for c in wrong.exercise("mlp").checks if c.name == "w_grad")
    assert message.startswith("model.0.weight.grad on case 'small'")
    # A student's own torch.manual_seed changes nothing the grader hands in.
    seeded = grade(config, "import torch\ntorch.manual_seed(99)\ndef mlp(model, x):\n    torch.manual_seed(1)\n    model(x).mean().backward()\n")
    assert seeded.score == 6
