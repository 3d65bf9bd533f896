"""The child's end of its two pipes to the supervisor: line-delimited JSON.

The functions it needs (``os.write``, the JSON encoder...) are bound at
import time, in the worker, before student code exists, and the tamper check
(:mod:`grader.sandbox.tamper`) compares them after every task.
"""

from __future__ import annotations

import json
import os
from typing import Any

from grader.wire import task_end_prefix

_write = os.write
_read = os.read
_exit = os._exit
_getpid = os.getpid
_encoder = json.JSONEncoder(ensure_ascii=True, allow_nan=True, separators=(",", ":"))
_decoder = json.JSONDecoder()
_encode = _encoder.encode
_decode = _decoder.decode


class Channel:
    """Line-delimited JSON to and from the supervisor."""

    def __init__(self, event_fd: int, task_fd: int) -> None:
        self.event_fd = event_fd
        self.task_fd = task_fd
        self.pid = _getpid()
        # Mutable buffers whose identity never changes: the tamper check compares this
        # instance's attributes by identity, so a swapped fd, buffer or method shows.
        self._pending = bytearray()
        self._outgoing: list[str] = []

    def _mine(self) -> None:
        # A process the student forked runs this same code after its cell ends;
        # it must not answer for the child (duplicate events, stolen tasks).
        if _getpid() != self.pid:
            _exit(0)

    def send(self, message: dict[str, Any], *, flush: bool = True) -> None:
        """Send a message; with ``flush=False`` it waits to go out with the next one.

        Holding back a cell's end until the next cell starts halves the writes
        (and the supervisor's wake-ups) while loading a notebook.
        """
        self._mine()
        self._outgoing.append(_encode(message))
        if flush:
            self._flush()

    def send_result(self, task_id: str, observation: dict[str, Any]) -> None:
        """A ``task_end`` message, in the one layout the supervisor forwards without decoding it."""
        self._mine()
        self._outgoing.append(task_end_prefix(task_id).decode("ascii") + _encode(observation) + "}")
        self._flush()

    def _flush(self) -> None:
        data = ("\n".join(self._outgoing) + "\n").encode("ascii")
        self._outgoing.clear()
        view = memoryview(data)
        while view:
            n = _write(self.event_fd, view)
            view = view[n:]

    def receive(self) -> dict[str, Any]:
        self._mine()
        while (end := self._pending.find(b"\n")) < 0:
            chunk = _read(self.task_fd, 1 << 16)
            if not chunk:
                _exit(0)  # the supervisor went away: nothing left to do
            self._pending += chunk
        line = bytes(self._pending[:end])
        del self._pending[: end + 1]
        return _decode(line.decode("utf-8"))  # type: ignore[no-any-return]
