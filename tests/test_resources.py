from forloebkit.resources import templates_dir


def test_templates_dir_is_the_repository_folder_in_a_checkout() -> None:
    assert (templates_dir() / "README.md").is_file()
