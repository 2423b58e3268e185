"""'Did you mean …?' for misspelt keys and values, aware of æ/ø/å spelt without them."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher

_ASCII_FORMS = (
    str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}),
    str.maketrans({"æ": "a", "ø": "o", "å": "a"}),
)


def _forms(word: str) -> set[str]:
    base = word.lower().replace("-", "_").replace(" ", "_")
    return {base, *(base.translate(t) for t in _ASCII_FORMS)}


def did_you_mean(word: str, candidates: Iterable[str], cutoff: float = 0.7) -> str | None:
    """The candidate closest to *word*, or ``None`` when nothing is close enough.

    ``malgruppe`` → ``målgruppe``, ``foelles_maal_og_forstaaelse`` →
    ``fælles_mål_og_forståelse``.
    """
    best: tuple[float, str] | None = None
    typed = _forms(word)
    for candidate in candidates:
        score = max(SequenceMatcher(None, a, b).ratio() for a in typed for b in _forms(candidate))
        if score >= cutoff and (best is None or score > best[0]):
            best = (score, candidate)
    return best[1] if best else None
