"""Tries to leave data in the kernel's keyrings, which no PID, IPC or mount namespace holds.

A uid's user, user-session and persistent keyrings live as long as the
machine: a key left there outlived the batch, and the submission graded ten
jobs later as the same uid (same worker) could read it. It also reads what
an earlier run left. Correct answers otherwise.
"""
import ctypes
import os

_libc = ctypes.CDLL(None, use_errno=True)
_ADD_KEY, _KEYCTL = {"x86_64": (248, 250), "aarch64": (217, 219)}.get(os.uname().machine, (248, 250))
_RINGS = {"session": -3, "user": -4, "user-session": -5}
_SEARCH, _READ, _GET_PERSISTENT, _SETPERM = 10, 11, 22, 5


def _ring_ids():
    rings = dict(_RINGS)
    persistent = _libc.syscall(_KEYCTL, _GET_PERSISTENT, -1, -3)
    if persistent > 0:
        rings["persistent"] = persistent
    return rings


earlier = []
for name, ring in _ring_ids().items():
    kid = _libc.syscall(_KEYCTL, _SEARCH, ring, b"user", b"corpus-keyring-persist", 0)
    if kid > 0:
        buf = ctypes.create_string_buffer(128)
        n = _libc.syscall(_KEYCTL, _READ, kid, buf, 128)
        earlier.append(buf.raw[: max(n, 0)].decode(errors="replace"))
outcome = []
for name, ring in _ring_ids().items():
    if name != "session":
        # Give the keyring back every permission first (its owner may): it must still refuse.
        _libc.syscall(_KEYCTL, _SETPERM, ring, 0x3F3F3F3F)
    data = b"left by uid %d" % os.getuid()
    kid = _libc.syscall(_ADD_KEY, b"user", b"corpus-keyring-persist", data, len(data), ring)
    outcome.append(f"{name} {'kept' if kid > 0 else 'refused'}")
print("keyrings:", ", ".join(outcome))
print("found from earlier runs:", len(earlier), earlier)


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
