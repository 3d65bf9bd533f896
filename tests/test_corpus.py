"""The hardening corpus: every broken and hostile submission in one batch with correct ones.

tests/corpus/manifest.yaml lists each submission and its expected outcome.
The whole corpus is graded in a single batch on the shared worker pool, with
correct submissions spread through it: the batch must finish, each hostile
submission must get exactly its expected outcome, and each correct one full
marks, as if it had been graded alone.
"""

from __future__ import annotations

import ctypes
import dataclasses
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest
import yaml
from nbformat.v4 import new_code_cell, new_notebook, new_output

from grader.batch import Item, grade_items
from grader.config import Config, load_config
from grader.grading import open_grader
from grader.results import SubmissionResult
from grader.sandbox import isolation, uids
from grader.sandbox.worker import WorkerPool

CORPUS = Path(__file__).resolve().parent / "corpus"
MANIFEST = yaml.safe_load((CORPUS / "manifest.yaml").read_text(encoding="utf-8"))
GOOD = (CORPUS / "submissions" / "good.py").read_text(encoding="utf-8")
# An instructor's token in the grader's environment: set at collection, before any worker
# starts; read_environment.py must not find it (workers get an environment of their own).
os.environ["CORPUS_INSTRUCTOR_TOKEN"] = "token-of-the-instructor"


