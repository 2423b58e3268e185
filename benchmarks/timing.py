"""Shared by the in-process benchmarks (render_cpu.py, report_cpu.py, rules_cpu.py)."""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections.abc import Callable
from pathlib import Path


def fastest(work: Callable[[], object], rounds: int) -> float:
    """The least CPU time of *rounds* runs of *work*: the machine is shared and noisy."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def arguments(
    description: str, example: str, rounds: int, profiled: str
) -> argparse.ArgumentParser:
    """The options every in-process benchmark takes: the folder, --gentagelser and --profil."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("mappe", type=Path, help=f"Mappen med programmer (fx {example}).")
    parser.add_argument("--gentagelser", type=int, default=rounds,
                        help=f"Antal runder (standard {rounds}).")  # fmt: skip
    parser.add_argument("--profil", action="store_true", help=f"Vis en cProfile af {profiled}.")
    return parser


def print_profile(*works: Callable[[], object], lines: int = 25) -> None:
    """Run each of *works* once under cProfile and print the functions that took longest."""
    profile = cProfile.Profile()
    for work in works:
        profile.runcall(work)
    pstats.Stats(profile).sort_stats("tottime").print_stats(lines)
