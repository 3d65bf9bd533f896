"""Take a child's privileges away before student code runs (when the grader is root).

As root, a child could read the whole course folder (reference solutions,
hidden checks, cached expected values), signal the grader, and fork without
limit (the kernel does not enforce ``RLIMIT_NPROC`` for root). So a child of
a root grader, right after fork:

1. is the first process (the init) of a PID namespace of its own: it sees
   only its own processes, and when it ends the kernel kills everything it
   started, wherever it went (``setsid``, double forks);
2. has an IPC namespace of its own: SysV shared memory, semaphores and POSIX
   message queues it creates die with it;
3. has a mount namespace of its own (:mod:`grader.sandbox.mounts`): every
   mount read-only, a fresh ``/proc``, private ``/tmp``, ``/var/tmp`` and
   ``/dev/shm`` (the disk limit), and every folder outside the system folders
   (``/home``, ``/root``, ``/srv``, ``/opt``, ...) and every hidden path (the
   course folder) covered, with only what Python needs bound back;
4. drops to an unprivileged uid of its own, a fresh one per job
   (:mod:`grader.sandbox.uids`), with no supplementary groups,
   ``no_new_privs`` (no setuid binary gives privileges back), and not
   dumpable (no process of the same uid may read its memory);

and the worker runs in a network namespace of its own with only a loopback
interface (:func:`isolate_network`), which its children inherit.

Where namespaces are not permitted (a container without ``CAP_SYS_ADMIN``),
steps 1-3 and the network are skipped: the course folder is protected only by
file permissions, and what escapes a child is found and killed by the worker
(a subreaper: :func:`sweep`). :func:`probe` finds that out once per worker
and the record of every job says so in its notes. As a non-root user nothing
here applies: the children run as the grader's user (see
docs/threat-model.md).

Everything here is bound at import, in the worker, before student code exists.
"""

from __future__ import annotations

import ctypes
import os
import socket
import struct
import sys
import tempfile
from dataclasses import dataclass, field
from typing import Any

from grader.sandbox import mounts, uids

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWPID, CLONE_NEWNET = 0x00020000, 0x08000000, 0x20000000, 0x40000000
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER, PR_SET_NO_NEW_PRIVS = 1, 4, 36, 38
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1

WORKDIR = "/tmp/work"
"""The child's working folder inside its private /tmp."""

try:
    _libc: Any = ctypes.CDLL(None, use_errno=True)
except (OSError, TypeError):  # not Linux (Windows refuses None): nothing in this module applies
    _libc = None


class IsolationError(Exception):
    """A step of the child's setup failed (the child then exits before student code)."""


@dataclass(frozen=True)
class Plan:
    """How one job's children are isolated (decided in the worker, applied in each child)."""

    uid: int | None
    """Unprivileged uid to drop to, or None to keep the worker's (non-root grader)."""
    namespaces: bool
    """PID, IPC and mount namespaces of the child's own (see the module's docstring)."""
    hide: tuple[str, ...]
    """Paths the child must not read (course folder, solutions, cache, expected values)."""
    keep: tuple[str, ...]
    """Paths the child needs even when inside a covered folder (site-packages, the grader package)."""
    disk_mb: int
    """Size of each private tmpfs."""
    covered: tuple[str, ...] = ()
    """Folders replaced by an empty read-only folder holding only the kept paths inside
    them: every top-level folder but the system ones, and folders on the way to a kept
    path that other users cannot enter."""
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


def set_subreaper() -> bool:
    """Make this process inherit orphans of its children, so none escapes a cleanup."""
    if _libc is None:
        return False
    return bool(_libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0)


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent dies (a worker's job process: it must not outlive the worker)."""
    if _libc is not None:
        _libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)


M_PERTURB = -6
"""mallopt's option that makes free() overwrite what it frees (glibc)."""


def wipe_freed_memory(on: bool) -> None:
    """Have the C allocator overwrite memory as it frees it (the worker), or stop (a child).

    Objects of 512 bytes or less live in Python's own allocator, which keeps
    what it frees as it was; so do glibc's per-thread caches of small blocks.
    What this covers is everything larger: records, outputs, message buffers.
    """
    if _libc is not None and hasattr(_libc, "mallopt"):
        _libc.mallopt(M_PERTURB, 0x5A if on else 0)


