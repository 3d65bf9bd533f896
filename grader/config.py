"""Course-wide settings from ``config.yaml``.

Defaults are declared once, here, in the dataclasses; ``config.yaml`` overrides
them. Relative paths are resolved against the folder that holds the file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import zoneinfo
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, get_args

import yaml

from grader._schema import Node
from grader.errors import ConfigError
from grader.student_patterns import pattern_problem

CONFIG_NAME = "config.yaml"
ENV_CONFIG = "GRADER_CONFIG"


@dataclass(frozen=True)
class Tolerance:
    """How close a float must be: ``|found - expected| <= atol + rtol * |expected|``."""

    rtol: float
    """Relative tolerance."""
    atol: float
    """Absolute tolerance."""


# Per floating dtype, as torch.testing.assert_close chooses them: float32 results
# computed in a different (but correct) order differ by a few ulps, so an exact
# comparison would fail right answers.
DEFAULT_TOLERANCES: dict[str, Tolerance] = {
    "float16": Tolerance(rtol=1e-3, atol=1e-5),
    "bfloat16": Tolerance(rtol=1.6e-2, atol=1e-5),
    "float32": Tolerance(rtol=1.3e-6, atol=1e-5),
    "float64": Tolerance(rtol=1e-7, atol=1e-7),
}


@dataclass(frozen=True)
class Limits:
    """Limits on every child process that runs student code."""

    submission_seconds: float = 120.0
    """Wall-clock budget for one submission, all exercises together."""
    cell_seconds: float = 60.0
    """Wall-clock limit for one notebook cell (or the whole module) while loading."""
    call_seconds: float = 10.0
    """Wall-clock limit for one call of a student function (one exercise case)."""
    cpu_seconds: int = 120
    """CPU seconds for one child process."""
    memory_mb: int = 4096
    """Address space of one child, in MiB (torch alone maps about 1 GiB)."""
    processes: int = 64
    """Processes and threads a child may start (a fork bomb stops here)."""
    file_mb: int = 16
    """Largest file a child may write, in MiB."""
    output_bytes: int = 65536
    """Captured stdout+stderr kept per submission; the rest is cut and marked."""
    submission_mb: float = 20.0
    """Largest submission file accepted, in MB."""
    max_cells: int = 2000
    """Most code cells a notebook may have."""
    max_tensor_elements: int = 1_000_000
    """Largest tensor a child sends back for comparison."""
    results_mb: int = 16
    """Most results a submission sends back, in MiB, all its tasks together; a task's result past it is refused (a
    limit, like memory). The grader's own process, which no rlimit bounds, holds several times what it parses."""
    disk_mb: int = 64
    """Space a child may fill in its working folder and /tmp, in MiB (a private tmpfs where the system allows one)."""


GradescopeVisibility = Literal["hidden", "after_due_date", "after_published", "visible"]
"""Gradescope's visibility of a test result."""
_GRADESCOPE_VISIBILITIES: tuple[GradescopeVisibility, ...] = get_args(GradescopeVisibility)

Counts = Literal["newest", "oldest", "best"]
"""Which of a student's several submissions counts."""
_COUNTS: tuple[Counts, ...] = get_args(Counts)

DEFAULT_STUDENT_PATTERNS: tuple[str, ...] = (
    "submissions/<student>/**/<file>",
    "<student>_<number>_assignsubmission_file_/**/<file>",
    "<student>_<number>_assignsubmission_file/**/<file>",
    "<student>_<number>_assignsubmission_file_<file>",
    "<student>_late_<number>_<number>_<file>",
    "<student>_<number>_<number>_<file>",
    "<student>_<anything>.ipynb",
)
"""Folder per student (``submissions/alice/hw.ipynb``); Moodle's downloads, in folders
(``Ana Lima_4411_assignsubmission_file_/hw.py``; without the last ``_`` since Moodle 4.1) or
flat; Canvas's (``zhang_1020_3456_hw1.py``, ``zhang_late_1020_3456_hw1.ipynb``); else the id
before the first ``_`` of a notebook's name (``alice_hw1.ipynb``)."""

