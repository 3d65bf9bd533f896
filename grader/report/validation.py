"""Text of a validation report (``grader validate``), line by line.

One summary line per exercise, then what is wrong with it (each line a
to-do for the exercise's author), then a total line with the same figures
summed over the course. The command prints :func:`render`; the pytest plugin
fails each of its items with the same lines, so an author reads one wording.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from grader.report.text import Painter

if TYPE_CHECKING:  # the records only: importing validate would bring in grading and the sandbox
    from grader.judge import AlternativeReport, MistakeReport, NullReport
    from grader.validate import ExerciseReport, Figures, ValidationReport

_INDENT = " " * 9


def _short(path: str, root: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(root))
    except ValueError:
        return path


def problem_line(problem: str, indent: str = _INDENT) -> str:
    """One problem of an exercise, as ``grader validate`` prints it (the lines of a diff under it indented with it)."""
    first, *rest = problem.split("\n")
    return "\n".join([f"{indent}✗ {first}", *(f"{indent}    {line}" for line in rest)])


def mistake_line(m: MistakeReport, root: Path, paint: Painter) -> str:
    """How one wrong solution fared, as ``grader validate`` prints it (the pytest plugin says the same)."""
    mark = paint("✓", "green") if m.caught else paint("✗", "red")
    return f"{_INDENT}{mark} {_short(m.file, root)}: {m.description} — {m.detail}"


def alternative_problem(a: AlternativeReport, root: Path) -> str:
    """What is wrong with a correct alternative (it lost points)."""
    return f"alternative {_short(a.file, root)}: {a.detail}"


def null_problem(n: NullReport) -> str:
    """What is wrong with a null submission (it earned points)."""
    return f"null submission {n.name} ({n.description}) {n.detail}"


def exercise_problems(er: ExerciseReport, root: Path) -> list[str]:
    """Everything wrong with an exercise except its wrong solutions, in the order it is printed."""
    out = list(er.problems)
    if er.alternatives_problem:
        out.append(er.alternatives_problem)
    out += [alternative_problem(a, root) for a in er.alternatives if not a.ok]
    out += [null_problem(n) for n in er.nulls if not n.ok]
    out += [p for m in er.mutants for p in m.problems]
    out += er.stale
    return out


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b}"


def _percent(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "n/a"


def figures_text(f: Figures) -> str:
    """The figures after the reference: alternatives, nulls, mutants, hints, wrong solutions."""
    equivalent = f" ({f.equivalent} declared equivalent)" if f.equivalent else ""
    return (
        f"{_ratio(f.alternatives_full, f.alternatives)} alternatives full marks; "
        f"{_ratio(f.nulls_zero, f.nulls)} null submissions earn 0; "
        f"mutants {_ratio(f.killed, f.mutants)} killed{equivalent}; "
        f"hints {_ratio(f.hints_right, f.hints)} right on mutants, {_ratio(f.hinted, f.killed)} mutants hinted; "
        f"{_ratio(f.caught, f.mistakes)} wrong solutions caught"
    )


def summary_line(er: ExerciseReport) -> str:
    """The one line an exercise gets, whatever its problems."""
    ref = f"reference {er.reference_score:g}/{er.max_score:g}" if er.reference_score is not None else "reference not graded"
    if not er.judged:
        return f"{ref}; nothing else judged"
    return f"{ref}; {figures_text(er.figures())}"


def total_line(report: ValidationReport) -> str:
    f = report.figures()
    equivalent = f", {f.equivalent} declared equivalent" if f.equivalent else ""
    short = f" ({f.short_of_alternatives} exercises have fewer than 3)" if f.short_of_alternatives else ""
    return (
        f"{f.valid} of {f.exercises} exercises valid; references {_ratio(f.references_full, f.references)} full marks; "
        f"{_ratio(f.alternatives_full, f.alternatives)} alternatives full marks{short}; "
        f"{_ratio(f.nulls_zero, f.nulls)} null submissions earn 0; "
        f"mutants {_ratio(f.killed, f.mutants)} killed ({_percent(f.killed, f.mutants)}{equivalent}); "
        f"hints {_ratio(f.hints_right, f.hints)} right on mutants (precision {_percent(f.hints_right, f.hints)}), "
        f"{_ratio(f.hinted, f.killed)} killed mutants hinted (coverage {_percent(f.hinted, f.killed)}); "
        f"{_ratio(f.caught, f.mistakes)} wrong solutions caught."
    )


def render(report: ValidationReport, root: Path, *, color: bool = False, broken_only: bool = False) -> str:
    """Every exercise's line, problems and wrong solutions, then the total; ``broken_only``: the exercises that are not
    ok, with only what is wrong with them."""
    paint = Painter(color)
    lines = []
    for error in report.file_errors:
        lines.append(paint("INVALID ", "red") + error)
    width = max((len(e.id) for e in report.exercises), default=10)
    for er in report.exercises:
        if broken_only and er.ok:
            continue
        label = paint("OK     ", "green") if er.ok else paint("BROKEN ", "red")
        lines.append(f"{label} {er.id.ljust(width)}  {summary_line(er)}")
        lines.extend(problem_line(problem) for problem in exercise_problems(er, root))
        lines.extend(mistake_line(m, root, paint) for m in er.mistakes if not (broken_only and m.caught))
    lines.append("")
    lines.append(total_line(report))
    return "\n".join(lines)
