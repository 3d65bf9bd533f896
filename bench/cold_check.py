"""Benchmark: how long a student's cold `grader check` takes, next to `import torch`.

    python bench/cold_check.py [-n 9] [-e mean_square_grad]

A student runs ``grader check`` in a fresh process each time, so its latency
is the whole command: the interpreter, the grader's imports, a worker
importing torch and warming up, one child running the notebook, the report.
Nothing can be faster than importing torch, so that is the yardstick.

It writes the student bundle (``grader assign``) into a temporary folder,
puts the filled-in example notebook
(``examples/submissions/correct_notebook``) in it as the student's work, and
then runs, in each round and in a rotating order:

- ``python -c "import torch"``;
- ``python -m grader check NOTEBOOK -e ID`` (one exercise);
- ``python -m grader check NOTEBOOK`` (the whole notebook);
- ``python -c "import torch; <one optimizer step>"``: what running the whole
  notebook costs torch alone, since its exercises use optimizers and an
  optimizer's ``step`` imports ``torch._dynamo``, about as long again as
  ``import torch``. The grader's worker and child do without that import
  (:mod:`grader.sandbox.lazy_dynamo`); the whole-notebook check is also
  printed as a multiple of it.

Each round's two checks are divided by that round's ``import torch``, and the
median of each ratio over the rounds is printed with the targets. The runs
of a round are back to back, so a minute in which the machine is slow slows
all three: compare ratios, not seconds.

Run it where JupyterLab is installed (``pip install jupyterlab -c
constraints.txt``): its packages are what made reading a notebook slow.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "examples" / "submissions" / "correct_notebook" / "autograd_exercises.ipynb"

TARGET_ONE = 1.3
"""``grader check NB -e ID``, as a multiple of ``import torch``."""
TARGET_ALL = 1.5
"""``grader check NB`` (every exercise), as a multiple of ``import torch``."""
STEP = "import torch; torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1).step()"
"""What plain torch loads to run the notebook's optimizers: torch, and ``torch._dynamo`` that ``step`` imports."""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), *[p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]])
    return env


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _seconds(cmd: list[str], cwd: Path, env: dict[str, str], ok: tuple[int, ...]) -> tuple[float, float]:
    """Wall seconds and CPU seconds of every process the command started and waited for."""
    cpu, start = _cpu(), time.perf_counter()
    done = subprocess.run(cmd, check=False, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr[-2000:]}")
    return seconds, _cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=9, help="rounds (default 9)")
    parser.add_argument("-e", dest="exercise", default="mean_square_grad", help="the exercise of the one-exercise check (default mean_square_grad)")
    args = parser.parse_args()
    env = _env()
    folder = Path(tempfile.mkdtemp(prefix="cold-check-"))
    try:
        subprocess.run([sys.executable, "-m", "grader", "assign", "--out", str(folder)], cwd=REPO, env=env, check=True, stdout=subprocess.DEVNULL)
        notebook = folder / "autograd_exercises.ipynb"
        shutil.copyfile(NOTEBOOK, notebook)
        count = len(list((folder / "exercises").glob("*.yaml")))
        runs = {
            "torch": [sys.executable, "-c", "import torch"],
            "step": [sys.executable, "-c", STEP],
            "one": [sys.executable, "-m", "grader", "check", notebook.name, "-e", args.exercise],
            "all": [sys.executable, "-m", "grader", "check", notebook.name],
        }
        # Exit 1 (a check failed) would still be a measure, but of another run: every check must pass.
        for cmd in runs.values():  # once unmeasured: the page cache holds torch and the grader after it
            _seconds(cmd, folder, env, ok=(0,))
        seconds: dict[str, list[float]] = {name: [] for name in runs}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        order = list(runs)
        for i in range(args.n):
            for name in order[i % len(order) :] + order[: i % len(order)]:
                wall, used = _seconds(runs[name], folder, env, ok=(0,))
                seconds[name].append(wall)
                cpu[name].append(used)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ratios = {name: [s / t for s, t in zip(seconds[name], seconds["torch"])] for name in ("one", "all")}
    cpu_ratios = {name: [s / t for s, t in zip(cpu[name], cpu["torch"])] for name in ("one", "all", "step")}
    over_step = [s / t for s, t in zip(seconds["all"], seconds["step"])]
    median = {name: statistics.median(values) for name, values in seconds.items()}
    jupyter = "installed" if importlib.util.find_spec("jupyterlab") else "NOT installed (install it: the figures are meant with it)"
    print(f"cold `grader check`, {args.n} rounds of {len(runs)} runs in rotating order; {os.cpu_count()} cores; JupyterLab {jupyter}")
    print(f"  import torch:            median {median['torch']:.2f} s (from {min(seconds['torch']):.2f} to {max(seconds['torch']):.2f})")
    labels = {"one": f"check NB -e {args.exercise}", "all": f"check NB ({count} exercises)"}
    targets = {"one": TARGET_ONE, "all": TARGET_ALL}
    for name in ("one", "all"):
        ratio = statistics.median(ratios[name])
        met = "met" if ratio <= targets[name] else "NOT met"
        print(
            f"  {labels[name] + ':':24s} median {median[name]:.2f} s; {ratio:.2f}x import torch "
            f"(rounds {min(ratios[name]):.2f}x to {max(ratios[name]):.2f}x); target {targets[name]:g}x: {met}"
        )
    step = statistics.median(seconds["step"]) / median["torch"]
    print(
        f"  import torch + an optimizer step: median {median['step']:.2f} s; {step:.2f}x import torch "
        f"(plain torch running an optimizer); the whole-notebook check is {statistics.median(over_step):.2f}x it"
    )
    # On a busy machine the check's two processes (grader and worker) get two shares of
    # the cores where `import torch` gets one, so wall ratios read low there; CPU does not.
    print(
        f"  CPU, all processes:      import torch {statistics.median(cpu['torch']):.2f} s; "
        f"check -e {statistics.median(cpu_ratios['one']):.2f}x, whole notebook {statistics.median(cpu_ratios['all']):.2f}x, "
        f"import torch + an optimizer step {statistics.median(cpu_ratios['step']):.2f}x "
        "(what a check costs whatever the load; idle, its wall time is less: the grader's part runs on the other core)"
    )


if __name__ == "__main__":
    main()
