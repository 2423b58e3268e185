"""SKM: the program does not fit the schema (keys, types, allowed values).

The checks live in :mod:`forloebkit.checking.schema`, which turns Pydantic's
validation errors into these findings.
"""

from __future__ import annotations

from ..findings import Severity
from .base import Rule

E = Severity.ERROR

UNKNOWN_KEY = Rule(
    "SKM001", "ukendt-nøgle", E,
    "Nøglen findes ikke i skemaet på dette sted.",
    "En stavefejl i en nøgle betyder, at teksten under den aldrig bliver læst: den tæller "
    "ikke med i tjeklisten og kommer ikke med i det udgivne dokument. Værktøjet foreslår den "
    "nærmeste gyldige nøgle.",
    "målgruppe:        # ikke 'malgruppe'\n  aldersgrupper: [voksne]",
)  # fmt: skip
MISSING_KEY = Rule(
    "SKM002", "manglende-nøgle", E,
    "En nøgle, som skemaet kræver, mangler.",
    "Nogle få nøgler skal altid være der, fx skemaversion, program.titel og partens id, navn "
    "og type, fordi resten af programmet og værktøjet bygger på dem.",
    "program:\n  titel: Forløbsprogram for voksne med skizofreni",
)  # fmt: skip
WRONG_TYPE = Rule(
    "SKM003", "forkert-type", E,
    "Værdien har en forkert type, fx en tekst, hvor der skal stå en liste.",
    "Værktøjet og de udgivne dokumenter forventer fx lister af parter og datoer som "
    "ÅÅÅÅ-MM-DD. Et versionsnummer som 1.0 skal stå i anførselstegn for at være tekst.",
    'version: "1.0"\nansvarlig: [roskilde]\ngyldig_fra: 2024-01-01',
)  # fmt: skip
INVALID_VALUE = Rule(
    "SKM004", "ugyldig-værdi", E,
    "Værdien er ikke en af de tilladte (fx status, område, samarbejdsform) eller er uden for "
    "det tilladte interval.",
    "Faste værdier gør programmer sammenlignelige på tværs af regioner og lader værktøjet "
    "tjekke fx, at alle fire kvalitetsaspekter er dækket.",
    "status: godkendt   # udkast | høring | godkendt | udgået",
)  # fmt: skip
UNKNOWN_SCHEMA_VERSION = Rule(
    "SKM005", "ukendt-skemaversion", E,
    "skemaversion er ikke en version, denne udgave af forloeb kender.",
    "Skemaversionen fortæller, hvilke nøgler filen bruger. Denne udgave kender version 1.",
    "skemaversion: 1",
)  # fmt: skip

RULES = (UNKNOWN_KEY, MISSING_KEY, WRONG_TYPE, INVALID_VALUE, UNKNOWN_SCHEMA_VERSION)
