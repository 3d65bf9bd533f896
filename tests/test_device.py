"""`device: auto`: on CPU with a note where there is no CUDA; run on the GPU too, and compared, where there is."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
import torch
from conftest import Course, GradeFn

from grader import calling, checks
from grader.errors import ProtocolError
from grader.grading import CPU_ONLY_NOTE
from grader.plan import tasks_for
from grader.protocol import Observation, TaskOutcome, validate_observation
from grader.report.html import submission_html
from grader.report.jsonfile import dumps
from grader.report.text import render_submission
from grader.spec import load_exercise
from grader.values import TensorValue

cuda = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA (the GPU run of device: auto)")
cpu_only = pytest.mark.skipif(torch.cuda.is_available(), reason="the CPU-only path: this machine has CUDA")

SPEC = """
id: {id}
title: Scaled gradients
prompt: Backward through the model's mean output, then return 3 x.
function: {{name: {id}, params: [model, x]}}
cases:
  - name: small
    inputs:
      model: {{module: [{{linear: [3, 2]}}, sigmoid, {{linear: [2, 1]}}]{device}}}
      x: {{random: normal, shape: [4, 3]{device}}}
  - name: secret
    inputs:
      model: {{module: [{{linear: [3, 5]}}, tanh, {{linear: [5, 1]}}]{device}}}
      x: {{random: normal, shape: [6, 3]}}
checks:
  - {{name: w_grad, target: model.0.weight.grad, cases: [small], points: 2}}
  - {{name: tripled, target: return, cases: [small], points: 1}}
  - {{name: w_hidden, target: model.2.weight.grad, cases: [secret], visibility: hidden, points: 2}}