SubmittedFrom = Literal["name", "archive", "file"]
"""Where a submission's time can come from: a time in its file name (Blackboard's
``_attempt_2025-03-01-23-59-12``), the time its zip entry stores, or the file's modification time."""
_SUBMITTED_FROM: tuple[SubmittedFrom, ...] = get_args(SubmittedFrom)


@dataclass(frozen=True)
class Intake:
    """How ``grader grade`` finds submissions in files, folders and zip archives."""

    student_patterns: tuple[str, ...] = DEFAULT_STUDENT_PATTERNS
    """Where the student id sits in a submission's path, tried in order (``<student>`` marks it; see intake.py)."""
    counts: Counts = "newest"
    """Which submission counts when a student has several: newest or oldest (file time), or best (all are graded)."""
    max_entry_mb: float = 20.0
    """Largest file taken out of a zip archive, in MB (uncompressed); larger entries are refused."""
    max_archive_mb: float = 2000.0
    """Most data taken out of all archives of one run, in MB (uncompressed): a zip bomb stops here."""
    max_student_archive_mb: float = 200.0
    """Most data taken out of one student's zips and the zips inside them, in MB: one student cannot spend the run's."""
    max_archive_entries: int = 20000
    """Most entries read from one archive and the archives inside it (a student's zip in a TA's download has its own)."""
    max_student_files: int = 1000
    """Most files read from one student's part of a folder (the rest are counted in one notice, never read or hashed)."""
    times: tuple[SubmittedFrom, ...] = ("name", "archive", "file")
    """Where a submission's time comes from, tried in order; none found: the time is unknown (never late)."""


@dataclass(frozen=True)
class LatePolicy:
    """How late work loses points: a share of its score per day late, up to a cap, after a grace period."""

    per_day: float = 0.0
    """Percent of the score taken off for each day, or part of a day, after the due date (0: none)."""
    cap: float = 100.0
    """Most percent taken off, however late."""
    grace_minutes: float = 0.0
    """Work handed in up to this many minutes after the due date counts as on time."""


@dataclass(frozen=True)
class Assignment:
    """Some of the course's exercises, handed in together by a due date, with a gradebook of their own."""

    name: str
    """Its id in config.yaml and on the command line (``grader grade -a hw1``)."""
    exercises: tuple[str, ...]
    """Exercise ids, in the order students see them."""
    due: dt.datetime | None
    """When it is due (aware); None: nothing is late."""
    late_policy: LatePolicy
    """Penalty for work handed in after ``due``."""
    gradebook: Path
    """Its gradebook (default ``gradebooks/<name>.sqlite`` next to config.yaml)."""
    roster: Path | None
    """CSV of the students expected to hand it in (default: the course's ``roster``)."""
    title: str
    """What students and pages call it."""


