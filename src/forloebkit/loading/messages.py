"""Danish wording for the YAML parser's English problem descriptions."""

from __future__ import annotations

from dataclasses import dataclass

#: Word's typographic quotes; YAML does not treat them as quotes.
SMART_QUOTES = ("“", "”", "„", "‘", "’", "«", "»")

#: (substring of the parser's problem, Danish explanation). First match wins.
_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("mapping values are not allowed",
     "Et kolon står et sted, hvor det ikke må stå. Sæt teksten i anførselstegn, hvis den "
     "indeholder ': ', eller ret indrykningen."),
    ("found character that cannot start any token",
     "Et tegn kan ikke stå her. Tabulatortegn kan ikke bruges til indrykning i YAML; brug "
     "mellemrum. Tekst, der begynder med @ eller `, skal i anførselstegn."),
    ("found character '\\t'",
     "Tabulatortegn kan ikke bruges til indrykning i YAML; brug mellemrum."),
    ("found unexpected end of stream",
     "Filen slutter, før et citationstegn eller en parentes er lukket."),
    ("did not find expected key",
     "Indrykningen passer ikke: en linje står længere til venstre eller højre end nøglerne "
     "omkring den."),
    ("did not find expected '-' indicator",
     "Indrykningen passer ikke: en liste blandes med nøgler på samme niveau."),
    ("did not find expected ',' or ']'", "En liste i [ ] er ikke lukket med ]."),
    ("did not find expected ',' or '}'", "En samling i { } er ikke lukket med }."),
    ("did not find expected <document start>",
     "Der står mere tekst efter programmets afslutning, fx en ekstra parentes."),
    ("expected <block end>",
     "Indrykningen passer ikke: en linje står længere til venstre eller højre end nøglerne "
     "omkring den."),
    ("block sequence entries are not allowed",
     "En liste (-) kan ikke begynde på samme linje som sin nøgle; skriv den på næste linje."),
    ("could not find expected ':'", "Der mangler et kolon efter en nøgle."),
    ("found undefined alias", "Et alias (*navn) henviser til et anker (&navn), der ikke findes."),
    ("but found another document",
     "Filen indeholder flere YAML-dokumenter (adskilt af ---). Et program skal stå alene i sin fil."),
    ("found duplicate anchor", "Det samme anker (&navn) er defineret to gange."),
    ("special characters are not allowed",
     "Filen indeholder kontroltegn, som ikke må stå i en tekstfil."),
    ("unacceptable character", "Filen indeholder kontroltegn, som ikke må stå i en tekstfil."),
)  # fmt: skip


def danish_yaml_problem(problem: str | None, context: str | None) -> str:
    """Explain a YAML parser problem in Danish; unknown problems keep the original words."""
    text = " ".join(part for part in (problem, context) if part)
    for needle, danish in _PROBLEMS:
        if needle in text:
            return f"Ugyldig YAML: {danish}"
    return f"Ugyldig YAML ({text or 'ukendt fejl'})."


#: Characters that look like nothing (or like a space) but make a key a different key.
_HIDDEN = {
    "\u00a0": "hårdt mellemrum",
    "\u200b": "nul-bredde-mellemrum",
    "\u200c": "nul-bredde-tegn",
    "\u200d": "nul-bredde-tegn",
    "\u2060": "usynligt ordbindetegn",
    "\ufeff": "usynligt BOM-tegn",
    "\u00ad": "blødt bindestreg",
}


@dataclass(frozen=True, slots=True)
class HiddenCharacters:
    """A key with invisible characters or surrounding spaces, made visible."""

    cleaned: str
    shown: str
    explanation: str


def hidden_characters(key: str) -> HiddenCharacters | None:
    """Explain what is invisible in *key* (Word and web pages paste such characters), or None."""
    if key.isascii() and key == key.strip():
        return None
    found = sorted({name for char, name in _HIDDEN.items() if char in key})
    shown = "".join(f"<U+{ord(c):04X}>" if c in _HIDDEN else c for c in key)
    cleaned = "".join(c for c in key if c not in _HIDDEN).strip()
    if found:
        explanation = (
            f"Nøglen indeholder usynlige tegn ({', '.join(found)}), fx kopieret fra Word eller en "
            "hjemmeside: slet nøglen og skriv den igen."
        )
    elif key != key.strip():
        explanation = "Nøglen har mellemrum før eller efter teksten: fjern dem."
    else:
        return None
    if shown == key and key != key.strip():
        shown = key.replace(" ", "␣")
    return HiddenCharacters(cleaned, shown, explanation)
