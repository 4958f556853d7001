"""Corpus-scale figures for docs/corpus.md: `python -m benchmarks.corpus [--copies 10,100]`.

1. docs/s of `clean_many` with jobs=1 and jobs=2 on the benchmark page texts;
2. peak memory of `dechrome clean --jsonl` streaming N copies of those texts (the sum of the
   resident memory of the CLI and its workers, sampled from /proc): flat when streaming works;
3. a synthetic multi-site corpus (site chrome around real article bodies from the benchmark
   gold, a syndicated paragraph on some pages): chrome removed and article text kept, with
   and without learnt profiles.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dechrome
from benchmarks.datasets import DATASETS, load_dataset
from benchmarks.textcache import attach_texts

SITES = ("courier", "herald", "gazette", "tribune", "observer", "chronicle")
PAGES_PER_SITE = 40


def load_pages() -> list:
    pages = []
    for name in DATASETS:
        found = load_dataset(name)
        attach_texts(found)
        pages += [page for page in found if page.text]
    return pages


def throughput(items: list[dict[str, str]], jobs: int) -> float:
    started = time.perf_counter()
    count = sum(1 for _ in dechrome.clean_many(items, jobs=jobs))
    return count / (time.perf_counter() - started)


def _tree_rss_kib(root: int) -> int:
    """Resident memory of `root` and all its descendants, from /proc."""
    parents, rss = {}, {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines()
                          if ":\t" in line)
        except OSError:
            continue
        pid = int(status.parent.name)
        parents[pid] = int(fields.get("PPid", "0"))
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    tree = {root}
    for _ in range(4):  # the CLI, the forkserver, its workers
        tree |= {pid for pid, parent in parents.items() if parent in tree}
    return sum(rss.get(pid, 0) for pid in tree)


def peak_memory(path: Path, jobs: int, flag: str = "--jsonl") -> tuple[float, float]:
    """(peak MiB of the CLI and its workers, seconds) for cleaning the input at `path`
    (`flag` says its format: `--jsonl` or `--warc`)."""
    command = [sys.executable, "-m", "dechrome", "clean", flag, str(path),
               "-o", str(path.with_suffix(".out")), "--jobs", str(jobs)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss_kib(process.pid))
        time.sleep(0.2)
    path.with_suffix(".out").unlink(missing_ok=True)
    return peak / 1024, time.perf_counter() - started


def write_copies(items: list[dict[str, str]], copies: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for copy in range(copies):
            for number, item in enumerate(items):
                out.write(json.dumps({"id": f"{copy}-{number}", **item}) + "\n")


def site_chrome(site: str) -> list[str]:
    name = site.capitalize()
    return [
        f"The {name} – independent since 1871",
        f"The {name} is published by {name} Media Group, registered in Springfield under "
        f"number HRB {len(site) * 1234}. Editor in chief: Jane {name}son.",
        f"Reader service: call 0800 {len(site) * 111} on weekdays between eight and six, or "
        f"write to service@{site}.example and we will answer within two working days.",
        f"Tip-offs and corrections go to newsroom@{site}.example; our editors read every "
        f"message that reaches the {name} newsroom.",
        f"{name} Plus readers get the weekend supplement",
    ]


def synthetic_corpus(pages: list, seed: int = 7) -> list[dict]:
    """Each page: headline, a real article body, the site's chrome; some with a syndicated
    paragraph inside the body."""
    rng = random.Random(seed)
    bodies = [[p for p in page.gold_body.split("\n") if len(p.split()) >= 6][:8]
              for page in pages if page.gold_body]
    bodies = [body for body in bodies if len(body) >= 2]
    rng.shuffle(bodies)
    syndicated = ("The national weather service expects a mild and rainy week across the "
                  "whole country, with temperatures well above the seasonal average.")
    corpus = []
    for number, body in enumerate(bodies[:len(SITES) * PAGES_PER_SITE]):
        site = SITES[number % len(SITES)]
        chrome = [line for line in site_chrome(site) if rng.random() > 0.1]
        article = list(body)
        if rng.random() < 0.6:
            article.insert(len(article) // 2, syndicated)
        text = "\n\n".join((f"Headline {number}", *article, *chrome))
        corpus.append({"text": text, "url": f"https://www.{site}.example/{number}",
                       "chrome": chrome, "article": article})
    return corpus


def chrome_scores(corpus: list[dict], profiles: dechrome.SiteProfiles | None) -> tuple[float,
                                                                                        float]:
    """(share of chrome blocks removed, share of article paragraphs kept)."""
    removed = kept = chrome_total = article_total = 0
    for item, document in zip(corpus, dechrome.clean_many(corpus, profiles=profiles),
                              strict=True):
        body = document.text
        chrome_total += len(item["chrome"])
        removed += sum(line not in body for line in item["chrome"])
        article_total += len(item["article"])
        kept += sum(paragraph in body for paragraph in item["article"])
    return removed / chrome_total, kept / article_total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="1,10,100", help="'' skips the memory runs")
    args = parser.parse_args(argv)
    pages = load_pages()
    items = [{"text": page.text, "url": page.url or ""} for page in pages]
    print(f"## Throughput ({len(items)} benchmark page texts)\n")
    for jobs in (1, 2):
        print(f"- clean_many jobs={jobs}: {throughput(items, jobs):.1f} docs/s")
    print("\n## Peak memory of `dechrome clean --jsonl --jobs 2`\n")
    print("| copies | documents | peak RSS, CLI + workers (MiB) | seconds |\n|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for copies in (int(n) for n in args.copies.split(",") if n):
            path = Path(folder) / f"corpus{copies}.jsonl"
            write_copies(items, copies, path)
            peak, seconds = peak_memory(path, jobs=2)
            path.unlink()
            print(f"| {copies} | {copies * len(items)} | {peak:.0f} | {seconds:.0f} |", flush=True)
    corpus = synthetic_corpus(pages)
    profiles = dechrome.SiteProfiles.learn(corpus)
    print(f"\n## Synthetic multi-site corpus ({len(corpus)} pages, {len(SITES)} sites)\n")
    print("| | site chrome removed | article paragraphs kept |\n|---|---|---|")
    for label, used in (("without profiles", None), ("with profiles", profiles)):
        chrome, article = chrome_scores(corpus, used)
        print(f"| {label} | {chrome:.1%} | {article:.1%} |")


if __name__ == "__main__":
    main()
