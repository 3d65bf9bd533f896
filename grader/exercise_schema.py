"""The exercise format, declared once: every key of every section, its type, default and meaning.

:mod:`grader.spec` parses exercise files and accepts exactly the keys declared
here (it fails on any other key, listing these as allowed);
:mod:`grader.schema_docs` generates from them the key tables of
``docs/exercise-format.md`` and ``docs/exercise.schema.json``, a JSON Schema
that editors use to check exercise files as they are typed. What cannot be
said in a JSON Schema (a check's cases exist, the prompt holds a check's
``stated`` words, the reference reproduces ``analytic`` values) is checked by
the parser and by ``grader validate``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from grader.hints import MISTAKES
from grader.wire import FLOAT_DTYPES, INPUT_DTYPES

Schema = dict[str, Any]
"""A JSON Schema fragment."""

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
"""Exercise ids, case and check names: lower_snake_case."""
MUTANT_ID_PATTERN = r"^[a-z_]+@[1-9][0-9]*(\.[0-9]+)?$"
"""A mutant's id as ``grader validate`` prints it: operator@line (``swap_mean_sum@7``, ``flip_sign@8.2``)."""
DISTRIBUTIONS = ("normal", "uniform", "uniform_int")
"""Distributions of a random tensor's entries (``uniform_int``: integers, both bounds included)."""
PYTHON_INT = "python_int"
"""``random: python_int``: a random Python ``int`` (not a tensor), both bounds included."""
RENAMED_RANDOM = {"integer": PYTHON_INT, "randint": "uniform_int"}
"""Old names of ``random:``, too easy to confuse (one gave an int, the other a tensor): refused, naming the new one."""
FLOAT_INPUT_DTYPES = tuple(d for d in INPUT_DTYPES if d in FLOAT_DTYPES)
"""Dtypes of a module input's parameters."""
HIDDEN_SUFFIX = "_hidden"
"""Appended to a check's name for its hidden part (``hidden_cases``)."""
DEVICES = ("cpu", "auto")
"""``device:`` of an input: ``cpu`` (the default), or ``auto`` (on CPU, and again on the GPU where CUDA exists, the two runs compared)."""
LAYERS = ("linear", "tanh", "relu", "sigmoid")
"""The layers a module input may list (``linear`` as ``{linear: [in, out]}``, the others by name)."""


@dataclass(frozen=True)
class Key:
    """One key of a section."""

    name: str
    """The key as written in the file."""
    schema: Schema
    """JSON Schema of its value."""
    meaning: str
    """What it means, in Markdown (one line in the docs' table)."""
    required: bool = False
    """The file does not load without it."""
    default: str | None = None
    """What a missing key means, in Markdown (``1000``, ``<id>.py``); None: no default worth stating."""
    when: str | None = None
    """Words for the "required" column when it depends on something else."""


@dataclass(frozen=True)
class Section:
    """The keys of one mapping of the format (the file itself, a check, a case's input...)."""

    name: str
    """Its name in the JSON Schema's ``$defs`` and in the docs' markers."""
    keys: tuple[Key, ...]
    """Its keys, in the order the docs list them."""

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(k.name for k in self.keys)

    def key(self, name: str) -> Key:
        return next(k for k in self.keys if k.name == name)


def _ref(section: str) -> Schema:
    return {"$ref": f"#/$defs/{section}"}


