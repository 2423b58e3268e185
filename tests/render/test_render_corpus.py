"""`forloeb render` on the bad-input corpus: unreadable input is refused with exit code 2 and
nothing written; every readable input, however broken its content, renders."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from forloebkit.rendering.command import RenderRefused, run_render
from test_corpus import CASES, CORPUS, Case, Made


def _render(path: Path, out: Path) -> tuple[int, str]:
    shown = io.StringIO()
    with contextlib.redirect_stdout(shown):
        try:
            code = run_render([path], "alle", out, None, None, False)
        except RenderRefused as refused:
            return 2, str(refused)
    return code, shown.getvalue()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_render_refuses_or_renders(case: Case, tmp_path: Path) -> None:
    if case.make is None:
        made = Made(tmp_path / case.name, (tmp_path / case.name).as_posix())
        shutil.copyfile(CORPUS / case.name, made.path)
    else:
        made = case.make(tmp_path)  # may skip, like the check corpus
    out = tmp_path / "udgivet"
    code, shown = _render(made.path, out)
    written = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
    if case.exit == 2 or case.fragment.startswith("Ingen programmer"):
        assert code == 2, shown
        assert written == []
    elif case.exit == 0 and case.fragment.endswith("sprunget over"):
        assert code == 2 and "Ingen programmer" in shown  # nothing in it is a program
    else:
        assert code == 0, shown
        assert len(written) == 2 and all(name.startswith(made.path.stem) for name in written)
