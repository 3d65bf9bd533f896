"""Call the student's function on one task and describe what happened, as plain values.

Used in two places that must agree: the sandbox's child
(:mod:`grader.sandbox.child`) and ``check()`` inside a student's own kernel
(:mod:`grader.notebook`). It builds the task's inputs (with hooks that count
backward calls), calls the function, and describes the return value, the
inputs after the call and any exception with :mod:`grader.observe`. It never
sees expected values or checks.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Container, Mapping
from contextlib import nullcontext
from types import TracebackType
from typing import Any

import torch

from grader import inputs, observe, probing
from grader.wire import MAX_PASS_ERRORS

_monotonic = time.monotonic
_len = len
_list = list
# Captured at import (before student code exists): a submission that says CUDA is there (torch.cuda.is_available
# replaced) does not make a `device: auto` case claim a GPU run; one that leaves autograd off (set_grad_enabled(False),
# an inference_mode entered and never left) or anomaly mode on does not change the calls after its own.
_cuda_available = torch.cuda.is_available
_tensor_to = torch.Tensor.to
_zeros = torch.zeros
_enable_grad = torch.enable_grad
_inference_mode = torch.inference_mode
_anomaly_mode = torch.autograd.set_detect_anomaly
# How the grader tells which inputs get a backward counter, and hangs it: a property set on torch.Tensor (the tamper
# check compares torch.Tensor only around gradchecks) shadows the C flag, and made x look untracked, with no counter,
# so that a .grad written by formula was never "written by hand" (tests/hostile/round8/pack/requires_grad_hidden_from_the_grader.py).
_plain_tensors = (torch.Tensor, torch.nn.Parameter)
_getsets: Any = torch._C.TensorBase  # its attributes are C descriptors, typed in the stubs as the values they give
_requires_grad = _getsets.requires_grad.__get__
_register_hook = torch.Tensor.register_hook
_named_parameters = torch.nn.Module.named_parameters


UNDER_GRADER_ENV = "GRADER_UNDER_GRADER"
"""Set (to "1") in the environment of a child that runs a submission: ``check()`` in a graded notebook does nothing."""


def _student_frames(tb: TracebackType | None, student_files: Container[str]) -> list[traceback.FrameSummary]:
    # Source lines are looked up for the student's frames only: reading torch's
    # own files for frames nobody shows costs milliseconds per exception.
    frames = [
        (frame, lineno) for frame, lineno in traceback.walk_tb(tb) if frame.f_code.co_filename in student_files
    ]
    return list(traceback.StackSummary.extract(iter(frames), lookup_lines=True))


def describe_error(exc: BaseException, student_files: Container[str]) -> dict[str, Any]:
    """Exception type, message, and where in the student's code it happened."""
    info = observe.encode_exception(exc)
    frames = _student_frames(exc.__traceback__, student_files)
    if isinstance(exc, SyntaxError) and exc.filename in student_files:
        info["where"] = {"file": exc.filename, "line": exc.lineno or 0}
        info["code"] = (exc.text or "").strip()[:300]
    elif frames:
        last = frames[-1]
        info["where"] = {"file": last.filename, "line": last.lineno or 0}
        info["code"] = (last.line or "").strip()[:300]
    else:
        info["where"] = None
        info["code"] = None
    try:
        lines = _last_line(exc)
        frames_text = traceback.format_list(frames[-5:])
        info["traceback"] = "".join(frames_text + lines)[-4000:]
    except BaseException:
        info["traceback"] = None
    return info


def _last_line(exc: BaseException) -> list[str]:
    """The last line of ``exc``'s traceback, as traceback writes it, without walking its chain of causes first (a
    chain can be built to take minutes); a SyntaxError keeps its caret lines."""
    if isinstance(exc, SyntaxError):
        return traceback.format_exception_only(SyntaxError(exc.msg, (exc.filename, exc.lineno, exc.offset, exc.text)))
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ in ("__main__", "builtins") else f"{kind.__module__}.{kind.__qualname__}"
    message = observe.encode_exception(exc)["message"]
    return [f"{name}: {message}\n" if message else f"{name}\n"]