@dataclass(frozen=True)
class Config:
    """Everything course-wide. Build with :func:`load_config`."""

    root: Path
    """Folder holding config.yaml; relative paths start here."""
    course: str = "PyTorch autograd exercises"
    """Course name, shown in reports."""
    exercises_dir: Path = Path("exercises")
    """Folder of exercise YAML files."""
    solutions_dir: Path = Path("solutions")
    """Folder of reference solutions (never shipped to students)."""
    cache_dir: Path = Path(".grader_cache")
    """Where expected values computed from reference solutions are cached."""
    expected_file: Path | None = None
    """Frozen expected values (student bundles, Gradescope) used when there are no solutions."""
    tolerances: dict[str, Tolerance] = field(default_factory=lambda: dict(DEFAULT_TOLERANCES))
    """Default tolerance per floating dtype; a check may override."""
    limits: Limits = field(default_factory=Limits)
    """Limits for child processes."""
    check_points: float = 1.0
    """Points of a check that does not say."""
    recognised_share: float = 0.0
    """The share of its points a failed check earns when every check of values that failed is recognised work (a
    known mistake's or a slip's values on every case, :func:`grader.checks.recognised_work`). 0, the default: none;
    the recognised work already earns the checks it guards, and the blind rounds' fair shares are no closer with more."""
    hidden_seed: str | None = None
    """Key of the seeds of hidden random cases (see :mod:`grader.secret`); None: a generated 128-bit secret."""
    workers: int = 0
    """Parallel workers for batch grading; 0 means one per CPU core."""
    sandbox_uid: int = 65000
    """When the grader runs as root, children run as uids from this one to this one + 499, one per job; 0 keeps them root (unsafe)."""
    gradebook: Path = Path("gradebook.sqlite")
    """SQLite gradebook of batch grading (every attempt and check); ``--gradebook`` overrides it."""
    intake: Intake = field(default_factory=Intake)
    """Finding submissions and student ids in batch grading."""
    gradescope_hidden_visibility: GradescopeVisibility = "hidden"
    """Gradescope visibility of hidden checks' test results (``after_published`` shows them once grades are out)."""
    timezone: str = "UTC"
    """IANA time zone of due dates written without an offset, and of zip entry times (which have none)."""
    late_policy: LatePolicy = field(default_factory=LatePolicy)
    """The course's penalty for late work; an assignment may set its own."""
    roster: Path | None = None
    """CSV of the course's students: those who hand in nothing still get a row in every export."""
    assignments: dict[str, Assignment] = field(default_factory=dict)
    """Assignments by name."""

    def assignment(self, name: str) -> Assignment:
        """The assignment called ``name``; a :class:`ConfigError` that lists the others if there is none."""
        try:
            return self.assignments[name]
        except KeyError:
            known = ", ".join(sorted(self.assignments)) or "none: add an `assignments:` section to config.yaml"
            raise ConfigError(f"no assignment {name!r} (known: {known})") from None

    def zone(self) -> dt.tzinfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def tolerance(self, dtype: str) -> Tolerance:
        return self.tolerances.get(dtype, self.tolerances["float32"])


def _secret(node: Node, default: str | None) -> str | None:
    if not node.has("hidden_seed"):
        return default
    value = node.child("hidden_seed").value
    if isinstance(value, bool) or not isinstance(value, (int, str)) or str(value).strip() == "":
        node.fail("expected a string (a long random one) or an integer", "hidden_seed")
    return str(value)


def find_config(start: Path | None = None) -> Path:
    """Locate config.yaml: $GRADER_CONFIG, else the current folder and its parents."""
    env = os.environ.get(ENV_CONFIG)
    if env:
        path = Path(env)
        if not path.is_file():
            raise ConfigError(f"{ENV_CONFIG}={env}: no such file")
        return path
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    raise ConfigError(
        f"no {CONFIG_NAME} found in {here} or any parent folder; "
        f"run from the course folder or pass --config PATH"
    )


def load_config(path: Path | None = None) -> Config:
    """Read and validate config.yaml (found with :func:`find_config` when ``path`` is None)."""
    path = Path(path) if path is not None else find_config()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    return parse_config(data, root=path.resolve().parent, source=str(path))


