"""Benchmark harness for dechrome: quality, speed and memory against reference extractors.

Run ``python -m benchmarks --help`` from the repository root.
"""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
"""The repository root (the folder holding ``src/`` and ``benchmarks/``)."""
