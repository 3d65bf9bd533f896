"""Hostile submissions against call targets, module inputs and `device: auto`, graded in one batch.

Each file of tests/hostile/callables/ is a whole submission for the three
exercises these paths serve (custom_cube_function: `module.Cube.gradcheck`,
`gradgradcheck` and `call(p).grad_fn`; func_grad_callable: `return.call(p)`;
mlp_param_grads: module inputs and a `device: auto` case), correct except
for the attacked exercise; its docstring says what it tries and the fair
verdict. They are graded in one batch on the shared pool with the reference
solutions before, between and after them, as test_corpus.py grades its
corpus: the batch must finish, no attack may earn what a fair instructor
would not give, the exercises it does not attack keep their full marks, and
no feedback quotes a hidden probe's values.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import torch
from conftest import REPO

from grader import inputs, probes, probing
from grader.batch import Item, grade_items
from grader.config import Config
from grader.errors import ExerciseError
from grader.grading import open_grader
from grader.plan import tasks_for
from grader.results import SubmissionResult
from grader.sandbox import tamper
from grader.sandbox.worker import WorkerPool
from grader.spec import load_exercises

HOSTILE = Path(__file__).resolve().parent / "hostile" / "callables"
EXERCISES = ["custom_cube_function", "func_grad_callable", "mlp_param_grads"]
FULL = {"custom_cube_function": 15.0, "func_grad_callable": 9.0, "mlp_param_grads": 16.0}

NEEDS_REVIEW = {
    "gradcheck_module_helper_patched.py": "torch.autograd.gradcheck._allclose_with_type_promotion",
    "gradcheck_tolerance_defaults.py": "torch.autograd.gradcheck.gradcheck",
    "probing_methods_mutated.py": "grader.inputs._ACTIVATIONS",
    "tamper_check_code_swapped.py": "grader.sandbox.tamper.tampered (the check itself)",
    "tamper_check_defaults_swapped.py": "grader.sandbox.tamper.tampered (the check itself)",
}
"""Attacks on the grader's own code in the child: an error that needs review, naming what was changed."""

WRONG_BACKWARD = [
    "gradcheck_allclose_patched.py",
    "apply_override_under_gradcheck.py",
    "gradcheck_patched_during_backward.py",
    "gradcheck_patched_then_restored.py",
    "backward_reads_gradchecks_frames.py",
    "gradcheck_patched_by_a_finalizer.py",
]
"""Attacks that hand in Cube with the wrong backward of control_wrong_backward.py and try to pass gradcheck anyway."""

UNTOUCHED = {
    "apply_override_under_gradcheck.py": ["func_grad_callable", "mlp_param_grads"],
    "gradcheck_allclose_patched.py": ["func_grad_callable", "mlp_param_grads"],
    "gradcheck_patched_during_backward.py": ["func_grad_callable", "mlp_param_grads"],
    "gradcheck_patched_then_restored.py": ["func_grad_callable", "mlp_param_grads"],
    "leak_hidden_probe.py": ["custom_cube_function", "mlp_param_grads"],
    "backward_reads_gradchecks_frames.py": ["func_grad_callable", "mlp_param_grads"],
    "gradcheck_patched_by_a_finalizer.py": ["func_grad_callable", "mlp_param_grads"],
    "cuda_availability_patched.py": ["func_grad_callable", "mlp_param_grads"],
    "cuda_device_count_patched.py": EXERCISES,
    "grad_mode_left_off.py": EXERCISES,
    "hidden_probe_detector.py": ["custom_cube_function", "mlp_param_grads"],
    "huge_forged_message.py": ["custom_cube_function", "mlp_param_grads"],
    "lying_callable.py": ["custom_cube_function", "mlp_param_grads"],
    "module_class_lies.py": ["custom_cube_function", "func_grad_callable"],
}
"""Exercises each graded attack leaves alone (or, for grad_mode_left_off.py, must not spoil): full marks there."""


def _reference() -> str:
    return "\n\n".join((REPO / "solutions" / f"{ex}.py").read_text(encoding="utf-8") for ex in EXERCISES)


