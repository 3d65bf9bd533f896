"""Turn the paths an instructor names into submissions: files, folders and zip archives.

A submission is a ``.py`` or ``.ipynb`` file with a student id. The id comes
from the file's path through the patterns of ``intake.student_patterns`` in
config.yaml: the one that matches furthest out wins, the first listed on a tie
(their grammar: :mod:`grader.student_patterns`).
A pattern matches the path as named on the command line plus the path inside
the folder or archive, where a zip archive counts as a folder named after it
(``hw1.zip/alice/a.ipynb`` is matched as ``hw1/alice/a.ipynb``). When no
pattern matches, the file's name (without extension) is the id.

A zip archive that a pattern names (a student's ``zhang_1020_3456_hw.zip`` in a
bulk download) is that student's: everything in it counts for them, at the
archive's own time, whatever its entries are named or dated (a student
names them, and could name one for another student or date it before the
deadline). An archive no pattern names is read as a folder.

Zip archives are read, never trusted: an entry that would land outside the
extraction folder, a link, an encrypted, oversized or corrupt entry is refused
with a :class:`Notice` and the rest of the archive is still read. Archives
inside archives are opened once (a bulk download of per-student zips).

Files that are not submissions (a PDF, a refused entry) are attributed to a
student the same way when a pattern matches them, so that a student who
handed in nothing gradable is still known, with the reason.

A submission's time comes from the first of ``intake.times`` that has one: a
time in a course platform's file name (:mod:`grader.lms`), the time the zip
entry stores (UTC when the archive says so, else in the course's time zone),
or the file's modification time.

When a student has several submissions, ``intake.counts`` decides which one
counts (``newest``, ``oldest`` by file time; ``best`` grades them all, up to
the newest ``MAX_BEST_ATTEMPTS``, and the gradebook keeps the highest); the
others are kept as superseded, not dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import stat
import struct
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Literal

from grader import lms
from grader.config import Intake, SubmittedFrom
from grader.sanitize import clean, clean_id
from grader.student_patterns import StudentIds

SUFFIXES = (".py", ".ipynb")
"""What a submission file can be."""

IGNORED_PARTS = {"__MACOSX", ".ipynb_checkpoints", "__pycache__"}
"""Folders that hold copies made by tools, never a student's answer."""

MAX_ARCHIVE_DEPTH = 2
"""A zip inside a zip is opened; one inside that is refused."""

MAX_BEST_ATTEMPTS = 20
"""With ``counts: best``, the newest this many submissions of a student are graded; older ones are superseded."""

NoticeKind = Literal["refused", "skipped", "unreadable"]

@dataclass(frozen=True)
class Submission:
    """One file handed in by one student."""

    path: Path
    """Where to read it (for archive entries: the extracted copy)."""
    shown: str
    """How people name it: the path given plus the path inside folders and archives."""
    student: str
    """Student id."""
    matched: str | None
    """The pattern that gave the id; None when the file name was used."""
    submitted_at: float
    """When it was handed in (epoch seconds; 0 when unknown): see ``submitted_from``."""
    sha256: str
    """Hash of the file's bytes: with the exercise set, what decides whether it needs grading again."""
    size: int
    """Bytes."""
    submitted_from: SubmittedFrom | None = None
    """Where ``submitted_at`` comes from: the file name, the archive entry, the file's time; None: unknown."""
    lms: lms.LmsName | None = None
    """What a course platform's naming of the file says (its id for the student, late or not)."""

    def __post_init__(self) -> None:
        # Names come from the submitted files: safe to print from the start.
        object.__setattr__(self, "shown", clean(self.shown))
        # Nothing removed from an id: two students whose ids differ must stay two (sanitize.clean_id).
        object.__setattr__(self, "student", clean_id(self.student))


