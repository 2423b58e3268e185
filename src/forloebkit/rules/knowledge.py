"""VID: every intervention states what it rests on (model 4.3.1 and 4.3.3).

Each intervention in the catalogue states its knowledge basis (type and source);
one without a legal basis is a warning. Both run per intervention that has real
content; an empty catalogue is the checklist's finding (TJK301).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Severity
from ..placeholders import is_filled
from .base import Rule
from .program_view import INTERVENTION_KINDS, ProgramView, YamlPath, text

NO_KNOWLEDGE_BASIS = Rule(
    "VID101", "vidensgrundlag-mangler", Severity.ERROR,
    "En indsats angiver ikke sit vidensgrundlag (type og kilde).",
    "Indsatserne skal beskrives med udgangspunkt i aktuelt bedste viden (tjeklistepunkt 3.1). "
    "Modellen (4.3.3) skelner mellem evidens, kliniske retningslinjer og praksiserfaring; "
    "kilden lader læseren finde vidensgrundlaget.",
    "vidensgrundlag:\n  type: klinisk_retningslinje\n"
    "  kilde: Sundhedsstyrelsens nationale kliniske retningslinje for behandling af skizofreni",
    "4.3.3",
)  # fmt: skip
NO_LEGAL_BASIS = Rule(
    "VID102", "lovgrundlag-mangler", Severity.WARNING,
    "En indsats angiver ikke sit lovgrundlag.",
    "Indsatserne skal beskrives med udgangspunkt i lovgivningen på området (tjeklistepunkt "
    "3.1, bilag 3). Lovgrundlaget viser, hvem der har myndigheden, og hvad borgeren har ret "
    "til. Tilbud fra civilsamfundet kan henvise til fx serviceloven § 18.",
    "lovgrundlag:\n  - {lov: Serviceloven, paragraf: § 85}",
    "4.3.1",
)  # fmt: skip

RULES = (NO_KNOWLEDGE_BASIS, NO_LEGAL_BASIS)

_CATALOGUE: YamlPath = ("indsatser", "katalog")


def check(view: ProgramView) -> Iterator[Finding]:
    for path, entry in view.real_entries(_CATALOGUE, INTERVENTION_KINDS):
        name = text(entry.get("navn")) or text(entry.get("id"))
        label = f"'{name}' " if name else ""
        basis = entry.get("vidensgrundlag")
        basis = basis if isinstance(basis, dict) else {}
        missing = [
            n for k, n in (("type", "type"), ("kilde", "kilde")) if not is_filled(basis.get(k))
        ]
        if missing:
            where = (*path, "vidensgrundlag") if basis else path
            yield view.finding(
                NO_KNOWLEDGE_BASIS, where,
                f"Indsatsen {label}mangler vidensgrundlag: " + " og ".join(missing) + ".",
                "Skriv vidensgrundlag: {type: evidens | klinisk_retningslinje | "
                "praksiserfaring, kilde: ...}.",
            )  # fmt: skip
        if not is_filled(entry.get("lovgrundlag")):
            yield view.finding(
                NO_LEGAL_BASIS, path,
                f"Indsatsen {label}angiver intet lovgrundlag.",
                "Skriv lovgrundlag: [{lov: ..., paragraf: ...}].",
            )  # fmt: skip
