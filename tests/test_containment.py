"""Containment (issue #12): a submission can neither wedge the grader, nor outlive its job, nor read another's.

The attacks here are written against the grader's internals, as a determined
student would; tests/corpus/ has the same attacks graded in one batch with
honest students.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DOUBLE_ONE_CASE as DOUBLE
from conftest import Course, GradeFn

from grader.sandbox import isolation, uids

GOOD_DOUBLE = "def double(x):\n    return 2 * x\n"


def isolated() -> bool:
    """Root with namespaces and another uid: the protections these tests are about."""
    if os.geteuid() != 0:
        return False
    plan = isolation.plan_for({"hide": ["/nonexistent"], "limits": {}, "sandbox_uid": 65000}, 0, ())
    return plan.uid is not None and plan.namespaces


def named(name: str) -> list[int]:
    """Pids of the live processes (zombies aside) called ``name`` (prctl PR_SET_NAME)."""
    pids = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            status = Path(entry.path, "status").read_text()
        except OSError:
            continue
        lines = dict(line.split(":\t", 1) for line in status.splitlines() if ":\t" in line)
        if lines.get("Name") == name and not lines.get("State", "").startswith(("Z", "X")):
            pids.append(int(entry.name))
    return pids


def wait_for(condition, seconds: float = 120.0) -> bool:  # type: ignore[no-untyped-def]
    """Wait for ``condition()`` to hold: a generous limit, for a loaded machine."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            return False
        time.sleep(0.05)
    return True


def job_for(config, code: str, tmp_path: Path, name: str = "probe.py"):  # type: ignore[no-untyped-def]
    from grader.jobs import job_for
    from grader.submission import read_source

    path = tmp_path / name
    path.write_text(code)
    return job_for(read_source(path), [], config)


# -- the supervisor never blocks ------------------------------------------------

WIDE_CASES = 4
WIDE = """
id: total
title: Total
prompt: Return x.sum().
function: {name: total, params: [x]}
cases:
""" + "".join(f"  - {{name: c{i}, inputs: {{x: {{tensor: [{', '.join(['1.25'] * 1500)}]}}}}}}\n" for i in range(WIDE_CASES)) + """
checks:
  - {name: value, target: return}
"""
"""Each task's message is larger than a shrunken pipe (4 KiB)."""

WEDGE = '''
import fcntl, json, os, stat, sys, time

F_SETPIPE_SZ = 1031


def pipes(mode):
    for fd in range(3, 64):
        try:
            if stat.S_ISFIFO(os.fstat(fd).st_mode) and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == mode:
                yield fd
        except OSError:
            pass


def total(x):
    frame = sys._getframe()
    while "task" not in frame.f_locals:
        frame = frame.f_back
    task_id = frame.f_locals["task"]["id"]
    [task_fd] = list(pipes(os.O_RDONLY))
    held = os.dup(task_fd)
    os.set_blocking(held, False)
    try:
        while os.read(held, 1 << 16):
            pass
    except BlockingIOError:
        pass
    fcntl.fcntl(held, F_SETPIPE_SZ, 4096)
    empty, _keep_open = os.pipe()
    os.dup2(empty, task_fd)  # the child now waits on a pipe nobody writes to
    line = '{"ev":"task_end","task":' + json.dumps(task_id) + ',"observation":{"status":"returned"}}\\n'
    for fd in pipes(os.O_WRONLY):
        os.write(fd, line.encode())  # the supervisor sends the next task into the shrunken pipe
    while True:
        time.sleep(1)
'''


def test_a_child_that_shrinks_its_task_pipe_and_forges_results_cannot_wedge_the_supervisor(course: Course, grade: GradeFn) -> None:
    # A blocking write of the next task (larger than the shrunken pipe) would
    # hang the worker until the grader killed it (submission_seconds + 30 s):
    # the result would then be "the grader's worker failed". Instead every
    # call's deadline fires, and the forged results make the record malformed.
    course.exercise("total", WIDE, "def total(x):\n    return x.sum()\n")
    course.settings["limits"].update(call_seconds=1, submission_seconds=30)
    r = grade(course.config, WEDGE)
    assert "worker failed" not in (r.message or "")
    assert r.status == "error" and r.score == 0
    assert "malformed data" in (r.message or "")


# -- no other submission in a child's memory ---------------------------------------

MARKER_HALVES = ("grader-leak-", "7f3a9c1e")
"""A marker only the earlier submission holds whole: the scanner builds it from halves at run time."""

SCANNER = '''
import ctypes, os, sys

libc = ctypes.CDLL(None)
libc.memmem.restype = ctypes.c_void_p
libc.memmem.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]


def regions():
    with open("/proc/self/maps") as fh:
        for line in fh:
            fields = line.split()
            name = fields[5] if len(fields) > 5 else ""
            if fields[1].startswith("r") and name in ("", "[heap]", "[stack]"):
                start, end = (int(x, 16) for x in fields[0].split("-"))
                yield start, end


def places(needle):
    """Where else in this process's memory ``needle`` is (searched in place: no copies)."""
    itself = id(needle) + sys.getsizeof(b"") - 1
    found = []
    for start, end in list(regions()):
        at = start
        while at < end:
            hit = libc.memmem(at, end - at, needle, len(needle))
            if not hit:
                break
            if hit != itself:
                found.append(hit)
            at = hit + 1
    return found


HALF_A, HALF_B = {!r}, {!r}
marker = HALF_A + HALF_B
CONTROL_A, CONTROL_B = b"grader-control-", b"5be0"
control = CONTROL_A + CONTROL_B
copy = bytearray(control)  # the scanner must find this one
print("control places", len(places(control)))
print("marker places", len(places(marker)))
'''.format(*(h.encode() for h in MARKER_HALVES))


