import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from helpers import TEST_CACHE_DIR

os.environ["FORLOEB_CACHE_DIR"] = TEST_CACHE_DIR  # commands run in-process: no cache in the repo
