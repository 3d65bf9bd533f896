"""Starts a process that leaves the child's session and would run forever."""
import os
import sys
import time


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()


if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        start = open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19]
        print(f"escaped pid {os.getpid()} started {start}", flush=True)
        while True:
            time.sleep(0.05)
    os._exit(0)
time.sleep(0.5)
