"""Hostile review, round 4: what a child can read of its worker, and answers dressed up as work.

The submissions of tests/hostile/round4/ (each says what it tries and the
fair verdict) are graded IN ONE BATCH against the corpus's small course (9
points: square_sum 5, triple 2, mean_item 2), with a correct submission
before, between and after them, as tests/test_hostile_round3.py does: the
batch must finish, no attack may earn what a fair instructor would not
give, the correct submissions keep full marks, nothing of a sandbox uid
outlives the batch, and no hidden seed reaches feedback.

Which worker runs which job is not fixed in a pool of two, so the attack
that copies the answers of the job before it on the same worker is also
graded on a worker of its own, right after a correct submission.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_corpus import CORPUS, _left_behind

from grader import secret
from grader.batch import Item, grade_items
from grader.config import Config, load_config
from grader.grading import open_grader
from grader.results import SubmissionResult
from grader.sandbox.worker import WorkerPool, frame, frame_parts
from grader.submission import read_source

ROUND4 = Path(__file__).resolve().parent / "hostile" / "round4"
GOOD = CORPUS / "submissions" / "good.py"
GOOD_NOTEBOOK = CORPUS / "submissions" / "good.ipynb"

EXPECTED: dict[str, tuple[float, dict[str, str]]] = {
    "copy_earlier_answers.py": (0, {"square_sum": "failed", "triple": "failed", "mean_item": "failed"}),
    "typed_in_disguised.py": (4, {"square_sum": "failed"}),
    "hidden_seeds_by_frames.py": (8, {"triple": "failed"}),
    "hidden_seeds_in_memory.py": (9, {}),
    "stop_and_hold.py": (9, {}),
    "half_line_then_exit.py": (7, {"triple": "error"}),
    "typed_in_through_inputs.py": (4, {"square_sum": "failed"}),
    "copy_earlier_answers_from_memory.py": (0, {"square_sum": "failed", "triple": "failed", "mean_item": "failed"}),
    "forge_next_task_result.py": (0, {"square_sum": "error", "triple": "error", "mean_item": "error"}),
}
"""The fair score of each attack, and the exercises it must not pass (the others pass)."""

NEEDS_REVIEW = {"forge_next_task_result.py"}
"""Attacks whose fair verdict is an error that needs review (it wrote on the grader's channel), not a grade."""

NOT_STOPPED: dict[str, str] = {}
"""Attacks that still earn more than their fair score (docs/threat-model.md says what is left)."""

HELD_FOR_REVIEW = {"typed_in_through_inputs.py": "square_sum"}
"""Attacks whose exercise shows real-looking work yet is right on every public case and wrong on every hidden one:
its points are held until the instructor reads it (the typed-in rule cannot tell it from an honest method)."""

COPIERS = ("copy_earlier_answers.py", "copy_earlier_answers_from_memory.py")
"""Attacks on the job graded before them on the same worker, also graded on a worker of their own right after a
correct submission (in a pool of two, which worker runs which job is not fixed)."""


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Config:
    root = tmp_path_factory.mktemp("round4") / "course"
    shutil.copytree(CORPUS / "course", root)
    config = load_config(root / "config.yaml")
    return dataclasses.replace(config, cache_dir=tmp_path_factory.mktemp("round4-cache"))


@pytest.fixture(scope="module")
def batch(course: Config, pool: WorkerPool) -> Iterator[dict[str, Any]]:
    attacks = [ROUND4 / name for name in sorted(EXPECTED)]
    middle = len(attacks) // 2
    # Two correct submissions first: each worker of the pool has most likely graded one before any attack.
    order = [("correct-start", GOOD), ("correct-start-2", GOOD_NOTEBOOK)] + [(p.name, p) for p in attacks[:middle]]
    order += [("correct-middle", GOOD_NOTEBOOK)] + [(p.name, p) for p in attacks[middle:]] + [("correct-end", GOOD)]
    grader = open_grader(course, mode="grade")
    left_before = _left_behind(_all_sandbox_uids(course))
    results = dict(grade_items([Item(key=k, path=p, grader=grader) for k, p in order], pool=pool))
    yield {"results": results, "left_before": left_before}


def _all_sandbox_uids(course: Config) -> set[int]:
    """Every uid a worker of any slot may give a child: a worker restarted during the batch may hold another slot."""
    return set(range(course.sandbox_uid, course.sandbox_uid + 500))


def _hidden_seeds(course: Config) -> list[int]:
    """The seed of every hidden random input of the course, as the plan derives them."""
    key = secret.key(course.root, course.hidden_seed)
    return [secret.hidden_seed(key, exercise, "random", "x") for exercise in ("square_sum", "triple", "mean_item")]


def _everything_shown(result: SubmissionResult) -> str:
    """Every word a student can read of a result: messages, hints, expected and found values, output, notes."""
    return json.dumps(dataclasses.asdict(result), default=str)


def test_every_attack_says_what_it_tries_and_the_fair_verdict() -> None:
    for path in sorted([*ROUND4.glob("*.py"), *(ROUND4 / "pack").glob("*.py")]):
        assert "Fair verdict" in path.read_text(encoding="utf-8").split('"""')[1], path.name
    assert {p.name for p in ROUND4.glob("*.py")} == set(EXPECTED)


def test_the_batch_finishes_and_correct_submissions_keep_full_marks(batch: dict[str, Any]) -> None:
    results: dict[str, SubmissionResult] = batch["results"]
    assert set(results) == {"correct-start", "correct-start-2", "correct-middle", "correct-end", *EXPECTED}
    for key in ("correct-start", "correct-start-2", "correct-middle", "correct-end"):
        r = results[key]
        assert r.status == "graded" and r.score == r.max_score == 9, (key, r.message, r.notes)


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_STOPPED[n])) if n in NOT_STOPPED else n for n in sorted(EXPECTED)],
)
def test_no_attack_earns_more_than_its_fair_score(batch: dict[str, Any], name: str) -> None:
    r: SubmissionResult = batch["results"][name]
    score, failing = EXPECTED[name]
    assert r.status == ("error" if name in NEEDS_REVIEW else "graded"), (r.status, r.message)
    assert r.score == score, (r.score, [(e.id, e.status, e.message) for e in r.exercises])
    for ex in r.exercises:
        assert ex.status == failing.get(ex.id, "passed"), (ex.id, ex.status, ex.message)
        assert (ex.review is not None) == (HELD_FOR_REVIEW.get(name) == ex.id), (ex.id, ex.review)


