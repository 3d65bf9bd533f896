"""A warm worker: imports torch once, then forks a fresh child per job.

Started by :class:`grader.sandbox.worker.Worker` as ``python -m
grader.sandbox.zygote``. It reads one JSON job per line on stdin and writes one
JSON record per line on its protocol channel (the original stdout; its own
fd 1 is pointed at stderr so that nothing else can write into the channel).

This process never runs student code: children do, after fork. Paying
``import torch`` once per worker instead of once per submission is what makes
batch grading fast.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from typing import Any


def _warm_up() -> None:
    import torch
    import torch.nn  # noqa: F401  (imported now so that children do not pay for it)
    import torch.optim  # noqa: F401
    from torch.autograd import Variable  # noqa: F401

    # One thread in the worker: its children are forked, and a fork of a process
    # whose thread pool is running can deadlock.
    torch.set_num_threads(1)
    x = torch.ones(2, 2, requires_grad=True)
    (3 * (x + 2) ** 2).mean().backward()
    w = torch.nn.Parameter(torch.randn(3))
    opt = torch.optim.SGD([w], lr=0.1)
    loss = torch.nn.MSELoss()(w * 2, torch.zeros(3))
    opt.zero_grad()
    loss.backward()
    opt.step()
    torch.manual_seed(0)
    torch.bernoulli(torch.rand(2, 2))
    torch.multinomial(torch.tensor([1.0, 2.0]), 1)
    torch.normal(0.0, 1.0, size=(2,))

    # Grader modules the child uses, imported before any student code exists.
    import grader.inputs  # noqa: F401
    import grader.notebook  # noqa: F401  (a notebook's `from grader import check` must not import anything)
    import grader.observe  # noqa: F401
    import grader.sandbox.child  # noqa: F401
    import grader.sandbox.supervisor  # noqa: F401


def main() -> None:
    channel = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    # Ctrl-C belongs to the grader, which stops workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    started = time.monotonic()
    _warm_up()
    import torch

    from grader.sandbox.supervisor import Supervisor

    channel.write(json.dumps({"ready": True, "torch": torch.__version__, "seconds": time.monotonic() - started}) + "\n")
    for line in sys.stdin:
        if not line.strip():
            continue
        job: dict[str, Any] = json.loads(line)
        try:
            record = Supervisor(job).run()
        except Exception as exc:  # a bug of ours: report it, keep serving
            record = {"worker_error": f"{type(exc).__name__}: {exc}"}
        record["job"] = job.get("id")
        channel.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main()
