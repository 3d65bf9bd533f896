"""Deciding how children are isolated: another uid and a private mount namespace, as root only."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from grader.sandbox import isolation, uids


def job(*hide: str, uid: int = 65000) -> dict:
    return {"hide": list(hide), "limits": {"disk_mb": 8}, "sandbox_uid": uid}


def test_a_non_root_grader_keeps_its_user_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    plan = isolation.plan_for(job("/course"), 0, ())
    assert plan.uid is None and not plan.namespaces
    assert plan.describe()["user"] is None
    assert any("does not run as root" in note for note in plan.notes)


def test_sandbox_uid_zero_keeps_children_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    plan = isolation.plan_for(job("/course", uid=0), 0, ())
    assert plan.uid is None and any("sandbox_uid is 0" in n for n in plan.notes)


def test_each_job_gets_a_uid_of_its_own_and_workers_never_share_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    monkeypatch.setattr(isolation, "probe", lambda uid: (True, True, None))
    by_worker = {slot: [isolation.plan_for(job("/course"), slot, (), serial).uid for serial in range(uids.BLOCK)] for slot in range(4)}
    for slot, taken in by_worker.items():
        assert len(set(taken)) == uids.BLOCK, "consecutive jobs of a worker run as different uids"
        assert set(taken) == set(uids.block(65000, slot))
        assert all(65000 <= u < 65000 + uids.UID_SPAN for u in taken)
    assert not set(by_worker[0]) & set(by_worker[1]), "two workers never share a uid"
    # A uid comes round again only after a whole block of jobs.
    assert isolation.plan_for(job("/course"), 2, (), uids.BLOCK + 3).uid == by_worker[2][3]


def test_a_course_folder_holding_system_folders_is_not_covered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    monkeypatch.setattr(isolation, "probe", lambda uid: (True, True, None))
    plan = isolation.plan_for(job("/", "/work/course"), 0, ())
    assert plan.hide == ("/work/course",)
    assert any("/ holds system folders" in n for n in plan.notes)


def test_without_namespaces_the_notes_say_the_course_is_protected_by_permissions_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 0)
    monkeypatch.setattr(isolation, "probe", lambda uid: (False, True, "mount namespaces are not permitted here"))
    plan = isolation.plan_for(job("/course"), 0, ())
    assert plan.uid in uids.block(65000, 0) and not plan.namespaces
    assert plan.describe()["course_hidden"] is False
    assert any("file permissions only" in n for n in plan.notes)


def test_closed_folders_on_the_way_to_python_are_found() -> None:
    base = Path(tempfile.mkdtemp(dir="/tmp"))  # pytest's own tmp_path lives in a closed folder
    try:
        base.chmod(0o755)
        closed = base / "home"
        (closed / "py" / "lib").mkdir(parents=True)
        closed.chmod(0o700)
        assert isolation.closed_folders((str(closed / "py" / "lib"),)) == (str(closed),)
        closed.chmod(0o755)
        assert isolation.closed_folders((str(closed / "py" / "lib"),)) == ()
    finally:
        shutil.rmtree(base)


def test_sweep_kills_what_escaped_into_another_session() -> None:
    # In a process of its own: sweep kills every child of the process that calls it.
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the fork
        code = 1
        try:
            isolation.set_subreaper()
            middle = os.fork()
            if middle == 0:
                os.setsid()
                if os.fork() == 0:
                    time.sleep(60)
                os._exit(0)
            os.waitpid(middle, 0)  # the middle process is gone: the sleeper is re-parented here
            killed = isolation.sweep()
            try:
                os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                code = 0 if killed >= 1 else 2
        finally:
            os._exit(code)
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0


def test_a_virtual_environment_stays_readable_to_children(monkeypatch, tmp_path) -> None:
    # A child that starts Python again (subprocess) runs the venv's bin/python, a link that lives in
    # the venv, and Python reads the venv's pyvenv.cfg: a batch that hides the venv's parent folder
    # must keep both.
    import sys

    from grader.sandbox import isolation

    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(sys.executable)
    monkeypatch.setattr(sys, "executable", str(venv / "bin" / "python"))
    monkeypatch.setattr(sys, "prefix", str(venv))
    keep = isolation.keep_paths()
    assert str((venv / "bin").resolve()) in keep and str(venv.resolve()) in keep


def _isolated() -> bool:
    if os.geteuid() != 0:
        return False
    plan = isolation.plan_for(job("/nonexistent"), 0, ())
    return plan.uid is not None and plan.namespaces


@pytest.mark.skipif(not _isolated() or not os.path.isdir("/var/cache"), reason="needs root with mount namespaces")
def test_a_hidden_folder_made_after_a_workers_first_child_is_hidden_from_the_next(course, tmp_path: Path) -> None:
    # Children start from a view the worker builds once (isolation.shared_view): a hidden path that
    # appears after it was built (a cache folder made mid-batch) must be covered all the same.
    from grader.jobs import job_for
    from grader.protocol import parse_record
    from grader.sandbox.worker import Worker
    from grader.submission import read_source

    secret = Path("/var/cache") / f"grader-test-hidden-{os.getpid()}-{time.time_ns()}"
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import os\n"
        f"path = {str(secret)!r}\n"
        "try:\n    print('sees', sorted(os.listdir(path)))\nexcept OSError as exc:\n    print('sees nothing:', type(exc).__name__)\n"
        "print('mounts', len(open('/proc/self/mountinfo').readlines()))\n"
    )
    work = job_for(read_source(probe), [], course.config)
    work["hide"] = [*work["hide"], str(secret)]
    try:
        with Worker() as worker:
            first = parse_record(worker.run(work), work)
            secret.mkdir()
            (secret / "answers.txt").write_text("42")
            second = parse_record(worker.run(work), work)
            third = parse_record(worker.run(work), work)
    finally:
        shutil.rmtree(secret, ignore_errors=True)
    assert "sees nothing: FileNotFoundError" in first.output, first.output
    for record in (second, third):
        assert "answers.txt" not in record.output and "sees []" in record.output, record.output
    assert record.isolation is not None and record.isolation["course_hidden"]
