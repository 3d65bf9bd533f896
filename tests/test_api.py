"""The public surface of the package."""

from __future__ import annotations

import grader
from grader import errors


def test_all_names_exist() -> None:
    for name in grader.__all__:
        assert getattr(grader, name) is not None


def test_every_error_derives_from_the_base() -> None:
    for name in dir(errors):
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, errors.GraderError), name


def test_errors_are_picklable_across_processes() -> None:
    import pickle

    exc = errors.ExerciseError("a.yaml", "checks[0]", "bad")
    again = pickle.loads(pickle.dumps(exc))
    assert str(again) == "a.yaml: checks[0]: bad"