def run_task(
    task: dict[str, Any],
    namespace: dict[str, Any],
    student_files: Container[str],
    max_elements: int,
    *,
    watch: observe.AutogradWatch | None = None,
    prepared: Mapping[tuple[str, str], tuple[dict[str, Any], Any]] | None = None,
) -> dict[str, Any]:
    """Run one task and describe everything the checks may look at.

    ``watch`` is a watch on backward passes installed for the whole run (the
    sandbox's child installs one before the first cell); without one, a watch
    is installed around this call only. ``prepared`` holds inputs built
    before the fork (:func:`grader.inputs.prepare`); ``student_files`` says
    which frames are the student's, for error locations.
    """
    start = _monotonic()
    modes_off = observe.ModesOff()
    if task["function"] is None:
        variables = {}
        # With no mode on, as a call's inputs are read: a dispatch mode the module entered and never left showed a
        # wrong chain_p.grad (600, from a real backward) as 200 (tests/hostile/round10/pack/variables_read_under_a_mode.py).
        with modes_off:
            for name in task["variables"]:
                if name in namespace:
                    # The watch saw the whole notebook run only in the sandbox, where it was there before the cells.
                    variables[name] = observe.encode(namespace[name], max_elements=max_elements, watch=watch)
                else:
                    variables[name] = {"kind": "missing"}
        inspected: dict[str, Any] = {"status": "inspected", "variables": variables, "seconds": _monotonic() - start}
        if watch is not None and watch.failed_loading is not None:
            # The run's passes that raised: an error's message kept as text is the work only beside one
            # (hints.wrong_type; tests/hostile/round16/pack/message_typed_in_beside_no_failed_pass.ipynb).
            inspected["autograd_failed"] = watch.failed_loading
            inspected["autograd_errors"] = _list(watch.errors_loading or ())[:MAX_PASS_ERRORS]
        return inspected

    name = task["function"]
    if name not in namespace:
        return {"status": "missing", "seconds": 0.0}
    fn = namespace[name]
    if not callable(fn):
        with modes_off:
            return {"status": "not_callable", "found": observe.encode(fn, max_elements=max_elements), "seconds": 0.0}

    installed = watch is not None
    if watch is None:
        watch = observe.AutogradWatch()
    args: list[Any] = []
    watched_modules: dict[str, _ModuleWatch] = {}
    counters: list[observe.BackwardCounter | None] = []
    originals: list[Any] = []
    tid = task["id"]
    with modes_off:
        for pname, recipe in task["args"]:
            value = inputs.build(recipe, (tid, pname), prepared)
            counter = None
            if type(value) in _plain_tensors and _requires_grad(value):
                counter = observe.BackwardCounter(value, watch)
                _register_hook(value, counter)  # type: ignore[no-untyped-call]  # torch leaves register_hook unannotated
            args.append(value)
            counters.append(counter)
            originals.append(observe.snapshot(value) if isinstance(value, torch.Tensor) else None)
            if recipe["kind"] == "module":
                watched_modules[pname] = _ModuleWatch(value, watch)

    returned: Any = None
    raised = None
    status = "returned"
    tracked = {pname: value for (pname, _recipe), value, counter in zip(task["args"], args, counters) if counter is not None}
    steps = observe.OptimizerSteps({**tracked, **_module_parameters(watched_modules)})
    recorder = observe.GradModeRecorder() if task.get("record_grad_mode") else None
    runs_before, failed_before, duals_before, accumulations_before = watch.runs, watch.failed, watch.forward_duals, watch.accumulations
    errors_before = _len(watch.errors)
    start = _monotonic()
    try:
        # Each call starts with autograd on and anomaly mode off, as in a fresh process, whatever the calls before it left.
        with steps, (nullcontext() if installed else watch), _enable_grad(), _inference_mode(False), _anomaly_mode(False):
            if recorder is None:
                returned = fn(*args)
            else:
                with recorder:
                    returned = fn(*args)
    except NotImplementedError as exc:
        # The starter's own raise marks work not done; one PyTorch raises (an operation it lacks for a dtype) is an error.
        status = "raised" if observe.exception_origin(exc) == "library" else "not_implemented"
        raised = describe_error(exc, student_files)
    except BaseException as exc:  # the student's SystemExit is a result, not our exit
        status = "raised"
        raised = describe_error(exc, student_files)
    seconds = _monotonic() - start

    with modes_off:
        observed_inputs = {}
        aliases: dict[int, str] = {}
        for (pname, _recipe), value, counter, original in zip(task["args"], args, counters, originals):
            if pname in watched_modules:
                observed_inputs[pname] = watched_modules[pname].encode(pname, max_elements, steps.steps, aliases)
            elif isinstance(value, torch.Tensor):
                observed_inputs[pname] = observe.encode_tensor(
                    value,
                    max_elements=max_elements,
                    backward_calls=None if counter is None else counter.count,
                    accumulated=None if counter is None else counter.accumulated,
                    changed=observe.differs(original, value),
                    optimizer_steps=steps.steps.get(pname),
                    grad_requests=None if counter is None else watch.requested(value),
                )
                key = observe.grad_storage_key(value) if counter is not None else None
                if key is not None:
                    aliases[key] = f"{pname}.grad"
            else:
                observed_inputs[pname] = observe.encode(value, max_elements=max_elements)
        observation = {
            "status": status,
            "returned": observe.encode(returned, max_elements=max_elements, aliases=aliases, recorder=recorder) if status == "returned" else None,
            "raised": raised,
            "inputs": observed_inputs,
            "autograd_runs": watch.runs - runs_before,
            "autograd_failed": watch.failed - failed_before,
            "autograd_errors": watch.errors[errors_before:][:MAX_PASS_ERRORS],
            "forward_duals": watch.forward_duals - duals_before,
            "accumulations": watch.accumulations - accumulations_before,
            "seconds": seconds,
        }
    if task.get("probes"):
        # After everything above is described: the calls on the probes must not change what the task's own call left.
        with _enable_grad(), _inference_mode(False), _anomaly_mode(False):
            observation["probes"] = probing.run_probes(
                task["probes"], returned, status == "returned", namespace, lambda exc: describe_error(exc, student_files), max_elements
            )
    if any(recipe.get("device") == "auto" for _pname, recipe in task["args"]):
        observation.update(_device_runs(task, namespace, student_files, max_elements, watch=watch if installed else None))
    return observation


