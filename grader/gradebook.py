"""The gradebook: every attempt and every check of batch grading, in one SQLite file.

Tables::

    runs        one row per ``grader grade`` run (finished_at is NULL if it was stopped)
    attempts    one row per submission attempt: student, file, content hash, exercise-set
                fingerprint, when it was handed in and graded, score, status, the full
                result as JSON, and whether it is the attempt that counts (current)
    exercises   one row per exercise of a graded attempt (status, score)
    checks      one row per check of a graded attempt (outcome, points, message)
    notices     files a run did not grade, and why

Each result is written in a transaction of its own, in WAL mode, so a grader
stopped at any moment (Ctrl-C, ``kill -9``, a power cut with the last few
commits at most lost) leaves a consistent file: every attempt is in it whole
or not at all. An attempt is identified by (student, content hash,
fingerprint), a unique key: a second run skips what is already graded and can
never add a second row for it. A partial unique index allows one current
attempt per student.

The fingerprint (:meth:`grader.grading.Grader.fingerprint`) covers everything that changes a grade
except the submission: exercise files, expected values, tolerances, limits,
and the grader and torch versions. Change one and every submission is graded
again on the next run; the older rows stay, no longer current.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from grader.config import Counts
from grader.errors import GradebookError
from grader.results import SubmissionResult

SCHEMA_VERSION = 1

AttemptStatus = Literal["graded", "error", "superseded"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    first_result_at TEXT,
    finished_at TEXT,
    fingerprint TEXT NOT NULL,
    command TEXT NOT NULL DEFAULT '',
    found INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    graded INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    student TEXT NOT NULL,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    submitted_at TEXT,
    graded_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('graded', 'error', 'superseded')),
    score REAL,
    max_score REAL,
    seconds REAL,
    current INTEGER NOT NULL DEFAULT 0 CHECK (current IN (0, 1)),
    run_id INTEGER REFERENCES runs(id),
    result TEXT,
    UNIQUE (student, sha256, fingerprint)
);
CREATE UNIQUE INDEX IF NOT EXISTS attempts_one_current ON attempts(student) WHERE current = 1;
CREATE INDEX IF NOT EXISTS attempts_fingerprint ON attempts(fingerprint, status);
CREATE TABLE IF NOT EXISTS exercises (
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    exercise TEXT NOT NULL,
    status TEXT NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    PRIMARY KEY (attempt_id, exercise)
);
CREATE TABLE IF NOT EXISTS checks (
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    exercise TEXT NOT NULL,
    "check" TEXT NOT NULL,
    outcome TEXT NOT NULL,
    points REAL NOT NULL,
    max_points REAL NOT NULL,
    visibility TEXT NOT NULL,
    message TEXT NOT NULL,
    hint TEXT,
    PRIMARY KEY (attempt_id, exercise, "check")
);
CREATE TABLE IF NOT EXISTS notices (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    file TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL
);
"""

