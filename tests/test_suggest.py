"""'Did you mean' for keys spelt without æ/ø/å or with small typos."""

import pytest

from forloebkit.checking.suggest import did_you_mean

KEYS = ["målgruppe", "fælles_mål_og_forståelse", "opfølgning", "organisering", "implementering"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("malgruppe", "målgruppe"),
        ("maalgruppe", "målgruppe"),
        ("Målgruppe", "målgruppe"),
        ("faelles_maal_og_forstaaelse", "fælles_mål_og_forståelse"),
        ("opfolgning", "opfølgning"),
        ("organisation", "organisering"),
        ("implementring", "implementering"),
        ("banan", None),
    ],
)
def test_did_you_mean(typed: str, expected: str | None) -> None:
    assert did_you_mean(typed, KEYS) == expected
