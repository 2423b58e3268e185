"""YML008 tom-fil: empty file or only comments."""

import pytest

from helpers import codes, read_findings


@pytest.mark.parametrize("text", ["", "\n\n", "# kun en kommentar\n", "---\n"])
def test_empty_files(text: str) -> None:
    assert codes(read_findings(text)) == [("YML008", 1, 1)]


def test_file_with_content_passes() -> None:
    assert read_findings("# kommentar\nskemaversion: 1\n") == []