@dataclass(frozen=True)
class Notice:
    """A file that was not graded, and why."""

    where: str
    """The file or archive entry, as people name it."""
    kind: NoticeKind
    """refused (unsafe archive entry), skipped (not a submission), unreadable (bad archive)."""
    message: str
    """What happened, in words."""
    student: str | None = None
    """The student a pattern attributes the file to; None when none matched."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "where", clean(self.where))
        object.__setattr__(self, "message", clean(self.message))
        if self.student is not None:
            object.__setattr__(self, "student", clean_id(self.student))


@dataclass
class Batch:
    """Everything found under the given paths."""

    counted: list[Submission] = field(default_factory=list)
    """Submissions to grade: one per student (all of them with ``counts: best``)."""
    superseded: list[Submission] = field(default_factory=list)
    """Other submissions of a student, recorded but not graded."""
    notices: list[Notice] = field(default_factory=list)
    """Files not graded, with the reason."""
    renamed: list[str] = field(default_factory=list)
    """Ids made unique because one name stood for several of a platform's users (``zhang`` -> ``zhang_1020``)."""

    @property
    def students(self) -> int:
        return len({s.student for s in self.counted})

    @property
    def ungradable(self) -> dict[str, list[Notice]]:
        """Students who handed in files but nothing that can be graded, with those files."""
        handed = {s.student for s in [*self.counted, *self.superseded]}
        out: dict[str, list[Notice]] = {}
        for n in self.notices:
            if n.student is not None and n.student not in handed:
                out.setdefault(n.student, []).append(n)
        return dict(sorted(out.items()))

    @property
    def unmatched(self) -> list[Submission]:
        """Submissions whose id is their file name (no pattern matched)."""
        return [s for s in [*self.counted, *self.superseded] if s.matched is None]


# -- walking folders and archives ---------------------------------------------------


def _ignored(parts: tuple[str, ...]) -> bool:
    return any(p in IGNORED_PARTS or p.startswith(".") for p in parts)


def _hash(path: Path) -> tuple[str, int]:
    # In chunks: a folder's file has no size limit until it is graded (read_source refuses it then).
    digest, size = hashlib.sha256(), 0
    with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise OSError(f"{path}: not a regular file")  # grading says so (read_source)
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _regular(path: Path) -> bool:
    """A regular file, not a link: a FIFO named hw.py blocks whoever reads it, for ever."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


@dataclass(frozen=True)
class _Owner:
    """What an archive a student made says of everything in it (see ``_Collector._archive_owner``)."""

    student: str
    """The id the archive's own path gives."""
    matched: str
    """The pattern that gave it."""
    named: lms.LmsName | None
    """The platform's naming of the archive."""
    times: dict[SubmittedFrom, float | None]
    """The archive's own times (its name's, its entry's in the enclosing archive, its file's): never one its entries claim."""