def test_a_later_child_finds_no_earlier_submission_source_in_its_memory(course: Course, tmp_path: Path) -> None:
    from grader.protocol import parse_record
    from grader.sandbox.worker import Worker

    course.exercise("double", DOUBLE, GOOD_DOUBLE)
    config = course.config
    earlier = job_for(config, f"# {''.join(MARKER_HALVES)}\n" + GOOD_DOUBLE, tmp_path, "earlier.py")
    later = job_for(config, SCANNER, tmp_path, "later.py")
    with Worker() as worker:  # one worker: the later child is a copy of the worker that ran the earlier job
        parse_record(worker.run(earlier), earlier)
        output = parse_record(worker.run(later), later).output
    assert "control places 1" in output, output  # the scan works: it finds a copy the scanner made
    assert "marker places 0" in output, output


# -- nothing outlives its worker, or the grader ---------------------------------------

SURVIVOR = '''
import ctypes, os, time

libc = ctypes.CDLL(None)
PR_SET_PDEATHSIG, PR_SET_NAME = 1, 15


def stay(name):
    libc.prctl(PR_SET_PDEATHSIG, 0, 0, 0, 0)  # do not die with the parent
    libc.prctl(PR_SET_NAME, name, 0, 0, 0)


if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        stay(%(name)r)
        while True:
            time.sleep(0.2)
    os._exit(0)
stay(%(name)r)
time.sleep(%(seconds)d)
'''
"""The child and a daemon it leaves behind, both asking not to die with their parent."""


@pytest.mark.skipif(not isolated(), reason="needs root with namespaces")
def test_killing_a_hung_worker_kills_everything_it_started(course: Course, tmp_path: Path) -> None:
    from grader.sandbox.worker import Worker

    name = f"survivor{os.getpid() % 10**6}"
    course.settings["limits"].update(cell_seconds=900, submission_seconds=1800)
    course.exercise("double", DOUBLE, GOOD_DOUBLE)
    job = job_for(course.config, SURVIVOR % {"name": name.encode(), "seconds": 600}, tmp_path)
    worker = Worker()
    try:
        worker.send(job)
        assert wait_for(lambda: len(named(name)) == 2), "the child and its daemon started"
    finally:
        worker.kill()  # what the grader does to a worker that stops answering
    assert named(name) == []
    assert uids.processes(uids.block(course.config.sandbox_uid, worker.slot)) == []
    worker.close()


@pytest.mark.skipif(not isolated(), reason="needs root with namespaces")
def test_nothing_a_submission_starts_outlives_grader_grade(course: Course, tmp_path: Path) -> None:
    name = f"daemon{os.getpid() % 10**6}"
    course.exercise("double", DOUBLE, GOOD_DOUBLE)
    config = course.config  # writes config.yaml
    submission = tmp_path / "daemon.py"
    submission.write_text(SURVIVOR % {"name": name.encode(), "seconds": 0} + GOOD_DOUBLE)
    proc = subprocess.run(
        [sys.executable, "-m", "grader", "grade", str(submission), "--out", str(tmp_path / "out")],
        cwd=config.root,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    assert named(name) == []


TOOLS = '''
import multiprocessing, os, socket, subprocess, sys
from multiprocessing import shared_memory


def attempt(label, f):
    try:
        f()
        print("works:", label)
    except OSError as exc:
        print("refused:", label, exc.strerror)


attempt("a subprocess", lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
attempt("a fork pool", lambda: multiprocessing.get_context("fork").Pool(2).map(abs, [-1, -2]))
attempt("POSIX shared memory", lambda: shared_memory.SharedMemory(create=True, size=10).unlink())
attempt("loopback", lambda: socket.create_server(("127.0.0.1", 0)).close())
attempt("the network", lambda: socket.create_connection(("192.0.2.1", 80), timeout=5))
attempt("its own memory file", lambda: open("/proc/self/mem", "rb").close())
attempt("its own environment file", lambda: open("/proc/self/environ", "rb").close())
attempt("its own fds and maps", lambda: (os.listdir("/proc/self/fd"), open("/proc/self/maps").close()))
'''


@pytest.mark.skipif(not isolated(), reason="needs root with namespaces")
def test_children_reach_loopback_but_no_network_and_the_usual_tools_still_work(course: Course, tmp_path: Path) -> None:
    from grader.protocol import parse_record
    from grader.sandbox.worker import Worker

    course.exercise("double", DOUBLE, GOOD_DOUBLE)
    config = course.config
    job = job_for(config, TOOLS, tmp_path)
    with Worker() as worker:
        output = parse_record(worker.run(job), job).output
    for works in ("a subprocess", "a fork pool", "POSIX shared memory", "loopback", "its own fds and maps"):
        assert f"works: {works}\n" in output, output
    assert "refused: the network Network is unreachable" in output, output
    # Not dumpable: its own /proc/self/mem is root's (see docs/threat-model.md).
    assert "refused: its own memory file Permission denied" in output, output
    assert "refused: its own environment file Permission denied" in output, output
