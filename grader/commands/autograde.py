"""``grader autograde FOLDER --results FILE``: one student's upload into Gradescope's results.json.

What the Gradescope zip's ``run_autograder`` calls. The folder is what the
student uploaded; the newest ``.py``/``.ipynb`` in it is graded (with all
checks), and the results file is always written: when grading itself fails,
it says so with a score of 0, so the student sees a message instead of
Gradescope's "the autograder failed".
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import TextIO

from grader.batch import Item, grade_items
from grader.config import Config
from grader.exitcodes import ExitCode
from grader.export import gradescope_results
from grader.export._files import write_text
from grader.grading import open_grader
from grader.intake import iter_submission_files
from grader.sandbox.worker import WorkerPool


def choose(folder: Path) -> tuple[Path | None, list[Path]]:
    """The file to grade (newest; a notebook before a module on a tie) and the others."""
    files = list(iter_submission_files(folder)) if folder.is_dir() else []
    if not files:
        return None, []
    ranked = sorted(files, key=lambda p: (p.stat().st_mtime, p.suffix.lower() == ".ipynb", p.name))
    return ranked[-1], ranked[:-1]


def _failure(results: Path, message: str) -> None:
    data = {"score": 0.0, "max_score": 0.0, "execution_time": 0.0, "output": message, "tests": []}
    write_text(results, json.dumps(data, indent=1) + "\n")


def main(config: Config, folder: Path, *, results: Path, out: TextIO = sys.stdout) -> ExitCode:
    chosen, others = choose(folder)
    if chosen is None:
        _failure(results, "No .ipynb or .py file was found in your submission. Upload your notebook (.ipynb) or module (.py).")
        out.write(f"no submission file in {folder}\n")
        return ExitCode.OK
    try:
        g = open_grader(config, mode="grade")
        with WorkerPool(1) as pool:
            [(_, result)] = list(grade_items([Item(key="0", path=chosen, grader=g)], pool=pool))
        result.submission = chosen.name
        if others:
            result.notes.append(f"graded {chosen.name}, the newest file; also uploaded (not graded): {', '.join(p.name for p in others)}")
        gradescope_results.write_one(result, results, hidden_visibility=config.gradescope_hidden_visibility)
    except Exception:  # the results file must exist whatever happens
        detail = traceback.format_exc(limit=3)
        _failure(results, f"The autograder could not grade this submission; tell your instructor.\n\n{detail}")
        out.write(detail)
        return ExitCode.INTERNAL
    out.write(f"graded {chosen.name}: {result.score:g}/{result.max_score:g}, results in {results}\n")
    return ExitCode.OK
