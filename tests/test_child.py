"""The child's own defences: the course folder off the import path; the tamper check sees rebinding, code swaps and patched builtins."""

from __future__ import annotations

import builtins
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from grader import calling, observe
from grader.sandbox import hiding
from grader.sandbox.cache import WorkerCache
from grader.sandbox.tamper import Snapshot, snapshot, tampered


@pytest.fixture
def pristine() -> Iterator[Snapshot]:
    yield snapshot()


def test_importing_the_child_modules_takes_no_snapshot() -> None:
    import grader.sandbox.child as child
    import grader.sandbox.tamper as tamper

    assert not any(isinstance(v, list) and v and isinstance(v[0], tuple) for v in vars(tamper).values())
    assert not any(isinstance(v, list) and v and isinstance(v[0], tuple) for v in vars(child).values())


def test_nothing_changed(pristine: Snapshot) -> None:
    assert tampered(pristine) == []


def test_a_rebound_grader_function_is_seen(pristine: Snapshot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(observe, "encode", lambda *a, **k: {"kind": "none"})
    assert tampered(pristine) == ["grader.observe.encode"]


def test_a_swapped_code_object_is_seen(pristine: Snapshot) -> None:
    original = calling.run_task.__code__

    def forged(task, namespace, files, max_elements):  # type: ignore[no-untyped-def]
        return {"status": "missing", "seconds": 0.0}

    calling.run_task.__code__ = forged.__code__
    try:
        assert tampered(pristine) == ["grader.calling.run_task", "grader.sandbox.child.run_task"]
    finally:
        calling.run_task.__code__ = original


def test_patched_builtins_do_not_blind_the_check(pristine: Snapshot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(observe, "encode", lambda *a, **k: {"kind": "none"})
    monkeypatch.setattr(builtins, "all", lambda items: True)
    monkeypatch.setattr(builtins, "map", lambda *a: iter(()))
    assert tampered(pristine) == ["grader.observe.encode"]


def test_an_added_name_that_could_shadow_a_builtin_is_seen(pristine: Snapshot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(observe, "len", lambda x: 0, raising=False)
    assert tampered(pristine) == ["grader.observe: len"]


def test_a_name_swapped_for_another_is_seen(pristine: Snapshot, monkeypatch: pytest.MonkeyPatch) -> None:
    # As many names as before, so only reading each name finds it.
    monkeypatch.delattr(observe, "encode_tensor")
    monkeypatch.setattr(observe, "encode_tensors", lambda *a, **k: {}, raising=False)
    assert tampered(pristine) == ["grader.observe: encode_tensors", "grader.observe.encode_tensor"]


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
    cache = WorkerCache()
    if resolved_before_fork:  # the worker's cache, filled by an earlier job, must not change the answer
        cache.hiding_for([str(course)])
    plan = cache.hiding_for([str(course)])  # in the worker, before the fork
    monkeypatch.chdir(course)  # "" is the working folder: the child's, not the worker's

    hiding.hide_course_paths(plan, ["solutions"])

    assert not set(inside) & set(sys.path) and "" not in sys.path
    assert str(elsewhere) in sys.path
    assert not set(inside) & set(sys.path_importer_cache) and str(elsewhere) in sys.path_importer_cache
    with pytest.raises(ImportError, match="course staff"):
        __import__("solutions.anything")


def test_the_working_folder_is_kept_when_it_is_outside_the_course(tmp_path: Path, import_state: None, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "course").mkdir()
    sys.path.insert(0, "")
    plan = hiding.plan([str(tmp_path / "course")])
    monkeypatch.chdir(tmp_path)
    hiding.hide_course_paths(plan, [])
    assert "" in sys.path and os.getcwd() == str(tmp_path)
