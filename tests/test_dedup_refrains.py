"""Refrains (`Config.refrain_max_words`): a short note that a reference page prints under
each entry stays where distinct content stands between its copies; a paragraph pasted twice
in a row, or a long one, still goes. HTML mode sets the refrain length on a page it reads as
documentation, and nowhere else."""

from __future__ import annotations

from dataclasses import replace

import dechrome
from dechrome.model import Document
from dechrome.reasons import Reason, Rule
from tests.articles import ARTICLES
from tests.conftest import FIXTURES

HEADLINE = ARTICLES["en"].headline
FIRST, SECOND, THIRD = ARTICLES["en"].paragraphs[:3]
NOTE = "Changed in version 3.13: The follow_symlinks parameter was added."
REFRAINS = dechrome.Config(refrain_max_words=40)


def _duplicates(document: Document) -> list[str]:
    return [r.text for r in document.removals if r.reason is Reason.DUPLICATE]


def _entries(note: str) -> list[str]:
    return [FIRST, note, SECOND, note, THIRD, note]


def test_a_note_under_each_entry_stays_as_a_refrain() -> None:
    document = dechrome.clean("\n\n".join([HEADLINE, *_entries(NOTE)]), config=REFRAINS)
    assert document.paragraphs.count(NOTE) == 3
    assert not _duplicates(document)


def test_without_refrains_every_copy_but_one_goes_as_a_duplicate() -> None:
    document = dechrome.clean("\n\n".join([HEADLINE, *_entries(NOTE)]))
    assert document.paragraphs.count(NOTE) == 1
    assert [(r.rule, r.text) for r in document.removals if r.text == NOTE] == [
        (Rule.EXACT_DUPLICATE, NOTE)] * 2


def test_a_note_pasted_twice_in_a_row_still_goes() -> None:
    document = dechrome.clean("\n\n".join([HEADLINE, FIRST, NOTE, NOTE, SECOND, THIRD]),
                              config=REFRAINS)
    assert document.paragraphs.count(NOTE) == 1
    assert _duplicates(document) == [NOTE]


def test_a_long_paragraph_is_no_refrain() -> None:
    long_note = " ".join([SECOND, THIRD])
    assert len(long_note.split()) > 40
    document = dechrome.clean("\n\n".join([HEADLINE, FIRST, long_note, NOTE, long_note, THIRD]),
                              config=REFRAINS)
    assert document.paragraphs.count(long_note) == 1
    assert _duplicates(document) == [long_note]


def test_a_refrain_with_a_small_edit_is_no_near_duplicate() -> None:
    edited = NOTE.replace("was added", "was added too")
    document = dechrome.clean("\n\n".join([HEADLINE, FIRST, NOTE, SECOND, edited, THIRD]),
                              config=replace(REFRAINS, contained_min_words=None))
    assert NOTE in document.paragraphs and edited in document.paragraphs


def test_cleaning_the_body_again_changes_nothing() -> None:
    once = dechrome.clean("\n\n".join([HEADLINE, *_entries(NOTE)]), config=REFRAINS)
    twice = dechrome.clean(once.text, config=REFRAINS)
    assert twice.text == once.text


def test_html_reference_page_keeps_its_notes_and_an_article_does_not() -> None:
    page = (FIXTURES / "html" / "reference_page_notes_per_entry.html").read_bytes()
    document = dechrome.clean(page)
    assert document.page_kind == "documentation"
    note = "Changed in version 2.0: a line without a tab stops the command."
    assert document.paragraphs.count(note) == 3
    # The same page read as text (no page kind, no refrains) keeps one copy.
    assert dechrome.clean(document.text).paragraphs.count(note) == 1


def test_an_html_article_printing_a_line_thrice_keeps_one() -> None:
    page = (FIXTURES / "html" / "news_article_related_links.html").read_text(encoding="utf-8")
    note = "<p>Correction: an earlier version of this story gave the wrong date.</p>"
    for anchor in ("<p>Until now", "<p>Several members", "<p>The mayor said"):
        page = page.replace(anchor, note + anchor, 1)
    document = dechrome.clean(page)
    assert document.page_kind == "article"
    text = "Correction: an earlier version of this story gave the wrong date."
    assert document.paragraphs.count(text) == 1
    assert [r.rule for r in document.removals if r.text == text] == [Rule.EXACT_DUPLICATE] * 2


def test_html_reference_page_keeps_a_note_each_entry_words_its_own_way() -> None:
    # Two entries print the same note but for their own name ("The selection tuples ...",
    # "The arrangement tuples ..."): a near repeat, and the page's only one (no exact copy,
    # no link list), which alone makes HTML mode read a reference page with its refrains.
    page = (FIXTURES / "html" / "reference_page_edited_notes.html").read_bytes()
    document = dechrome.clean(page)
    assert document.page_kind == "documentation"
    notes = [f"The {name} tuples are emitted in lexicographic order according to the order of "
             "the input keys. If the input keys are sorted, the output tuples will be produced "
             "in sorted order." for name in ("selection", "arrangement")]
    assert all(any(note in paragraph for paragraph in document.paragraphs) for note in notes)
    assert not _duplicates(document)
