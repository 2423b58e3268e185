"""CPU per program of `forloeb render`'s two parts, measured in this process.

    uv run python benchmarks/render_cpu.py benchmarks/.corpus/100
    uv run python benchmarks/render_cpu.py benchmarks/.corpus/100 --profil   # cProfile of the render part
    uv run python benchmarks/render_cpu.py benchmarks/.corpus/100 --format md

"check" is what every rendered file is checked with (the fast path, as in
rendering/pipeline.py); "render" is the view model and the HTML (or, with
--format md, the Markdown) document of an already checked program. Each part
runs over the whole folder several times and the fastest round counts (the
machine is shared and noisy); the garbage collector is off, as in the worker
processes. Later rounds find the Markdown cache warm, as a worker does after
its first programs.
"""

from __future__ import annotations

import gc

from timing import arguments, fastest, print_profile

from forloebkit.checking import CheckOptions, ProgramResult
from forloebkit.checking.run import check_file
from forloebkit.loading import discover
from forloebkit.rendering.context import build_program_view
from forloebkit.rendering.environment import Format
from forloebkit.rendering.writer import RenderOptions, program_documents


def main() -> None:
    parser = arguments("CPU pr. program for check- og render-delen.", "benchmarks/.corpus/100", 12,
                       "render-delen")  # fmt: skip
    parser.add_argument(
        "--format", choices=["html", "md"], default="html", help="Dokumentformat (standard: html)."
    )
    args = parser.parse_args()
    files, _ = discover([args.mappe])
    options = RenderOptions(formats=(Format(args.format),))

    def check() -> list[ProgramResult]:
        outcomes = [
            check_file(
                f, CheckOptions(), keep_documents=True, build_model=False, lazy_positions=True
            )
            for f in files
        ]
        return [o for o in outcomes if isinstance(o, ProgramResult) and o.document is not None]

    results = check()

    def render() -> None:
        for result in results:
            program_documents(build_program_view(result, "program"), options)

    render()  # compile the templates before timing
    gc.disable()
    if args.profil:
        print_profile(render, lines=30)
        return
    checked = fastest(check, max(1, args.gentagelser // 3))
    rendered = fastest(render, args.gentagelser)
    count = len(results)
    print(f"{count} programmer: check {checked / count * 1000:.2f} ms/program, "
          f"render (visning + {args.format.upper()}) {rendered / count * 1000:.2f} ms/program")  # fmt: skip


if __name__ == "__main__":
    main()
