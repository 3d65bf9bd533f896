"""Running student code: isolation, time limits, exits and crashes become results."""

from __future__ import annotations

import json
import os
import time
from importlib import metadata
from pathlib import Path

import nbformat
import pytest
from conftest import DOUBLE_ONE_CASE as DOUBLE
from conftest import DOUBLE_SPEC, Course, GradeFn, failing
from nbformat.v4 import new_code_cell, new_notebook

HALF = """
id: half
title: Half
prompt: Return x/2.
function: {name: half, params: [x]}
cases:
  - name: small
    inputs: {x: {tensor: [1.0, 2.0]}}
checks:
  - {name: value, target: return}
"""
GOOD_HALF = "def half(x):\n    return x / 2\n"


@pytest.fixture
def two(course: Course) -> Course:
    course.exercise("double", DOUBLE, "def double(x):\n    return 2 * x\n")
    course.exercise("half", HALF, GOOD_HALF)
    course.settings["limits"].update(call_seconds=1, cell_seconds=2, submission_seconds=20)
    return course


def notebook(path: Path, *cells: str) -> Path:
    nb = new_notebook()
    nb.cells.extend(new_code_cell(c) for c in cells)
    nbformat.write(nb, path)
    return path


def test_correct_module_passes(two: Course, grade: GradeFn) -> None:
    r = grade(two.config, "def double(x):\n    return 2 * x\n" + GOOD_HALF)
    assert r.status == "graded"
    assert [e.status for e in r.exercises] == ["passed", "passed"]
    assert r.score == r.max_score == 2


def test_infinite_loop_in_a_call_times_out_and_other_exercises_are_graded(two: Course, grade: GradeFn) -> None:
    r = grade(two.config, "def double(x):\n    while True:\n        pass\n" + GOOD_HALF)
    double, half = r.exercise("double"), r.exercise("half")
    assert double.status == "timeout"
    assert "did not finish within 1 s" in (double.message or "")
    assert half.status == "passed"


FIVE_CASES = """
id: first
title: First element
prompt: Return x[0] * 2.
function: {name: first, params: [x]}
cases:
""" + "".join(f"  - {{name: c{i}, inputs: {{x: {{tensor: [{i}.0, 0.0]}}}}}}\n" for i in range(1, 6)) + """
checks:
""" + "".join(f"  - {{name: check{i}, target: return, cases: [c{i}]}}\n" for i in range(1, 6))


def test_tasks_sent_ahead_after_a_hung_call_still_run(course: Course, grade: GradeFn) -> None:
    # The child has later tasks in its pipe when a call hangs: the new child must run them
    # (another function's; the hung function's own later cases share its verdict unrun).
    course.exercise("first", FIVE_CASES, "def first(x):\n    return x[0] * 2\n")
    course.exercise("half", HALF, GOOD_HALF)
    course.settings["limits"].update(call_seconds=1)
    r = grade(course.config, "def first(x):\n    while int(x[0]) == 3:\n        pass\n    return x[0] * 2\n" + GOOD_HALF)
    checks = {c.name: c for c in r.exercise("first").checks}
    assert {n for n, c in checks.items() if c.status == "passed"} == {"check1", "check2"}
    assert checks["check3"].status == "failed" and "did not finish within 1 s" in checks["check3"].message
    assert r.exercise("half").status == "passed"


def test_after_a_timeout_the_functions_other_cases_are_not_run(course: Course, grade: GradeFn) -> None:
    # A loop costs one time limit, not one per case: the later cases get the same verdict unrun.
    course.exercise("first", FIVE_CASES, "def first(x):\n    return x[0] * 2\n")
    course.exercise("half", HALF, GOOD_HALF)
    course.settings["limits"].update(call_seconds=1)
    r = grade(course.config, "def first(x):\n    while True:\n        pass\n" + GOOD_HALF)
    first = r.exercise("first")
    assert first.status == "timeout" and "did not finish within 1 s" in (first.message or "")
    checks = {c.name: c for c in first.checks}
    assert "first() on case 'c1' did not finish within 1 s" in checks["check1"].message
    for name in ("check2", "check3", "check4", "check5"):
        assert checks[name].status == "failed"
        assert "was not run: it did not finish within 1 s on an earlier case" in checks[name].message
    # One child was stopped, one restarted for the other function.
    assert r.output.count("[grader: restarted the submission") == 1
    assert r.exercise("half").status == "passed"


