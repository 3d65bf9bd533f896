"""The child's own defences: the course folder off the import path; the tamper check sees rebinding, code swaps and patched builtins."""

from __future__ import annotations

import builtins
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from grader import observe
from grader.sandbox import child


@pytest.fixture
def pristine() -> Iterator[None]:
    saved = child._PRISTINE[:]
    child._PRISTINE[:] = child._snapshot()
    yield
    child._PRISTINE[:] = saved


def test_nothing_changed(pristine: None) -> None:
    assert child.tampered() == []


def test_a_rebound_grader_function_is_seen(pristine: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(observe, "encode", lambda *a, **k: {"kind": "none"})
    assert child.tampered() == ["grader.observe.encode"]


def test_a_swapped_code_object_is_seen(pristine: None) -> None:
    original = child.run_task.__code__

    def forged(task, namespace, files, max_elements):  # type: ignore[no-untyped-def]
        return {"status": "missing", "seconds": 0.0}

    child.run_task.__code__ = forged.__code__
    try:
        assert child.tampered() == ["grader.sandbox.child.run_task"]
    finally:
        child.run_task.__code__ = original


def test_patched_builtins_do_not_blind_the_check(pristine: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(observe, "encode", lambda *a, **k: {"kind": "none"})
    monkeypatch.setattr(builtins, "all", lambda items: True)
    monkeypatch.setattr(builtins, "map", lambda *a: iter(()))
    assert child.tampered() == ["grader.observe.encode"]


def test_an_added_name_that_could_shadow_a_builtin_is_seen(pristine: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(observe, "len", lambda x: 0, raising=False)
    assert child.tampered() == ["grader.observe: len"]


def test_a_name_swapped_for_another_is_seen(pristine: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # As many names as before, so only reading each name finds it.
    monkeypatch.delattr(observe, "encode_tensor")
    monkeypatch.setattr(observe, "encode_tensors", lambda *a, **k: {}, raising=False)
    assert child.tampered() == ["grader.observe: encode_tensors", "grader.observe.encode_tensor"]


@pytest.fixture
def import_state(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.setattr(sys, "path_importer_cache", dict(sys.path_importer_cache))


@pytest.mark.parametrize("resolved_before_fork", [False, True])
def test_course_folders_leave_the_import_path(
    tmp_path: Path, import_state: None, monkeypatch: pytest.MonkeyPatch, resolved_before_fork: bool
) -> None:
    course, elsewhere = tmp_path / "course", tmp_path / "elsewhere"
    (course / "pkg").mkdir(parents=True)
    elsewhere.mkdir()
    (tmp_path / "link").symlink_to(course)
    inside = [str(course), str(course / "pkg"), str(tmp_path / "link")]
    sys.path[:0] = [*inside, str(elsewhere), ""]
    for entry in [*inside, str(elsewhere)]:
        sys.path_importer_cache[entry] = None
    if resolved_before_fork:  # the worker's memo, filled by an earlier job, must not change the answer
        child.plan_hiding([str(course)])
    plan = child.plan_hiding([str(course)])  # in the worker, before the fork
    monkeypatch.chdir(course)  # "" is the working folder: the child's, not the worker's

    child.hide_course_paths(plan, ["solutions"])

    assert not set(inside) & set(sys.path) and "" not in sys.path
    assert str(elsewhere) in sys.path
    assert not set(inside) & set(sys.path_importer_cache) and str(elsewhere) in sys.path_importer_cache
    with pytest.raises(ImportError, match="course staff"):
        __import__("solutions.anything")


def test_the_working_folder_is_kept_when_it_is_outside_the_course(tmp_path: Path, import_state: None, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "course").mkdir()
    sys.path.insert(0, "")
    plan = child.plan_hiding([str(tmp_path / "course")])
    monkeypatch.chdir(tmp_path)
    child.hide_course_paths(plan, [])
    assert "" in sys.path and os.getcwd() == str(tmp_path)
