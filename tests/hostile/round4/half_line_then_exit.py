"""Writes the first half of a forged result on the child's event pipe, then exits mid-record.

During triple's public call it finds its event pipe (the one write-only pipe
among its fds), writes the start of a result line in the child's own layout
(``{"ev":"task_end","task":"triple/small","observation":{"status":"ret``)
with no end, and exits. The half line must not join the next child's
events, or be read as the next task's result, or as another student's.

Fair verdict: 7/9 (triple fails: ended unexpectedly), the other exercises
pass after the restart, later submissions unaffected.
"""

import os
import stat


def _event_fd():
    """The child's event pipe: its one write-only pipe past stdout and stderr."""
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            mode = os.fstat(fd).st_mode
            with open(f"/proc/self/fdinfo/{fd}") as fh:
                flags = int(fh.read().split("flags:")[1].split()[0], 8)
        except (OSError, IndexError, ValueError):
            continue
        if stat.S_ISFIFO(mode) and fd > 2 and flags & os.O_ACCMODE == os.O_WRONLY:
            return fd
    return None


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    fd = _event_fd()
    if fd is not None:
        os.write(fd, b'{"ev":"task_end","task":"triple/small","observation":{"status":"ret')
    os._exit(0)


def mean_item(x):
    return x.mean().item()
