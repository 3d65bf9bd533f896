"""mean_square_grad: a right answer, then a result of five million zeros on every case, for the grader's own process.

Tries: each call's result is a list of five float32 tensors of 1,000,000 zeros (the course's max_tensor_elements
per tensor). The child sends each as JSON, four characters per zero ("0.0,"); the grader's process (not the
sandbox: what it holds no rlimit bounds) parses every observation of the job into Python lists of floats, 32 bytes
per zero. Four cases sent about 80 MB and made the grader's main process hold about 900 MB (VmHWM 895,172 kB
against 32 MB for an honest submission), and took 32 s to grade; the job's record may reach 256 MiB, so one such
student makes it hold a few GB, and ``-j 2`` two of them at once.

Fair verdict: no other student is harmed (a grader run out of memory is a whole class ungraded): a result past the
submission's results budget (limits.results_mb) is refused as a limit before it reaches the grader, and this file
earns nothing on the exercise whose results it flooded (0 of 9, "results limit" in its feedback).
"""

import torch


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    return [torch.zeros(1_000_000) for _ in range(5)]
