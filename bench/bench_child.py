"""Benchmark: where a child's CPU goes, step by step, in a warm worker of a root batch.

    python bench/bench_child.py [-n 30] [--grader 100]

It starts one process that warms up like a worker of a parallel batch (kept
to one core, batch scheduling, torch warmed, huge pages, its own network
namespace, a claimed block of uids), then forks children that stop after
each step of the sandbox's setup, and children that run a whole job. Each
line is the CPU per child (worker and child), a mean over ``-n`` children,
taken from ``getrusage`` (the machine's load does not change it much, unlike
wall times). The kernel's own threads that tear down a child's namespaces
are measured too (``kworker`` CPU over the same children), but other
processes of the machine add to that column.

The steps are cumulative: each line's setup includes the lines above it,
so the difference between two lines is what one step costs.

Run as root (without root there are no namespaces, and only the first line
and the last two mean anything).

With ``--grader N`` it first grades N generated notebooks of the whole
pack (``bench/bench_grade.py``'s) with ``grader grade -j 2 --out`` in this
process, timing the CPU of the grader's own steps in the threads that run
them (reading, framing jobs, sanitizing and parsing records, checks,
gradebook, export), per submission.
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
import dataclasses, json, os, resource, sys, time
from pathlib import Path
from grader.sandbox.warmup import warm
from grader.sandbox.zygote import _batch_scheduling
from grader.sandbox import isolation, uids
os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
_batch_scheduling()
isolation.isolate_network([])
warm()
import encodings.ascii
from grader.config import load_config
from grader.grading import open_grader
from grader.sandbox import hugepages, limits, mounts
from grader.sandbox.supervisor import Supervisor
from grader.sandbox.worker import frame, frame_parts
from grader.submission import read_source

isolation.set_subreaper()
slot, handle = uids.claim()
keep = isolation.keep_paths()
huge_mb = hugepages.collapse()
n = int(sys.argv[1])
grader = open_grader(load_config(Path(sys.argv[2])), mode="grade")
data = frame(grader.job(read_source(Path(sys.argv[3]))))
outline, hidden, whole = frame_parts(data)
source = os.memfd_create("submission")
os.write(source, whole)
sealed = os.memfd_create("hidden tasks")
os.write(sealed, hidden)
isolation.wipe_freed_memory(True)

from grader.sandbox import tamper
from grader.sandbox.cache import WorkerCache

cache, pristine = WorkerCache(), tamper.snapshot()  # as the worker keeps them between jobs
job = json.loads(outline)
plan = isolation.plan_for(job, slot, keep, 0)
bare = dataclasses.replace(plan, namespaces=False, uid=None)


def kworker_ticks():
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        name = stat[stat.index(b"(") + 1 : stat.rindex(b")")]
        if name.startswith((b"kworker", b"rcu", b"ksoftirqd")):
            fields = stat[stat.rindex(b")") + 2 :].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def usage(after=False):
    # The kernel threads' scan is left outside the worker's interval (it costs the worker milliseconds).
    kernel = None if after else kworker_ticks()
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime, c.ru_utime + c.ru_stime, kworker_ticks() if after else kernel


def round_robin(runs, n):
    # Each run n times, in turns (the machine's drift spreads over all of them): CPU per child of each.
    for run in runs.values():
        run(0)
        run(1)  # the first children pay for pages the worker has not split yet
    totals = {name: [0.0, 0.0, 0.0] for name in runs}
    for i in range(n):
        for name, run in runs.items():
            before = usage()
            run(i + 2)
            after = usage(after=True)
            for k in range(3):
                totals[name][k] += after[k] - before[k]
    return [(name, {"worker_ms": w / n * 1e3, "child_ms": c / n * 1e3, "kworker_ms": k / n * 1e3}) for name, (w, c, k) in totals.items()]


def steps(upto, the_plan=plan):
    def run(i):
        p = dataclasses.replace(the_plan, uid=None if the_plan.uid is None else uids.for_job(int(job["sandbox_uid"]), slot, i))
        cache.namespaces.joined = False
        pid = isolation.fork(p, cache.namespaces) if upto >= 1 else os.fork()
        if pid == 0:
            code = 0
            try:
                if upto >= 2:
                    isolation._call("unshare", isolation.CLONE_NEWNS | isolation.CLONE_NEWIPC)
                if upto >= 3 and cache.namespaces.joined:
                    mounts.private(keep=p.keep, hide=p.hide, disk_mb=p.disk_mb)
                elif upto >= 3:
                    mounts.build(keep=p.keep, hide=p.hide, covered=p.covered, disk_mb=p.disk_mb)
                if upto >= 4:
                    # the rest of isolation.enter, as it is (namespaces entered again: cheap beside the rest)
                    os.mkdir(isolation.WORKDIR, 0o700)
                    os.chown(isolation.WORKDIR, p.uid, p.uid)
                    isolation.first_to_go_when_memory_runs_out()
                    os.setgroups([])
                    os.setresgid(p.uid, p.uid, p.uid)
                    os.setresuid(p.uid, p.uid, p.uid)
                    isolation.close_keyrings()
                    isolation._libc.prctl(isolation.PR_SET_DUMPABLE, 0, 0, 0, 0)
                    isolation._libc.prctl(isolation.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
                if upto >= 5:
                    limits.apply(job["limits"], private_uid=True)
            except BaseException as exc:
                print(exc, file=sys.stderr)
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert status == 0, status
        isolation.sweep()
        if p.uid is not None and upto >= 4:
            isolation.clear_persistent_keyring(p.uid)
    return run


def supervised(the_plan, the_job=job):
    def run(i):
        sup = Supervisor(json.loads(json.dumps(the_job)), slot=slot, keep=keep, serial=i, source_fd=os.dup(source), sealed_fd=sealed, cache=cache, pristine=pristine)
        sup.plan = dataclasses.replace(the_plan, uid=None if the_plan.uid is None else sup.plan.uid)
        record = sup.run()
        assert not record["incidents"] and not record["protocol_error"], record["incidents"]
    return run


def without_view(run):
    # As before the shared view: each child builds its whole view itself.
    def r(i):
        shared_view = isolation.shared_view
        isolation.shared_view = lambda plan, state: None
        try:
            run(i)
        finally:
            isolation.shared_view = shared_view
    return r


cells_only = dict(job, tasks=[])
out = {"huge_mb": huge_mb, "covered": list(plan.covered), "hide": list(plan.hide), "namespaces": plan.namespaces, "uid": plan.uid}
out["rows"] = round_robin({
    "empty fork": steps(0),
    "+ PID namespace (as init)": steps(1),
    "+ mount and IPC namespaces": steps(2),
    "+ the child's view (from the shared one)": steps(3),
    "+ uid, keyrings, prctl": steps(4),
    "+ rlimits": steps(5),
    "all setup, each child building its view": without_view(steps(5)),
    "job, cells only, no isolation": supervised(bare, cells_only),
    "job, cells only, isolated": supervised(plan, cells_only),
    "job, whole, no isolation": supervised(bare),
    "job, whole, isolated (as a batch)": supervised(plan),
    "job, whole, isolated, no shared view": without_view(supervised(plan)),
}, n)
print(json.dumps(out))
"""