def keep_paths() -> tuple[str, ...]:
    """Folders Python needs in a child: every sys.path entry, the grader package, the interpreter's folder.

    The interpreter's folder lets a child start Python again (``subprocess``,
    the resource tracker of ``multiprocessing.shared_memory``).

    A source checkout that holds the grader package (on ``sys.path`` when the
    grader runs from its repository) is not kept whole: it holds the course's
    tests and examples, and the child needs only the package.
    """
    import grader

    package = os.path.dirname(os.path.realpath(grader.__file__))
    paths = {package}
    if sys.executable:
        paths.add(os.path.dirname(os.path.realpath(sys.executable)))
        # The path as started too: a virtual environment's bin/python is a link that lives in the venv.
        paths.add(os.path.dirname(os.path.abspath(sys.executable)))
    if sys.prefix != sys.base_prefix:
        # A virtual environment, which Python reads (pyvenv.cfg) whenever it starts from it: it holds only
        # Python and packages, and a batch's hidden folders (the course, a submissions folder's parent)
        # may sit next to it or around it.
        paths.add(os.path.realpath(sys.prefix))
    for entry in sys.path:
        if entry and os.path.isdir(entry):
            real = os.path.realpath(entry)
            if real != os.path.dirname(package) or os.path.basename(real) in ("site-packages", "dist-packages"):
                paths.add(real)
    return tuple(sorted(paths))


def probe(uid: int | None) -> tuple[bool, bool, str | None]:
    """(namespaces work, dropping to ``uid`` works, why not) in a throwaway child.

    A worker keeps the answer for its block of uids (:class:`grader.sandbox.cache.WorkerCache`).

    "Namespaces work" means all a child needs: PID, IPC and mount namespaces,
    every mount remounted read-only, mounting a tmpfs and a fresh /proc.
    Where one of them fails, children go without namespaces (and the notes
    say so) rather than every child failing its setup.
    """
    if _libc is None or os.geteuid() != 0:
        return (False, False, "the grader does not run as root")
    folder = tempfile.mkdtemp(prefix="grader-probe-")
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        code = 0
        try:
            _call("unshare", CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWPID)
            mounts.mount(None, "/", None, mounts.MS_REC | mounts.MS_PRIVATE)
            try:
                mounts.read_only_everywhere()
            except mounts.MountError:
                code |= 4
            mounts.mount("tmpfs", folder, "tmpfs", mounts.MS_NOSUID | mounts.MS_NODEV, "size=4k")
            init = os.fork()  # the first process of the new PID namespace
            if init == 0:
                try:
                    mounts.mount("proc", folder, "proc", mounts.MS_NOSUID | mounts.MS_NODEV | mounts.MS_NOEXEC)
                finally:
                    os._exit(0 if os.path.exists(os.path.join(folder, "self")) else 1)
            _, status = os.waitpid(init, 0)
            if status != 0:
                code |= 1
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
    os.rmdir(folder)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 3
    namespaces, user = not code & 5, not code & 2
    reasons = []
    if code & 1:
        reasons.append("namespaces are not permitted here (no CAP_SYS_ADMIN)")
    elif code & 4:
        reasons.append("a mount of this machine cannot be made read-only")
    if uid is not None and not user:
        reasons.append(f"cannot switch to uid {uid} (not mapped in this container?)")
    return (namespaces, user, "; ".join(reasons) or None)


def isolate_network(notes: list[str]) -> bool:
    """Move this process (the worker) into a network namespace with only loopback, up.

    Once per worker: its children inherit it, so they reach no network at no
    cost of their own. Sockets live as long as their processes, which die
    with each child's PID namespace, so children of later jobs find nothing
    left behind.
    """
    if _libc is None or os.geteuid() != 0:
        return False
    try:
        _call("unshare", CLONE_NEWNET)
    except IsolationError as exc:
        notes.append(f"children can reach the network: {exc}")
        return False
    import fcntl  # here, not at the top: the portable runner imports this module where fcntl does not exist

    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            request = struct.pack("16sH14x", b"lo", 0)
            flags = struct.unpack("16sH14x", fcntl.ioctl(sock, SIOCGIFFLAGS, request))[1]
            fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | IFF_UP))
    except OSError:
        pass  # no loopback either: nothing more is lost
    return True


