"""The heading over the article against a copy of the title line printed elsewhere.

A part of the browser title that the page prints again may stand far from the article (in a
list of related stories, a teaser, a menu), while the heading right over the first paragraph
tells the same story in its own words. That heading is the page's headline when it restates
the copy: the copy is the heading with a kicker before it ("Nordkorea: Kim Jong Un - Der
Diktator ist zurück ..." over the article as "Kim Jong Un: Der Diktator ist zurück ..."), or
the two share half their words or more and neither holds the other ("Auto leasen oder
kaufen" elsewhere, "Auto leasen, finanzieren oder kaufen – was ist günstiger?" over the
article). A heading that the copy holds at its start or inside is its short form ("Cleaning
Industry Trends" against "2025 Cleaning Industry Trends to Know ..."), and a heading that
holds the copy adds to it: the copy, which the title line confirms, stays.

A date printed as the first part of a title ("23.01.2022 - Dorothea Wierer darf ...") is the
date line run into it, no part of the headline.
"""

from __future__ import annotations

from dechrome.features import dedup_key, is_headline_like
from dechrome.metadata.dateparse import MONTHS, WEEKDAYS, find_dates
from dechrome.metadata.titleparts import segments

# Shared words over the larger word set: the two say the same story.
_MIN_SHARE = 0.5
# A date part is a few words ("23.01.2022", "Mon, 3 May 2021").
_MAX_DATE_WORDS = 4


def restates(heading: str, copy: str) -> bool:
    """Whether `heading`, the line over the article, restates `copy`, a part of the title
    line printed elsewhere: the copy is the heading after a kicker, or the two share half
    their words or more and neither holds the other."""
    head, other = dedup_key(heading), dedup_key(copy)
    if not head or not other or head == other:
        return False
    if other.endswith(f" {head}"):
        return True
    if f" {head} " in f" {other} " or f" {other} " in f" {head} ":
        return False
    words, others = set(head.split()), set(other.split())
    return len(words & others) >= _MIN_SHARE * max(len(words), len(others))


def less_date_part(title: str) -> str:
    """`title` less a first part that is a date and nothing else ("23.01.2022 - Headline");
    the rest must read as a title of two words or more."""
    spans = segments(title)
    if len(spans) < 2:
        return title
    part = title[spans[0][0]:spans[0][1]]
    words = dedup_key(part).split()
    # Digits, months and weekdays only: "Headline 2022" or "Mai 2022 im Rückblick" is more.
    if len(words) > _MAX_DATE_WORDS or not all(
            word.isdigit() or word in MONTHS or word in WEEKDAYS for word in words):
        return title
    rest = title[spans[1][0]:].strip()
    if not find_dates(part) or not is_headline_like(rest) or len(rest.split()) < 2:
        return title
    return rest
