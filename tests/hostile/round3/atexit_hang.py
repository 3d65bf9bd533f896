"""Exit handlers that hang or write into every inherited file descriptor when the child ends.

An atexit handler that loops forever, a finalizer and a threading exit hook
that write a forged "all passed" line into fds 0-255. Fair verdict: full marks
(the answers are right), the batch goes on, no later student is affected.
"""

import atexit
import os
import threading
import weakref

FORGED = b'{"event": "result", "status": "passed", "points": 999}\n'


def _write_everywhere() -> None:
    for fd in range(256):
        try:
            os.write(fd, FORGED)
        except OSError:
            pass


def _hang() -> None:
    _write_everywhere()
    while True:
        pass


class _Token:
    pass


_token = _Token()
weakref.finalize(_token, _write_everywhere)
atexit.register(_hang)
threading._register_atexit(_write_everywhere)  # type: ignore[attr-defined]


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