class _Collector:
    def __init__(self, config: Intake, workdir: Path, zone: dt.tzinfo) -> None:
        self.config = config
        self.workdir = workdir
        self.zone = zone
        self.ids = StudentIds(config.student_patterns)
        self.found: list[Submission] = []
        self.notices: list[Notice] = []
        self._extracted = 0
        self._by_student: dict[str, int] = {}  # bytes extracted from each student's zips

    def notice(self, where: str, kind: NoticeKind, message: str, owner: _Owner | None = None) -> None:
        self.notices.append(Notice(where, kind, message, student=self.ids.owner(where) if owner is None else owner.student))

    def add_path(self, path: Path) -> None:
        shown = str(path)
        if path.is_dir():
            self._folder(path, shown)
        elif path.suffix.lower() == ".zip":
            self._archive(path, shown, depth=1)
        else:
            # A file named explicitly is a submission whatever its type: grading says what is wrong with it.
            self._file(path, shown)

    def _folder(self, folder: Path, shown: str) -> None:
        # Files read per student, and those left once past max_student_files (the first one's place, how many): a
        # folder a student can write to (a home folder on a shared server) would otherwise have every file of a
        # million hashed, or noticed one by one, before anyone is graded.
        read: dict[str, int] = {}
        left: dict[str, tuple[str, int]] = {}
        for root, dirs, files in os.walk(folder):
            # Sorted, and pruned in place: the order of a batch never depends on the file system.
            dirs[:] = sorted(d for d in dirs if not _ignored((d,)))
            for name in sorted(files):
                if _ignored((name,)):
                    continue
                path = Path(root) / name
                inner = path.relative_to(folder).as_posix()
                where = f"{shown.rstrip('/')}/{_printable(inner)}"
                student = self.ids(where)[0]
                read[student] = read.get(student, 0) + 1
                if read[student] > self.config.max_student_files:
                    first, count = left.get(student, (where, 0))
                    left[student] = (first, count + 1)
                    continue
                if path.is_symlink():
                    self.notice(where, "skipped", "a symbolic link: not followed")
                elif not _regular(path):
                    self.notice(where, "skipped", "not a regular file (a pipe or a device)")
                elif path.suffix.lower() == ".zip":
                    self._archive(path, where, depth=1, owner=self._archive_owner(path, where, None))
                elif path.suffix.lower() in SUFFIXES:
                    self._file(path, where)
                else:
                    self.notice(where, "skipped", f"not a .py or .ipynb file ({path.suffix or 'no extension'})")
        for student, (first, count) in left.items():
            self.notices.append(
                Notice(first, "refused", f"{count} more files of {student}'s past the first {self.config.max_student_files}: not read", student=self.ids.owner(first))
            )

    def _times(self, path: Path, named: lms.LmsName | None, entry_time: float | None) -> dict[SubmittedFrom, float | None]:
        try:
            mtime: float | None = path.stat().st_mtime
        except OSError:
            mtime = None
        return {
            "name": named.time.replace(tzinfo=self.zone).timestamp() if named and named.time else None,
            "archive": entry_time,
            # An extracted entry's own time is when it was extracted: not a submission time.
            "file": mtime if entry_time is None else None,
        }

    def _file(self, path: Path, shown: str, *, entry_time: float | None = None, owner: _Owner | None = None) -> None:
        student, matched = self.ids(shown) if owner is None else (owner.student, owner.matched)
        named = _platform_naming(shown, student, matched) if owner is None else owner.named
        try:
            digest, size = _hash(path)
        except OSError:
            # Unreadable or missing: still a submission, so that its result says why.
            digest, size = hashlib.sha256(shown.encode()).hexdigest(), 0
        times = self._times(path, named, entry_time) if owner is None else owner.times
        source = next((t for t in self.config.times if times[t] is not None), None)
        self.found.append(
            Submission(
                path=path,
                shown=shown,
                student=student,
                matched=matched,
                submitted_at=(times[source] or 0.0) if source is not None else 0.0,
                sha256=digest,
                size=size,
                submitted_from=source,
                lms=named,
            )
        )

    def _archive(self, path: Path, shown: str, *, depth: int, owner: _Owner | None = None, spent: _Spent | None = None) -> None:
        """Read one archive; ``spent`` counts its entries against ``max_archive_entries``, shared with the archive
        that holds this one, unless a pattern names this one (a student's zip in a TA's download, which starts its
        own count). What is extracted from a student's zips counts against ``max_student_archive_mb``, all of
        that student's zips together.

        Zips inside a student's zip cannot multiply the entry limit (100 zips of 1,000 empty entries, 786 kB, were
        100,000 files, 16 s of intake; 20,000 of 20,000 would be 400 million), and one student's zip cannot spend
        the run's ``max_archive_mb``: 100 entries of 20 MB of spaces, a 2 MB zip, left every student after them
        in the download refused and ungraded (tests/test_hostile_round10.py).
        """
        spent = _Spent() if spent is None else spent
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            self.notice(shown, "unreadable", f"not a readable zip archive: {exc}", owner)
            return
        with archive:
            target = Path(tempfile.mkdtemp(prefix="zip-", dir=self.workdir))
            # One budget for every archive of the run: zips inside zips cannot multiply it.
            budget = int(self.config.max_archive_mb * 1_000_000)
            # And one for each student's zips (the zips inside them included), so that one student cannot spend the run's.
            own = int(self.config.max_student_archive_mb * 1_000_000) if owner is not None else None
            for index, info in enumerate(archive.infolist()):
                where = f"{shown}/{_printable(info.filename)}"
                if spent.entries >= self.config.max_archive_entries:
                    self.notices.append(
                        Notice(shown, "refused", f"more than {self.config.max_archive_entries} entries (with the archives inside it): the rest were not read")
                    )
                    break
                spent.entries += 1
                if info.is_dir():
                    continue
                relative = _safe_name(info.filename)
                if relative is None:
                    self.notice(where, "refused", "its name would place it outside the extraction folder", owner)
                    continue
                if _ignored(relative.parts):
                    continue
                problem = _entry_problem(info, self.config)
                if problem:
                    self.notice(where, "refused", problem, owner)
                    continue
                suffix = relative.suffix.lower()
                nested = suffix == ".zip"
                if suffix not in SUFFIXES and not nested:
                    self.notice(where, "skipped", f"not a .py or .ipynb file ({suffix or 'no extension'})", owner)
                    continue
                if nested and depth >= MAX_ARCHIVE_DEPTH:
                    self.notice(where, "refused", "an archive inside an archive inside an archive: not opened", owner)
                    continue
                if self._extracted + info.file_size > budget:
                    self.notice(where, "refused", f"the archives of this run hold more than {self.config.max_archive_mb:g} MB: not extracted", owner)
                    continue
                if owner is not None and own is not None and self._by_student.get(owner.student, 0) + info.file_size > own:
                    self.notice(where, "refused", f"the student's archive holds more than {self.config.max_student_archive_mb:g} MB: not extracted", owner)
                    continue
                dest = target.joinpath(*relative.parts)
                if not dest.resolve().is_relative_to(target.resolve()):
                    self.notice(where, "refused", "its name would place it outside the extraction folder", owner)
                    continue
                if dest.exists():  # the same name twice in one archive: keep both
                    dest = dest.with_name(f"{dest.stem}~{index}{dest.suffix}")
                try:
                    left = budget - self._extracted
                    if owner is not None and own is not None:
                        left = min(left, own - self._by_student.get(owner.student, 0))
                    written = _extract(archive, info, dest, limit=min(int(self.config.max_entry_mb * 1_000_000), left))
                except _Refused as exc:
                    self.notice(where, "refused", str(exc), owner)
                    continue
                self._extracted += written
                if owner is not None:
                    self._by_student[owner.student] = self._by_student.get(owner.student, 0) + written
                entry_time = _zip_time(info, self.zone)
                if nested:
                    inner = owner or self._archive_owner(dest, where, entry_time)
                    shared = spent if inner is owner or inner is None else None
                    self._archive(dest, where, depth=depth + 1, owner=inner, spent=shared)
                else:
                    self._file(dest, where, entry_time=entry_time, owner=owner)

    def _archive_owner(self, path: Path, where: str, entry_time: float | None) -> _Owner | None:
        """Who owns an archive found in a folder or an archive, when a pattern names it: then that student made it.

        A student's own zip (``bulk.zip/zhang_1020_3456_hw.zip``) is named by
        the platform, and everything in it was named and dated by the student:
        an entry ``bob_2000_3000_hw.ipynb`` or ``x_bob_attempt_2020-...`` in it
        must not count for bob, nor carry a time the student typed. Its
        entries take the archive's owner, platform naming and time. An archive
        no pattern names (a TA's ``section1.zip`` of files named by the
        platform) is a folder, as before.
        """
        student, matched = self.ids(where)
        if matched is None:
            return None
        named = _platform_naming(where, student, matched)
        return _Owner(student=student, matched=matched, named=named, times=self._times(path, named, entry_time))


