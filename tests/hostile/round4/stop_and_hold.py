"""Stops itself in a call, and leaves a grandchild holding the child's pipes.

At import a grandchild leaves the session (``setsid``), ignores SIGTERM and
sleeps for ever, keeping every fd the child has: the event pipe would never
reach its end while it lives, and the supervisor would wait for it. triple
then sends itself SIGSTOP, which, as root with namespaces, the kernel ignores
(the child is the init of its PID namespace; without namespaces the call's
time limit ends it). When the child ends, its PID namespace goes with it.

Fair verdict: 9/9 at once (nothing waits for the grandchild), later
submissions unaffected, no process left.
"""

import os
import signal
import time

if os.fork() == 0:
    os.setsid()
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    while True:
        time.sleep(60)


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    os.kill(os.getpid(), signal.SIGSTOP)
    return 3 * x


def mean_item(x):
    return x.mean().item()
