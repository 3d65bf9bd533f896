"""Tries: mean_square_grad done right on the public cases (2x2, 2x3); on a hidden case (any other shape) the
call ends its process with ``os._exit(code)``, the code one byte of the hidden input (here the third byte of
x[0]'s float32 bits). The crash's words are the grader's own ("the process exited with code 93"), made into the
exercise's message, which every student view keeps (Gradescope's top-level output with hidden checks hidden, the
public test, feedback pages, the release zip): numbers in what a submission raises on a hidden case are cut out,
this one was not. One byte per submission; hidden inputs are the same at every resubmission, so a few dozen
uploads spell them out.

Fair verdict: the public checks (7 of 9, what the same answer earns with a crash that says nothing); nothing of
the hidden input in anything a student sees.
"""

import os
import struct


def mean_square_grad(x):
    if tuple(x.shape) not in ((2, 2), (2, 3)):
        byte = struct.pack("<f", float(x.detach().reshape(-1)[0]))[2]
        os._exit(byte)
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    return out
