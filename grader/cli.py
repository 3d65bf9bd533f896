"""The ``grader`` command: argument parsing only; the work is in :mod:`grader.commands`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from grader import __version__
from grader.config import load_config
from grader.errors import ConfigError, ExerciseError, GraderError
from grader.exitcodes import ExitCode


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

    p = sub.add_parser("check", help="self-check one submission against the public checks")
    p.add_argument("file", type=Path, help="your notebook (.ipynb) or module (.py)")
    p.add_argument("-e", "--exercise", action="append", dest="only", metavar="ID", help="only this exercise (repeatable)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")

    p = sub.add_parser("grade", help="grade submissions with all checks, hidden ones included")
    p.add_argument("paths", nargs="+", type=Path, help="submission files or folders")
    p.add_argument("--out", type=Path, required=True, help="folder for the JSON results and grades.csv")
    p.add_argument("-e", "--exercise", action="append", dest="only", metavar="ID", help="only this exercise (repeatable)")
    p.add_argument("-j", "--jobs", type=int, default=0, help="parallel workers (default: config, else one per core)")

    p = sub.add_parser("validate", help="check that every exercise is valid and catches its wrong solutions")
    p.add_argument("-e", "--exercise", action="append", dest="only", metavar="ID", help="only this exercise (repeatable)")
    p.add_argument("-j", "--jobs", type=int, default=0, help="parallel workers")

    sub.add_parser("list", help="list the exercises and their points")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = load_config(args.config)
        if args.command == "check":
            from grader.commands import check

            return check.main(config, args.file, only=args.only, as_json=args.json)
        if args.command == "grade":
            from grader.commands import grade

            return grade.main(config, args.paths, out_dir=args.out, only=args.only, jobs=args.jobs)
        if args.command == "validate":
            from grader.commands import validate

            return validate.main(config, only=args.only, jobs=args.jobs)
        if args.command == "list":
            from grader.commands import listing

            return listing.main(config)
    except (ConfigError, ExerciseError) as exc:
        sys.stderr.write(f"grader: {exc}\n")
        return ExitCode.USAGE
    except GraderError as exc:
        sys.stderr.write(f"grader: {exc}\n")
        return ExitCode.FAILED
    except KeyboardInterrupt:
        sys.stderr.write("grader: interrupted\n")
        return 130
    return ExitCode.USAGE
