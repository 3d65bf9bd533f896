"""The gradebook: every attempt and every check of batch grading, in one SQLite file.

Tables::

    runs        one row per ``grader grade`` run (finished_at is NULL if it was stopped)
    attempts    one row per submission attempt: student, file, content hash, exercise-set
                fingerprint, when it was handed in and graded, score, status, the full
                result as JSON, and whether it is the attempt that counts (current)
    exercises   one row per exercise of a graded attempt (status, score)
    checks      one row per check of a graded attempt (outcome, points, message)
    notices     files a run did not grade, and why (with the student, when a pattern names one)
    overrides   grades adjusted by hand: one row per adjustment (a student's exercise or
                total, by points; or a due date of their own), with the reason; a removed
                one keeps its row, with when it was removed

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
again on the next run; the older rows stay, no longer current. Overrides
belong to the student, not to an attempt: they outlive every regrade.

A gradebook may belong to one assignment (``meta.assignment``): grading
another assignment into it is refused, so that two assignments' grades
never mix. Schema 1 files (before overrides) are migrated in place when
opened.
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

from grader.config import Counts, SubmittedFrom
from grader.errors import GradebookError
from grader.lms import LmsName
from grader.results import SubmissionResult

SCHEMA_VERSION = 2

AttemptStatus = Literal["graded", "error", "superseded"]
OverrideKind = Literal["points", "due"]

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
    submitted_from TEXT,
    lms_platform TEXT,
    lms_user TEXT,
    lms_prefix TEXT,
    lms_late INTEGER,
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
    message TEXT NOT NULL,
    student TEXT
);
CREATE TABLE IF NOT EXISTS overrides (
    id INTEGER PRIMARY KEY,
    student TEXT NOT NULL,
    exercise TEXT,
    kind TEXT NOT NULL DEFAULT 'points' CHECK (kind IN ('points', 'due')),
    points REAL,
    due TEXT,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    removed_at TEXT
);
"""

_ADDED_IN_2 = {
    "attempts": ("submitted_from TEXT", "lms_platform TEXT", "lms_user TEXT", "lms_prefix TEXT", "lms_late INTEGER"),
    "notices": ("student TEXT",),
}
"""Columns schema 2 added to tables that schema 1 files already have."""

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
    submitted_from: SubmittedFrom | None = None
    """Where ``submitted_at`` came from: the file name, the archive entry, the file's time; None: unknown."""
    lms_platform: str | None = None
    """The course platform whose naming the file has (canvas, moodle, blackboard), if any."""
    lms_user: str | None = None
    """That platform's id for the student."""
    lms_prefix: str | None = None
    """How a feedback file's name starts for the platform's bulk upload to attach it to this student."""
    lms_late: bool = False
    """The platform marked the file late."""

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Attempt:
        values = {f.name: row[f.name] for f in dataclasses.fields(cls)}
        return cls(**{**values, "current": bool(row["current"]), "lms_late": bool(row["lms_late"])})


@dataclass(frozen=True)
class Override:
    """A grade adjusted by hand: one row of the overrides table."""

    id: int
    """Row id (``grader override --remove ID``)."""
    student: str
    """Student id."""
    exercise: str | None
    """The exercise adjusted; None for the total (and for a due date)."""
    kind: OverrideKind
    """points (add ``points``, negative to take off) or due (a due date of the student's own)."""
    points: float | None
    """Points added (kind points)."""
    due: str | None
    """The student's own due date, ISO 8601 with its offset (kind due)."""
    reason: str
    """Why, in the instructor's words: students see it in their feedback."""
    created_at: str
    """When it was made (UTC)."""
    removed_at: str | None = None
    """When it was removed (UTC); None while it applies."""

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Override:
        return cls(**{f.name: row[f.name] for f in dataclasses.fields(cls)})


