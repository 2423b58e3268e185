"""YML: the file cannot be read as one YAML mapping. All of these give exit code 2.

The checks themselves live in :mod:`forloebkit.loading`, which finds these
problems in the same pass that reads the file.
"""

from __future__ import annotations

from ..findings import Severity
from .base import Rule

E = Severity.ERROR

INVALID_YAML = Rule(
    "YML001", "ugyldig-yaml", E,
    "Filen er ikke gyldig YAML.",
    "Programmet kan kun tjekkes, når filen kan læses. Typiske årsager er forkert indrykning, "
    "et kolon i en tekst uden anførselstegn eller et citationstegn, der ikke er lukket.",
    'titel: "Forløb: voksne med skizofreni"   # anførselstegn om tekst med kolon',
)  # fmt: skip
DUPLICATE_KEY = Rule(
    "YML002", "dobbelt-nøgle", E,
    "Den samme nøgle står to gange i samme afsnit.",
    "Når en nøgle står to gange, ville den sidste i stilhed overskrive den første, og tekst "
    "ville gå tabt. Flet de to afsnit sammen.",
    "målgruppe:\n  aldersgrupper: [voksne]\n  karakteristika: {antal: 1200}",
)  # fmt: skip
NOT_A_MAPPING = Rule(
    "YML003", "ikke-et-program", E,
    "Filens øverste niveau er ikke en samling af nøgler (fx en liste eller en tekst).",
    "Et forløbsprogram begynder med nøglerne skemaversion og program.",
    "skemaversion: 1\nprogram:\n  titel: Forløbsprogram for voksne med depression",
)  # fmt: skip
NOT_UTF8 = Rule(
    "YML004", "ikke-utf8", E,
    "Filen er ikke gemt som UTF-8.",
    "Programmer deles mellem regioner, kommuner og git; UTF-8 er den eneste tegnkodning, "
    "der viser æ, ø og å ens overalt. Word og ældre editorer gemmer ofte som Windows-1252.",
    "Gem filen igen med tegnkodningen 'UTF-8' (i Notesblok: Gem som → Kodning: UTF-8).",
)  # fmt: skip
UNREADABLE = Rule(
    "YML005", "ulæselig-fil", E,
    "Filen kan ikke læses (findes ikke, mangler rettigheder eller er binær).",
    "forloeb kan kun tjekke tekstfiler, som den har lov at læse.",
)  # fmt: skip
UNSUPPORTED_TAG = Rule(
    "YML006", "ukendt-yaml-tag", E,
    "Filen bruger et YAML-tag (fx !!python/object), som et program ikke må indeholde.",
    "Et program er ren tekst, tal, datoer, lister og nøgler; tags kan skjule indhold og "
    "bruges til angreb på andre værktøjer.",
    "status: godkendt",
)  # fmt: skip
TOO_COMPLEX = Rule(
    "YML007", "for-kompleks-yaml", E,
    "Filen er for stor (over 10 MB), indlejret for dybt eller udfolder for mange aliaser.",
    "Grænserne beskytter mod filer, der får værktøjer til at løbe tør for hukommelse "
    "(fx 'billion laughs'). Et rigtigt program kommer aldrig i nærheden af dem.",
)  # fmt: skip
EMPTY = Rule(
    "YML008", "tom-fil", E,
    "Filen er tom eller indeholder kun kommentarer.",
    "Der er intet program at tjekke. Brug 'forloeb init' for at lave et nyt program.",
    "skemaversion: 1\nprogram:\n  titel: Forløbsprogram for voksne med depression",
)  # fmt: skip

RULES = (
    INVALID_YAML, DUPLICATE_KEY, NOT_A_MAPPING, NOT_UTF8, UNREADABLE, UNSUPPORTED_TAG,
    TOO_COMPLEX, EMPTY,
)  # fmt: skip
