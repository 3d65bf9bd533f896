"""Looks for the job's sealed hidden tasks (and the source file) through file descriptors and /proc.

The worker keeps a job's hidden task lines in a memory file and splices each
into the child's pipe when its case runs. This submission looks for that file
from the child: every descriptor it holds (``/proc/self/fd`` links, a
``pread`` at offset 0 of each, memfd names), its parent's and every other
process's ``/proc/<pid>/fd`` and ``/proc/<pid>/mem``, and the bytes waiting in the
task pipe while a public case runs (a hidden task is sent only once the case
before it has ended). It computes every answer honestly, and prints what it
found; triple raises it on its public case so that the feedback quotes it.

Fair verdict: 8/9 (triple's public check fails: it raises there) and nothing
found: no memory file, no other process, no task waiting in the pipe
but the one it runs (the supervisor sends a few public tasks ahead, and a
hidden one only once the case before it has ended: nothing waits when
mean_item's hidden case runs).
"""

import fcntl
import os
import struct
import termios


def _look():
    memfds, readable, others, ahead = [], [], [], []
    for name in sorted(os.listdir("/proc/self/fd"), key=int):
        fd = int(name)
        try:
            link = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if "memfd" in link:
            memfds.append(link)
        try:
            data = os.pread(fd, 64, 0)
            if data:
                readable.append((fd, link))
        except OSError:
            pass
    for pid in os.listdir("/proc"):
        if pid.isdigit() and int(pid) != os.getpid():
            for what in ("fd", "mem", "environ"):
                try:
                    if what == "fd":
                        others.append((pid, os.listdir(f"/proc/{pid}/fd")))
                    else:
                        with open(f"/proc/{pid}/{what}", "rb") as fh:
                            others.append((pid, what, len(fh.read(16))))
                except OSError:
                    pass
    # What waits in each pipe this process can read (counted, not read: a task taken here never reaches the child).
    for fd in range(3, 64):
        try:
            waiting = struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]
            if waiting:
                ahead.append((fd, waiting))
        except OSError:
            pass
    return f"memfds: {memfds}; readable at offset 0: {readable}; other processes: {others}; bytes waiting in pipes: {ahead}; ppid {os.getppid()}"


_AT_IMPORT = _look()
print("at import:", _AT_IMPORT)


def square_sum(x):
    loss = (x**2).sum()
    loss.backward()
    return loss


def triple(x):
    if x.tolist() == [1.0, -2.0]:
        raise RuntimeError("found " + _AT_IMPORT + " / now " + _look())
    return 3 * x


def mean_item(x):
    print("on mean_item:", _look())
    return x.mean().item()
