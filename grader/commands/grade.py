"""``grader grade PATH...``: grade a class's submissions into the gradebook, with every check.

The flow::

    paths --intake.collect--> submissions (student ids; newest per student counts)
          --(roster: platform ids)--> the roster's ids
          --gradebook: already graded with this content and this exercise set?--> skip
          --batch.grade_items on warm workers--> results, each saved in its own transaction
          --(--out DIR)--> every export, read back from the gradebook

``-a NAME`` grades an assignment: its exercises, into its own gradebook.
Stopping it (Ctrl-C, ``kill``) loses nothing that finished: the next run
grades the rest. Results are not kept once saved (only counts are): a
class of any size costs the memory of a few results.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from grader import intake, late
from grader import roster as roster_mod
from grader.batch import Item, grade_items
from grader.config import Assignment, Config, Counts
from grader.exitcodes import ExitCode
from grader.gradebook import Gradebook
from grader.grading import Grader, open_grader
from grader.progress import Progress, is_error
from grader.report.text import points, render_batch, use_color
from grader.results import SubmissionResult
from grader.sandbox import warmup
from grader.sandbox.options import WorkerOptions
from grader.sandbox.worker import WorkerPool

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
    for student, files in batch.ungradable.items():
        names = ", ".join(Path(n.where).name for n in files)
        err.write(f"{student}: nothing gradable handed in ({names}): in the exports with the reason\n")
    for student in batch.renamed:
        err.write(f"{student}: one name for several students of the course platform: each keeps its platform id ({student}_<id>)\n")
    unmatched = batch.unmatched
    if unmatched:
        example = unmatched[0].shown
        err.write(
            f"{_plural(len(unmatched), 'file')} matched no student pattern, so the file name is the student id "
            f"(e.g. {example}); see intake.student_patterns in config.yaml\n"
        )


class _Tally:
    """What a run says at its end, gathered as results are saved: counts, and full results only for a small batch."""

    def __init__(self, *, keep: bool) -> None:
        self.keep = keep
        self.kept: list[SubmissionResult] = []
        self.count = self.errors = self.timeouts = self.reviews = 0
        self.score = self.max_score = 0.0
        self.flagged: list[str] = []
        self.more_flagged = 0
        self.sandbox: dict[str, None] = {}
        self.late = 0

    def add(self, result: SubmissionResult, *, late: bool) -> None:
        self.count += 1
        self.late += late
        self.score += result.score
        self.max_score = result.max_score
        if result.status == "error":
            self.errors += 1
        elif any(e.status == "timeout" for e in result.exercises):
            self.timeouts += 1
        held = [e for e in result.exercises if e.review]
        self.reviews += bool(held) and result.status != "error"
        if is_error(result) or held:
            if len(self.flagged) < MAX_LISTED:
                why = result.message if result.status == "error" else "; ".join(f"{e.id}: {e.message}" for e in result.exercises if e.status == "timeout")
                why = why or "; ".join(f"{e.id}: held for review, {e.review}" for e in held)
                self.flagged.append(f"  {result.student}: {result.submission}: {why}")
            else:
                self.more_flagged += 1
        self.sandbox.update(dict.fromkeys(result.sandbox))
        if self.keep:
            self.kept.append(result)


@dataclass(frozen=True)
class _Run:
    """One run's gradebook entry and what it has to grade."""

    run_id: int
    """The run's row in the gradebook."""
    fingerprint: str
    """The exercise set's fingerprint (:meth:`Grader.fingerprint`)."""
    todo: list[intake.Submission]
    """Submissions to grade now."""
    skipped: list[intake.Submission]
    """Submissions the gradebook already has, graded with the same file and exercises."""


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
    assignment: str | None = None,
    roster: Path | None = None,
) -> int:
    """Grade ``paths``; results go to the gradebook, and exports to ``out_dir`` when given."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        err.write(f"grader grade: no such file or folder: {', '.join(map(str, missing))}\n")
        return ExitCode.USAGE
    chosen: Assignment | None = config.assignment(assignment) if assignment else None
    if chosen is not None:
        only = _assignment_exercises(chosen, only)
    book_path = gradebook or (chosen.gradebook if chosen is not None else config.gradebook)
    entries = roster_mod.for_course(config, chosen, roster)
    with tempfile.TemporaryDirectory(prefix="grader-intake-") as work:
        batch = _collect(config, paths, Path(work), entries, err)
        if not batch.counted:
            err.write("grader grade: no .py or .ipynb submissions found\n")
            return ExitCode.USAGE
        g = open_grader(config, mode="grade", only=only)
        with Gradebook(book_path) as book:
            run = _start_run(book, g, batch, paths, chosen, regrade=regrade, counts=config.intake.counts, err=err)
            tally = _Tally(keep=len(run.todo) <= TABLE_LIMIT)
            started = time.monotonic()
            private = _private(paths, book_path, out_dir)
            if run.todo and not _grade(config, g, book, run, tally, chosen, private=private, jobs=jobs, pool=pool, interactive=interactive, err=err):
                return ExitCode.INTERRUPTED
            book.finish_run(run.run_id, skipped=len(run.skipped))
            _report(book, tally, run, batch, entries, chosen, elapsed=time.monotonic() - started, out=out, err=err)
            if out_dir is not None:
                from grader.commands.export import export_all

                export_all(book, config, out_dir, out=out, assignment=chosen, roster=entries)
            else:
                again = f" -a {chosen.name}" if chosen is not None else ""
                out.write(f"export grades, feedback and the summary with: grader export{again} --out DIR\n")
    return ExitCode.FAILED if tally.errors else ExitCode.OK


def _collect(config: Config, paths: list[Path], work: Path, entries: list[roster_mod.RosterEntry] | None, err: TextIO) -> intake.Batch:
    """The submissions under ``paths`` (archives extracted into ``work``), with the roster's ids, and what was not graded said."""
    batch = intake.collect(paths, config.intake, work, zone=config.zone())
    if entries:
        batch = roster_mod.apply(batch, entries, counts=config.intake.counts)
    _describe_notices(batch, err)
    return batch


