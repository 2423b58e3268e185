"""``forloeb explain``: what a rule checks, why (in the model's words), and a passing example."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.padding import Padding
from rich.syntax import Syntax
from rich.text import Text

from ..checklist import load_checklist
from ..rules import Rule


def explain_rule(console: Console, rule: Rule) -> None:
    item = next((i for i in load_checklist().items if i.code == rule.code), None)
    severity = rule.severity.value
    if item is not None:
        severity += "; advarsel, når punktet kun er delvist opfyldt"
    console.print(Text(f"{rule.code}  {rule.name}", style="bold"), Text(f"({severity})"))
    where = f"Gruppe: {rule.group}"
    if rule.model_section:
        where += f" · Modellens afsnit {rule.model_section}"
    console.print(Text(where, style="dim"))
    _section(console, "Hvad reglen tjekker", rule.summary)
    title = "Hvorfor (modellens ord)" if item is not None else "Hvorfor"
    _section(console, title, rule.why)
    if item is not None:
        console.print()
        console.print(Text("Felter, der opfylder punktet", style="bold underline"))
        for sub in item.subitems or ():
            for spec in sub.fields:
                console.print(Text(f"  {item.number}{sub.letter}: {spec.path}  ({spec.label})"))
        for spec in item.fields:
            console.print(Text(f"  {spec.path}  ({spec.label})"))
        console.print(Text(
            f'  Ikke relevant? Skriv: tjekliste: {{"{item.number}": {{ikke_relevant: "<begrundelse>"}}}}',
            style="dim",
        ))  # fmt: skip
    if rule.example:
        console.print()
        console.print(Text("Eksempel, der består", style="bold underline"))
        syntax = Syntax(rule.example, "yaml", theme="ansi_light", background_color="default")
        console.print(Padding(syntax, (0, 0, 0, 2)))


def _section(console: Console, title: str, body: str) -> None:
    console.print()
    console.print(Text(title, style="bold underline"))
    console.print(Padding(Text(body), (0, 0, 0, 2)))


def list_rules(console: Console, rules: Iterable[Rule]) -> None:
    group = None
    for rule in rules:
        if rule.group != group:
            group = rule.group
            console.print(Text(f"\n{group}", style="bold"))
        console.print(Text(f"  {rule.code}  {rule.name:<34} {rule.summary}"), soft_wrap=True)
    console.print(Text("\nForklaring af én regel: forloeb explain KODE", style="dim"))
