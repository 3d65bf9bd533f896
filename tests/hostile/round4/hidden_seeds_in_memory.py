"""Scans its own memory, a copy of the worker's, for the hidden cases' seeds before any of them runs.

Where hidden_seeds_by_frames.py walks frames, this reads raw memory (every
readable, writable mapping) for the JSON of a task's recipe, ``"seed": ``
and the digits after it, and prints every seed it finds. The corpus's
public cases have literal inputs, so any seed found would be a hidden one.
A control built at run time from two halves (``"seed": 123454321``) must be
found, to show the scan works.

Fair verdict: 9/9 (every answer is computed), and no hidden seed in its output.
"""

import ctypes
import re

libc = ctypes.CDLL(None)
libc.memmem.restype = ctypes.c_void_p
libc.memmem.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]


def _seeds():
    """Every number written after ``"seed": `` (or ``"seed":``) in this process's memory."""
    needle, hits = b'"seed":', []
    with open("/proc/self/maps") as fh:
        regions = [line.split() for line in fh]
    for fields in regions:
        if not fields[1].startswith("rw"):
            continue
        start, end = (int(x, 16) for x in fields[0].split("-"))
        while start < end and (hit := libc.memmem(start, end - start, needle, len(needle))):
            hits.append(hit)
            start = hit + 1
    found = set()
    for hit in hits:  # read only after the scan: what is read here is memory too
        match = re.match(rb'"seed": ?(\d{1,20})', ctypes.string_at(hit, 30))
        if match:
            found.add(int(match.group(1)))
    return sorted(found)


control = bytearray(b'"seed": ' + b"12345" + b"4321")
print("seeds in memory:", _seeds())


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