def test_each_call_gets_its_own_time_limit(course: Course, grade: GradeFn) -> None:
    # Five calls of 0.5 s against a 2 s limit: each call's clock starts when the call before it ends.
    course.exercise("first", FIVE_CASES, "def first(x):\n    return x[0] * 2\n")
    course.settings["limits"].update(call_seconds=2)
    r = grade(course.config, "import time\ndef first(x):\n    time.sleep(0.5)\n    return x[0] * 2\n")
    assert [c.status for c in r.exercise("first").checks] == ["passed"] * 5


def test_a_large_task_is_not_sent_while_a_call_runs(course: Course, grade: GradeFn) -> None:
    # A task bigger than a pipe's buffer, behind a call that hangs: the supervisor
    # must not block writing it, or nothing would enforce the hung call's limit.
    big = ", ".join(["1.25"] * 20000)
    spec = """
id: {name}
title: Total
prompt: Return x.sum().
function: {{name: {name}, params: [x]}}
cases:
  - {{name: {case}, inputs: {{x: {{tensor: [{values}]}}}}}}
checks:
  - {{name: {case}, target: return, cases: [{case}]}}
"""
    course.exercise("total", spec.format(name="total", case="one", values="1.0"), "def total(x):\n    return x.sum()\n")
    course.exercise("total_many", spec.format(name="total_many", case="many", values=big), "def total_many(x):\n    return x.sum()\n")
    course.settings["limits"].update(call_seconds=1, submission_seconds=20)
    r = grade(course.config, "def total(x):\n    while True:\n        pass\n\ndef total_many(x):\n    return x.sum()\n")
    # Had the loop run into the submission's 20 s instead, the task after it would not have run.
    assert r.exercise("total_many").status == "passed"
    [one] = r.exercise("total").checks
    assert one.status == "failed" and "did not finish within 1 s" in one.message


def test_infinite_loop_at_import_names_the_cell(two: Course, grade: GradeFn, tmp_path: Path) -> None:
    nb = notebook(tmp_path / "loop.ipynb", GOOD_HALF, "while True:\n    pass", "def double(x):\n    return 2 * x")
    r = grade(two.config, nb)
    # The looping cell is skipped after its time limit; the cells after it still run.
    assert r.exercise("double").status == "passed"
    assert r.exercise("half").status == "passed"
    assert any(n.startswith("code cell 2 did not finish within 2 s") for n in r.notes), r.notes


def test_module_that_never_finishes_loading(two: Course, grade: GradeFn) -> None:
    r = grade(two.config, "def double(x):\n    return 2 * x\nwhile True:\n    pass\n" + GOOD_HALF)
    ex = r.exercise("half")
    assert ex.status == "error"
    assert "`half` is not defined because submission.py, which defines it, did not finish within 2 s" in (ex.message or "")


def test_sys_exit_at_import_is_reported_and_later_cells_run(two: Course, grade: GradeFn, tmp_path: Path) -> None:
    nb = notebook(tmp_path / "exit.ipynb", "import sys\nsys.exit(0)", "def double(x):\n    return 2 * x", GOOD_HALF)
    r = grade(two.config, nb)
    assert r.score == 2
    assert any("cell 1 raised SystemExit" in n for n in r.notes)


