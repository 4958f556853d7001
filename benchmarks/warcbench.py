"""WARC input figures for docs/corpus.md: `python -m benchmarks.warcbench [--copies 1,10,100]`.

The pages are the ScrapingHub DEV set's HTML (104 pages), written twice: as a gzipped WARC of
HTTP responses (one gzip member per record, as crawlers write) and as a gzipped JSONL of the
same HTML with its URL.

1. records/s of `dechrome clean --warc` against `dechrome clean --jsonl` on those files (both
   clean in HTML mode) with the pages `--speed-copies` times, `--jobs 1` and `2`, the best
   of `--runs` alternating runs;
2. reading alone, in this process: records/s of `dechrome.warc.iter_pages` against
   `corpus_io.read_records` (no cleaning: the cost of the WARC layer itself);
3. peak memory: of reading alone (`iter_pages` in a fresh process, its VmHWM), and of
   `dechrome clean --warc --jobs 2` (the CLI and its workers, sampled), on the WARC repeated
   `--copies` times.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import peak_memory
from benchmarks.datasets import load_dataset


def http_response(number: int, url: str, html: bytes) -> bytes:
    """One WARC response record holding an HTTP 200 response with `html`."""
    payload = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
               b"Content-Length: %d\r\n\r\n" % len(html)) + html
    head = (f"WARC/1.1\r\nWARC-Type: response\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>\r\n"
            f"WARC-Date: 2026-12-06T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n").encode()
    return head + payload + b"\r\n\r\n"


def write_inputs(folder: Path, copies: int) -> tuple[Path, Path, int]:
    """(WARC, JSONL, records), both files gzipped, of the pages repeated `copies` times."""
    pages = load_dataset("scrapinghub")
    warc, jsonl = folder / f"pages{copies}.warc.gz", folder / f"pages{copies}.jsonl.gz"
    with warc.open("wb") as out_warc, gzip.open(jsonl, "wt", encoding="utf-8") as out_jsonl:
        for copy in range(copies):
            for number, page in enumerate(pages):
                url = page.url or f"https://example.com/{page.id}"
                record = http_response(copy * len(pages) + number, url, page.html.encode())
                out_warc.write(gzip.compress(record, mtime=0))
                out_jsonl.write(json.dumps({"text": page.html, "url": url}) + "\n")
    return warc, jsonl, copies * len(pages)


def cli_seconds(kind: str, path: Path, jobs: int) -> float:
    command = [sys.executable, "-m", "dechrome", "clean", f"--{kind}", str(path),
               "-o", str(path.with_suffix(".out")), "--jobs", str(jobs)]
    started = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    path.with_suffix(".out").unlink()
    return time.perf_counter() - started


def reading_rates(warc: Path, jsonl: Path, runs: int) -> tuple[float, float, int]:
    """(WARC records/s, JSONL records/s, records), best of `runs`, without cleaning."""
    from dechrome.corpus_io import Fields, open_input, read_records  # noqa: PLC0415
    from dechrome.warc import iter_pages  # noqa: PLC0415

    best_warc = best_jsonl = float("inf")
    count = 0
    for _ in range(runs):
        started = time.perf_counter()
        count = sum(1 for _ in iter_pages(warc))
        best_warc = min(best_warc, time.perf_counter() - started)
        started = time.perf_counter()
        with open_input(str(jsonl)) as stream:
            sum(1 for _ in read_records(stream, Fields()))
        best_jsonl = min(best_jsonl, time.perf_counter() - started)
    return count / best_warc, count / best_jsonl, count


def probe(path: Path) -> None:
    """Child side of the reading-memory figure: read every page, print VmHWM in KiB."""
    from dechrome.warc import iter_pages  # noqa: PLC0415

    count = sum(1 for _ in iter_pages(path))
    status = Path("/proc/self/status").read_text().splitlines()
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print(json.dumps({"records": count, "peak_kib": peak}))


def reading_peak_mib(path: Path) -> float:
    command = [sys.executable, "-m", "benchmarks.warcbench", "--probe", str(path)]
    found = json.loads(subprocess.run(command, check=True, capture_output=True,
                                      text=True).stdout)
    return found["peak_kib"] / 1024


def cleaning_peak(path: Path, jobs: int) -> tuple[float, float]:
    """(peak MiB of `dechrome clean --warc` and its workers, seconds)."""
    return peak_memory(path, jobs, flag="--warc")


def throughput(folder: Path, runs: int, copies: int) -> None:
    warc, jsonl, records = write_inputs(folder, copies)
    print(f"## Cleaning, records/s ({records} records: the ScrapingHub pages {copies} times; "
          f"best of {runs}; each run includes the CLI's start)\n")
    print("| jobs | --warc | --jsonl | --warc / --jsonl |\n|---|---|---|---|")
    for jobs in (1, 2):
        seconds = {"warc": float("inf"), "jsonl": float("inf")}
        for _ in range(runs):
            for kind, path in (("warc", warc), ("jsonl", jsonl)):
                seconds[kind] = min(seconds[kind], cli_seconds(kind, path, jobs))
        rate = {kind: records / value for kind, value in seconds.items()}
        print(f"| {jobs} | {rate['warc']:.1f} | {rate['jsonl']:.1f} | "
              f"{rate['warc'] / rate['jsonl']:.2f} |", flush=True)
    warc_rate, jsonl_rate, count = reading_rates(warc, jsonl, runs)
    print(f"\n## Reading alone ({count} records, best of {runs})\n")
    print(f"- WARC (`iter_pages`): {warc_rate:.0f} records/s, "
          f"{1000 / warc_rate:.2f} ms a record")
    print(f"- JSONL (`read_records`): {jsonl_rate:.0f} records/s, "
          f"{1000 / jsonl_rate:.2f} ms a record")


def memory(folder: Path, copies: list[int]) -> None:
    print("\n## Peak memory on the WARC repeated\n")
    print("| copies | records | WARC size (MB) | reading alone, peak RSS (MiB) | "
          "`clean --warc --jobs 2`, peak RSS CLI + workers (MiB) | seconds |")
    print("|---|---|---|---|---|---|")
    for count in copies:
        warc, jsonl, records = write_inputs(folder, count)
        jsonl.unlink()
        size = warc.stat().st_size / 1e6
        reading = reading_peak_mib(warc)
        peak, seconds = cleaning_peak(warc, jobs=2)
        warc.unlink()
        print(f"| {count} | {records} | {size:.0f} | {reading:.0f} | {peak:.0f} | "
              f"{seconds:.0f} |", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="1,10,100", help="'' skips the memory runs")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--speed-copies", type=int, default=3,
                        help="copies of the pages for the records/s figures")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe is not None:
        probe(args.probe)
        return
    with tempfile.TemporaryDirectory() as folder:
        if args.runs > 0:
            throughput(Path(folder), args.runs, args.speed_copies)
        memory(Path(folder), [int(n) for n in args.copies.split(",") if n])


if __name__ == "__main__":
    main()