@dataclass(frozen=True)
class Unhanded:
    """A file a run did not grade that a pattern attributes to a student."""

    student: str
    """Student id."""
    file: str
    """The file, as people name it."""
    kind: str
    """skipped (not a submission), refused (unsafe archive entry), unreadable."""
    message: str
    """Why it was not graded."""


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
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() if self._has_table("meta") else None
            if row is not None and int(row[0]) > SCHEMA_VERSION:
                raise GradebookError(f"{self.path}: written by a newer grader (schema {row[0]}); upgrade the grader to read it")
            for table, columns in _ADDED_IN_2.items():
                if self._has_table(table):
                    have = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
                    for column in columns:
                        if column.split()[0] not in have:
                            self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
            for statement in filter(str.strip, _SCHEMA.split(";")):
                self.db.execute(statement)
            self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))

    def _has_table(self, name: str) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None

    # -- which assignment -----------------------------------------------------------

    def assignment(self) -> str | None:
        """The assignment this gradebook belongs to; '' for a course-wide one; None while it holds nothing."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'assignment'").fetchone()
        if row is not None:
            return str(row[0])
        if self.db.execute("SELECT 1 FROM attempts LIMIT 1").fetchone() is not None:
            return ""  # graded before gradebooks said which assignment they hold: the whole course
        return None

    def claim(self, assignment: str | None) -> None:
        """Make this the gradebook of ``assignment`` (None: the whole course); refuse one that holds another's grades."""
        wanted = assignment or ""
        have = self.assignment()
        if have is not None and have != wanted:
            def name(a: str) -> str:
                return f"assignment {a!r}" if a else "the whole course (no assignment)"

            raise GradebookError(
                f"{self.path} holds the grades of {name(have)}, not of {name(wanted)}: give each assignment its own "
                "gradebook (the default: -a NAME uses gradebooks/NAME.sqlite), or --gradebook another file"
            )
        if have is None:
            with self.transaction() as db:
                db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('assignment', ?)", (wanted,))

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

    def add_notices(self, run_id: int, notices: Iterable[tuple[str, str, str] | tuple[str, str, str, str | None]]) -> None:
        """(file, kind, message[, student]) rows for files this run did not grade."""
        rows = [(run_id, *n, *([None] if len(n) == 3 else [])) for n in notices]
        with self.transaction() as db:
            db.executemany("INSERT INTO notices(run_id, file, kind, message, student) VALUES (?, ?, ?, ?, ?)", rows)

    # -- what is done -------------------------------------------------------------------

    def graded_keys(self, fingerprint: str) -> set[tuple[str, str]]:
        """(student, sha256) of every attempt already graded against ``fingerprint``."""
        rows = self.db.execute("SELECT student, sha256 FROM attempts WHERE fingerprint = ? AND status != 'superseded'", (fingerprint,))
        return {(r[0], r[1]) for r in rows}

    # -- writing ----------------------------------------------------------------------

    def record_superseded(self, run_id: int, fingerprint: str, attempts: Iterable[tuple[str, str, str, float] | tuple[str, str, str, float, SubmittedFrom | None]]) -> None:
        """Record attempts that do not count: (student, file, sha256, submitted_at[, submitted_from]). Graded rows are left alone."""
        rows = [(*a, *(["file"] if len(a) == 4 else [])) for a in attempts]
        with self.transaction() as db:
            db.executemany(
                """INSERT INTO attempts(student, file, sha256, fingerprint, submitted_at, status, run_id, submitted_from)
                   VALUES (?, ?, ?, ?, ?, 'superseded', ?, ?)
                   ON CONFLICT(student, sha256, fingerprint) DO NOTHING""",
                [(s, f, h, fingerprint, _iso(t) if src else None, run_id, src) for s, f, h, t, src in rows],
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
        submitted_from: SubmittedFrom | None = "file",
        lms: LmsName | None = None,
    ) -> int:
        """Write one graded attempt and its checks, and choose the student's current attempt: one transaction."""
        status: AttemptStatus = "error" if result.status == "error" else "graded"
        payload = json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":"))
        platform = (lms.platform, lms.user, lms.prefix, int(lms.late)) if lms is not None else (None, None, None, None)
        with self.transaction() as db:
            row = db.execute(
                """INSERT INTO attempts(student, file, sha256, fingerprint, submitted_at, graded_at, status,
                                        score, max_score, seconds, run_id, result, submitted_from,
                                        lms_platform, lms_user, lms_prefix, lms_late)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(student, sha256, fingerprint) DO UPDATE SET
                       file = excluded.file, submitted_at = excluded.submitted_at, graded_at = excluded.graded_at,
                       status = excluded.status, score = excluded.score, max_score = excluded.max_score,
                       seconds = excluded.seconds, run_id = excluded.run_id, result = excluded.result,
                       submitted_from = excluded.submitted_from, lms_platform = excluded.lms_platform,
                       lms_user = excluded.lms_user, lms_prefix = excluded.lms_prefix, lms_late = excluded.lms_late
                   RETURNING id""",
                (student, file, sha256, fingerprint, _iso(submitted_at) if submitted_from else None, result.graded_at, status,
                 result.score, result.max_score, result.seconds, run_id, payload, submitted_from, *platform),
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

    def handed_in_again(self, fingerprint: str, attempts: Iterable[tuple[str, str, str, float, SubmittedFrom | None, LmsName | None]]) -> None:
        """Attempts a run skips, already graded: (student, file, sha256, submitted_at, submitted_from, lms) as the intake found them now.

        A student who goes back to an earlier answer hands in bytes graded
        before: they are not graded again, but they count as handed in *now*.
        Their row kept its first file and time, so the newest attempt was the
        one in between, which the intake had superseded (and the export named
        it, with its score): the row takes the file, time and platform name
        the intake gives, then :meth:`choose_current` picks.
        """
        rows = []
        for student, file, sha256, submitted_at, submitted_from, lms in attempts:
            platform = (lms.platform, lms.user, lms.prefix, int(lms.late)) if lms is not None else (None, None, None, None)
            rows.append((file, _iso(submitted_at) if submitted_from else None, submitted_from, *platform, student, sha256, fingerprint))
        with self.transaction() as db:
            db.executemany(
                """UPDATE attempts SET file = ?, submitted_at = ?, submitted_from = ?,
                       lms_platform = ?, lms_user = ?, lms_prefix = ?, lms_late = ?
                   WHERE student = ? AND sha256 = ? AND fingerprint = ? AND status != 'superseded'""",
                rows,
            )

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
        for _, text in self.current_texts():
            yield SubmissionResult.from_dict(json.loads(text))

    def current_texts(self, *, student: str | None = None) -> Iterator[tuple[Attempt, str]]:
        """Every student's current attempt (or ``student``'s) with its result as stored (JSON text), by student id, one at a time.

        Read from a cursor: a class of any size costs the memory of one result.
        """
        where, args = ("AND student = ?", (student,)) if student is not None else ("", ())
        cursor = self.db.execute(f"SELECT * FROM attempts WHERE current = 1 AND result IS NOT NULL {where} ORDER BY student", args)
        for row in cursor:
            yield Attempt.from_row(row), row["result"]

    def max_points(self) -> dict[str, float]:
        """The points each exercise is worth, as the current results have them."""
        rows = self.db.execute(
            "SELECT e.exercise, MAX(e.max_score) FROM exercises e JOIN attempts a ON a.id = e.attempt_id WHERE a.current = 1 GROUP BY e.exercise"
        )
        return {r[0]: float(r[1]) for r in rows}

    def unhanded(self) -> list[Unhanded]:
        """Files attributed to students that were not graded, as the latest run that saw each student's files found them."""
        rows = self.db.execute(
            """SELECT student, file, kind, message FROM notices n
               WHERE student IS NOT NULL AND run_id = (SELECT MAX(run_id) FROM notices m WHERE m.student = n.student)
               ORDER BY student, id"""
        )
        return [Unhanded(*r) for r in rows]

    # -- overrides --------------------------------------------------------------------

    def add_override(
        self, student: str, *, reason: str, points: float | None = None, exercise: str | None = None, due: str | None = None
    ) -> Override:
        """Adjust ``student``'s exercise or total by ``points``, or give them a due date of their own (``due``, ISO 8601)."""
        if (points is None) == (due is None):
            raise ValueError("an override either adds points or sets a due date")
        if due is not None and exercise is not None:
            raise ValueError("a due date is for the whole assignment, not one exercise")
        if not reason.strip():
            raise ValueError("an override needs a reason")
        kind: OverrideKind = "points" if points is not None else "due"
        with self.transaction() as db:
            row = db.execute(
                "INSERT INTO overrides(student, exercise, kind, points, due, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *",
                (student, exercise, kind, points, due, reason.strip(), now()),
            ).fetchone()
        return Override.from_row(row)

    def remove_override(self, override_id: int) -> Override | None:
        """Stop an override from applying (its row stays, with the time it was removed); None if there is no such live one."""
        with self.transaction() as db:
            row = db.execute(
                "UPDATE overrides SET removed_at = ? WHERE id = ? AND removed_at IS NULL RETURNING *", (now(), override_id)
            ).fetchone()
        return Override.from_row(row) if row else None

    def overrides(self, *, student: str | None = None, removed: bool = False) -> list[Override]:
        """Overrides that apply (and removed ones too with ``removed``), oldest first."""
        sql, args = "SELECT * FROM overrides", []
        where = [] if removed else ["removed_at IS NULL"]
        if student is not None:
            where.append("student = ?")
            args.append(student)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [Override.from_row(r) for r in self.db.execute(sql + " ORDER BY id", args)]

    def students(self) -> set[str]:
        """Every student the gradebook knows: graded, attributed a file, or given an override."""
        rows = self.db.execute(
            "SELECT student FROM attempts UNION SELECT student FROM notices WHERE student IS NOT NULL UNION SELECT student FROM overrides"
        )
        return {r[0] for r in rows}

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
        rows = self.db.execute("SELECT file, kind, message, student FROM notices WHERE run_id = ? ORDER BY id", (run_id,))
        return [{k: v for k, v in dict(r).items() if k != "student" or v is not None} for r in rows]

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
