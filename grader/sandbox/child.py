"""Code that runs inside the forked child, next to the student's code.

The child runs the submission's cells in one namespace, then runs the tasks
the supervisor sends, in order (a few arrive ahead of time, so that it never
waits between two calls). For each task it calls the
student's function (or reads the notebook's variables), describes what
happened with :mod:`grader.observe`, and sends that description back as one
JSON line. It never sees expected values or checks.

The functions this module needs (``os.write``, the JSON encoder...) are bound
at import time, in the worker, before student code exists. Student code runs in
this same interpreter, so it *can* reach everything here; what it can and
cannot gain by that is in docs/threat-model.md. Two cheap guards make the
plain attempts fail loudly: a forked copy of the child (a student's fork)
never speaks on the channel, and a child whose grader modules were replaced
(monkeypatched functions or code objects) reports that instead of results,
which makes the submission an error that needs review.
"""

from __future__ import annotations

import builtins
import json
import linecache
import operator
import os
import sys
import time
import traceback
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from types import TracebackType
from typing import Any, NoReturn

import torch

from grader import inputs, observe, wire
from grader.sandbox.outcomes import FAULT_EXIT
from grader.wire import task_end_prefix

_write = os.write
_read = os.read
_exit = os._exit
_getpid = os.getpid
_gettrace = sys.gettrace
_getprofile = sys.getprofile
_monotonic = time.monotonic
_encoder = json.JSONEncoder(ensure_ascii=True, allow_nan=True, separators=(",", ":"))
_decoder = json.JSONDecoder()
_encode = _encoder.encode
_decode = _decoder.decode

STUDENT_MODULE = "__submission__"


class Channel:
    """Line-delimited JSON to and from the supervisor."""

    def __init__(self, event_fd: int, task_fd: int) -> None:
        self.event_fd = event_fd
        self.task_fd = task_fd
        self.pid = _getpid()
        # Mutable buffers whose identity never changes: the tamper check compares this
        # instance's attributes by identity, so a swapped fd, buffer or method shows.
        self._pending = bytearray()
        self._outgoing: list[str] = []

    def _mine(self) -> None:
        # A process the student forked runs this same code after its cell ends;
        # it must not answer for the child (duplicate events, stolen tasks).
        if _getpid() != self.pid:
            _exit(0)

    def send(self, message: dict[str, Any], *, flush: bool = True) -> None:
        """Send a message; with ``flush=False`` it waits to go out with the next one.

        Holding back a cell's end until the next cell starts halves the writes
        (and the supervisor's wake-ups) while loading a notebook.
        """
        self._mine()
        self._outgoing.append(_encode(message))
        if flush:
            self._flush()

    def send_result(self, task_id: str, observation: dict[str, Any]) -> None:
        """A ``task_end`` message, in the one layout the supervisor forwards without decoding it."""
        self._mine()
        self._outgoing.append(task_end_prefix(task_id).decode("ascii") + _encode(observation) + "}")
        self._flush()

    def _flush(self) -> None:
        data = ("\n".join(self._outgoing) + "\n").encode("ascii")
        self._outgoing.clear()
        view = memoryview(data)
        while view:
            n = _write(self.event_fd, view)
            view = view[n:]

    def receive(self) -> dict[str, Any]:
        self._mine()
        while (end := self._pending.find(b"\n")) < 0:
            chunk = _read(self.task_fd, 1 << 16)
            if not chunk:
                _exit(0)  # the supervisor went away: nothing left to do
            self._pending += chunk
        line = bytes(self._pending[:end])
        del self._pending[: end + 1]
        return _decode(line.decode("utf-8"))  # type: ignore[no-any-return]


class _IPythonStub:
    """Stands in for ``get_ipython()`` in notebooks exported as scripts."""

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


def _display(*objects: object, **kwargs: object) -> None:
    for obj in objects:
        print(repr(obj))


def fresh_namespace(filename: str) -> dict[str, Any]:
    """A registered module's namespace, so dataclasses and pickling in student code work.

    The module is not called "__main__": code under ``if __name__ == "__main__":``
    is a demo, not part of the answer.
    """
    module = type(sys)(STUDENT_MODULE)
    sys.modules[STUDENT_MODULE] = module
    namespace = module.__dict__
    namespace.update(
        __file__=filename,
        __builtins__=builtins,
        display=_display,
        get_ipython=_IPythonStub,
    )
    return namespace


def _student_frames(tb: TracebackType | None, student_files: set[str]) -> list[traceback.FrameSummary]:
    # Source lines are looked up for the student's frames only: reading torch's
    # own files for frames nobody shows costs milliseconds per exception.
    frames = [
        (frame, lineno) for frame, lineno in traceback.walk_tb(tb) if frame.f_code.co_filename in student_files
    ]
    return list(traceback.StackSummary.extract(iter(frames), lookup_lines=True))


