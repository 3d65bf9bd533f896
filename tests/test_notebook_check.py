"""``check()`` from inside a notebook kernel: the student's live namespace."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from conftest import REPO

from grader import calling, notebook
from grader.config import Config


def right(x: torch.Tensor) -> torch.Tensor:
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    return out


def wrong(x: torch.Tensor) -> torch.Tensor:
    out = (3 * (x + 2) ** 2).sum()
    out.backward()
    return out


@pytest.fixture
def config_path(repo_config: Config, tmp_path: Path) -> Path:
    path = tmp_path / "config.yaml"
    text = (REPO / "config.yaml").read_text()
    path.write_text(
        text.replace("exercises_dir: exercises", f"exercises_dir: {REPO / 'exercises'}")
        .replace("solutions_dir: solutions", f"solutions_dir: {REPO / 'solutions'}")
        .replace("cache_dir: .grader_cache", f"cache_dir: {repo_config.cache_dir}")
    )
    return path


def test_check_passes_a_correct_function(config_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = notebook.check("mean_square_grad", config=config_path, namespace={"mean_square_grad": right})
    assert report is not None and report.passed
    assert repr(report) == "<mean_square_grad: passed, 6/6 points>"
    out = capsys.readouterr().out
    assert "PASS  mean_square_grad" in out
    assert "2 hidden checks (3 points) will run when your work is graded." in out


def test_check_explains_a_wrong_function(config_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = notebook.check("mean_square_grad", config=config_path, namespace={"mean_square_grad": wrong})
    assert report is not None and not report.passed
    out = " ".join(capsys.readouterr().out.split())  # the report wraps long lines
    # On both public cases the values are those of the course's known mistake: its author's words name it.
    assert "Reduces with sum() where the mean was asked for" in out


def test_check_with_nothing_defined(config_path: Path) -> None:
    report = notebook.check("mean_square_grad", config=config_path, namespace={}, show=False)
    assert report is not None
    assert report.result.status == "error"
    assert "`mean_square_grad` is not defined" in (report.result.message or "")


def test_check_does_nothing_inside_a_grading_run(config_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(calling.UNDER_GRADER_ENV, "1")
    assert notebook.check("mean_square_grad", config=config_path, namespace={"mean_square_grad": wrong}) is None


def test_html_report_escapes_student_text() -> None:
    from grader.report.html import exercises_html
    from grader.results import CheckResult, ExerciseResult

    ex = ExerciseResult(
        id="e", title="t", status="failed", score=0, max_score=1,
        checks=[CheckResult(name="c", status="failed", points=0, max_points=1, message="<script>alert(1)</script>", expected="a", found="<b>")],
    )
    page = exercises_html([ex])
    assert "<script>alert" not in page and "&lt;script&gt;" in page