@pytest.fixture(scope="module")
def batch(repo_config: Config, pool: WorkerPool, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, SubmissionResult]]:
    folder = tmp_path_factory.mktemp("hostile-callables")
    correct = folder / "correct.py"
    correct.write_text(_reference(), encoding="utf-8")
    attacks = sorted(HOSTILE.glob("*.py"))
    middle = len(attacks) // 2
    grader = open_grader(repo_config, mode="grade", only=EXERCISES)
    order = [("correct-start", correct)]
    order += [(p.name, p) for p in attacks[:middle]] + [("correct-middle", correct)]
    order += [(p.name, p) for p in attacks[middle:]] + [("correct-end", correct)]
    items = [Item(key=key, path=path, grader=grader) for key, path in order]
    yield dict(grade_items(items, pool=pool))


def _exercise_points(result: SubmissionResult, ex_id: str) -> float:
    return sum(c.points for c in result.exercise(ex_id).checks)


def _check(result: SubmissionResult, ex_id: str, name: str) -> Any:
    return next(c for c in result.exercise(ex_id).checks if c.name == name)


def _feedback(result: SubmissionResult, *, hidden_only: bool = False) -> str:
    parts = [result.message or "", *result.notes]
    for ex in EXERCISES:
        try:
            exercise = result.exercise(ex)
        except (KeyError, StopIteration, ValueError):
            continue
        checks = [c for c in exercise.checks if c.visibility == "hidden" or not hidden_only]
        parts += [exercise.message or ""] + [f"{c.message} {c.hint or ''} {c.expected or ''} {c.found or ''}" for c in checks]
    return "\n".join(parts)


def test_every_attack_file_says_what_it_tries_and_the_fair_verdict() -> None:
    for path in HOSTILE.glob("*.py"):
        head = path.read_text(encoding="utf-8").split('"""')[1]
        assert "Fair verdict" in head, path.name


def test_the_batch_finishes_and_correct_submissions_get_full_marks(batch: dict[str, SubmissionResult]) -> None:
    assert set(batch) == {"correct-start", "correct-middle", "correct-end", *(p.name for p in HOSTILE.glob("*.py"))}
    for key in ("correct-start", "correct-middle", "correct-end"):
        result = batch[key]
        assert result.status == "graded" and result.score == result.max_score == sum(FULL.values()), (key, result.message, result.notes)


@pytest.mark.parametrize("name", sorted(NEEDS_REVIEW))
def test_changing_the_graders_code_in_the_child_needs_review(batch: dict[str, SubmissionResult], name: str) -> None:
    result = batch[name]
    assert result.status == "error" and result.score == 0, (result.status, result.score, result.message)
    assert NEEDS_REVIEW[name] in (result.message or "")


@pytest.mark.parametrize("name", WRONG_BACKWARD)
def test_a_wrong_backward_never_passes_gradcheck_however_it_is_dressed(batch: dict[str, SubmissionResult], name: str) -> None:
    result, honest = batch[name], batch["control_wrong_backward.py"]
    assert _check(honest, "custom_cube_function", "gradcheck_hidden").status == "failed"
    assert _check(result, "custom_cube_function", "gradcheck_hidden").status == "failed"
    assert _exercise_points(result, "custom_cube_function") <= _exercise_points(honest, "custom_cube_function")


def test_torch_changed_before_gradcheck_fails_it_with_words(batch: dict[str, SubmissionResult]) -> None:
    check = _check(batch["gradcheck_allclose_patched.py"], "custom_cube_function", "gradcheck_hidden")
    assert "gradcheck was not run" in check.message and "torch.allclose" in check.message


@pytest.mark.parametrize("name", sorted(UNTOUCHED))
def test_exercises_an_attack_leaves_alone_keep_full_marks(batch: dict[str, SubmissionResult], name: str) -> None:
    result = batch[name]
    assert result.status == "graded", result.message
    for ex in UNTOUCHED[name]:
        assert _exercise_points(result, ex) == FULL[ex], (ex, [(c.name, c.message) for c in result.exercise(ex).checks if c.status != "passed"])