def describe_error(exc: BaseException, student_files: set[str]) -> dict[str, Any]:
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
        lines = traceback.format_exception_only(type(exc), exc)
        frames_text = traceback.format_list(frames[-5:])
        info["traceback"] = "".join(frames_text + lines)[-4000:]
    except BaseException:
        info["traceback"] = None
    return info


def cell_filename(kind: str, filename: str, number: int, label: str = "") -> str:
    # The label (``cell [7]``, ``code cell 4``) is what error locations quote back to the student.
    return filename if kind == "module" else f"<{label or f'cell {number}'}>"


def run_cells(source: dict[str, Any], skip: set[int], channel: Channel, namespace: dict[str, Any]) -> set[str]:
    kind, filename = source["kind"], source["filename"]
    files = set()
    for cell in source["cells"]:
        number = cell["number"]
        name = cell_filename(kind, filename, number, str(cell.get("label") or ""))
        files.add(name)
        if number in skip:
            continue
        channel.send({"ev": "cell_start", "cell": number})
        start = _monotonic()
        error = None
        # Registered so that tracebacks and error locations can quote the student's line.
        linecache.cache[name] = (len(cell["code"]), None, cell["code"].splitlines(True), name)
        try:
            code = compile(cell["code"], name, "exec", dont_inherit=True)
            exec(code, namespace)
        except BaseException as exc:  # SystemExit and KeyboardInterrupt too: the next cell still runs
            error = describe_error(exc, files)
        # Goes out with the next cell's start (or with "loaded"): nothing but our own code runs in between.
        channel.send({"ev": "cell_end", "cell": number, "error": error, "seconds": _monotonic() - start}, flush=False)
    return files


def run_task(
    task: dict[str, Any],
    namespace: dict[str, Any],
    student_files: set[str],
    max_elements: int,
) -> dict[str, Any]:
    """Run one task and describe everything the checks may look at.
    """
    start = _monotonic()
    if task["function"] is None:
        variables = {}
        for name in task["variables"]:
            if name in namespace:
                # The watch saw the whole notebook run only in the sandbox, where it was there before the cells.
                variables[name] = observe.encode(namespace[name], max_elements=max_elements, watch=_WATCHING[0] if _WATCHING else None)
            else:
                variables[name] = {"kind": "missing"}
        return {"status": "inspected", "variables": variables, "seconds": _monotonic() - start}

    name = task["function"]
    if name not in namespace:
        return {"status": "missing", "seconds": 0.0}
    fn = namespace[name]
    if not callable(fn):
        return {"status": "not_callable", "found": observe.encode(fn, max_elements=max_elements), "seconds": 0.0}

    args, counters, originals = [], [], []
    tid = task["id"]
    for pname, recipe in task["args"]:
        value = inputs.build(recipe, (tid, pname))
        counter = None
        if isinstance(value, torch.Tensor) and value.requires_grad:
            counter = observe.BackwardCounter(value)
            value.register_hook(counter)
        args.append(value)
        counters.append(counter)
        originals.append(observe.snapshot(value) if isinstance(value, torch.Tensor) else None)

    returned: Any = None
    raised = None
    status = "returned"
    tracked = {pname: value for (pname, _recipe), value, counter in zip(task["args"], args, counters) if counter is not None}
    steps = observe.OptimizerSteps(tracked)
    recorder = observe.GradModeRecorder() if task.get("record_grad_mode") else None
    installed = bool(_WATCHING)
    watch = _WATCHING[0] if installed else observe.AutogradWatch()
    runs_before, accumulations_before = watch.runs, watch.accumulations
    start = _monotonic()
    try:
        with steps, (nullcontext() if installed else watch):
            if recorder is None:
                returned = fn(*args)
            else:
                with recorder:
                    returned = fn(*args)
    except NotImplementedError as exc:
        status = "not_implemented"
        raised = describe_error(exc, student_files)
    except BaseException as exc:  # the student's SystemExit is a result, not our exit
        status = "raised"
        raised = describe_error(exc, student_files)
    seconds = _monotonic() - start

    observed_inputs = {}
    aliases: dict[int, str] = {}
    for (pname, _recipe), value, counter, original in zip(task["args"], args, counters, originals):
        if isinstance(value, torch.Tensor):
            observed_inputs[pname] = observe.encode_tensor(
                value,
                max_elements=max_elements,
                backward_calls=None if counter is None else counter.count,
                accumulated=None if counter is None else counter.accumulated,
                changed=observe.differs(original, value),
                optimizer_steps=steps.steps.get(pname),
            )
            key = observe.grad_storage_key(value) if counter is not None else None
            if key is not None:
                aliases[key] = f"{pname}.grad"
        else:
            observed_inputs[pname] = observe.encode(value, max_elements=max_elements)
    return {
        "status": status,
        "returned": observe.encode(returned, max_elements=max_elements, aliases=aliases, recorder=recorder) if status == "returned" else None,
        "raised": raised,
        "inputs": observed_inputs,
        "autograd_runs": watch.runs - runs_before,
        "accumulations": watch.accumulations - accumulations_before,
        "seconds": seconds,
    }


