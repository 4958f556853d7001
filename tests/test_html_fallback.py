"""HTML mode's rules on extracted elements and the do-no-harm fallback: the link-dense
judgement (teasers, listicle headings), when the weak rules' removals send a page back to
the high-confidence rules, and what must never be dropped (a page that is its headline,
text that looks like tags)."""

from __future__ import annotations

from dataclasses import replace

import trafilatura

import dechrome
from dechrome.accounting import unaccounted
from dechrome.html.extract import Unit
from dechrome.html.fallback import fallback_reason
from dechrome.html.rules import Extracted, judge
from dechrome.model import Block, Document, Removal


def test_a_teaser_item_goes_and_a_listicle_heading_stays() -> None:
    prose = " ".join(["The shop sells bread and cakes from six in the morning."] * 3)
    units = [Unit("head", "1. Harbour Kitchen", 17, (1.0,)),
             Unit("p", prose, 0, (0.0,)),
             Unit("item", "- Ten bakeries worth the early start\nOur guide to bread", 35,
                  (1.0, 0.0)),
             Unit("item", "- A list item that links one word\nand goes on", 4, (0.1, 0.0)),
             # a forum post under its linked number: no headline, no teaser
             Unit("item", "- #3\nI believe forums still give a sense of community.\nGreenHost, "
                  "May 18", 10, (1.0, 0.0, 0.6))]
    assert judge(Extracted(units, dechrome.Config())) == {2: dechrome.Rule.LINK_DENSE}


def test_fallback_when_weak_rules_take_most_of_the_extraction() -> None:
    texts = ["one two three four", "five six", "seven eight nine ten eleven"]
    blocks = tuple(Block(i, text, i, 0) for i, text in enumerate(texts))
    removals = (Removal(dechrome.Rule.COMMENT_THREAD, dechrome.Reason.COMMENTS, 0, texts[0]),
                Removal(dechrome.Rule.COMMENT_THREAD, dechrome.Reason.COMMENTS, 2, texts[2]))
    document = Document(paragraphs=(texts[1],), title=None, hashtags=(), links=(),
                        removals=removals, blocks=blocks)
    reason = fallback_reason(document, dechrome.Config())
    assert reason is not None and "comment-thread" in reason
    assert fallback_reason(document, dechrome.Config(html_fallback_share=None)) is None
    # removals of teaser-shaped blocks are strong evidence: without them, one weak removal
    # of 5 of 11 words is left, under half
    assert fallback_reason(document, dechrome.Config(html_fallback_share=0.5),
                           frozenset({0})) is None
    assert fallback_reason(document, dechrome.Config(html_fallback_share=0.5)) is not None
    # teasers that are most of the extraction are a listing's content: no strong evidence
    assert fallback_reason(document, dechrome.Config(html_fallback_share=0.5),
                           frozenset({0, 2})) is not None
    copies = tuple(Removal(dechrome.Rule.EXACT_DUPLICATE, dechrome.Reason.DUPLICATE, r.block,
                           r.text) for r in removals)
    assert fallback_reason(replace(document, removals=copies), dechrome.Config()) is None


def test_a_teaser_list_is_strong_evidence_and_no_reason_to_fall_back() -> None:
    story = "".join(f"<p>Paragraph {i} of the story: the council voted on Tuesday to close the "
                    "old harbour bridge for repairs until the spring.</p>" for i in range(4))
    teasers = "".join(f"<li><a href='/s{i}'>Other story number {i} about the harbour</a>"
                      "<p>A short blurb on it</p></li>" for i in range(4))
    raw = f"<html><body><article><h1>Bridge</h1>{story}<ul>{teasers}</ul></article></body></html>"
    document = dechrome.clean(raw, config=dechrome.Config(input="html"))
    assert document.fallback is None
    assert not any("Other story" in paragraph for paragraph in document.paragraphs)
    assert len(document.paragraphs) == 4


def test_a_thread_page_the_weak_rules_would_empty_falls_back_and_says_so() -> None:
    intro = ("<p>Has anyone tried the new ferry timetable this week? The morning boat now "
             "leaves at seven instead of half past.</p>")
    replies = "".join(f"<p>marta{i} says:</p><p>Reply number {i}: the works at the north pier "
                      "are the reason, the operator told me when I wrote to them.</p>"
                      for i in range(8))
    raw = f"<html><body><article><h1>Ferry timetable</h1>{intro}{replies}</article></body></html>"
    strict = dechrome.clean(raw, config=dechrome.Config(input="html", html_fallback_share=None))
    assert strict.fallback is None and len(strict.paragraphs) == 1
    document = dechrome.clean(raw, config=dechrome.Config(input="html"))
    assert document.fallback is not None and "comment-thread" in document.fallback
    assert sum("Reply number" in paragraph for paragraph in document.paragraphs) == 8
    assert not unaccounted(trafilatura.extract(raw) or "", document)


def test_a_page_that_is_its_headline_keeps_it() -> None:
    # A link post: the extraction is the headline alone. Beside other text a copy of the
    # title is chrome; alone it is the page's content, and the body is never emptied for it.
    headline = "FCC chair to Europe: if you restrict US satellite providers, we will ban you"
    raw = (f"<html><head><title>{headline}</title></head><body><main><h1>{headline}</h1>"
           "</main></body></html>")
    document = dechrome.clean(raw, config=dechrome.Config(input="html"))
    assert document.paragraphs == (headline,)
    raw = raw.replace("</main>", "<p>The chair wrote to the European ministers on Tuesday, "
                      "asking for a reply within thirty days.</p></main>")
    document = dechrome.clean(raw, config=dechrome.Config(input="html"))
    assert headline not in document.paragraphs
    assert [r.rule for r in document.removals] == [dechrome.Rule.TITLE_DUPLICATE]


def test_html_mode_keeps_text_that_looks_like_tags() -> None:
    from dechrome.normalize import normalise  # noqa: PLC0415  (one test's need)

    code = "return (\n<button>I'm a button</button>\n);"
    assert normalise(code).text == "return (\nI'm a button\n);"
    assert normalise(code, markup=False).text == code
    raw = ("<html><body><article><p>A component returns its markup, as in this example of "
           "the smallest one we could write for the guide:</p><pre>function Button() {\n"
           "  return &lt;button&gt;I'm a button&lt;/button&gt;;\n}</pre></article></body></html>")
    document = dechrome.clean(raw, config=dechrome.Config(input="html"))
    assert "<button>" in document.text
    assert not unaccounted(trafilatura.extract(raw) or "", document)