def test_answers_typed_in_behind_an_unrelated_backward_earn_nothing(batch: dict[str, Any]) -> None:
    square_sum = batch["results"]["typed_in_disguised.py"].exercise("square_sum")
    assert square_sum.score == 0
    assert any("answers written in for the examples earn no points" in (c.message or "") for c in square_sum.checks)


def test_no_child_finds_the_record_of_an_earlier_job(batch: dict[str, Any]) -> None:
    output = batch["results"]["copy_earlier_answers.py"].output
    assert "earlier records found: 0" in output, output
    assert "own records found: 0" not in output, output  # the control: the same search finds its own job's record


@pytest.fixture(scope="module")
def after_a_correct_one(course: Config) -> dict[str, SubmissionResult]:
    """The copiers, each graded right after a correct submission on a worker of their own (one worker: a fixed order)."""
    grader = open_grader(course, mode="grade")
    items = []
    for name in COPIERS:
        items += [Item(key=f"correct-before-{name}", path=GOOD, grader=grader), Item(key=name, path=ROUND4 / name, grader=grader)]
    with WorkerPool(1) as single:
        return dict(grade_items(items, pool=single))


def test_a_child_graded_right_after_a_correct_submission_on_its_worker_finds_no_record_of_it(after_a_correct_one: dict[str, SubmissionResult]) -> None:
    assert after_a_correct_one["correct-before-copy_earlier_answers.py"].score == 9
    copier = after_a_correct_one["copy_earlier_answers.py"]
    assert "earlier records found: 0" in copier.output, copier.output
    assert copier.score == 0, [(e.id, e.status, e.message) for e in copier.exercises]


