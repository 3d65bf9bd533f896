"""Enters a user namespace of its own (where the kernel allows it) and tries to take the covers off.

As root in its own user namespace, it tries to unmount the tmpfs that
covers /tmp, /work and /home, and to bind-mount / without its submounts,
then looks for the course's config.yaml. The kernel locks the mounts a
namespace inherits: every attempt fails. Correct answers otherwise.
"""
import os
import subprocess
import sys
import time

CODE = r'''
import ctypes, os, time
libc = ctypes.CDLL(None, use_errno=True)
uid, gid = os.getuid(), os.getgid()
if libc.unshare(0x10000000 | 0x00020000) == 0:  # CLONE_NEWUSER | CLONE_NEWNS
    try:
        for name, text in (("setgroups", "deny"), ("uid_map", f"0 {uid} 1"), ("gid_map", f"0 {gid} 1")):
            with open(f"/proc/self/{name}", "w") as fh:
                fh.write(text)
    except OSError:
        pass
    for target in (b"/tmp", b"/work", b"/home"):
        libc.umount2(target, 2)  # MNT_DETACH
    os.makedirs("/var/tmp/root", exist_ok=True)
    libc.mount(b"/", b"/var/tmp/root", None, 4096, None)  # MS_BIND without MS_REC
found, started = 0, time.monotonic()
for top in ("/var/tmp/root", "/tmp", "/work", "/home"):
    for folder, dirs, files in os.walk(top):
        if time.monotonic() - started > 1.0:
            break
        if "config.yaml" in files:
            try:
                with open(os.path.join(folder, "config.yaml")) as fh:
                    found += "Hardening corpus" in fh.read()
            except OSError:
                pass
print(found)
'''
proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=20)
print("course configs found from a user namespace:", proc.stdout.strip() or proc.stderr.strip()[-200:])


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
