"""What ``grader validate`` concludes from one graded submission.

Each kind of submission an exercise is proven with has its own verdict:
a wrong solution must be caught (:func:`judge_mistake`), a correct
alternative must earn full marks (:func:`judge_alternative`), a null
submission must earn nothing (:func:`judge_null`), and a mutant must lose
points, with hints that name its mistake (:func:`judge_mutant`). All of
them read the same :class:`~grader.results.SubmissionResult` a student
would get.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from grader.mutate import Mutant
from grader.nulls import NullSubmission
from grader.results import CheckResult, ExerciseResult, SubmissionResult
from grader.spec import Check, Equivalent, Exercise, Mistake


def _points(x: float) -> str:
    return f"{x:g}"


def _failed(er: ExerciseResult) -> list[str]:
    return [c.name for c in er.checks if c.status != "passed"]


@dataclass
class MistakeReport:
    """How one wrong solution fared."""

    file: str
    """The wrong solution."""
    description: str
    """The mistake it makes."""
    caught: bool
    """True when it failed the named checks with the named diagnosis."""
    detail: str
    """What happened (which checks failed, what was missing)."""
    score: float = 0.0
    """Points it earned."""


def judge_mistake(mistake: Mistake, result: SubmissionResult, ex: Exercise) -> MistakeReport:
    """A wrong solution is caught when it fails the checks it names, with feedback matching its diagnosis."""
    if not mistake.file.is_file():
        return MistakeReport(file=str(mistake.file), description=mistake.description, caught=False, detail="file not found")
    er = result.exercise(ex.id)
    by_name = {c.name: c for c in er.checks}
    passed = [n for n in mistake.fails if by_name[n].status == "passed"]
    problems = []
    if passed:
        problems.append(f"passes {', '.join(passed)}, which it should fail")
    if er.score >= er.max_score:
        problems.append("earns full marks")
    failing = [by_name[n] for n in mistake.fails if by_name[n].status != "passed"]
    if mistake.diagnosis:
        feedback = [f"{c.message} {c.hint or ''} {er.message or ''}" for c in failing]
        if not any(re.search(mistake.diagnosis, f, re.IGNORECASE) for f in feedback):
            shown = "; ".join(f"{c.name}: {c.hint or c.message}" for c in failing) or "no failing check"
            problems.append(f"feedback does not match /{mistake.diagnosis}/ (got: {shown})")
    detail = "; ".join(problems) if problems else f"fails {', '.join(mistake.fails)}"
    return MistakeReport(file=str(mistake.file), description=mistake.description, caught=not problems, detail=detail, score=er.score)


@dataclass
class AlternativeReport:
    """How one correct alternative fared: it must earn full marks."""

    file: str
    """The alternative's source."""
    score: float
    """Points it earned."""
    max_score: float
    """Points available (hidden checks included)."""
    lost: list[str] = field(default_factory=list)
    """The checks it failed, each with what the grader said."""
    message: str | None = None
    """Why it could not be graded normally, if so."""

    @property
    def ok(self) -> bool:
        return self.score >= self.max_score and not self.lost and self.message is None

    @property
    def detail(self) -> str:
        if self.ok:
            return f"full marks ({_points(self.score)}/{_points(self.max_score)})"
        why = "; ".join(self.lost) or self.message or "no check failed"
        return f"a correct answer scores {_points(self.score)}/{_points(self.max_score)}: {why}"


def judge_alternative(file: str, result: SubmissionResult, ex: Exercise) -> AlternativeReport:
    er = result.exercise(ex.id)
    lost = [f"{c.name} ({c.message})" for c in er.checks if c.status != "passed"]
    message = er.message or (result.message if result.status != "graded" else None)
    return AlternativeReport(file=file, score=er.score, max_score=er.max_score, lost=lost, message=message)


@dataclass
class NullReport:
    """How one null submission fared: it must earn nothing."""

    name: str
    """Which null submission (``returns_none``...)."""
    description: str
    """What it does, in words."""
    score: float
    """Points it earned."""
    max_score: float
    """Points available."""
    earned: list[str] = field(default_factory=list)
    """The checks that gave it points, each with its points."""
    excused: str = ""
    """Why the points it earns are no fault of the checks (:attr:`grader.nulls.NullSubmission.excused`)."""

    @property
    def ok(self) -> bool:
        return (self.score == 0 and not self.earned) or bool(self.excused)

    @property
    def detail(self) -> str:
        if self.score == 0 and not self.earned:
            return "earns 0"
        earns = f"earns {_points(self.score)}/{_points(self.max_score)} for doing nothing: {', '.join(self.earned)}"
        return f"{earns} (allowed: {self.excused})" if self.excused else earns