def test_sys_exit_in_a_module_stops_the_module(two: Course, grade: GradeFn) -> None:
    r = grade(two.config, "def double(x):\n    return 2 * x\nimport sys\nsys.exit(3)\n" + GOOD_HALF)
    assert r.exercise("double").status == "passed"
    assert r.exercise("half").status == "error"
    assert "raised SystemExit: 3" in (r.exercise("half").message or "")


def test_os_exit_in_a_cell_restarts_without_that_cell(two: Course, grade: GradeFn, tmp_path: Path) -> None:
    nb = notebook(tmp_path / "osexit.ipynb", "def double(x):\n    return 2 * x", "import os\nos._exit(0)", GOOD_HALF)
    r = grade(two.config, nb)
    assert r.score == 2
    assert any("cell 2 exited with code 0" in n for n in r.notes)


def test_sys_exit_and_keyboard_interrupt_inside_a_call_are_results(two: Course, grade: GradeFn) -> None:
    r = grade(two.config, "import sys\ndef double(x):\n    sys.exit(0)\ndef half(x):\n    raise KeyboardInterrupt\n")
    assert failing(r, "double") == {"value"}
    assert "your code raised SystemExit" in r.exercise("double").checks[0].message
    assert "your code raised KeyboardInterrupt" in r.exercise("half").checks[0].message


def test_os_exit_inside_a_call_fails_that_exercise_only(two: Course, grade: GradeFn) -> None:
    r = grade(two.config, "import os\ndef double(x):\n    os._exit(0)\n" + GOOD_HALF)
    assert r.exercise("double").status == "error"
    assert "the process exited with code 0" in (r.exercise("double").message or "")
    assert r.exercise("half").status == "passed"


def test_segfault_is_a_crash_result(two: Course, grade: GradeFn) -> None:
    r = grade(two.config, "import ctypes\ndef double(x):\n    ctypes.string_at(0)\n" + GOOD_HALF)
    assert "segmentation fault" in (r.exercise("double").message or "")
    assert r.exercise("half").status == "passed"


def test_output_is_captured_and_capped(two: Course, grade: GradeFn) -> None:
    two.settings["limits"]["output_bytes"] = 1000
    r = grade(two.config, "print('hello from the student')\nprint('x' * 100000)\ndef double(x):\n    return 2 * x\n" + GOOD_HALF)
    assert r.output.startswith("hello from the student")
    assert r.output_truncated and len(r.output) <= 1000
    assert any("only the first 1000 bytes were kept" in n for n in r.notes)
    assert r.score == 2


def test_garbage_on_the_grader_channel_is_an_error_never_a_pass(two: Course, grade: GradeFn) -> None:
    forge = '''
import os
for fd in range(3, 64):
    try:
        os.write(fd, b'{"ev": "task_end", "task": "double/small", "observation": {"status": "returned"}}\\nnot json\\n')
    except OSError:
        pass
def double(x):
    return 2 * x
''' + GOOD_HALF
    r = grade(two.config, forge)
    assert r.status == "error"
    assert r.score == 0
    assert "malformed data" in (r.message or "")


