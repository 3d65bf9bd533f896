"""Course-wide settings from ``config.yaml``.

Defaults are declared once, here, in the dataclasses; ``config.yaml`` overrides
them. Relative paths are resolved against the folder that holds the file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Literal

import yaml

from grader._schema import Node
from grader.errors import ConfigError

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
    disk_mb: int = 64
    """Space a child may fill in its working folder and /tmp, in MiB (a private tmpfs where the system allows one)."""


GradescopeVisibility = Literal["hidden", "after_due_date", "after_published", "visible"]
"""Gradescope's visibility of a test result."""

Counts = Literal["newest", "oldest", "best"]
"""Which of a student's several submissions counts."""

DEFAULT_STUDENT_PATTERNS: tuple[str, ...] = ("submissions/<student>/**/<file>", "<student>_<anything>.ipynb")
"""Folder per student (``submissions/alice/hw.ipynb``), or the id before the first ``_`` of a notebook's name."""


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
    max_archive_entries: int = 20000
    """Most entries read from one archive."""


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
        value = node.str(key, None)
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
        values = {}
        for f in fields(Limits):
            default = getattr(limits, f.name)
            if isinstance(default, int):
                values[f.name] = lnode.int(f.name, default, minimum=1)
            else:
                values[f.name] = lnode.number(f.name, default, minimum=0.1)
        lnode.reject_unknown()
        limits = Limits(**values)

    config = Config(
        root=root,
        course=node.str("course", base.course),
        exercises_dir=folder("exercises_dir", base.exercises_dir),  # type: ignore[arg-type]
        solutions_dir=folder("solutions_dir", base.solutions_dir),  # type: ignore[arg-type]
        cache_dir=folder("cache_dir", base.cache_dir),  # type: ignore[arg-type]
        expected_file=folder("expected_file", None),
        tolerances=tolerances,
        limits=limits,
        check_points=node.number("check_points", base.check_points, minimum=0),
        hidden_seed=_secret(node, base.hidden_seed),
        workers=node.int("workers", base.workers, minimum=0),
        sandbox_uid=node.int("sandbox_uid", base.sandbox_uid, minimum=0),
        gradebook=folder("gradebook", base.gradebook),  # type: ignore[arg-type]
        intake=_parse_intake(node, base.intake) if node.has("intake") else base.intake,
        gradescope_hidden_visibility=node.choice(
            "gradescope_hidden_visibility", ("hidden", "after_due_date", "after_published", "visible"), base.gradescope_hidden_visibility
        ),
    )
    node.reject_unknown()
    return config


def _parse_intake(node: Node, base: Intake) -> Intake:
    from grader.intake import pattern_problem  # the pattern grammar belongs to intake

    inode = node.child("intake").require_mapping()
    patterns = inode.str_list("student_patterns", list(base.student_patterns))
    if not patterns:
        inode.fail("needs at least one pattern", "student_patterns")
    for i, pattern in enumerate(patterns):
        problem = pattern_problem(pattern)
        if problem:
            inode.fail(f"{pattern!r}: {problem}", f"student_patterns[{i}]")
    intake = Intake(
        student_patterns=tuple(patterns),
        counts=inode.choice("counts", ("newest", "oldest", "best"), base.counts),
        max_entry_mb=inode.number("max_entry_mb", base.max_entry_mb, minimum=0.001),
        max_archive_mb=inode.number("max_archive_mb", base.max_archive_mb, minimum=0.001),
        max_archive_entries=inode.int("max_archive_entries", base.max_archive_entries, minimum=1),
    )
    inode.reject_unknown()
    return intake