def _start_run(
    book: Gradebook,
    g: Grader,
    batch: intake.Batch,
    paths: list[Path],
    chosen: Assignment | None,
    *,
    regrade: bool,
    counts: Counts,
    err: TextIO,
) -> _Run:
    """Open the run in the gradebook, record what it found, and split what needs grading from what it already has."""
    fingerprint = g.fingerprint()
    book.claim(chosen.name if chosen is not None else None)
    run_id = book.start_run(
        fingerprint,
        command=shlex.join(["grader", "grade", *(["-a", chosen.name] if chosen else []), *map(str, paths)]),
        found=len(batch.counted) + len(batch.superseded),
    )
    book.add_notices(run_id, [(n.where, n.kind, n.message, n.student) for n in batch.notices])
    book.record_superseded(
        run_id, fingerprint, [(s.student, s.shown, s.sha256, s.submitted_at, s.submitted_from) for s in batch.superseded]
    )
    done = set() if regrade else book.graded_keys(fingerprint)
    todo = [s for s in batch.counted if (s.student, s.sha256) not in done]
    skipped = [s for s in batch.counted if (s.student, s.sha256) in done]
    # Skipped, not forgotten: a file handed in again (an earlier answer gone back to) counts as handed in now.
    book.handed_in_again(fingerprint, [(s.student, s.shown, s.sha256, s.submitted_at, s.submitted_from, s.lms) for s in skipped])
    book.choose_current({s.student for s in skipped}, fingerprint, counts=counts)

    superseded = f" ({len(batch.superseded)} superseded, kept on record: one per student counts)" if batch.superseded else ""
    err.write(f"found {_plural(len(batch.counted) + len(batch.superseded), 'submission')} from {_plural(batch.students, 'student')}{superseded}\n")
    if skipped:
        err.write(f"{len(skipped)} already graded (same file, same exercises): skipped; --regrade grades them again\n")
    return _Run(run_id=run_id, fingerprint=fingerprint, todo=todo, skipped=skipped)


def _private(paths: list[Path], book_path: Path, out_dir: Path | None) -> list[Path]:
    """Other students' files, the gradebook and the exports: no child's to read."""
    book_files = [book_path.with_name(book_path.name + end) for end in ("", "-wal", "-shm", "-journal")]
    return [*paths, *book_files, *([out_dir] if out_dir is not None else [])]


def _grade(
    config: Config,
    g: Grader,
    book: Gradebook,
    run: _Run,
    tally: _Tally,
    chosen: Assignment | None,
    *,
    private: list[Path],
    jobs: int,
    pool: WorkerPool | None,
    interactive: bool | None,
    err: TextIO,
) -> bool:
    """Grade the run's submissions with a progress display; False when Ctrl-C or SIGTERM stopped it (what finished is saved)."""
    progress = Progress(len(run.todo), stream=err, interactive=interactive)
    try:
        _grade_on_pool(config, g, book, run, tally, progress, chosen, private=private, jobs=jobs, pool=pool)
    except KeyboardInterrupt:
        progress.close()
        err.write(
            f"\ninterrupted: {tally.count} of {len(run.todo)} graded and saved in {book.path}; "
            "run the same command again to grade the rest\n"
        )
        return False
    progress.close()
    return True


