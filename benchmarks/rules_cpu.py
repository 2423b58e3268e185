"""CPU per program of the cross-cutting rules and the checklist, measured in this process.

    uv run python benchmarks/rules_cpu.py benchmarks/.corpus/100
    uv run python benchmarks/rules_cpu.py benchmarks/.corpus/100 --profil   # cProfile of both

The programs are read once (as `check` reads them, with positions found on
demand); then ``check_crosscutting`` and ``evaluate_checklist`` run over the
whole folder several times and the fastest round counts (the machine is shared
and noisy); the garbage collector is off, as in the worker processes. Positions
are found before the timing: the schema check or the first finding pays for
them in a real run.
"""

from __future__ import annotations

import gc
from datetime import date

from timing import arguments, fastest, print_profile

from forloebkit.checking.checklist import evaluate_checklist
from forloebkit.checking.crosscut import check_crosscutting
from forloebkit.loading import LoadedDocument, discover, read_program_file


def main() -> None:
    args = arguments("CPU pr. program for de tværgående regler og tjeklisten.",
                     "benchmarks/.corpus/100", 10, "begge dele").parse_args()  # fmt: skip
    files, _ = discover([args.mappe])
    docs: list[LoadedDocument] = []
    for found in files:
        document = read_program_file(found.path, found.display, lazy_positions=True).document
        if document is not None:
            document.key_marks  # noqa: B018 (finds the positions now, outside the timing)
            docs.append(document)
    if not docs:
        raise SystemExit(f"Ingen programmer i {args.mappe}.")
    today = date.today()

    def crosscut() -> None:
        for doc in docs:
            check_crosscutting(doc, today)

    def checklist() -> None:
        for doc in docs:
            evaluate_checklist(doc)

    gc.disable()
    if args.profil:
        print_profile(crosscut, checklist)
        return
    for name, work in (("tværgående regler", crosscut), ("tjekliste", checklist)):
        seconds = fastest(work, args.gentagelser)
        print(f"{name:18} {seconds * 1000:8.1f} ms for {len(docs)} programmer, "
              f"{seconds / len(docs) * 1e6:6.0f} µs pr. program")  # fmt: skip


if __name__ == "__main__":
    main()
