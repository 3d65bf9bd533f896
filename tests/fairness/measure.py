"""Grade the held-out fairness corpus and compare with a fair instructor's labels.

The corpus (``submissions/``, ``labels.yaml``) was written from the student
bundle alone, by sessions that never saw ``solutions/`` or the tests: correct
answers in many styles, realistic mistakes, do-nothing files. Each label says
what a fair instructor gives one exercise of one file:

* ``full``: full marks (hidden checks included);
* ``partial``: a wrong answer, so less than full marks;
* ``zero``: nothing at all.

Wrong answers also name their mistake with tags of ``grader.hints.MISTAKES``;
a hint is *right* when its tags share one with the label's, and *wrong*
otherwise. Run it to see the disagreements::

    python tests/fairness/measure.py [--exercise ID] [--verbose]
"""

from __future__ import annotations

import argparse
import dataclasses
import secrets
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from grader.batch import Item, grade_items
from grader.config import Config, load_config
from grader.grading import open_grader
from grader.results import ExerciseResult, SubmissionResult
from grader.sandbox.worker import WorkerPool

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


@dataclass(frozen=True)
class Label:
    """What a fair instructor gives one exercise of one file."""

    file: str
    exercise: str
    verdict: str
    """full, partial or zero."""
    tags: tuple[str, ...] = ()
    """The mistake of a wrong answer (hint tags)."""
    why: str = ""
    relabelled: str = ""
    """Why the label changed after the corpus was written (the prompt moved); empty if it did not."""


@dataclass
class Outcome:
    """How the grader's result for one label compares."""

    label: Label
    result: ExerciseResult
    agrees: bool
    right_hints: int = 0
    wrong_hints: list[str] = field(default_factory=list)

    @property
    def hinted(self) -> bool:
        return any(c.hint for c in self.result.checks if c.status != "passed")


def labels(corpus: Path = HERE) -> list[Label]:
    out = []
    for entry in yaml.safe_load((corpus / "labels.yaml").read_text(encoding="utf-8")):
        for exercise, label in entry["exercises"].items():
            # A prompt that changed after a file was written can change what a fair
            # instructor gives it; the original label stays in the file, next to the
            # new one and its reason, so every relabel is visible and counted.
            new = label.get("relabelled") or {}
            out.append(
                Label(
                    file=entry["file"],
                    exercise=exercise,
                    verdict=new.get("verdict", label["verdict"]),
                    tags=tuple(new.get("tags", label.get("tags")) or ()),
                    why=label.get("why") or label.get("mistake") or "",
                    relabelled=new.get("why", ""),
                )
            )
    return out


def judge(label: Label, result: SubmissionResult) -> Outcome:
    ex = result.exercise(label.exercise)
    if label.verdict == "full":
        agrees = result.status == "graded" and ex.score == ex.max_score
    elif label.verdict == "zero":
        agrees = ex.score == 0
    else:
        agrees = ex.score < ex.max_score
    outcome = Outcome(label=label, result=ex, agrees=agrees)
    if label.verdict == "partial" and label.tags and "other" not in label.tags:
        for check in ex.checks:
            if check.status == "passed" or not check.hint:
                continue
            if set(check.hint_tags) & set(label.tags):
                outcome.right_hints += 1
            else:
                outcome.wrong_hints.append(f"{check.name}: [{', '.join(check.hint_tags)}] {check.hint}")
    return outcome


def grade_corpus(config: Config, files: Iterable[str], *, jobs: int = 2, corpus: Path = HERE) -> dict[str, SubmissionResult]:
    grader = open_grader(config, mode="grade")
    items = [Item(key=name, path=corpus / "submissions" / name, grader=grader) for name in sorted(set(files))]
    with WorkerPool(jobs) as pool:
        return dict(grade_items(items, pool=pool))


def measure(config: Config, only: str | None = None, corpus: Path = HERE) -> list[Outcome]:
    """Grade a corpus (a folder with ``submissions/`` and ``labels.yaml``; this one by default)."""
    chosen = [lb for lb in labels(corpus) if only is None or lb.exercise == only]
    results = grade_corpus(config, (lb.file for lb in chosen), corpus=corpus)
    return [judge(lb, results[lb.file]) for lb in chosen]


@dataclass(frozen=True)
class Figures:
    agreed: int
    verdicts: int
    relabelled: int
    right_hints: int
    hints: int
    wrong_answers: int
    hinted_wrong_answers: int
    partials: int = 0
    """Answers labelled partial: some of the work right, some wrong."""
    partials_with_points: int = 0
    """Those that earn some points: a fair instructor's partial is some credit, not none."""

    @property
    def partial_credit(self) -> float:
        return self.partials_with_points / self.partials if self.partials else 1.0

    @property
    def precision(self) -> float:
        return self.right_hints / self.hints if self.hints else 1.0

    @property
    def coverage(self) -> float:
        return self.hinted_wrong_answers / self.wrong_answers if self.wrong_answers else 1.0


