"""Known mistakes: an exercise's wrong solutions, run like its reference, to name a student's mistake by its values.

An author writes each wrong solution (``solutions/wrong/<id>/*.py``) as a
mistake students really make, in words (its ``description``) and tags (its
``mistakes:``). Its run gives, case by case, the values that mistake
produces. A student whose value of a failing check equals that wrong
solution's on every case of the check, hidden ones included, most likely made
that mistake: the check's hint says so in the author's words.

Values that many mistakes share (a flag, None, zeros) name nothing: only a
value with a number other than zero in it counts as evidence.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from grader.compare import Mismatch
from grader.hints import Hint
from grader.protocol import Observation
from grader.values import BoolValue, FloatValue, IntValue, TensorValue, Value

MAX_NAMED = 2
"""More distinct mistakes than this giving the student's values: the values tell them apart no better than nothing."""


@dataclass(frozen=True)
class KnownMistake:
    """One wrong solution's run, with what it shows a student whose values match it."""

    name: str
    """The wrong solution's file name (for the author: reports, tests)."""
    description: str
    """The mistake in the author's words, shown to the student."""
    mistakes: tuple[str, ...]
    """Its hint tags."""
    observations: Mapping[str, Observation]
    """Case name -> its run on that case (hidden cases included)."""


def informative(value: Value) -> bool:
    """A value that few mistakes share by chance: a number, or a tensor with a number, other than zero."""
    if isinstance(value, BoolValue):
        return False
    if isinstance(value, (IntValue, FloatValue)):
        return math.isfinite(float(value.value)) and value.value != 0
    if isinstance(value, TensorValue) and value.data:
        return any(isinstance(x, (int, float)) and math.isfinite(x) and x != 0 for x in value.data)
    return False


def matching(
    found: Mapping[str, Value],
    known: list[KnownMistake],
    value_of: Callable[[Observation], Value | None],
    differ: Callable[[Value, Value], Mismatch | None],
) -> list[KnownMistake]:
    """The known mistakes whose value of a check equals ``found``'s on every case (``found``: case -> the student's value).

    A check the student fails, the known mistake fails too when their values
    are the same: which checks its author listed under ``fails`` does not matter.

    ``value_of`` reads the check's target from an observation; ``differ``
    compares two values at the check's tolerance.
    """
    out = []
    for mistake in known:
        for case, value in found.items():
            observation = mistake.observations.get(case)
            theirs = value_of(observation) if observation is not None else None
            if theirs is None or differ(theirs, value) is not None:
                break
        else:
            out.append(mistake)
    return out


def hint(matches: list[KnownMistake]) -> Hint | None:
    """Words for the student whose values match these known mistakes (None: none, or too many to tell apart)."""
    descriptions = list(dict.fromkeys(m.description.strip().rstrip(".") for m in matches))
    if not descriptions or len(descriptions) > MAX_NAMED:
        return None
    tags = tuple(dict.fromkeys(tag for m in matches for tag in m.mistakes))
    shown = [d[:1].upper() + d[1:] + "." for d in descriptions]
    if len(shown) == 1:
        return Hint(f"Your values, on every case of this check, are those of a common mistake. {shown[0]}", tags)
    return Hint(f"Your values, on every case of this check, are those of one of two common mistakes. {shown[0]} Or: {shown[1]}", tags)
