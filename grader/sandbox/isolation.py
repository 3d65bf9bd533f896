"""Take a child's privileges away before student code runs (when the grader is root).

As root, a child could read the whole course folder (reference solutions,
hidden checks, cached expected values), signal the grader, and fork without
limit (the kernel does not enforce ``RLIMIT_NPROC`` for root). So a child of
a root grader, right after fork:

1. enters a mount namespace of its own, where the course folder (and the
   other hidden paths) is covered by an empty read-only tmpfs, and ``/tmp``,
   ``/var/tmp`` and ``/dev/shm`` are small private tmpfs (the disk limit);
   paths Python still needs (site-packages, the grader package) are bound
   back in when they live inside a covered folder;
2. drops to an unprivileged uid of its own (``sandbox_uid`` + worker number),
   with no supplementary groups and ``no_new_privs`` (no setuid binaries).

Where mount namespaces are not permitted (a container without
``CAP_SYS_ADMIN``), step 1 is skipped and the course folder is protected only
by file permissions; :func:`probe` finds that out once per worker and the
record of every job says so. As a non-root user nothing here applies: the
children run as the grader's user (see docs/threat-model.md).

Everything here is bound at import, in the worker, before student code exists.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Any

CLONE_NEWNS = 0x00020000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 1, 4, 36, 38
O_PATH = getattr(os, "O_PATH", 0o10000000)

UID_SPAN = 500
"""Worker numbers wrap here: uids ``sandbox_uid .. sandbox_uid + UID_SPAN - 1``."""
PRIVATE_TMP = ("/tmp", "/var/tmp", "/dev/shm")
"""World-writable folders replaced by private tmpfs in the child's namespace."""
WORKDIR = "/tmp/work"
"""The child's working folder inside its private /tmp."""

try:
    _libc: Any = ctypes.CDLL(None, use_errno=True)
except OSError:  # not Linux: nothing in this module applies
    _libc = None


class IsolationError(Exception):
    """A step of the child's setup failed (the child then exits before student code)."""


@dataclass(frozen=True)
class Plan:
    """How one job's children are isolated (decided in the worker, applied in each child)."""

    uid: int | None
    """Unprivileged uid to drop to, or None to keep the worker's (non-root grader)."""
    namespaces: bool
    """Cover hidden paths and /tmp in a private mount namespace."""
    hide: tuple[str, ...]
    """Paths the child must not read (course folder, solutions, cache, expected values)."""
    keep: tuple[str, ...]
    """Paths the child needs even when inside a covered folder (site-packages, the grader package)."""
    disk_mb: int
    """Size of each private tmpfs."""
    private: tuple[str, ...] = ()
    """Folders on the way to a kept path that other users cannot enter (``/root`` of a pyenv
    install): covered too, with the kept paths bound back, so the child can import."""
    notes: tuple[str, ...] = field(default=())
    """What is not protected, for the instructor (empty when everything applies)."""

    def describe(self) -> dict[str, Any]:
        """Plain facts for the job's record."""
        return {
            "user": None if self.uid is None else f"uid {self.uid}",
            "course_hidden": self.namespaces and bool(self.hide),
            "private_tmp": self.namespaces,
            "notes": list(self.notes),
        }


def _call(name: str, *args: Any) -> None:
    result = getattr(_libc, name)(*args)
    if result != 0:
        err = ctypes.get_errno()
        raise IsolationError(f"{name}: {os.strerror(err)}")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    _call(
        "mount",
        None if source is None else source.encode(),
        target.encode(),
        None if fstype is None else fstype.encode(),
        ctypes.c_ulong(flags),
        None if data is None else data.encode(),
    )


def set_subreaper() -> bool:
    """Make this process (the worker) inherit orphans of its children, so none escapes a cleanup."""
    if _libc is None:
        return False
    return bool(_libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)


def keep_paths() -> tuple[str, ...]:
    """Folders Python needs in a child: every sys.path entry, and the grader package."""
    import grader

    paths = {os.path.dirname(os.path.realpath(grader.__file__))}
    for entry in sys.path:
        if entry and os.path.isdir(entry):
            paths.add(os.path.realpath(entry))
    return tuple(sorted(paths))