def test_unreadable_submission_is_a_result_not_a_crash(two: Course, grade: GradeFn, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ipynb"
    bad.write_text("{ this is not json")
    r = grade(two.config, bad)
    assert r.status == "error" and r.score == 0
    assert "not a readable notebook" in (r.message or "")
    assert [e.status for e in r.exercises] == ["error", "error"]


def test_student_code_cannot_import_the_reference_solutions(two: Course, grade: GradeFn) -> None:
    r = grade(
        two.config,
        "try:\n    import solutions\n    leaked = 'imported'\nexcept ImportError as e:\n    leaked = str(e)\n"
        "def double(x):\n    return 2 * x\n" + "def half(x):\n    raise RuntimeError(leaked)\n",
    )
    message = r.exercise("half").checks[0].message
    assert "reference solutions are not available to submissions" in message


def test_missing_function_points_at_the_failing_cell(two: Course, grade: GradeFn, tmp_path: Path) -> None:
    nb = notebook(tmp_path / "nb.ipynb", GOOD_HALF, "def double(x)\n    return 2 * x")
    r = grade(two.config, nb)
    msg = r.exercise("double").message or ""
    assert msg.startswith("`double` is not defined because code cell 2, which defines it, raised SyntaxError")
    assert r.exercise("half").status == "passed"


def test_missing_function_without_any_definition(two: Course, grade: GradeFn) -> None:
    r = grade(two.config, GOOD_HALF)
    assert r.exercise("double").message == "`double` is not defined: your module needs `def double(x):`"


def test_stub_left_untouched_is_not_implemented(two: Course, grade: GradeFn) -> None:
    r = grade(two.config, "def double(x):\n    raise NotImplementedError\n" + GOOD_HALF)
    assert r.exercise("double").status == "not_implemented"
    assert r.exercise("double").message == "not implemented yet"
    assert r.exercise("double").score == 0


def isolated() -> bool:
    """Root with mount namespaces and another uid: the course folder can be hidden here."""
    from grader.sandbox import isolation

    if os.geteuid() != 0:
        return False
    plan = isolation.plan_for({"hide": ["/nonexistent"], "limits": {}, "sandbox_uid": 65000}, 0, ())
    return plan.uid is not None and plan.namespaces


def run_record(config, code: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run a module in a worker of its own; return the validated record."""
    from grader.jobs import job_for
    from grader.protocol import parse_record
    from grader.sandbox.worker import Worker
    from grader.submission import read_source

    path = tmp_path / "probe.py"
    path.write_text(code)
    job = job_for(read_source(path), [], config)
    with Worker() as worker:
        return parse_record(worker.run(job), job)


def test_a_task_message_is_one_line_holding_the_task() -> None:
    from grader.sandbox.supervisor import task_message

    task = {"id": "ex/line", "function": "f", "args": [["x", {"kind": "python", "value": "a\nb"}]], "variables": [], "time_limit": 1.0}
    data = task_message(task)
    assert data.endswith(b"\n") and data.count(b"\n") == 1
    assert json.loads(data) == {"op": "task", "task": task}


@pytest.mark.skipif(not hasattr(os, "SCHED_BATCH"), reason="Linux scheduling policies")
def test_children_run_as_batch_work(two: Course, tmp_path: Path) -> None:
    # A worker woken by its child's results must not preempt it (see zygote._batch_scheduling).
    record = run_record(two.config, "import os\nprint('policy', os.sched_getscheduler(0))\n", tmp_path)
    assert f"policy {os.SCHED_BATCH}" in record.output


@pytest.mark.skipif(not isolated(), reason="needs root with mount namespaces")
def test_as_root_children_run_as_another_user_and_cannot_see_the_course(two: Course, tmp_path: Path) -> None:
    config = two.config
    code = f"""
import os
print("uid", os.getuid(), os.getgid(), os.getgroups())
for path in [{str(config.root)!r}, {str(config.solutions_dir)!r}, {str(config.root / 'config.yaml')!r}]:
    try:
        print("listed" if os.path.isdir(path) and os.listdir(path) else "empty", path)
    except OSError as exc:
        print("refused", path)
print("tmp", sorted(os.listdir("/tmp")))
print("cwd", os.getcwd(), os.listdir("."))
print("processes", sorted(int(p) for p in os.listdir("/proc") if p.isdigit()))
try:
    os.kill({os.getpid()}, 0)
    print("can signal the grader")
except (PermissionError, ProcessLookupError):
    print("cannot signal the grader")
"""
    record = run_record(config, code, tmp_path)
    out = record.output
    uid = int(out.split("uid ", 1)[1].split()[0])
    assert uid >= config.sandbox_uid and uid != 0
    assert "listed" not in out, out
    # The first process of a PID namespace of its own: it sees no other process, and reaches none.
    assert "processes [1]" in out and "cannot signal the grader" in out
    assert record.isolation == {"user": f"uid {uid}", "course_hidden": True, "private_tmp": True, "notes": []}
    # Its /tmp is its own: nothing of the grader's (or the course, under /tmp here) is there.
    assert str(config.root).split("/")[2] not in out.split("tmp ", 1)[1].split("\n")[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="a non-root grader's children run as its own user")
def test_without_root_the_record_says_what_is_not_protected(two: Course, tmp_path: Path) -> None:
    record = run_record(two.config, "x = 1\n", tmp_path)
    assert record.isolation is not None and record.isolation["user"] is None
    assert any("does not run as root" in n for n in record.isolation["notes"])


def test_a_process_forked_by_the_student_never_speaks_for_the_child(two: Course, grade: GradeFn, tmp_path: Path) -> None:
    # The forked copy finishes the cell too, then would report it: it must exit instead.
    nb = notebook(tmp_path / "fork.ipynb", "import os\nchild = os.fork()", "def double(x):\n    return 2 * x", GOOD_HALF)
    r = grade(two.config, nb)
    assert r.status == "graded" and r.score == 2


FORGER = '''
import json, os, sys
def task_in_flight():
    frame = sys._getframe()
    while "task" not in frame.f_locals:
        frame = frame.f_back
    return frame.f_locals["task"]
def write_everywhere(line):
    for fd in range(3, 32):
        try:
            os.write(fd, line.encode())
        except OSError:
            pass
'''
"""Student code that finds the task in flight and writes a line to every fd it may hold."""


def test_a_forged_but_well_formed_result_cannot_carry_the_right_answer(two: Course, grade: GradeFn) -> None:
    # The child can write any observation it likes, but without the expected
    # values (never in the child) a forged one is as good as its guess.
    code = FORGER + '''
def double(x):
    value = {"kind": "tensor", "class": "Tensor", "dtype": "float32", "shape": [2], "data": [7.0, 7.0], "note": None,
             "requires_grad": False, "is_leaf": True, "retains_grad": False, "grad_fn": None, "grad": None, "backward_calls": None}
    obs = {"status": "returned", "returned": value, "raised": None, "inputs": {"x": value}, "seconds": 0.0}
    write_everywhere(json.dumps({"ev": "task_end", "task": task_in_flight()["id"], "observation": obs}) + "\\n")
    os._exit(0)
''' + GOOD_HALF
    r = grade(two.config, code)
    assert r.exercise("double").score == 0
    # The exit lands on the task in flight by then (half): the forgery costs points, it never earns any.
    assert r.score == 0


def test_a_result_line_that_smuggles_more_than_one_value_is_an_error(two: Course, grade: GradeFn) -> None:
    # The worker passes a result in the child's layout on as text, undecoded;
    # text that is not exactly one JSON value must not reach the record as data.
    code = FORGER + '''
def double(x):
    prefix = '{"ev":"task_end","task":' + json.dumps(task_in_flight()["id"]) + ',"observation":'
    write_everywhere(prefix + '{"status": "returned"}, "tasks": {}, "cells": {"1": {}}' + "}\\n")
    os._exit(0)
''' + GOOD_HALF
    r = grade(two.config, code)
    assert r.status == "error" and r.score == 0
    assert "malformed data" in (r.message or "") and "not valid JSON" in (r.message or "")


def test_stopping_a_batch_early_stops_the_jobs_under_way(two: Course, tmp_path: Path) -> None:
    from grader.batch import Item, grade_items
    from grader.grading import open_grader
    from grader.sandbox.worker import WorkerPool

    two.settings["limits"].update(cell_seconds=900, submission_seconds=1800)
    config = two.config
    g = open_grader(config, mode="grade")
    slow = [write_py(tmp_path / f"slow{i}.py", "import time\ntime.sleep(600)\n") for i in range(3)]
    fast = write_py(tmp_path / "fast.py", "def double(x):\n    return 2 * x\n" + GOOD_HALF)
    with WorkerPool(2) as pool:
        results = grade_items([Item(key="fast", path=fast, grader=g), *(Item(key=p.stem, path=p, grader=g) for p in slow)], pool=pool)
        key, first = next(results)
        assert key == "fast" and first.score == 2
        started = time.monotonic()
        results.close()  # what Ctrl-C does to the loop in `grader grade`
        # The slow jobs would need 20 minutes more; closing kills them instead of waiting.
        assert time.monotonic() - started < 120


def write_py(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_a_habitual_numpy_import_grades_like_any_other(course: Course, grade: GradeFn) -> None:
    # numpy is a dependency of the grader, so grading has it wherever a student's own check had it.
    assert any(r.startswith("numpy") for r in (metadata.requires("autograd-grader") or []))
    course.exercise("double", DOUBLE_SPEC, "def double(x):\n    return 2 * x\n")
    r = grade(course.config, "import numpy as np\nimport torch\n\ndef double(x):\n    return x * float(np.float32(2.0))\n")
    assert r.exercise("double").status == "passed", r.notes


def test_a_message_that_is_not_printable_ascii_is_refused_before_it_is_kept() -> None:
    # The child escapes everything else; raw control characters passed on as text grew sixfold
    # in the record (amplify_record.py).
    from collections import deque

    from grader import wire
    from grader.sandbox import supervisor

    task = {"id": "double/small", "function": "double", "args": [], "time_limit": 1}
    sup = supervisor.Supervisor({"limits": {"submission_seconds": 5}, "tasks": [task], "source": {"kind": "module", "cells": []}})
    read, write = os.pipe()  # where the stop message goes once the honest result is in
    attempt = supervisor._Attempt(pid=0, event_fd=-1, task_fd=write, output_fd=-1, phase="task", window=deque([(task, 0)]))
    prefix = wire.task_end_prefix("double/small")
    with pytest.raises(supervisor._ProtocolViolation, match="not printable ASCII"):
        sup._handle(attempt, prefix + b"{" + b"\x01" * 100 + b"}")
    assert sup.record.tasks == {}
    sup._handle(attempt, prefix + b'{"status":"missing","seconds":0.0}}')
    assert sup.record.tasks["double/small"]["status"] == "done"
    os.close(read)
    os.close(write)


CHAIN = """
id: chain
title: A chain in a notebook
prompt: Make nb_p = [1.0] requiring grad, nb_w = 10 nb_p, nb_l = nb_w ** 2, then nb_l.backward().
variables: [nb_p, nb_w, nb_l]
checks:
  - {name: w_value, target: nb_w}
  - {name: l_value, target: nb_l}
  - {name: p_grad, target: nb_p.grad, points: 2}
"""
CHAIN_REFERENCE = "import torch\nnb_p = torch.tensor([1.0], requires_grad=True)\nnb_w = 10 * nb_p\nnb_l = nb_w ** 2\nnb_l.backward()\n"


def test_a_notebook_exercise_with_some_names_left_as_the_starters_dots_is_graded_on_the_rest(course: Course, grade: GradeFn) -> None:
    course.exercise("chain", CHAIN, CHAIN_REFERENCE)
    # Every name left as `...`: not begun.
    untouched = grade(course.config, "nb_p = ...\nnb_w = ...\nnb_l = ...\n").exercise("chain")
    assert (untouched.status, untouched.message, untouched.score) == ("not_implemented", "not implemented yet", 0)
    # The last steps left as `...`: the first is graded as work, the rest says what is not done.
    begun = grade(course.config, "import torch\nnb_p = torch.tensor([1.0], requires_grad=True)\nnb_w = 10 * nb_p\nnb_l = ...\n").exercise("chain")
    checks = {c.name: c for c in begun.checks}
    assert begun.status == "failed" and checks["w_value"].status == "passed" and begun.score == 1
    assert "nb_l is still `...`" in (checks["l_value"].hint or "")
