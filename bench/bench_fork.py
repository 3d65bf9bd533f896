"""Benchmark: what one child costs a warm worker, with and without huge pages.

    python bench/bench_fork.py [-n 30]

For each setting it starts a fresh process that warms up like a worker of a
parallel batch (kept to one core, as batch work), then measures, per child:

- an empty fork (the child exits at once): the price of forking a process
  that imported torch, paid by the worker (copying page tables) and by the
  child (freeing them);
- a supervised job: the example notebook of the whole pack, graded the way a
  worker grades it (supervisor, sandbox, tasks, the source in a memory file
  that only the child reads), split into the worker's own CPU and the
  child's, with the child's page faults and the worker's context switches.

Run it on an idle machine: the figures are CPU times per child.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "examples" / "submissions" / "correct_notebook" / "autograd_exercises.ipynb"

MEASURE = r"""
import json, os, resource, sys, time
from pathlib import Path
from grader.sandbox.warmup import warm
from grader.sandbox.zygote import _batch_scheduling
# As a worker of a parallel batch: on one core, with its children, as batch work.
os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
_batch_scheduling()
warm()
import encodings.ascii  # the worker's main() has it; children encode with it
from grader.config import load_config
from grader.grading import open_grader
from grader.sandbox import hugepages
from grader.sandbox.supervisor import Supervisor
from grader.sandbox.worker import frame, frame_parts
from grader.submission import read_source

huge_mb = hugepages.collapse() if sys.argv[1] == "1" else 0
n = int(sys.argv[2])
grader = open_grader(load_config(Path(sys.argv[3])), mode="grade")
# As a worker receives a job: the outline it reads, and the source in a memory file.
data = frame(grader.job(read_source(Path(sys.argv[4]))))
outline, hidden, whole = frame_parts(data)
source = os.memfd_create("submission")
os.write(source, whole)
sealed = os.memfd_create("hidden tasks")
os.write(sealed, hidden)


def usage():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter(), s.ru_utime + s.ru_stime, c.ru_utime + c.ru_stime, c.ru_minflt, s.ru_nvcsw + s.ru_nivcsw


def per_child(run):
    run()
    run()  # the first children pay for pages the worker has not split yet
    before = usage()
    for _ in range(n):
        run()
    after = usage()
    wall, worker, child, faults, switches = ((b - a) / n for a, b in zip(before, after))
    return {"wall_ms": wall * 1e3, "worker_ms": worker * 1e3, "child_ms": child * 1e3, "child_faults": faults, "worker_switches": switches}


def empty_fork():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)


def supervised_job():
    record = Supervisor(json.loads(outline), source_fd=source, sealed_fd=sealed).run()
    assert not record["incidents"] and not record["protocol_error"], record["incidents"]


print(json.dumps({"huge_mb": huge_mb, "fork": per_child(empty_fork), "job": per_child(supervised_job)}))
"""


def measure(huge: bool, n: int) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, "1" if huge else "0", str(n), str(REPO / "config.yaml"), str(NOTEBOOK)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=30, help="children per measure (default 30)")
    args = parser.parse_args()
    print(f"per child, mean of {args.n}; the job is {NOTEBOOK.relative_to(REPO)}")
    print(f"{'':34s} {'wall':>9s} {'worker CPU':>11s} {'child CPU':>10s} {'child faults':>13s} {'worker switches':>16s}")
    for huge in (False, True):
        figures = measure(huge, args.n)
        label = f"huge pages ({figures['huge_mb']} MiB)" if huge else "4 KiB pages"
        for what in ("fork", "job"):
            f = figures[what]
            name = f"{label}: {'empty fork' if what == 'fork' else 'job'}"
            print(
                f"{name:34s} {f['wall_ms']:6.1f} ms {f['worker_ms']:8.1f} ms {f['child_ms']:7.1f} ms "
                f"{f['child_faults']:10.0f} {f['worker_switches']:16.0f}"
            )


if __name__ == "__main__":
    main()
