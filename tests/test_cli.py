"""The command line, end to end: what students and instructors actually type."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from conftest import REPO

from grader.cli import main


@pytest.fixture(scope="module")
def course_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled course, copied so that runs do not write into the repository."""
    root = tmp_path_factory.mktemp("course")
    shutil.copy(REPO / "config.yaml", root / "config.yaml")
    for folder in ("exercises", "solutions", "examples"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # The interpreter running the tests, never whichever `grader` comes first on PATH.
    return subprocess.run([sys.executable, "-m", "grader", *args], cwd=root, capture_output=True, text=True, timeout=600)


def test_the_grader_command_is_the_cli_main() -> None:
    [script] = entry_points(group="console_scripts", name="grader")
    assert script.load() is main


def test_check_a_correct_notebook_exits_0(course_copy: Path) -> None:
    proc = run(course_copy, "check", "examples/submissions/correct_notebook/autograd_exercises.ipynb", "-e", "mean_square_grad")
    assert proc.returncode == 0, proc.stderr
    assert "PASS  mean_square_grad" in proc.stdout
    assert "hidden checks" in proc.stdout


def test_check_json_has_the_documented_shape_and_exit_1_on_failures(course_copy: Path) -> None:
    proc = run(course_copy, "check", "examples/submissions/wrong_module/autograd_exercises.py", "--json")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert {"score", "max_score", "exercises"} <= data.keys()
    assert data["score"] < data["max_score"]
    for ex in data["exercises"]:
        assert {"id", "score", "max_score", "status", "checks"} <= ex.keys()
        for check in ex["checks"]:
            assert {"name", "status", "points", "max_points", "message", "hint"} <= check.keys()
            assert check["visibility"] == "public"  # check never runs hidden checks
    failed = [c for ex in data["exercises"] for c in ex["checks"] if c["status"] == "failed"]
    assert failed and all(c["message"] for c in failed)
    assert data["hidden_checks"] > 0


def test_check_unreadable_input_exits_2(course_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.ipynb"
    bad.write_text("not a notebook")
    proc = run(course_copy, "check", str(bad))
    assert proc.returncode == 2
    assert "broken.ipynb: is not a readable notebook" in proc.stderr


def test_usage_errors_exit_2(course_copy: Path) -> None:
    assert run(course_copy, "check").returncode == 2
    proc = run(course_copy, "check", "examples/submissions/correct_module/autograd_exercises.py", "-e", "no_such_exercise")
    assert proc.returncode == 2
    assert "no exercise with id no_such_exercise" in proc.stderr


def test_grade_writes_the_gradebook_and_exports(course_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run(course_copy, "grade", "examples/submissions", "--out", str(out), "-e", "mean_square_grad", "-e", "vector_backward")
    assert proc.returncode == 0, proc.stderr
    # Students come from the default pattern submissions/<student>/<file>.
    results = {p.stem: json.loads(p.read_text()) for p in (out / "results").glob("*.json")}
    assert sorted(results) == ["correct_module", "correct_notebook", "wrong_module", "wrong_notebook"]
    correct = results["correct_notebook"]
    assert correct["score"] == correct["max_score"] > 0
    assert any(c["visibility"] == "hidden" for ex in correct["exercises"] for c in ex["checks"])
    with (out / "grades.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    assert [r["student"] for r in rows] == ["correct_module", "correct_notebook", "wrong_module", "wrong_notebook"]
    assert [r["file"].split("/")[-1] for r in rows] == ["autograd_exercises.py", "autograd_exercises.ipynb"] * 2
    assert set(rows[0]) >= {"mean_square_grad", "vector_backward", "total", "status"}
    for row in rows:
        assert float(row["total"]) == results[row["student"]]["score"]
    assert "graded 4 submissions" in proc.stdout
    assert (course_copy / "gradebook.sqlite").is_file()  # the config's default place
    assert "found 4 submissions from 4 students" in proc.stderr
    # `grader export` rebuilds a format from the gradebook alone.
    again = tmp_path / "again"
    proc = run(course_copy, "export", "csv", "--out", str(again))
    assert proc.returncode == 0, proc.stderr
    assert (again / "grades.csv").read_text() == (out / "grades.csv").read_text()


def test_list_and_validate(course_copy: Path) -> None:
    proc = run(course_copy, "list")
    assert proc.returncode == 0
    assert "mean_square_grad" in proc.stdout
    # A topic column, and a topic's exercises together.
    header, *rows = proc.stdout.splitlines()[:-1]
    start, end = header.index("topic"), header.index("title")
    topics = [row[start:end].strip() for row in rows]
    assert "backward on a scalar" in topics and "" not in topics
    runs = [t for i, t in enumerate(topics) if i == 0 or topics[i - 1] != t]
    assert len(runs) == len(set(runs)) > 1
    proc = run(course_copy, "validate", "-e", "vector_backward")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "OK      vector_backward" in proc.stdout
    assert "alternatives full marks" in proc.stdout and "mutants" in proc.stdout
    assert "wrong solutions caught" in proc.stdout


def test_validate_reports_a_mistake_that_is_not_caught(course_copy: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken-course"
    shutil.copytree(course_copy, broken)
    # A "wrong" solution that is in fact right must make the exercise broken.
    wrong = broken / "solutions" / "wrong" / "vector_backward" / "ignores_v.py"
    docstring = wrong.read_text()[: wrong.read_text().index('"""', 4) + 3]  # what it must fail, kept
    wrong.write_text(docstring + "\n\n" + (broken / "solutions" / "vector_backward.py").read_text())
    proc = run(broken, "validate", "-e", "vector_backward")
    assert proc.returncode == 1
    assert "BROKEN  vector_backward" in proc.stdout
    assert "passes x_grad, x_grad_hidden, which it should fail" in proc.stdout


def test_broken_exercise_file_is_a_usage_error_naming_file_and_key(course_copy: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken-yaml"
    shutil.copytree(course_copy, broken)
    path = broken / "exercises" / "vector_backward.yaml"
    path.write_text(path.read_text().replace("target: x.grad", "target: x.gard"))
    proc = run(broken, "list")
    assert proc.returncode == 2
    assert "exercises/vector_backward.yaml: checks[2].target: unknown attribute .gard" in proc.stderr
