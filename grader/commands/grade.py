"""``grader grade PATH... --out DIR``: every check, hidden ones included, for a batch."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TextIO

from grader.config import Config
from grader.exitcodes import ExitCode
from grader.grading import Item, grade_items, open_grader
from grader.report import csvfile, jsonfile, text
from grader.results import SubmissionResult
from grader.sandbox.worker import WorkerPool

SUFFIXES = (".py", ".ipynb")


def collect(paths: list[Path]) -> list[Path]:
    """Files as given; folders expanded to the .py/.ipynb files inside them (sorted)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file() and ".ipynb_checkpoints" not in p.parts))
        else:
            out.append(path)  # a missing or odd file still gets a result saying so
    return out


def result_name(path: Path, taken: set[str]) -> str:
    """A file name for the path's JSON result, unique within one output folder."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", "__".join(path.with_suffix("").parts[-2:])).strip("_") or "submission"
    name, n = stem, 2
    while name in taken:
        name, n = f"{stem}-{n}", n + 1
    taken.add(name)
    return name


def main(
    config: Config,
    paths: list[Path],
    *,
    out_dir: Path,
    only: list[str] | None = None,
    jobs: int = 0,
    out: TextIO = sys.stdout,
) -> ExitCode:
    files = collect(paths)
    if not files:
        sys.stderr.write("grader grade: no .py or .ipynb submissions found\n")
        return ExitCode.USAGE
    g = open_grader(config, mode="grade", only=only)
    jobs = jobs or config.workers or os.cpu_count() or 1
    taken: set[str] = set()
    names = {str(i): result_name(p, taken) for i, p in enumerate(files)}
    results: dict[str, SubmissionResult] = {}
    with WorkerPool(min(jobs, len(files))) as pool:
        items = (Item(key=str(i), path=p, grader=g) for i, p in enumerate(files))
        for key, result in grade_items(items, pool=pool):
            jsonfile.write(result, out_dir / "results" / f"{names[key]}.json")
            results[key] = result
    ordered = [results[str(i)] for i in range(len(files))]
    csv_path = out_dir / "grades.csv"
    csvfile.write(ordered, [e.id for e in g.exercises], csv_path)
    out.write(text.render_batch(ordered, color=text.use_color(out)) + "\n")
    out.write(f"results: {out_dir / 'results'}/ (one JSON per submission), grades: {csv_path}\n")
    return ExitCode.FAILED if any(r.status == "error" for r in ordered) else ExitCode.OK
