"""The answers `forloeb init` needs, from flags or questions, checked and turned into parties."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from ..files import safe_file_stem
from ..model.target_group import AgeGroup
from ..placeholders import is_placeholder

AGE_GROUPS: tuple[str, ...] = get_args(AgeGroup)
PartyType = Literal["region", "kommune", "praksissektor"]

#: Ids must match the model's ``Id`` pattern and length.
_ID_MAX = 64
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class AnswerError(ValueError):
    """An answer that cannot be used; the message is Danish and names the flag."""


@dataclass(frozen=True, slots=True)
class RawAnswers:
    """What the user gave, before checking. ``None`` means not given."""

    title: str | None = None
    age_groups: Sequence[str] | None = None
    region: str | None = None
    municipalities: Sequence[str] | None = None
    general_practice: bool | None = None

    def missing_flags(self) -> list[str]:
        """The flags for required answers that were not given, in the order they are asked."""
        missing = []
        if self.title is None:
            missing.append("--titel")
        if not self.age_groups:
            missing.append("--aldersgruppe")
        if self.region is None:
            missing.append("--region")
        if not self.municipalities:
            missing.append("--kommune")
        return missing


@dataclass(frozen=True, slots=True)
class Party:
    id: str
    name: str
    type: PartyType


@dataclass(frozen=True, slots=True)
class Answers:
    """Checked answers: everything the scaffold builder needs."""

    title: str
    age_groups: tuple[str, ...]
    region: str
    municipalities: tuple[str, ...]
    general_practice: bool = True
    parties: tuple[Party, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "parties", _parties(self))

    @property
    def for_children(self) -> bool:
        """Children or young people: child-specific fields and transitions (4.3.1.3, bilag 6)."""
        return bool({"børn", "unge"} & set(self.age_groups))

    @property
    def for_adults(self) -> bool:
        return "voksne" in self.age_groups

    def ids(self, *types: PartyType) -> list[str]:
        return [p.id for p in self.parties if not types or p.type in types]


def check_answers(raw: RawAnswers) -> Answers:
    """Check every answer given; raise :class:`AnswerError` on the first bad one."""
    missing = raw.missing_flags()
    if missing:
        raise AnswerError(f"Der mangler svar: {', '.join(missing)}.")
    assert raw.title is not None and raw.region is not None  # narrowed by missing_flags
    assert raw.age_groups is not None and raw.municipalities is not None
    return Answers(
        title=check_title(raw.title),
        age_groups=check_age_groups(raw.age_groups),
        region=check_region(raw.region),
        municipalities=check_municipalities(raw.municipalities),
        general_practice=True if raw.general_practice is None else raw.general_practice,
    )


def check_given(raw: RawAnswers) -> None:
    """Check the answers that were given, so a bad flag fails before any question is asked."""
    if raw.title is not None:
        check_title(raw.title)
    if raw.age_groups:
        check_age_groups(raw.age_groups)
    if raw.region is not None:
        check_region(raw.region)
    if raw.municipalities:
        check_municipalities(raw.municipalities)


def check_title(text: str) -> str:
    title = _clean(text, "--titel", "Titlen")
    if is_placeholder(title):
        raise AnswerError(
            f"Titlen '{title}' ligner en pladsholder. Skriv programmets rigtige titel."
        )
    return title


def check_region(text: str) -> str:
    region = _clean(text, "--region", "Regionen")
    if not region.casefold().startswith("region"):
        region = f"Region {region}"
    return region


def check_municipalities(values: Iterable[str]) -> tuple[str, ...]:
    names = [n for v in values for n in split_list(v)]
    if not names:
        raise AnswerError("Skriv mindst én kommune (--kommune), fx 'Roskilde Kommune'.")
    out: list[str] = []
    for name in names:
        cleaned = _clean(name, "--kommune", "Kommunens navn")
        if cleaned.casefold() not in {n.casefold() for n in out}:
            out.append(cleaned)
    return tuple(out)


def check_age_groups(values: Iterable[str]) -> tuple[str, ...]:
    given = [v.strip().casefold() for value in values for v in split_list(value)]
    if not given:
        raise AnswerError("Vælg mindst én aldersgruppe (--aldersgruppe): børn, unge eller voksne.")
    unknown = [v for v in given if v not in AGE_GROUPS]
    if unknown:
        raise AnswerError(
            f"Ukendt aldersgruppe '{unknown[0]}' (--aldersgruppe). Vælg blandt: børn, unge, voksne."
        )
    return tuple(g for g in AGE_GROUPS if g in given)  # the model's order, no duplicates


def split_list(text: str) -> list[str]:
    """'Roskilde Kommune, Køge Kommune' → two names; empty parts are dropped."""
    return [part.strip() for part in text.split(",") if part.strip()]


def make_id(name: str, taken: Iterable[str] = ()) -> str:
    """An id for *name* that matches the model's Id pattern: 'Roskilde Kommune' → 'roskilde-kommune'."""
    base = safe_file_stem(_strip_accents(name), fallback="part")[:_ID_MAX].strip("-_")
    used = set(taken)
    candidate, number = base, 2
    while candidate in used:
        suffix = f"-{number}"
        candidate = base[: _ID_MAX - len(suffix)] + suffix
        number += 1
    return candidate


def _parties(answers: Answers) -> tuple[Party, ...]:
    named: list[tuple[str, PartyType]] = [(answers.region, "region")]
    named += [(m, "kommune") for m in answers.municipalities]
    if answers.general_practice:
        named.append((f"Almen praksis i {answers.region}", "praksissektor"))
    parties: list[Party] = []
    for name, kind in named:
        label = "Almen praksis" if kind == "praksissektor" else name
        parties.append(Party(make_id(label, (p.id for p in parties)), name, kind))
    return tuple(parties)


def _clean(text: str, flag: str, what: str) -> str:
    cleaned = " ".join(unicodedata.normalize("NFC", text).split())
    if _CONTROL.search(cleaned):
        raise AnswerError(f"{what} ({flag}) må ikke indeholde styretegn.")
    if not cleaned:
        raise AnswerError(f"{what} ({flag}) må ikke være tom.")
    return cleaned


def _strip_accents(text: str) -> str:
    """'Lyngby-Taarbæk' stays, 'Tønder' stays, 'Café' → 'Cafe' (æ, ø and å are kept)."""
    keep = {"æ", "ø", "å", "Æ", "Ø", "Å"}
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char in keep:
            out.append(char)
        else:
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
                )
            )
    return "".join(out)