def plan_for(
    job: dict[str, Any],
    slot: int,
    keep: tuple[str, ...],
    serial: int = 0,
    probes: dict[int | None, tuple[bool, bool, str | None]] | None = None,
    network_notes: tuple[str, ...] = (),
) -> Plan:
    """Decide how to isolate ``job``'s children: the ``serial``-th job of worker number ``slot``.

    ``probes`` keeps :func:`probe`'s answers across the jobs of a worker;
    ``network_notes`` say why the worker could not leave the network
    (:func:`isolate_network`).
    """
    hide = tuple(os.path.realpath(p) for p in job.get("hide", []) if p)
    unsafe = [h for h in hide if any(mounts.inside(e, h) for e in ESSENTIAL)]
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
            notes=(
                "the grader does not run as root, so children run as its own user: they can read what it reads, "
                "reach the network, and leave files and shared memory behind",
            ),
        )
    if base <= 0:
        return Plan(uid=None, namespaces=False, hide=hide, keep=keep, disk_mb=disk_mb, notes=("sandbox_uid is 0: children run as root",))
    uid = uids.for_job(base, slot, serial)
    # One probe per block (a throwaway fork): a container maps a range of uids or none.
    first = uids.block(base, slot).start
    if probes is None:
        namespaces, user, why = probe(first)
    else:
        if first not in probes:
            probes[first] = probe(first)
        namespaces, user, why = probes[first]
    notes = [f"{h} holds system folders, so it cannot be hidden from children" for h in unsafe]
    notes += network_notes
    private = closed_folders(keep)
    if not namespaces:
        notes.append(f"the course folder is protected by file permissions only: {why}")
        notes.append("what a child starts is killed by the worker, not by the kernel; SysV shared memory and files it leaves in shared folders (/run/lock, /var/tmp, /dev/shm, /tmp) outlive it")
        if private and user:
            user, why = False, f"Python is installed under {private[0]}, which another user cannot enter, and it cannot be opened up without mount namespaces"
    if not user:
        notes.append(f"children run as root: {why}")
    covered: tuple[str, ...] = ()
    if namespaces:
        folders = [f for f in (*mounts.top_level_folders(), *private) if not any(mounts.inside(f, k) for k in keep)]
        covered = tuple(f for f in sorted(set(folders)) if not any(mounts.inside(f, o) and f != o for o in folders))
    return Plan(
        uid=uid if user else None,
        namespaces=namespaces,
        hide=hide,
        keep=keep,
        disk_mb=disk_mb,
        covered=covered,
        notes=tuple(notes),
    )


ESSENTIAL = ("/bin", "/dev", "/etc", "/lib", "/proc", "/sys", "/tmp", "/usr")
"""Folders a child cannot do without: a hidden path that holds one of them is not covered."""


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
                if not any(mounts.inside(folder, c) for c in closed):
                    closed.append(folder)
                break
    return tuple(sorted(closed))


@dataclass
class _View:
    """A mount namespace holding what every child of a plan sees (:func:`mounts.shared`), kept by the worker."""

    fd: int
    """Handle on the namespace (it lives as long as this is open)."""
    key: tuple[Any, ...]
    """What it was built from (:func:`_view_key`): a child joins it only while that is unchanged."""


@dataclass
class Namespaces:
    """What a worker keeps between its forks to set up each child's namespaces (held by its cache)."""

    own_pid: int | None = None
    """A handle on the worker's own PID namespace, to come back to after each fork."""
    view: _View | None = None
    """The worker's shared view, built at the first fork of a plan with namespaces."""
    joined: bool = False
    """In a child: it joined the shared view, so :func:`enter` adds only what is its own."""


def _view_key(plan: Plan) -> tuple[Any, ...]:
    """What the shared view depends on: the plan's paths, which hidden paths exist (and as what), the machine's mounts."""
    try:
        with open("/proc/self/mountinfo", "rb") as fh:
            table = fh.read()
    except OSError:
        table = None
    kinds = tuple(1 if os.path.isdir(p) else 2 if os.path.lexists(p) else 0 for p in plan.hide)
    return (plan.keep, plan.hide, plan.covered, kinds, table)