def _generate(kind: str, path: Path) -> None:
    if kind == "huge_module":
        path.write_text(GOOD + "\n" + "padding = 1\n" * 100_000, encoding="utf-8")
    elif kind == "huge_notebook":
        cell = new_code_cell(GOOD)
        cell.outputs.append(new_output("stream", name="stdout", text="x" * 1_200_000))
        nbformat.write(new_notebook(cells=[cell]), path)
    elif kind == "blank_lines_module":
        path.write_text("x = 1\n" + "\n" * 300_000 + "y = 2\n", encoding="utf-8")
    elif kind == "blank_lines_notebook":
        # The source as one string (nbformat would write a string per line, three times the size).
        cell = {"cell_type": "code", "execution_count": None, "id": "blank", "metadata": {}, "outputs": [], "source": "x = 1" + "\n" * 300_000 + "y = 2"}
        notebook = {"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        path.write_text(json.dumps(notebook), encoding="utf-8")
    elif kind == "many_cells":
        nbformat.write(new_notebook(cells=[new_code_cell(f"x{i} = {i}") for i in range(3000)]), path)
    else:
        raise AssertionError(f"unknown generator {kind!r}")


def _protections(config: Config) -> dict[str, str | None]:
    """For each protection a case may need: None when this machine provides it, else why not."""
    job = {"hide": [str(config.root)], "limits": {"disk_mb": 8}, "sandbox_uid": config.sandbox_uid}
    plan = isolation.plan_for(job, 0, isolation.keep_paths())
    why = "; ".join(plan.notes) or "not available"
    namespaces = None if plan.namespaces and plan.uid is not None else why
    return {
        "process_limit": None if os.geteuid() != 0 or plan.uid is not None else why,
        "private_tmp": namespaces,
        "hidden_course": namespaces,
        "namespaces": namespaces,
    }


@pytest.fixture(scope="module")
def course_copy_in_home(course: Config) -> Iterator[Path | None]:
    """A world-readable copy of the course under /home, as a TA's backup would be (root only)."""
    if os.geteuid() != 0 or not os.path.isdir("/home"):
        yield None
        return
    folder = Path(tempfile.mkdtemp(dir="/home", prefix="grader-corpus-"))
    try:
        folder.chmod(0o755)
        shutil.copytree(course.root, folder / "course-backup", ignore=shutil.ignore_patterns(".grader_cache"))
        yield folder / "course-backup"
    finally:
        shutil.rmtree(folder)


@pytest.fixture(scope="module")
def submissions() -> Iterator[Path]:
    """The corpus's submissions, graded from a copy under /var (root only), as from /var/grading/...

    A system folder, which children see: read_other_submissions.py must find
    neither good.py nor anything else of the batch there.
    """
    if os.geteuid() != 0 or not os.path.isdir("/var"):
        yield CORPUS / "submissions"
        return
    # Another run of this suite at the same time would put its own world-readable copy
    # under /var, which this batch does not cover (docs/threat-model.md): one at a time.
    lock = open(os.path.join(tempfile.gettempdir(), "grader-corpus-test.lock"), "a+")  # held until the batch ends
    fcntl.flock(lock, fcntl.LOCK_EX)
    folder = Path(tempfile.mkdtemp(dir="/var", prefix="grader-corpus-"))
    try:
        folder.chmod(0o755)
        shutil.copytree(CORPUS / "submissions", folder / "submissions")
        for path in folder.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        yield folder / "submissions"
    finally:
        shutil.rmtree(folder)
        lock.close()


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Config:
    # A copy, so that the test can tell whether a submission wrote into it.
    root = tmp_path_factory.mktemp("corpus") / "course"
    shutil.copytree(CORPUS / "course", root)
    config = load_config(root / "config.yaml")
    return dataclasses.replace(config, cache_dir=tmp_path_factory.mktemp("corpus-cache"))


@pytest.fixture(scope="module")
def batch(
    course: Config, pool: WorkerPool, tmp_path_factory: pytest.TempPathFactory, course_copy_in_home: Path | None, submissions: Path
) -> Iterator[dict[str, Any]]:
    """Grade the whole corpus in one batch; yield what the assertions need."""
    protections = _protections(course)
    generated = tmp_path_factory.mktemp("generated")
    cases, skipped = [], {}
    for case in MANIFEST["cases"]:
        reason = protections.get(case.get("needs", ""))
        if reason is not None:
            skipped[case["file"]] = f"needs {case['needs']}: {reason}"
            continue
        path = submissions / case["file"]
        if "generate" in case:
            path = generated / case["file"]
            _generate(case["generate"], path)
        cases.append((case, path))
    # Correct submissions at the start, in the middle and at the end of the batch.
    correct = [submissions / name for name in MANIFEST["correct"]]
    items = [Item(key=f"correct-{i}-{p.name}", path=p, grader=None) for i, p in enumerate(correct)]  # type: ignore[arg-type]
    middle = len(cases) // 2
    items += [Item(key=f"case-{c['file']}", path=p, grader=None) for c, p in cases[:middle]]  # type: ignore[arg-type]
    items += [Item(key=f"correct-m{i}-{p.name}", path=p, grader=None) for i, p in enumerate(correct)]  # type: ignore[arg-type]
    items += [Item(key=f"case-{c['file']}", path=p, grader=None) for c, p in cases[middle:]]  # type: ignore[arg-type]
    items += [Item(key=f"correct-e{i}-{p.name}", path=p, grader=None) for i, p in enumerate(correct)]  # type: ignore[arg-type]
    grader = open_grader(course, mode="grade")
    items = [dataclasses.replace(item, grader=grader) for item in items]
    course_files = sorted(p.relative_to(course.root) for p in course.root.rglob("*") if ".grader_cache" not in p.parts)
    left_before = _left_behind(_sandbox_uids(course, pool))
    results = dict(grade_items(items, pool=pool))
    yield {
        "results": results,
        "cases": {c["file"]: c for c, _ in cases},
        "skipped": skipped,
        "course_files_before": course_files,
        "course_files_after": sorted(p.relative_to(course.root) for p in course.root.rglob("*") if ".grader_cache" not in p.parts),
        "items": items,
        "protections": protections,
        "left_before": left_before,
    }


def _text(result: SubmissionResult, where: str) -> str:
    if where == "message":
        return result.message or ""
    if where == "notes":
        return "\n".join(result.notes)
    if where == "output":
        return result.output
    ex = result.exercise(where)
    parts = [ex.message or ""] + [f"{c.message} {c.hint or ''}" for c in ex.checks]
    return "\n".join(parts)


def _problems(case: dict[str, Any], result: SubmissionResult) -> list[str]:
    found = []
    if result.status != case["status"]:
        found.append(f"status {result.status!r}, expected {case['status']!r} ({result.message})")
    if "score" in case and abs(result.score - float(case["score"])) > 1e-9:
        found.append(f"score {result.score}, expected {case['score']}")
    for ex_id, status in case.get("exercises", {}).items():
        actual = result.exercise(ex_id).status
        if actual != status:
            found.append(f"{ex_id}: {actual!r}, expected {status!r} ({result.exercise(ex_id).message})")
    for where, words in case.get("says", {}).items():
        text = _text(result, where)
        if words not in text:
            found.append(f"{where} lacks {words!r}; it says: {text[:600]!r}")
    return found


def test_the_corpus_is_large_enough() -> None:
    assert len(MANIFEST["cases"]) >= 30
    on_disk = {p.name for p in (CORPUS / "submissions").iterdir()}
    listed = {c["file"] for c in MANIFEST["cases"] if "generate" not in c} | set(MANIFEST["correct"])
    assert on_disk == listed, "every corpus file is in the manifest and every listed file exists"


def test_whole_corpus_in_one_batch(batch: dict[str, Any]) -> None:
    results: dict[str, SubmissionResult] = batch["results"]
    # The batch finished: one result per submission.
    assert set(results) == {item.key for item in batch["items"]}
    problems = []
    for key, result in results.items():
        if key.startswith("correct-"):
            if result.status != "graded" or result.score != result.max_score:
                problems.append(f"{key}: a correct submission got {result.score}/{result.max_score} ({result.message}; {result.notes})")
            continue
        name = key.removeprefix("case-")
        problems += [f"{name}: {p}" for p in _problems(batch["cases"][name], result)]
    assert not problems, "\n".join(problems)
    if batch["skipped"]:
        pytest.skip("left out here: " + "; ".join(f"{k} ({v})" for k, v in batch["skipped"].items()))


def test_no_submission_wrote_into_the_course_folder(batch: dict[str, Any]) -> None:
    if "fake_results_files.py" in batch["skipped"]:
        pytest.skip(batch["skipped"]["fake_results_files.py"])
    assert batch["course_files_after"] == batch["course_files_before"]
    # What it could write (results.json in its folder, /tmp/results.json) stayed in its private /tmp, now gone.
    assert "results.json" in batch["results"]["case-fake_results_files.py"].output
    assert not _holds_fake("/tmp/results.json")


def _holds_fake(path: str) -> bool:
    try:
        return '"score": 9' in Path(path).read_text(encoding="utf-8")
    except OSError:
        return False


def test_a_process_that_left_the_session_is_killed(batch: dict[str, Any], course: Config, pool: WorkerPool) -> None:
    output = batch["results"]["case-escape_session.py"].output
    match = re.search(r"escaped pid (\d+) started (\d+)", output)
    assert match, output
    if batch["protections"]["namespaces"] is None:
        # The pid it printed is its PID namespace's: look for the uids instead.
        assert not [p for slot in pool.slots for p in uids.processes(uids.block(course.sandbox_uid, slot))]
        return
    pid, started = match.groups()
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return  # gone
    # Same pid and same start time would be the very process, still alive.
    assert stat.rsplit(")", 1)[1].split()[19] != started


SHARED_FOLDERS = ("/tmp", "/var/tmp", "/dev/shm", "/run/lock", "/var/lock", "/dev/mqueue", "/run/shm")
"""World-writable folders of this machine and others like it."""


def _sandbox_uids(course: Config, pool: WorkerPool) -> set[int]:
    return {uid for slot in pool.slots for uid in uids.block(course.sandbox_uid, slot)}


def _left_behind(mine: set[int]) -> tuple[list[int], list[str]]:
    """SysV segments and files in world-writable folders owned by any of ``mine``."""
    with open("/proc/sysvipc/shm", encoding="ascii") as fh:
        header, *rows = [line.split() for line in fh]
    segments = [int(row[header.index("shmid")]) for row in rows if int(row[header.index("cuid")]) in mine]
    files = []
    for top in SHARED_FOLDERS:
        for folder, _, names in os.walk(top):
            for name in [folder, *(os.path.join(folder, f) for f in names)]:
                try:
                    if os.lstat(name).st_uid in mine:
                        files.append(name)
                except OSError:
                    pass
    return segments, files


def test_nothing_outlives_the_batch(batch: dict[str, Any], course: Config, pool: WorkerPool) -> None:
    # Checked while the pool's workers still run: what a child left must be
    # gone when its job ends, not when its worker does. Only what appeared
    # during the batch counts: the machine may hold leftovers of other runs.
    if batch["protections"]["namespaces"] is not None:
        pytest.skip(f"needs namespaces: {batch['protections']['namespaces']}")
    used = [uids.block(course.sandbox_uid, slot) for slot in pool.slots]
    assert not [p for block in used for p in uids.processes(block)], "a process of a sandbox uid is still running"
    segments_before, files_before = batch["left_before"]
    segments, files = _left_behind(_sandbox_uids(course, pool))
    assert not set(segments) - set(segments_before), "a SysV shared memory segment of a sandbox uid is left"
    new_files = sorted(set(files) - set(files_before))
    assert not new_files, f"files of sandbox uids are left: {new_files[:10]}"


def _keys_left(uid: int) -> int:
    """Keys in ``uid``'s user, user-session and persistent keyrings, counted as that uid (in a fork)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        try:
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)
            keyctl = isolation._keyctl()
            rings = [isolation.KEY_SPEC_USER, isolation.KEY_SPEC_USER_SESSION]
            persistent = keyctl(isolation.KEYCTL_GET_PERSISTENT, -1, isolation.KEY_SPEC_PROCESS)
            rings += [persistent] if persistent > 0 else []
            user_ring = keyctl(0, isolation.KEY_SPEC_USER, 0)  # KEYCTL_GET_KEYRING_ID
            count = 0
            for ring in rings:
                # KEYCTL_READ on a keyring: the ids of the keys in it, 4 bytes each.
                buffer = (ctypes.c_int32 * 1024)()
                n = max(keyctl(11, ring, buffer, ctypes.sizeof(buffer)), 0) // 4
                # The kernel links @u into a new @us: that link is no key left by anyone.
                count += sum(1 for key in buffer[:n] if key != user_ring)
            os.write(write, str(count).encode())
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read, "rb") as fh:
        return int(fh.read() or b"-1")


def test_no_key_is_left_in_the_keyrings_of_sandbox_uids(batch: dict[str, Any], course: Config, pool: WorkerPool) -> None:
    # keyring_persist.py tried to keep keys in the kernel, which no namespace holds.
    if "keyring_persist.py" in batch["skipped"]:
        pytest.skip(batch["skipped"]["keyring_persist.py"])
    if isolation._keyctl() is None:
        pytest.skip("no keyctl system call number for this machine")
    left = {uid: n for slot in pool.slots for uid in uids.block(course.sandbox_uid, slot) if (n := _keys_left(uid))}
    assert not left, f"keys left in the keyrings of sandbox uids: {left}"


def test_the_course_copy_attack_would_find_the_copy_outside_the_sandbox(batch: dict[str, Any], course_copy_in_home: Path | None) -> None:
    # read_course_copy.py found nothing in the batch; run as the grader's own user it finds the copy.
    if course_copy_in_home is None:
        pytest.skip("needs root (the copy goes under /home)")
    proc = subprocess.run(
        [sys.executable, str(CORPUS / "submissions" / "read_course_copy.py")], capture_output=True, text=True, timeout=600, cwd=tempfile.gettempdir()
    )
    found = re.search(r"course copies found: (\d+)", proc.stdout)
    assert found and int(found.group(1)) >= 1, proc.stdout + proc.stderr
