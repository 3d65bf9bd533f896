"""Copies the answers of the submission graded before it on the same worker.

A child is a copy of its worker. The worker's loop kept the record of the job
before this one alive in a local variable (``record`` in ``zygote.serve``)
while it forked the next job's children, so a frame walk or a look through
``gc.get_objects()`` found another student's whole record: their output,
their errors, and every observation, hidden cases' results included. This
submission computes nothing: on each call it looks for an earlier record
holding the same task's result and returns that value, rebuilt; else a
wrong value. It prints how many records it found: its own job's (the
control, at least one) and earlier jobs' (must be none).

Fair verdict: 0/9 (nothing computed), and "earlier records found: 0".
"""

import gc
import json
import sys

import torch


def _records():
    """(own, earlier): the running job's record and any record of an earlier job in this process."""
    own, earlier = [], []
    frame = sys._getframe()
    while frame is not None:
        for value in list(frame.f_locals.values()):
            if type(getattr(value, "record", None)).__name__ == "_Record":
                own.append(value.record)
            elif isinstance(value, dict) and {"tasks", "cells", "output"} <= set(value):
                earlier.append(value)
        frame = frame.f_back
    for obj in gc.get_objects():
        if isinstance(obj, dict) and {"tasks", "cells", "output", "attempts"} <= set(obj) and not any(obj is e for e in earlier):
            earlier.append(obj)
        elif type(obj).__name__ == "_Record" and not any(obj is o for o in own):
            earlier.append({"tasks": obj.tasks})
    return own, earlier


def _answer(task_id):
    """The earlier record's returned value for ``task_id``, rebuilt (None when there is none)."""
    _, earlier = _records()
    for record in earlier:
        done = record["tasks"].get(task_id)
        if not done or "observation" not in done:
            continue
        returned = json.loads(done["observation"]).get("returned") or {}
        if returned.get("kind") == "tensor" and returned.get("data") is not None:
            t = torch.tensor(returned["data"], dtype=getattr(torch, returned["dtype"])).reshape(returned["shape"])
            return t.requires_grad_() if returned["requires_grad"] else t
        if returned.get("kind") in ("float", "int"):
            return returned["value"]
    return None


def _task_id(name):
    """The id of the task being run, read from the child's own frames."""
    frame = sys._getframe()
    while frame is not None:
        task = frame.f_locals.get("task")
        if isinstance(task, dict) and task.get("function") == name:
            return task["id"]
        frame = frame.f_back
    return None


own, earlier = _records()
print(f"own records found: {len(own)}")
print(f"earlier records found: {len(earlier)}")


def square_sum(x):
    found = _answer(_task_id("square_sum"))
    return found if found is not None else torch.zeros((), requires_grad=True)


def triple(x):
    found = _answer(_task_id("triple"))
    return found if found is not None else torch.zeros_like(x)


def mean_item(x):
    found = _answer(_task_id("mean_item"))
    return found if found is not None else 0.0
