"""TJK: checklist coverage. One rule per checklist item, built from ``tjekliste.yaml``.

An item that is *missing* is an error; one that is only *partly* met is a
warning. The engine is :mod:`forloebkit.checking.checklist`.
"""

from __future__ import annotations

from functools import cache

from ..checklist import load_checklist
from ..findings import Severity
from .base import Rule

NOT_APPLICABLE_WITHOUT_REASON = Rule(
    "TJK001", "ikke-relevant-uden-begrundelse", Severity.ERROR,
    "Et tjeklistepunkt er markeret som ikke relevant uden en skriftlig begrundelse.",
    "Modellen lader parterne fravælge et punkt, men læseren skal kunne se hvorfor. En tom "
    "begrundelse eller en pladsholder (TODO, xxx, Udfyldes) tæller ikke.",
    'tjekliste:\n  "2.4": {ikke_relevant: "Målgruppen er lille; alle får samme tværfaglige team."}',
)  # fmt: skip
UNKNOWN_ITEM = Rule(
    "TJK002", "ukendt-tjeklistepunkt", Severity.ERROR,
    "Nøglen under tjekliste er ikke et punkt i modellens tjekliste.",
    "Tjeklisten har punkterne 1.1-1.2, 2.1-2.4, 3.1-3.2 (med 3.2a, 3.2b og 3.2c), 4.1-4.5, "
    "5.1-5.5 og 6.1-6.4.",
    'tjekliste:\n  "6.3": {ikke_relevant: "Monitoreringen sker i den fælles database."}',
)  # fmt: skip

BELOW_MIN_COVERAGE = Rule(
    "TJK003", "dækning-under-minimum", Severity.ERROR,
    "Programmet dækker færre tjeklistepunkter end det minimum, konfigurationen kræver "
    "(min-coverage i forloeb.toml).",
    "En samling kan kræve, at hvert program dækker en vis andel af modellens 22 punkter, før det "
    "må flettes. Et punkt er dækket, når det er opfyldt eller begrundet ikke relevant.",
    "# forloeb.toml\nmin-coverage = 80  # procent af tjeklistens punkter",
)  # fmt: skip


@cache
def item_rules() -> tuple[Rule, ...]:
    """One rule per checklist item, in the model's order."""
    return tuple(
        Rule(
            code=item.code,
            name=item.name,
            severity=Severity.ERROR,
            summary=f"Tjeklistepunkt {item.number}: {item.text}"
            + "".join(f" ({s.letter}) {s.text}" for s in item.subitems),
            why=item.guidance,
            example=item.example.rstrip(),
            model_section=item.model_section,
        )
        for item in load_checklist().items
    )


def rules() -> tuple[Rule, ...]:
    return (NOT_APPLICABLE_WITHOUT_REASON, UNKNOWN_ITEM, BELOW_MIN_COVERAGE, *item_rules())
