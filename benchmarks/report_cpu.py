"""CPU of the text report that `forloeb check` builds after its workers, in the main process.

    uv run python benchmarks/report_cpu.py benchmarks/.corpus/1000
    uv run python benchmarks/report_cpu.py benchmarks/.corpus/1000 --profil   # cProfile

The folder is checked once, as `check` does (documents dropped, worker
processes for large runs); then ``write_text`` writes the report into memory
several times and the fastest round counts (the machine is shared and noisy).
This part runs alone on one core after the workers, so it adds to the wall
time of every large check.
"""

from __future__ import annotations

import io

from timing import arguments, fastest, print_profile

from forloebkit.checking import check_paths
from forloebkit.reporting.text import write_text


def main() -> None:
    args = arguments("CPU for tekstrapporten efter et tjek.", "benchmarks/.corpus/1000", 10,
                     "rapporten").parse_args()  # fmt: skip
    run = check_paths([args.mappe], keep_documents=False)
    if not run.programs:
        raise SystemExit(f"Ingen programmer i {args.mappe}.")

    def report() -> None:
        write_text(run, io.StringIO())

    if args.profil:
        print_profile(report, lines=20)
        return
    seconds = fastest(report, args.gentagelser)
    print(f"write_text {seconds * 1000:8.1f} ms for {len(run.programs)} programmer, "
          f"{seconds / len(run.programs) * 1e6:6.1f} µs pr. program")  # fmt: skip


if __name__ == "__main__":
    main()