def parse_config(data: object, *, root: Path, source: str = CONFIG_NAME) -> Config:
    def error(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{source}: {key}: {problem}" if key else f"{source}: {problem}")

    node = Node(data, "", error).require_mapping()
    base = Config(root=root)

    def folder(key: str, default: Path | None) -> Path | None:
        value = node.string(key, None)
        if value is None:
            return root / default if default is not None else None
        return (root / value).resolve()

    tolerances = dict(base.tolerances)
    if node.has("tolerances"):
        for dtype, tol in node.child("tolerances").entries():
            if dtype not in DEFAULT_TOLERANCES:
                tol.fail(f"unknown dtype (one of {', '.join(DEFAULT_TOLERANCES)})")
            tolerances[dtype] = Tolerance(
                rtol=tol.number("rtol", tolerances[dtype].rtol, minimum=0),
                atol=tol.number("atol", tolerances[dtype].atol, minimum=0),
            )
            tol.reject_unknown()

    limits = base.limits
    if node.has("limits"):
        lnode = node.child("limits")
        values: dict[str, Any] = {}  # each field read as its default's type
        for f in fields(Limits):
            default = getattr(limits, f.name)
            if isinstance(default, int):
                values[f.name] = lnode.integer(f.name, default, minimum=1)
            else:
                values[f.name] = lnode.number(f.name, default, minimum=0.1)
        lnode.reject_unknown()
        limits = Limits(**values)

    timezone = node.string("timezone", base.timezone)
    try:
        zone = zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        node.fail(f"unknown time zone {timezone!r} (an IANA name such as UTC, Europe/Paris, America/New_York)", "timezone")
    late_policy = _parse_late_policy(node.child("late_policy"), base.late_policy) if node.has("late_policy") else base.late_policy
    roster = folder("roster", None)
    gradebook = folder("gradebook", base.gradebook)
    assignments = {}
    if node.has("assignments"):
        for name, anode in node.child("assignments").entries():
            assignments[name] = _parse_assignment(name, anode, root=root, zone=zone, late_policy=late_policy, roster=roster)

    config = Config(
        root=root,
        course=node.string("course", base.course),
        exercises_dir=folder("exercises_dir", base.exercises_dir),  # type: ignore[arg-type]
        solutions_dir=folder("solutions_dir", base.solutions_dir),  # type: ignore[arg-type]
        cache_dir=folder("cache_dir", base.cache_dir),  # type: ignore[arg-type]
        expected_file=folder("expected_file", None),
        tolerances=tolerances,
        limits=limits,
        check_points=node.number("check_points", base.check_points, minimum=0),
        recognised_share=node.number("recognised_share", base.recognised_share, minimum=0, maximum=1),
        hidden_seed=_secret(node, base.hidden_seed),
        workers=node.integer("workers", base.workers, minimum=0),
        sandbox_uid=node.integer("sandbox_uid", base.sandbox_uid, minimum=0),
        gradebook=gradebook,  # type: ignore[arg-type]
        intake=_parse_intake(node, base.intake) if node.has("intake") else base.intake,
        gradescope_hidden_visibility=node.choice(
            "gradescope_hidden_visibility", _GRADESCOPE_VISIBILITIES, base.gradescope_hidden_visibility
        ),
        timezone=timezone,
        late_policy=late_policy,
        roster=roster,
        assignments=assignments,
    )
    node.reject_unknown()
    return config


_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_DUE = re.compile(r"(\d{4}-\d\d-\d\d)(?:[ T](\d\d?:\d\d(?::\d\d)?)\s*(Z|[+-]\d\d:?\d\d)?)?")


def parse_due(value: object, zone: dt.tzinfo) -> dt.datetime:
    """A due date as written in config.yaml: a date (the end of that day) or a date and time, in ``zone`` unless it has an offset."""
    if isinstance(value, dt.datetime):  # YAML reads `2025-03-07 23:59:00` itself
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(23, 59, 59), tzinfo=zone)
    m = _DUE.fullmatch(value.strip()) if isinstance(value, str) else None
    if not m:
        raise ValueError(f"expected a date and time such as 2025-03-07 23:59 (or 2025-03-07T23:59-05:00), found {value!r}")
    day, clock, offset = m.groups()
    hours, minutes, *seconds = (clock or "23:59:59").split(":")
    try:
        year, month, date = (int(part) for part in day.split("-"))
        when = dt.datetime(year, month, date, int(hours), int(minutes), int(seconds[0]) if seconds else 0)
    except ValueError as exc:
        raise ValueError(f"not a real date and time: {value!r} ({exc})") from None
    if offset is None:
        return when.replace(tzinfo=zone)
    if offset == "Z":
        return when.replace(tzinfo=dt.timezone.utc)
    digits = offset[1:].replace(":", "")
    shift = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return when.replace(tzinfo=dt.timezone(shift if offset[0] == "+" else -shift))


