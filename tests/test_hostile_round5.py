"""Hostile review, round 5: round 4's defences, answers dressed up as tied work, hints as oracles, notebooks that lie.

The submissions of tests/hostile/round5/ (each says what it tries and the
fair verdict) are graded IN ONE BATCH against the corpus's small course (9
points: square_sum 5, triple 2, mean_item 2), with a correct submission
before, between and after them, as tests/test_hostile_round4.py does: the
batch must finish, no attack may earn what a fair instructor would not give,
the correct submissions keep full marks, nothing of a sandbox uid outlives
the batch, and no hidden seed or hidden expected value reaches what a
student reads.
"""

from __future__ import annotations

import dataclasses
import json
import math
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_corpus import CORPUS, _left_behind
from test_hostile_round4 import (
    GOOD,
    GOOD_NOTEBOOK,
    _all_sandbox_uids,
    _everything_shown,
    _hidden_seeds,
)

from grader.batch import Item, grade_items
from grader.config import Config, load_config
from grader.expected import freeze, open_expected
from grader.grading import open_grader
from grader.known import KnownMistake
from grader.results import SubmissionResult
from grader.sandbox.worker import WorkerPool
from grader.spec import load_exercises

ROUND5 = Path(__file__).resolve().parent / "hostile" / "round5"
PACK = ROUND5 / "pack"
SOLUTIONS = Path(__file__).resolve().parent.parent / "solutions"
"""Attacks on exercises of the course's own pack (graded against it, one exercise each)."""

EXPECTED: dict[str, tuple[float, dict[str, str]]] = {
    "typed_in_custom_backward.py": (4, {"square_sum": "failed"}),
    "typed_in_where.py": (4, {"square_sum": "failed"}),
    "hidden_hint_oracle.py": (0, {"square_sum": "failed", "triple": "failed", "mean_item": "failed"}),
    "sealed_tasks_by_fds.py": (8, {"triple": "failed"}),
    "hidden_inputs_replaced.py": (0, {"square_sum": "failed", "triple": "failed", "mean_item": "failed"}),
    "notebook_lies.ipynb": (6, {"square_sum": "failed"}),
}
"""The fair score of each attack, and the exercises it must not pass (the others pass)."""

NOT_STOPPED: dict[str, str] = {}
"""Attacks that still earn more than their fair score (docs/threat-model.md, point 3, says what is left). The two typed-in
ones of this folder (a custom Function's backward, torch.where and a hook) were until main held such exercises for review."""

HELD_FOR_REVIEW = {
    "typed_in_custom_backward.py": {"square_sum"},
    "typed_in_where.py": {"square_sum"},
    "hidden_hint_oracle.py": {"square_sum", "triple", "mean_item"},
    "hidden_inputs_replaced.py": {"square_sum", "triple", "mean_item"},
}
"""Exercises right on every public case and wrong on every hidden one: their points wait for a person (checks.held_for_review)."""


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Config:
    root = tmp_path_factory.mktemp("round5") / "course"
    shutil.copytree(CORPUS / "course", root)
    config = load_config(root / "config.yaml")
    return dataclasses.replace(config, cache_dir=tmp_path_factory.mktemp("round5-cache"))


@pytest.fixture(scope="module")
def batch(course: Config, pool: WorkerPool) -> Iterator[dict[str, Any]]:
    attacks = [ROUND5 / name for name in sorted(EXPECTED)]
    middle = len(attacks) // 2
    order = [("correct-start", GOOD), ("correct-start-2", GOOD_NOTEBOOK)] + [(p.name, p) for p in attacks[:middle]]
    order += [("correct-middle", GOOD_NOTEBOOK)] + [(p.name, p) for p in attacks[middle:]] + [("correct-end", GOOD)]
    grader = open_grader(course, mode="grade")
    left_before = _left_behind(_all_sandbox_uids(course))
    results = dict(grade_items([Item(key=k, path=p, grader=grader) for k, p in order], pool=pool))
    yield {"results": results, "left_before": left_before}


def test_every_attack_says_what_it_tries_and_the_fair_verdict() -> None:
    for path in sorted([*ROUND5.glob("*.py"), *PACK.glob("*.py")]):
        assert "Fair verdict" in path.read_text(encoding="utf-8").split('"""')[1], path.name
    for path in sorted(ROUND5.glob("*.ipynb")):
        assert "Fair verdict" in "".join(json.loads(path.read_text(encoding="utf-8"))["cells"][0]["source"]), path.name
    assert {p.name for p in ROUND5.iterdir() if p.suffix in (".py", ".ipynb")} == set(EXPECTED)


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
    assert r.status == "graded", (r.status, r.message)
    assert r.score == score, (r.score, [(e.id, e.status, e.message) for e in r.exercises])
    for ex in r.exercises:
        assert ex.status == failing.get(ex.id, "passed"), (ex.id, ex.status, ex.message)
    assert {ex.id for ex in r.exercises if ex.review} == HELD_FOR_REVIEW.get(name, set())