_PROBED: dict[int | None, tuple[bool, bool, str | None]] = {}


def probe(uid: int | None) -> tuple[bool, bool, str | None]:
    """(mount namespaces work, dropping to ``uid`` works, why not) in a throwaway child; cached."""
    if uid in _PROBED:
        return _PROBED[uid]
    if _libc is None or os.geteuid() != 0:
        _PROBED[uid] = (False, False, "the grader does not run as root")
        return _PROBED[uid]
    folder = tempfile.mkdtemp(prefix="grader-probe-")
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        code = 0
        try:
            _call("unshare", CLONE_NEWNS)
            _mount(None, "/", None, MS_REC | MS_PRIVATE)
            _mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, "size=4k")
        except BaseException:
            code |= 1
        if uid is not None:
            try:
                os.setgroups([])
                os.setresgid(uid, uid, uid)
                os.setresuid(uid, uid, uid)
            except BaseException:
                code |= 2
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    shutil.rmtree(folder, ignore_errors=True)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 3
    namespaces, user = not code & 1, not code & 2
    reasons = []
    if not namespaces:
        reasons.append("mount namespaces are not permitted here (no CAP_SYS_ADMIN)")
    if uid is not None and not user:
        reasons.append(f"cannot switch to uid {uid} (not mapped in this container?)")
    _PROBED[uid] = (namespaces, user, "; ".join(reasons) or None)
    return _PROBED[uid]


ESSENTIAL = ("/bin", "/dev", "/etc", "/lib", "/proc", "/sys", "/tmp", "/usr")
"""Folders a child cannot do without: a hidden path that holds one of them is not covered."""


def plan_for(job: dict[str, Any], slot: int, keep: tuple[str, ...]) -> Plan:
    """Decide how to isolate ``job``'s children in this worker (worker number ``slot``)."""
    hide = tuple(os.path.realpath(p) for p in job.get("hide", []) if p)
    unsafe = [h for h in hide if any(_inside(e, h) for e in ESSENTIAL)]
    hide = tuple(h for h in hide if h not in unsafe)
    disk_mb = int(job["limits"].get("disk_mb", 64))
    base = int(job.get("sandbox_uid", 0) or 0)
    if os.geteuid() != 0:
        return Plan(
            uid=None,
            namespaces=False,
            hide=hide,
            keep=keep,
            disk_mb=disk_mb,
            notes=("the grader does not run as root, so children run as its own user: they can read what it reads",),
        )
    if base <= 0:
        return Plan(uid=None, namespaces=False, hide=hide, keep=keep, disk_mb=disk_mb, notes=("sandbox_uid is 0: children run as root",))
    uid = base + slot % UID_SPAN
    namespaces, user, why = probe(uid)
    notes = [f"{h} holds system folders, so it cannot be hidden from children" for h in unsafe]
    private = closed_folders(keep)
    if not namespaces:
        notes.append(f"the course folder is protected by file permissions only: {why}")
        if private and user:
            user, why = False, f"Python is installed under {private[0]}, which another user cannot enter, and it cannot be opened up without mount namespaces"
    if not user:
        notes.append(f"children run as root: {why}")
    return Plan(
        uid=uid if user else None,
        namespaces=namespaces,
        hide=hide,
        keep=keep,
        disk_mb=disk_mb,
        private=private if user else (),
        notes=tuple(notes),
    )


