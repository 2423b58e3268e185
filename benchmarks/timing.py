"""Shared by the in-process benchmarks (render_cpu.py, rules_cpu.py)."""

from __future__ import annotations

import time
from collections.abc import Callable


def fastest(work: Callable[[], object], rounds: int) -> float:
    """The least CPU time of *rounds* runs of *work*: the machine is shared and noisy."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best
