"""``from grader import check``: check one exercise from inside a notebook.

This is the one place where student code runs in the same process as the
grader's code: the student's own kernel, with their current variables. It
runs the exercise's public cases only, compares against expected values
obtained as usual (reference run in a sandbox worker, cached; or a frozen
file in a student bundle), and shows the result as HTML in Jupyter and as
text elsewhere. Inside a grading run it does nothing, so a notebook that
calls it can be handed in as it is.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from grader.calling import UNDER_GRADER_ENV, run_task
from grader.config import CONFIG_NAME, ENV_CONFIG, Config, find_config, load_config
from grader.errors import ConfigError
from grader.expected import open_expected
from grader.grading import Grader
from grader.plan import tasks_for
from grader.protocol import RunRecord, TaskOutcome, validate_observation
from grader.report import html, text
from grader.results import ExerciseResult
from grader.spec import load_exercises
from grader.submission import Source


def under_grader() -> bool:
    """Whether this process is a child running a submission (:data:`grader.calling.UNDER_GRADER_ENV`): check() calls do nothing there."""
    return os.environ.get(UNDER_GRADER_ENV) == "1"


class _StudentFrames:
    """Any frame outside the libraries counts as the student's (for error locations)."""

    def __init__(self) -> None:
        import torch

        self.library_roots = (os.path.dirname(os.path.dirname(torch.__file__)), os.path.dirname(__file__), sys.prefix)

    def __contains__(self, filename: object) -> bool:
        return isinstance(filename, str) and not filename.startswith(self.library_roots) and not filename.startswith("<frozen")


class CheckReport:
    """What :func:`check` returns outside Jupyter (in Jupyter it shows the report and returns None)."""

    def __init__(self, result: ExerciseResult) -> None:
        self.result = result

    @property
    def passed(self) -> bool:
        return self.result.status == "passed"

    def __repr__(self) -> str:
        # Short on purpose: the report itself was printed already, and an
        # interactive shell prints this too.
        r = self.result
        return f"<{r.id}: {r.status}, {text.points(r.score)}/{text.points(r.max_score)} points>"

    def __bool__(self) -> bool:
        return self.passed


class CheckTimeout(BaseException):
    """Raised inside the student's call when its time is up (a BaseException: `except Exception` does not swallow it)."""


class _Deadline:
    """Stops the kernel's own thread when a call runs past its time limit.

    Student code runs in the kernel, so nothing can be killed. When time is
    up, a watchdog thread raises :class:`CheckTimeout` in the calling thread
    (CPython's ``PyThreadState_SetAsyncExc``, on every platform), and again
    every half second until the call is over. ``except Exception`` in the
    student's loop does not catch it. Not stopped: code that catches
    ``BaseException`` and carries on (Jupyter's own interrupt cannot stop it
    either; ``grader check`` from a terminal, a separate process, can), and a
    call stuck inside one C function (stopped when that function returns).
    (A trace function raising at every student line was tried: CPython turns
    tracing off after a trace function raises once.)
    """

    RETRY_SECONDS = 0.5

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.fired = False
        self._target = threading.get_ident()
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        wait = self.seconds
        while not self._done.wait(wait):
            with self._lock:
                if self._done.is_set():
                    return
                self.fired = True
                _async_raise(self._target, CheckTimeout)
            wait = self.RETRY_SECONDS

    def __enter__(self) -> _Deadline:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._done.set()  # from here on the watchdog raises nothing
        self._thread.join()
        if self.fired:
            # One not delivered yet is delivered here, at the loop's first jump. (Withdrawing
            # it with SetAsyncExc(id, NULL) leaves CPython 3.11's eval breaker set, and the
            # next function call spins forever at its first instruction.)
            try:
                for _ in range(100):
                    pass
            except CheckTimeout:
                pass


def _async_raise(thread_id: int, exc: type[BaseException]) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc))


def _in_jupyter() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    try:
        ip = shell.get_ipython()
    except Exception:
        return False
    return ip is not None and type(ip).__name__ == "ZMQInteractiveShell"


