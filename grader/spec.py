"""Exercise files: the YAML format, parsed into typed records.

The format is documented for authors in ``docs/exercise-format.md``. Parsing
checks everything that can be checked without running code; what the
reference solution must produce is checked later, against its run
(:mod:`grader.expected`).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import yaml

from grader._schema import Node
from grader.config import Config
from grader.errors import ExerciseError
from grader.exercise_schema import (
    CASE,
    CHECK,
    DEVICES,
    DISTRIBUTIONS,
    EQUIVALENT,
    EXERCISE,
    FLOAT_INPUT_DTYPES,
    FUNCTION,
    HIDDEN_SUFFIX,
    HINT,
    ID_PATTERN,
    LAYERS,
    LINEAR_LAYER,
    MODULE_INPUT,
    MUTANT_ID_PATTERN,
    PYTHON_INT,
    RENAMED_RANDOM,
    TENSOR_INPUT,
    WHEN,
    WITHHELD,
)
from grader.hints import MISTAKES
from grader.targets import GRADCHECKS, MODULE_ROOT, Target, parse_target
from grader.wire import FLOAT_DTYPES, INPUT_DTYPES

Visibility = Literal["public", "hidden"]
ExerciseKind = Literal["function", "variables"]

NOTEBOOK_CASE = "notebook"
"""The single implicit case of a variables exercise: the notebook as it ran."""

_ID = re.compile(ID_PATTERN)


@dataclass(frozen=True)
class InputSpec:
    """One input of a case, as written; seeds are resolved by :mod:`grader.plan`."""

    recipe: dict[str, Any]
    """Recipe for :func:`grader.inputs.build`, possibly without a seed yet."""
    random: bool
    """True when the input is drawn at random (and so needs a seed)."""


@dataclass(frozen=True)
class Case:
    """A set of inputs the grader builds and passes to the student's function."""

    name: str
    """Unique within the exercise; shown in feedback."""
    inputs: dict[str, InputSpec]
    """One entry per function parameter (empty for variables exercises)."""
    description: str | None = None
    """Optional words for students ("a random 3x4 tensor")."""


HINT_EVIDENCE = WHEN.names
"""What an author hint may require before it shows (see :class:`AuthorHint`)."""


@dataclass(frozen=True)
class AuthorHint:
    """An author's hint, shown only when the evidence it names is there.

    A hint written for one mistake must not be shown for every failure of its
    check: ``when`` says which evidence it needs, all of it present.
    """

    text: str
    """For the student."""
    mistakes: tuple[str, ...]
    """The mistakes it names: tags of :data:`grader.hints.MISTAKES` (two when its words name both)."""
    when: dict[str, Any]
    """Evidence, all required: ``ratio`` (found = ratio x expected), ``found`` (the found value equals this
    literal), ``mismatch`` (how it differs: value, shape, dtype, length, type, none, not_raised...),
    ``raised`` (the call raised this exception type), ``backward_calls`` (gradients that reached the target's tensor),
    ``leaf`` (whether the tensor the target reads an attribute of is a leaf)."""
    recognised: bool = False
    """The evidence shows the work done with this one mistake (gradients cleared after the step they served): the
    failure counts as recognised work (:func:`grader.checks.recognised_work`), so what it guards may count."""


@dataclass(frozen=True)
class Check:
    """One thing compared between the reference run and the student's run."""

    name: str
    """Unique within the exercise; shown in feedback and used in gradebooks."""
    target: Target
    """What is compared (``x.grad``, ``return``, ``out.grad_fn``...)."""
    points: float
    """Points earned when the check passes on all its cases."""
    visibility: Visibility
    """Hidden checks run only at grading; students see how many there are."""
    cases: tuple[str, ...]
    """The cases this check runs on; it passes only if it passes on each."""
    rtol: float | None = None
    """Relative tolerance override (else from config.yaml, by dtype)."""
    atol: float | None = None
    """Absolute tolerance override."""
    match: str | None = None
    """Regular expression an exception message (or string) must match."""
    exact_dtype: bool = False
    """Fail a tensor of another dtype even when its values are close (only where the prompt states the dtype)."""
    exact_shape: bool = False
    """Fail a one-element tensor of another one-element shape (``[1]`` for ``[]``): only where the prompt states it."""
    analytic: dict[str, Any] = field(default_factory=dict)
    """Known values per case; ``validate`` confirms the reference reproduces them."""
    hints: tuple[AuthorHint, ...] = ()
    """Authors' hints, each shown when the check fails with the evidence it names (after the computed diagnosis)."""
    description: str | None = None
    """What the check verifies, in words for students."""
    accept: tuple[str, ...] = ()
    """Other values that count as right for a string target (``grad_fn``: MulBackward0 for a square written a * a)."""
    at_least: bool = False
    """For a count: any number at least the reference's is right (``autograd_runs`` where correct styles run more
    backward passes than the reference: a Hessian-vector product through ``torch.autograd.functional``)."""
    requires: tuple[str, ...] = ()
    """Checks that must pass for this one to count: a flag a do-nothing answer also has (a leaf left alone)
    earns points only when the work it guards was done."""
    stated: str | None = None
    """Words of the prompt that state what this check demands beyond the values (an operation, a dtype):
    ``validate`` finds them in the prompt."""


