"""Peak memory per tool, measured in a fresh subprocess per (dataset, tool).

The child loads the inputs, warms the tool up, releases freed heap, resets the kernel's
peak-RSS mark (``/proc/self/clear_refs``), notes its RSS, runs the tool over all pages and reports
the peak RSS (``VmHWM``) minus that baseline: the extra resident memory the tool needed
on top of its loaded inputs, including C allocations (lxml) that tracemalloc misses.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import subprocess
import sys
from pathlib import Path

from benchmarks import REPO_ROOT
from benchmarks.datasets import load_dataset
from benchmarks.runner import run_tool, unavailable_reason
from benchmarks.textcache import attach_texts
from benchmarks.tools import TOOLS


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise OSError(f"{field} not in /proc/self/status")


def release_free_memory() -> None:
    """Collect garbage and hand freed heap back to the OS (glibc ``malloc_trim``), so that
    memory freed while loading does not hide the tool's own allocations."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def reset_peak() -> bool:
    """Reset the peak-RSS mark; False where the kernel does not allow it."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def probe_main(dataset: str, tool_name: str, limit: int | None) -> None:
    """Child side: print ``{"baseline_kib", "peak_kib", "reset"}`` as JSON."""
    pages = load_dataset(dataset, limit=limit)
    attach_texts(pages)
    for page in pages:
        _ = page.html
    tool = TOOLS[tool_name]
    unavailable_reason(tool)
    release_free_memory()
    reset = reset_peak()
    baseline = _status_kib("VmRSS")
    run_tool(tool, pages)
    peak = _status_kib("VmHWM")
    print(json.dumps({"baseline_kib": baseline, "peak_kib": peak, "reset": reset}))


def probe(dataset: str, tool_name: str, limit: int | None) -> float | None:
    """Parent side: the tool's peak RSS growth in MiB, or ``None`` if the probe failed."""
    cmd = [sys.executable, "-m", "benchmarks", "_memprobe", dataset, tool_name]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"memory probe for {tool_name} failed: {proc.stderr.strip()[-300:]}")
        return None
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return float(data["peak_kib"] - data["baseline_kib"]) / 1024
