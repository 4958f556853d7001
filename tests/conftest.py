"""Shared paths for the test suite."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "fixtures"

# CI runs each property on the same examples every time (a seed derived from the test), so a
# run's verdict is the code's and not the draw's; locally the search stays random and keeps
# finding new cases, which are then pinned with @example.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
