"""The one line layout that both ends of a child's channel must agree on.

Kept apart from :mod:`grader.sandbox.child` (which imports torch) so that a
supervisor can run where torch was never imported: the portable runner
supervises its child from the grader's own process.
"""

from __future__ import annotations

import json

_encode = json.JSONEncoder(ensure_ascii=True, allow_nan=True, separators=(",", ":")).encode


def task_end_prefix(task_id: str) -> bytes:
    """How a task's result line starts, up to its observation.

    The supervisor passes the observation on to the grader as text, without
    decoding it (the grader decodes and validates it anyway): it only checks
    that the line starts with this prefix for the task it expects.
    """
    return b'{"ev":"task_end","task":' + _encode(task_id).encode("ascii") + b',"observation":'