def test_no_hidden_seed_reaches_feedback(batch: dict[str, Any], course: Config) -> None:
    seeds = [str(seed) for seed in _hidden_seeds(course)]
    for key, result in batch["results"].items():
        assert not [s for s in seeds if s in _everything_shown(result)], key


def _hidden_numbers(course: Config) -> list[float]:
    """Every number of the hidden cases' expected values, and its inverse (the ratio of a returned 1 to it)."""
    expected = open_expected(course)
    numbers: list[float] = []
    try:
        for exercise in load_exercises(course):
            observations = expected.observations(exercise)
            for case in ("random",):
                text = json.dumps(observations[case].to_wire())
                for token in text.replace(",", " ").replace("[", " ").replace("]", " ").replace(":", " ").split():
                    try:
                        x = float(token)
                    except ValueError:
                        continue
                    if math.isfinite(x) and x not in (0.0, 1.0, -1.0) and abs(x) > 1e-3 and x != int(x):
                        numbers += [x, 1 / x]
    finally:
        expected.close()
    return numbers


def test_a_hint_on_a_hidden_check_quotes_no_hidden_value(batch: dict[str, Any], course: Config) -> None:
    result: SubmissionResult = batch["results"]["hidden_hint_oracle.py"]
    # The words a student reads (timings and hashes are numbers too, of nothing hidden).
    shown = json.dumps([[c.message, c.hint, c.expected, c.found] for e in result.exercises for c in e.checks] + [result.notes, result.output])
    hidden = [c for e in result.exercises for c in e.checks if c.visibility == "hidden"]
    assert hidden and all(c.status == "failed" for c in hidden)
    # Nor its size: "4 of 4 values differ" said how many elements the hidden input has, as a shape would.
    messages = {c.name: c.message or "" for c in hidden}
    assert messages["x_grad_hidden"].endswith("x.grad on a hidden case: every value differs"), messages
    assert not [m for m in messages.values() if " of " in m], messages
    numbers = _hidden_numbers(course)
    assert numbers
    for x in numbers:
        for text in {f"{x:.6g}", f"{x:.5g}", f"{x:.4g}"}:
            assert text not in shown, (x, text)


def test_a_child_finds_no_sealed_task_file_and_no_other_process(batch: dict[str, Any]) -> None:
    result: SubmissionResult = batch["results"]["sealed_tasks_by_fds.py"]
    output = result.output
    assert output.count("memfds: []") == 3 and "other processes: []" in output, output  # at import, and both mean_item cases
    assert "bytes waiting in pipes: []" in output.split("on mean_item:")[-1], output  # the hidden case runs alone
    assert "ppid 0" in output  # the init of its own PID namespace (root, as these tests run)


def test_a_notebook_that_lies_is_graded_on_what_it_runs(batch: dict[str, Any]) -> None:
    result: SubmissionResult = batch["results"]["notebook_lies.ipynb"]
    checks = {c.name: c for c in result.exercise("square_sum").checks}
    assert checks["x_grad"].status == "failed" and checks["loss_value"].status == "passed"
    assert any("%load" in n for n in result.notes) and any("%run" in n for n in result.notes)


def test_the_grader_reads_no_output_or_metadata_of_a_notebook() -> None:
    """A saved output (a pasted "Grade: 9/9" of a self-check) or a cell's metadata never counts: nothing reads them."""
    grader_dir = Path(__file__).resolve().parent.parent / "grader"
    readers = []
    for path in sorted(grader_dir.rglob("*.py")):
        if path.name == "assign.py":  # writes the student notebook: outputs empty, metadata its own
            continue
        text = path.read_text(encoding="utf-8")
        if '"outputs"' in text or "'outputs'" in text or ".outputs" in text:
            readers.append(path.name)
    assert not readers


def test_nothing_of_the_batch_is_left(batch: dict[str, Any], course: Config) -> None:
    segments_before, files_before = batch["left_before"]
    segments, files = _left_behind(_all_sandbox_uids(course))
    assert not set(segments) - set(segments_before)
    assert not sorted(set(files) - set(files_before))