def _platform_naming(shown: str, student: str, matched: str | None) -> lms.LmsName | None:
    """The platform's naming of a path, unless it names another student than the pattern found.

    In ``submissions/mallory/bob_2000_3000_hw.ipynb`` mallory named the file:
    its Canvas look must not give it bob's Canvas id (a roster would then
    count it for bob) nor his feedback file's name.
    """
    named = lms.recognize(shown)
    if named is not None and matched is not None and not named.names(student):
        return None
    if named is not None and named.time is not None and matched is not None and "/" in matched.split("<student>", 1)[1]:
        # The id came from a folder (submissions/mallory/): the file's name inside it is the student's, who wrote
        # hw_mallory_attempt_2020-01-01-00-00-00.py to date late work before the deadline (default intake.times
        # reads names first). A platform's name that carries a time is the one the id is read from.
        return dataclasses.replace(named, time=None)
    return named


class _Refused(Exception):
    pass


@dataclass
class _Spent:
    """What one archive, with the archives inside it, has taken: entries read."""

    entries: int = 0


def _printable(name: str) -> str:
    # Entry names are chosen by whoever made the archive: control characters
    # (terminal escape sequences) must not reach the instructor's terminal.
    return "".join("?" if ord(ch) < 32 or ord(ch) == 127 else ch for ch in name)


