"""Exercise files: valid ones parse; broken ones name the file, the key path and the problem."""

from __future__ import annotations

import pytest
from conftest import Course

from grader.errors import ExerciseError
from grader.spec import load_exercise, load_exercises, scan_exercises

VALID = """
id: square
title: Square
prompt: Square it.
function: {name: square, params: [x], returns: out}
cases:
  - name: small
    inputs:
      x: {tensor: [1.0, 2.0], requires_grad: true}
  - name: hidden_random
    inputs:
      x: {random: normal, shape: [3]}
checks:
  - name: value
    target: out
    cases: [small]
    points: 2
  - name: grad
    target: x.grad
    cases: [small]
  - name: value_hidden
    target: out
    cases: [hidden_random]
    visibility: hidden
"""


def load(course: Course, text: str, ex_id: str = "square"):
    course.file(f"exercises/{ex_id}.yaml", text)
    return load_exercise(course.root / "exercises" / f"{ex_id}.yaml", course.config)


def error_of(course: Course, text: str, ex_id: str = "square") -> ExerciseError:
    with pytest.raises(ExerciseError) as info:
        load(course, text, ex_id)
    return info.value


def test_valid_exercise_parses_with_points_and_visibility(course: Course) -> None:
    ex = load(course, VALID)
    assert ex.kind == "function"
    assert ex.function is not None and ex.function.signature == "square(x)"
    assert [c.name for c in ex.checks] == ["value", "grad", "value_hidden"]
    assert ex.points == 4  # 2 + default 1 + default 1
    assert [c.name for c in ex.checks_for("check")] == ["value", "grad"]
    assert ex.case_visibility("small") == "public"
    assert ex.case_visibility("hidden_random") == "hidden"
    assert ex.cases[1].inputs["x"].random is True


def test_unknown_key_is_named_with_its_path(course: Course) -> None:
    err = error_of(course, VALID.replace("    points: 2", "    pionts: 2"))
    assert err.path.endswith("square.yaml")
    assert err.key == "checks[0].pionts"
    assert "unknown key" in err.problem


def test_wrong_type_is_reported(course: Course) -> None:
    err = error_of(course, VALID.replace("points: 2", "points: two"))
    assert err.key == "checks[0].points"
    assert "expected a number" in err.problem


def test_missing_field_is_reported(course: Course) -> None:
    err = error_of(course, VALID.replace("title: Square\n", ""))
    assert err.key == "title"
    assert "missing required key" in err.problem


def test_unknown_target_attribute(course: Course) -> None:
    err = error_of(course, VALID.replace("target: x.grad", "target: x.gard"))
    assert err.key == "checks[1].target"
    assert "unknown attribute .gard" in err.problem


def test_target_must_start_with_a_known_name(course: Course) -> None:
    err = error_of(course, VALID.replace("target: x.grad", "target: y.grad"))
    assert err.key == "checks[1].target"
    assert "unknown name 'y'" in err.problem


def test_check_on_unknown_case(course: Course) -> None:
    err = error_of(course, VALID.replace("cases: [small]\n    points: 2", "cases: [large]\n    points: 2"))
    assert err.key == "checks[0].cases"
    assert "unknown case 'large'" in err.problem


def test_case_missing_an_input(course: Course) -> None:
    text = VALID.replace("function: {name: square, params: [x], returns: out}", "function: {name: square, params: [x, y], returns: out}")
    err = error_of(course, text)
    assert err.key == "cases[0].inputs"
    assert "y" in err.problem


def test_declared_points_must_match_the_checks(course: Course) -> None:
    err = error_of(course, "points: 10\n" + VALID)
    assert err.key == "points"
    assert "add up to 4" in err.problem


def test_id_must_match_file_name(course: Course) -> None:
    err = error_of(course, VALID, ex_id="other")
    assert err.key == "id"


def test_broken_yaml_names_the_line(course: Course) -> None:
    err = error_of(course, VALID + "  - name: [unclosed\n")
    assert "not valid YAML" in err.problem
    assert "line" in err.problem


def test_function_and_variables_are_exclusive(course: Course) -> None:
    err = error_of(course, VALID.replace("prompt: Square it.", "prompt: Square it.\nvariables: [a]"))
    assert "exactly one of" in err.problem


def test_analytic_value_for_a_case_the_check_does_not_run(course: Course) -> None:
    err = error_of(course, VALID.replace("    points: 2", "    points: 2\n    analytic: {hidden_random: 1.0}"))
    assert err.key == "checks[0].analytic.hidden_random"


