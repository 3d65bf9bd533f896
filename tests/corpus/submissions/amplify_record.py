"""Forges the current task's result as 4 MiB of control characters, written on every pipe it holds.

The supervisor passed a result on as text without decoding it; escaped in
the worker's record, each control character became six bytes (\\u0001), so
the 256 MiB a child may send cost the worker and the grader gigabytes.
"""
import os
import sys


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    frame = sys._getframe(1)
    while frame is not None and "task" not in frame.f_locals:
        frame = frame.f_back
    prefix = b'{"ev":"task_end","task":"' + frame.f_locals["task"]["id"].encode() + b'","observation":'
    line = prefix + b"{" + b"\x01" * (4 << 20) + b"}\n"
    for fd in range(3, 32):
        try:
            os.write(fd, line)
        except OSError:
            pass
    return 3 * x


def mean_item(x):
    return x.mean().item()