@dataclass(frozen=True)
class FunctionSpec:
    """The function a student must define."""

    name: str
    """Function name."""
    params: tuple[str, ...]
    """Parameter names, in order; the grader passes inputs by position."""
    returns: str | None = None
    """A name for the return value usable in targets (``out.grad_fn``)."""

    @property
    def signature(self) -> str:
        return f"{self.name}({', '.join(self.params)})"


@dataclass(frozen=True)
class Mistake:
    """A wrong solution that the exercise must catch (proof that checks bite).

    Read by :func:`grader.alternatives.wrong_solutions` from the docstring of
    a file in ``solutions/wrong/<id>/`` (fields: :data:`grader.exercise_schema.WRONG_SOLUTION`).
    """

    file: Path
    """The wrong solution's source."""
    fails: tuple[str, ...]
    """Check names that must fail."""
    diagnosis: str | None
    """Regular expression the feedback (message or hint) of a failing check must match."""
    description: str
    """The mistake, in words."""
    example: bool = False
    """The one ``grader assign --examples`` puts in the wrong example submission."""
    mistakes: tuple[str, ...] = ()
    """Its hint tags (:data:`grader.hints.MISTAKES`); with them, a student whose values match it is told ``description``."""


@dataclass(frozen=True)
class Equivalent:
    """A mutant of the reference that earns full marks because it computes what the exercise asks for."""

    mutant: str
    """The mutant's id, as ``grader validate`` names it (``swap_mean_sum@7``)."""
    reason: str
    """Why no fair check can tell it from a right answer."""


_MUTANT_ID = re.compile(MUTANT_ID_PATTERN)


@dataclass(frozen=True)
class Withheld:
    """Hidden checks left out of a student bundle's copy of an exercise: counted, never shown."""

    checks: int
    """How many hidden checks run at grading."""
    points: float
    """Their points."""


@dataclass(frozen=True)
class Exercise:
    """One exercise, parsed from ``exercises/<id>.yaml``."""

    id: str
    """Identifier: lower_snake_case, equal to the file's stem."""
    title: str
    """Short title."""
    prompt: str
    """Markdown shown to students."""
    path: Path
    """The YAML file."""
    kind: ExerciseKind
    """``function``: the grader calls a function; ``variables``: it reads names the notebook defines."""
    function: FunctionSpec | None
    """The function to define (function exercises)."""
    variables: tuple[str, ...]
    """Top-level names to define (variables exercises)."""
    cases: tuple[Case, ...]
    """Inputs to call the function with; one implicit case for variables exercises."""
    checks: tuple[Check, ...]
    """What is compared, with points and visibility."""
    reference: Path
    """The reference solution."""
    order: int = 1000
    """Position in listings and in the generated notebook."""
    topic: str | None = None
    """Topic: exercises are grouped by it in the notebook, the summary and `grader list`."""
    starter: str | None = None
    """Starter code for the student notebook (else generated from the signature)."""
    time_limit: float | None = None
    """Per-call time limit override in seconds."""
    withheld: Withheld | None = None
    """Hidden checks removed from this file (student bundles written by ``grader assign``)."""
    equivalent: tuple[Equivalent, ...] = ()
    """Mutants of the reference declared equivalent (``grader validate`` reports a declaration naming no mutant)."""
    probes: Mapping[str, tuple[InputSpec, ...]] = field(default_factory=dict)
    """Named positional arguments that call targets call a callable on (``return.call(p1)``)."""

    def probe_visibility(self, name: str) -> Visibility:
        """Public when a public check calls something on the probe; else hidden (its random inputs get hidden seeds)."""
        public = any(c.visibility == "public" and c.target.call is not None and c.target.call.probe == name for c in self.checks)
        return "public" if public else "hidden"

    @property
    def points(self) -> float:
        return sum(c.points for c in self.checks)

    @property
    def hidden_count(self) -> int:
        """Hidden checks that run at grading: those in this file, or those a bundle withheld."""
        withheld = self.withheld.checks if self.withheld else 0
        return withheld + sum(1 for c in self.checks if c.visibility == "hidden")

    @property
    def hidden_points(self) -> float:
        withheld = self.withheld.points if self.withheld else 0.0
        return withheld + sum(c.points for c in self.checks if c.visibility == "hidden")

    def checks_for(self, mode: str) -> tuple[Check, ...]:
        """The checks that run in ``check`` (public only) or ``grade`` (all) mode."""
        if mode == "grade":
            return self.checks
        return tuple(c for c in self.checks if c.visibility == "public")

    def case(self, name: str) -> Case:
        for case in self.cases:
            if case.name == name:
                return case
        raise KeyError(name)

    def case_visibility(self, name: str) -> Visibility:
        """Public when any public check uses the case; else hidden."""
        public = any(c.visibility == "public" and name in c.cases for c in self.checks)
        return "public" if public else "hidden"

    @property
    def defines(self) -> tuple[str, ...]:
        """The top-level names a submission must define for this exercise."""
        return (self.function.name,) if self.function else self.variables


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML has it: a course's exercises load in a tenth of the time."""


