"""Grade a batch of submissions on a pool of sandbox workers, one result per submission.

The flow::

    Item (path, Grader) --read_source--> Source --Grader.job--> WorkerPool --record-->
         Grader.result --clean_record--> (key, SubmissionResult), as each finishes

Every phase that can fail turns the failure into that submission's result
(an unreadable file, a worker that died, a record built to trip the grader),
so a batch always ends with one result per submission. The batch also hides
the paths no child may read (other submissions, the gradebook, the exports)
and tunes garbage collection while it runs.
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grader.config import Config
from grader.errors import ProtocolError, SubmissionError
from grader.grading import Grader, open_grader
from grader.protocol import parse_record
from grader.results import Mode, SubmissionResult
from grader.sandbox.worker import WorkerPool
from grader.sanitize import clean_record
from grader.submission import Source, read_source


@dataclass(frozen=True)
class Item:
    """One submission to grade."""

    key: str
    """The caller's identifier, returned with the result."""
    path: Path
    """The file."""
    grader: Grader
    """Exercises and expected values to grade it against."""
    student: str | None = None
    """Student id, when known."""


MOST_PRIVATE = 8
"""Most paths a batch hides besides the course (each is a mount in every child)."""


def private_paths(paths: Iterable[Path], most: int = MOST_PRIVATE) -> tuple[str, ...]:
    """Where a batch's submissions, gradebook and exports are, as at most ``most`` paths no child may read.

    A child sees the system folders (``/var``, ``/usr``, ``/run``...) as they
    are: submissions graded from ``/var/grading/submissions`` were readable by
    every other submission's code, and so was a gradebook kept there (every
    student's results and output) (``read_other_submissions.py``). While
    there are too many (one per file), the deepest is replaced by its
    folder, so that files merge into their folders before a shallow path
    (``/var/grading``) would climb to ``/``, which is never hidden.
    """
    found = {p.resolve() for p in paths}
    heap = [(-len(p.parts), str(p)) for p in found]
    heapq.heapify(heap)
    while len(found) > most and heap:
        _, text = heapq.heappop(heap)
        deepest = Path(text)
        found.discard(deepest)
        if deepest.parent not in found:
            found.add(deepest.parent)
            heapq.heappush(heap, (-len(deepest.parent.parts), str(deepest.parent)))
    # A path inside another one is covered with it.
    return tuple(sorted(str(p) for p in found if p != p.parent and not found.intersection(p.parents)))


def grade_items(items: Iterable[Item], *, pool: WorkerPool, private: Iterable[Path] = ()) -> Iterator[tuple[str, SubmissionResult]]:
    """Grade items on the pool's workers; yield ``(key, result)`` as each finishes, one per item.

    ``private``: paths besides the items' own files that no child may read
    (the folders the batch was read from, the gradebook, the exports).
    """
    items = list(items)
    hidden = private_paths([*(item.path for item in items), *private])
    readable: dict[str, tuple[Item, Source]] = {}
    for item in items:
        try:
            readable[item.key] = (item, read_source(item.path, item.grader.config.limits))
        except SubmissionError as exc:
            yield item.key, clean_record(item.grader.error_result(str(item.path), f"cannot grade this file: {exc.problem}", student=item.student))
        except Exception as exc:  # noqa: BLE001 - one file's bytes must cost its own grade, never the batch's
            # Every file is read before any is graded: a codec's LookupError raised here once stopped the whole
            # batch, nobody graded (tests/hostile/round6/coding_not_a_text_encoding.py).
            detail = f"{type(exc).__name__}: {exc}"[:300]
            message = f"cannot grade this file: the grader could not read it ({detail}); this submission needs review"
            yield item.key, clean_record(item.grader.error_result(str(item.path), message, student=item.student))
    started: dict[str, float] = {}
    built: dict[str, dict[str, Any]] = {}

    def maker(key: str) -> Callable[[], dict[str, Any]]:
        def make() -> dict[str, Any]:
            item, source = readable[key]
            started[key] = time.monotonic()
            built[key] = item.grader.job(source, hidden)
            return built[key]

        return make

    with _fewer_collections():
        for key, raw, error in pool.run((key, maker(key)) for key in readable):
            item, source = readable[key]
            g = item.grader
            if error is not None or raw is None:
                yield key, clean_record(g.error_result(str(source.path), f"the grader's worker failed on this submission: {error}", student=item.student))
                continue
            result = _judge(g, source, raw, built.pop(key, None), item.student)
            result.seconds = time.monotonic() - started.get(key, time.monotonic())
            # Every string in it may come from the submission: safe for a terminal from here on.
            yield key, clean_record(result)


def _judge(g: Grader, source: Source, raw: dict[str, Any], job: dict[str, Any] | None, student: str | None) -> SubmissionResult:
    """One submission's record into its result; whatever goes wrong becomes that submission's result.

    The record comes from a process the student controlled: a value built to
    trip the grader (a 400-digit number, a status no task has) must cost that
    submission its grade, "needs review", never the batch.
    """
    try:
        if job is None:
            raise ProtocolError("the worker answered for a job it was not sent")
        return g.result(source, parse_record(raw, job), student=student)
    except ProtocolError as exc:
        return g.error_result(str(source.path), f"grading stopped: {exc}; this submission needs review", student=student)
    except Exception as exc:  # noqa: BLE001 - see the docstring: a crash here is this submission's, not the batch's
        # The exception's type, not its words: they may quote what the record holds, which the submission chose (after
        # a hidden case, its inputs), and they reach the student (tests/hostile/round22/).
        return g.error_result(
            str(source.path),
            f"grading stopped: the grader could not read what this submission's run reported ({type(exc).__name__}); "
            "this submission needs review",
            student=student,
        )


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Garbage collection tuned for a batch, restored after it.

    Exercises, expected values and the sources read before the batch live
    until it ends: frozen, collections stop rescanning them. Each record
    decodes into thousands of dicts and lists, freed by reference counting
    when the result is saved, not by the collector: with the default
    threshold (700 new objects) the collector would scan each record a few
    times over. Together these were about 7% of this process's CPU.
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, thresholds[1], thresholds[2])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def grade_paths(
    config: Config,
    paths: list[Path],
    *,
    mode: Mode,
    only: list[str] | None = None,
    jobs: int = 1,
) -> list[SubmissionResult]:
    """Grade files in order; one result per path, whatever happens."""
    g = open_grader(config, mode=mode, only=only)
    with WorkerPool(jobs) as pool:
        results = dict(grade_items((Item(key=str(i), path=p, grader=g) for i, p in enumerate(paths)), pool=pool))
    return [results[str(i)] for i in range(len(paths))]
