"""Hostile review, round 6: coding lines, a hold dodged by one honest hidden check, gradcheck's float32 comparison.

The submissions of tests/hostile/round6/ (each says what it tries and the
fair verdict) are graded IN ONE BATCH against the corpus's small course (9
points: square_sum 5, triple 2, mean_item 2), with correct submissions
before, between and after them, as tests/test_hostile_round5.py does: the
batch must finish, no attack may earn what a fair instructor would not give,
the correct submissions keep full marks and nothing of a sandbox uid
outlives the batch. ``pack/`` holds an attack on the course's own pack.
"""

from __future__ import annotations

import codecs
import dataclasses
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_corpus import CORPUS, _left_behind
from test_hostile_round4 import GOOD, GOOD_NOTEBOOK, _all_sandbox_uids

from grader.batch import Item, grade_items
from grader.config import Config, load_config
from grader.errors import SubmissionError
from grader.grading import open_grader
from grader.results import SubmissionResult
from grader.sandbox.worker import WorkerPool
from grader.submission import read_source

ROUND6 = Path(__file__).resolve().parent / "hostile" / "round6"
PACK = ROUND6 / "pack"

EXPECTED: dict[str, tuple[float, dict[str, str]]] = {
    "coding_not_a_text_encoding.py": (0, {}),
    "coding_hides_code.py": (0, {}),
    "typed_in_gradient_beside_real_loss.py": (4, {"square_sum": "failed"}),
    "lone_surrogates.py": (4, {"square_sum": "failed"}),
}
"""The fair score of each attack, and the exercises it must not pass (the others pass; none at all for a file that
cannot be graded)."""

UNGRADABLE = {
    "coding_not_a_text_encoding.py": "its coding line names rot13, which is not a text encoding",
    "coding_hides_code.py": "under which its ASCII text reads differently",
}
"""Files the grader cannot read, and what it says (the rest of the batch is graded)."""

NOT_STOPPED: dict[str, str] = {}
"""Attacks that still earn more than their fair score (docs/threat-model.md says what is left)."""

HELD_FOR_REVIEW = {"typed_in_gradient_beside_real_loss.py": {"square_sum"}}
"""Exercises whose points wait for a person (checks.held_for_review)."""


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Config:
    root = tmp_path_factory.mktemp("round6") / "course"
    shutil.copytree(CORPUS / "course", root)
    config = load_config(root / "config.yaml")
    return dataclasses.replace(config, cache_dir=tmp_path_factory.mktemp("round6-cache"))


@pytest.fixture(scope="module")
def batch(course: Config, pool: WorkerPool) -> Iterator[dict[str, Any]]:
    attacks = [ROUND6 / name for name in sorted(EXPECTED)]
    middle = len(attacks) // 2
    order = [("correct-start", GOOD), ("correct-start-2", GOOD_NOTEBOOK)] + [(p.name, p) for p in attacks[:middle]]
    order += [("correct-middle", GOOD_NOTEBOOK)] + [(p.name, p) for p in attacks[middle:]] + [("correct-end", GOOD)]
    grader = open_grader(course, mode="grade")
    left_before = _left_behind(_all_sandbox_uids(course))
    results = dict(grade_items([Item(key=k, path=p, grader=grader) for k, p in order], pool=pool))
    yield {"results": results, "left_before": left_before}


def test_every_attack_says_what_it_tries_and_the_fair_verdict() -> None:
    for path in sorted([*ROUND6.glob("*.py"), *PACK.glob("*.py")]):
        text = path.read_bytes().decode("latin-1")  # as bytes: two of them name codecs that are the point
        assert "Fair verdict" in text.split('"""')[1], path.name
    assert {p.name for p in ROUND6.iterdir() if p.suffix in (".py", ".ipynb")} == set(EXPECTED)


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
    if name in UNGRADABLE:
        assert r.status != "graded" and r.score == 0 and UNGRADABLE[name] in (r.message or ""), (r.status, r.score, r.message)
        return
    assert r.status == "graded", (r.status, r.message)
    assert r.score == score, (r.score, [(e.id, e.status, e.message) for e in r.exercises])
    for ex in r.exercises:
        assert ex.status == failing.get(ex.id, "passed"), (ex.id, ex.status, ex.message)
    assert {ex.id for ex in r.exercises if ex.review} == HELD_FOR_REVIEW.get(name, set())


def test_nothing_of_the_batch_is_left(batch: dict[str, Any], course: Config) -> None:
    segments_before, files_before = batch["left_before"]
    segments, files = _left_behind(_all_sandbox_uids(course))
    assert not set(segments) - set(segments_before)
    assert not sorted(set(files) - set(files_before))


NOT_TEXT = ("rot13", "hex", "base64", "zlib", "bz2", "uu", "quopri", "punycode", "idna")
"""Codecs Python knows whose decoding is not a text encoding's, or fails with an error other than UnicodeDecodeError."""


