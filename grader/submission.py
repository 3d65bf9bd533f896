"""Read a submission (.py module or .ipynb notebook) into cells of plain Python.

This runs in the grader's process and never executes anything. Whatever
cannot be read becomes a :class:`SubmissionError` that names the file and the
problem; whatever can be read becomes a :class:`Source` whose cells the
sandbox runs in order.

Magics that only time or capture Python (``%time stmt``, ``%%time``,
``%%capture``, ``%prun``) run that Python, since timing and capturing do not
change results. Other IPython-only lines (``%matplotlib inline``,
``!pip install ...``, ``obj?``) are turned into ``pass`` with the same
indentation, so line numbers still match what the student sees, and they are
listed in ``Source.notes``. The grader never runs shell commands or installs
packages for a student.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
import tokenize
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from grader.config import Limits
from grader.errors import SubmissionError

SourceKind = Literal["module", "notebook"]

# Magics that run their Python once, in the notebook's namespace, and only time,
# profile or capture it: the grader runs the Python and drops the magic.
# (%timeit is not one: it runs its statement many times, in a scope of its own.)
_PYTHON_CELL_MAGICS = {"time", "capture", "prun"}
_PYTHON_LINE_MAGICS = {"time", "prun"}
_LINE_MAGIC_WITH_CODE = re.compile(r"^(\s*)%(\w+)\s+(.*\S)\s*$")
_MAGIC_LINE = re.compile(r"^(\s*)(%|!)")
_ASSIGNED_MAGIC = re.compile(r"^(\s*[A-Za-z_][\w.,\s]*=\s*)(%|!)(.*)$")
# [^\S\n]: whitespace within a line. A ^\s* spanning lines made a search quadratic in the
# blank lines of a cell: a cell of 300,000 newlines stalled the grader's process (blank_lines.ipynb).
_MAYBE_IPYTHON = re.compile(r"^[^\S\n]*[%!]|\?\s*$|=\s*[%!]", re.M)
"""Cheap test first: only cells with a line like these can hold IPython syntax."""
_HELP_LINE = re.compile(r"^(\s*)[\w.]+\?{1,2}\s*$")

MAX_NOTES = 20
"""Notes on skipped IPython lines kept per notebook; the rest are counted. A note quotes its
line, so a notebook of 200,000 ``!x`` lines (800 kB) made 7 MB of notes in every export."""
QUOTED_CHARS = 100
"""How much of a skipped line a note quotes."""


@dataclass(frozen=True)
class Cell:
    """One code cell, ready to run."""

    number: int
    """Position among all cells of the notebook, from 1 (what a student counts)."""
    code: str
    """Python source, with IPython-only lines replaced by ``pass``."""
    label: str = ""
    """How Jupyter shows the cell: ``cell [7]`` (its execution count) or ``code cell 4`` (never run; code cells counted)."""


@dataclass(frozen=True)
class Source:
    """A submission that could be read."""

    path: Path
    """Where it was read from."""
    kind: SourceKind
    """module or notebook."""
    cells: tuple[Cell, ...]
    """Code to run, in order."""
    sha256: str
    """Hash of the file's bytes: the gradebook's identity of an attempt."""
    notes: tuple[str, ...] = ()
    """Things the student should know (skipped magics and shell lines)."""

    @property
    def filename(self) -> str:
        return self.path.name

    def cell_label(self, number: int) -> str:
        """The cell as the student sees it in Jupyter (``number`` is the grader's own count, markdown included)."""
        if self.kind != "notebook":
            return self.filename
        for cell in self.cells:
            if cell.number == number and cell.label:
                return cell.label
        return f"cell {number}"

    def to_wire(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "filename": self.filename,
            "cells": [{"number": c.number, "code": c.code, "label": c.label} for c in self.cells],
        }


def read_source(path: Path, limits: Limits | None = None) -> Source:
    """Read and prepare a submission; raise :class:`SubmissionError` when unreadable."""
    limits = limits or Limits()
    path = Path(path)
    shown = str(path)
    if not path.exists():
        raise SubmissionError(shown, "no such file")
    if path.is_dir():
        raise SubmissionError(shown, "is a folder, expected a .py or .ipynb file")
    suffix = path.suffix.lower()
    if suffix not in (".py", ".ipynb"):
        raise SubmissionError(shown, f"unsupported file type {suffix or '(none)'!r}: hand in a .py module or a .ipynb notebook")
    raw = _read_regular_file(path, shown, int(limits.submission_mb * 1_000_000), limits.submission_mb)
    if not raw.strip():
        raise SubmissionError(shown, "is empty")
    if b"\x00" in raw:
        raise SubmissionError(shown, "is a binary file, not text")
    encoding = _encoding(raw, shown) if suffix == ".py" else "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        named = "UTF-8" if encoding.startswith("utf-8") else f"{encoding} (as its coding line says)"
        raise SubmissionError(shown, f"is not {named} text (byte {exc.start}); save it as UTF-8") from exc
    except (UnicodeError, LookupError) as exc:
        # A codec Python knows that is no text encoding (rot13, hex, zlib: LookupError), or one that fails otherwise
        # (punycode: UnicodeError): raised out of here, it stopped the whole batch (round6/coding_not_a_text_encoding.py).
        raise SubmissionError(shown, f"cannot be read: its coding line names {encoding}, which is not a text encoding; save it as UTF-8") from exc
    if not encoding.startswith("utf-8") and not _reads_ascii_as_itself(raw, text):
        raise SubmissionError(
            shown,
            f"cannot be read: its coding line names {encoding}, under which its ASCII text reads differently "
            "(an escape becomes another character) from what an editor shows; save it as UTF-8",
        )
    digest = hashlib.sha256(raw).hexdigest()
    if suffix == ".py":
        return Source(path=path, kind="module", cells=(Cell(number=1, code=text),), sha256=digest)
    return _read_notebook(path, text, digest, limits)


def _encoding(raw: bytes, shown: str) -> str:
    """A module's encoding as Python reads it: UTF-8 (with or without a byte-order mark), or what a coding line in
    its first two lines declares (``# -*- coding: latin-1 -*-``, PEP 263), as editors on other systems save files."""
    try:
        encoding, _lines = tokenize.detect_encoding(io.BytesIO(raw).readline)
    except SyntaxError as exc:
        if "unknown encoding" in str(exc.msg):
            raise SubmissionError(shown, f"cannot be read: its coding line names an {exc.msg}; save it as UTF-8") from exc
        return "utf-8-sig"  # no coding line and not UTF-8: decoding says where
    return encoding


_HIGH_BYTES = bytes(range(128, 256))


def _reads_ascii_as_itself(raw: bytes, text: str) -> bool:
    """Whether the decoded text's ASCII characters are the file's ASCII bytes, in order.

    Editors, diffs, grep and the person who reviews a held exercise read a
    module as UTF-8 (or the system's 8-bit code page): under either, ASCII
    bytes are those characters. Some encodings a coding line may name make
    ASCII bytes into something else: ``unicode_escape`` and
    ``raw_unicode_escape`` turn a backslash escape into any character, a
    newline included, ``utf-7`` does the same with ``+...-``, and Shift-JIS
    or GBK eat an ASCII byte after a lead byte. Python runs what it decodes:
    code hidden in a comment ran, unseen by whoever read the file
    (tests/hostile/round6/coding_hides_code.py). Latin-1, cp1252, KOI8-R...
    keep ASCII as it is and are still read.
    """
    return raw.translate(None, _HIGH_BYTES) == text.encode("ascii", "ignore")


def _read_regular_file(path: Path, shown: str, limit: int, limit_mb: float) -> bytes:
    """The file's bytes, never more than ``limit`` + 1 of them, and only from a regular file.

    A FIFO named ``hw.py`` in a student's folder blocked the grader's process
    for ever on its first read, and a file that grew after its size was
    checked was read whole: the file is opened without blocking, checked on
    the open descriptor, and read up to the limit.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SubmissionError(shown, f"cannot be read: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as fh:
        try:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise SubmissionError(shown, "is not a regular file (a pipe or a device): hand in a .py or .ipynb file")
            raw = fh.read(limit + 1) if info.st_size <= limit else b""
        except OSError as exc:
            raise SubmissionError(shown, f"cannot be read: {exc.strerror or exc}") from exc
    size = max(info.st_size, len(raw))
    if size > limit:
        raise SubmissionError(shown, f"is {size / 1e6:.1f} MB, more than the {limit_mb:g} MB limit (clear large outputs before handing in)")
    return raw


def _read_notebook(path: Path, text: str, digest: str, limits: Limits) -> Source:
    shown = str(path)
    # JSON first, for a message that says where the file is broken (a notebook
    # saved halfway, a merge conflict) and what it holds instead of a notebook.
    try:
        data = json.loads(text)
    except RecursionError as exc:
        raise SubmissionError(shown, "is not a readable notebook: its JSON is nested too deeply") from exc
    except ValueError as exc:
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise SubmissionError(shown, f"is not a readable notebook: it is not valid JSON{where}; was it saved completely?") from exc
    if not isinstance(data, dict):
        raise SubmissionError(shown, f"is not a readable notebook: it holds a JSON {type(data).__name__}, not a notebook")
    if not isinstance(data.get("nbformat"), int):
        raise SubmissionError(shown, "is not a readable notebook: it has no nbformat version (is it a Jupyter notebook?)")
    if data["nbformat"] == 4 and isinstance(data.get("cells"), list) and all(isinstance(c, dict) for c in data["cells"]):
        # The current format needs no conversion: its cells are read directly,
        # and only what is used (a cell's type and source) is checked below.
        # nbformat is not even imported: with its schema validator come format
        # checkers that, where Jupyter is installed, build a grammar at import,
        # which took longer than grading a notebook.
        raw_cells = data["cells"]
    else:
        # Converting and validating an old format costs the grader's own process about a quarter
        # of a millisecond per cell: an 18 MB nbformat 3 notebook of 200,000 cells took 48 s
        # before its cells were counted. They are counted first.
        _refuse_too_many_cells(shown, _cells_before_conversion(data), limits)
        import nbformat  # only old and unknown formats: converted, or refused with nbformat's reason

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # nbformat warns about missing ids in old notebooks
                reads: Any = nbformat.reads  # no annotations
                nb = reads(text, as_version=4)
        except Exception as exc:  # nbformat raises validation and version errors
            raise SubmissionError(shown, f"is not a readable notebook: {_first_line(exc)}") from exc
        try:
            raw_cells = list(nb.cells)
        except Exception as exc:
            raise SubmissionError(shown, "is not a readable notebook: it has no list of cells") from exc
    code_cells = [(i, c) for i, c in enumerate(raw_cells, start=1) if c.get("cell_type") == "code"]
    if len(code_cells) > limits.max_cells:
        raise SubmissionError(shown, f"has {len(code_cells)} code cells, more than the {limits.max_cells} allowed")
    cells: list[Cell] = []
    notes: list[str] = []
    for count, (number, cell) in enumerate(code_cells, start=1):
        label = jupyter_label(cell.get("execution_count"), count)
        source = cell.get("source", "")
        if isinstance(source, list):  # tolerated: some tools write lists of lines
            source = "".join(str(s) for s in source)
        if not isinstance(source, str):
            raise SubmissionError(shown, f"{label} has no readable source")
        code, cell_notes = strip_ipython(source)
        notes.extend(f"{label}: {n}" for n in cell_notes)
        if code.strip():
            cells.append(Cell(number=number, code=code, label=label))
    if len(notes) > MAX_NOTES:
        notes[MAX_NOTES:] = [f"and {len(notes) - MAX_NOTES} more IPython lines skipped or changed"]
    return Source(path=path, kind="notebook", cells=tuple(cells), sha256=digest, notes=tuple(notes))


def _quoted(line: str) -> str:
    text = line.strip()
    return text if len(text) <= QUOTED_CHARS else text[: QUOTED_CHARS - 1] + "…"


MAX_EXECUTION_COUNT = 10**9
"""Execution counts from this one up are not shown: no kernel runs that many cells."""
TEXT_CELLS_PER_CODE_CELL = 10
"""An old-format notebook may hold this many cells of any kind per code cell allowed, before conversion."""


def _cells_before_conversion(data: dict[str, Any]) -> list[Any]:
    """The cells of a notebook in any format (nbformat 3 keeps them in worksheets), as raw JSON."""
    cells = data.get("cells")
    found = list(cells) if isinstance(cells, list) else []
    worksheets = data.get("worksheets")
    for sheet in worksheets if isinstance(worksheets, list) else []:
        if isinstance(sheet, dict) and isinstance(sheet.get("cells"), list):
            found.extend(sheet["cells"])
    return found


def _refuse_too_many_cells(shown: str, cells: list[Any], limits: Limits) -> None:
    code = sum(1 for c in cells if isinstance(c, dict) and c.get("cell_type") == "code")
    if code > limits.max_cells:
        raise SubmissionError(shown, f"has {code} code cells, more than the {limits.max_cells} allowed")
    if len(cells) > TEXT_CELLS_PER_CODE_CELL * limits.max_cells:
        raise SubmissionError(shown, f"has {len(cells)} cells, more than the {TEXT_CELLS_PER_CODE_CELL * limits.max_cells} allowed")


def jupyter_label(execution_count: object, code_index: int) -> str:
    """A cell named as Jupyter shows it: ``cell [7]`` beside a cell that ran, else ``code cell 4``.

    Counting every cell (markdown too) gave numbers a student could not find.
    """
    # A count is the notebook's word, not Jupyter's: one of 4,200 digits made every error label
    # longer than the wire takes, and the whole notebook an error.
    if isinstance(execution_count, int) and not isinstance(execution_count, bool) and 0 <= execution_count < MAX_EXECUTION_COUNT:
        return f"cell [{execution_count}]"
    return f"code cell {code_index}"


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _compiles(code: str) -> bool:
    try:
        compile(code, "<cell>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def strip_ipython(code: str) -> tuple[str, list[str]]:
    """Replace IPython-only syntax by ``pass``; return the code and notes on what was skipped.

    Code that already compiles is returned untouched: a ``%`` or ``!`` that is
    valid Python (inside a string, say) must not be rewritten.
    """
    if not _MAYBE_IPYTHON.search(code) or _compiles(code):
        return code, []
    lines = code.split("\n")
    notes: list[str] = []
    first = lines[0].strip() if lines else ""
    if first.startswith("%%"):
        magic = first[2:].split()[0] if len(first) > 2 else ""
        if magic in _PYTHON_CELL_MAGICS:
            notes.append(f"ran the body of `%%{_quoted(magic)}` without the magic")
            lines[0] = ""
        else:
            notes.append(f"skipped a `%%{_quoted(magic)}` cell: the grader runs the Python of %%time, %%capture and %%prun cells only")
            return "", notes
    out = []
    for line in lines:
        m = _LINE_MAGIC_WITH_CODE.match(line)
        if m and m.group(2) in _PYTHON_LINE_MAGICS and _compiles(m.group(3)):
            out.append(m.group(1) + m.group(3))
            notes.append(f"ran `{_quoted(m.group(3))}` without `%{m.group(2)}`")
            continue
        m = _ASSIGNED_MAGIC.match(line)
        if m and not _compiles(line.strip()):
            out.append(f"{m.group(1)}None")
            notes.append(f"replaced `{_quoted(line)}` by None (shell and magic results are not available)")
            continue
        m = _MAGIC_LINE.match(line)
        if m or _HELP_LINE.match(line):
            indent = re.match(r"^\s*", line).group(0)  # type: ignore[union-attr]
            out.append(f"{indent}pass")
            kind = "shell line" if m and m.group(2) == "!" else "IPython line"
            notes.append(f"skipped {kind} `{_quoted(line)}`")
            continue
        out.append(line)
    return "\n".join(out), notes
