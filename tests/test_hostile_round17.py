"""Hostile review, round 17: the four things the course fears most, in notebook form.

``tests/hostile/round17/pack/`` holds notebooks (the first markdown cell of each says what it tries and the fair
verdict): cells that kill their parent, fork, allocate and never end; forged records, outputs, execution counts and
metadata; files and a daemon meant to outlive the job, and patches to torch and the grader in the child; the secret
and the hidden seed looked for from a cell; cells that are valid JSON but not nbformat. Graded beside the honest
notebook, in a batch at two workers, and one after another on one worker.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, assert_fair

from grader.batch import Item, grade_items
from grader.config import Config
from grader.grading import open_grader
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round17" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {
    # A torch.Tensor subclass equal to everything as gb_out and gb_grad_after: refused as not a tensor.
    "subclass_equal_to_everything.ipynb": ("grad_before_backward", 0),
    # Raw, "Code" and None cells writing gb_out = 999 are not run; odd sources and counts: the honest answer's score.
    "odd_cells_valid_json.ipynb": ("grad_before_backward", 12),
    # The secret looked for from a cell and raised into the feedback: the honest function's score, nothing leaked.
    "peek_secret_from_cells.ipynb": ("mean_square_grad", 9),
}
"""Pack notebooks graded one at a time: exercise and fair score."""

BATCH: dict[str, float] = {
    "crash_kill_fork_memory_spin.ipynb": 12,
    "forged_records_outputs_subclass.ipynb": 0,
    "persist_daemon_files_patches.ipynb": 0,
    "honest_control.ipynb": 12,
}
"""Graded together on grad_before_backward at two workers: the fair score of each (persist: the typed-in answer's)."""
ALSO_GRADED = set(BATCH)
"""Pack files graded by a test of their own (tests/test_hostile_packs.py checks every file is graded)."""

MARKS = (
    Path("/tmp/h17-mark"), Path("/dev/shm/h17-mark"), Path.home() / ".h17", Path.home() / ".cache" / "torch" / "h17",
    REPO / "grader" / "h17_mark.py", REPO / "h17-mark",
)
"""Where the persist notebook writes (and its daemon would rewrite)."""


@pytest.fixture()
def quick_cells(repo_config: Config) -> Config:
    """The course's config with a 3 s cell limit, so the cell that never ends costs 3 s, not 60."""
    return dataclasses.replace(repo_config, limits=dataclasses.replace(repo_config.limits, cell_seconds=3.0))


@pytest.fixture()
def one_worker() -> Iterator[WorkerPool]:
    with WorkerPool(1) as p:
        yield p


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score = PACK_EXPECTED[name]
    grader = open_grader(repo_config, mode="grade", only=[exercise])
    [(_key, result)] = list(grade_items([Item(key=name, path=PACK / name, grader=grader)], pool=pool))
    ex = result.exercise(exercise)
    assert_fair(ex, score)
    secret = (REPO / ".grader_secret").read_text(encoding="utf-8").strip() if (REPO / ".grader_secret").exists() else ""
    assert not secret or secret not in repr(result)


def test_a_batch_of_crashes_and_forgeries_gives_everyone_their_own_grade(quick_cells: Config, pool: WorkerPool) -> None:
    grader = open_grader(quick_cells, mode="grade", only=["grad_before_backward"])
    items = [Item(key=name, path=PACK / name, grader=grader) for name in BATCH]
    results = dict(grade_items(items, pool=pool))
    for name, score in BATCH.items():
        ex = results[name].exercise("grad_before_backward")
        assert ex.score == score, (name, results[name].message, [(c.name, c.status, c.points) for c in ex.checks])
    assert "needs review" in (results["forged_records_outputs_subclass.ipynb"].message or "")


def test_nothing_outlives_the_job_on_the_same_worker(quick_cells: Config, one_worker: WorkerPool) -> None:
    grader = open_grader(quick_cells, mode="grade", only=["grad_before_backward"])
    names = ("persist_daemon_files_patches.ipynb", "honest_control.ipynb", "crash_kill_fork_memory_spin.ipynb", "honest_control.ipynb")
    items = [Item(key=f"{i}-{name}", path=PACK / name, grader=grader) for i, name in enumerate(names)]
    scores = {key: result.exercise("grad_before_backward").score for key, result in grade_items(items, pool=one_worker)}
    assert [scores[item.key] for item in items] == [0, 12, 12, 12]
    time.sleep(0.3)  # a daemon that survived would rewrite its marks every 50 ms
    assert not [str(m) for m in MARKS if m.exists()]
    assert not any(m.name == "h17-mark" for m in Path(os.environ.get("TMPDIR", "/tmp")).iterdir())


def test_a_typed_in_mean_beside_a_throwaway_product_is_not_worth_out_value(repo_config: Config, pool: WorkerPool) -> None:
    """grad_before_backward's out_value required prod_grad_fn only (so that sum()/6 keeps it): gb_prod = gb_t1 * 1.0
    gave the MulBackward0 and 217/6 typed in passed, unlocking 7 of 12. It now requires gb_out on the graph too."""
    grader = open_grader(repo_config, mode="grade", only=["grad_before_backward"])
    name = "persist_daemon_files_patches.ipynb"
    [(_key, result)] = list(grade_items([Item(key=name, path=PACK / name, grader=grader)], pool=pool))
    checks = {c.name: c for c in result.exercise("grad_before_backward").checks}
    assert result.exercise("grad_before_backward").score == 0
    assert checks["out_tracked"].status == "failed" and checks["out_value"].points == 0