def _safe_name(name: str) -> PurePosixPath | None:
    """The entry's relative path, or None when it is absolute or climbs out."""
    if "\x00" in name:
        return None
    # Archives made on Windows sometimes use backslashes; both separate folders here.
    text = name.replace("\\", "/")
    if text.startswith("/") or re.match(r"^[A-Za-z]:", text):
        return None
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        return None
    return PurePosixPath(*parts)


def _entry_problem(info: zipfile.ZipInfo, config: Intake) -> str | None:
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "a symbolic link: links are never extracted"
    if mode and stat.S_IFMT(mode) and not stat.S_ISREG(mode):
        return "not a regular file"
    if info.flag_bits & 0x1:
        return "encrypted: cannot be read"
    limit = config.max_entry_mb * 1_000_000
    if info.file_size > limit:
        return f"{info.file_size / 1e6:.1f} MB uncompressed, more than the {config.max_entry_mb:g} MB limit"
    return None


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path, *, limit: int) -> int:
    """Copy one entry, never more than ``limit`` bytes whatever its header claims."""
    written = 0
    created = False
    try:
        # In the try: an entry named under an earlier one (``hw.py``, then ``hw.py/x.py``) has a file for its folder,
        # and the FileExistsError stopped the whole batch's intake (tests/hostile/round7/file_and_folder_of_one_name.py).
        dest.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL | O_NOFOLLOW: never write through something already there.
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        created = True
        with os.fdopen(fd, "wb") as out, archive.open(info) as src:
            while chunk := src.read(1 << 16):
                written += len(chunk)
                if written > limit:
                    raise _Refused(f"larger than its header says, and over the {limit / 1e6:g} MB limit: not extracted")
                out.write(chunk)
    except _Refused:
        _remove(dest, created)
        raise
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        _remove(dest, created)
        raise _Refused(f"corrupt or unsupported entry: {exc}") from exc
    return written


def _remove(dest: Path, created: bool) -> None:
    """Remove what this entry wrote, and only that: a file already there (``hw~2.py`` named so in the archive, where
    a second ``hw.py`` would go) is another entry's."""
    if created:
        dest.unlink(missing_ok=True)


_EXTENDED_TIMESTAMP = 0x5455
"""The zip extra field that holds a file's modification time in UTC (Info-ZIP "UT")."""


