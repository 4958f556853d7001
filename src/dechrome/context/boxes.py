"""Boxes a page puts into the article: gallery slides, captions, summary boxes, comments.

Each is recognised by the block-local rule that removed its marker (a gallery counter, a photo
credit, a summary heading, a comment header) and takes the blocks that belong to it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import regex

from dechrome.context.base import ContextRule, Page
from dechrome.context.region import main_region
from dechrome.context.thread import is_discussion_url, is_speaker_line
from dechrome.features import ends_like_sentence, is_sentence_like
from dechrome.reasons import Reason, Rule

_SLIDE_WINDOW = 5
_SLIDE_MAX_WORDS = 80
_CREDIT_MAX_WORDS = 5
_CAPTION_MAX_WORDS = 35
# An item's number opening a heading: '2. ', '10) '.
_ITEM_NUMBER = regex.compile(r"\d{1,3}[.)]\s")
# A list item's mark: a bullet, a dash, a star, a number.
_LIST_MARK = regex.compile(r"[•·▪■●◦‣*–—-]|\d{1,2}[.)]\s")
_BOX_WINDOW = 8
_BOX_ITEM_MAX_WORDS = 60
_COMMENT_EVIDENCE_WINDOW = 6
_GALLERY = (Rule.GALLERY_MARKER, Rule.GALLERY_COUNTER)
_COMMENT_EVIDENCE = (Rule.COMMENT_POLICY, Rule.LOGIN_PROMPT)
# A thread under its header dates each comment: so many dates close below the header.
_DATED_COMMENTS = 2
_DATED_WINDOW = 16
_COMMENT_DATES = (Rule.DATELINE, Rule.TIMESTAMP_LABEL)


def _gallery_slides(page: Page) -> Iterator[int]:
    """After a gallery link or counter: the slide captions up to and including the credit."""
    for marker in page.removed_by(*_GALLERY):
        following = marker + 1
        if page.removed_as(following, *_GALLERY):
            continue
        slide = _slide_after(page, following)
        yield from slide


def _slide_after(page: Page, start: int) -> list[int]:
    """The slide's blocks from `start`: its caption, up to and including its credit; none
    when no credit closes it within `_SLIDE_WINDOW` blocks. A block that an earlier round
    took for a slide ends the walk with none: that slide is taken, and the blocks below it
    are not its own (the context rules' second round, run on what the first left, would
    otherwise walk past the first round's slide and take the article's next lines)."""
    slide: list[int] = []
    for index in range(start, min(start + _SLIDE_WINDOW, len(page.blocks))):
        if page.removed_as(index, Rule.PHOTO_CREDIT):
            return slide
        if page.removed_as(index, Rule.GALLERY_SLIDE):
            return []
        if not page.alive(index):
            continue
        if page.words[index] > _SLIDE_MAX_WORDS or (
                slide and page.prose[index] and page.prose[slide[-1]]):
            # Two paragraphs of running text in a row: the article goes on below the
            # gallery (a slide's caption stands alone above its credit).
            return []
        slide.append(index)
        if slide[:-1] and _credit_like(page, index):
            return slide
    return []


def _credit_like(page: Page, index: int) -> bool:
    text = page.blocks[index].text
    return page.words[index] <= _CREDIT_MAX_WORDS and not ends_like_sentence(text)


def _captions(page: Page) -> Iterator[int]:
    """The short block right above a photo credit is that photo's caption; not a numbered
    heading ('2. Southern Charm'), which opens an item of the article's list, its picture
    under it."""
    kept = page.kept_indices
    # From the credits (block-local removals, fixed during this pass) back to their captions.
    above = {credit - 1 for credit in page.removed_by(Rule.PHOTO_CREDIT)}
    for index in kept[1:]:
        if (index in above and page.words[index] <= _CAPTION_MAX_WORDS
                and not _numbered_heading(page, index) and not _last_paragraph(page, index)):
            yield index


def _last_paragraph(page: Page, index: int) -> bool:
    """Whether block `index` is the article's last paragraph of running text, another one
    right above it: the credit under it names the piece's agency or photographer."""
    kept = page.kept_indices
    position = bisect_left(kept, index)
    return (page.prose[index] and position > 0 and page.prose[kept[position - 1]]
            and page.last_prose() == index)


def _numbered_heading(page: Page, index: int) -> bool:
    text = page.blocks[index].text
    return page.facts.headline_like(index) and _ITEM_NUMBER.match(text) is not None