class _OneMistake:
    """An expected-values source whose one known mistake is vague on a public and on a hidden check."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def observations(self, exercise: Any) -> Any:
        return self.inner.observations(exercise)

    def known_mistakes(self, exercise: Any) -> list[KnownMistake]:
        names = frozenset(c.name for c in exercise.checks if c.name in ("x_grad", "x_grad_hidden"))
        return [KnownMistake("forgot.py", "forgot a step", ("operation",), self.inner.observations(exercise), vague=names)]

    def free_checks(self, exercise: Any) -> frozenset[str]:
        return frozenset()


def test_a_bundle_names_no_hidden_check_of_a_known_mistake(course: Config, tmp_path: Path) -> None:
    """A student bundle's known mistakes said on which checks each is vague: hidden checks' names included, and that
    the mistake's values there, on hidden cases, are those of the reference with a step left out."""
    exercises = [ex for ex in load_exercises(course) if ex.id == "square_sum"]
    hidden = {c.name for c in exercises[0].checks if c.visibility == "hidden"}
    expected = open_expected(course)
    try:
        source = _OneMistake(expected)
        freeze(source, exercises, tmp_path / "bundle.json", public_only=True)  # type: ignore[arg-type]
        freeze(source, exercises, tmp_path / "course.json", public_only=False)  # type: ignore[arg-type]
    finally:
        expected.close()
    bundle = json.loads((tmp_path / "bundle.json").read_text())["known"]["square_sum"]
    assert [k["vague"] for k in bundle] == [["x_grad"]]
    assert not [name for name in hidden if name in (tmp_path / "bundle.json").read_text()]
    # The course's own frozen file (the Gradescope zip, root-only there) keeps what hidden checks read.
    assert json.loads((tmp_path / "course.json").read_text())["known"]["square_sum"][0]["vague"] == ["x_grad", "x_grad_hidden"]


def test_a_product_typed_in_through_autograd_is_held_for_review(repo_config: Config, pool: WorkerPool) -> None:
    # One hidden check, a flag, passes honestly; the hidden value check fails. Flags and counts do not count against
    # the hold: right on every public case and wrong on every hidden value, the exercise is held for review (its fair
    # 4 of 11, the flags' work, is the instructor's to give back with an override).
    grader = open_grader(repo_config, mode="grade", only=["requires_grad_inheritance"])
    [(_key, result)] = list(grade_items([Item(key="product", path=PACK / "typed_in_through_a_product.py", grader=grader)], pool=pool))
    exercise = result.exercise("requires_grad_inheritance")
    checks = {c.name: c for c in exercise.checks}
    assert checks["prod_hidden"].status == "failed"  # the product is typed in: wrong off the public cases
    assert exercise.review is not None and exercise.score == 0, [(c.name, c.status, c.points) for c in checks.values()]


ERRORS_TYPED_IN = {
    "error_thrown_into_a_generator.py": None,
    "error_raised_by_warnings.py": None,
    "error_raised_by_c_calls.py": "C code of the standard library that raises an exception it is given (asyncio's future, ctypes' "
    "PyErr_SetString) looks, from the traceback, like a tensor operation of the submission's own line raising",
}
"""Attacks on nonscalar_backward_error, whose expected error must be PyTorch's (None: stopped; else why not)."""


@pytest.fixture(scope="module")
def errors_typed_in(repo_config: Config, pool: WorkerPool) -> dict[str, SubmissionResult]:
    grader = open_grader(repo_config, mode="grade", only=["nonscalar_backward_error"])
    items = [Item(key="correct-before", path=SOLUTIONS / "nonscalar_backward_error.py", grader=grader)]
    items += [Item(key=name, path=PACK / name, grader=grader) for name in ERRORS_TYPED_IN]
    items += [Item(key="correct-after", path=SOLUTIONS / "nonscalar_backward_error.py", grader=grader)]
    return dict(grade_items(items, pool=pool))


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=why)) if why else n for n, why in ERRORS_TYPED_IN.items()],
)
def test_pytorchs_error_typed_in_is_not_pytorchs(errors_typed_in: dict[str, SubmissionResult], name: str) -> None:
    for key in ("correct-before", "correct-after"):
        assert errors_typed_in[key].score == errors_typed_in[key].max_score == 11
    checks = {c.name: c for c in errors_typed_in[name].exercise("nonscalar_backward_error").checks}
    assert checks["raises_on_vector"].status == checks["raises_hidden"].status == "failed"
    assert "not by PyTorch" in (checks["raises_on_vector"].message or ""), checks["raises_on_vector"].message
    assert errors_typed_in[name].score == 8