def test_a_child_graded_right_after_a_correct_submission_on_its_worker_copies_nothing_from_freed_memory(
    after_a_correct_one: dict[str, SubmissionResult],
) -> None:
    assert after_a_correct_one["correct-before-copy_earlier_answers_from_memory.py"].score == 9
    copier = after_a_correct_one["copy_earlier_answers_from_memory.py"]
    assert "copied" not in copier.output and copier.score == 0, (copier.output, [(e.id, e.status) for e in copier.exercises])


def test_no_hidden_seed_reaches_feedback(batch: dict[str, Any], course: Config) -> None:
    assert "hidden tasks: [" in _everything_shown(batch["results"]["hidden_seeds_by_frames.py"])  # the walk ran, its message is quoted
    seeds = [str(seed) for seed in _hidden_seeds(course)]
    for key, result in batch["results"].items():
        assert not [s for s in seeds if s in _everything_shown(result)], key


def test_a_child_finds_no_hidden_seed_in_its_memory(batch: dict[str, Any], course: Config) -> None:
    output = batch["results"]["hidden_seeds_in_memory.py"].output
    assert "seeds in memory: [" in output and "123454321" in output, output  # the control: the scan finds what is there
    assert not [seed for seed in _hidden_seeds(course) if str(seed) in output], output


def test_a_framed_job_holds_hidden_tasks_only_in_the_part_the_worker_does_not_read(course: Config) -> None:
    grader = open_grader(course, mode="grade")
    job = grader.job(read_source(GOOD))
    outline, sealed, source = frame_parts(frame(job))
    hidden = [t for t in job["tasks"] if t.get("hidden")]
    assert hidden and b'"seed"' not in outline and b"corpus-marker" not in outline
    stubs = {t["id"]: t for t in json.loads(outline)["tasks"] if t.get("hidden")}
    for task in hidden:
        offset, length = stubs[task["id"]]["sealed"]
        assert json.loads(sealed[offset : offset + length]) == {"op": "task", "task": task}
    assert json.loads(source) == job["source"]


def test_nothing_of_the_batch_is_left(batch: dict[str, Any], course: Config) -> None:
    segments_before, files_before = batch["left_before"]
    segments, files = _left_behind(_all_sandbox_uids(course))
    assert not set(segments) - set(segments_before)
    assert not sorted(set(files) - set(files_before))


def test_a_grandchild_holding_the_childs_pipes_is_no_incident(batch: dict[str, Any]) -> None:
    r: SubmissionResult = batch["results"]["stop_and_hold.py"]
    # Nothing waited for the grandchild to let go of the pipes: no call or phase ran out of time.
    assert r.score == 9 and not r.notes, (r.score, r.notes)


PACK = ROUND4 / "pack"
"""Attacks on exercises of the course's own pack (graded against it, one exercise each)."""


def test_a_backward_right_only_on_the_gradcheck_probe_earns_no_gradcheck_points(repo_config: Config, pool: WorkerPool) -> None:
    grader = open_grader(repo_config, mode="grade", only=["custom_cube_function"])
    [(_key, result)] = list(grade_items([Item(key="cube", path=PACK / "backward_right_only_for_gradcheck.py", grader=grader)], pool=pool))
    checks = {c.name: c for c in result.exercise("custom_cube_function").checks}
    assert checks["x_grad"].status == checks["x_grad_hidden"].status == "failed"  # the backward is wrong where it is used
    assert result.exercise("custom_cube_function").score == 5, [(c.name, c.status) for c in checks.values()]
