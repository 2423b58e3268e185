"""`forloeb init`: a new program file that guides its author through the generic model.

``answers`` checks the title, age groups, region, municipalities and general
practice (from flags or questions) and makes the parties; ``builder`` walks the
program model and writes every key with a Danish comment from
``templates/init/vejledning.yaml``; ``schema_ref`` picks the editor's schema
line; ``target`` refuses unsafe targets and writes atomically.
"""

from .answers import AnswerError, Answers, RawAnswers, check_answers, check_given
from .builder import build_scaffold
from .schema_ref import modeline, schema_reference
from .target import TargetError, check_target, write_scaffold

__all__ = [
    "AnswerError",
    "Answers",
    "RawAnswers",
    "TargetError",
    "build_scaffold",
    "check_answers",
    "check_given",
    "check_target",
    "modeline",
    "schema_reference",
    "write_scaffold",
]