class _ModuleWatch:
    """A module input's parameters, watched through a call: a backward counter and the values before, per parameter."""

    def __init__(self, module: torch.nn.Module, watch: observe.AutogradWatch) -> None:
        self.module = module
        self.parameters = dict(_named_parameters(module))
        self.counters: dict[str, observe.BackwardCounter] = {}
        self.before = {name: observe.snapshot(param) for name, param in self.parameters.items()}
        for name, param in self.parameters.items():
            counter = observe.BackwardCounter(param, watch)
            _register_hook(param, counter)  # type: ignore[no-untyped-call]  # torch leaves register_hook unannotated
            self.counters[name] = counter

    def encode(self, pname: str, max_elements: int, steps: Mapping[str, int], aliases: dict[int, str]) -> dict[str, Any]:
        """The module after the call; its parameters' gradients named in ``aliases`` (``model.0.weight.grad``)."""
        for name, param in self.parameters.items():
            key = observe.grad_storage_key(param)
            if key is not None:
                aliases[key] = f"{pname}.{name}.grad"
        return observe.encode_module(
            self.module,
            max_elements=max_elements,
            counters=self.counters,
            before=self.before,
            optimizer_steps={name: steps[f"{pname}.{name}"] for name in self.parameters if f"{pname}.{name}" in steps},
        )


def _module_parameters(modules: Mapping[str, _ModuleWatch]) -> dict[str, torch.Tensor]:
    """Every watched module's parameters by their target name (``model.0.weight``), for the optimizer step count."""
    return {f"{pname}.{name}": param for pname, watched in modules.items() for name, param in watched.parameters.items()}


def _cuda_works() -> bool:
    """Whether a tensor really goes to the GPU: torch.cuda.is_available reads torch's own state, which code can change."""
    try:
        _tensor_to(_zeros(1), "cuda")
    except Exception:  # noqa: BLE001 - whatever stops it, there is no GPU run to make
        return False
    return True


def _device_runs(
    task: dict[str, Any], namespace: dict[str, Any], student_files: Container[str], max_elements: int, *, watch: observe.AutogradWatch | None
) -> dict[str, Any]:
    """``device: auto``: whether CUDA is here and, when it is, the same call again with the inputs on the GPU.

    The GPU run is a task of its own whose ``auto`` recipes say ``cuda``
    (:func:`grader.inputs.build` moves what they build there); its values are
    read through copies on the CPU (:class:`grader.observe.reading_cuda`). The
    grader compares the two runs, never the child.
    """
    if not _cuda_available() or not _cuda_works():
        return {"cuda": False}
    args = [[pname, {**recipe, "device": "cuda"} if recipe.get("device") == "auto" else recipe] for pname, recipe in task["args"]]
    with observe.reading_cuda():
        run = run_task({**task, "args": args, "probes": []}, namespace, student_files, max_elements, watch=watch)  # the calls on probes: once, on the CPU
    return {"cuda": True, "gpu": {key: run[key] for key in ("status", "returned", "raised", "inputs")}}