def judge_null(null: NullSubmission, result: SubmissionResult, ex: Exercise) -> NullReport:
    er = result.exercise(ex.id)
    earned = [f"{c.name} ({_points(c.points)})" for c in er.checks if c.points > 0]
    return NullReport(name=null.name, description=null.description, score=er.score, max_score=er.max_score, earned=earned, excused=null.excused)


@dataclass
class HintVerdict:
    """One hint shown on a mutant, held against the mistake the mutant makes."""

    check: str
    """The failed check that showed it."""
    text: str
    """The hint as the student reads it (an author hint, or the computed hints of the check together)."""
    tags: list[str]
    """The mistakes it names (from ``CheckResult.hint_tags``, and the author hint's ``mistake``)."""
    right: bool
    """True when it names (among others, perhaps) a mistake the operator may be named by."""


@dataclass
class MutantReport:
    """How one mutant fared: it must lose points, and its hints must name its mistake."""

    id: str
    """The mutant's id (``drop_zero_grad@12``)."""
    operator: str
    """The operator that made it."""
    allowed: list[str]
    """The mistakes its hints may name."""
    diff: str
    """The mutated lines, as a unified diff."""
    score: float
    """Points it earned."""
    max_score: float
    """Points available."""
    equivalent: str | None = None
    """The reason given in the exercise file when it is declared equivalent."""
    failed: list[str] = field(default_factory=list)
    """The checks it failed."""
    hints: list[HintVerdict] = field(default_factory=list)
    """Every hint its failed checks showed."""

    @property
    def killed(self) -> bool:
        return self.score < self.max_score

    @property
    def hinted(self) -> bool:
        """Killed, and at least one hint named its mistake."""
        return self.killed and any(h.right for h in self.hints)

    @property
    def problems(self) -> list[str]:
        out = []
        if not self.killed and self.equivalent is None:
            out.append(
                f"mutant {self.id} survives with full marks ({_points(self.score)}/{_points(self.max_score)}): "
                f"kill it with a check, or declare it under `equivalent:` with a reason\n{self.diff}"
            )
        if self.killed and self.equivalent is not None:
            out.append(
                f"mutant {self.id} is declared equivalent, but it loses points ({_points(self.score)}/{_points(self.max_score)}; "
                f"fails {', '.join(self.failed)}): remove the declaration"
            )
        for hint in self.hints:
            if not hint.right:
                named = ", ".join(hint.tags) or "no mistake"
                out.append(
                    f"mutant {self.id}: check {hint.check}'s hint names {named}, but {self.operator} makes "
                    f"{' or '.join(self.allowed)}: {hint.text!r}"
                )
        return out

    @property
    def ok(self) -> bool:
        return not self.problems


def _shown(result: CheckResult, check: Check | None) -> list[tuple[str, list[str]]]:
    """The hints a failed check showed, as (text, tags): each author hint on its own, the computed ones together.

    A check's result has one text and the union of its hints' tags. The
    author's hints are known by their text, and each names one mistake: they
    are judged one by one, so a wrong author hint cannot hide behind a right
    computed one. What remains is the computed hints', with every tag of the
    check: which of them the computed hints brought is not kept, and a
    computed hint may name the author's mistake too ("backward() was never
    called, or ..." beside the author's "no backward pass reached it").
    """
    text, tags = result.hint or "", set(result.hint_tags)
    shown: list[tuple[str, list[str]]] = []
    for author in check.hints if check is not None else ():
        if author.text in text:
            shown.append((author.text, list(author.mistakes)))
            text = text.replace(author.text, "", 1)
    rest = " ".join(text.split())
    if rest:
        shown.insert(0, (rest, sorted(tags)))
    return shown


def judge_mutant(mutant: Mutant, result: SubmissionResult, ex: Exercise, declared: Equivalent | None) -> MutantReport:
    er = result.exercise(ex.id)
    allowed = mutant.mistakes
    checks = {c.name: c for c in ex.checks}
    hints = [
        HintVerdict(check=c.name, text=text, tags=tags, right=bool(set(tags) & allowed))
        for c in er.checks
        if c.status != "passed" and c.hint
        for text, tags in _shown(c, checks.get(c.name))
    ]
    return MutantReport(
        id=mutant.id,
        operator=mutant.operator,
        allowed=sorted(allowed),
        diff=mutant.diff,
        score=er.score,
        max_score=er.max_score,
        equivalent=declared.reason if declared else None,
        failed=_failed(er),
        hints=hints,
    )