def test_bad_tensor_values(course: Course) -> None:
    err = error_of(course, VALID.replace("{tensor: [1.0, 2.0], requires_grad: true}", "{tensor: [1.0, two]}"))
    assert err.key == "cases[0].inputs.x.tensor[1]"


def test_integer_tensor_cannot_require_grad(course: Course) -> None:
    err = error_of(course, VALID.replace("{tensor: [1.0, 2.0], requires_grad: true}", "{tensor: [1, 2], dtype: int64, requires_grad: true}"))
    assert "only floating tensors" in err.problem


def test_a_mistakes_list_is_refused_with_where_wrong_solutions_now_say_what_they_fail(course: Course) -> None:
    err = error_of(course, VALID + "mistakes:\n  - {file: wrong/a.py, description: d, fails: [value]}\n")
    assert err.key == "mistakes"
    assert "solutions/wrong/<id>/" in err.problem and "fails:" in err.problem and "docstring" in err.problem


def test_variables_exercise_has_one_notebook_case(course: Course) -> None:
    ex = load(
        course,
        """
        id: flags
        title: Flags
        prompt: Define them.
        variables: [flag_a, flag_b]
        checks:
          - {name: a, target: flag_a}
          - {name: b_grad, target: flag_b.grad, visibility: hidden}
        """.replace("\n        ", "\n"),
        ex_id="flags",
    )
    assert ex.kind == "variables"
    assert [c.name for c in ex.cases] == ["notebook"]
    assert ex.defines == ("flag_a", "flag_b")


def test_scan_collects_every_broken_file_and_keeps_the_good_ones(course: Course) -> None:
    course.file("exercises/square.yaml", VALID)
    course.file("exercises/broken.yaml", "id: broken\n")
    course.file("exercises/clash.yaml", VALID.replace("id: square", "id: clash"))
    exercises, errors = scan_exercises(course.config)
    # Files are read in name order: clash.yaml claims `square` first, square.yaml then clashes.
    assert [e.id for e in exercises] == ["clash"]
    problems = sorted(str(e) for e in errors)
    assert any("broken.yaml" in p and "missing required key" in p for p in problems)
    assert any("square.yaml" in p and "'square'" in p and "also defines" in p for p in problems)
    with pytest.raises(ExerciseError):
        load_exercises(course.config)


def test_unknown_exercise_id_lists_the_known_ones(course: Course) -> None:
    course.file("exercises/square.yaml", VALID)
    with pytest.raises(ExerciseError, match="known: square"):
        load_exercises(course.config, only=["cube"])


PUBLIC_ONLY = VALID.split("  - name: value_hidden")[0]


def test_withheld_counts_hidden_checks_a_student_bundle_left_out(course: Course) -> None:
    ex = load(course, PUBLIC_ONLY + "withheld: {checks: 2, points: 3}\n")
    assert [c.visibility for c in ex.checks] == ["public", "public"]
    assert (ex.hidden_count, ex.hidden_points) == (2, 3.0)
    assert ex.points == 3  # the file's own checks; what grading adds is counted apart
    plain = load(course, VALID)
    assert (plain.withheld, plain.hidden_count, plain.hidden_points) == (None, 1, 1.0)


def test_withheld_is_refused_next_to_hidden_checks(course: Course) -> None:
    err = error_of(course, VALID + "withheld: {checks: 1, points: 1}\n")
    assert err.key == "withheld"
    assert "value_hidden" in err.problem


def test_withheld_needs_a_positive_count_and_known_keys(course: Course) -> None:
    assert error_of(course, PUBLIC_ONLY + "withheld: {checks: 0, points: 1}\n").key == "withheld.checks"
    assert error_of(course, PUBLIC_ONLY + "withheld: {checks: 1, points: 1, seeds: 3}\n").key == "withheld.seeds"


def test_a_grad_fn_check_needs_the_prompts_words_or_accepted_alternatives(course: Course) -> None:
    bare = VALID.replace("    target: x.grad\n", "    target: out.grad_fn\n")
    err = error_of(course, bare)
    assert err.key == "checks[1]" and "grad_fn check needs `stated`" in err.problem
    stated = bare.replace("prompt: Square it.", "prompt: Square it with torch.square.").replace(
        "    target: out.grad_fn\n", "    target: out.grad_fn\n    stated: with torch.square\n"
    )
    assert load(course, stated).checks[1].stated == "with torch.square"
    accepted = bare.replace("    target: out.grad_fn\n", "    target: out.grad_fn\n    accept: [MulBackward0]\n")
    assert load(course, accepted).checks[1].accept == ("MulBackward0",)


