"""Solutions found by location: wrong solutions say in their docstring what they must fail."""

from __future__ import annotations

import pytest
from conftest import Course

from grader.alternatives import example_mistake, wrong_solutions
from grader.errors import ExerciseError
from grader.spec import Exercise, load_exercise

SPEC = """
id: square
title: Square
prompt: Square it.
function: {name: square, params: [x]}
cases:
  - {name: small, inputs: {x: {tensor: [1.0, 2.0]}}}
checks:
  - {name: value, target: return}
  - {name: value_again, target: return}
"""
BODY = "\n\ndef square(x):\n    return x * 3\n"


def exercise(course: Course) -> Exercise:
    course.exercise("square", SPEC, "def square(x):\n    return x * x\n")
    return load_exercise(course.root / "exercises" / "square.yaml", course.config)


def wrong(course: Course, name: str, docstring: str) -> None:
    course.file(f"solutions/wrong/square/{name}", f'r"""{docstring}"""\n' + BODY)


def test_wrong_solutions_are_found_in_their_folder_with_what_their_docstring_says(course: Course) -> None:
    ex = exercise(course)
    wrong(course, "b_cube.py", "Wrong: cubes.\n\nMore words.\n\nfails: value, value_again\ndiagnosis: differ\\w*\ndescription: cubes x\n")
    wrong(course, "a_triple.py", "Wrong: triples x.\n\nfails: value\nexample: true\n")
    course.file("solutions/wrong/square/notes.txt", "not a solution")
    found = wrong_solutions(course.config, ex)
    assert [m.file.name for m in found] == ["a_triple.py", "b_cube.py"]  # sorted by name
    triple, cube = found
    assert (cube.fails, cube.diagnosis, cube.description, cube.example) == (("value", "value_again"), r"differ\w*", "cubes x", False)
    assert (triple.fails, triple.diagnosis, triple.description, triple.example) == (("value",), None, "Wrong: triples x.", True)
    assert example_mistake(found) is triple
    assert example_mistake(found[1:]) is cube  # none marked: the first
    assert example_mistake([]) is None


def test_an_exercise_without_a_wrong_folder_has_none(course: Course) -> None:
    assert wrong_solutions(course.config, exercise(course)) == []


@pytest.mark.parametrize(
    ("docstring", "key", "words"),
    [
        ("Wrong: cubes.\n\nfails: valeu\n", "fails", "unknown check 'valeu'"),
        ("Wrong: cubes.\n\nfails:\n", "fails", "at least one check"),
        ("Wrong: cubes.\n", "", "must end with a paragraph of fields"),
        ("Wrong: cubes.\n\nfails: value\nfials: value\n", "fials", "unknown field"),
        ("Wrong: cubes.\n\nfails: value\ndiagnosis: (\n", "diagnosis", "not a valid regular expression"),
        ("Wrong: cubes.\n\nfails: value\nexample: yes\n", "example", "true or false"),
        ("fails: value\n", "description", "in words"),
    ],
)
def test_a_docstring_that_does_not_say_what_it_fails_names_the_file_and_field(course: Course, docstring: str, key: str, words: str) -> None:
    ex = exercise(course)
    wrong(course, "cube.py", docstring)
    with pytest.raises(ExerciseError) as info:
        wrong_solutions(course.config, ex)
    assert info.value.path == "solutions/wrong/square/cube.py"
    assert info.value.key == key
    assert words in info.value.problem


def test_only_one_wrong_solution_is_the_example(course: Course) -> None:
    ex = exercise(course)
    wrong(course, "a.py", "Wrong: a.\n\nfails: value\nexample: true\n")
    wrong(course, "b.py", "Wrong: b.\n\nfails: value\nexample: true\n")
    with pytest.raises(ExerciseError, match="only one wrong solution can be the example"):
        wrong_solutions(course.config, ex)
