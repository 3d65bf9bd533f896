"""A cold `grader check` pays only for what it uses: which modules load, not how long they take.

bench/cold_check.py measures the seconds; these tests pin down the causes
that made a check slow, so that none comes back unnoticed: nbformat (and
with it jsonschema's format checkers) on the way to reading a v4 notebook,
and a worker warming torch._dynamo (optimizers) or sympy (backward with a
gradient) for exercises that use neither.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import REPO, Course

from grader.config import Config, load_config
from grader.sandbox import warmup
from grader.sandbox.options import WorkerOptions
from grader.sandbox.worker import Worker
from grader.spec import load_exercises

NOTEBOOK = REPO / "examples" / "submissions" / "correct_notebook" / "autograd_exercises.ipynb"


def _python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], check=False, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_reading_a_v4_notebook_on_the_check_path_imports_neither_nbformat_nor_jsonschema() -> None:
    out = _python(
        f"""
        import sys
        from pathlib import Path
        import grader.cli, grader.commands.check, grader.grading
        from grader.submission import read_source
        source = read_source(Path({str(NOTEBOOK)!r}))
        assert len(source.cells) > 20
        print('nbformat' in sys.modules, 'jsonschema' in sys.modules)
        """
    )
    assert out == "False False"


CORPUS = REPO / "tests" / "corpus" / "submissions"


def test_a_whole_check_run_imports_neither_nbformat_nor_jsonschema() -> None:
    # End to end, so that a module added on the check path later (a report, an export) is covered too.
    out = _python(
        f"""
        import contextlib, io, sys
        from grader.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["check", {str(NOTEBOOK)!r}, "-e", "mean_square_grad"])
        print(code, 'nbformat' in sys.modules, 'jsonschema' in sys.modules)
        """
    )
    assert out == "0 False False"


def test_an_old_format_notebook_is_still_converted() -> None:
    # nbformat is imported where it is needed: converting another format.
    from grader.submission import read_source

    source = read_source(CORPUS / "old_format_v3.ipynb")
    assert source.kind == "notebook" and source.cells


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("future_format.ipynb", "Unsupported nbformat version 99"),
        ("not_json.ipynb", "not valid JSON (line 2, column 1)"),
        ("not_a_notebook.ipynb", "it holds a JSON list, not a notebook"),
        ("bad_cell_source.ipynb", "cell 1 has no readable source"),
        ("binary.ipynb", "is a binary file"),
    ],
)
def test_unreadable_notebooks_keep_their_messages(name: str, says: str) -> None:
    from grader.errors import SubmissionError
    from grader.submission import read_source

    with pytest.raises(SubmissionError, match=re.escape(says)):
        read_source(CORPUS / name)


@pytest.fixture(scope="module")
def pack() -> Config:
    return load_config(REPO / "config.yaml")


def test_needs_follow_what_each_exercise_may_use(pack: Config) -> None:
    by_id = {ex.id: warmup.needs_of_exercises([ex]) for ex in load_exercises(pack)}
    assert by_id["mean_square_grad"] == frozenset()
    assert by_id["sgd_optimizer_steps"] == {warmup.OPTIM}
    assert by_id["vector_backward"] == {warmup.VECTOR_BACKWARD}
    assert warmup.needs_of_exercises(load_exercises(pack)) == warmup.ALL - {warmup.MANY}  # many: a batch's choice, not the exercises'


def test_the_early_guess_from_file_names_agrees_with_the_parsed_exercises(pack: Config) -> None:
    for ex in load_exercises(pack):
        assert warmup.needs_of_course(pack.exercises_dir, pack.solutions_dir, [ex.id]) == warmup.needs_of_exercises([ex]), ex.id
    assert warmup.needs_of_course(pack.exercises_dir, pack.solutions_dir) == warmup.ALL - {warmup.MANY}
    # An unknown id adds nothing (the loader reports it); a missing folder warms everything, as before.
    assert warmup.needs_of_course(pack.exercises_dir, pack.solutions_dir, ["no_such_exercise"]) == frozenset()
    assert warmup.needs_of_course(pack.root / "nowhere", pack.solutions_dir) == warmup.ALL


def test_signs_in_text() -> None:
    assert warmup.needs_of_text("opt = torch.optim.SGD([p], lr=lr)") == {warmup.OPTIM}
    assert warmup.needs_of_text("call optimizer.zero_grad()") == {warmup.OPTIM}
    assert warmup.needs_of_text("the optimal value") == frozenset()
    assert warmup.needs_of_text("z.backward(v)") == {warmup.VECTOR_BACKWARD}
    assert warmup.needs_of_text("torch.autograd.grad(y, x, grad_outputs=v)") == {warmup.VECTOR_BACKWARD}
    assert warmup.needs_of_text("loss.backward(); w.backward(retain_graph=True); unreduced_backward(x)") == frozenset()


def test_worker_start_round_trip() -> None:
    from grader.sandbox.options import WorkerOptions, WorkerStart

    for start in (WorkerStart(), WorkerStart(WorkerOptions(huge_pages=True, warm=frozenset()), slot=3, cpu=1), WorkerStart(WorkerOptions(warm=frozenset({warmup.OPTIM})))):
        assert WorkerStart.from_arg(start.to_arg()) == start
    assert WorkerStart.from_arg(None) == WorkerStart() and WorkerStart().options.warm is None
    assert WorkerStart.from_arg('{"warm": ["optim", "nonsense"]}').options.warm == {warmup.OPTIM}


PROBE = (
    "import sys\n"
    "dynamo = sys.modules.get('torch._dynamo')\n"
    "print('loaded', dynamo is not None and type(dynamo).__name__ == 'module', 'sympy' in sys.modules)\n"
    "print('optim steps', __import__('torch').optim.SGD([__import__('torch').zeros(1, requires_grad=True)], lr=0.1).step() is None)\n"
    "dynamo = sys.modules.get('torch._dynamo')\n"
    "print('after a step', dynamo is not None and type(dynamo).__name__ == 'module')\n"
)
"""A child starts as a copy of its worker: what it finds loaded, the worker loaded."""


def _probe(course: Course, tmp_path: Path, warm: frozenset[str] | None) -> tuple[list[str], str]:
    from grader.jobs import job_for
    from grader.protocol import parse_record
    from grader.submission import read_source

    course.exercise("double", "id: double\ntitle: D\nprompt: x\nfunction: {name: double, params: [x]}\n"
                    "cases: [{name: a, inputs: {x: {tensor: [1.0]}}}]\nchecks: [{name: v, target: return}]\n", "def double(x):\n    return 2 * x\n")
    path = tmp_path / "probe.py"
    path.write_text(PROBE)
    config = course.config
    job = job_for(read_source(path), [], config)
    with Worker(WorkerOptions(warm=warm)) as worker:
        record = parse_record(worker.run(job), job)
        return worker.hello.get("warmed"), record.output


def test_a_worker_warmed_for_no_part_loads_neither_dynamo_nor_sympy(course: Course, tmp_path: Path) -> None:
    warmed, output = _probe(course, tmp_path, frozenset())
    assert warmed == []
    assert "loaded False False" in output


def test_a_worker_warmed_for_every_part_loads_sympy_and_steps_optimizers_without_dynamo(course: Course, tmp_path: Path) -> None:
    # The other side of the test above: the parts do load what a child would otherwise pay for,
    # except torch._dynamo, which the stand-in (grader.sandbox.lazy_dynamo) makes unneeded.
    warmed, output = _probe(course, tmp_path, None)
    assert warmed == sorted(warmup.ALL)
    assert "loaded False True" in output
    assert "optim steps True" in output and "after a step False" in output


def test_warming_leaves_torchs_global_state_as_a_fresh_interpreter_has_it() -> None:
    # A child starts from its worker's state: what warming switched on, every submission would inherit.
    code = """
        import torch
        def state():
            return (torch.is_grad_enabled(), torch.is_inference_mode_enabled(), torch.is_anomaly_enabled(),
                    torch.get_default_dtype(), torch.are_deterministic_algorithms_enabled())
        fresh = state()
        from grader.sandbox.warmup import warm
        warm()
        print(fresh == state(), state())
    """
    assert _python(code).startswith("True")


def test_a_module_input_is_built_without_sympy_and_without_moving_the_global_stream() -> None:
    # Layers built on the meta device (skip_init) imported sympy in every child of a worker warmed for no part.
    code = """
        import sys, torch
        from grader import inputs
        torch.manual_seed(5)
        model = inputs.build({"kind": "module", "layers": [{"layer": "linear", "in": 3, "out": 2, "bias": True}, {"layer": "relu"}],
                              "sequential": True, "dtype": "float32", "seed": 1})
        drawn = torch.rand(2)
        torch.manual_seed(5)
        print("sympy" in sys.modules, torch.equal(drawn, torch.rand(2)), type(model[0]).__name__)
    """
    assert _python(code) == "False True Linear"


def test_check_sends_the_submission_only_after_the_reference_worker_is_closed(course: Course, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # check starts its worker early; reference runs (a cold cache) must still end before student code starts.
    from grader.commands import check
    from grader.expected import ReferenceRunner

    course.exercise(
        "double",
        "id: double\ntitle: D\nprompt: x\nfunction: {name: double, params: [x]}\n"
        "cases: [{name: a, inputs: {x: {tensor: [1.0]}}}]\nchecks: [{name: v, target: return}]\n",
        "def double(x):\n    return 2 * x\n",
    )
    submission = tmp_path / "work.py"
    submission.write_text("def double(x):\n    return 2 * x\n")
    events: list[str] = []
    student: list[Worker] = []  # the first worker started is check's; the reference runner's comes later
    spawned, ran, closed, sent = Worker.spawn, ReferenceRunner._run, ReferenceRunner.close, Worker.send

    def spawn(self: Worker) -> None:
        if not student:
            student.append(self)
        events.append("spawn" if self is student[0] else "reference spawn")
        spawned(self)

    def run(self: ReferenceRunner, *args: object) -> object:
        events.append("reference run")
        return ran(self, *args)  # type: ignore[arg-type]

    def close(self: ReferenceRunner) -> None:
        events.append("reference closed")
        closed(self)

    def send(self: Worker, job: dict, **kwargs: object) -> bool:
        events.append("job sent" if self is student[0] else "reference job sent")
        return sent(self, job, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Worker, "spawn", spawn)
    monkeypatch.setattr(ReferenceRunner, "_run", run)
    monkeypatch.setattr(ReferenceRunner, "close", close)
    monkeypatch.setattr(Worker, "send", send)
    assert check.main(course.config, submission, out=io.StringIO()) == 0
    assert events[0] == "spawn"  # the student worker started first...
    assert "reference run" in events
    # ...and was sent the submission only once the reference worker was gone.
    assert events.index("job sent") > events.index("reference closed")
