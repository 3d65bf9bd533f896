"""The ``grader`` command: argument parsing only; the work is in :mod:`grader.commands`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from grader import __version__
from grader.config import Config, load_config
from grader.errors import ConfigError, ExerciseError, GraderError
from grader.exitcodes import ExitCode
from grader.export import CHOICES as EXPORT_CHOICES


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(ExitCode.USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="grader", description="Autograder for PyTorch autograd exercises.")
    parser.add_argument("--version", action="version", version=f"grader {__version__}")
    parser.add_argument("--config", type=Path, help="course config.yaml (default: found in this folder or a parent)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    _add_check(sub)
    _add_grade(sub)
    _add_export(sub)
    _add_override(sub)
    _add_autograde(sub)
    _add_validate(sub)
    _add_list(sub)
    _add_assign(sub)
    return parser


def _add_check(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("check", help="self-check one submission against the public checks")
    p.add_argument("file", type=Path, help="your notebook (.ipynb) or module (.py)")
    p.add_argument("-e", "--exercise", action="append", dest="only", metavar="ID", help="only this exercise (repeatable)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def _add_grade(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("grade", help="grade a class's submissions into the gradebook, hidden checks included")
    p.add_argument("paths", nargs="+", type=Path, help="submission files, folders and zip archives")
    p.add_argument("--out", type=Path, help="also export everything (grades.csv, gradebook.json, feedback, Gradescope results, summary.html) into this folder")
    p.add_argument("-e", "--exercise", action="append", dest="only", metavar="ID", help="only this exercise (repeatable)")
    p.add_argument("-j", "--jobs", type=int, default=0, help="parallel workers (default: config, else one per core)")
    p.add_argument("--regrade", action="store_true", help="grade again submissions the gradebook already has")
    p.add_argument("-a", "--assignment", metavar="NAME", help="grade this assignment of config.yaml: its exercises, into its own gradebook")
    p.add_argument("--roster", type=Path, help="CSV of the class (plain, Canvas or Moodle export): students who hand in nothing get a row too")
    p.add_argument("--gradebook", type=Path, help="gradebook file (default: the assignment's, else gradebook in config.yaml)")


def _add_export(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("export", help="write grades, feedback, Gradescope results and the summary from the gradebook; or the Gradescope autograder zip")
    p.add_argument(
        "what",
        nargs="?",
        default="all",
        choices=EXPORT_CHOICES,
        help="all (default), one format, release (feedback zip for the course platform), or gradescope: the autograder zip",
    )
    p.add_argument("--out", type=Path, required=True, help="output folder (for gradescope and release: a zip's path, or a folder for it)")
    p.add_argument("-a", "--assignment", metavar="NAME", help="export this assignment of config.yaml (its gradebook, due date, late policy)")
    p.add_argument("--roster", type=Path, help="CSV of the class: students who handed in nothing get a row too")
    p.add_argument("--gradebook", type=Path, help="gradebook file (default: the assignment's, else gradebook in config.yaml)")


def _add_override(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("override", help="adjust one student's exercise or total by points, or give them their own due date, with a reason")
    p.add_argument("student", nargs="?", help="student id")
    p.add_argument("points", nargs="?", help="points to add, signed: +2, -5 (on the total unless -e)")
    p.add_argument("-e", "--exercise", metavar="ID", help="adjust this exercise's points instead of the total")
    p.add_argument("--due", metavar="DATE", help="the student's own due date, e.g. '2025-03-10 23:59' (an extension)")
    p.add_argument("--reason", help="why (required; the student reads it in their feedback)")
    p.add_argument("--list", action="store_true", dest="list_them", help="list the overrides (of STUDENT, if given), removed ones included")
    p.add_argument("--remove", type=int, metavar="ID", help="stop override ID from applying (its row is kept)")
    p.add_argument("-a", "--assignment", metavar="NAME", help="the assignment (its gradebook)")
    p.add_argument("--gradebook", type=Path, help="gradebook file (default: the assignment's, else gradebook in config.yaml)")


def _add_autograde(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("autograde", help="grade one uploaded submission folder into a Gradescope results.json (used by run_autograder)")
    p.add_argument("folder", type=Path, help="the submission folder (/autograder/submission on Gradescope)")
    p.add_argument("--results", type=Path, required=True, help="where to write results.json")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text}")
    return value


def _add_validate(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("validate", help="prove every exercise fair: valid, alternatives full marks, null submissions 0, mutants killed with right hints, wrong solutions caught")
    p.add_argument("-e", "--exercise", action="append", dest="only", metavar="ID", help="only this exercise (repeatable)")
    p.add_argument("-j", "--jobs", type=int, default=0, help="parallel workers")
    p.add_argument(
        "--draws",
        type=_positive,
        default=1,
        metavar="N",
        help="validate under the course's hidden cases, then under N-1 fresh draws of them: whether an exercise is fair must not depend on the inputs its secret drew",
    )
    p.add_argument("--key", metavar="KEY", help="draw the hidden cases with KEY instead of the course's secret (to repeat a draw --draws printed)")


def _add_list(sub: argparse._SubParsersAction[_Parser]) -> None:
    sub.add_parser("list", help="list the exercises and their points")


def _add_assign(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("assign", help="write the student notebook, module and self-check bundle; regenerate the examples")
    p.add_argument("-a", "--assignment", metavar="NAME", help="materials for this assignment of config.yaml: its exercises, named after it, with its due date")
    p.add_argument("--out", type=Path, help="folder for the student materials (notebook, module, and a bundle with nothing secret)")
    p.add_argument(
        "--examples",
        type=Path,
        metavar="DIR",
        help="write the example submissions into DIR: correct_* with every reference solution, wrong_* with each exercise's example wrong solution",
    )


_NEEDS_SANDBOX = {
    "grade": "batch grading (`grader grade`)",
    "autograde": "`grader autograde`",
    "validate": "`grader validate`",
}
"""Commands that run untrusted or many submissions: the Linux sandbox only (`check` and `assign` run anywhere)."""


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command in _NEEDS_SANDBOX:
            # Before anything else: a clear sentence, not a traceback from deep in the sandbox.
            from grader.sandbox.capabilities import require_sandbox

            require_sandbox(_NEEDS_SANDBOX[args.command])
        config = load_config(args.config)
        return _COMMANDS[args.command](config, args)
    except (ConfigError, ExerciseError) as exc:
        sys.stderr.write(f"grader: {exc}\n")
        return ExitCode.USAGE
    except GraderError as exc:
        sys.stderr.write(f"grader: {exc}\n")
        return ExitCode.FAILED
    except KeyboardInterrupt:
        sys.stderr.write("grader: interrupted\n")
        return ExitCode.INTERRUPTED


# Each verb's module is imported when it runs: `grader check` must not pay for the exporters.


def _check(config: Config, args: argparse.Namespace) -> int:
    from grader.commands import check

    return check.main(config, args.file, only=args.only, as_json=args.json)


def _grade(config: Config, args: argparse.Namespace) -> int:
    from grader.commands import grade

    return grade.main(
        config,
        args.paths,
        out_dir=args.out,
        only=args.only,
        jobs=args.jobs,
        regrade=args.regrade,
        gradebook=args.gradebook,
        assignment=args.assignment,
        roster=args.roster,
    )


def _export(config: Config, args: argparse.Namespace) -> int:
    from grader.commands import export

    return export.main(
        config,
        what=args.what,
        out_path=args.out,
        gradebook=args.gradebook,
        config_file=args.config,
        assignment=args.assignment,
        roster=args.roster,
    )


def _override(config: Config, args: argparse.Namespace) -> int:
    from grader.commands import override

    return override.main(
        config,
        student=args.student,
        points=args.points,
        exercise=args.exercise,
        due=args.due,
        reason=args.reason,
        list_them=args.list_them,
        remove=args.remove,
        assignment=args.assignment,
        gradebook=args.gradebook,
    )


def _autograde(config: Config, args: argparse.Namespace) -> int:
    from grader.commands import autograde

    return autograde.main(config, args.folder, results=args.results)


def _validate(config: Config, args: argparse.Namespace) -> int:
    from grader.commands import validate

    return validate.main(config, only=args.only, jobs=args.jobs, draws=args.draws, key=args.key)


def _list(config: Config, args: argparse.Namespace) -> int:
    from grader.commands import listing

    return listing.main(config)


def _assign(config: Config, args: argparse.Namespace) -> int:
    from grader.commands import assign

    return assign.main(config, out_dir=args.out, examples_dir=args.examples, assignment=args.assignment)


_COMMANDS: dict[str, Callable[[Config, argparse.Namespace], int]] = {
    "check": _check,
    "grade": _grade,
    "export": _export,
    "override": _override,
    "autograde": _autograde,
    "validate": _validate,
    "list": _list,
    "assign": _assign,
}
"""Each verb's runner: the parsed arguments into its ``main``'s keyword options."""