def _parse_late_policy(node: Node, base: LatePolicy) -> LatePolicy:
    node.require_mapping()
    policy = LatePolicy(
        per_day=node.number("per_day", base.per_day, minimum=0),
        cap=node.number("cap", base.cap, minimum=0),
        grace_minutes=node.number("grace_minutes", base.grace_minutes, minimum=0),
    )
    node.reject_unknown()
    if policy.per_day > 100 or policy.cap > 100:
        node.fail("per_day and cap are percentages of the score: at most 100")
    return policy


def _parse_assignment(name: str, node: Node, *, root: Path, zone: dt.tzinfo, late_policy: LatePolicy, roster: Path | None) -> Assignment:
    if not _NAME.fullmatch(name):
        node.fail("an assignment's name is used in file names: letters, digits, _ . - (hw1, lab-2)")
    node.require_mapping()
    exercises = node.strings("exercises")
    if not exercises:
        node.fail("needs at least one exercise", "exercises")
    if len(set(exercises)) != len(exercises):
        node.fail("lists an exercise twice", "exercises")
    due = None
    if node.has("due"):
        try:
            due = parse_due(node.child("due").value, zone)
        except ValueError as exc:
            node.fail(str(exc), "due")
    policy = _parse_late_policy(node.child("late_policy"), late_policy) if node.has("late_policy") else late_policy
    gradebook = node.string("gradebook", None)
    own_roster = node.string("roster", None)
    assignment = Assignment(
        name=name,
        exercises=tuple(exercises),
        due=due,
        late_policy=policy,
        gradebook=(root / gradebook).resolve() if gradebook else root / "gradebooks" / f"{name}.sqlite",
        roster=(root / own_roster).resolve() if own_roster else roster,
        title=node.string("title", name),
    )
    node.reject_unknown()
    return assignment


def _parse_intake(node: Node, base: Intake) -> Intake:
    inode = node.child("intake").require_mapping()
    patterns = inode.strings("student_patterns", list(base.student_patterns))
    if not patterns:
        inode.fail("needs at least one pattern", "student_patterns")
    for i, pattern in enumerate(patterns):
        problem = pattern_problem(pattern)
        if problem:
            inode.fail(f"{pattern!r}: {problem}", f"student_patterns[{i}]")
    intake = Intake(
        student_patterns=tuple(patterns),
        counts=inode.choice("counts", _COUNTS, base.counts),
        max_entry_mb=inode.number("max_entry_mb", base.max_entry_mb, minimum=0.001),
        max_archive_mb=inode.number("max_archive_mb", base.max_archive_mb, minimum=0.001),
        max_student_archive_mb=inode.number("max_student_archive_mb", base.max_student_archive_mb, minimum=0.001),
        max_archive_entries=inode.integer("max_archive_entries", base.max_archive_entries, minimum=1),
        max_student_files=inode.integer("max_student_files", base.max_student_files, minimum=1),
        times=_times(inode, base.times),
    )
    inode.reject_unknown()
    return intake


def _times(inode: Node, default: tuple[SubmittedFrom, ...]) -> tuple[SubmittedFrom, ...]:
    node = inode.optional("times")
    if node is None:
        return default
    out: list[SubmittedFrom] = []
    for item in node.items():
        source = item.as_string()
        if source not in _SUBMITTED_FROM:
            item.fail(f"expected name, archive or file, found {source!r}")
        out.append(item.as_choice(_SUBMITTED_FROM))
    return tuple(out)
