"""Spread a large check over worker processes; keep small ones in this process.

Two workers give 1.5-1.9x from about 16 files up (shared/design/performance.md);
below that, starting workers costs more than it saves. On the benchmark machine
the two cores slow each other down (two CPU-bound processes each run 35-40 %
slower side by side), so a whole check gains about 1.4x, and a third worker
made it slower (see CONTRIBUTING, "Measuring speed"). Workers are forked, so
they inherit the imported modules and start in milliseconds. The cyclic
garbage collector is paused while files are read: the parser makes many small
objects and no cycles worth collecting, and a 5 MB program parses 2-3x faster
without it. Reading leaves no reference cycles (the reader breaks the
composer's own; tests/test_plain_builder.py checks), so one young-generation
collection every few files is only a guard against cycles from elsewhere.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

Item = TypeVar("Item")
Options = TypeVar("Options")
Result = TypeVar("Result")

#: Fewer files than this are checked in this process.
MIN_FILES_FOR_WORKERS = 16
#: Files per task sent to a worker: large enough that pickling is noise.
CHUNK = 8
#: Files read between two garbage collections.
COLLECT_EVERY = 64


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _workers(count: int) -> int:
    """How many processes check *count* files; ``FORLOEB_WORKERS=N`` decides it outright."""
    wanted = os.environ.get("FORLOEB_WORKERS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return min(int(wanted), max(1, count))
    if count < MIN_FILES_FOR_WORKERS:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, count // MIN_FILES_FOR_WORKERS))


def _serial(
    work: Callable[[Item, Options, bool], Result],
    items: Sequence[Item],
    options: Options,
    keep: bool,
) -> list[Result]:
    results = []
    with gc_paused():
        for index, item in enumerate(items, 1):
            results.append(work(item, options, keep))
            if index % COLLECT_EVERY == 0:
                gc.collect(1)
    return results


def map_files(
    work: Callable[[Item, Options, bool], Result],
    items: Sequence[Item],
    options: Options,
    keep: bool,
) -> list[Result]:
    """``[work(item, options, keep) for item in items]``, in order, maybe in parallel.

    Results that keep their parsed documents stay in this process: sending
    every node's position back from a worker would cost more than it saves.
    """
    workers = 1 if keep else _workers(len(items))
    if workers == 1:
        return _serial(work, items, options, keep)
    import multiprocessing  # only large runs pay for these imports
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        return _serial(work, items, options, keep)
    chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        parts = pool.map(_serial, [work] * len(chunks), chunks, [options] * len(chunks),
                         [keep] * len(chunks))  # fmt: skip
        return [result for part in parts for result in part]
