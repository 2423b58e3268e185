"""Schema validation: Pydantic's errors become SKM findings with Danish messages."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from ..findings import Finding, format_path
from ..loading import LoadedDocument, YamlPath
from ..loading.messages import hidden_characters
from ..loading.scalars import DATE_TEXT
from ..rules import schema_rules as R
from .compiled_schema import fast_validator, section_keys_at, validator_without_absent
from .suggest import did_you_mean

if TYPE_CHECKING:
    from ..model import Program

_TYPE_WORDS: tuple[tuple[str, str], ...] = (
    ("string", "tekst"),
    ("int", "et helt tal"),
    ("float", "et tal"),
    ("bool", "true eller false"),
    ("list", "en liste"),
    ("dict", "nøgler med værdier"),
    ("model", "nøgler med værdier"),
    ("date", "en dato (ÅÅÅÅ-MM-DD)"),
)


def validate_schema(
    doc: LoadedDocument, *, build_model: bool = True
) -> tuple[Program | None, list[Finding]]:
    """Validate the whole document; every problem becomes one finding.

    With ``build_model=False`` the compiled core schema checks the data without
    building the pydantic models (the fast path of ``check``); the findings are
    the same, but no :class:`Program` is returned.
    """
    from pydantic_core import ValidationError  # here: a run served by the cache never needs it

    try:
        if not build_model:
            validator = validator_without_absent() if doc.nothing_absent else fast_validator()
            validator.validate_python(doc.data)
            return None, []
        from ..model import Program

        return Program.model_validate(doc.data), []
    except ValidationError as exc:
        return None, [_finding(doc, err) for err in exc.errors(include_url=False)]


def _finding(doc: LoadedDocument, err: Any) -> Finding:
    loc: YamlPath = tuple(err["loc"])
    kind: str = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    key = _last_key(loc)
    where = doc.value_position(loc)

    if kind == "missing":
        parent = loc[:-1]
        place = f"under '{format_path(parent)}'" if parent else "øverst i filen"
        return R.MISSING_KEY.finding(
            doc.file, doc.position(parent), loc,
            f"Nøglen '{key}' mangler eller er tom {place}.",
            f"Tilføj '{key}:' med en værdi.",
        )  # fmt: skip
    if kind == "extra_forbidden":
        allowed = _allowed_keys(loc[:-1])
        hidden = hidden_characters(str(key))
        guess = did_you_mean(hidden.cleaned if hidden else str(key), allowed)
        hint = f"Mente du '{guess}'?" if guess else _list_hint("Gyldige nøgler her", allowed)
        if hidden:
            hint = f"{hidden.explanation} {hint}"
            key = hidden.shown
        if value is None:
            hint = (
                "Står der et komma i en tekst i { }? Så læses resten som en ny nøgle: "
                "sæt teksten i anførselstegn. " + hint
            )
        return R.UNKNOWN_KEY.finding(
            doc.file, doc.position(loc), loc,
            f"Ukendt nøgle '{key}'" + (f" under '{format_path(loc[:-1])}'." if loc[:-1] else "."),
            hint,
        )  # fmt: skip
    if kind == "literal_error":
        expected = _literal_values(ctx.get("expected", ""))
        if loc == ("skemaversion",):
            return R.UNKNOWN_SCHEMA_VERSION.finding(
                doc.file, where, loc,
                f"skemaversion {value!r} kendes ikke; denne udgave af forloeb læser version 1.",
                "Skriv 'skemaversion: 1', eller opdater forloeb.",
            )  # fmt: skip
        guess = did_you_mean(str(value), expected, cutoff=0.6)
        hint = f"Mente du '{guess}'?" if guess else ""
        return R.INVALID_VALUE.finding(
            doc.file, where, loc,
            f"'{value}' er ikke en tilladt værdi for '{key}'. Tilladt: {', '.join(expected)}.",
            hint,
        )  # fmt: skip
    if kind.startswith("date_") and isinstance(value, str) and DATE_TEXT.match(value):
        return R.INVALID_VALUE.finding(
            doc.file, where, loc, f"Datoen {value} findes ikke i kalenderen.",
            "Skriv en dato, der findes, som ÅÅÅÅ-MM-DD.",
        )  # fmt: skip
    if kind == "string_pattern_mismatch":
        return R.INVALID_VALUE.finding(
            doc.file, where, loc,
            f"'{value}' er ikke et gyldigt id for '{key}'.",
            "Et id skrives med små bogstaver, tal, '-' og '_', fx 'region-sj' eller 'n1'.",
        )  # fmt: skip
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = {
            "greater_than_equal": f"mindst {ctx.get('ge')}",
            "greater_than": f"større end {ctx.get('gt')}",
            "less_than_equal": f"højst {ctx.get('le')}",
            "less_than": f"mindre end {ctx.get('lt')}",
        }[kind]
        return R.INVALID_VALUE.finding(
            doc.file, where, loc, f"'{key}' skal være {bound}, men er {value}."
        )
    if kind in ("string_too_short", "string_too_long"):
        return R.INVALID_VALUE.finding(
            doc.file, where, loc, f"Værdien for '{key}' er for {'kort' if 'short' in kind else 'lang'}."
        )  # fmt: skip
    expected_word = next((w for prefix, w in _TYPE_WORDS if kind.startswith(prefix)), None)
    if expected_word is not None:
        return R.WRONG_TYPE.finding(
            doc.file, where, loc,
            f"'{key}' skal være {expected_word}, men er {_describe(value)}.",
            _type_hint(expected_word, value),
        )  # fmt: skip
    return R.WRONG_TYPE.finding(doc.file, where, loc, f"Ugyldig værdi for '{key}': {err['msg']}.")


def _last_key(loc: YamlPath) -> str:
    return next((str(p) for p in reversed(loc) if isinstance(p, str)), "")


def _describe(value: Any) -> str:
    if value is None:
        return "tom"
    if isinstance(value, bool):
        return f"{'true' if value else 'false'} (sand/falsk)"
    if isinstance(value, int | float):
        return f"tallet {value}"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"teksten '{short}'"
    if isinstance(value, list):
        return "en liste"
    if isinstance(value, dict):
        return "nøgler med værdier"
    if isinstance(value, date):
        return f"datoen {value.isoformat()}"
    return type(value).__name__


def _type_hint(expected: str, value: Any) -> str:
    if expected == "tekst" and isinstance(value, int | float) and not isinstance(value, bool):
        return f'Sæt anførselstegn om tallet, så det læses som tekst: "{value}".'
    if expected == "en liste" and isinstance(value, str | int):
        return f"Skriv en liste, fx [{value}], eller én linje pr. element med '- ' foran."
    if expected.startswith("en dato"):
        return "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2025-03-01."
    return ""


def _literal_values(expected: str) -> list[str]:
    return re.findall(r"'([^']*)'", expected) or [expected]


def _list_hint(prefix: str, allowed: list[str]) -> str:
    return f"{prefix}: {', '.join(allowed)}." if allowed else ""


def _allowed_keys(loc: YamlPath) -> list[str]:
    """The Danish keys allowed at *loc* (a path into the document)."""
    return section_keys_at(loc)