def shared_view(plan: Plan, state: Namespaces) -> int | None:
    """A handle on the mount namespace every child of ``plan`` starts from; None where it cannot be built.

    Made read-only and covered once (:func:`mounts.shared`) in a throwaway
    process, instead of in each child: each child joins it, takes a copy of
    its own (``unshare``) and mounts only its ``/proc`` and private tmpfs on
    top. It is built again whenever what it was built from changes: a hidden
    path appears or goes, or a mount of the machine comes or goes (so a child
    never sees the machine's mounts other than read-only and covered).
    """
    key = _view_key(plan)
    if state.view is not None and state.view.key == key:
        return state.view.fd
    if state.view is not None:
        os.close(state.view.fd)
        state.view = None
    try:
        return _build_view(plan, key, state)
    except OSError:
        return None  # each child builds its whole view itself


def _build_view(plan: Plan, key: tuple[Any, ...], state: Namespaces) -> int | None:
    ready_r, ready_w = os.pipe()
    done_r, done_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the helper: builds the view, waits until the worker holds it, exits
        ok = b"0"
        try:
            os.close(ready_r)
            os.close(done_w)
            _call("unshare", CLONE_NEWNS)
            mounts.shared(keep=plan.keep, hide=plan.hide, covered=plan.covered)
            ok = b"1"
        except BaseException:
            pass
        try:
            os.write(ready_w, ok)
            os.read(done_r, 1)
        finally:
            os._exit(0)
    os.close(ready_w)
    os.close(done_r)
    fd = None
    try:
        if os.read(ready_r, 1) == b"1":
            fd = os.open(f"/proc/{pid}/ns/mnt", os.O_RDONLY | os.O_CLOEXEC)
    finally:
        os.close(ready_r)
        os.close(done_w)
        os.waitpid(pid, 0)
    if fd is None:
        return None  # each child builds its whole view itself, as where this cannot be done
    state.view = _View(fd, key)
    return fd


def fork(plan: Plan, state: Namespaces) -> int:
    """``os.fork()``; with namespaces, the child is the first process (init) of a new PID namespace.

    ``unshare(CLONE_NEWPID)`` puts only the *next* child of the caller into
    the new namespace; the caller then goes back to its own namespace for
    the children after it. One fork, as without namespaces. The child joins
    the shared mount namespace of the plan (:func:`shared_view`), if there
    is one, before anything else.
    """
    if not plan.namespaces:
        return os.fork()
    view = shared_view(plan, state)
    if state.own_pid is None:
        state.own_pid = os.open("/proc/self/ns/pid", os.O_RDONLY | os.O_CLOEXEC)
    _call("unshare", CLONE_NEWPID)
    try:
        pid = os.fork()
    except BaseException:
        _call("setns", state.own_pid, CLONE_NEWPID)
        raise
    if pid:
        _call("setns", state.own_pid, CLONE_NEWPID)
    elif view is not None:
        # The child's own copy comes in enter(): until then it only reads, and sees less than the worker.
        # Nothing may raise here (the caller's code after fork would run on in the child): where joining
        # fails, the child stays in the worker's namespace and enter() builds its whole view, as without one.
        if _libc.setns(view, CLONE_NEWNS) == 0:
            state.joined = True
        os.close(view)
    return pid


def enter(plan: Plan, workdir: str, state: Namespaces) -> str:
    """Apply ``plan`` in a freshly forked child (from :func:`fork`); return the folder to work in."""
    if plan.namespaces:
        _call("unshare", CLONE_NEWNS | CLONE_NEWIPC)
        try:
            if state.joined:
                mounts.private(keep=plan.keep, hide=plan.hide, disk_mb=plan.disk_mb)
            else:
                mounts.build(keep=plan.keep, hide=plan.hide, covered=plan.covered, disk_mb=plan.disk_mb)
        except mounts.MountError as exc:
            raise IsolationError(str(exc)) from None
        workdir = WORKDIR
        os.mkdir(workdir, 0o700)
        if plan.uid is not None:
            os.chown(workdir, plan.uid, plan.uid)
    elif plan.uid is not None:
        os.chown(workdir, plan.uid, plan.uid)
    if plan.uid is not None:
        first_to_go_when_memory_runs_out()
        os.setgroups([])
        os.setresgid(plan.uid, plan.uid, plan.uid)
        os.setresuid(plan.uid, plan.uid, plan.uid)
        os.environ["HOME"] = workdir
        close_keyrings()
    if _libc is not None:
        # Not dumpable: no process of the same uid may read this one's memory
        # (/proc/<pid>/mem) or trace it. (Changing uid did so already; this
        # says it.) Its own /proc/self/ files are then root's: what that
        # costs a student's code is in docs/threat-model.md.
        _libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        # No setuid binary (sudo, su...) can give privileges back.
        _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
        # If the worker dies, so does the child (set after the uid change, which clears it).
        _libc.prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)
    return workdir