GRADER_STEPS = [
    ("read the submissions", "grader.submission", "read_source"),
    ("frame a job (pool threads)", "grader.sandbox.worker", "frame"),
    ("clean the record (sanitize)", "grader.sanitize", "clean_record"),
    ("parse and validate the record", "grader.protocol", "parse_record"),
    ("checks, compare, hints (Grader.result)", "grader.grading", "Grader.result"),
    ("  checks.evaluate", "grader.checks", "evaluate"),
    ("  compare.compare", "grader.compare", "compare"),
    ("  hints.diagnose", "grader.hints", "diagnose"),
    ("gradebook: save one result", "grader.gradebook", "Gradebook.save"),
    ("export (--out)", "grader.commands.export", "export_all"),
]
"""Steps of the grader process: (label, module, function), timed in whichever thread calls them."""


def grader_breakdown(n: int) -> None:
    """Grade ``n`` generated notebooks in this process, timing the CPU of the grader's steps (the calling thread's)."""
    import importlib
    import tempfile
    import threading
    import time

    sys.path.insert(0, str(REPO / "bench"))
    import bench_grade

    from grader import cli

    spent: dict[str, float] = {}
    depth = threading.local()

    def timed(label: str, fn):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            # Only the outermost call of a step counts (compare calls itself for sequences).
            busy = getattr(depth, label, False)
            if busy:
                return fn(*args, **kwargs)
            setattr(depth, label, True)
            start = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.thread_time() - start
                setattr(depth, label, False)

        return wrapper

    for label, module_name, name in GRADER_STEPS:
        module = importlib.import_module(module_name)
        owner, attr = (getattr(module, name.split(".")[0]), name.split(".")[1]) if "." in name else (module, name)
        original = getattr(owner, attr)
        wrapped = timed(label, original)
        setattr(owner, attr, wrapped)
        # Modules that imported the function by name hold it too.
        for other in list(sys.modules.values()):
            if other is not None and getattr(other, "__name__", "").startswith("grader") and getattr(other, attr, None) is original:
                setattr(other, attr, wrapped)
    with tempfile.TemporaryDirectory(prefix="bench-child-") as tmp:
        work = Path(tmp)
        bench_grade.make_notebooks(work / "nb", n, wrong=0.25, seed=0)
        argv = ["--config", str(REPO / "config.yaml"), "grade", str(work / "nb"), "-j", "2",
                "--gradebook", str(work / "gb.sqlite"), "--out", str(work / "out")]
        wall, cpu = time.monotonic(), time.process_time()
        cli.main(argv)
        wall, cpu = time.monotonic() - wall, time.process_time() - cpu
    print(f"grader process: {cpu / n * 1e3:.1f} ms CPU per submission, all threads, start-up and export included ({n} notebooks, -j 2 --out, {wall:.0f} s)")
    for label, _, _ in GRADER_STEPS:
        print(f"  {label:42s} {spent.get(label, 0.0) / n * 1e3:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=30, help="children per line (default 30)")
    parser.add_argument("--grader", type=int, default=0, metavar="N", help="also profile the grader grading N notebooks")
    args = parser.parse_args()
    if args.grader:
        grader_breakdown(args.grader)
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(args.n), str(REPO / "config.yaml"), str(NOTEBOOK)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    if out.returncode != 0:
        sys.exit(out.stderr)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"per child, mean of {args.n}; huge pages {figures['huge_mb']} MiB; namespaces {figures['namespaces']}, uid {figures['uid']}")
    print(f"covered {', '.join(figures['covered'])}; hidden {', '.join(figures['hide'])}")
    print(f"{'':42s} {'worker':>8s} {'child':>8s} {'total':>8s} {'step':>8s} {'kworker':>8s}")
    previous = 0.0
    for name, f in figures["rows"]:
        total = f["worker_ms"] + f["child_ms"]
        steps = not name.startswith(("job", "all"))
        step = f"{total - previous:+7.1f}" if steps else ""
        previous = total if steps else previous
        print(f"{name:42s} {f['worker_ms']:6.1f}ms {f['child_ms']:6.1f}ms {total:6.1f}ms {step:>8s} {f['kworker_ms']:6.1f}ms")


if __name__ == "__main__":
    main()
