"""``grader grade PATH...``: grade a class's submissions into the gradebook, with every check.

The flow::

    paths --intake.collect--> submissions (student ids; newest per student counts)
          --gradebook: already graded with this content and this exercise set?--> skip
          --grading.grade_items on warm workers--> results, each saved in its own transaction
          --(--out DIR)--> every export, read back from the gradebook

Stopping it (Ctrl-C, ``kill``) loses nothing that finished: the next run grades the rest.
"""

from __future__ import annotations

import os
import shlex
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TextIO

from grader import intake
from grader.config import Config
from grader.exitcodes import ExitCode
from grader.gradebook import Gradebook
from grader.grading import Item, grade_items, open_grader
from grader.progress import Progress, is_error
from grader.report.text import points, render_batch, use_color
from grader.results import SubmissionResult
from grader.sandbox.worker import WorkerPool

INTERRUPTED = 130
"""Exit status after Ctrl-C or SIGTERM (128 + SIGINT), as shells expect."""

MAX_LISTED = 20
"""Problems listed by name at the end of a run; the rest are counted."""
TABLE_LIMIT = 40
"""Batches up to this size get a line per student in the output."""


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM ends the run like Ctrl-C: workers stopped, what finished kept."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _describe_notices(batch: intake.Batch, err: TextIO) -> None:
    for notice in batch.notices:
        if notice.kind != "skipped":
            err.write(f"not graded: {notice.where}: {notice.message}\n")
    skipped = [n for n in batch.notices if n.kind == "skipped"]
    if skipped:
        verb = "is" if len(skipped) == 1 else "are"
        err.write(f"ignored {_plural(len(skipped), 'file')} that {verb} not .py or .ipynb (listed in the summary)\n")
    unmatched = batch.unmatched
    if unmatched:
        example = unmatched[0].shown
        err.write(
            f"{_plural(len(unmatched), 'file')} matched no student pattern, so the file name is the student id "
            f"(e.g. {example}); see intake.student_patterns in config.yaml\n"
        )