def closed_folders(keep: tuple[str, ...]) -> tuple[str, ...]:
    """Outermost folders on the way to ``keep`` paths that others cannot enter (no o+x)."""
    closed: list[str] = []
    for path in keep:
        parts = path.strip("/").split("/")
        for i in range(1, len(parts) + 1):
            folder = "/" + "/".join(parts[:i])
            try:
                mode = os.stat(folder).st_mode
            except OSError:
                break
            if not mode & 0o001:
                if not any(_inside(folder, c) for c in closed):
                    closed.append(folder)
                break
    return tuple(sorted(closed))


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _cover(folder: str, options: str, flags: int, keep: list[str], hide: tuple[str, ...]) -> None:
    """Mount a fresh tmpfs over ``folder``; bind back the kept paths inside it."""
    # Kept paths that would reveal a hidden one (the course root on sys.path) stay covered.
    back = [k for k in keep if _inside(k, folder) and k != folder and not any(_inside(h, k) for h in hide)]
    handles = [(k, os.open(k, O_PATH | os.O_CLOEXEC)) for k in back]
    _mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV | flags, options)
    for path, fd in handles:
        os.makedirs(path, exist_ok=True)
        _mount(f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC)
        _mount(None, path, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)
        os.close(fd)


def enter(plan: Plan, workdir: str) -> str:
    """Apply ``plan`` in a freshly forked child; return the folder to work in."""
    if plan.namespaces:
        _call("unshare", CLONE_NEWNS)
        # Nothing mounted here may leak back into the worker's namespace.
        _mount(None, "/", None, MS_REC | MS_PRIVATE)
        keep = list(plan.keep)
        for folder in PRIVATE_TMP:
            if os.path.isdir(folder) and not os.path.islink(folder):
                _cover(folder, f"size={plan.disk_mb}m,mode=1777", MS_NOEXEC, keep, plan.hide)
        for folder in plan.private:
            # Open to the sandbox user, holding only what Python needs.
            _cover(folder, "size=16k,mode=0755", MS_NOEXEC, keep, plan.hide)
            _mount(None, folder, None, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC)
        done: list[str] = list(plan.private)
        for path in sorted(plan.hide, key=len):
            if any(_inside(path, d) for d in done) and not any(_inside(path, k) for k in keep):
                continue  # already under a covered folder
            if os.path.isdir(path):
                _cover(path, "size=16k,mode=0755", MS_NOEXEC, keep, plan.hide)
                _mount(None, path, None, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC)
            elif os.path.exists(path):
                _mount("/dev/null", path, None, MS_BIND)
            done.append(path)
        workdir = WORKDIR
        os.mkdir(workdir, 0o700)
        if plan.uid is not None:
            os.chown(workdir, plan.uid, plan.uid)
    elif plan.uid is not None:
        os.chown(workdir, plan.uid, plan.uid)
    if plan.uid is not None:
        os.setgroups([])
        os.setresgid(plan.uid, plan.uid, plan.uid)
        os.setresuid(plan.uid, plan.uid, plan.uid)
        # Changing uid makes the process non-dumpable, which hides /proc/self from itself.
        _libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
        os.environ["HOME"] = workdir
    if _libc is not None:
        # No setuid binary (sudo, su...) can give privileges back.
        _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
        # If the worker dies, so does the child (set after the uid change, which clears it).
        _libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)
    return workdir


def children() -> list[int]:
    """Pids of this process's children (all threads), from /proc."""
    pids: list[int] = []
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return pids
    for tid in tasks:
        try:
            with open(f"/proc/self/task/{tid}/children", "rb") as fh:
                pids.extend(int(p) for p in fh.read().split())
        except (OSError, ValueError):
            continue
    return pids


def sweep(limit_seconds: float = 2.0) -> int:
    """Kill and reap every remaining descendant; return how many were killed.

    Only for the worker: it kills *every* child of the calling process.

    The worker is a subreaper: when a child dies, whatever it started (even in
    another session) is re-parented to the worker. So killing the worker's
    children until it has none kills the whole tree, and only that tree: a
    pid on the list is an unreaped child of ours and cannot have been reused.
    """
    import time

    killed = 0
    end = time.monotonic() + limit_seconds
    while True:
        try:
            while os.waitpid(-1, os.WNOHANG)[0]:
                pass
        except ChildProcessError:
            return killed  # no children at all: everything is gone
        for pid in children():
            try:
                os.kill(pid, 9)
                killed += 1
            except ProcessLookupError:
                pass
        if time.monotonic() > end:
            return killed
        time.sleep(0.001)