class _HiddenImports:
    """Refuses imports of the course's private folders (reference solutions)."""

    def __init__(self, names: list[str]) -> None:
        self.names = {n for n in names if n}

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.split(".")[0] in self.names:
            raise ImportError(f"{name!r} belongs to the course staff: reference solutions are not available to submissions")
        return None


def _inside(roots: tuple[str, ...], entry: str) -> bool:
    # "" and other relative entries are relative to the working folder: the child's own.
    real = os.path.realpath(entry or os.getcwd())
    return any(real == r or real.startswith(r + os.sep) for r in roots)


@dataclass(frozen=True)
class Hiding:
    """Import paths to drop in a child, worked out in the worker before it forks.

    Resolving the ~250 folders of the importer cache costs ~2,500 ``lstat``
    calls, and even walking the cache in the child copies the pages its
    entries live on: the worker does both once (:func:`plan_hiding` keeps the
    plan), and the child deletes only what is listed.
    """

    roots: tuple[str, ...]
    path: frozenset[str]
    """Absolute ``sys.path`` entries inside the course folders."""
    cache: tuple[str, ...]
    """Absolute importer-cache entries inside them."""
    relative: tuple[str, ...]
    """Relative entries (``""`` above all), decided in the child, whose working folder is its own."""


_PLANS: dict[tuple[Any, ...], Hiding] = {}


def plan_hiding(hidden: list[str]) -> Hiding:
    # The worker imports nothing between jobs, so its import state, and the plan, stay the same.
    key = (tuple(hidden), tuple(sys.path), len(sys.path_importer_cache))
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = _plan_hiding(hidden)
    return plan


def _plan_hiding(hidden: list[str]) -> Hiding:
    roots = tuple(os.path.realpath(h) for h in hidden)
    path = frozenset(p for p in sys.path if os.path.isabs(p) and _inside(roots, p))
    cache = tuple(e for e in sys.path_importer_cache if os.path.isabs(e) and _inside(roots, e))
    relative = tuple(dict.fromkeys(e for e in [*sys.path, *sys.path_importer_cache] if not os.path.isabs(e)))
    return Hiding(roots, path, cache, relative)


def hide_course_paths(plan: Hiding, refuse: list[str]) -> None:
    """Drop the course folder from sys.path and refuse imports of the solutions folder.

    Where the sandbox has a mount namespace the folders are not even there;
    this is what still holds where it has none.
    """
    gone = plan.path | {e for e in plan.relative if _inside(plan.roots, e)}
    sys.path[:] = [p for p in sys.path if p not in gone]
    # Only the solutions folder's name is refused (the course root's name may be anything).
    sys.meta_path.insert(0, _HiddenImports(refuse))  # type: ignore[arg-type]
    # Forget only the finders of dropped entries: clearing the whole cache frees
    # hundreds of inherited objects, and every page they touch is copied.
    for entry in (*plan.cache, *gone):
        sys.path_importer_cache.pop(entry, None)


def _watched() -> list[tuple[str, Any]]:
    """Namespaces whose contents decide what the child reports."""
    import json.decoder
    import json.encoder

    from grader import inputs as inputs_mod

    return [
        ("grader.observe", observe.__dict__),
        ("grader.inputs", inputs_mod.__dict__),
        ("grader.sandbox.child", globals()),
        ("grader.wire", wire.__dict__),
        ("grader.observe.BackwardCounter", observe.BackwardCounter.__dict__),
        ("grader.sandbox.child.Channel", Channel.__dict__),
        ("json.encoder", json.encoder.__dict__),
        ("json.decoder", json.decoder.__dict__),
        ("json.JSONEncoder", json.encoder.JSONEncoder.__dict__),
        ("json.JSONDecoder", json.decoder.JSONDecoder.__dict__),
        ("the JSON encoder", vars(_encoder)),
    ]


_VOLATILE = "__warningregistry__"
"""Set by the warnings machinery in any module that warns: not a change of code."""


def _names(namespace: Any) -> frozenset[str]:
    return frozenset(namespace).difference((_VOLATILE,))


_Snapshot = list[tuple[str, Any, int, tuple[str, ...], tuple[Any, ...], tuple[Any, ...], tuple[Any, ...], Callable[[Any], tuple[Any, ...]]]]


