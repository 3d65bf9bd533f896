"""Tries: mean_square_grad done right everywhere, so nothing is held; on a hidden case (any shape but the public
2x2 and 2x3) it prints 70,000 bytes plus a number read from the hidden input (20 bits of x[0]'s float32 bits).
More than the output limit was printed, so the result carries the note "your code printed N bytes; only the first
65536 were kept", with N the exact count: every student view has the notes (Gradescope's top-level output with
hidden checks hidden, feedback pages, the release zip), so 20 bits of the hidden input come back with each upload.

Fair verdict: 9 of 9 (the work is right); nothing of the hidden input in anything a student sees.
"""

import struct
import sys


def mean_square_grad(x):
    if tuple(x.shape) not in ((2, 2), (2, 3)):
        bits = struct.unpack("<I", struct.pack("<f", float(x.detach().reshape(-1)[0])))[0] >> 12
        sys.stdout.write("." * (70_000 + bits))
        sys.stdout.flush()
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    return out
