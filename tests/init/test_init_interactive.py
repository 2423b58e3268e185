"""`forloeb init` on a real pseudo-terminal: the Danish questions and the answers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from helpers import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pty is POSIX only")

#: A safety net so a hanging child fails the test instead of blocking the run.
STUCK_AFTER_SECONDS = 60


class Terminal:
    """Run forloeb with stdin, stdout and stderr on a pseudo-terminal, as a user at a shell."""

    def __init__(self, *args: str) -> None:
        import pty

        master, slave = pty.openpty()
        self.master = master
        self.output = ""
        self.process = subprocess.Popen(
            [sys.executable, "-m", "forloebkit", *args],
            stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, close_fds=True,
            env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200",
                 "LANG": "C.UTF-8"},
        )  # fmt: skip
        os.close(slave)

    def expect(self, text: str) -> None:
        """Read until *text* has been shown."""
        while text not in self.output:
            if not self._read():
                raise AssertionError(f"'{text}' blev aldrig vist. Uddata:\n{self.output}")

    def answer(self, text: str) -> None:
        os.write(self.master, text.encode("utf-8") + b"\n")

    def finish(self) -> int:
        while self._read():
            pass
        os.close(self.master)
        return self.process.wait(timeout=STUCK_AFTER_SECONDS)

    def _read(self) -> bool:
        import select

        ready, _, _ = select.select([self.master], [], [], STUCK_AFTER_SECONDS)
        if not ready:
            self.process.kill()
            raise AssertionError(f"forloeb svarer ikke. Uddata:\n{self.output}")
        try:
            chunk = os.read(self.master, 4096)
        except OSError:  # Linux: EIO once the child has closed the terminal
            return False
        self.output += chunk.decode("utf-8", errors="replace").replace("\r\n", "\n")
        return bool(chunk)


def test_asks_in_danish_and_writes_the_answers(tmp_path: Path) -> None:
    target = tmp_path / "adhd.yaml"
    term = Terminal("init", str(target))
    term.expect("Titel (fx Forløbsprogram for unge med ADHD):")
    term.answer("")
    term.expect("Titlen (--titel) må ikke være tom.")
    term.expect("Titel (fx Forløbsprogram for unge med ADHD):")
    term.answer("Forløbsprogram: unge og voksne med ADHD")
    term.expect("Aldersgrupper: børn, unge og/eller voksne (adskil med komma):")
    term.answer("unge, ældre")
    term.expect("Ukendt aldersgruppe 'ældre'")
    term.answer("voksne, unge")
    term.expect("Region (fx Region Sjælland):")
    term.answer("Sjælland")
    term.expect("Kommuner (adskil med komma, fx Roskilde Kommune, Køge Kommune):")
    term.answer("Roskilde Kommune, Køge Kommune")
    term.expect("Deltager almen praksis? [j/n] (j):")
    term.answer("måske")
    term.expect("Svar j (ja) eller n (nej).")
    term.answer("nej")
    assert term.finish() == 0, term.output
    assert f"Skrev {target}." in term.output

    data = YAML(typ="safe").load(target.read_text(encoding="utf-8"))
    assert data["program"]["titel"] == "Forløbsprogram: unge og voksne med ADHD"
    assert data["målgruppe"]["aldersgrupper"] == ["unge", "voksne"]
    assert data["program"]["parter"] == [
        {"id": "region-sjælland", "navn": "Region Sjælland", "type": "region",
         "beskrivelse": data["program"]["parter"][0]["beskrivelse"]},
        {"id": "roskilde-kommune", "navn": "Roskilde Kommune", "type": "kommune",
         "beskrivelse": data["program"]["parter"][1]["beskrivelse"]},
        {"id": "køge-kommune", "navn": "Køge Kommune", "type": "kommune",
         "beskrivelse": data["program"]["parter"][2]["beskrivelse"]},
    ]  # fmt: skip
    types = [t.get("type") for t in data["organisering"]["overgange"]]
    assert len(types) == 3  # barn til voksen, henvisning and udskrivning


def test_asks_only_for_what_the_flags_did_not_give(tmp_path: Path) -> None:
    target = tmp_path / "depression.yaml"
    term = Terminal("init", str(target), "--titel", "Forløbsprogram for voksne med depression",
                    "--aldersgruppe", "voksne", "--uden-almen-praksis")  # fmt: skip
    term.expect("Region (fx Region Sjælland):")
    term.answer("Region Midtjylland")
    term.expect("Kommuner (adskil med komma")
    term.answer("Aarhus Kommune")
    assert term.finish() == 0, term.output
    assert "Titel" not in term.output and "Deltager almen praksis" not in term.output
    data = YAML(typ="safe").load(target.read_text(encoding="utf-8"))
    assert [p["id"] for p in data["program"]["parter"]] == ["region-midtjylland", "aarhus-kommune"]


def test_bad_flag_fails_before_any_question(tmp_path: Path) -> None:
    term = Terminal("init", str(tmp_path / "p.yaml"), "--aldersgruppe", "ældre")
    assert term.finish() == 2
    assert "Fejl: Ukendt aldersgruppe 'ældre' (--aldersgruppe)." in term.output
    assert "Titel" not in term.output


def test_end_of_input_stops_with_exit_2(tmp_path: Path) -> None:
    target = tmp_path / "p.yaml"
    term = Terminal("init", str(target))
    term.expect("Titel (fx Forløbsprogram for unge med ADHD):")
    os.write(term.master, b"\x04")  # Ctrl-D
    assert term.finish() == 2
    assert "Fejl: Standard-input blev lukket, før alle spørgsmål var besvaret." in term.output
    assert "Traceback" not in term.output
    assert not target.exists()
