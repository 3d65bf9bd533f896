"""``check()`` in a kernel: time limits, one report, finding the bundle, shared wording; and what reports say."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
import torch
from conftest import REPO, GradeFn

from grader import assign, notebook
from grader.config import Config
from grader.errors import ConfigError
from grader.expected import ReferenceRunner
from grader.report import html, text
from grader.spec import load_exercises


def right(x: torch.Tensor) -> torch.Tensor:
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    return out


def wrong(x: torch.Tensor) -> torch.Tensor:
    out = (3 * (x + 2) ** 2).sum()
    out.backward()
    return out


def endless(x: torch.Tensor) -> torch.Tensor:
    while True:
        pass


def retrying(x: torch.Tensor) -> torch.Tensor:
    # Retries after any error, as student code does: the interruption is not an Exception.
    while True:
        try:
            while True:
                pass
        except Exception:
            pass


@pytest.fixture(scope="module")
def bundle(repo_config: Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bundle")
    with ReferenceRunner(repo_config) as runner:
        assign.write_bundle(repo_config, load_exercises(repo_config, only=["mean_square_grad"]), folder, expected=runner)
    return folder


@pytest.mark.parametrize("fn", [endless, retrying])
def test_an_endless_loop_is_stopped_with_a_clear_message(bundle: Path, fn: object, capsys: pytest.CaptureFixture[str]) -> None:
    report = notebook.check("mean_square_grad", course=bundle, namespace={"mean_square_grad": fn}, time_limit=1)
    assert report is not None and report.result.status == "timeout"
    out = " ".join(capsys.readouterr().out.split())
    assert "did not finish within 1 s" in out and "look for a loop that never ends" in out
    # The kernel goes on: the next check works.
    again = notebook.check("mean_square_grad", course=bundle, namespace={"mean_square_grad": right}, show=False)
    assert again is not None and again.passed


def test_in_jupyter_the_report_is_shown_once_as_html(bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[object] = []
    display = types.ModuleType("IPython.display")

    class HTML:
        def __init__(self, data: str) -> None:
            self.data = data

    display.HTML = HTML  # type: ignore[attr-defined]
    display.display = shown.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython.display", display)
    monkeypatch.setattr(notebook, "_in_jupyter", lambda: True)
    result = notebook.check("mean_square_grad", course=bundle, namespace={"mean_square_grad": wrong})
    assert result is None  # nothing for Jupyter to print as the cell's value: no second report
    [page] = shown
    data = page.data  # type: ignore[attr-defined]
    assert "0 of 6 points (3 more in hidden checks)" in data or "of 6 points (3 more in hidden checks)" in data
    assert "<b>Hint:</b>" in data
    assert not any(ord(ch) > 0xFFFF for ch in data), "no emoji: they render as empty boxes without an emoji font"


def test_the_bundle_is_found_from_a_subfolder(bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sub = bundle / "my_work"
    sub.mkdir(exist_ok=True)
    monkeypatch.chdir(sub)
    monkeypatch.delenv("GRADER_CONFIG", raising=False)
    report = notebook.check("mean_square_grad", namespace={"mean_square_grad": right}, show=False)
    assert report is not None and report.passed


def test_without_a_bundle_the_message_says_how_to_point_at_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GRADER_CONFIG", raising=False)
    with pytest.raises(ConfigError) as info:
        notebook.check("mean_square_grad", namespace={})
    message = str(info.value)
    assert 'check("exercise_id", course="path/to/that/folder")' in message
    assert "--config" not in message and "command" not in message
    with pytest.raises(ConfigError, match="course="):
        notebook.check("mean_square_grad", course=tmp_path / "nowhere", namespace={})


def test_points_have_one_wording_in_the_notebook_and_on_the_command_line(bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert text.points_phrase(6, 9, 3) == "6 of 9 points (3 more in hidden checks)"
    assert text.points_phrase(9, 9) == "9 of 9 points"
    report = notebook.check("mean_square_grad", course=bundle, namespace={"mean_square_grad": right})
    assert report is not None
    out = capsys.readouterr().out
    assert "6 of 6 points (3 more in hidden checks)" in out
    assert "6 of 6 points (3 more in hidden checks)" in html.exercises_html([report.result])


def _broken_notebook(path: Path) -> Path:
    """The correct example notebook with a typo in its import, every code cell marked as run."""
    nb = json.loads((REPO / "examples/submissions/correct_notebook/autograd_exercises.ipynb").read_text(encoding="utf-8"))
    count = 0
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        count += 1
        cell["execution_count"] = count + 10
        if count == 1:
            cell["source"] = "import tourch\n"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


def test_a_broken_notebook_reports_each_distinct_error_once(repo_config: Config, grade: GradeFn, tmp_path: Path) -> None:
    result = grade(repo_config, _broken_notebook(tmp_path / "broken.ipynb"), mode="check")
    notes = result.notes
    assert sum("NameError: name 'torch' is not defined" in n for n in notes) == 1
    assert any(n.startswith("cell [11] raised ModuleNotFoundError: No module named 'tourch'") for n in notes)
    [same] = [n for n in notes if "name 'torch'" in n]
    assert same.startswith("cell [12] raised NameError") and "the same error in cell [14], cell [16]" in same
    rendered = text.render_submission(result)
    # Each exercise says it once; its checks point at that message instead of repeating it.
    flat = " ".join(rendered.split())  # long messages wrap across lines
    saying = sum("name 'torch' is not defined" in " ".join((ex.message or "").split()) for ex in result.exercises)
    # An exercise whose function was defined (no annotation needs torch) meets the error only when called:
    # its checks say it, in one line for all of them.
    at_call = sum(
        1 for ex in result.exercises if not ex.message and any("name 'torch' is not defined" in (c.message or "") for c in ex.checks)
    )
    assert saying + at_call >= len(result.exercises) - 2  # all but the exercises a later cell's own error broke
    assert flat.count("name 'torch' is not defined") == saying + at_call + 1  # once each, and once in the notes
    assert "see above" in rendered
    assert "💡" not in rendered and "💡" not in html.submission_html(result)