def test_stated_words_must_be_in_the_prompt(course: Course) -> None:
    text = VALID.replace("    target: x.grad\n", "    target: x.grad\n    exact_dtype: true\n    stated: in float64\n")
    err = error_of(course, text)
    assert err.key == "checks[1].stated" and "not in the prompt" in err.problem
    assert load(course, text.replace("prompt: Square it.", "prompt: Square it, in `float64`.")).checks[1].exact_dtype


def test_a_dtype_check_needs_stated_words(course: Course) -> None:
    err = error_of(course, VALID.replace("    target: x.grad\n", "    target: out.dtype\n"))
    assert "dtype check needs `stated`" in err.problem


def test_requires_names_another_check(course: Course) -> None:
    ok = VALID.replace("    target: x.grad\n", "    target: x.grad\n    requires: [value]\n")
    assert load(course, ok).checks[1].requires == ("value",)
    err = error_of(course, VALID.replace("    target: x.grad\n", "    target: x.grad\n    requires: [nope]\n"))
    assert err.key == "checks[1].requires" and "'nope' is not another check" in err.problem


def test_author_hints_say_which_mistake_and_on_what_evidence(course: Course) -> None:
    plain = VALID.replace("    target: x.grad\n", "    target: x.grad\n    hint: Use the chain rule.\n")
    assert "which mistake it names and when it applies" in error_of(course, plain).problem
    no_evidence = VALID.replace("    target: x.grad\n", "    target: x.grad\n    hint: {text: Use the chain rule., mistake: operation, when: {}}\n")
    assert "at least one piece of evidence" in error_of(course, no_evidence).problem
    unknown_tag = VALID.replace("    target: x.grad\n", "    target: x.grad\n    hint: {text: t, mistake: typo, when: {ratio: 2}}\n")
    assert error_of(course, unknown_tag).key == "checks[1].hint.mistake"
    several = VALID.replace(
        "    target: x.grad\n",
        "    target: x.grad\n    hint:\n      - {text: a, mistake: sign, when: {ratio: -1}}\n      - {text: b, mistake: accumulation, when: {ratio: 2}}\n",
    )
    assert [h.mistakes for h in load(course, several).checks[1].hints] == [("sign",), ("accumulation",)]
    both = VALID.replace("    target: x.grad\n", "    target: x.grad\n    hint: {text: t, mistake: [not_leaf, order], when: {leaf: false}}\n")
    assert load(course, both).checks[1].hints[0].mistakes == ("not_leaf", "order")
    good = VALID.replace("    target: x.grad\n", "    target: x.grad\n    hint: {text: Twice too large., mistake: accumulation, when: {ratio: 2, backward_calls: 2}}\n")
    [hint] = load(course, good).checks[1].hints
    assert hint.when == {"ratio": 2.0, "backward_calls": 2} and hint.mistakes == ("accumulation",)


def test_equivalent_mutants_are_declared_by_id_with_a_reason(course: Course) -> None:
    ex = load(course, VALID + 'equivalent:\n  - {mutant: "swap_mean_sum@7", reason: "the prompt allows either"}\n  - {mutant: "flip_sign@3.2", reason: "x + 0"}\n')
    assert [(e.mutant, e.reason) for e in ex.equivalent] == [("swap_mean_sum@7", "the prompt allows either"), ("flip_sign@3.2", "x + 0")]
    assert load(course, VALID).equivalent == ()
    bad = error_of(course, VALID + "equivalent:\n  - {mutant: swap_mean_sum, reason: why}\n")
    assert (bad.key, bad.problem) == ("equivalent[0].mutant", "'swap_mean_sum' is not a mutant id (operator@line, as `grader validate` prints it)")
    assert error_of(course, VALID + "equivalent:\n  - {mutant: a@1}\n").key == "equivalent[0].reason"
    twice = error_of(course, VALID + "equivalent:\n  - {mutant: a@1, reason: r}\n  - {mutant: a@1, reason: s}\n")
    assert (twice.key, twice.problem) == ("equivalent[1].mutant", "'a@1' is declared twice")


def test_random_ints_and_integer_tensors_have_names_that_say_which(course: Course) -> None:
    text = VALID.replace("x: {random: normal, shape: [3]}", "x: {random: python_int, low: 2, high: 6}")
    assert load(course, text).cases[1].inputs["x"].recipe == {"kind": "random_python_int", "low": 2, "high": 6}
    text = VALID.replace("x: {random: normal, shape: [3]}", "x: {random: uniform_int, shape: [3], low: 0, high: 9, dtype: int64}")
    assert load(course, text).cases[1].inputs["x"].recipe["dist"] == "uniform_int"


