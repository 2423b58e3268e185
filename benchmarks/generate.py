"""Deterministic benchmark corpus: valid programs of the real schema, made from the examples.

Each generated program is one of the shipped examples (about 40 KB of Danish
text, comments and references) with its own title, a header comment and, for
about one file in eight, a realistic mistake so that `check` has findings to
report. The same arguments always give byte-identical files.

    uv run python benchmarks/generate.py OUT_DIR --antal 1000
    uv run python benchmarks/generate.py OUT_DIR --stor   # one ~5 MB program
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))

MUNICIPALITIES = (
    "Roskilde", "Køge", "Holbæk", "Næstved", "Slagelse", "Odsherred", "Faxe", "Stevns",
    "Aarhus", "Aalborg", "Esbjerg", "Vejle", "Herning", "Viborg", "Silkeborg", "Horsens",
)  # fmt: skip

TITLE_LINE = re.compile(r"^  titel: (.+)$", re.MULTILINE)
TOP_LEVEL_KEY = re.compile(r"^([a-zæøå_]+):", re.MULTILINE)
CATALOG = re.compile(r"^  katalog:\n", re.MULTILINE)


def _base_texts() -> list[str]:
    if not EXAMPLES:
        sys.exit("Fandt ingen eksempler i examples/.")
    return [path.read_text(encoding="utf-8") for path in EXAMPLES]


def _retitle(text: str, number: int) -> str:
    municipality = MUNICIPALITIES[number % len(MUNICIPALITIES)]

    def title(match: re.Match[str]) -> str:
        return f'  titel: "{match.group(1).strip(chr(34))} – {municipality} (nr. {number})"'

    header = (
        f"# Genereret til ydelsesmåling: program nr. {number}, tilpasset {municipality} Kommune.\n"
        "# Indholdet er et af de medfølgende eksempler; kun titel og fejl er ændret.\n"
    )
    return header + TITLE_LINE.sub(title, text, count=1)


def _drop_section(text: str, key: str) -> str:
    """Remove one top-level section (its key line up to the next top-level key)."""
    starts = [(m.group(1), m.start()) for m in TOP_LEVEL_KEY.finditer(text)]
    for index, (name, start) in enumerate(starts):
        if name == key:
            end = starts[index + 1][1] if index + 1 < len(starts) else len(text)
            return text[:start] + text[end:]
    return text


def _with_mistake(text: str, number: int) -> str:
    """About one file in eight gets a mistake of one of four kinds."""
    kind = number % 32
    if kind == 3:
        return _drop_section(text, "opfølgning")
    if kind == 11:
        return text.replace("\nmålgruppe:", "\nmalgruppe:", 1)
    if kind == 19:
        return re.sub(r"(\n  projektleder:).*", r"\1 TODO", text, count=1)
    if kind == 27:
        return text.replace("  frist_dage: ", "  frist_dage: fem ", 1)
    return text


def program_text(number: int, bases: list[str]) -> str:
    return _with_mistake(_retitle(bases[number % len(bases)], number), number)


def large_program_text(target_bytes: int, bases: list[str]) -> str:
    """One program of about *target_bytes*, its intervention catalogue repeated with new ids."""
    text = _retitle(bases[0], 0)
    match = CATALOG.search(text)
    if match is None:
        sys.exit("Eksemplet har ingen 'katalog:' under indsatser.")
    start = match.end()
    end = TOP_LEVEL_KEY.search(text, start)
    stop = end.start() if end else len(text)
    catalog = text[start:stop]
    first_section = re.search(r"^  [a-zæøå_]+:", catalog, re.MULTILINE)
    items = catalog[: first_section.start()] if first_section else catalog
    copies: list[str] = []
    size = len(text.encode("utf-8"))
    copy = 0
    while size < target_bytes:
        copy += 1
        block = re.sub(r"^(    - id: )(\S+)", rf"\1\2-kopi-{copy}", items, flags=re.MULTILINE)
        copies.append(block)
        size += len(block.encode("utf-8"))
    return text[:start] + items + "".join(copies) + catalog[len(items) :] + text[stop:]


def write_corpus(out_dir: Path, count: int) -> list[Path]:
    bases = _base_texts()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(1, count + 1):
        path = out_dir / f"program-{number:04d}.yaml"
        text = program_text(number, bases)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def write_large(path: Path, target_bytes: int = 5_000_000) -> Path:
    text = large_program_text(target_bytes, _base_texts())
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description="Skriv et fast testkorpus af programmer.")
    parser.add_argument("mappe", type=Path, help="Mappen, programmerne skrives i.")
    parser.add_argument("--antal", type=int, default=1000, help="Antal programmer (standard 1000).")
    parser.add_argument(
        "--stor", action="store_true", help="Skriv i stedet ét program på ca. 5 MB."
    )
    args = parser.parse_args()
    if args.stor:
        print(write_large(args.mappe / "stort-program.yaml"))
    else:
        print(f"{len(write_corpus(args.mappe, args.antal))} programmer i {args.mappe}")


if __name__ == "__main__":
    main()
