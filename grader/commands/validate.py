"""``grader validate``: every exercise is valid and catches its wrong solutions."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from grader.config import Config
from grader.exitcodes import ExitCode
from grader.report.text import _Painter, use_color
from grader.validate import MistakeReport, ValidationReport, validate


def _short(path: str, root: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(root))
    except ValueError:
        return path


def problem_line(problem: str) -> str:
    """One problem of an exercise, as ``grader validate`` prints it."""
    return f"         ✗ {problem}"


def mistake_line(m: MistakeReport, root: Path, paint: _Painter) -> str:
    """How one wrong solution fared, as ``grader validate`` prints it (the pytest plugin says the same)."""
    mark = paint("✓", "green") if m.caught else paint("✗", "red")
    return f"         {mark} {_short(m.file, root)}: {m.description} — {m.detail}"


def render(report: ValidationReport, root: Path, *, color: bool = False) -> str:
    paint = _Painter(color)
    lines = []
    for error in report.file_errors:
        lines.append(paint("INVALID ", "red") + error)
    width = max((len(e.id) for e in report.exercises), default=10)
    for er in report.exercises:
        label = paint("OK     ", "green") if er.ok else paint("BROKEN ", "red")
        ref = f"reference {er.reference_score:g}/{er.max_score:g}" if er.reference_score is not None else "reference not graded"
        caught = sum(1 for m in er.mistakes if m.caught)
        lines.append(f"{label} {er.id.ljust(width)}  {ref}; {caught}/{len(er.mistakes)} wrong solutions caught")
        lines.extend(problem_line(problem) for problem in er.problems)
        lines.extend(mistake_line(m, root, paint) for m in er.mistakes)
    valid = sum(1 for e in report.exercises if e.ok)
    mistakes = sum(len(e.mistakes) for e in report.exercises)
    caught = sum(1 for e in report.exercises for m in e.mistakes if m.caught)
    lines.append("")
    lines.append(
        f"{valid} of {len(report.exercises) + len(report.file_errors)} exercises valid; "
        f"{caught} of {mistakes} wrong solutions caught."
    )
    return "\n".join(lines)


def main(config: Config, *, only: list[str] | None = None, jobs: int = 0, out: TextIO = sys.stdout) -> ExitCode:
    jobs = jobs or config.workers or os.cpu_count() or 1
    report = validate(config, only=only, jobs=jobs)
    out.write(render(report, config.root, color=use_color(out)) + "\n")
    return ExitCode.OK if report.ok else ExitCode.FAILED
