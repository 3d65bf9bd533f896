"""Text from a submission made safe to show: no terminal escapes, no invisible controls.

A file name, a student id taken from it, an exception message, a printed
line: a submission chooses all of them. Sent raw to an instructor's terminal,
an ANSI escape can move the cursor and redraw a line as "9/9 passed"; a
bidirectional override can make a line read differently from what it holds.
:func:`clean` removes escape sequences and shows every other control character
as a visible escape (``\\x07``), keeping newlines and tabs. HTML reporters
escape the cleaned text as well.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

# CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \), and the other two-byte escapes.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")
# C0 and C1 controls but newline and tab; bidirectional overrides and isolates; zero-width characters that hide text;
# lone surrogates, which no UTF-8 file or database takes: an exception message holding chr(0xDC80) stopped
# `grader grade` when the gradebook saved it, nobody after it graded (tests/hostile/round6/lone_surrogates.py).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")

T = TypeVar("T")


def clean(text: str) -> str:
    """``text`` without escape sequences, other control characters shown as ``\\xNN`` / ``\\uNNNN``."""
    if text.isprintable() or not _needs_cleaning(text):
        return text
    return clean_id(_ESCAPES.sub("", text))


def clean_id(text: str) -> str:
    """A student id made safe to show, with nothing removed: every control character, an escape's ESC included,
    shown as ``\\xNN`` / ``\\uNNNN``.

    :func:`clean` drops escape sequences, so ``bob\\x1b[31m`` became ``bob``: a folder a student made next to
    bob's on a shared server (``submissions/bob<ESC>[31m/``) counted as bob's, newest first, and superseded his
    work (tests/test_hostile_round7.py). Two ids that differ stay different.
    """
    if text.isprintable() or not _needs_cleaning(text):
        return text
    return _CONTROLS.sub(_visible, text)


def _needs_cleaning(text: str) -> bool:
    return bool(_CONTROLS.search(text))


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


_FIELDS: dict[type, tuple[str, ...]] = {}
"""Field names per record class, looked up once: a batch cleans thousands of records of a few classes."""
_PLAIN = frozenset({int, float, bool, type(None)})


def clean_record(record: T) -> T:
    """Clean every string of a dataclass record in place (lists and nested records too); return it."""
    names = _FIELDS.get(type(record))
    if names is None:
        assert is_dataclass(record)
        names = _FIELDS[type(record)] = tuple(f.name for f in fields(record))
    for name in names:
        value = getattr(record, name)
        if type(value) not in _PLAIN:
            setattr(record, name, _clean_any(value))
    return record


def _clean_any(value: Any) -> Any:
    kind = type(value)
    if kind is str:
        return clean(value)
    if kind in _PLAIN:
        return value
    if kind is list or isinstance(value, list):
        return [_clean_any(v) for v in value]
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {k: _clean_any(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return clean_record(value)
    return value