def _summary_boxes(page: Page) -> Iterator[int]:
    """The items under a summary heading, up to the next paragraph break, when the box
    stands outside the article's main run of text: a summary printed above the article or
    below its last paragraph repeats it (it is kept as metadata). Key points, takeaways and
    "at a glance" boxes with the article's paragraphs on both sides are its own text, and
    so is a box whose every item is a sentence (`_in_sentences`)."""
    headings = page.removed_by(Rule.SUMMARY_HEADING)
    if not headings:
        return
    span = main_region(page, lead=False)
    for heading in headings:
        items = list(_box_items(page, heading))
        if (items and not _inside(page, span, heading, items[-1])
                and _article_besides(page, items) and not _in_sentences(page, items)):
            yield from items


def _in_sentences(page: Page, items: list[int]) -> bool:
    """Whether every item of the box reads as a sentence with no list mark before it: a
    "Key takeaways" or "TL;DR" written as paragraphs is the article's own text (its
    conclusion, its opening), where a summary box lists points, short ("Dienst ist
    kostenlos", "Top mover: Seka Moving") or marked ("• Die Koalition einigt sich.")."""
    return all(is_sentence_like(text := page.blocks[i].text) and _LIST_MARK.match(text) is None
               for i in items)


def _box_items(page: Page, heading: int) -> Iterator[int]:
    end = min(heading + 1 + _BOX_WINDOW, len(page.blocks))
    for index in range(heading + 1, end):
        block = page.blocks[index]
        if index > heading + 1 and block.after_blank and not block.continues:
            break
        if page.alive(index) and page.words[index] <= _BOX_ITEM_MAX_WORDS:
            yield index


def _article_besides(page: Page, items: list[int]) -> bool:
    """Whether running text stands outside the box: a box that is the page's only running
    text repeats nothing."""
    box = set(items)
    return any(page.prose[i] and i not in box for i in page.kept_indices)


def _inside(page: Page, span: tuple[int, int] | None, heading: int, last: int) -> bool:
    """Whether the article's run has begun above `heading` and goes on below `last` with
    a paragraph of running text."""
    if span is None or heading <= span[0]:
        return False
    return any(page.prose[i] and page.alive(i) for i in range(last + 1, span[1] + 1))


def _comment_sections(page: Page) -> Iterator[int]:
    """From a comment header that a login prompt or policy follows, or a thread of dated
    comments, to the page's end. Not on a discussion page, whose replies are its content."""
    first = page.first_prose()
    if first is None or is_discussion_url(page.url):
        return
    for header in page.removed_by(Rule.COMMENT_HEADER):
        if header > first and _comments_follow(page, header):
            yield from (i for i in range(header + 1, len(page.blocks)) if page.alive(i))
            return


def _comments_follow(page: Page, header: int) -> bool:
    end = len(page.blocks)
    window = range(header + 1, min(header + 1 + _COMMENT_EVIDENCE_WINDOW, end))
    if any(page.removed_as(i, *_COMMENT_EVIDENCE) for i in window):
        return True
    dated = range(header + 1, min(header + 1 + _DATED_WINDOW, end))
    if sum(page.removed_as(i, *_COMMENT_DATES) for i in dated) >= _DATED_COMMENTS:
        return True
    return _marked_thread(page, header, dated)


def _marked_thread(page: Page, header: int, dated: range) -> bool:
    """Comments marked by their speaker lines ("1 year ago", "joetoronto says:", "Reply"),
    the first right under the header: a thread's ages are rarely a dateline's form, and the
    first copy of a repeated "1 year ago" stays for exact-duplicate. A link "Comments" above
    the article has the article's paragraphs under it, and a teaser box's ages further on."""
    marks = [i for i in dated if is_speaker_line(page.blocks[i].text, page.words[i])]
    return (len(marks) >= _DATED_COMMENTS
            and marks[0] - header <= _COMMENT_EVIDENCE_WINDOW)


RULES = (
    ContextRule(Rule.GALLERY_SLIDE, Reason.GALLERY, _gallery_slides, ("*",),
                "the caption lines and credit after 'Gehe zur Galerie'"),
    ContextRule(Rule.CAPTION, Reason.CAPTION, _captions, ("*",),
                "'Blumen und Blutversprechen: …' above the credit 'REUTERS'"),
    ContextRule(Rule.SUMMARY_BOX, Reason.SUMMARY, _summary_boxes, ("*",),
                "the bullet points under 'Auf den Punkt gebracht'"),
    ContextRule(Rule.COMMENT_SECTION, Reason.COMMENTS, _comment_sections, ("*",),
                "everything after 'Kommentare' when a login prompt or a policy follows it"),
)
