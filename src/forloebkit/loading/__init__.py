"""Reading program files: discovery, decoding, YAML parsing with positions."""

from .discovery import Discovered, discover
from .document import LoadedDocument, YamlPath
from .reader import ReadResult, read_program_bytes, read_program_file, read_program_text

__all__ = [
    "Discovered", "LoadedDocument", "ReadResult", "YamlPath", "discover",
    "read_program_bytes", "read_program_file", "read_program_text",
]  # fmt: skip