def figures(outcomes: list[Outcome]) -> Figures:
    judged = [o for o in outcomes if o.label.verdict == "partial" and o.label.tags and "other" not in o.label.tags]
    return Figures(
        agreed=sum(o.agrees for o in outcomes),
        verdicts=len(outcomes),
        relabelled=sum(bool(o.label.relabelled) for o in outcomes),
        right_hints=sum(o.right_hints for o in judged),
        hints=sum(o.right_hints + len(o.wrong_hints) for o in judged),
        wrong_answers=len(judged),
        hinted_wrong_answers=sum(o.hinted for o in judged),
        partials=sum(o.label.verdict == "partial" for o in outcomes),
        partials_with_points=sum(o.label.verdict == "partial" and o.result.score > 0 for o in outcomes),
    )


def report(outcomes: list[Outcome], *, verbose: bool = False, unhinted: bool = False, pointless: bool = False) -> str:
    lines = []
    for o in outcomes:
        if pointless and o.label.verdict == "partial" and o.result.score == 0:
            failing = ", ".join(f"{c.name}: {c.message}" for c in o.result.checks if c.status != "passed")
            lines.append(f"NO POINTS {o.label.file} [{o.label.exercise}] {list(o.label.tags)} {o.label.why} || {failing[:300]}")
        if unhinted and o.label.verdict == "partial" and o.agrees and not o.hinted:
            failing = ", ".join(f"{c.name}: {c.message}" for c in o.result.checks if c.status != "passed")
            lines.append(f"NO HINT {o.label.file} [{o.label.exercise}] {list(o.label.tags)} {o.label.why} || {failing[:300]}")
        r = o.result
        if not o.agrees:
            lines.append(f"DISAGREE {o.label.file} [{o.label.exercise}] label {o.label.verdict}, graded {r.score:g}/{r.max_score:g} ({r.status}): {o.label.why}")
            for c in r.checks:
                if c.status != "passed" or verbose:
                    lines.append(f"    {c.status:6} {c.name}: {c.message}" + (f" | hint: {c.hint}" if c.hint else ""))
        if verbose and r.review and o.label.verdict != "zero":
            lines.append(f"HELD {o.label.file} [{o.label.exercise}] label {o.label.verdict}: {o.label.why}")
        for wrong in o.wrong_hints:
            lines.append(f"WRONG HINT {o.label.file} [{o.label.exercise}] labelled {list(o.label.tags)}: {wrong}")
    f = figures(outcomes)
    lines.append(
        f"agreement {f.agreed}/{f.verdicts} ({100 * f.agreed / max(1, f.verdicts):.1f}%, "
        f"{f.relabelled} relabelled after prompt changes); "
        f"hint precision {f.right_hints}/{f.hints} ({100 * f.precision:.0f}%) on wrong answers; "
        f"{f.hinted_wrong_answers}/{f.wrong_answers} wrong answers hinted ({100 * f.coverage:.0f}%)"
    )
    # Held answers wait for a person: few honest ones should (a label other than zero).
    held = {v: sum(1 for o in outcomes if o.result.review and o.label.verdict == v) for v in ("full", "partial", "zero")}
    lines.append(f"held for review: {sum(held.values())} (labelled full {held['full']}, partial {held['partial']}, zero {held['zero']})")
    # Partial credit kept: a wrong answer with some right work usually earns some points.
    lines.append(f"partial answers with some points: {f.partials_with_points}/{f.partials} ({100 * f.partial_credit:.0f}%)")
    return "\n".join(lines)


FAIRNESS_KEY = "fairness-corpora-hidden-cases-2026"
"""The key of the corpora's hidden cases, fixed so that every clone measures the same figures (a course's own secret
is drawn at first use, and a borderline value may fall either side of a rule's threshold under another draw: CI
clones found two such in one day). ``--key course`` measures under the course's secret instead, ``--key random``
under a fresh draw: a figure that moves between draws is a rule too close to chance."""


def repo_config(key: str | None = FAIRNESS_KEY) -> Config:
    """The course's config, with ``key`` for the hidden cases (None: the course's own secret)."""
    config = load_config(REPO / "config.yaml")
    return dataclasses.replace(config, cache_dir=Path(tempfile.mkdtemp(prefix="fairness-cache-")), hidden_seed=key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercise", "-e")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--unhinted", action="store_true", help="list the wrong answers that got no hint")
    parser.add_argument("--pointless", action="store_true", help="list the answers labelled partial that earned no points")
    parser.add_argument("--corpus", type=Path, default=HERE, help="another corpus folder (submissions/, labels.yaml)")
    parser.add_argument("--key", default=FAIRNESS_KEY, help="the hidden cases' key: 'course' for the course's secret, 'random' for a fresh draw")
    args = parser.parse_args(argv)
    key = {"course": None, "random": secrets.token_hex(16)}.get(args.key, args.key)
    if args.key == "random":
        print(f"hidden cases drawn with --key {key}")
    outcomes = measure(repo_config(key), args.exercise, args.corpus)
    print(report(outcomes, verbose=args.verbose, unhinted=args.unhinted, pointless=args.pointless))
    return 0 if all(o.agrees and not o.wrong_hints for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
