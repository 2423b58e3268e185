"""STR: stratification levels and coordination forms fit together (model 4.2.4, 4.4.4, bilag 5).

Every stratification level gets a coordination form that section 4 describes;
every coordination form described applies to some level; a coordinator
function describes its frame (bilag 5, section 3).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding, Severity
from ..placeholders import is_filled
from .base import Rule
from .program_view import FORM_KINDS, LEVEL_KINDS, ProgramView, YamlPath, text

COORDINATOR = "koordinatorfunktion"
#: The frame bilag 5 asks for: key → how it is named in a message.
FRAME = (
    ("hvem", "hvem der får en koordinator"), ("opgaver", "opgaver"),
    ("forankring", "forankring"), ("beføjelser", "beføjelser"), ("afslutning", "afslutning"),
)  # fmt: skip

LEVEL_WITHOUT_FORM = Rule(
    "STR101", "niveau-uden-samarbejdsform", Severity.ERROR,
    "Et stratificeringsniveau har ingen samarbejdsform, eller dens form er ikke beskrevet "
    "under organisering.samarbejdsformer.",
    "Stratificeringen (4.2.4) skal fordele borgerne til den rette indsats og koordination: "
    "hvert niveau skal føre til en samarbejdsform, som afsnit 4 beskriver (4.4.4, bilag 5).",
    "målgruppe:\n  stratificering:\n    niveauer:\n"
    "      - {id: n2, navn: Moderat kompleksitet, samarbejdsform: koordinatorfunktion}\n"
    "organisering:\n  samarbejdsformer:\n    - {form: koordinatorfunktion, niveauer: [n2]}",
    "4.2.4",
)  # fmt: skip
FORM_WITHOUT_LEVEL = Rule(
    "STR102", "samarbejdsform-uden-niveau", Severity.WARNING,
    "En beskrevet samarbejdsform gælder ikke for noget stratificeringsniveau.",
    "Samarbejdsformerne (4.4.4) skal matche stratificeringen: en form, som intet niveau "
    "bruger, når ingen borgere. Skriv niveauerne under formens niveauer, eller giv et niveau "
    "formen som samarbejdsform.",
    "organisering:\n  samarbejdsformer:\n    - {form: tværfagligt_team, niveauer: [n3]}",
    "4.4.4",
)  # fmt: skip
COORDINATOR_FRAME = Rule(
    "STR103", "koordinatorramme-ufuldstændig", Severity.ERROR,
    "En koordinatorfunktion beskriver ikke hele sin ramme: hvem, opgaver, forankring, "
    "beføjelser og afslutning.",
    "Bilag 5 (afsnit 3): når man vælger en koordinatorfunktion, skal det aftales, hvilke "
    "borgere der får en koordinator, hvilke opgaver og beføjelser koordinatoren har, hvor "
    "funktionen er forankret, og hvordan forløbet afsluttes.",
    "samarbejdsformer:\n  - form: koordinatorfunktion\n    ramme:\n"
    "      hvem: Borgere på niveau 2.\n      opgaver: Samler planen og indkalder til møder.\n"
    "      forankring: Kommunens socialpsykiatri.\n      beføjelser: Kan indkalde alle parter.\n"
    "      afslutning: Når borgeren skifter niveau; ansvaret overdrages på et møde.",
    "4.4.4, bilag 5",
)  # fmt: skip

RULES = (LEVEL_WITHOUT_FORM, FORM_WITHOUT_LEVEL, COORDINATOR_FRAME)

_LEVELS: YamlPath = ("målgruppe", "stratificering", "niveauer")
_FORMS: YamlPath = ("organisering", "samarbejdsformer")


def check(view: ProgramView) -> Iterator[Finding]:
    levels = view.real_entries(_LEVELS, LEVEL_KINDS)
    forms = view.real_entries(_FORMS, FORM_KINDS)
    described = {f for _, e in view.entries(_FORMS) if (f := text(e.get("form")))}
    for path, level in levels:
        form = text(level.get("samarbejdsform"))
        name = _label(level)
        if form is None:
            yield view.finding(
                LEVEL_WITHOUT_FORM, path,
                f"Niveauet {name}har ingen samarbejdsform.",
                "Skriv samarbejdsform: informationsudveksling, faste_samarbejdsmønstre, "
                "koordinatorfunktion, tværfagligt_team eller organisatorisk_integration.",
            )  # fmt: skip
        elif described and form not in described:
            yield view.finding(
                LEVEL_WITHOUT_FORM, (*path, "samarbejdsform"),
                f"Niveauet {name}bruger samarbejdsformen '{form}', som ikke er beskrevet "
                "under organisering.samarbejdsformer.",
                f"Beskriv formen: organisering.samarbejdsformer: - {{form: {form}, ...}}.",
            )  # fmt: skip
    if levels:
        used = {text(e.get("samarbejdsform")) for _, e in levels}
        for path, entry in forms:
            form = text(entry.get("form"))
            if form is not None and form not in used and not is_filled(entry.get("niveauer")):
                yield view.finding(
                    FORM_WITHOUT_LEVEL, path,
                    f"Samarbejdsformen '{form}' gælder ikke for noget stratificeringsniveau.",
                    "Skriv niveauernes id under formens niveauer.",
                )  # fmt: skip
    for path, entry in forms:
        if text(entry.get("form")) != COORDINATOR:
            continue
        frame = entry.get("ramme")
        frame = frame if isinstance(frame, dict) else {}
        missing = [name for key, name in FRAME if not is_filled(frame.get(key))]
        if missing:
            where = (*path, "ramme") if frame else path
            yield view.finding(
                COORDINATOR_FRAME, where,
                "Koordinatorfunktionens ramme mangler: " + ", ".join(missing) + ".",
                "Beskriv rammen under ramme: hvem, opgaver, forankring, beføjelser og "
                "afslutning (bilag 5).",
            )  # fmt: skip


def _label(level: dict[str, object]) -> str:
    ident = text(level.get("id"))
    return f"'{ident}' " if ident else ""
