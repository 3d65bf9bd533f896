"""Limits on every child: which limit was hit, said in words a student understands."""

from __future__ import annotations

import os
import resource
import signal

import pytest
from conftest import Course, GradeFn

from grader.sandbox import isolation, limits
from grader.sandbox.outcomes import FAULT_EXIT, SETUP_EXIT, describe_end, error_limit

LIMITS = {"cpu_seconds": 3, "memory_mb": 512, "processes": 8, "file_mb": 2, "disk_mb": 16, "output_bytes": 100}

SPEC = """
id: spin
title: Spin
prompt: Return x.
function: {name: spin, params: [x]}
cases:
  - name: one
    inputs: {x: 1}
checks:
  - {name: value, target: return}
"""


def killed_by(sig: int) -> int:
    return sig  # a wait status for "killed by signal sig"


def exited(code: int) -> int:
    return code << 8


@pytest.mark.parametrize(
    ("status", "cpu", "fault", "words", "kind"),
    [
        (killed_by(signal.SIGXCPU), 3.0, None, "CPU time limit: 3 s", "cpu"),
        (killed_by(signal.SIGKILL), 4.0, None, "CPU time limit: 3 s", "cpu"),
        (killed_by(signal.SIGKILL), 0.2, None, "memory limit: 512 MiB", "memory"),
        (killed_by(signal.SIGXFSZ), 0.2, None, "file size limit: 2 MiB", "file_size"),
        (killed_by(signal.SIGSEGV), 0.2, None, "segmentation fault", None),
        (exited(0), 0.2, None, "exited with code 0", None),
        (exited(FAULT_EXIT), 0.2, "MemoryError: ", "memory limit: 512 MiB", "memory"),
        (exited(FAULT_EXIT), 0.2, None, "broke the grader's code", None),
        (exited(SETUP_EXIT), 0.2, None, "tell your instructor", None),
    ],
)
def test_how_a_child_ended_names_the_limit(status: int, cpu: float, fault: str | None, words: str, kind: str | None) -> None:
    text, limit = describe_end(status, cpu_seconds=cpu, limits=LIMITS, fault=fault)
    assert words in text
    assert limit == kind


@pytest.mark.parametrize(
    ("type_", "message", "kind"),
    [
        ("MemoryError", "", "memory"),
        ("RuntimeError", "[enforce fail at alloc_cpu.cpp:127] DefaultCPUAllocator: can't allocate memory", "memory"),
        ("MemoryError", "Unable to allocate 7.45 GiB for an array", "memory"),
        ("BlockingIOError", "[Errno 11] Resource temporarily unavailable", "processes"),
        ("OSError", "[Errno 27] File too large", "file_size"),
        ("OSError", "[Errno 28] No space left on device", "disk"),
        ("ValueError", "bad value", None),
    ],
)
def test_exceptions_map_to_limits(type_: str, message: str, kind: str | None) -> None:
    assert error_limit(type_, message) == kind


def _in_child(check) -> int:  # type: ignore[no-untyped-def]
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os._exit(0 if check() else 1)
        except BaseException:
            os._exit(2)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def test_limits_are_set_on_the_process() -> None:
    def check() -> bool:
        limits.apply({**LIMITS, "max_tensor_elements": 10}, private_uid=True)
        return (
            resource.getrlimit(resource.RLIMIT_CPU) == (3, 4)
            and resource.getrlimit(resource.RLIMIT_FSIZE)[0] == 2 << 20
            and resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
            and resource.getrlimit(resource.RLIMIT_NPROC)[0] == 9  # the child itself + 8
        )

    assert _in_child(check) == 0


def protected() -> bool:
    """The process limit holds here: a non-root grader, or root able to drop to another uid."""
    if os.geteuid() != 0:
        return True
    plan = isolation.plan_for({"hide": [], "limits": {}, "sandbox_uid": 65000}, 0, ())
    return plan.uid is not None


@pytest.fixture
def spin(course: Course) -> Course:
    course.exercise("spin", SPEC, "def spin(x):\n    return x\n")
    return course


def test_cpu_time_limit(spin: Course, grade: GradeFn) -> None:
    # A generous wall clock, so that the CPU limit (per process) is what stops the loop.
    spin.settings["limits"].update(cpu_seconds=1, cell_seconds=60, call_seconds=60, submission_seconds=120)
    r = grade(spin.config, "def spin(x):\n    while True:\n        pass\n")
    ex = r.exercise("spin")
    assert ex.status == "error"
    assert "used up its CPU time (CPU time limit: 1 s per process)" in (ex.message or "")


@pytest.mark.skipif(not protected(), reason="as root without another uid, the kernel does not enforce the process limit")
def test_process_limit_in_a_call(spin: Course, grade: GradeFn) -> None:
    spin.settings["limits"].update(processes=4, call_seconds=20, submission_seconds=60)
    code = (
        "import os, time\n"
        "def spin(x):\n"
        "    for _ in range(50):\n"
        "        if os.fork() == 0:\n"
        "            time.sleep(30)\n"
        "            os._exit(0)\n"
        "    return x\n"
    )
    r = grade(spin.config, code)
    message = r.exercise("spin").checks[0].message
    assert "BlockingIOError" in message and "process limit: 4" in message


def test_memory_limit_at_import_is_named(spin: Course, grade: GradeFn) -> None:
    spin.settings["limits"].update(memory_mb=256)
    r = grade(spin.config, "import torch\nbig = torch.zeros(10**9)\ndef spin(x):\n    return x\n")
    ex = r.exercise("spin")
    assert "memory limit: 256 MiB" in (ex.message or "")
