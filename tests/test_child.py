"""The child's own defences: the tamper check sees rebinding, code swaps and patched builtins."""

from __future__ import annotations

import builtins
from collections.abc import Iterator

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