def _snapshot(watched: list[tuple[str, Any]] | None = None) -> _Snapshot:
    out = []
    for label, namespace in _watched() if watched is None else watched:
        pairs = [(name, value) for name, value in list(namespace.items()) if name != _VOLATILE]
        names = tuple(n for n, _ in pairs)
        values = tuple(v for _, v in pairs)
        functions = tuple(v for v in values if hasattr(v, "__code__"))
        codes = tuple(f.__code__ for f in functions)
        # One C call reads every name (itemgetter of one name returns the value, not a 1-tuple).
        getter = operator.itemgetter(*names) if len(names) > 1 else (lambda ns, _n=names, _t=tuple: _t(ns[n] for n in _n))
        out.append((label, namespace, len(names), names, values, functions, codes, getter))
    return out


_PRISTINE: _Snapshot = []


def tampered(
    _is: Any = operator.is_,
    _code: Any = operator.attrgetter("__code__"),
    _map: Any = map,
    _all: Any = all,
    _len: Any = len,
) -> list[str]:
    """Names in the grader's modules that no longer hold what they held before student code ran.

    Runs after every task, so the common case (nothing changed) is a few
    C-level identity sweeps, not a Python loop over every name.
    """
    changed = []
    # A trace or profile function sees every frame: it can rewrite what run_task returns.
    if _gettrace() is not None or _getprofile() is not None:
        changed.append("sys.settrace / sys.setprofile (a trace or profile function was installed)")
    for label, namespace, count, names, values, functions, codes, get in _PRISTINE:
        # Defaults, not globals or builtins: student code rebinding either changes nothing here.
        try:
            now = get(namespace)
        except KeyError:  # a name was deleted
            now = ()
        if (
            _len(namespace) - (_VOLATILE in namespace) == count
            and _len(now) == count
            and _all(_map(_is, now, values))
            and _all(_map(_is, _map(_code, functions), codes))
        ):
            continue
        # Something changed: now find what, for the message.
        added = _names(namespace) - frozenset(names)
        if added:
            # An added name can shadow a builtin the module uses (list, type...).
            changed.append(f"{label}: " + ", ".join(sorted(added)[:5]))
        swapped = {id(f) for f, c in zip(functions, codes) if f.__code__ is not c}
        for name, value in zip(names, values):
            now = namespace.get(name)
            if now is not value or id(value) in swapped:
                changed.append(f"{label}.{name}")
    return changed[:20]


_WATCHING: list[observe.AutogradWatch] = []
"""The backward passes of the whole run: installed in the child before the first cell (empty elsewhere).

A list made at import, so that installing the watch changes no name the tamper check compares.
"""


def child_main(job: dict[str, Any], skip: set[int], channel: Channel, hiding: Hiding | None = None) -> NoReturn:
    """Entry point after fork, once fds and limits are in place. Never returns.

    ``hiding`` is what :func:`plan_hiding` said in the worker before the fork.
    """
    # Bound as locals before student code runs: rebinding the module's names later changes nothing here.
    send, result, receive, check, run = channel.send, channel.send_result, channel.receive, tampered, run_task
    try:
        notebook_check = sys.modules.get("grader.notebook")
        if notebook_check is not None:
            notebook_check.UNDER_GRADER = True  # type: ignore[attr-defined]
        if hiding is None:
            hiding = plan_hiding(list(job.get("hide", [])))
        hide_course_paths(hiding, list(job.get("refuse_imports", [])))
        torch.set_num_threads(1)  # a forked child can hang in the parent's thread pool otherwise
        watch = observe.AutogradWatch()
        watch.install()
        _WATCHING.append(watch)
        # Unseeded student randomness is at least repeatable. The CPU generator is all a child has:
        # torch.manual_seed would also queue the seeding of every GPU backend, capturing a stack trace.
        torch.default_generator.manual_seed(0)
        # The channel exists only now: its attributes join what the tamper check compares.
        _PRISTINE.extend(_snapshot([("the grader's channel", vars(channel))]))
        namespace = fresh_namespace(job["source"]["filename"])
        max_elements = int(job["limits"]["max_tensor_elements"])
        files = run_cells(job["source"], skip, channel, namespace)
        if changed := check():
            send({"ev": "tampered", "names": changed})
        send({"ev": "loaded"})
        while True:
            message = receive()
            if message.get("op") != "task":
                break
            task = message["task"]
            observation = run(task, namespace, files, max_elements)
            if changed := check():
                send({"ev": "tampered", "names": changed})
            result(task["id"], observation)
        send({"ev": "done"})
    except BaseException as exc:  # a bug of ours, or student code sabotaging the child
        try:
            channel.send({"ev": "fault", "detail": f"{type(exc).__name__}: {exc}"[:500]})
        except BaseException:
            pass
        _exit(FAULT_EXIT)
    _exit(0)


_PRISTINE[:] = _snapshot()