STRING: Schema = {"type": "string", "minLength": 1}
NAME: Schema = {"type": "string", "pattern": ID_PATTERN}
NAMES: Schema = {"type": "array", "items": NAME}
STRINGS: Schema = {"type": "array", "items": STRING}
BOOLEAN: Schema = {"type": "boolean"}
NUMBER: Schema = {
    # YAML 1.1 reads 1e-5 (no dot) as a string; the parser takes it as the number it is.
    "anyOf": [{"type": "number"}, {"type": "string", "pattern": r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$"}]
}
INTEGER: Schema = {"type": "integer"}
LITERAL: Schema = {"anyOf": [{"type": ["number", "boolean", "string", "null"]}, {"type": "array", "items": {"$ref": "#/$defs/literal"}}]}
"""A plain value: a number, bool, string, null or a (nested) list of them."""
NUMBERS: Schema = {"anyOf": [{"type": "number"}, {"type": "array", "items": {"$ref": "#/$defs/numbers"}}]}
SHAPE: Schema = {"type": "array", "items": {"type": "integer", "minimum": 0}}


EXERCISE = Section(
    "exercise",
    (
        Key("id", {**NAME}, "lower_snake_case, equal to the file name's stem", required=True),
        Key("title", STRING, "short title", required=True),
        Key("prompt", STRING, "markdown shown to students (math in `$...$` is fine)", required=True),
        Key("function", _ref("function"), "the function the student writes (see below)", when="one of these two"),
        Key("variables", {**NAMES, "minItems": 1}, "names the student's notebook must define (a list)", when="one of these two"),
        Key("cases", {"type": "array", "items": _ref("case"), "minItems": 1}, "inputs the grader builds and passes in", when="for functions with parameters"),
        Key("checks", {"type": "array", "items": _ref("check"), "minItems": 1}, "what is compared, with points and visibility", required=True),
        Key("points", {**NUMBER}, "if given, must equal the sum of the checks' points (a safety net)"),
        Key("reference", STRING, "reference solution, relative to `solutions/`", default="`<id>.py`"),
        Key(
            "equivalent",
            {"type": "array", "items": _ref("equivalent")},
            "mutants of the reference that deserve full marks, each with a reason (see [validate](#what-grader-validate-proves))",
        ),
        Key("order", INTEGER, "position in listings and in the student notebook", default="1000"),
        Key("topic", STRING, "groups exercises: a heading per topic in the student notebook, the instructor summary and `grader list` (topics in order of first appearance)"),
        Key(
            "starter",
            STRING,
            "starter code for the student notebook; leave it unfinished the same way (`raise NotImplementedError`, "
            "`name = ...`) so that an untouched starter is graded \"not implemented yet\"",
            default="a stub from the signature",
        ),
        Key("time_limit", {**NUMBER}, "seconds per call", default="`limits.call_seconds` of `config.yaml`"),
        Key(
            "withheld",
            _ref("withheld"),
            "student bundles only: `{checks: 2, points: 3}` counts the hidden checks `grader assign` left out, so "
            "self-checks still say what grading adds; an error in a file that has hidden checks",
        ),
        Key(
            "probes",
            {"type": "object", "propertyNames": {"pattern": ID_PATTERN}, "additionalProperties": {"type": "array", "items": _ref("input")}},
            "named lists of positional arguments (input forms, as a case's) that call targets call a callable on: "
            "`return.call(p1)`, `module.Cube.gradcheck(p64)` (see [call targets](#call-targets)); hidden inputs, "
            "seeded as hidden cases' are, unless a public check calls on them; never described in feedback",
        ),
    ),
)

FUNCTION = Section(
    "function",
    (
        Key("name", STRING, "the function's name: the student writes `def <name>(...)`", required=True),
        Key("params", STRINGS, "its parameters; inputs are passed by position, in this order", default="none"),
        Key("returns", STRING, "a name for the return value, usable in targets (`out.grad`)"),
    ),
)

CASE = Section(
    "case",
    (
        Key("name", NAME, "unique, lower_snake_case; shown in feedback", required=True),
        Key("description", STRING, "words for students (\"a random 3x4 tensor\")"),
        Key("inputs", {"type": "object", "additionalProperties": _ref("input")}, "one entry per function parameter (see the input forms)", default="none"),
    ),
)

TENSOR_INPUT = Section(
    "tensor_input",
    (
        Key("tensor", {"$ref": "#/$defs/numbers"}, "the values, a number or nested lists of numbers: `torch.tensor(...)`", when="one of three"),
        Key("full", SHAPE, "a shape, with `value`: `torch.full(shape, value)`", when="one of three"),
        Key("value", {**NUMBER}, "the fill value of `full`", when="with `full`"),
        Key(
            "random",
            {"type": "string"},
            f"a distribution: {', '.join(f'`{d}`' for d in DISTRIBUTIONS)} (a tensor, with `shape`), or `{PYTHON_INT}` (a Python `int`)",
            when="one of three",
        ),
        Key("shape", SHAPE, "the shape of a random tensor", when="with a random tensor"),
        Key("mean", {**NUMBER}, "`normal`: the mean", default="0"),
        Key("std", {**NUMBER}, "`normal`: the standard deviation", default="1"),
        Key("low", {**NUMBER}, "`uniform`, `uniform_int`, `python_int`: the lowest value (included)", default="0 for `uniform`", when="for `uniform_int`, `python_int`"),
        Key("high", {**NUMBER}, "the highest value (included for integers)", default="1 for `uniform`", when="for `uniform_int`, `python_int`"),
        Key("seed", INTEGER, "a fixed seed; without one the grader derives it (see below)"),
        Key("dtype", {"enum": list(INPUT_DTYPES)}, "the tensor's dtype", default="`float32`"),
        Key("requires_grad", BOOLEAN, "a leaf that requires grad (floating dtypes only)", default="false"),
        Key("device", {"enum": list(DEVICES)}, "`auto`: where CUDA exists the case also runs on the GPU, compared with the CPU run (see [device: auto](#device-auto))", default="`cpu`"),
    ),
)

MODULE_INPUT = Section(
    "module_input",
    (
        Key(
            "module",
            {"anyOf": [{"type": "array", "items": _ref("layer"), "minItems": 1}, _ref("layer")]},
            f"a list of layers, each one of {', '.join(f'`{n}`' for n in LAYERS)} (`{{linear: [in, out]}}`): a `torch.nn.Sequential`; "
            "one layer without a list: that layer itself (see [module inputs](#module-inputs))",
            required=True,
        ),
        Key("seed", INTEGER, "a fixed seed for the parameters; without one the grader derives it, as for random tensors"),
        Key("dtype", {"enum": list(FLOAT_INPUT_DTYPES)}, "the parameters' dtype", default="`float32`"),
        Key("device", {"enum": list(DEVICES)}, "as for a tensor input", default="`cpu`"),
    ),
)

LINEAR_LAYER = Section(
    "linear_layer",
    (
        Key("linear", {"type": "array", "items": {"type": "integer", "minimum": 1}, "minItems": 2, "maxItems": 2}, "`[in_features, out_features]`: a `torch.nn.Linear`", required=True),
        Key("bias", BOOLEAN, "`false`: a Linear without bias", default="true"),
    ),
)

CHECK = Section(
    "check",
    (
        Key("name", NAME, "unique, lower_snake_case; shown in feedback and used in gradebooks", required=True),
        Key("target", STRING, "what is compared (see [targets](#targets))", required=True),
        Key("cases", NAMES, "the cases it runs on; it passes only if it passes on each", default="every case"),
        Key("points", {**NUMBER}, "points earned when it passes", default="`check_points` of `config.yaml`"),
        Key("visibility", {"enum": ["public", "hidden"]}, "`hidden`: runs only at grading, no values shown", default="`public`"),
        Key(
            "hidden_cases",
            NAMES,
            f"cases to grade it on again as a hidden check of its own, named `<name>{HIDDEN_SUFFIX}` (same target, "
            "tolerances, hints and `requires`), instead of writing that check out",
        ),
        Key("hidden_points", {**NUMBER}, "points of the hidden part", default="`check_points` of `config.yaml`"),
        Key("hidden_description", STRING, "what the hidden part verifies", default="`description`"),
        Key("rtol", {**NUMBER}, "relative tolerance", default="by dtype, from `config.yaml`"),
        Key("atol", {**NUMBER}, "absolute tolerance", default="by dtype, from `config.yaml`"),
        Key("match", STRING, "regex an exception message (or string) must match"),
        Key("exact_dtype", BOOLEAN, "fail a tensor of another dtype even when its values are close (needs `stated`)", default="false"),
        Key(
            "exact_shape",
            BOOLEAN,
            "fail a single value of another one-element shape (`[1]` where `[]` is expected, or `[1, 1]`), which otherwise "
            "counts when its value is right (needs `stated`)",
            default="false",
        ),
        Key("analytic", {"type": "object", "additionalProperties": {"$ref": "#/$defs/literal"}}, "known values per case; validate confirms the reference gives them"),
        Key("description", STRING, "what it verifies, in words for students"),
        Key("accept", STRINGS, "other values that count as right for a string target (grad_fn names)"),
        Key(
            "at_least",
            BOOLEAN,
            "for a count: any number at least the reference's is right (correct styles that run more backward passes)",
            default="false",
        ),
        Key("requires", NAMES, "checks that must pass for this one to count"),
        Key("stated", STRING, "words of the prompt that state what it demands beyond the values"),
        Key(
            "hint",
            {"anyOf": [_ref("hint"), {"type": "array", "items": _ref("hint")}]},
            "an author's hint, or a list of them (see [author hints](#author-hints))",
        ),
    ),
)

HINT = Section(
    "hint",
    (
        Key("text", STRING, "the hint, for the student", required=True),
        Key(
            "mistake",
            {"anyOf": [{"enum": list(MISTAKES)}, {"type": "array", "items": {"enum": list(MISTAKES)}, "minItems": 1}]},
            "the mistake it names (a tag of `grader.hints.MISTAKES`), or a list of two when its words name both",
            required=True,
        ),
        Key("when", _ref("when"), "the evidence it needs, all of it (see below)", required=True),
        Key(
            "recognised",
            {"type": "boolean"},
            "the evidence shows the work done with this one mistake: the failure counts as recognised work, so the checks it guards may count",
            default="false",
        ),
    ),
)

WHEN = Section(
    "when",
    (
        Key("ratio", {**NUMBER}, "the found value is k times the expected one, element by element"),
        Key("found", {"$ref": "#/$defs/literal"}, "the found value equals this (`null`, `true`, `2`, `MulBackward0`...)"),
        Key(
            "mismatch",
            STRING,
            "they differ in this way: `value`, `shape`, `dtype`, `length`, `type`, `none`, `missing`, `not_raised`, `raised_by_hand`, `message`",
        ),
        Key("raised", STRING, "the call raised this exception type"),
        Key("backward_calls", {"type": "integer", "minimum": 0}, "this many gradients reached the target's tensor"),
        Key("leaf", BOOLEAN, "the tensor the target reads an attribute of is (not) a leaf"),
    ),
)

EQUIVALENT = Section(
    "equivalent",
    (
        Key("mutant", {"type": "string", "pattern": MUTANT_ID_PATTERN}, "the mutant's id, as `grader validate` prints it (`swap_mean_sum@7`)", required=True),
        Key("reason", STRING, "why no fair check can tell it from a right answer", required=True),
    ),
)

WITHHELD = Section(
    "withheld",
    (
        Key("checks", {"type": "integer", "minimum": 1}, "how many hidden checks run at grading", required=True),
        Key("points", {**NUMBER}, "their points", required=True),
    ),
)

WRONG_SOLUTION = Section(
    "wrong_solution",
    (
        Key("fails", STRING, "the checks it must fail, separated by commas", required=True),
        Key("diagnosis", STRING, "a regular expression (case-insensitive) that the feedback of some failing check must match"),
        Key("description", STRING, "the mistake in words", default="the docstring's first line"),
        Key("example", BOOLEAN, "`true`: the wrong solution `grader assign --examples` shows", default="the first by name"),
        Key(
            "mistakes",
            STRING,
            "the tags of the mistake it makes (separated by commas, from the hint tags): a student whose values match it "
            "on a failing check is told this mistake's description",
            default="none: its values name nothing",
        ),
    ),
)
"""Not YAML: the fields that end a wrong solution's docstring (``solutions/wrong/<id>/*.py``)."""

SECTIONS = (EXERCISE, FUNCTION, CASE, TENSOR_INPUT, MODULE_INPUT, LINEAR_LAYER, CHECK, HINT, WHEN, EQUIVALENT, WITHHELD)
"""The mappings of an exercise file."""


def _object(section: Section) -> Schema:
    properties = {}
    for key in section.keys:
        words = key.meaning + (f" (default: {key.default})" if key.default else "")
        properties[key.name] = {**key.schema, "description": words.replace("`", "")}
    out: Schema = {"type": "object", "properties": properties, "additionalProperties": False}
    required = [k.name for k in section.keys if k.required]
    if required:
        out["required"] = required
    return out


def json_schema() -> Schema:
    """The JSON Schema of an exercise file (draft 2020-12), for editors."""
    defs = {s.name: _object(s) for s in SECTIONS}
    # An exercise declares exactly one of `function` and `variables`.
    defs["exercise"]["oneOf"] = [{"required": ["function"]}, {"required": ["variables"]}]
    tensor = defs.pop("tensor_input")
    # A tensor input is written in exactly one form; a plain value needs no mapping.
    tensor["oneOf"] = [
        {"required": ["tensor"], "not": {"anyOf": [{"required": ["full"]}, {"required": ["random"]}]}},
        {"required": ["full", "value"], "not": {"anyOf": [{"required": ["tensor"]}, {"required": ["random"]}]}},
        {"required": ["random"], "not": {"anyOf": [{"required": ["tensor"]}, {"required": ["full"]}]}},
    ]
    tensor["properties"]["random"]["enum"] = [*DISTRIBUTIONS, PYTHON_INT]
    defs["input"] = {"anyOf": [tensor, {"$ref": "#/$defs/literal"}]}
    # A module input: a mapping with `module`; a layer is a name or a `linear` mapping.
    defs["input"]["anyOf"].append({"$ref": "#/$defs/module_input"})
    defs["layer"] = {"anyOf": [{"enum": [n for n in LAYERS if n != "linear"]}, {"$ref": "#/$defs/linear_layer"}]}
    defs["literal"] = LITERAL
    defs["numbers"] = NUMBERS
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Exercise file of the autograd grader",
        "description": "exercises/<id>.yaml; generated from grader/exercise_schema.py by python -m grader.schema_docs",
        "$ref": "#/$defs/exercise",
        "$defs": defs,
    }
