"""A dateline that opens the article's first paragraph: "Düsseldorf, 22. November 2022 - Der
Öko-Energieversorger ...", "(21. November 2022) Energieverbraucher ...", "31. Oktober 2023.
Dragqueens sind ...", "Red. / 31.10.2023 Die ehemalige Kolonie ...".

Press releases and many columns print the day the text went out at the head of its first
paragraph, set apart from the sentence by a bar, a dash, a bracket or a full stop. A date
the first sentence talks about stands in the sentence: after a preposition ("Am 9. Oktober
2023 wurde ...", "On July 4, 2025, the bill ..."), or run into the words that follow ("3.
Februar 2021 hatte der Bundestag ..."); neither is read here.
"""

from __future__ import annotations

import regex

from dechrome.metadata.dateparse import find_dates

__all__ = ["lead_date"]

# Where the date may start: after a place, an agency or a newsroom's mark, not further.
_MAX_START = 30
_MAX_PREFIX_WORDS = 4
# A prefix of capitalised words and marks ("Düsseldorf,", "Red. /", "(", "BERLIN (dpa) -").
_PREFIX = regex.compile(r"(?:(?:[\p{Lu}(][^\s\d]{0,30}+|[^\s\w]{1,3}+)\s?){0,4}+")
_PREFIX_END = regex.compile(r"[/,(–—|:-]\s?$")
# What sets the date apart from the sentence after it: an optional time, then a mark.
_AFTER = regex.compile(
    r"(?:,?\s?\d{1,2}+[:.]\d{2}+(?:\s?uhr)?)?\s?(?:[.)–—|:-](?:\s|$)|$)", regex.IGNORECASE)


def lead_date(text: str, *, day_first: bool) -> str | None:
    """The date a paragraph opens with when it is set apart as a dateline, else None."""
    found = find_dates(text[:_MAX_START + 40], day_first=day_first)
    if not found or found[0].start > _MAX_START:
        return None
    date = found[0]
    prefix = text[:date.start]
    if len(prefix.split()) > _MAX_PREFIX_WORDS or _PREFIX.fullmatch(prefix) is None:
        return None
    if prefix and _PREFIX_END.search(prefix) is not None:
        return date.iso
    year = text.find(date.iso[:4], date.start)
    if year < 0:
        return None
    return date.iso if _AFTER.match(text, year + 4) is not None else None