def first_to_go_when_memory_runs_out() -> None:
    """Make this child, and all it starts, the kernel's first choice when the machine runs out of memory (as root).

    The memory limit is per process (docs/threat-model.md): a submission that
    forks can hold many times it, and the OOM killer would otherwise pick the
    largest process, which may be the grader or a worker. Set while still
    root, the score is also the floor its processes may lower it to.
    """
    try:
        with open("/proc/self/oom_score_adj", "w", encoding="ascii") as fh:
            fh.write("1000")
    except OSError:
        pass


KEYCTL = {"x86_64": 250, "aarch64": 219, "arm64": 219, "riscv64": 219, "i686": 288, "i386": 288, "ppc64le": 271, "s390x": 280}
"""The keyctl system call's number (glibc has no wrapper for it)."""
KEY_SPEC_PROCESS, KEY_SPEC_SESSION, KEY_SPEC_USER, KEY_SPEC_USER_SESSION = -2, -3, -4, -5
KEYCTL_JOIN_SESSION_KEYRING, KEYCTL_CLEAR, KEYCTL_UNLINK, KEYCTL_GET_PERSISTENT, KEYCTL_RESTRICT_KEYRING = 1, 7, 9, 22, 29


def _keyctl() -> Any:
    number = KEYCTL.get(os.uname().machine)
    if _libc is None or number is None:
        return None
    return lambda *args: _libc.syscall(number, *args)


def close_keyrings() -> None:
    """Leave the kernel's keyrings no place to keep anything past this child (after the uid change).

    Keyrings are namespaced by neither PID, IPC nor mount namespaces: a uid's
    user keyring (``@u``), user-session keyring (``@us``) and persistent
    keyring live in the kernel as long as the machine does (the persistent
    one until it is left unused for days), and the session keyring is
    inherited from the grader. A key added there outlived the batch, and the
    job that ran as the same uid ten jobs later could read it
    (``keyring_persist.py``). So the child joins a session keyring of its own
    (it dies with the child's processes), empties the uid's keyrings (what an
    earlier job left), and restricts ``@u`` and ``@us`` to take no key at all
    (a restriction nobody can lift, their owner included). The persistent
    keyring cannot be restricted (nobody has the permission to): the worker
    empties it after each job (:func:`clear_persistent_keyring`). Where the
    keyctl call is refused (a seccomp profile), students cannot use keyrings
    either.
    """
    keyctl = _keyctl()
    if keyctl is None:
        return
    keyctl(KEYCTL_JOIN_SESSION_KEYRING, None)
    for ring in (KEY_SPEC_USER, KEY_SPEC_USER_SESSION):
        keyctl(KEYCTL_CLEAR, ring)
        keyctl(KEYCTL_RESTRICT_KEYRING, ring, None, None)
    persistent = keyctl(KEYCTL_GET_PERSISTENT, -1, KEY_SPEC_SESSION)
    if persistent > 0:
        keyctl(KEYCTL_CLEAR, persistent)


def clear_persistent_keyring(uid: int) -> None:
    """Empty ``uid``'s persistent keyring (root, in the worker, once the job's children are gone): see :func:`close_keyrings`."""
    keyctl = _keyctl()
    if keyctl is None or os.geteuid() != 0:
        return
    # Linked into this process's own keyring (never inherited by a fork) just long enough to empty it.
    ring = keyctl(KEYCTL_GET_PERSISTENT, uid, KEY_SPEC_PROCESS)
    if ring > 0:
        keyctl(KEYCTL_CLEAR, ring)
        keyctl(KEYCTL_UNLINK, ring, KEY_SPEC_PROCESS)


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

    Only for a worker and its job processes: it kills *every* child of the
    calling process.

    The caller is a subreaper: when a child dies, whatever it started (even in
    another session) is re-parented to it. So killing its children until it
    has none kills the whole tree, and only that tree: a pid on the list is an
    unreaped child of ours and cannot have been reused. (With namespaces the
    kernel has done this already: a child's PID namespace dies with it.)
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

