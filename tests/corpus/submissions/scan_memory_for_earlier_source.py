"""Scans its own memory (a copy of the worker's) for the source of a submission graded before it."""
import ctypes
import sys

libc = ctypes.CDLL(None)
libc.memmem.restype = ctypes.c_void_p
libc.memmem.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()


def places(needle):
    """Addresses of ``needle`` in this process's anonymous memory, other than ``needle`` itself."""
    itself = id(needle) + sys.getsizeof(b"") - 1
    found = []
    with open("/proc/self/maps") as fh:
        regions = [line.split() for line in fh]
    for fields in regions:
        if not fields[1].startswith("r") or (len(fields) > 5 and fields[5] not in ("[heap]", "[stack]")):
            continue
        start, end = (int(x, 16) for x in fields[0].split("-"))
        while start < end and (hit := libc.memmem(start, end - start, needle, len(needle))):
            if hit != itself:
                found.append(hit)
            start = hit + 1
    return found


# good.py, graded before this in the batch, carries this marker in a comment; here it exists only in halves.
HALF_A, HALF_B = b"corpus-marker-", b"good-3e91d0"
CONTROL_A, CONTROL_B = b"corpus-control-", b"77a1"
control = CONTROL_A + CONTROL_B
copy = bytearray(control)
print(f"control places: {len(places(control))}")
print(f"earlier source places: {len(places(HALF_A + HALF_B))}")
