"""Copies the hidden answers of the submission graded before it from freed memory (ctypes).

copy_earlier_answers.py found the earlier job's record alive. With that
stopped, the worker still read every result the earlier child sent, and
what it freed of small objects (Python's own allocator, glibc's per-thread
cache) kept its bytes: the event lines a child writes,
``{"ev":"task_end","task":"mean_item/random","observation":{...}}``, could be
read back, hidden cases' included (3/9 after a correct submission: triple's
public value, mean_item's public and hidden ones). For each call this
submission scans its memory for the line of the same task and returns the
value it holds; it computes nothing, and prints "copied" when it copies.
Now each job runs in a process of its own, forked from a worker that reads
nothing of any job's results (grader.sandbox.zygote).

Fair verdict: 0/9, nothing copied.
"""

import ctypes
import json
import sys

import torch

libc = ctypes.CDLL(None)
libc.memmem.restype = ctypes.c_void_p
libc.memmem.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]


def _lines(task_id):
    """Complete result lines of ``task_id`` found in this process's memory."""
    needle = b'{"ev":"task_end","task":' + json.dumps(task_id).encode() + b',"observation":'
    hits = []
    with open("/proc/self/maps") as fh:
        regions = [line.split() for line in fh]
    for fields in regions:
        if not fields[1].startswith("rw"):
            continue
        start, end = (int(x, 16) for x in fields[0].split("-"))
        while start < end and (hit := libc.memmem(start, end - start, needle, len(needle))):
            hits.append((hit, end))
            start = hit + 1
    found = []
    for hit, end in hits:
        raw = ctypes.string_at(hit, min(4096, end - hit)).split(b"\n")[0]
        try:
            found.append(json.loads(raw)["observation"])
        except ValueError:
            continue
    return found


def _task_id(name):
    frame = sys._getframe()
    while frame is not None:
        task = frame.f_locals.get("task")
        if isinstance(task, dict) and task.get("function") == name:
            return task["id"]
        frame = frame.f_back
    return None


def _copied(name):
    for observation in _lines(_task_id(name)):
        returned = observation.get("returned") or {}
        if returned.get("kind") == "tensor" and returned.get("data") is not None:
            print("copied", name)
            return torch.tensor(returned["data"], dtype=getattr(torch, returned["dtype"])).reshape(returned["shape"])
        if returned.get("kind") in ("float", "int"):
            print("copied", name)
            return returned["value"]
    return None


def square_sum(x):
    found = _copied("square_sum")
    return found if found is not None else torch.zeros(())


def triple(x):
    found = _copied("triple")
    return found if found is not None else torch.zeros_like(x)


def mean_item(x):
    found = _copied("mean_item")
    return found if found is not None else 0.0