def _zip_time(info: zipfile.ZipInfo, zone: dt.tzinfo) -> float | None:
    """When the entry was last modified: the UTC time some archivers add, else the DOS time, in ``zone``."""
    extra, pos = info.extra, 0
    while pos + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4 : pos + 4 + size]
        if kind == _EXTENDED_TIMESTAMP and len(body) >= 5 and body[0] & 1:
            return float(struct.unpack_from("<i", body, 1)[0])
        pos += 4 + size
    try:
        return dt.datetime(*info.date_time, tzinfo=zone).timestamp()
    except (OverflowError, ValueError):
        return None


# -- several submissions per student ----------------------------------------------


def choose(found: list[Submission], counts: str) -> tuple[list[Submission], list[Submission]]:
    """(counted, superseded): which of each student's submissions counts, by ``intake.counts``."""
    by_student: dict[str, list[Submission]] = {}
    for s in found:
        by_student.setdefault(s.student, []).append(s)
    counted: list[Submission] = []
    superseded: list[Submission] = []
    for student in sorted(by_student):
        attempts = by_student[student]
        if len(attempts) == 1:
            counted.extend(attempts)
            continue
        # Ties on time go to the later name (hw_v2 after hw_v1), then to the later path.
        ordered = sorted(attempts, key=lambda s: (s.submitted_at, PurePosixPath(s.shown).name, s.shown))
        if counts == "best":
            # The newest few: a zip of 20,000 files would otherwise be 20,000 gradings of one student.
            newest = {id(s) for s in ordered[-MAX_BEST_ATTEMPTS:]}
            counted.extend(s for s in attempts if id(s) in newest)
            superseded.extend(ordered[:-MAX_BEST_ATTEMPTS])
            continue
        keep = ordered[-1] if counts == "newest" else ordered[0]
        counted.append(keep)
        superseded.extend(s for s in ordered if s is not keep)
    return counted, superseded


def _one_student_per_user(found: list[Submission]) -> tuple[list[Submission], list[str]]:
    """Ids that stand for several users of one platform (two Canvas students both ``zhang``) get the user's number."""
    users: dict[str, set[tuple[str, str]]] = {}
    for s in found:
        if s.lms is not None:
            users.setdefault(s.student, set()).add((s.lms.platform, s.lms.user))
    shared = {student for student, ids in users.items() if len(ids) > 1}
    if not shared:
        return found, []
    out = [
        dataclasses.replace(s, student=f"{s.student}_{s.lms.user}") if s.student in shared and s.lms is not None else s
        for s in found
    ]
    return out, sorted(shared)


def collect(paths: list[Path], config: Intake, workdir: Path, *, zone: dt.tzinfo = dt.timezone.utc) -> Batch:
    """Find every submission under ``paths``; archives are extracted into ``workdir``.

    ``zone`` is the course's time zone, in which zip entry times (stored without one) are read.
    Paths that do not exist are the caller's to reject before calling.
    """
    collector = _Collector(config, workdir, zone)
    for path in paths:
        collector.add_path(Path(path))
    # One file reached twice (a folder and a file in it both named) is one submission.
    unique: dict[str, Submission] = {}
    for s in collector.found:
        unique.setdefault(os.path.realpath(s.path), s)
    found, renamed = _one_student_per_user(list(unique.values()))
    counted, superseded = choose(found, config.counts)
    return Batch(counted=counted, superseded=superseded, notices=collector.notices, renamed=renamed)


def iter_submission_files(folder: Path) -> Iterator[Path]:
    """The .py/.ipynb files in a folder, as :func:`collect` sees them (for single-student folders).

    Symbolic links are never followed, as :func:`collect` never does: the
    grader reads a submission in its own process (as root on Gradescope), and
    a GitHub upload's ``hw.py`` linking to the course's config quoted its
    ``hidden_seed`` back in a syntax error, in the output every student sees.
    """
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not _ignored((d,)))
        for name in sorted(files):
            path = Path(root) / name
            if not _ignored((name,)) and path.suffix.lower() in SUFFIXES and _regular(path):
                yield path
