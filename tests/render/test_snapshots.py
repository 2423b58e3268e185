"""The rendered documents, byte for byte, for every example, the draft and one party's view."""

from __future__ import annotations

from pathlib import Path

import pytest

from forloebkit.checking import check_paths
from forloebkit.rendering.environment import Format
from forloebkit.rendering.writer import RenderOptions, program_views, render_documents
from helpers import EXAMPLES
from render_helpers import PROGRAMS, assert_snapshot, render_file


@pytest.mark.parametrize("fmt", list(Format), ids=str)
@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_program_snapshot(path: Path, fmt: Format) -> None:
    doc = render_file(path, fmt)
    assert doc.name == f"{path.stem}.{fmt.value}"
    assert_snapshot(doc.name, doc.text)


@pytest.mark.parametrize("fmt", list(Format), ids=str)
def test_party_view_snapshot(fmt: Format) -> None:
    doc = render_file(EXAMPLES / "skizofreni.yaml", fmt, part="roskilde")
    assert doc.name == f"skizofreni-roskilde.{fmt.value}"
    assert_snapshot(doc.name, doc.text)


def test_rendering_twice_gives_identical_bytes() -> None:
    for fmt in Format:
        first = render_file(EXAMPLES / "depression.yaml", fmt).text
        assert render_file(EXAMPLES / "depression.yaml", fmt).text == first


@pytest.mark.parametrize("fmt", list(Format), ids=str)
def test_index_snapshot(fmt: Format) -> None:
    run = check_paths([EXAMPLES])
    docs = render_documents(program_views(run.programs), RenderOptions((fmt,), with_index=True))
    index = docs[-1]
    assert index.name == f"index.{fmt.value}"
    assert_snapshot(index.name, index.text)
