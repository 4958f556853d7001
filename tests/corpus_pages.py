"""A small synthetic multi-site corpus for the batch, profile, CLI and Dask tests."""

from __future__ import annotations

import random

TOWNS = ("Aachen", "Bremen", "Celle", "Dresden", "Erfurt", "Fulda", "Gera", "Hagen")
TOPICS = ("school budget", "bridge repair", "bus timetable", "harbour project", "library hours")

TAGLINE = "Your local paper since 1848 independent and nonpartisan"
ABOUT = ("The Example Courier is published by Example Media, an independent family company that "
         "has reported on the region for more than a century and a half.")
SYNDICATED = ("The national weather service expects a mild and rainy week across the whole "
              "country, with temperatures well above the seasonal average.")


def paragraph(rng: random.Random) -> str:
    town, topic = rng.choice(TOWNS), rng.choice(TOPICS)
    return (f"The council of {town} met on day {rng.randint(1, 28)} to discuss the {topic} and "
            f"approved {rng.randint(100, 99999)} euros for it after a debate of "
            f"{rng.randint(2, 9)} hours.")


def page(rng: random.Random, number: int, *, syndicated: bool = False) -> str:
    """Headline, three article paragraphs (a syndicated one in the middle if asked), chrome."""
    body = [paragraph(rng) for _ in range(3)]
    if syndicated:
        body.insert(1, SYNDICATED)
    return "\n\n".join((f"Story number {number} of the day", *body, TAGLINE, ABOUT))


def site_items(count: int, site: str = "example.com", seed: int = 1) -> list[dict[str, str]]:
    rng = random.Random(seed)
    return [{"text": page(rng, n, syndicated=True), "url": f"https://www.{site}/story/{n}"}
            for n in range(count)]
