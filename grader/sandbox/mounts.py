"""The filesystem a child sees, built in its own mount namespace (as root, before student code).

Starting from the worker's view, in this order:

1. every mount is made read-only (its other flags kept), so no
   world-writable folder of the machine (``/run/lock``, ``/var/tmp``, a
   ``/dev/mqueue``, any other the machine has) can take a file that outlives
   the child; ``/proc`` and ``/sys`` aside (a fresh ``/proc`` replaces the
   one, and the other has no folder other users may write in), and those
   covered below;
2. a fresh ``/proc`` for the child's own PID namespace: it lists only the
   child's processes;
3. ``/tmp``, ``/var/tmp`` and ``/dev/shm`` become small private tmpfs (the
   disk limit), gone with the child;
4. every top-level folder that is not a system folder (``/home``, ``/root``,
   ``/srv``, ``/opt``, ``/mnt``, ``/media``, a repository checkout...) and
   every hidden path (the course folder, solutions, caches) is covered by an
   empty read-only tmpfs; the folders Python needs inside them
   (site-packages, the grader package) are bound back read-only.

Steps 1 and 4 are the same for every child of a job: a worker builds them
once, in a mount namespace of their own (:func:`shared`), which each child
joins and copies before adding steps 2 and 3 (:func:`private`), its own.
:func:`build` does all four in the child, where that namespace could not be
made. Everything here is called from :mod:`grader.sandbox.isolation`.
"""

from __future__ import annotations

import ctypes
import os
from typing import Any

MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_NOATIME, MS_NODIRATIME, MS_BIND, MS_REC = 32, 1024, 2048, 4096, 16384
MS_PRIVATE, MS_RELATIME, MS_STRICTATIME = 1 << 18, 1 << 21, 1 << 24
O_PATH = getattr(os, "O_PATH", 0o10000000)

PER_MOUNT_FLAGS = {
    "nosuid": MS_NOSUID,
    "nodev": MS_NODEV,
    "noexec": MS_NOEXEC,
    "noatime": MS_NOATIME,
    "nodiratime": MS_NODIRATIME,
    "relatime": MS_RELATIME,
    "strictatime": MS_STRICTATIME,
}
"""Flags of a mount (``/proc/self/mountinfo``, field 6) that a read-only remount must repeat to keep."""

