"""The shared SARIF and JUnit schemas, or a skip when ../shared is not beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import SHARED

SCHEMAS = SHARED / "schemas"


def shared_schema(name: str) -> Path:
    path = SCHEMAS / name
    if not path.is_file():
        pytest.skip(
            f"../shared/schemas/{name} findes ikke (shared data absent): skipping validation"
        )
    return path