@pytest.mark.parametrize("codec", NOT_TEXT)
def test_a_coding_line_naming_a_codec_that_is_not_text_is_a_submission_error(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "hw.py"
    path.write_bytes(f"# coding: {codec}\n".encode() + b"x = '\xff\xfe'\n" + b"y" * 80 + b".\n")
    with pytest.raises(SubmissionError) as info:
        read_source(path)
    assert "save it as UTF-8" in info.value.problem


@pytest.mark.parametrize("codec", ("unicode_escape", "raw_unicode_escape", "utf-7", "shift_jis"))
def test_a_coding_line_under_which_ascii_reads_otherwise_is_refused(tmp_path: Path, codec: str) -> None:
    """What runs must be what a person reads: an escape in a comment that Python decodes into a newline and code is not."""
    hidden = {"unicode_escape": b"\\x0a", "raw_unicode_escape": b"\\u000a", "utf-7": b"+AAo-", "shift_jis": b"\x83\\"}[codec]
    path = tmp_path / "hw.py"
    path.write_bytes(f"# -*- coding: {codec} -*-\n".encode() + b"x = 1  # note" + hidden + b"y = 2\n")
    with pytest.raises(SubmissionError) as info:
        read_source(path)
    assert "reads differently" in info.value.problem and "save it as UTF-8" in info.value.problem


@pytest.mark.parametrize("codec", ("latin-1", "cp1252", "koi8_r", "iso-8859-15", "utf-8"))
def test_a_coding_line_of_an_ascii_compatible_encoding_is_still_read(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "hw.py"
    text = f"# -*- coding: {codec} -*-\nname = 'é'\n" if codec != "koi8_r" else "# -*- coding: koi8_r -*-\nname = 'ж'\n"
    path.write_bytes(text.encode(codec))
    assert read_source(path).cells[0].code == text
    assert codecs.lookup(codec)


def test_a_file_that_cannot_be_read_for_any_reason_costs_its_own_grade_only(course: Config, pool: WorkerPool, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Whatever reading one file raises, the batch grades the others: read_source failing with an error it was not
    written for (a codec's LookupError was one) stopped grade_items before it graded anyone."""
    import grader.batch as batch_mod

    bad = tmp_path / "bad.py"
    bad.write_text("x = 1\n")
    real = batch_mod.read_source

    def flaky(path: Path, limits: Any = None) -> Any:
        if Path(path) == bad:
            raise RuntimeError("an error nobody expected")
        return real(path, limits)

    monkeypatch.setattr(batch_mod, "read_source", flaky)
    grader = open_grader(course, mode="grade")
    results = dict(grade_items([Item(key="bad", path=bad, grader=grader), Item(key="good", path=GOOD, grader=grader)], pool=pool))
    assert results["good"].score == 9
    assert results["bad"].status != "graded" and "needs review" in (results["bad"].message or ""), results["bad"].message


def test_a_backward_that_gives_no_gradient_in_single_precision_earns_no_gradcheck_points(repo_config: Config, pool: WorkerPool) -> None:
    grader = open_grader(repo_config, mode="grade", only=["custom_cube_function"])
    [(_key, result)] = list(grade_items([Item(key="cube", path=PACK / "backward_none_in_float32.py", grader=grader)], pool=pool))
    checks = {c.name: c for c in result.exercise("custom_cube_function").checks}
    assert checks["x_grad"].status == checks["x_grad_hidden"].status == "failed"  # no gradient where it is used
    assert checks["gradcheck_hidden"].status == "failed", checks["gradcheck_hidden"].message
    assert result.exercise("custom_cube_function").score == 5, [(c.name, c.status) for c in checks.values()]


def test_lone_surrogates_in_a_result_or_a_file_name_do_not_stop_grader_grade(tmp_path: Path) -> None:
    """``grader grade`` with its gradebook and exports: a lone surrogate in an exception message, or a file name with
    a byte that is not UTF-8, stopped it at the gradebook's save (UnicodeEncodeError), nobody after graded."""
    course = tmp_path / "course"
    shutil.copytree(CORPUS / "course", course)
    folder = tmp_path / "handed_in"
    folder.mkdir()
    shutil.copy(ROUND6 / "lone_surrogates.py", folder / "a_surrogates.py")
    shutil.copy(GOOD, os.path.join(os.fsencode(folder), b"b_bad\xffname.py"))
    shutil.copy(GOOD, folder / "z_good.py")
    repo = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(repo)}
    done = subprocess.run(
        [sys.executable, "-m", "grader", "--config", str(course / "config.yaml"), "grade", str(folder), "--out", str(tmp_path / "out"), "-j", "1"],
        cwd=course, env=env, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "3 students graded" in done.stdout, done.stdout
    assert "\\udc80" in (tmp_path / "out" / "gradebook.json").read_text(encoding="utf-8")
