"""Holds more than the disk limit in anonymous memory files (memfd_create), which no tmpfs size bounds.

The corpus allows 8 MiB of disk and 1 MiB per file: twenty memory files of
1 MiB each hold 20 MiB (a known limitation, in the threat model: only the
file size limit applies to each). Correct answers otherwise.
"""
import os

held = []
for i in range(20):
    fd = os.memfd_create(f"hoard{i}")
    written = 0
    try:
        while written < (1 << 20):
            written += os.write(fd, b"\1" * ((1 << 20) - written))
    except OSError:
        pass
    held.append((fd, written))
total = sum(w for _, w in held)
print("held in memory files:", "over the 8 MiB disk limit" if total > 8 << 20 else f"only {total} bytes")


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
