"""What a worker keeps between jobs: work every job of a batch shares, none of it about a submission.

One object, owned by the worker's loop (:func:`grader.sandbox.zygote.serve`)
and handed to each job's :class:`~grader.sandbox.supervisor.Supervisor`; a
supervisor without one (a single job, the portable runner) gets a fresh one.
Nothing here is kept in a module's globals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from grader.sandbox import hiding as hiding_mod
from grader.sandbox import isolation

ProbeResult = tuple[bool, bool, str | None]
"""(namespaces work, dropping to the uid works, why not): see :func:`grader.sandbox.isolation.probe`."""


@dataclass
class WorkerCache:
    """Inputs, import-path plans, isolation probes and namespace handles, kept across the jobs of one worker."""

    inputs: dict[tuple[str, str], tuple[dict[str, Any], Any]] = field(default_factory=dict)
    """Tensors built before the fork (:func:`grader.inputs.prepare`), by (task id, parameter)."""
    hiding_plans: dict[tuple[object, ...], hiding_mod.Hiding] = field(default_factory=dict)
    """Import-path plans by what they depend on (:func:`grader.sandbox.hiding.plan_key`)."""
    probes: dict[int | None, ProbeResult] = field(default_factory=dict)
    """Whether namespaces and a uid work, by uid: one throwaway fork per block of uids."""
    namespaces: isolation.Namespaces = field(default_factory=isolation.Namespaces)
    """The worker's PID namespace and the mount view its children start from (:func:`grader.sandbox.isolation.fork`)."""
    frozen: bool = False
    """Whether a job froze the worker's objects (:func:`gc.freeze`) yet: ``gc.get_freeze_count`` walks them all to count."""
    network_notes: tuple[str, ...] = ()
    """Why the worker could not leave the network (:func:`grader.sandbox.isolation.isolate_network`), said in every record."""

    def hiding_for(self, hidden: list[str]) -> hiding_mod.Hiding:
        """The plan for ``hidden`` (the worker imports nothing between jobs, so its import state, and the plan, stay the same)."""
        key = hiding_mod.plan_key(hidden)
        plan = self.hiding_plans.get(key)
        if plan is None:
            plan = self.hiding_plans[key] = hiding_mod.plan(hidden)
        return plan

    def prepare(self, tasks: list[dict[str, Any]]) -> None:
        """Build ``tasks``' inputs before the fork (:func:`grader.inputs.prepare`)."""
        from grader import (
            inputs,  # torch: the worker has it, the portable runner's grader process does not
        )

        inputs.prepare(tasks, self.inputs)
