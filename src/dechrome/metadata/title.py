"""The title: the headline, also when the page opens with its browser title "Headline | Site".

Page text made from HTML opens with the document's title, which adds the site's name
("Headline | Site", "Site - Headline"). That line is cut at its separators; the run of parts
the page prints again is the headline, else the rest of a line whose end names the URL's
site, unless a heading over the article (or beside its byline) shares its subject, else the
headline the context rules found; a part the URL's path spells overrules a reading sharing
no word with it. What the title line adds after the headline is the site's name.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from dechrome.features import dedup_key, is_headline_like
from dechrome.metadata.dateparse import find_dates
from dechrome.metadata.echo import as_printed, near_echo, plain_title
from dechrome.metadata.evidence import BLOCK_LOCAL, Evidence
from dechrome.metadata.metaline import headline_over_meta
from dechrome.metadata.overbyline import line_over_byline
from dechrome.metadata.restate import less_date_part, restates
from dechrome.metadata.site import host_label
from dechrome.metadata.sources import Source
from dechrome.metadata.titleparts import (
    last_part,
    less_named_site,
    names_site,
    one_word_title,
    segments,
    site_part,
    site_run,
)
from dechrome.metadata.urltitle import part_in_url

# What stands at either end of a title with no word in it: a separator with nothing beyond
# it ("Headline -", "| Headline"), a mark before the first word ("...: Tach auch!", "• Name"),
# symbols after the last ("Headline » ☆☆☆☆☆"). Quotes, brackets and the sentence marks a
# title may close with ("Qui a gagné ?") stay.
_DANGLING = regex.compile(
    r"^[^\p{L}\p{N}\s\"'„“«‹(\[¿¡]{1,10}+\s{1,3}+"
    r"|(?<=\S)\s{1,3}+(?:[|\-–—:»·•/~]{1,2}+\s{1,3}+)?[\p{So}\p{Sm}*|\-–—·•/~]{1,10}+$"
)
_NAV_SEPARATOR = regex.compile(r"\s[|»>/›]\s")
_MIN_NAV_SEPARATORS = 2
_MIN_SHARED_LETTERS = 3
_KICKER_REACH = 2
# A headline stands this many lines at most above the article's first paragraph.
_OVER_REACH = 3
_MAX_KICKER_WORDS = 3
_MAX_LINE_CHARS = 400
_MAX_SEGMENTS = 8
_LENGTH_SLACK = 8
_MIN_TITLE_WORDS = 2
# Readings from a copy of the title line: the heading over the article may restate them.
_COPIES = (Source.TITLE_LINE_ECHO, Source.TITLE_LINE_PART, Source.TITLE_LINE_NEAR_ECHO)
# A sentence ending inside a line: a full stop after a word, then a capital.
_SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?]\s\p{Lu}")


@dataclass(frozen=True, slots=True)
class TitleReading:
    """The title, the block that shows it over the article, the site's name when the title
    line carried one, and how the title was found."""

    title: str | None
    block: int | None = None
    site: str | None = None
    how: Source | None = None


def read_title(evidence: Evidence) -> TitleReading:
    """The headline, preferring the part of a "Headline | Site" line the page confirms."""
    found = TitleReading(evidence.title, evidence.headline_block(), None,
                         Source.HEADLINE_RULE if evidence.title else None)
    above = headline_over_meta(evidence, found.block)
    if above is not None:
        found = TitleReading(evidence.blocks[above].text, above, None, Source.HEADLINE_RULE)
    # A first line that a block-local rule removed is chrome ("Zum Inhalt springen").
    if not evidence.blocks or evidence.removed.get(0) in BLOCK_LOCAL:
        return _undangled(found)
    first = evidence.blocks[0].text
    if len(first) > _MAX_LINE_CHARS:
        return _undangled(found)
    reading = _from_title_line(evidence, first, found)
    if reading.how in _COPIES and reading.title and found.title and restates(
            found.title, reading.title) and _over_article(found, first, evidence.first_kept()):
        reading = replace(found, how=Source.HEADLINE_OVER_ARTICLE)
    if (in_url := part_in_url(first, evidence.url, reading.title)) is not None:
        # Its copy over the article, when the page prints it, is where the credits stand.
        copies = _lines_below(evidence, len(first)).get(dedup_key(in_url[0]))
        block = _nearest(copies, evidence.first_kept()) if copies else None
        reading = TitleReading(in_url[0], block, in_url[1], Source.TITLE_LINE_IN_URL)
    return _undangled(reading)


def _undangled(reading: TitleReading) -> TitleReading:
    """The title less a separator with nothing on its far side ("Heizjacken von Bosch -",
    "The 16 Best Boxes in 2025 |": the site's name the page left empty) and less the marks
    and symbols around its words."""
    title = reading.title
    if title is None:
        return reading
    bare = less_date_part(_DANGLING.sub("", title))
    return reading if bare == title or not bare else replace(reading, title=bare)


def _from_title_line(evidence: Evidence, first: str, found: TitleReading) -> TitleReading:
    """The title the title line `first` and the headings below it agree on, in this order:
    the line or a part of it printed again; the headline `found` ending a part of it; a
    heading sharing most of its words; the line less the part naming the URL's site."""
    lines = _lines_below(evidence, len(first))
    if _repeated(first, lines):
        title, site, how = first, None, Source.TITLE_LINE_ECHO
    else:
        title, site = _split(first, lines, host_label(evidence.url), evidence.first_kept())
        how = Source.TITLE_LINE_PART
    copies = lines.get(dedup_key(title)) if title is not None else None
    if copies:
        nearest = _nearest(copies, evidence.first_kept())
        printed = as_printed(title or "", evidence.blocks[nearest].text)
        if how is Source.TITLE_LINE_ECHO:
            # The browser title printed again ("EU-Taxonomie: ... | Umweltbundesamt" on
            # umweltbundesamt.de) still ends in the site's name.
            printed, site = less_named_site(printed, host_label(evidence.url))
        return TitleReading(printed, nearest, site, how)
    if _held_by(found, first, host_label(evidence.url)):
        # The headline over the article stands in the title line too ("Agriculture: Berne
        # interdit ... - Suisse - tdg.ch" holds "Berne interdit ..."): both agree on it.
        return replace(found, how=Source.HEADING_IN_TITLE_LINE)
    echo = near_echo(evidence, first, site or last_part(first))
    if echo is not None:
        return TitleReading(evidence.blocks[echo].text, echo, site, Source.TITLE_LINE_NEAR_ECHO)
    if title is None and plain_title(first) and _disagrees(found, first):
        # A headline sharing no word with the browser title is a label the context rules
        # took ("move to sidebar hide", "Get a quote"): the browser title is the page's own.
        return _whole_line(first)
    if title is None:
        return _unless_navigation(found, first)
    return _less_site(evidence, found, title, site)


def _less_site(evidence: Evidence, found: TitleReading, title: str, site: str | None,
               ) -> TitleReading:
    """The title line less its site's part (`title`), unless the headline `found` stands
    right over the article on the same subject."""
    if _over_article(found, title, evidence.first_kept()):
        # The browser title is the search engine's ("California's Disasters Are a Warning");
        # the heading right over the article, on the same subject, is the page's headline.
        return replace(found, how=Source.HEADLINE_OVER_ARTICLE)
    over = line_over_byline(evidence, title, _headline_line)
    if over is not None:
        return TitleReading(evidence.blocks[over].text, over, site, Source.HEADLINE_OVER_ARTICLE)
    same = found.title is not None and dedup_key(found.title) == dedup_key(title)
    return TitleReading(title, found.block if same else None, site, Source.TITLE_LINE_LESS_SITE)


def _over_article(found: TitleReading, title: str, first_kept: int | None) -> bool:
    """Whether the headline `found` stands right over the article's first paragraph (a
    byline or a standfirst between), below the title line, reads as a headline and shares a
    word of three or more letters with `title`, the title line less its site. A dated line
    ("[ 26. Februar 2020 ] Am Windows Server ...") is a teaser's."""
    if not found.title or not found.block or first_kept is None:
        return False
    if not 0 < first_kept - found.block <= _OVER_REACH or not _titled(found.title) or (
            _navigation(found.title)) or find_dates(found.title):
        return False
    words = {word for word in dedup_key(title).split() if len(word) >= _MIN_SHARED_LETTERS}
    return bool(words & set(dedup_key(found.title).split()))


def _disagrees(found: TitleReading, line: str) -> bool:
    """Whether the headline `found` shares no word of three or more letters with the title
    line, and does not stand right under a first line of a few words (then that is its
    kicker: "Ukraine-Krieg" over "Nordkorea versichert Russland ...")."""
    if found.title is None or found.block is None:
        return True
    kicker = found.block <= _KICKER_REACH and len(line.split()) <= _MAX_KICKER_WORDS
    words = {word for word in dedup_key(line).split() if len(word) >= _MIN_SHARED_LETTERS}
    return not kicker and not words & set(dedup_key(found.title).split())


def _whole_line(line: str) -> TitleReading:
    """The title line less its last part when it has several (most often the site's name)."""
    spans = segments(line)
    if len(spans) > _MAX_SEGMENTS or not spans:
        return TitleReading(None)
    end = spans[-2][1] if len(spans) > 1 else spans[-1][1]
    title = line[spans[0][0]:end].strip()
    # One word will do for a title line of one part ("Forums-Regeln"), not a lone number.
    # Alone, a line closing with a full stop is the page's first sentence, no title.
    titled = _titled(title) and not title.endswith(".")
    if not titled and not (len(spans) == 1 and is_headline_like(title)
                           and any(map(str.isalpha, title))):
        return TitleReading(None)
    return TitleReading(title, None, last_part(line), Source.TITLE_LINE_ALONE)


def _held_by(found: TitleReading, line: str, host: str | None) -> bool:
    """Whether the headline the context rules found below the title line ends one of its
    parts, word for word, after a kicker or a section ("Agriculture: Berne interdit ..."),
    and is not all of the line; a line naming the URL's site is its logo, never that."""
    headline = found.title
    if headline is None or not found.block or not _titled(headline) or _navigation(headline):
        return False
    key = dedup_key(headline)
    parts = [dedup_key(line[start:end]) for start, end in segments(line)]
    return key != dedup_key(line) and not names_site(headline, host) and any(
        part == key or part.endswith(f" {key}") for part in parts)


def _unless_navigation(found: TitleReading, first: str) -> TitleReading:
    """A headline that reads as navigation ("Home » Europa » Deutschland", "1 2 3 4") gives
    way to the page's first line, the browser title, up to its first separator."""
    if found.title is not None and not _navigation(found.title):
        return found
    spans = segments(first)
    title = first[spans[0][0]:spans[0][1]].strip() if spans else ""
    if len(spans) > _MAX_SEGMENTS or not _titled(title) or _navigation(title):
        return found
    return TitleReading(title, None, None, Source.TITLE_LINE_HEAD)


def _headline_line(text: str) -> bool:
    """Whether a line reads as a headline: not navigation, no date in it."""
    return _titled(text) and not _navigation(text) and not find_dates(text)


def _navigation(text: str) -> bool:
    """Breadcrumbs and pagers: two or more path separators, or fewer than two words with
    letters."""
    return len(_NAV_SEPARATOR.findall(text)) >= _MIN_NAV_SEPARATORS or sum(
        1 for word in text.split() if any(map(str.isalpha, word))) < _MIN_TITLE_WORDS


def _lines_below(evidence: Evidence, longest: int) -> dict[str, list[int]]:
    """The dedup key of every block below the first that is short enough to repeat a part
    of it (`longest` characters, give or take spacing), with where it stands."""
    lines: dict[str, list[int]] = {}
    limit = longest + _LENGTH_SLACK
    key = evidence.key if evidence.keys is None else evidence.keys.__getitem__
    add = lines.setdefault
    blocks = evidence.blocks
    for position in range(1, len(blocks)):
        block = blocks[position]
        if len(block.text) <= limit:
            add(key(block.index), []).append(block.index)
    return lines


def _nearest(indices: list[int], first_kept: int | None) -> int:
    """Of a headline's copies, the last above the first paragraph (the one over the
    article), else the first."""
    above = [i for i in indices if first_kept is None or i <= first_kept]
    return above[-1] if above else indices[0]


def _split(line: str, lines: dict[str, list[int]], host: str | None, first_kept: int | None,
           ) -> tuple[str | None, str | None]:
    """The title in a title line, and the site's name it adds. Of the parts the page prints
    again, a part that names the URL's site is never the title; the title line's last part
    is the site's or the section's name more often than the headline, so a part before it
    wins; then the one printed nearest above the article ("Plejaden, M45 - Abenteuer
    Astronomie": the site's name stands in the logo at the top); then the longest."""
    spans = segments(line)
    if len(spans) > _MAX_SEGMENTS:
        return None, None  # a title line is short: this is a menu or a run-on line
    runs = [(spans[i][0], spans[j][1]) for i in range(len(spans)) for j in range(i, len(spans))
            if (i, j) != (0, len(spans) - 1)]
    named = site_run(line, spans, host)
    repeated = [run for run in runs if not (named and named[0] <= run[0] and run[1] <= named[1])
                and _repeated(line[run[0]:run[1]], lines)]
    if repeated:
        # The last part is demoted unless the first names the site ("BMEL - Section -
        # Headline").
        last = spans[-1] if named is None or named[0] != spans[0][0] else None
        run = max(repeated, key=lambda span: (span != last,
                                              _above(line[span[0]:span[1]], lines, first_kept),
                                              span[1] - span[0]))
        return line[run[0]:run[1]], site_part(line, spans, run)
    single = one_word_title(line, spans, lines, named)
    if single is not None:
        return single
    rest, site = less_named_site(line, host)
    return (rest, site) if site is not None else (None, None)


def _above(part: str, lines: dict[str, list[int]], first_kept: int | None) -> int:
    """Where the last copy of `part` above the article stands (-1: none above it)."""
    copies = lines.get(dedup_key(part), [])
    return max((i for i in copies if first_kept is None or i <= first_kept), default=-1)


def _repeated(part: str, lines: dict[str, list[int]]) -> bool:
    return dedup_key(part) in lines and _titled(part)


def _titled(text: str) -> bool:
    # A headline may close with a full stop ("Denkmäler in neuem Licht."): one sentence,
    # never two.
    bare = text.removesuffix(".")
    return is_headline_like(bare) and len(text.split()) >= _MIN_TITLE_WORDS and (
        bare == text or _SENTENCE_BREAK.search(bare) is None)