@pytest.mark.parametrize(("old", "new"), [("integer", "python_int"), ("randint", "uniform_int")])
def test_the_old_random_names_are_refused_with_the_new_ones(course: Course, old: str, new: str) -> None:
    err = error_of(course, VALID.replace("x: {random: normal, shape: [3]}", f"x: {{random: {old}, shape: [3], low: 0, high: 9}}"))
    assert err.key == "cases[1].inputs.x.random"
    assert f"random: {new}" in err.problem and "python_int" in err.problem and "uniform_int" in err.problem


HIDDEN_CASES = VALID.replace(
    """  - name: value_hidden
    target: out
    cases: [hidden_random]
    visibility: hidden
""",
    "",
).replace("    cases: [small]\n    points: 2\n", "    cases: [small]\n    points: 2\n    rtol: 0.5\n    hidden_cases: [hidden_random]\n    description: out\n")


def test_hidden_cases_grade_a_check_again_as_a_hidden_check_of_its_own(course: Course) -> None:
    separate = load(course, VALID.replace("    cases: [small]\n    points: 2\n", "    cases: [small]\n    points: 2\n    rtol: 0.5\n    description: out\n").replace(
        "    visibility: hidden\n", "    visibility: hidden\n    rtol: 0.5\n    description: out\n"
    ))
    merged = load(course, HIDDEN_CASES)
    # The same checks, points and visibility as the two checks it replaces.
    assert merged.checks == separate.checks
    assert [(c.name, c.visibility, c.cases, c.points) for c in merged.checks] == [
        ("value", "public", ("small",), 2),
        ("grad", "public", ("small",), 1),
        ("value_hidden", "hidden", ("hidden_random",), 1),
    ]
    assert merged.case_visibility("hidden_random") == "hidden"
    assert [c.name for c in merged.checks_for("check")] == ["value", "grad"]


def test_hidden_points_description_and_analytic_go_to_the_hidden_part(course: Course) -> None:
    text = HIDDEN_CASES.replace("    hidden_cases: [hidden_random]\n", "    hidden_cases: [hidden_random]\n    hidden_points: 3\n    hidden_description: out elsewhere\n    analytic: {small: [1.0, 4.0], hidden_random: 0}\n")
    value, _, hidden = load(course, text).checks
    assert (value.analytic, value.description) == ({"small": [1.0, 4.0]}, "out")
    assert (hidden.points, hidden.analytic, hidden.description, hidden.rtol) == (3, {"hidden_random": 0}, "out elsewhere", 0.5)


@pytest.mark.parametrize(
    ("edit", "key", "words"),
    [
        (("hidden_cases: [hidden_random]", "hidden_cases: [small]"), "checks[0].hidden_cases", "also under `cases`"),
        (("hidden_cases: [hidden_random]", "hidden_cases: [nope]"), "checks[0].hidden_cases", "unknown case 'nope'"),
        (("hidden_cases: [hidden_random]", "hidden_cases: []"), "checks[0].hidden_cases", "at least one case"),
        (("    hidden_cases: [hidden_random]\n", "    hidden_points: 2\n"), "checks[0].hidden_points", "only with `hidden_cases`"),
        (("    points: 2\n", "    points: 2\n    visibility: hidden\n"), "checks[0].hidden_cases", "hidden check"),
        (("  - name: grad\n", "  - name: value_hidden\n"), "checks[1]", "duplicate check name 'value_hidden'"),
    ],
)
def test_hidden_cases_mistakes_are_named(course: Course, edit: tuple[str, str], key: str, words: str) -> None:
    err = error_of(course, HIDDEN_CASES.replace(*edit))
    assert (err.key, words in err.problem) == (key, True), err


def test_exact_shape_needs_stated_words(course: Course) -> None:
    err = error_of(course, VALID.replace("    target: x.grad\n", "    target: x.grad\n    exact_shape: true\n"))
    assert "`exact_shape` needs `stated`" in err.problem
    text = VALID.replace("prompt: Square it.", "prompt: Square it, as `torch.tensor([1.0])`.").replace(
        "    target: x.grad\n", "    target: x.grad\n    exact_shape: true\n    stated: as `torch.tensor([1.0])`\n"
    )
    assert load(course, text).checks[1].exact_shape
