"""Generate the exercise format's key tables and JSON Schema from :mod:`grader.exercise_schema`.

``python -m grader.schema_docs`` rewrites, in the grader's repository,

- the tables of ``docs/exercise-format.md`` between ``<!-- BEGIN GENERATED keys:<section> -->``
  and ``<!-- END GENERATED keys:<section> -->`` (the prose around them is the author's);
- ``docs/exercise.schema.json``, the JSON Schema editors check exercise files with.

``python -m grader.schema_docs --check`` changes nothing and exits 1 when
either is out of date (a test runs it, so a key declared without
regenerating fails the suite).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from grader.exercise_schema import SECTIONS, WRONG_SOLUTION, Section, json_schema

REPO = Path(__file__).resolve().parent.parent
"""The grader's repository (where ``docs/`` is)."""
DOCS = Path("docs") / "exercise-format.md"
"""The format's documentation, relative to the repository."""
SCHEMA = Path("docs") / "exercise.schema.json"
"""The JSON Schema, relative to the repository."""

_BLOCK = re.compile(r"(<!-- BEGIN GENERATED keys:(\w+) -->\n)(.*?)(<!-- END GENERATED keys:\2 -->)", re.DOTALL)


def table(section: Section) -> str:
    """A section's keys as a Markdown table (columns with nothing to say are left out)."""
    has_required = any(k.required or k.when for k in section.keys)
    has_default = any(k.default for k in section.keys)
    head = ["key", *(["required"] if has_required else []), *(["default"] if has_default else []), "meaning"]
    rows = ["| " + " | ".join(head) + " |", "| " + " | ".join("---" for _ in head) + " |"]
    for key in section.keys:
        cells = [f"`{key.name}`"]
        if has_required:
            cells.append("yes" if key.required else key.when or "no")
        if has_default:
            cells.append(key.default or "")
        cells.append(key.meaning.replace("|", "\\|"))
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def render_docs(text: str) -> str:
    """``text`` with every generated block replaced by its section's table; an unknown or missing block raises ``ValueError``."""
    sections = {s.name: s for s in (*SECTIONS, WRONG_SOLUTION)}
    found = {m.group(2) for m in _BLOCK.finditer(text)}
    unknown = found - sections.keys()
    missing = sections.keys() - found
    if unknown or missing:
        raise ValueError(f"{DOCS}: generated blocks unknown {sorted(unknown)}, missing {sorted(missing)}")
    return _BLOCK.sub(lambda m: m.group(1) + table(sections[m.group(2)]) + m.group(4), text)


def render_schema() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def outputs(root: Path = REPO) -> dict[Path, str]:
    """Each generated file and what it should hold."""
    return {root / DOCS: render_docs((root / DOCS).read_text(encoding="utf-8")), root / SCHEMA: render_schema()}


def stale(root: Path = REPO) -> list[Path]:
    """The generated files that differ from what the declaration makes."""
    return [path for path, text in outputs(root).items() if not path.is_file() or path.read_text(encoding="utf-8") != text]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m grader.schema_docs", description="Generate the exercise format's key tables and JSON Schema.")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when a generated file is out of date")
    args = parser.parse_args(argv)
    if args.check:
        old = stale()
        for path in old:
            print(f"{path.relative_to(REPO)} is out of date: run python -m grader.schema_docs", file=sys.stderr)
        return 1 if old else 0
    for path, text in outputs().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
