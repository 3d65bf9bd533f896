"""A non-daemon thread that never ends, started at import, with SIGTERM, SIGINT and SIGHUP ignored.

It tries to keep the child (and so its worker slot) alive after the last task,
wedging the batch. Fair verdict: full marks (every answer is right), and the
students graded after it on the same worker are unaffected.
"""

import signal
import threading

for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    signal.signal(sig, signal.SIG_IGN)


def _spin() -> None:
    n = 0
    while True:
        n += 1


threading.Thread(target=_spin, daemon=False).start()


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