def test_a_callable_that_only_answers_the_public_probe_fails_the_hidden_ones(batch: dict[str, SubmissionResult]) -> None:
    result = batch["hidden_probe_detector.py"]
    exercise = result.exercise("func_grad_callable")
    # Right on every public probe, wrong on every hidden one: nothing is earned until the instructor reads it.
    assert exercise.score == 0 and exercise.review is not None
    assert all("held for review" in c.message for c in exercise.checks if c.visibility == "public")


@pytest.mark.parametrize("name", ["lying_callable.py", "huge_forged_message.py"])
def test_lying_and_raising_callables_earn_nothing(batch: dict[str, SubmissionResult], name: str) -> None:
    assert _exercise_points(batch[name], "func_grad_callable") == 0


def test_a_module_that_lies_about_its_parameters_earns_nothing(batch: dict[str, SubmissionResult]) -> None:
    assert _exercise_points(batch["module_class_lies.py"], "mlp_param_grads") == 0


@pytest.mark.parametrize("name", ["cuda_availability_patched.py", "cuda_device_count_patched.py"])
def test_a_claimed_cuda_gives_no_gpu_run(batch: dict[str, SubmissionResult], name: str) -> None:
    result = batch[name]
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA: the GPU run is real")
    assert any("ran on CPU" in note for note in result.notes), result.notes


def _hidden_probe_values(config: Config) -> list[str]:
    """The hidden probes' values as feedback would quote them (4 decimals), built as the child builds them."""
    tasks = [t for ex in load_exercises(config, EXERCISES) for t in tasks_for(ex, "grade", config) if t.hidden]
    values = []
    for task in tasks:
        for request in task.probes:
            for recipe in request["args"]:
                if "seed" in recipe:
                    values += [f"{v:.4f}" for v in inputs.build(recipe).detach().flatten().tolist()]
    return values


def test_feedback_is_bounded_and_quotes_no_hidden_probe(batch: dict[str, SubmissionResult], repo_config: Config) -> None:
    assert len(_feedback(batch["huge_forged_message.py"])) < 100_000
    leak = batch["leak_hidden_probe.py"]
    assert leak.exercise("func_grad_callable").score == 0 and leak.exercise("func_grad_callable").review is not None
    assert "leaked" in _feedback(leak)  # the message is there, its numbers are not
    hidden = _hidden_probe_values(repo_config)
    assert len(hidden) >= 7 + 12
    for name, result in batch.items():
        # Hidden probes reach only hidden checks (test_a_hidden_probe_is_never_built_in_a_public_task): public checks'
        # numbers come from public cases, and with a course secret of its own a public number can match a hidden one.
        text = _feedback(result, hidden_only=True)
        assert not [v for v in hidden if v in text], name
        assert "(3, 4)" not in text and "(7,)" not in text, name


def test_the_gradcheck_snapshot_sees_torch_changed_and_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    pristine = tamper.gradcheck_snapshot(skip=frozenset({"_engine_run_backward"}))
    # What honest code does to torch's globals: no change a gradcheck relies on.
    before = torch.get_default_dtype()
    try:
        torch.set_default_dtype(torch.float64)
        assert tamper.tampered(pristine) == []
    finally:
        torch.set_default_dtype(before)
    monkeypatch.setattr(torch, "allclose", lambda *a, **k: True)
    monkeypatch.setattr(torch.Tensor, "abs", lambda self: self, raising=False)
    assert tamper.tampered(pristine) == ["torch.Tensor: abs", "torch.allclose"]


def test_gradcheck_checks_the_functions_own_backward_and_refuses_a_changed_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    class Cube(torch.autograd.Function):
        @staticmethod
        def forward(ctx: Any, x: torch.Tensor) -> torch.Tensor:
            ctx.save_for_backward(x)
            return x**3

        @staticmethod
        def backward(ctx: Any, g: torch.Tensor) -> torch.Tensor:
            (x,) = ctx.saved_tensors
            return 2 * x * g

    class Dressed(Cube):
        @classmethod
        def apply(cls, *args: Any, **kwargs: Any) -> Any:  # plain autograd, whose gradient is right
            return args[0] ** 3

    x = torch.rand(4, dtype=torch.float64, requires_grad=True)
    fn, node = probing._as_function(Cube), probing._backward_node(Cube)
    assert fn is not None and node is not None and node.__name__ == "CubeBackward"
    assert probing._method("gradcheck", fn, (x,), node)[0] is False
    with pytest.raises(TypeError, match="grad_fn is PowBackward0"):
        probing._method("gradcheck", probing._as_function(Dressed), (x,), probing._backward_node(Dressed))  # type: ignore[arg-type]
    monkeypatch.setattr(torch, "allclose", lambda *a, **k: True)
    with pytest.raises(probing.GradcheckRefused, match="torch.allclose"):
        probing._method("gradcheck", probing._as_function(Cube), (x,), probing._backward_node(Cube))  # type: ignore[arg-type]


