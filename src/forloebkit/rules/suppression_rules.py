"""UND: suppression comments (``# forloeb: ignorer KODE -- begrundelse``) must stay accountable."""

from __future__ import annotations

from ..findings import Severity
from .base import Rule

WITHOUT_REASON = Rule(
    "UND001", "undtagelse-uden-begrundelse", Severity.ERROR,
    "En undtagelse (# forloeb: ignorer KODE) har ingen begrundelse efter '--'. Den virker ikke, "
    "før den får en.",
    "En undtagelse skjuler et fund for alle, der læser rapporten. Begrundelsen står ved siden af, "
    "så den kan vurderes ved næste revision. En tom begrundelse eller en pladsholder (TODO, xxx) "
    "tæller ikke.",
    "  tovholder: {}  # forloeb: ignorer TJK402 -- kommunerne aftaler funktionen i 2026",
)  # fmt: skip
STALE = Rule(
    "UND002", "undtagelse-uden-virkning", Severity.WARNING,
    "En undtagelse skjuler ikke længere noget: koden giver intet fund på den linje (eller i filen).",
    "Når et fund er rettet, skal undtagelsen fjernes, ellers skjuler den et senere fund af samme "
    "slags uden at nogen har vurderet det. Koden kan også være stavet forkert.",
    "# Slet kommentaren, når fundet er rettet.",
)  # fmt: skip
MALFORMED = Rule(
    "UND003", "ulæselig-undtagelse", Severity.ERROR,
    "En kommentar, der begynder med 'forloeb:', kan ikke læses som en undtagelse.",
    "Formen er '# forloeb: ignorer KODE[, KODE] -- begrundelse' (for én linje) eller "
    "'# forloeb: ignorer-fil KODE -- begrundelse' (for hele filen). En stavefejl skal ikke "
    "stille få et fund til at forsvinde.",
    "# forloeb: ignorer-fil TJK604 -- programmet afløses af den nationale model i 2026",
)  # fmt: skip

RULES = (WITHOUT_REASON, STALE, MALFORMED)