def load_exercise(path: Path, config: Config) -> Exercise:
    """Parse and validate one exercise file; raise :class:`ExerciseError`."""
    shown = _display_path(path, config)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExerciseError(shown, "", f"cannot read: {exc}") from exc
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ExerciseError(shown, "", f"not valid YAML: {where}{problem}") from exc
    return _Parser(shown, path, config).exercise(data)


def exercise_files(config: Config) -> list[Path]:
    folder = config.exercises_dir
    if not folder.is_dir():
        raise ExerciseError(str(folder), "", "exercises folder not found (set exercises_dir in config.yaml)")
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))


def scan_exercises(config: Config) -> tuple[list[Exercise], list[ExerciseError]]:
    """Parse every exercise file, collecting errors instead of stopping at the first."""
    exercises: list[Exercise] = []
    errors: list[ExerciseError] = []
    for path in exercise_files(config):
        try:
            exercises.append(load_exercise(path, config))
        except ExerciseError as exc:
            errors.append(exc)
    seen: dict[str, Exercise] = {}
    owner: dict[str, Exercise] = {}
    kept = []
    for ex in exercises:
        try:
            if ex.id in seen:
                raise ExerciseError(str(ex.path), "id", f"duplicate id, also used by {seen[ex.id].path}")
            # All exercises of one notebook share a namespace: two exercises defining
            # the same top-level name would grade each other's answers.
            for name in ex.defines:
                if name in owner:
                    raise ExerciseError(str(ex.path), "", f"defines {name!r}, which exercise {owner[name].id!r} also defines")
        except ExerciseError as exc:
            errors.append(exc)
            continue
        seen[ex.id] = ex
        owner.update({name: ex for name in ex.defines})
        kept.append(ex)
    kept.sort(key=lambda e: (e.order, e.id))
    return kept, errors


def load_exercises(config: Config, only: list[str] | None = None) -> list[Exercise]:
    """Every exercise in the course, sorted by (order, id); the first error is raised."""
    exercises, errors = scan_exercises(config)
    if errors:
        raise errors[0]
    seen = {e.id: e for e in exercises}
    if only:
        unknown = [i for i in only if i not in seen]
        if unknown:
            raise ExerciseError(
                str(config.exercises_dir), "", f"no exercise with id {', '.join(unknown)} (known: {', '.join(sorted(seen))})"
            )
        exercises = [e for e in exercises if e.id in only]
    return exercises


def _normalized(text: str) -> str:
    return " ".join(text.lower().replace("`", "").split())


def _display_path(path: Path, config: Config) -> str:
    try:
        return str(path.resolve().relative_to(config.root))
    except ValueError:
        return str(path)


