"""Reading submissions: modules, notebooks, IPython lines, and every unreadable file."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from grader.config import Limits
from grader.errors import SubmissionError
from grader.submission import read_source, strip_ipython


def notebook(path: Path, *cells: str) -> Path:
    nb = new_notebook()
    nb.cells.append(new_markdown_cell("# title"))
    nb.cells.extend(new_code_cell(c) for c in cells)
    nbformat.write(nb, path)
    return path


def test_module_is_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "work.py"
    path.write_text("x = 1\n")
    src = read_source(path)
    assert src.kind == "module"
    assert [c.code for c in src.cells] == ["x = 1\n"]
    assert len(src.sha256) == 64


def test_notebook_cells_are_named_as_jupyter_shows_them(tmp_path: Path) -> None:
    src = read_source(notebook(tmp_path / "nb.ipynb", "a = 1", "", "b = 2"))
    # cell 1 is markdown (not counted), the empty code cell is dropped but counted
    assert [(c.number, c.code) for c in src.cells] == [(2, "a = 1"), (4, "b = 2")]
    # Never run: counted among code cells only, as a student counts them on screen.
    assert src.cell_label(2) == "code cell 1"
    assert src.cell_label(4) == "code cell 3"


def test_a_cell_that_ran_is_named_by_its_execution_count(tmp_path: Path) -> None:
    nb = new_notebook()
    nb.cells.append(new_markdown_cell("# title"))
    nb.cells.append(new_code_cell("a = 1", execution_count=7))
    nb.cells.append(new_code_cell("b = 1 / 0", execution_count=None))
    nbformat.write(nb, tmp_path / "nb.ipynb")
    src = read_source(tmp_path / "nb.ipynb")
    assert src.cell_label(2) == "cell [7]"  # Jupyter shows [7]: beside it
    assert src.cell_label(3) == "code cell 2"
    assert [c["label"] for c in src.to_wire()["cells"]] == ["cell [7]", "code cell 2"]  # error locations in the child use them


def test_magics_and_shell_lines_become_pass_and_are_noted(tmp_path: Path) -> None:
    src = read_source(notebook(tmp_path / "nb.ipynb", "%matplotlib inline\n!pip install torch\nimport torch\nfor i in range(2):\n    !echo hi\n"))
    code = src.cells[0].code
    assert code.splitlines() == ["pass", "pass", "import torch", "for i in range(2):", "    pass"]
    compile(code, "cell", "exec")
    assert any("%matplotlib inline" in n for n in src.notes)
    assert any("shell line `!pip install torch`" in n for n in src.notes)


def test_code_that_compiles_is_never_rewritten() -> None:
    code = 'text = """\n%not a magic\n"""\nx = 5 % 2\n'
    assert strip_ipython(code) == (code, [])


def test_python_cell_magic_keeps_its_body_and_others_are_skipped() -> None:
    body, notes = strip_ipython("%%time\nx = 1\n")
    assert "x = 1" in body and "%%time" not in body
    assert strip_ipython("%%bash\necho hi\n")[0] == ""
    assert "skipped a `%%bash` cell" in strip_ipython("%%bash\necho hi\n")[1][0]


@pytest.mark.parametrize("magic", ["time", "capture", "prun"])
def test_timing_and_capturing_cells_run_their_python(magic: str) -> None:
    body, notes = strip_ipython(f"%%{magic}\nchain_l.backward()\n")
    assert body.splitlines() == ["", "chain_l.backward()"]  # line numbers kept
    assert notes == [f"ran the body of `%%{magic}` without the magic"]


def test_time_lines_run_their_statement_where_they_stand() -> None:
    code, notes = strip_ipython("%time chain_l.backward()\nfor i in range(2):\n    %time y = i * 2\n%prun z = 3\n")
    assert code.splitlines() == ["chain_l.backward()", "for i in range(2):", "    y = i * 2", "z = 3"]
    assert notes[0] == "ran `chain_l.backward()` without `%time`"


def test_timeit_is_skipped_because_it_runs_its_code_many_times() -> None:
    code, notes = strip_ipython("%timeit w.backward()\nx = 1\n")
    assert code.splitlines() == ["pass", "x = 1"]
    assert strip_ipython("%%timeit\nw.backward()\n")[0] == ""
    assert "skipped IPython line `%timeit w.backward()`" in notes


def test_assigned_shell_output_becomes_none() -> None:
    code, notes = strip_ipython("files = !ls\n")
    assert code.strip() == "files = None"
    assert notes


def test_help_lines_are_skipped() -> None:
    code, _ = strip_ipython("torch.tensor?\nx = 1\n")
    assert code.splitlines()[0] == "pass"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.py", b"", "is empty"),
        ("blank.ipynb", b"   \n", "is empty"),
        ("binary.py", b"\x00\x01\x02abc", "binary"),
        ("latin1.py", "x = 'caf\u00e9'\n".encode("latin-1"), "not UTF-8"),
        ("lying_cookie.py", "# coding: ascii\nx = 'caf\u00e9'\n".encode("utf-8"), "not ascii \\(as its coding line says\\)"),
        ("unknown_cookie.py", b"# -*- coding: klingon -*-\nx = 1\n", "unknown encoding"),
        ("broken.ipynb", b"{not json", "not a readable notebook"),
        ("list.ipynb", b"[1, 2, 3]", "not a readable notebook"),
        ("work.txt", b"x = 1", "unsupported file type"),
    ],
)
def test_unreadable_files_say_why(tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SubmissionError, match=problem) as info:
        read_source(path)
    assert info.value.path == str(path)


def test_a_module_is_read_as_python_reads_it(tmp_path: Path) -> None:
    # Saved in Latin-1 with a coding line (PEP 263), or as UTF-8 with a byte-order mark and Windows line ends, by
    # editors on other systems: Python runs them, so they are read, not refused.
    latin = tmp_path / "latin.py"
    latin.write_bytes("# -*- coding: latin-1 -*-\r\n# d\u00e9riv\u00e9e\r\ndef f(x):\r\n    return x\r\n".encode("latin-1"))
    assert "d\u00e9riv\u00e9e" in read_source(latin).cells[0].code
    marked = tmp_path / "bom.py"
    marked.write_bytes(b"\xef\xbb\xbfdef f(x):\r\n    return x  # caf\xc3\xa9\r\n")
    code = read_source(marked).cells[0].code
    assert code.startswith("def f(x):") and "caf\u00e9" in code


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(SubmissionError, match="no such file"):
        read_source(tmp_path / "nope.py")
    (tmp_path / "dir.ipynb").mkdir()
    with pytest.raises(SubmissionError, match="is a folder"):
        read_source(tmp_path / "dir.ipynb")


def test_size_and_cell_caps(tmp_path: Path) -> None:
    big = tmp_path / "big.py"
    big.write_text("x = 1\n" * 1000)
    with pytest.raises(SubmissionError, match="MB limit"):
        read_source(big, Limits(submission_mb=0.001))
    many = notebook(tmp_path / "many.ipynb", *["x = 1"] * 30)
    with pytest.raises(SubmissionError, match="30 code cells"):
        read_source(many, Limits(max_cells=10))


def test_old_notebook_format_is_upgraded(tmp_path: Path) -> None:
    v3 = {
        "nbformat": 3,
        "nbformat_minor": 0,
        "metadata": {},
        "worksheets": [{"cells": [{"cell_type": "code", "input": "y = 2", "language": "python", "outputs": []}]}],
    }
    path = tmp_path / "old.ipynb"
    path.write_text(json.dumps(v3))
    assert [c.code for c in read_source(path).cells] == ["y = 2"]


def test_names_with_spaces_and_non_ascii(tmp_path: Path) -> None:
    path = tmp_path / "mon travail é.py"
    path.write_text("z = 3\n", encoding="utf-8")
    assert read_source(path).filename == "mon travail é.py"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"cells": [\n  {"cell_type": "code"', "not valid JSON (line 2, column 23); was it saved completely?"),
        ("[1, 2]", "it holds a JSON list, not a notebook"),
        ('"just a string"', "it holds a JSON str, not a notebook"),
        ('{"cells": []}', "it has no nbformat version"),
        ("[" * 100_000 + "]" * 100_000, "not a readable notebook"),
        ('{"nbformat": 99, "nbformat_minor": 0, "metadata": {}, "cells": []}', "Unsupported nbformat version 99"),
    ],
)
def test_broken_notebooks_say_what_is_wrong(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "nb.ipynb"
    path.write_text(content)
    with pytest.raises(SubmissionError) as info:
        read_source(path)
    assert problem in info.value.problem


def test_a_cell_whose_source_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "nb.ipynb"
    cell = {"cell_type": "code", "source": 42, "metadata": {}, "outputs": [], "execution_count": None, "id": "a"}
    path.write_text(json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [cell]}))
    with pytest.raises(SubmissionError, match="cell 1 has no readable source"):
        read_source(path)
