"""Ask for the answers that were not given as flags, in Danish, on a terminal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from rich.console import Console
from rich.prompt import Confirm, InvalidResponse, Prompt

from .answers import (
    AnswerError,
    RawAnswers,
    check_age_groups,
    check_municipalities,
    check_region,
    check_title,
)

T = TypeVar("T")


class _Prompt(Prompt):
    illegal_choice_message = "[prompt.invalid.choice]Vælg en af mulighederne."


class _Confirm(Confirm):
    """A yes/no question answered with j(a) or n(ej)."""

    choices = ["j", "n"]  # noqa: RUF012 (overrides rich's own class attribute)
    validate_error_message = "[prompt.invalid]Svar j (ja) eller n (nej)."

    def process_response(self, value: str) -> bool:
        answer = value.strip().casefold()
        if answer in ("j", "ja", "y", "yes"):
            return True
        if answer in ("n", "nej", "no"):
            return False
        raise InvalidResponse(self.validate_error_message)


def ask_missing(raw: RawAnswers, console: Console) -> RawAnswers:
    """Ask for every answer *raw* lacks, re-asking until each one can be used."""
    console.print("Svar på spørgsmålene, så skriver forloeb et skelet til programmet.\n")
    title = raw.title
    if title is None:
        title = _ask(console, "Titel (fx Forløbsprogram for unge med ADHD)", check_title)
    ages = raw.age_groups
    if not ages:
        ages = [_ask(console, "Aldersgrupper: børn, unge og/eller voksne (adskil med komma)",
                     lambda text: check_age_groups([text]))]  # fmt: skip
    region = raw.region
    if region is None:
        region = _ask(console, "Region (fx Region Sjælland)", check_region)
    municipalities = raw.municipalities
    if not municipalities:
        municipalities = [_ask(
            console, "Kommuner (adskil med komma, fx Roskilde Kommune, Køge Kommune)",
            lambda text: check_municipalities([text]),
        )]  # fmt: skip
    practice = raw.general_practice
    if practice is None:
        practice = _Confirm.ask("Deltager almen praksis?", console=console, default=True)
    return RawAnswers(title, list(ages), region, list(municipalities), practice)


def _ask(console: Console, question: str, check: Callable[[str], T]) -> str:
    """Ask until *check* accepts the answer; return the text as typed (it is checked again)."""
    while True:
        text = _Prompt.ask(question, console=console, default="", show_default=False)
        try:
            check(text)
        except AnswerError as exc:
            console.print(f"[prompt.invalid]{exc}")
            continue
        return text
