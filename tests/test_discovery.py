"""Which files a folder holds, in which order, and each real file once (loading.discovery)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forloebkit.loading.discovery import SKIPPED_DIRS, SUFFIXES, discover


def _reference(folder: Path) -> list[str]:
    """What discover found with os.walk and resolving every file (as it did before)."""
    found: list[str] = []
    seen: set[Path] = set()
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        for name in sorted(names):
            path = Path(root, name)
            if name.lower().endswith(SUFFIXES) and path.resolve() not in seen:
                seen.add(path.resolve())
                found.append(path.as_posix())
    return found


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    top = tmp_path / "programmer"
    for name in ["b.yaml", "a.yml", "C.YAML", "noter.txt", "z/b.yaml", "z/a/dybt.yaml",
                 "y/x.yaml", ".git/skjult.yaml", "node_modules/n.yaml", "build/b.yaml",
                 "aa/1.yaml"]:  # fmt: skip
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_text("skemaversion: 1\n", encoding="utf-8")
    (top / "link.yaml").symlink_to(top / "z" / "b.yaml")  # the same file twice
    (top / "ud.yaml").symlink_to(tmp_path / "findes-ikke.yaml")  # a broken link
    (top / "mappelink").symlink_to(top / "z", target_is_directory=True)  # not entered
    (tmp_path / "ude.yaml").write_text("skemaversion: 1\n", encoding="utf-8")
    (top / "z" / "ude.yaml").symlink_to(tmp_path / "ude.yaml")
    return top


def test_a_folder_gives_its_files_as_walking_it_and_resolving_each_file_does(tree: Path) -> None:
    found, problems = discover([tree])
    assert problems == []
    assert [f.display for f in found] == _reference(tree)
    names = [f.path.relative_to(tree).as_posix() for f in found]
    # z/b.yaml is link.yaml's file, listed first; mappelink is not entered
    assert names == ["C.YAML", "a.yml", "b.yaml", "link.yaml", "ud.yaml", "aa/1.yaml",
                     "y/x.yaml", "z/ude.yaml", "z/a/dybt.yaml"]  # fmt: skip


def test_a_folder_reached_through_a_link_still_lists_each_real_file_once(tree: Path) -> None:
    found, _ = discover([tree / "z", tree / "mappelink", tree / "z" / "b.yaml", tree / "link.yaml"])
    assert [f.path.relative_to(tree).as_posix() for f in found] == [
        "z/b.yaml", "z/ude.yaml", "z/a/dybt.yaml"]  # fmt: skip
    assert [f.explicit for f in found] == [False, False, False]