class _Parser:
    def __init__(self, shown: str, path: Path, config: Config) -> None:
        self.shown = shown
        self.path = path
        self.config = config
        self.check_paths: dict[str, str] = {}
        """Check name -> the key path of the entry that declares it (a hidden part's is its check's)."""

    def error(self, key: str, problem: str) -> ExerciseError:
        return ExerciseError(self.shown, key, problem)

    def exercise(self, data: object) -> Exercise:
        root = Node(data, "", self.error).require_mapping()
        ex_id = root.string("id")
        if not _ID.match(ex_id):
            root.fail("must be lower_snake_case (letters, digits, _)", "id")
        if ex_id != self.path.stem:
            root.fail(f"must match the file name ({self.path.stem!r}), found {ex_id!r}", "id")
        title = root.string("title")
        prompt = root.string("prompt")
        function, variables = self.interface(root)
        kind: ExerciseKind = "function" if function else "variables"
        cases = self.cases(root, function)
        probes = self.probes(root)
        checks = self.checks(root, function, variables, cases)
        self.calls(root, checks, probes, function)
        self.stated_in_prompt(root, prompt, checks)
        if root.has("points"):
            declared = root.number("points", minimum=0)
            total = sum(c.points for c in checks)
            if abs(declared - total) > 1e-9:
                root.fail(f"is {declared:g} but the checks' points add up to {total:g}", "points")
        reference = self.solution_path(root.string("reference", f"{ex_id}.py"), root, "reference")
        if root.has("mistakes"):
            root.fail(
                "wrong solutions are no longer listed: each file in solutions/wrong/<id>/ is found there and says what it fails "
                "in the last paragraph of its docstring (`fails: <checks>`, `diagnosis: <regex>`, `description: <words>`); "
                "move each entry into its file's docstring and remove `mistakes:`",
                "mistakes",
            )
        time_limit = root.number("time_limit", None, minimum=0.1)
        withheld = self.withheld(root, checks)
        equivalent = self.equivalent(root)
        exercise = Exercise(
            id=ex_id,
            title=title,
            prompt=prompt,
            path=self.path,
            kind=kind,
            function=function,
            variables=variables,
            cases=cases,
            checks=checks,
            reference=reference,
            order=root.integer("order", 1000),
            topic=root.string("topic", None),
            starter=root.string("starter", None),
            time_limit=time_limit,
            withheld=withheld,
            equivalent=equivalent,
            probes=probes,
        )
        root.reject_unknown(EXERCISE.names)
        return exercise

    def probes(self, root: Node) -> dict[str, tuple[InputSpec, ...]]:
        """``probes:``: named lists of positional arguments, each an input form."""
        if not root.has("probes"):
            return {}
        node = root.child("probes").require_mapping()
        out: dict[str, tuple[InputSpec, ...]] = {}
        for name, args in node.entries():
            if not _ID.match(name):
                args.fail("a probe's name is lower_snake_case")
            if not isinstance(args.value, list):
                args.fail("a probe is a list of positional arguments, each an input form (`[{random: normal, shape: [5], dtype: float64}]`)")
            out[name] = tuple(self.input(arg) for arg in args.items())
        return out

    def calls(self, root: Node, checks: tuple[Check, ...], probes: dict[str, tuple[InputSpec, ...]], function: FunctionSpec | None) -> None:
        """Call targets name a probe that exists; gradcheck's probes are float64 and one of them requires grad."""
        for check in checks:
            call = check.target.call
            if call is None:
                continue
            where = f"{self.check_paths[check.name]}.target"
            if function is None:
                # The calls are made after a function task's call; a notebook task only reads its variables.
                root.fail("call targets need a function exercise (`function:`)", where)
            if call.root != MODULE_ROOT and (function is None or call.root not in ("return", function.returns)):
                root.fail(f"{call.callable_text}: a callable is the return value (or an entry of it) or {MODULE_ROOT}.<name>", where)
            if call.probe not in probes:
                known = ", ".join(probes) or "none: declare them under `probes:`"
                root.fail(f"no probe {call.probe!r} (probes: {known})", where)
            if call.method in GRADCHECKS:
                recipes = [spec.recipe for spec in probes[call.probe]]
                tensors = [r for r in recipes if r["kind"] != "python"]
                if any(r.get("dtype") != "float64" for r in tensors if r["kind"] != "random_python_int"):
                    root.fail(f"{call.method} needs float64 inputs: give probe {call.probe!r}'s tensors `dtype: float64`", where)
                if not any(r.get("requires_grad") for r in tensors):
                    root.fail(f"{call.method} needs an input that requires grad: give one of probe {call.probe!r}'s tensors `requires_grad: true`", where)
        for check in checks:
            call = check.target.call
            if call is None or check.visibility != "hidden":
                continue
            public_probe = any(c.visibility == "public" and c.target.call is not None and c.target.call.probe == call.probe for c in checks)
            public_cases = [case for case in check.cases if any(c.visibility == "public" and case in c.cases for c in checks)]
            if not public_probe and public_cases:
                # Student code sees a probe's inputs when it is called: in a public case's run, what it kept could come back out in public feedback.
                root.fail(
                    f"a hidden probe ({call.probe!r}) runs only in hidden cases, and {', '.join(public_cases)} is public: give this check hidden cases",
                    self.check_paths[check.name],
                )

    def withheld(self, root: Node, checks: tuple[Check, ...]) -> Withheld | None:
        if not root.has("withheld"):
            return None
        node = root.child("withheld").require_mapping()
        hidden = [c.name for c in checks if c.visibility == "hidden"]
        if hidden:
            # Counting the same hidden checks twice would misstate what grading runs.
            node.fail(f"only for student bundles, whose files have no hidden checks; this file has {', '.join(hidden)}")
        withheld = Withheld(checks=node.integer("checks", minimum=1), points=node.number("points", minimum=0))
        node.reject_unknown(WITHHELD.names)
        return withheld

    def equivalent(self, root: Node) -> tuple[Equivalent, ...]:
        if not root.has("equivalent"):
            return ()
        out: list[Equivalent] = []
        for node in root.child("equivalent").items():
            node.require_mapping()
            mutant = node.string("mutant")
            if not _MUTANT_ID.match(mutant):
                node.fail(f"{mutant!r} is not a mutant id (operator@line, as `grader validate` prints it)", "mutant")
            if any(e.mutant == mutant for e in out):
                node.fail(f"{mutant!r} is declared twice", "mutant")
            out.append(Equivalent(mutant=mutant, reason=node.string("reason")))
            node.reject_unknown(EQUIVALENT.names)
        return tuple(out)

    def interface(self, root: Node) -> tuple[FunctionSpec | None, tuple[str, ...]]:
        has_fn, has_vars = root.has("function"), root.has("variables")
        if has_fn == has_vars:
            root.fail("an exercise declares exactly one of `function` (a function to write) or `variables` (names to define)")
        if has_vars:
            names = root.strings("variables")
            if not names:
                root.fail("must list at least one name", "variables")
            for i, name in enumerate(names):
                self.identifier(root.child("variables").items()[i], name)
            return None, tuple(names)
        fn = root.child("function").require_mapping()
        name = fn.string("name")
        self.identifier(fn.child("name"), name)
        params = fn.strings("params", [])
        for i, p in enumerate(params):
            self.identifier(fn.child("params").items()[i], p)
        if len(set(params)) != len(params):
            fn.fail("parameter names must be distinct", "params")
        returns = fn.string("returns", None)
        if returns is not None:
            self.identifier(fn.child("returns"), returns)
            if returns in params or returns in ("return", "raised", "autograd_runs", "autograd_used"):
                fn.fail(f"{returns!r} is already a parameter or a reserved name", "returns")
        fn.reject_unknown(FUNCTION.names)
        return FunctionSpec(name=name, params=tuple(params), returns=returns), ()

    @staticmethod
    def identifier(node: Node, name: str) -> None:
        if not name.isidentifier() or keyword.iskeyword(name):
            node.fail(f"{name!r} is not a valid Python name")

    def cases(self, root: Node, function: FunctionSpec | None) -> tuple[Case, ...]:
        if function is None:
            if root.has("cases"):
                root.fail("variables exercises have no cases: the grader reads the notebook's names", "cases")
            return (Case(name=NOTEBOOK_CASE, inputs={}),)
        if not root.has("cases"):
            if function.params:
                root.fail("missing required key (the inputs to call the function with)", "cases")
            return (Case(name="call", inputs={}),)
        cases: list[Case] = []
        for node in root.child("cases").items():
            node.require_mapping()
            name = node.string("name")
            if not _ID.match(name):
                node.fail("must be lower_snake_case", "name")
            if any(c.name == name for c in cases):
                node.fail(f"duplicate case name {name!r}", "name")
            inputs: dict[str, InputSpec] = {}
            inode = node.optional("inputs")
            if inode is not None and inode.value:
                for key, value in inode.entries():
                    if key not in function.params:
                        value.fail(f"{function.name} has no parameter {key!r} (parameters: {', '.join(function.params)})")
                    inputs[key] = self.input(value)
            missing = [p for p in function.params if p not in inputs]
            if missing:
                node.fail(f"no input for parameter(s) {', '.join(missing)}", "inputs")
            cases.append(Case(name=name, inputs=inputs, description=node.string("description", None)))
            node.reject_unknown(CASE.names)
        if not cases:
            root.fail("needs at least one case", "cases")
        return tuple(cases)

    def input(self, node: Node) -> InputSpec:
        value = node.value
        if not isinstance(value, dict):
            self.literal(node)
            return InputSpec(recipe={"kind": "python", "value": value}, random=False)
        if "module" in value:
            return self.module_input(node)
        forms = [k for k in ("tensor", "full", "random") if k in value]
        if len(forms) != 1:
            node.fail("a tensor input has exactly one of `tensor` (values), `full` (shape, with `value`) or `random` (a distribution); a plain value needs no mapping")
        form = forms[0]
        recipe: dict[str, Any] = {}
        rnd = False
        if form == "tensor":
            data = node.child("tensor")
            self.numbers(data)
            recipe = {"kind": "tensor", "data": data.value}
        elif form == "full":
            recipe = {"kind": "full", "shape": self.shape(node, "full"), "value": node.number("value")}
        else:
            dist = node.string("random")
            if dist in RENAMED_RANDOM:
                node.fail(
                    f"`random: {dist}` is now `random: {RENAMED_RANDOM[dist]}` "
                    f"(`{PYTHON_INT}`: a Python int; `uniform_int`: a tensor of integers, with a shape)",
                    "random",
                )
            if dist == PYTHON_INT:
                low, high = node.integer("low"), node.integer("high")
                if high < low:
                    node.fail("must be at least `low`", "high")
                recipe = {"kind": "random_python_int", "low": low, "high": high}
                if node.has("device"):
                    node.fail("a Python int has no device", "device")
                seed = node.integer("seed", None)
                if seed is not None:
                    recipe["seed"] = seed
                node.reject_unknown(TENSOR_INPUT.names)
                return InputSpec(recipe=recipe, random=seed is None)
            if dist not in DISTRIBUTIONS:
                node.fail(f"unknown distribution {dist!r} (one of {', '.join(DISTRIBUTIONS)}, {PYTHON_INT})", "random")
            recipe = {"kind": "random", "dist": dist, "shape": self.shape(node, "shape")}
            for key in ("mean", "std", "low", "high"):
                if node.has(key):
                    recipe[key] = node.number(key)
            if dist == "uniform_int" and not ("low" in recipe and "high" in recipe):
                node.fail("uniform_int needs `low` and `high`")
            seed = node.integer("seed", None)
            if seed is not None:
                recipe["seed"] = seed
            rnd = seed is None
        dtype = node.string("dtype", "float32")
        if dtype not in INPUT_DTYPES:
            node.fail(f"unknown dtype {dtype!r} (one of {', '.join(INPUT_DTYPES)})", "dtype")
        recipe["dtype"] = dtype
        recipe["requires_grad"] = node.boolean("requires_grad", False)
        if recipe["requires_grad"] and dtype not in FLOAT_DTYPES:
            node.fail("only floating tensors can require grad", "requires_grad")
        self.device(node, recipe)
        node.reject_unknown(TENSOR_INPUT.names)
        return InputSpec(recipe=recipe, random=rnd)

    @staticmethod
    def device(node: Node, recipe: dict[str, Any]) -> None:
        """``device: auto`` into the recipe (``cpu``, the default, adds nothing: recipes and their cached runs stay as they were)."""
        device = node.string("device", "cpu")
        if device not in DEVICES:
            node.fail(f"unknown device {device!r} (one of {', '.join(DEVICES)})", "device")
        if device == "auto":
            recipe["device"] = "auto"

    def module_input(self, node: Node) -> InputSpec:
        """A ``module:`` input: its layers into a recipe for :func:`grader.inputs.build_module`."""
        layers_node = node.child("module")
        sequential = isinstance(layers_node.value, list)
        items = layers_node.items() if sequential else [layers_node]
        if not items:
            layers_node.fail("lists at least one layer")
        layers = [self.layer(item) for item in items]
        recipe: dict[str, Any] = {"kind": "module", "layers": layers, "sequential": sequential}
        dtype = node.string("dtype", "float32")
        if dtype not in FLOAT_INPUT_DTYPES:
            node.fail(f"unknown dtype {dtype!r} for parameters (one of {', '.join(FLOAT_INPUT_DTYPES)})", "dtype")
        recipe["dtype"] = dtype
        seed = node.integer("seed", None)
        if seed is not None:
            recipe["seed"] = seed
        self.device(node, recipe)
        node.reject_unknown(MODULE_INPUT.names)
        return InputSpec(recipe=recipe, random=seed is None)

    @staticmethod
    def layer(node: Node) -> dict[str, Any]:
        """One layer of a module input: a name (``tanh``), or ``{linear: [in, out]}`` with an optional ``bias: false``."""
        value = node.value
        if isinstance(value, str):
            if value not in LAYERS or value == "linear":
                hint = " (`linear` is written `{linear: [in, out]}`)" if value == "linear" else ""
                node.fail(f"unknown layer {value!r} (one of {', '.join(LAYERS)}){hint}")
            return {"layer": value}
        if not isinstance(value, dict) or "linear" not in value:
            node.fail(f"a layer is one of {', '.join(n for n in LAYERS if n != 'linear')} or `{{linear: [in, out]}}`")
        sizes = node.child("linear")
        items = sizes.items()
        if len(items) != 2 or any(isinstance(i.value, bool) or not isinstance(i.value, int) or i.value < 1 for i in items):
            sizes.fail("is `[in_features, out_features]`, two positive integers")
        layer = {"layer": "linear", "in": items[0].value, "out": items[1].value, "bias": node.boolean("bias", True)}
        node.reject_unknown(LINEAR_LAYER.names)
        return layer

    def shape(self, node: Node, key: str) -> list[int]:
        shape = node.child(key)
        items = shape.items()
        out = []
        for item in items:
            if isinstance(item.value, bool) or not isinstance(item.value, int) or item.value < 0:
                item.fail("a shape is a list of non-negative integers")
            out.append(item.value)
        return out

    def numbers(self, node: Node) -> None:
        value = node.value
        if isinstance(value, list):
            for item in node.items():
                self.numbers(item)
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            node.fail("tensor values must be numbers or nested lists of numbers")

    def literal(self, node: Node) -> None:
        value = node.value
        if isinstance(value, list):
            for item in node.items():
                self.literal(item)
        elif not (value is None or isinstance(value, (bool, int, float, str))):
            node.fail("a plain input is a number, bool, string, null or a list of them")

    def checks(
        self,
        root: Node,
        function: FunctionSpec | None,
        variables: tuple[str, ...],
        cases: tuple[Case, ...],
    ) -> tuple[Check, ...]:
        if function is not None:
            roots = {"return", "raised", "autograd_runs", "autograd_used", *function.params}
            if function.returns:
                roots.add(function.returns)
        else:
            roots = set(variables)
        case_names = [c.name for c in cases]
        checks: list[Check] = []
        nodes = root.child("checks").items()
        if not nodes:
            root.fail("needs at least one check", "checks")
        declared = {n.value.get("name") for n in nodes if isinstance(n.value, dict)}
        declared |= {f"{n.value.get('name')}{HIDDEN_SUFFIX}" for n in nodes if isinstance(n.value, dict) and "hidden_cases" in n.value}
        hidden_parts: list[Check] = []
        for i, node in enumerate(nodes):
            node.require_mapping()
            name = node.string("name")
            if not _ID.match(name):
                node.fail("must be lower_snake_case", "name")
            if any(c.name == name for c in checks):
                node.fail(f"duplicate check name {name!r}", "name")
            text = node.string("target")
            try:
                target = parse_target(text, _module_inputs(cases))
            except ValueError as exc:
                node.fail(str(exc), "target")
            if target.root not in roots and not (target.call is not None and target.root == MODULE_ROOT):
                node.fail(f"unknown name {target.root!r}: a target starts with one of {', '.join(sorted(roots))}", "target")
            on = node.strings("cases", case_names)
            for case in on:
                if case not in case_names:
                    node.fail(f"unknown case {case!r} (cases: {', '.join(case_names)})", "cases")
            hidden_on = self.hidden_cases(node, on, case_names)
            match = node.string("match", None)
            if match is not None:
                try:
                    re.compile(match)
                except re.error as exc:
                    node.fail(f"not a valid regular expression: {exc}", "match")
            analytic: dict[str, Any] = {}
            if node.has("analytic"):
                for case, value in node.child("analytic").entries():
                    if case not in on + hidden_on:
                        value.fail(f"case {case!r} is not one this check runs on ({', '.join(on + hidden_on)})")
                    self.literal(value)
                    analytic[case] = value.value
            requires = tuple(node.strings("requires", []))
            for other in requires:
                if other == name or other not in declared:
                    node.fail(f"{other!r} is not another check of this exercise", "requires")
            check = Check(
                name=name,
                target=target,
                points=node.number("points", self.config.check_points, minimum=0),
                visibility=node.choice("visibility", ("public", "hidden"), "public"),
                cases=tuple(on),
                rtol=node.number("rtol", None, minimum=0),
                atol=node.number("atol", None, minimum=0),
                match=match,
                exact_dtype=node.boolean("exact_dtype", False),
                exact_shape=node.boolean("exact_shape", False),
                analytic=analytic,
                hints=self.author_hints(node),
                description=node.string("description", None),
                accept=tuple(node.strings("accept", [])),
                at_least=node.boolean("at_least", False),
                requires=requires,
                stated=node.string("stated", None),
            )
            self.check_paths[name] = f"checks[{i}]"
            if hidden_on:
                if check.visibility == "hidden":
                    node.fail("a hidden check runs all its cases hidden: give its cases under `cases`", "hidden_cases")
                hidden_parts.append(
                    replace(
                        check,
                        name=f"{name}{HIDDEN_SUFFIX}",
                        visibility="hidden",
                        cases=tuple(hidden_on),
                        points=node.number("hidden_points", self.config.check_points, minimum=0),
                        analytic={c: v for c, v in analytic.items() if c in hidden_on},
                        description=node.string("hidden_description", check.description),
                    )
                )
                self.check_paths[hidden_parts[-1].name] = f"checks[{i}]"
                check = replace(check, analytic={c: v for c, v in analytic.items() if c in on})
            checks.append(check)
            node.reject_unknown(CHECK.names)
        for part in hidden_parts:
            if any(c.name == part.name for c in checks):
                root.fail(f"duplicate check name {part.name!r} (the hidden part of {part.name[: -len(HIDDEN_SUFFIX)]!r})", self.check_paths[part.name])
            checks.append(part)
        return tuple(checks)

    def hidden_cases(self, node: Node, on: list[str], case_names: list[str]) -> list[str]:
        """The cases of a check's hidden part (``hidden_cases``), graded as a hidden check of its own."""
        hidden = node.optional("hidden_cases")
        if hidden is None:
            for key in ("hidden_points", "hidden_description"):
                if node.has(key):
                    node.fail("only with `hidden_cases`", key)
            return []
        names = hidden.as_strings()
        if not names:
            hidden.fail("needs at least one case (or leave `hidden_cases` out)")
        for case in names:
            if case not in case_names:
                hidden.fail(f"unknown case {case!r} (cases: {', '.join(case_names)})")
            if case in on:
                hidden.fail(f"case {case!r} is also under `cases`: a case is public or hidden for a check, not both")
        return names

    def stated_in_prompt(self, root: Node, prompt: str, checks: tuple[Check, ...]) -> None:
        """The equivalence policy: a check demands only what the prompt states.

        Values are compared whatever style computed them. A check on *how*
        they were computed (the operation's grad_fn, the dtype) must quote
        the prompt's words that ask for it (``stated``), or, for grad_fn,
        list the other operations that compute the same thing (``accept``).
        """
        said = _normalized(prompt)
        hidden = {c.name for c in checks if c.visibility == "hidden"}
        for check in checks:
            where = self.check_paths[check.name]
            if check.visibility == "public" and hidden & set(check.requires):
                root.fail(
                    f"a public check cannot require hidden ones ({', '.join(sorted(hidden & set(check.requires)))}): "
                    "students' own checks could not say why it counts",
                    f"{where}.requires",
                )
            if check.stated is not None and _normalized(check.stated) not in said:
                root.fail(f"the words {check.stated!r} are not in the prompt: a check demands only what the prompt states", f"{where}.stated")
            if check.target.last_attribute == "grad_fn" and not (check.stated or check.accept):
                root.fail(
                    "a grad_fn check needs `stated` (the prompt's words that name the operation) or `accept` "
                    "(the other grad_fn names of operations that compute the same value)",
                    where,
                )
            if (check.exact_dtype or check.target.last_attribute == "dtype") and not check.stated:
                root.fail("a dtype check needs `stated`: the prompt's words that fix the dtype", where)
            if check.exact_shape and not check.stated:
                root.fail("`exact_shape` needs `stated`: the prompt's words that fix the shape of a single value", where)
            if check.target.root == "autograd_used" and not check.stated:
                root.fail("an autograd_used check needs `stated`: the prompt's words that ask for autograd", where)

    def author_hints(self, check: Node) -> tuple[AuthorHint, ...]:
        if not check.has("hint"):
            return ()
        node = check.child("hint")
        if isinstance(node.value, list):
            return tuple(self.author_hint(item) for item in node.items())
        return (self.author_hint(node),)

    def author_hint(self, node: Node) -> AuthorHint:
        if isinstance(node.value, str):
            node.fail(
                "an author hint says which mistake it names and when it applies: "
                "hint: {text: ..., mistake: <one of " + ", ".join(MISTAKES) + ">, when: {<evidence>: ...}} (or a list of them)"
            )
        node.require_mapping()
        text = node.string("text")
        if node.has("mistake") and isinstance(node.child("mistake").value, list):
            mistakes = tuple(node.strings("mistake"))
            for i, tag in enumerate(mistakes):
                if tag not in MISTAKES:
                    node.child("mistake").items()[i].fail(f"expected one of {', '.join(MISTAKES)}, found {tag!r}")
        else:
            mistakes = (node.choice("mistake", tuple(MISTAKES)),)
        when_node = node.child("when")
        when_node.require_mapping()
        when: dict[str, Any] = {}
        for key, value in when_node.entries():
            if key not in HINT_EVIDENCE:
                value.fail(f"unknown evidence (one of {', '.join(HINT_EVIDENCE)})")
            if key == "ratio":
                when[key] = value.as_number()
            elif key == "leaf":
                if not isinstance(value.value, bool):
                    value.fail("expected true or false")
                when[key] = value.value
            elif key == "backward_calls":
                if isinstance(value.value, bool) or not isinstance(value.value, int) or value.value < 0:
                    value.fail("expected a count (a non-negative integer)")
                when[key] = value.value
            elif key == "found":
                self.literal(value)
                when[key] = value.value
            elif not isinstance(value.value, str) or not value.value:
                value.fail("expected a string")
            else:
                when[key] = value.value
        if not when:
            when_node.fail("needs at least one piece of evidence: a hint shown on every failure names mistakes the student did not make")
        recognised = node.boolean("recognised", False)
        node.reject_unknown(HINT.names)
        return AuthorHint(text=text, mistakes=mistakes, when=when, recognised=recognised)

    def solution_path(self, relative: str, node: Node, key: str) -> Path:
        path = (self.config.solutions_dir / relative).resolve()
        # A missing solution is reported when it is needed (validate, grading),
        # not here: student bundles ship exercise files without solutions.
        if path.suffix != ".py":
            node.fail(f"must be a .py file, found {relative!r}", key)
        return path


def _module_inputs(cases: tuple[Case, ...]) -> frozenset[str]:
    """The parameters some case passes a module input to: their targets may name parameters (``model.0.weight``)."""
    return frozenset(name for case in cases for name, spec in case.inputs.items() if spec.recipe["kind"] == "module")