_ORDER: dict[str, str] = {
    "newest": "submitted_at DESC, id DESC",
    "oldest": "submitted_at ASC, id ASC",
    "best": "score DESC, submitted_at DESC, id DESC",
}
"""Which attempt counts, per ``intake.counts``: the first in this order."""


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def _iso(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Attempt:
    """One row of the attempts table."""

    id: int
    """Row id."""
    student: str
    """Student id."""
    file: str
    """The submission as people name it."""
    sha256: str
    """Hash of its bytes."""
    fingerprint: str
    """Exercise set and expected values it was graded against."""
    submitted_at: str | None
    """When it was handed in (file time, UTC)."""
    graded_at: str | None
    """When it was graded (None: superseded, never graded)."""
    status: AttemptStatus
    """graded, error (could not be graded), or superseded (another attempt counts)."""
    score: float | None
    """Points (None when not graded)."""
    max_score: float | None
    """Points available."""
    current: bool
    """True for the attempt that counts."""
    run_id: int | None
    """The run that wrote it last."""

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Attempt:
        return cls(**{f.name: row[f.name] for f in dataclasses.fields(cls) if f.name != "current"}, current=bool(row["current"]))


class Gradebook:
    """An open gradebook file. Use one per process, from one thread."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are explicit (BEGIN ... COMMIT) below.
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.row_factory = sqlite3.Row
            mode = self.db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode != "wal":
                raise GradebookError(f"{self.path}: cannot use write-ahead logging here (journal mode {mode}); put the gradebook on a local disk")
            # NORMAL is durable across a killed process in WAL mode; only a power cut can lose the last commits.
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise GradebookError(f"{self.path}: not a usable gradebook: {exc}") from exc

    def _migrate(self) -> None:
        with self.transaction():
            for statement in filter(str.strip, _SCHEMA.split(";")):
                self.db.execute(statement)
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None:
                self.db.execute("INSERT INTO meta(key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise GradebookError(f"{self.path}: written by a newer grader (schema {row[0]}); upgrade the grader to read it")

    # -- transactions ---------------------------------------------------------------

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            # IMMEDIATE: take the write lock now, so a second grader waits instead of failing mid-way.
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, exc_type: object, *rest: object) -> None:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")

    def transaction(self) -> Gradebook._Tx:
        return Gradebook._Tx(self.db)

    # -- runs -------------------------------------------------------------------------

    def start_run(self, fingerprint: str, *, command: str = "", found: int = 0) -> int:
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO runs(started_at, fingerprint, command, found) VALUES (?, ?, ?, ?)",
                (now(), fingerprint, command, found),
            )
            return int(cur.lastrowid)  # type: ignore[arg-type]

    def finish_run(self, run_id: int, *, skipped: int) -> None:
        with self.transaction() as db:
            graded = db.execute("SELECT COUNT(*) FROM attempts WHERE run_id = ? AND status != 'superseded'", (run_id,)).fetchone()[0]
            db.execute("UPDATE runs SET finished_at = ?, skipped = ?, graded = ? WHERE id = ?", (now(), skipped, graded, run_id))

    def run(self, run_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        return dict(row) if row else {}

    def add_notices(self, run_id: int, notices: Iterable[tuple[str, str, str]]) -> None:
        """(file, kind, message) rows for files this run did not grade."""
        with self.transaction() as db:
            db.executemany("INSERT INTO notices(run_id, file, kind, message) VALUES (?, ?, ?, ?)", [(run_id, *n) for n in notices])

    # -- what is done -------------------------------------------------------------------

    def graded_keys(self, fingerprint: str) -> set[tuple[str, str]]:
        """(student, sha256) of every attempt already graded against ``fingerprint``."""
        rows = self.db.execute("SELECT student, sha256 FROM attempts WHERE fingerprint = ? AND status != 'superseded'", (fingerprint,))
        return {(r[0], r[1]) for r in rows}

    # -- writing ----------------------------------------------------------------------

    def record_superseded(self, run_id: int, fingerprint: str, attempts: Iterable[tuple[str, str, str, float]]) -> None:
        """Record attempts that do not count: (student, file, sha256, submitted_at). Graded rows are left alone."""
        rows = list(attempts)
        with self.transaction() as db:
            db.executemany(
                """INSERT INTO attempts(student, file, sha256, fingerprint, submitted_at, status, run_id)
                   VALUES (?, ?, ?, ?, ?, 'superseded', ?)
                   ON CONFLICT(student, sha256, fingerprint) DO NOTHING""",
                [(s, f, h, fingerprint, _iso(t), run_id) for s, f, h, t in rows],
            )

    def save(
        self,
        result: SubmissionResult,
        *,
        student: str,
        file: str,
        sha256: str,
        submitted_at: float,
        fingerprint: str,
        run_id: int,
        counts: Counts,
    ) -> int:
        """Write one graded attempt and its checks, and choose the student's current attempt: one transaction."""
        status: AttemptStatus = "error" if result.status == "error" else "graded"
        payload = json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":"))
        with self.transaction() as db:
            row = db.execute(
                """INSERT INTO attempts(student, file, sha256, fingerprint, submitted_at, graded_at, status,
                                        score, max_score, seconds, run_id, result)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(student, sha256, fingerprint) DO UPDATE SET
                       file = excluded.file, submitted_at = excluded.submitted_at, graded_at = excluded.graded_at,
                       status = excluded.status, score = excluded.score, max_score = excluded.max_score,
                       seconds = excluded.seconds, run_id = excluded.run_id, result = excluded.result
                   RETURNING id""",
                (student, file, sha256, fingerprint, _iso(submitted_at), result.graded_at, status,
                 result.score, result.max_score, result.seconds, run_id, payload),
            ).fetchone()
            attempt_id = int(row[0])
            db.execute("DELETE FROM exercises WHERE attempt_id = ?", (attempt_id,))
            db.execute("DELETE FROM checks WHERE attempt_id = ?", (attempt_id,))
            db.executemany(
                "INSERT INTO exercises(attempt_id, exercise, status, score, max_score) VALUES (?, ?, ?, ?, ?)",
                [(attempt_id, e.id, e.status, e.score, e.max_score) for e in result.exercises],
            )
            db.executemany(
                'INSERT OR REPLACE INTO checks(attempt_id, exercise, "check", outcome, points, max_points, visibility, message, hint) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (attempt_id, e.id, c.name, c.status, c.points, c.max_points, c.visibility, c.message, c.hint)
                    for e in result.exercises
                    for c in e.checks
                ],
            )
            db.execute("UPDATE runs SET first_result_at = COALESCE(first_result_at, ?) WHERE id = ?", (now(), run_id))
            self._choose_current(db, student, fingerprint, counts)
        return attempt_id

    def choose_current(self, students: Iterable[str], fingerprint: str, *, counts: Counts) -> None:
        """Make the right attempt current for each student (after a run that graded nothing new for them)."""
        with self.transaction() as db:
            for student in students:
                self._choose_current(db, student, fingerprint, counts)

    @staticmethod
    def _choose_current(db: sqlite3.Connection, student: str, fingerprint: str, counts: Counts) -> None:
        # The latest grading of a student decides: among their attempts graded against
        # this fingerprint, the policy picks one; everything else stops counting.
        best = db.execute(
            f"SELECT id FROM attempts WHERE student = ? AND fingerprint = ? AND status != 'superseded' ORDER BY {_ORDER[counts]} LIMIT 1",
            (student, fingerprint),
        ).fetchone()
        if best is None:
            return
        db.execute("UPDATE attempts SET current = 0 WHERE student = ? AND current = 1 AND id != ?", (student, best[0]))
        db.execute("UPDATE attempts SET current = 1 WHERE id = ?", (best[0],))

    # -- reading ----------------------------------------------------------------------

    def attempts(self, *, student: str | None = None, current_only: bool = False) -> list[Attempt]:
        sql = "SELECT * FROM attempts"
        where, args = [], []
        if student is not None:
            where.append("student = ?")
            args.append(student)
        if current_only:
            where.append("current = 1")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [Attempt.from_row(r) for r in self.db.execute(sql + " ORDER BY student, submitted_at, id", args)]

    def current_results(self) -> Iterator[SubmissionResult]:
        """The result of every student's current attempt, by student id."""
        for row in self.db.execute("SELECT result FROM attempts WHERE current = 1 AND result IS NOT NULL ORDER BY student"):
            yield SubmissionResult.from_dict(json.loads(row[0]))

    def result(self, attempt_id: int) -> SubmissionResult | None:
        row = self.db.execute("SELECT result FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        return SubmissionResult.from_dict(json.loads(row[0])) if row and row[0] else None

    def notices(self, run_id: int | None = None) -> list[dict[str, Any]]:
        """Files not graded: by the given run, or by the latest run."""
        if run_id is None:
            row = self.db.execute("SELECT MAX(id) FROM runs").fetchone()
            run_id = row[0] if row else None
        if run_id is None:
            return []
        return [dict(r) for r in self.db.execute("SELECT file, kind, message FROM notices WHERE run_id = ? ORDER BY id", (run_id,))]

    def runs(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM runs ORDER BY id")]

    def integrity(self) -> str:
        """``ok``, or what SQLite found wrong."""
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Gradebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