def test_tables_defaults_and_closures_of_the_graders_modules_are_watched(monkeypatch: pytest.MonkeyPatch) -> None:
    from grader import inputs

    pristine = tamper.snapshot()
    monkeypatch.setitem(inputs._ACTIVATIONS, "tanh", torch.nn.Identity)
    assert tamper.tampered(pristine) == ["grader.inputs._ACTIVATIONS"]
    monkeypatch.undo()
    monkeypatch.setattr(inputs.build, "__defaults__", (None, {}))
    assert tamper.tampered(pristine) == ["grader.inputs.build"]


def test_a_snapshot_is_made_of_tuples_that_code_cannot_empty() -> None:
    pristine = tamper.snapshot()
    assert type(pristine) is tuple and all(type(entry) is tuple for entry in pristine)
    assert dataclasses.is_dataclass(pristine) is False


MIXED_SPEC = """
id: square
title: A square function
prompt: Write `make_square(k)`, which returns a function of x giving k * x**2.
function: {name: make_square, params: [k]}
cases:
  - {name: first, inputs: {k: 2.0}}
  - {name: second, inputs: {k: 3.0}}
probes:
  shown: [{tensor: [1.0, 2.0], dtype: float64}]
  unseen: [{random: normal, shape: [5], dtype: float64}]
checks:
  - {name: square_public, target: return.call(shown), cases: [first, second]}
  - {name: square_hidden, target: return.call(unseen), cases: [first], visibility: hidden}
"""
"""A hidden check calling on its hidden probe in a case that public checks use too: the probe is built in a public task."""

def test_a_hidden_probe_is_never_built_in_a_public_task(course: Any) -> None:
    # Built in a public task, its values could come back in the public feedback of a later call (a function that keeps
    # its inputs and raises with them): the exercise file is refused instead.
    course.exercise("square", MIXED_SPEC, "def make_square(k):\n    return lambda x: k * x**2\n")
    with pytest.raises(ExerciseError, match="a hidden probe .* runs only in hidden cases"):
        load_exercises(course.config, ["square"])


LEAVES_AUTOGRAD_OFF = """
import torch


def f(x):
    torch.set_grad_enabled(False)
    torch.autograd.set_detect_anomaly(True)
    torch.inference_mode().__enter__()
    return x


def g(x):
    y = x.sqrt()  # its gradient at 0 is inf, times 0: NaN, which anomaly mode would raise on
    (y * 0).sum().backward()
    return x.grad
"""


def test_what_one_call_leaves_of_autograds_modes_never_reaches_the_next() -> None:
    from grader import calling

    namespace: dict[str, Any] = {}
    exec(LEAVES_AUTOGRAD_OFF, namespace)
    x = {"kind": "tensor", "data": [0.0, 1.0], "dtype": "float32", "requires_grad": True}
    grad_mode, anomaly = torch.is_grad_enabled(), torch.is_anomaly_enabled()
    try:
        calling.run_task({"id": "e/f", "function": "f", "args": [["x", x]], "variables": []}, namespace, set(), 100)
        observed = calling.run_task({"id": "e/g", "function": "g", "args": [["x", x]], "variables": []}, namespace, set(), 100)
        assert observed["status"] == "returned", observed["raised"]
        assert observed["returned"]["kind"] == "tensor"
        # The caller's own modes (a student's kernel, for notebook.check) are as it left them.
        assert (torch.is_grad_enabled(), torch.is_anomaly_enabled()) == (grad_mode, anomaly)
    finally:
        torch.set_grad_enabled(grad_mode)
        torch.autograd.set_detect_anomaly(anomaly)