def main(
    config: Config,
    paths: list[Path],
    *,
    out_dir: Path | None = None,
    only: list[str] | None = None,
    jobs: int = 0,
    regrade: bool = False,
    gradebook: Path | None = None,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    pool: WorkerPool | None = None,
    interactive: bool | None = None,
) -> int:
    """Grade ``paths``; results go to the gradebook, and exports to ``out_dir`` when given."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        err.write(f"grader grade: no such file or folder: {', '.join(map(str, missing))}\n")
        return ExitCode.USAGE
    book_path = gradebook or config.gradebook
    with tempfile.TemporaryDirectory(prefix="grader-intake-") as work:
        batch = intake.collect(paths, config.intake, Path(work))
        _describe_notices(batch, err)
        if not batch.counted:
            err.write("grader grade: no .py or .ipynb submissions found\n")
            return ExitCode.USAGE
        g = open_grader(config, mode="grade", only=only)
        fingerprint = g.fingerprint()
        counts = config.intake.counts
        with Gradebook(book_path) as book:
            run_id = book.start_run(
                fingerprint,
                command=shlex.join(["grader", "grade", *map(str, paths)]),
                found=len(batch.counted) + len(batch.superseded),
            )
            book.add_notices(run_id, [(n.where, n.kind, n.message) for n in batch.notices])
            book.record_superseded(run_id, fingerprint, [(s.student, s.shown, s.sha256, s.submitted_at) for s in batch.superseded])
            done = set() if regrade else book.graded_keys(fingerprint)
            todo = [s for s in batch.counted if (s.student, s.sha256) not in done]
            skipped = [s for s in batch.counted if (s.student, s.sha256) in done]
            book.choose_current({s.student for s in skipped}, fingerprint, counts=counts)

            superseded = f" ({len(batch.superseded)} superseded, kept on record: one per student counts)" if batch.superseded else ""
            err.write(f"found {_plural(len(batch.counted) + len(batch.superseded), 'submission')} from {_plural(batch.students, 'student')}{superseded}\n")
            if skipped:
                err.write(f"{len(skipped)} already graded (same file, same exercises): skipped; --regrade grades them again\n")

            results: list[SubmissionResult] = []
            started = time.monotonic()
            if todo:
                jobs = jobs or config.workers or os.cpu_count() or 1
                progress = Progress(len(todo), stream=err, interactive=interactive)
                workers = min(jobs, len(todo))
                # Huge pages cost each worker ~0.3 s at start and save ~10 ms of CPU per child:
                # worth it from a few dozen submissions per worker.
                owned = WorkerPool(workers, huge_pages=len(todo) >= 40 * workers) if pool is None else None
                # Workers import torch (seconds) while the submissions are read.
                (owned or pool).spawn(workers)  # type: ignore[union-attr]
                try:
                    with _terminate_as_interrupt(), (owned or nullcontext()):
                        items = (Item(key=str(i), path=s.path, grader=g, student=s.student) for i, s in enumerate(todo))
                        # Other students' files, the gradebook and the exports are no child's to read.
                        book_files = [book_path.with_name(book_path.name + end) for end in ("", "-wal", "-shm", "-journal")]
                        private = [*paths, *book_files, *([out_dir] if out_dir is not None else [])]
                        for key, result in grade_items(items, pool=owned or pool, private=private):  # type: ignore[arg-type]
                            sub = todo[int(key)]
                            # Results name the file as people know it, not the extracted copy.
                            result.submission, result.student = sub.shown, sub.student
                            book.save(
                                result,
                                student=sub.student,
                                file=sub.shown,
                                sha256=sub.sha256,
                                submitted_at=sub.submitted_at,
                                fingerprint=fingerprint,
                                run_id=run_id,
                                counts=counts,
                            )
                            results.append(result)
                            progress.advance(result)
                except KeyboardInterrupt:
                    progress.close()
                    err.write(
                        f"\ninterrupted: {len(results)} of {len(todo)} graded and saved in {book_path}; "
                        "run the same command again to grade the rest\n"
                    )
                    return INTERRUPTED
                progress.close()
            book.finish_run(run_id, skipped=len(skipped))
            # Said once per batch: a sandbox that could not isolate fully must not be silent.
            for note in dict.fromkeys(n for r in results for n in r.sandbox):
                err.write(f"sandbox: {note} (see the threat model in the README)\n")
            elapsed = time.monotonic() - started
            if 0 < len(results) <= TABLE_LIMIT:
                # A small batch fits on a screen; a class is better read in grades.csv.
                out.write(render_batch(results, color=use_color(out)) + "\n")
            _summary(results, skipped=len(skipped), elapsed=elapsed, out=out)
            current = book.attempts(current_only=True)
            scores = [a.score or 0.0 for a in current]
            mean = f", mean score {sum(scores) / len(scores):.1f}/{points(current[0].max_score or 0)}" if current else ""
            out.write(f"gradebook {book_path}: {_plural(len(current), 'student')}{mean}\n")
            if out_dir is not None:
                from grader.commands.export import export_all

                export_all(book, config, out_dir, out=out)
            else:
                out.write("export grades, feedback and the summary with: grader export --out DIR\n")
    return ExitCode.FAILED if any(r.status == "error" for r in results) else ExitCode.OK


def _summary(results: list[SubmissionResult], *, skipped: int, elapsed: float, out: TextIO) -> None:
    if results:
        rate = len(results) / elapsed if elapsed > 0 else 0.0
        errors = sum(1 for r in results if r.status == "error")
        timeouts = sum(1 for r in results if r.status != "error" and any(e.status == "timeout" for e in r.exercises))
        mean = sum(r.score for r in results) / len(results)
        out.write(
            f"graded {_plural(len(results), 'submission')} in {elapsed:.1f} s ({rate:.1f}/s): "
            f"{_plural(errors, 'error')}, {_plural(timeouts, 'timeout')}, mean score {mean:.1f}/{points(results[0].max_score)}"
            + (f"; {skipped} skipped as already graded" if skipped else "")
            + "\n"
        )
    else:
        out.write(f"nothing to grade: all {skipped} submissions were already graded\n")
    flagged = [r for r in results if is_error(r)]
    for r in flagged[:MAX_LISTED]:
        why = r.message if r.status == "error" else "; ".join(f"{e.id}: {e.message}" for e in r.exercises if e.status == "timeout")
        out.write(f"  {r.student}: {r.submission}: {why}\n")
    if len(flagged) > MAX_LISTED:
        out.write(f"  ... and {len(flagged) - MAX_LISTED} more (see the summary)\n")