def _show(result: ExerciseResult) -> bool:
    """Show the report; True when it went to Jupyter as HTML."""
    if _in_jupyter():
        from IPython.display import HTML, display  # type: ignore[attr-defined]  # re-exported without __all__

        display(HTML(html.exercises_html([result])))  # type: ignore[no-untyped-call]  # IPython leaves these unannotated
        return True
    paint = text.Painter(text.use_color(sys.stdout))
    width = len(result.id)
    lines = text.render_exercise(result, paint, width=width)
    if result.hidden_checks:
        lines.append(text.hidden_sentence(result.hidden_checks, result.hidden_points))
    print("\n".join(lines))
    return False


def _find_course(course: str | Path | None) -> Config:
    """The bundle's config: where the student said, else this folder (the notebook's) or a parent."""
    if course is not None:
        path = Path(course).expanduser()
        if path.is_dir():
            path = path / CONFIG_NAME
        if not path.is_file():
            raise ConfigError(f"check(..., course={str(course)!r}): no {CONFIG_NAME} there; give the folder you unpacked the exercises into")
        return load_config(path)
    try:
        return load_config(find_config(Path.cwd()))
    except ConfigError as exc:
        if os.environ.get(ENV_CONFIG):
            raise
        raise ConfigError(
            f"check() could not find the exercises: no {CONFIG_NAME} in this notebook's folder ({Path.cwd()}) "
            "or any folder above it. Keep the notebook in the folder you unpacked the exercises into, or say "
            'where that folder is: check("exercise_id", course="path/to/that/folder")'
        ) from exc


def check(
    exercise: str,
    *,
    course: str | Path | None = None,
    config: str | Path | None = None,
    namespace: dict[str, Any] | None = None,
    show: bool = True,
    time_limit: float | None = None,
) -> CheckReport | None:
    """Check ``exercise`` against the current state of the notebook (public checks only).

    ``course`` is the folder of the exercises (the bundle), found in the
    notebook's folder or a parent when not given (``config`` is the older
    name: a folder or its config.yaml). Each call gets ``time_limit``
    seconds (default: the course's limit per call, as when graded).

    In Jupyter the report is shown as HTML and None is returned (no second
    copy of it below the cell); elsewhere the report is printed and a
    :class:`CheckReport` returned.
    """
    if under_grader():
        return None
    cfg = _find_course(course if course is not None else config)
    [ex] = load_exercises(cfg, only=[exercise])
    source = open_expected(cfg)
    try:
        expected = source.observations(ex)
        known = source.known_mistakes(ex)
        free = source.free_checks(ex)
    finally:
        source.close()
    if namespace is None:
        namespace = sys.modules["__main__"].__dict__
    frames = _StudentFrames()
    tasks = tasks_for(ex, "check", cfg)
    outcomes = {}
    start = time.monotonic()
    for task in tasks:
        wire = task.to_wire()
        seconds = float(time_limit if time_limit is not None else wire["time_limit"])
        obs: dict[str, Any] | None = None
        deadline = _Deadline(seconds)
        try:
            with deadline:
                obs = run_task(wire, namespace, frames, cfg.limits.max_tensor_elements)
        except CheckTimeout:
            pass  # delivered after the student's call returned, in our own code
        if deadline.fired:
            # The sandbox's own words for a call that ran out of time.
            outcomes[task.id] = TaskOutcome(id=task.id, status="timeout", observation=None, detail=f"did not finish within {seconds:g} s", limit="time")
            continue
        outcomes[task.id] = TaskOutcome(id=task.id, status="done", observation=validate_observation(obs, task.id, wire), detail=None)
    record = RunRecord(
        cells={},
        tasks=outcomes,
        incidents=(),
        output="",
        output_bytes=0,
        output_truncated=False,
        attempts=1,
        seconds=time.monotonic() - start,
        protocol_error=None,
    )
    grader_ = Grader(config=cfg, exercises=[ex], mode="check", expected={ex.id: expected}, known={ex.id: known}, free={ex.id: free})
    result = grader_.result(Source(path=Path("notebook"), kind="notebook", cells=(), sha256=""), record).exercises[0]
    if show and _show(result):
        return None
    return CheckReport(result)