"""


def _body(expr: str = "model(x).mean()") -> str:
    return f"    {expr}.backward()\n    return 3 * x\n"


def _course(course: Course) -> Course:
    for ex_id, device in (("plain", ""), ("auto", ", device: auto")):
        course.exercise(ex_id, SPEC.format(id=ex_id, device=device), f"def {ex_id}(model, x):\n{_body()}")
    return course


def _submission(body: str) -> str:
    return "".join(f"def {ex_id}(model, x):\n{body}\n" for ex_id in ("plain", "auto"))


def _verdicts(result: Any, ex_id: str) -> list[tuple[str, str, float]]:
    return [(c.name, c.status, c.points) for c in result.exercise(ex_id).checks]


# ---- without CUDA: the CPU run, and a note --------------------------------------------


def test_a_device_auto_input_is_in_the_recipe_and_nothing_else_changes(course: Course) -> None:
    config = _course(course).config
    auto = load_exercise(course.root / "exercises" / "auto.yaml", config)
    plain = load_exercise(course.root / "exercises" / "plain.yaml", config)
    recipes = {name: recipe for task in tasks_for(auto, "grade", config) for name, recipe in task.args if task.case == "small"}
    assert recipes["model"]["device"] == recipes["x"]["device"] == "auto"
    assert all("device" not in recipe for task in tasks_for(plain, "grade", config) for _, recipe in task.args)


def test_without_cuda_the_child_says_so_and_sends_no_gpu_run(monkeypatch: pytest.MonkeyPatch, course: Course) -> None:
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    config = _course(course).config
    auto = load_exercise(course.root / "exercises" / "auto.yaml", config)
    task = next(t for t in tasks_for(auto, "grade", config) if t.case == "small").to_wire()
    namespace: dict[str, Any] = {}
    exec(f"def auto(model, x):\n{_body()}", namespace)
    wire = calling.run_task(task, namespace, set(), 10_000)
    assert wire["cuda"] is False and "gpu" not in wire
    obs = validate_observation(json.loads(json.dumps(wire)), "auto/small", task)
    assert (obs.cuda, obs.gpu) == (False, None)
    assert validate_observation(obs.to_wire(), "auto/small", task) == obs


@cpu_only
def test_on_a_cpu_only_machine_the_verdicts_are_those_without_device_and_the_report_says_so(course: Course, grade: GradeFn) -> None:
    config = _course(course).config
    right = grade(config, _submission(_body()))
    assert right.score == right.max_score == 10
    wrong = grade(config, _submission(_body("model(x).sum()")))
    assert _verdicts(wrong, "auto") == _verdicts(wrong, "plain")
    assert {c.status for c in wrong.exercise("auto").checks} == {"passed", "failed"}
    for result in (right, wrong):
        notes = [n for n in result.notes if CPU_ONLY_NOTE in n]
        # One line, for the exercise with device: auto; the hidden case is not named.
        assert notes == [f"auto (case 'small') {CPU_ONLY_NOTE}"]
        assert CPU_ONLY_NOTE in render_submission(result)
        assert CPU_ONLY_NOTE in submission_html(result)
        assert CPU_ONLY_NOTE in dumps(result)
    starter = grade(config, _submission("    raise NotImplementedError"))
    assert not [n for n in starter.notes if CPU_ONLY_NOTE in n]  # an untouched starter ran nowhere worth saying


# ---- the comparison of the two runs, in the grader -----------------------------------


def _observations(course: Course) -> tuple[Any, Any, Observation, dict[str, Any]]:
    config = _course(course).config
    auto = load_exercise(course.root / "exercises" / "auto.yaml", config)
    task = next(t for t in tasks_for(auto, "grade", config) if t.case == "small").to_wire()
    namespace: dict[str, Any] = {}
    exec(f"def auto(model, x):\n{_body()}", namespace)
    obs = validate_observation(json.loads(json.dumps(calling.run_task(task, namespace, set(), 10_000))), "auto/small", task)
    return config, auto, obs, task


def _evaluate(config: Any, exercise: Any, expected: Observation, found: Observation) -> dict[str, Any]:
    outcomes = {"auto/small": TaskOutcome(id="auto/small", status="done", observation=found, detail=None)}
    out = {}
    for check in exercise.checks:
        if check.cases == ("small",):
            out[check.name] = checks.evaluate(exercise, check, {"small": expected}, outcomes, {}, config)
    return out


def _scaled(value: TensorValue, k: float) -> TensorValue:
    assert value.data is not None
    return dataclasses.replace(value, data=[v * k for v in value.data])


def test_a_gpu_run_that_agrees_changes_no_verdict(course: Course) -> None:
    config, exercise, obs, _task = _observations(course)
    agreeing = dataclasses.replace(obs, cuda=True, gpu=dataclasses.replace(obs, seconds=0.0))
    results = _evaluate(config, exercise, obs, agreeing)
    assert {name: r.status for name, r in results.items()} == {"w_grad": "passed", "tripled": "passed"}


def test_a_gpu_run_that_differs_fails_the_checks_it_differs_on_saying_so(course: Course) -> None:
    config, exercise, obs, _task = _observations(course)
    assert isinstance(obs.returned, TensorValue)
    gpu = dataclasses.replace(obs, returned=_scaled(obs.returned, 1.5))
    results = _evaluate(config, exercise, obs, dataclasses.replace(obs, cuda=True, gpu=gpu))
    assert results["w_grad"].status == "passed"
    assert results["tripled"].status == "failed"
    assert results["tripled"].message.startswith("return on case 'small': the GPU run differed from the CPU run:")


def test_a_gpu_run_that_raised_fails_every_check_of_the_case(course: Course) -> None:
    config, exercise, obs, _task = _observations(course)
    error = dataclasses.replace(
        obs, status="raised", returned=None,
        raised=_error("Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!"),
    )
    results = _evaluate(config, exercise, obs, dataclasses.replace(obs, cuda=True, gpu=error))
    assert all(r.status == "failed" for r in results.values())
    assert "the GPU run differed: your code raised RuntimeError" in results["w_grad"].message


def _error(message: str) -> Any:
    from grader.protocol import ErrorInfo

    return ErrorInfo(type="RuntimeError", message=message, file=None, line=None, code=None, traceback=None, origin="library")


def test_a_gpu_run_is_refused_where_no_input_asks_for_one_or_without_cuda(course: Course) -> None:
    _config, _exercise, obs, task = _observations(course)
    wire = dataclasses.replace(obs, cuda=True, gpu=dataclasses.replace(obs, seconds=0.0)).to_wire()
    assert validate_observation(wire, "auto/small", task).gpu is not None
    plain_task = {**task, "args": [[name, {k: v for k, v in recipe.items() if k != "device"}] for name, recipe in task["args"]]}
    with pytest.raises(ProtocolError, match="a GPU run for a task that asks for none"):
        validate_observation(wire, "auto/small", plain_task)
    with pytest.raises(ProtocolError, match="a GPU run without CUDA"):
        validate_observation({**wire, "cuda": False}, "auto/small", task)
    with pytest.raises(ProtocolError, match="bad status"):
        validate_observation({**wire, "gpu": {**wire["gpu"], "status": "missing"}}, "auto/small", task)


# ---- with CUDA: the real GPU run --------------------------------------------------------


@cuda
def test_with_cuda_the_case_runs_again_on_the_gpu_and_its_values_come_back_on_the_cpu(course: Course) -> None:
    _config, _exercise, obs, _task = _observations(course)
    assert obs.cuda is True and obs.gpu is not None
    assert isinstance(obs.gpu.returned, TensorValue) and obs.gpu.returned.data is not None  # read, not "move it with .cpu()"
    assert obs.gpu.inputs["model"].to_wire()["kind"] == "module"


@cuda
def test_with_cuda_a_submission_that_only_works_on_the_cpu_fails_on_the_gpu_run(course: Course, grade: GradeFn) -> None:
    config = _course(course).config
    right = grade(config, _submission(_body()))
    assert right.score == right.max_score
    assert not [n for n in right.notes if CPU_ONLY_NOTE in n]
    # A tensor made on the CPU inside the function meets the GPU input: the GPU run raises.
    cpu_bound = grade(config, _submission("    import torch\n    (model(x).mean() * torch.ones(1)).backward()\n    return 3 * x + torch.zeros(x.shape)"))
    failed = [c for c in cpu_bound.exercise("auto").checks if c.status == "failed"]
    assert failed and all("GPU run differed" in c.message for c in failed)
    assert all(c.status == "passed" for c in cpu_bound.exercise("plain").checks if c.visibility == "public")
