"""The exercise format is declared once: the parser, the docs' key tables and the JSON Schema agree."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import Course

from grader import schema_docs
from grader._schema import Node
from grader.errors import ExerciseError
from grader.exercise_schema import SECTIONS, WRONG_SOLUTION, json_schema
from grader.spec import load_exercise

jsonschema = pytest.importorskip("jsonschema")  # comes with nbformat; the grader itself never needs it

REPO = Path(__file__).resolve().parent.parent

EVERY_KEY = """
id: sink
title: Every key
prompt: Return x times 2, in float64.
function: {name: sink, params: [x, n, y], returns: out}
points: 12
reference: sink.py
order: 3
topic: everything
starter: "def sink(x, n, y):\\n    raise NotImplementedError\\n"
time_limit: 2.5
probes: {p64: [{random: normal, shape: [2], dtype: float64, requires_grad: true}]}
equivalent:
  - {mutant: flip_sign@3, reason: it changes nothing the prompt asks for}
cases:
  - name: small
    description: two numbers
    inputs:
      x: {tensor: [1.0, 2.0], dtype: float64, requires_grad: true}
      n: {random: python_int, low: 1, high: 3, seed: 4}
      y: {full: [2], value: 0.5}
  - name: random_one
    inputs:
      x: {random: normal, shape: [3], mean: 0, std: 2, seed: 1}
      n: 2
      y: {random: uniform, shape: [3], low: -1, high: 1}
checks:
  - name: value
    target: out
    cases: [small]
    points: 2
    visibility: public
    hidden_cases: [random_one]
    hidden_points: 3
    hidden_description: out on other inputs
    rtol: 1.0e-5
    atol: 1e-6
    exact_dtype: true
    exact_shape: true
    stated: in float64
    analytic: {small: [2.0, 4.0]}
    description: out = 2x
    hint:
      text: Multiply by two.
      mistake: [operation, sign]
      when: {ratio: -1, found: 0, mismatch: value, raised: RuntimeError, backward_calls: 0, leaf: true}
      recognised: false
  - name: out_grad_fn
    target: out.grad_fn
    cases: [small]
    accept: [AddBackward0]
    at_least: false
    match: Backward
    requires: [value]
    points: 7
"""

VARIABLES = """
id: flow
title: Notebook flow
prompt: Define t.
variables: [t]
checks:
  - {name: t_value, target: t}
withheld: {checks: 2, points: 3}
"""

MODULES = """
id: mlp
title: Module inputs
prompt: Return the model's output.
function: {name: mlp, params: [model, x]}
cases:
  - name: small
    inputs:
      model: {module: [{linear: [2, 3], bias: false}, tanh, {linear: [3, 1]}], seed: 3, dtype: float64, device: auto}
      x: {random: normal, shape: [4, 2], dtype: float64, device: auto}
checks:
  - {name: w_grad, target: model.0.weight.grad}
"""


def keys_in(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys_in(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys_in(v)}
    return set()


def validator() -> Any:
    schema = json.loads((REPO / schema_docs.SCHEMA).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_the_docs_tables_and_the_json_schema_are_what_the_declaration_makes() -> None:
    assert schema_docs.stale() == [], "run python -m grader.schema_docs"
    assert schema_docs.main(["--check"]) == 0


def test_an_out_of_date_file_is_found_and_the_check_says_so(tmp_path: Path) -> None:
    shutil.copytree(REPO / "docs", tmp_path / "docs")
    docs = tmp_path / schema_docs.DOCS
    docs.write_text(docs.read_text(encoding="utf-8").replace("| `order` |", "| `ordre` |"), encoding="utf-8")
    assert schema_docs.stale(tmp_path) == [docs]
    (tmp_path / schema_docs.SCHEMA).unlink()
    assert schema_docs.stale(tmp_path) == [docs, tmp_path / schema_docs.SCHEMA]


def test_a_generated_block_missing_from_the_docs_is_an_error() -> None:
    text = (REPO / schema_docs.DOCS).read_text(encoding="utf-8").replace("keys:when -->", "keys:gone -->")
    with pytest.raises(ValueError, match=r"unknown \['gone'\], missing \['when'\]"):
        schema_docs.render_docs(text)


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


@pytest.mark.parametrize("path", sorted((REPO / "exercises").glob("*.yaml")), ids=lambda p: p.stem)
def test_every_exercise_file_of_the_pack_is_valid_against_the_json_schema(path: Path) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(yaml.safe_load(path.read_text(encoding="utf-8")))]
    assert errors == []


def test_every_declared_key_is_read_by_the_parser_and_allowed_by_the_schema(course: Course) -> None:
    course.file("exercises/sink.yaml", EVERY_KEY)
    course.file("exercises/flow.yaml", VARIABLES)
    course.file("exercises/mlp.yaml", MODULES)
    docs = [yaml.safe_load(EVERY_KEY), yaml.safe_load(VARIABLES), yaml.safe_load(MODULES)]
    used = keys_in(docs)
    declared = {k for s in SECTIONS for k in s.names}
    assert declared - used == set(), "add the key to EVERY_KEY"
    for doc in docs:
        assert list(validator().iter_errors(doc)) == []
    sink = load_exercise(course.root / "exercises" / "sink.yaml", course.config)
    assert [c.name for c in sink.checks] == ["value", "out_grad_fn", "value_hidden"]
    assert load_exercise(course.root / "exercises" / "flow.yaml", course.config).withheld is not None
    assert load_exercise(course.root / "exercises" / "mlp.yaml", course.config).checks[0].target.module_steps == 2


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("    match: Backward\n", "    matches: Backward\n"),  # a typo
        ("n: {random: python_int,", "n: {random: integer,"),  # a renamed distribution
        ("      y: {full: [2], value: 0.5}\n", "      y: {full: [2], value: 0.5, tensor: [1.0]}\n"),  # two forms
    ],
)
def test_the_parser_and_the_schema_refuse_the_same_mistakes(course: Course, old: str, new: str) -> None:
    text = EVERY_KEY.replace(old, new)
    assert text != EVERY_KEY
    assert list(validator().iter_errors(yaml.safe_load(text)))
    course.file("exercises/sink.yaml", text)
    with pytest.raises(ExerciseError):
        load_exercise(course.root / "exercises" / "sink.yaml", course.config)


def test_a_reader_that_reads_an_undeclared_key_is_a_bug_not_a_user_error() -> None:
    node = Node({"a": "x"}, "", lambda key, problem: ValueError(problem))
    node.string("a")
    with pytest.raises(AssertionError, match="undeclared keys"):
        node.reject_unknown(["b"])


def test_wrong_solution_fields_are_documented() -> None:
    assert "`example`" in schema_docs.table(WRONG_SOLUTION)