def _grade_on_pool(
    config: Config,
    g: Grader,
    book: Gradebook,
    run: _Run,
    tally: _Tally,
    progress: Progress,
    chosen: Assignment | None,
    *,
    private: list[Path],
    jobs: int,
    pool: WorkerPool | None,
) -> None:
    """Grade the run's submissions on warm workers (the given pool, else one of its own), saving each result as it arrives."""
    todo = run.todo
    workers = min(jobs or config.workers or os.cpu_count() or 1, len(todo))
    owned: WorkerPool | None = None
    if pool is None:
        # Warmed: what any of the graded exercises may use, so that no child of the batch pays for it.
        warm = warmup.needs_of_exercises(g.exercises) | {warmup.MANY}
        owned = pool = WorkerPool(workers, WorkerOptions.for_batch(len(todo), workers, warm))
    due, policy = (chosen.due, chosen.late_policy) if chosen is not None else (None, config.late_policy)
    with _terminate_as_interrupt(), (owned or nullcontext()):
        # Workers import torch (seconds) while the submissions are read.
        pool.spawn(workers)
        items = (Item(key=str(i), path=s.path, grader=g, student=s.student) for i, s in enumerate(todo))
        for key, result in grade_items(items, pool=pool, private=private):
            sub = todo[int(key)]
            # Results name the file as people know it, not the extracted copy.
            result.submission, result.student = sub.shown, sub.student
            book.save(
                result,
                student=sub.student,
                file=sub.shown,
                sha256=sub.sha256,
                submitted_at=sub.submitted_at,
                fingerprint=run.fingerprint,
                run_id=run.run_id,
                counts=config.intake.counts,
                submitted_from=sub.submitted_from,
                lms=sub.lms,
            )
            tally.add(result, late=late.lateness(_when(sub), due, policy).status == "late")
            progress.advance(result)


def _report(
    book: Gradebook,
    tally: _Tally,
    run: _Run,
    batch: intake.Batch,
    entries: list[roster_mod.RosterEntry] | None,
    chosen: Assignment | None,
    *,
    elapsed: float,
    out: TextIO,
    err: TextIO,
) -> None:
    """What the run says at its end: sandbox notes, the small batch's table, the counts, the roster, the gradebook's mean."""
    # Said once per batch: a sandbox that could not isolate fully must not be silent.
    for note in tally.sandbox:
        err.write(f"sandbox: {note} (see the threat model in the README)\n")
    if tally.kept:
        # A small batch fits on a screen; a class is better read in grades.csv.
        out.write(render_batch(tally.kept, color=use_color(out)) + "\n")
    _summary(tally, skipped=len(run.skipped), elapsed=elapsed, out=out)
    if tally.late and chosen is not None and chosen.due is not None:
        out.write(f"{_plural(tally.late, 'submission')} handed in after the due date; the exports show each penalty\n")
    current = book.attempts(current_only=True)
    if entries:
        _roster_line(entries, {a.student for a in book.attempts()} | set(batch.ungradable), out)
    scores = [a.score or 0.0 for a in current]
    mean = f", mean score {sum(scores) / len(scores):.1f}/{points(current[0].max_score or 0)}" if current else ""
    out.write(f"gradebook {book.path}: {_plural(len(current), 'student')} graded{mean}\n")


def _roster_line(entries: list[roster_mod.RosterEntry], seen: set[str], out: TextIO) -> None:
    """Who on the roster handed in nothing, and who handed in without being on it."""
    on = {e.student for e in entries}
    absent = sorted(on - seen)
    strays = sorted(seen - on)

    def some(names: list[str]) -> str:
        return ", ".join(names[:10]) + (" ..." if len(names) > 10 else "")

    line = f"roster: {_plural(len(entries), 'student')}, {len(absent)} with nothing handed in" + (f" ({some(absent)})" if absent else "")
    if strays:
        line += f"; {len(strays)} not on it ({some(strays)})"
    out.write(line + "\n")


def _assignment_exercises(assignment: Assignment, only: list[str] | None) -> list[str]:
    """The assignment's exercises (those of ``-e`` among them, when given)."""
    if not only:
        return list(assignment.exercises)
    outside = [e for e in only if e not in assignment.exercises]
    if outside:
        from grader.errors import ConfigError

        raise ConfigError(f"assignment {assignment.name!r} has no exercise {', '.join(outside)} (it has {', '.join(assignment.exercises)})")
    return only


def _when(sub: intake.Submission) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(sub.submitted_at, dt.timezone.utc) if sub.submitted_from else None


def _summary(tally: _Tally, *, skipped: int, elapsed: float, out: TextIO) -> None:
    if tally.count:
        rate = tally.count / elapsed if elapsed > 0 else 0.0
        out.write(
            f"graded {_plural(tally.count, 'submission')} in {elapsed:.1f} s ({rate:.1f}/s): "
            f"{_plural(tally.errors, 'error')}, {_plural(tally.timeouts, 'timeout')}, "
            + (f"{tally.reviews} held for review, " if tally.reviews else "")
            + f"mean score {tally.score / tally.count:.1f}/{points(tally.max_score)}"
            + (f"; {skipped} skipped as already graded" if skipped else "")
            + "\n"
        )
    else:
        out.write(f"nothing to grade: all {skipped} submissions were already graded\n")
    for line in tally.flagged:
        out.write(line + "\n")
    if tally.more_flagged:
        out.write(f"  ... and {tally.more_flagged} more (see the summary)\n")
