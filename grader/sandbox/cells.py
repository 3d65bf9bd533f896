"""Running a submission's cells in the child: one namespace, each cell's start and end reported."""

from __future__ import annotations

import builtins
import linecache
import sys
import time
from collections.abc import Callable
from typing import Any

from grader.calling import describe_error
from grader.sandbox.channel import Channel

_monotonic = time.monotonic

STUDENT_MODULE = "__submission__"


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


def cell_filename(kind: str, filename: str, number: int, label: str = "") -> str:
    # The label (``cell [7]``, ``code cell 4``) is what error locations quote back to the student.
    return filename if kind == "module" else f"<{label or f'cell {number}'}>"


def run_cells(source: dict[str, Any], skip: set[int], channel: Channel, namespace: dict[str, Any]) -> set[str]:
    """Run the source's cells (but those in ``skip``) in ``namespace``; return the file names they ran as."""
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
