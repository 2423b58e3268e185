"""The README keeps its promises: the two set-up commands and every rule code."""

from forloebkit.rules import all_rules
from helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_first_screen_has_the_two_commands() -> None:
    first_screen = README.split("---", 1)[0]
    assert "uv run forloeb check examples/" in first_screen
    assert "uv run pytest" in first_screen
    assert "pip install uv" in first_screen


def test_every_rule_code_is_documented() -> None:
    for code in all_rules():
        if code.startswith("TJK") and code not in ("TJK001", "TJK002"):
            assert f"`{code}`" in README, code
        else:
            assert f"| `{code}` |" in README, code
