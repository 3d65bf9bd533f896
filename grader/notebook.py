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
import time
from pathlib import Path
from typing import Any

from grader.config import load_config
from grader.expected import open_expected
from grader.grading import Grader
from grader.plan import tasks_for
from grader.protocol import RunRecord, TaskOutcome, validate_observation
from grader.report import html, text
from grader.results import ExerciseResult
from grader.sandbox import child
from grader.spec import load_exercises
from grader.submission import Source

UNDER_GRADER = False
"""Set in sandboxed children: a notebook's own check() calls are no-ops there."""


class _StudentFrames:
    """Any frame outside the libraries counts as the student's (for error locations)."""

    def __init__(self) -> None:
        import torch

        self.library_roots = (os.path.dirname(os.path.dirname(torch.__file__)), os.path.dirname(__file__), sys.prefix)

    def __contains__(self, filename: object) -> bool:
        return isinstance(filename, str) and not filename.startswith(self.library_roots) and not filename.startswith("<frozen")


class CheckReport:
    """What :func:`check` returns: the exercise result, shown compactly."""

    def __init__(self, result: ExerciseResult) -> None:
        self.result = result

    @property
    def passed(self) -> bool:
        return self.result.status == "passed"

    def __repr__(self) -> str:
        r = self.result
        return f"<{r.id}: {r.status}, {r.score:g}/{r.max_score:g} points>"

    def __bool__(self) -> bool:
        return self.passed


def _in_jupyter() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    try:
        ip = shell.get_ipython()  # type: ignore[attr-defined]
    except Exception:
        return False
    return ip is not None and type(ip).__name__ == "ZMQInteractiveShell"


def _show(result: ExerciseResult) -> None:
    if _in_jupyter():
        from IPython.display import HTML, display  # type: ignore[import-not-found]

        display(HTML(html.exercises_html([result])))
        return
    paint = text._Painter(text.use_color(sys.stdout))
    width = len(result.id)
    lines = text.render_exercise(result, paint, width=width)
    if result.hidden_checks:
        lines.append(f"{result.hidden_checks} hidden check(s) will run when your work is graded.")
    print("\n".join(lines))


def check(exercise: str, *, config: str | Path | None = None, namespace: dict[str, Any] | None = None, show: bool = True) -> CheckReport | None:
    """Check ``exercise`` against the current state of the notebook (public checks only)."""
    if UNDER_GRADER:
        return None
    cfg = load_config(Path(config) if config else None)
    [ex] = load_exercises(cfg, only=[exercise])
    source = open_expected(cfg)
    try:
        expected = source.observations(ex)
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
        obs = child.run_task(wire, namespace, frames, cfg.limits.max_tensor_elements)  # type: ignore[arg-type]
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
    grader_ = Grader(config=cfg, exercises=[ex], mode="check", expected={ex.id: expected})
    result = grader_.result(Source(path=Path("notebook"), kind="notebook", cells=(), sha256=""), record).exercises[0]
    if show:
        _show(result)
    return CheckReport(result)