PRIVATE_TMP = ("/tmp", "/var/tmp", "/dev/shm")
"""Folders programs expect to write in: private tmpfs of ``disk_mb`` in the child."""
SYSTEM = ("/bin", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/proc", "/run", "/sbin", "/sys", "/tmp", "/usr", "/var")
"""Top-level folders a child sees as they are (read-only); every other one is covered."""

try:
    _libc: Any = ctypes.CDLL(None, use_errno=True)
except (OSError, TypeError):  # not Linux (Windows refuses None): nothing in this module applies
    _libc = None


class MountError(Exception):
    """A mount call failed (the child then exits before student code)."""


def mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    result = _libc.mount(
        None if source is None else source.encode(),
        target.encode(),
        None if fstype is None else fstype.encode(),
        ctypes.c_ulong(flags),
        None if data is None else data.encode(),
    )
    if result != 0:
        raise MountError(f"mount {target}: {os.strerror(ctypes.get_errno())}")


def inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def top_level_folders() -> tuple[str, ...]:
    """Top-level folders that are not system folders: the child sees them covered."""
    try:
        entries = list(os.scandir("/"))
    except OSError:
        return ()
    return tuple(sorted(e.path for e in entries if e.is_dir(follow_symlinks=False) and e.path not in SYSTEM))


def _unescape(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash in octal (\040).
    return field.encode().decode("unicode_escape").encode("latin-1").decode("utf-8", "surrogateescape")


KERNEL = ("/proc", "/sys")
"""Kernel file systems: no folder in them that another user may write in."""


def read_only_everywhere(skip: tuple[str, ...] = ()) -> None:
    """Remount every mount of this namespace read-only, keeping its other flags.

    Mounts in ``/proc`` and ``/sys``, or in a folder of ``skip`` (about to be
    covered), are left as they are: remounting each costs the child time.
    """
    skip = (*KERNEL, *skip)
    with open("/proc/self/mountinfo", encoding="utf-8", errors="surrogateescape") as fh:
        mounts = [line.split() for line in fh]
    seen = set()
    for fields in mounts:
        target, options = _unescape(fields[4]), fields[5].split(",")
        if target in seen or any(inside(target, folder) for folder in skip):
            continue
        seen.add(target)
        flags = MS_REMOUNT | MS_BIND | MS_RDONLY
        for option in options:
            flags |= PER_MOUNT_FLAGS.get(option, 0)
        try:
            mount(None, target, None, flags)
        except MountError:
            if os.path.lexists(target):
                raise
            # A mount point below another mount is no longer reachable: nothing to protect.


def cover(folder: str, options: str, flags: int, keep: tuple[str, ...], hide: tuple[str, ...]) -> None:
    """Mount a fresh tmpfs over ``folder``; bind back read-only the kept paths inside it."""
    # Kept paths that would reveal a hidden one (the course root on sys.path) stay covered.
    back = [k for k in keep if inside(k, folder) and k != folder and not any(inside(h, k) for h in hide)]
    handles = [(k, os.open(k, O_PATH | os.O_CLOEXEC)) for k in back]
    mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV | flags, options)
    for path, fd in handles:
        os.makedirs(path, exist_ok=True)
        mount(f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC)
        mount(None, path, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)
        os.close(fd)


def cover_read_only(folder: str, keep: tuple[str, ...], hide: tuple[str, ...]) -> None:
    """An empty, read-only folder in place of ``folder``, holding only the kept paths inside it."""
    cover(folder, "size=16k,mode=0755", MS_NOEXEC, keep, hide)
    mount(None, folder, None, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC)


def build(*, keep: tuple[str, ...], hide: tuple[str, ...], covered: tuple[str, ...], disk_mb: int) -> None:
    """Build the child's view (see the module's docstring); the caller has its own mount and PID namespaces."""
    # Nothing mounted here may leak back into the worker's namespace.
    mount(None, "/", None, MS_REC | MS_PRIVATE)
    read_only_everywhere(skip=(*PRIVATE_TMP, *covered))
    private(keep=keep, hide=hide, disk_mb=disk_mb)
    _cover_all(keep=keep, hide=hide, covered=covered)


def shared(*, keep: tuple[str, ...], hide: tuple[str, ...], covered: tuple[str, ...]) -> None:
    """Steps 1 and 4 (every mount read-only, folders covered), in a mount namespace of the caller's own.

    ``/proc`` and the folders of :data:`PRIVATE_TMP` are left as they are:
    each child mounts its own over them (:func:`private`). A kept path inside
    one of those is bound back from this view, where the hidden paths inside
    it are covered already (the bind takes the mounts below it along).
    """
    mount(None, "/", None, MS_REC | MS_PRIVATE)
    read_only_everywhere(skip=(*PRIVATE_TMP, *covered))
    _cover_all(keep=keep, hide=hide, covered=covered)


def private(*, keep: tuple[str, ...], hide: tuple[str, ...], disk_mb: int) -> None:
    """Steps 2 and 3, the child's own: a fresh ``/proc`` and the private tmpfs (the caller has its own mount and PID namespaces)."""
    # The child is the first process of its PID namespace: a /proc of that namespace shows its processes only.
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    for folder in PRIVATE_TMP:
        if os.path.isdir(folder) and not os.path.islink(folder):
            cover(folder, f"size={disk_mb}m,mode=1777", MS_NOEXEC, keep, hide)


def _cover_all(*, keep: tuple[str, ...], hide: tuple[str, ...], covered: tuple[str, ...]) -> None:
    done: list[str] = []
    for folder in covered:
        cover_read_only(folder, keep, hide)
        done.append(folder)
    for path in sorted(hide, key=len):
        if any(inside(path, d) for d in done) and not any(inside(path, k) for k in keep):
            continue  # already under a covered folder
        if os.path.isdir(path):
            cover_read_only(path, keep, hide)
        elif os.path.exists(path):
            mount("/dev/null", path, None, MS_BIND)
        done.append(path)
