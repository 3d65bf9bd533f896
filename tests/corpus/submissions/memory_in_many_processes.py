"""The memory limit is per process: three forked processes hold more than one submission's limit.

A known limitation (docs/threat-model.md, "Sharing the machine"): the
corpus's limit is 768 MiB, and these three processes hold about 1050 MiB
together. As root, the kernel's OOM killer takes them first, and they
cannot change that. Correct answers otherwise.
"""
import os
import time

CHUNK = 350 << 20


def _rss_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) >> 10
    except OSError:
        pass
    return 0


ready_r, ready_w = os.pipe()
pids = []
for _ in range(3):
    pid = os.fork()
    if pid == 0:
        try:
            block = bytearray(CHUNK)
            block[::4096] = b"\1" * len(range(0, CHUNK, 4096))  # every page touched
            os.write(ready_w, b".")
            time.sleep(10)
        finally:
            os._exit(0)
    pids.append(pid)
os.close(ready_w)
for _ in pids:
    os.read(ready_r, 1)
held = sum(_rss_mib(pid) for pid in pids)
print("held by 3 processes:", "over 768 MiB" if held > 768 else f"only {held} MiB")
# What keeps the machine safe meanwhile: these processes go first when memory runs out.
with open("/proc/self/oom_score_adj") as fh:
    score = fh.read().strip()
try:
    with open("/proc/self/oom_score_adj", "w") as fh:
        fh.write("0")
    lowered = "done"
except OSError:
    lowered = "refused"
print(f"oom_score_adj {score}, lowering it {lowered}")
for pid in pids:
    os.kill(pid, 9)
    os.waitpid(pid, 0)


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