def test_gradcheck_of_a_function_with_other_arguments_compares_each_gradient_with_its_own() -> None:
    class Scaled(torch.autograd.Function):
        @staticmethod
        def forward(ctx: Any, k: float, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
            ctx.save_for_backward(x, y)
            ctx.k = k
            return k * x * y

        @staticmethod
        def backward(ctx: Any, g: torch.Tensor) -> tuple[Any, ...]:
            x, y = ctx.saved_tensors
            return None, ctx.k * g * y, ctx.k * g * x

    # A float before the tensors, and a tensor that needs no gradient: a node's gradients are one per tensor input.
    x = torch.rand(3, dtype=torch.float64, requires_grad=True)
    y = torch.rand(3, dtype=torch.float64)
    fn = probing._as_function(Scaled)
    assert fn is not None
    verdict, analytic, numerical = probing._method("gradcheck", fn, (2.0, x, y), probing._backward_node(Scaled))
    assert verdict is True and analytic.shape == numerical.shape == (3, 3) and torch.allclose(analytic, numerical, atol=1e-6)


def _sent(result: tuple[bool, torch.Tensor, torch.Tensor]) -> Any:
    """A gradcheck's result as the grader reads it from the channel."""
    from grader import observe
    from grader.protocol import validate_value

    return validate_value(observe.encode(result, max_elements=10_000), "probe")


@pytest.mark.parametrize("method", ["gradcheck", "gradgradcheck"])
def test_the_grader_compares_the_jacobians_itself_whatever_torchs_verdict_in_the_child(monkeypatch: pytest.MonkeyPatch, method: str) -> None:
    class Cube(torch.autograd.Function):
        @staticmethod
        def forward(ctx: Any, x: torch.Tensor) -> torch.Tensor:
            ctx.save_for_backward(x)
            return x**3

        @staticmethod
        def backward(ctx: Any, g: torch.Tensor) -> torch.Tensor:
            (x,) = ctx.saved_tensors
            return 3 * x**2 * g

    class Wrong(Cube):  # gradcheck fails
        @staticmethod
        def backward(ctx: Any, g: torch.Tensor) -> torch.Tensor:
            (x,) = ctx.saved_tensors
            return 2 * x * g

    class Detached(Cube):  # gradgradcheck fails: the backward is right, but not differentiable in x
        @staticmethod
        def backward(ctx: Any, g: torch.Tensor) -> torch.Tensor:
            (x,) = ctx.saved_tensors
            return 3 * x.detach() ** 2 * g

    # Torch's verdict reached in the child is the submission's to forge (a finalizer, a thread, a dispatch subclass):
    # here it is forged outright, and the grader's own comparison still decides.
    monkeypatch.setattr(probing, "_gradcheck", lambda *a, **k: True)
    monkeypatch.setattr(probing, "_gradgradcheck", lambda *a, **k: True)
    x = torch.linspace(-2, 2, 5, dtype=torch.float64).requires_grad_()
    verdicts = {}
    for cls in (Cube, Wrong, Detached):
        fn = probing._as_function(cls)
        assert fn is not None
        verdicts[cls.__name__] = probes._verdict(_sent(probing._method(method, fn, (x,), probing._backward_node(cls))), method)
    wrong = "Wrong" if method == "gradcheck" else "Detached"
    assert {name: v.value for name, v in verdicts.items()} == {"Cube": True, "Wrong": method != "gradcheck", "Detached": method == "gradcheck"}
    assert verdicts[wrong].value is False


def test_a_gradcheck_result_the_grader_cannot_read_fails_with_words() -> None:
    from grader.targets import Unresolved
    from grader.values import BoolValue, TupleValue

    with pytest.raises(Unresolved, match="no verdict"):
        probes._verdict(BoolValue(True), "gradcheck")  # torch's bool alone, as a forger would send it
    with pytest.raises(Unresolved, match="could not be compared"):
        probes._verdict(_sent((True, torch.zeros(2, 2, dtype=torch.float64), torch.zeros(2, 3, dtype=torch.float64))), "gradcheck")
    assert isinstance(_sent((True, torch.zeros(1, 1), torch.zeros(1, 1))), TupleValue)
