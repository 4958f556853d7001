"""Link and thread rules judge a block in its context: the page it is on and where it stands
against the article's run of text. Each case is cleaned with every rule; the tests assert the
rule and reason of what goes and that the structure that is the page's content stays."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.context.thread import is_discussion_url
from dechrome.model import Document
from dechrome.reasons import Reason, Rule
from dechrome.registry import RULES
from dechrome.rules.subscribe import RULES as SUBSCRIBE_RULES
from tests.articles import ARTICLES, removed_texts

HEADLINE = "How to keep a sourdough starter alive"
FIRST, SECOND, THIRD = ARTICLES["en"].paragraphs
REPLIES = (
    "millerjen says:",
    "That smell is acetone, and it means your starter is hungry. The yeast and bacteria have "
    "eaten everything and make it as they starve, so feed it twice a day for a while.",
    "Reply",
    "oventhermo says:",
    "I agree with the hunger explanation. I would also switch to a stiffer starter for a week, "
    "since it ferments more slowly and is easier to keep fed when the kitchen is warm.",
    "Reply",
    "breadhead says:",
    "Thank you both. I fed it twice yesterday, and this morning it smells like yoghurt again "
    "and doubled in four hours, so I will keep feeding it twice a day.",
)
FORUM = "https://forum.example.org/threads/sourdough-starter-smells.48213/"
NEWS = "https://news.example.com/2026/03/03/sourdough-starter-smells"
LINK_ITEM = next(rule for rule in SUBSCRIBE_RULES if rule.name is Rule.LINK_LIST_ITEM)


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _rule_of(document: Document, text: str) -> Rule | None:
    return next((r.rule for r in document.removals if r.text == text), None)


def _assert_removed(document: Document, text: str, rule: Rule) -> None:
    removal = next((r for r in document.removals if r.text == text), None)
    assert removal is not None, f"{text!r} was kept"
    assert (removal.rule, removal.reason) == (rule, RULES[rule].reason)


@pytest.mark.parametrize("url", [
    FORUM, "https://community.example.org/t/a-question/212419",
    "https://forums.example.com/viewtopic.php?t=361697", "https://example.com/showthread.php?t=1",
    "https://example.stackexchange.com/questions/964/how-to-book-flights",
    "https://www.reddit.com/r/Cooking/comments/1rl0nt4/enameled_cast_iron/",
    "https://news.example.com/item?id=38778098", "https://example.com/topic/225132-a-topic/",
])
def test_forum_and_question_urls_are_discussion_pages(url: str) -> None:
    assert is_discussion_url(url)


@pytest.mark.parametrize("url", [
    NEWS, "https://example.com/topic/headphones", "https://example.com/t-shirts/blue",
    "https://example.com/blog/threads-and-processes", None, "", "not a url", "http://[::1",
])
def test_article_and_section_urls_are_no_discussion_pages(url: str | None) -> None:
    assert not is_discussion_url(url)


def test_discussion_url_returns_on_adversarial_input() -> None:
    for unit in ("/", "t/", "/t/a", "a", "threads/", "?", "%"):
        assert is_discussion_url("https://x.org" + unit * 20_000) in (True, False)


def test_replies_after_an_article_are_a_comment_thread() -> None:
    document = dechrome.clean(_page(HEADLINE, FIRST, SECOND, THIRD, *REPLIES), url=NEWS)
    _assert_removed(document, "millerjen says:", Rule.COMMENT_THREAD)
    _assert_removed(document, REPLIES[1], Rule.COMMENT_THREAD)
    assert RULES[Rule.COMMENT_THREAD].reason is Reason.COMMENTS
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_replies_on_a_forum_page_are_its_content() -> None:
    question = ("My starter is two weeks old and since yesterday it smells of nail polish "
                "remover and barely bubbles after feeding. Can I still save it?")
    document = dechrome.clean(_page(HEADLINE, question, *REPLIES), url=FORUM)
    assert not {Rule.COMMENT_THREAD, Rule.COMMENT_SECTION} & {r.rule for r in document.removals}
    for reply in (question, REPLIES[1], REPLIES[4], REPLIES[7]):
        assert reply in document.paragraphs


DATED = ("12 Comments on “How to keep a sourdough starter alive”",
         "Harriet K.", "March 3, 2026, 9:14 am",
         "We did something similar with our own starter and it worked well for months.",
         "Tom Reyes", "March 3, 2026, 10:02 am",
         "I would love to know how warm the kitchen was when this happened.")


def test_comment_header_with_dated_comments_opens_the_section() -> None:
    document = dechrome.clean(_page(HEADLINE, FIRST, SECOND, THIRD, *DATED), url=NEWS)
    _assert_removed(document, DATED[0], Rule.COMMENT_HEADER)
    _assert_removed(document, "Harriet K.", Rule.COMMENT_SECTION)
    _assert_removed(document, DATED[6], Rule.COMMENT_SECTION)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_comment_header_with_one_date_is_no_section_by_itself() -> None:
    # One dated line under a "Comments" label is a byline as often as a comment.
    lone = (DATED[0], "Harriet K.", "March 3, 2026, 9:14 am")
    document = dechrome.clean(_page(HEADLINE, FIRST, SECOND, THIRD, *lone), url=NEWS)
    assert Rule.COMMENT_SECTION not in {r.rule for r in document.removals}
    assert _rule_of(document, "Harriet K.") is not Rule.COMMENT_SECTION


AGED = ("36 Comments", "Oldest", "Newest", "MK", "1 year ago", "So incredibly helpful!", "10",
        "Sara", "1 year ago", "Can we see the kitchen again once the new starter is going?",
        "Melissa", "2 months ago", "Reply to Sara",
        "Yes, I would love to see how it looks after a month of feeding twice a day.")


def test_comment_header_with_aged_comments_opens_the_section() -> None:
    # wpDiscuz and the like date each comment "1 year ago", which no dateline rule reads.
    document = dechrome.clean(_page(HEADLINE, FIRST, SECOND, THIRD, *AGED), url=NEWS)
    _assert_removed(document, "36 Comments", Rule.COMMENT_HEADER)
    _assert_removed(document, "So incredibly helpful!", Rule.COMMENT_SECTION)
    _assert_removed(document, AGED[-1], Rule.COMMENT_SECTION)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_comments_link_above_the_article_with_aged_teasers_below_keeps_the_article() -> None:
    # A "Comments" link in the head, then the article, then a teaser box dating its items:
    # the ages stand far below the label, so nothing under it is a comment.
    more = ("Read more from the kitchen desk", "Why rye flour ferments faster", "3 hours ago",
            "A week of bread on a budget", "5 hours ago", "The best tins for a loaf",
            "12 hours ago")
    lead = ("Bakers who keep a starter for years say the routine matters more than the recipe, "
            "and that a hungry starter always tells you so before it fails.")
    blocks = (HEADLINE, lead, "Comments", FIRST, SECOND, THIRD, *ARTICLES["en"].paragraphs,
              *more)
    document = dechrome.clean(_page(*blocks), url=NEWS)
    assert Rule.COMMENT_SECTION not in {r.rule for r in document.removals}
    for paragraph in (FIRST, SECOND, THIRD):
        assert paragraph in document.paragraphs


@pytest.mark.parametrize("text", [
    "WELT DOKU Channel https://www.youtube.com/c/WELTDoku", "Follow: https://x.com/welt",
    "Our site: https://www.example.org/", "Podcast https://podcasts.apple.com/podcast/abc",
])
def test_link_to_a_channel_or_front_page_is_a_link_list_item(text: str) -> None:
    assert LINK_ITEM.matches(text, len(text.split()))
    document = dechrome.clean(_page(HEADLINE, FIRST, SECOND, THIRD, text))
    _assert_removed(document, text, Rule.LINK_LIST_ITEM)


@pytest.mark.parametrize("text", [
    "DOI: https://doi.org/10.1007/s11926-017-0626-z",
    "GitHub Repository: https://github.com/example/http-logging",
    "The Log: what every engineer should know: https://engineering.linkedin.com/a/the-log",
    "2021: https://news.ycombinator.com/item?id=25594068",
    'const response = await fetch("https://example.org/post',
    "sh <(curl https://create.example.app/sh)",
])
def test_a_source_the_article_lists_is_no_link_list_item(text: str) -> None:
    assert not LINK_ITEM.matches(text, len(text.split()))


@pytest.mark.parametrize("text", [
    "For more information, please visit www.example.com.",
    "For info, customer & tech support visit www.example.com/support.",
    "# and set the environment variables. See http://example.io/secure",
    "// and set the environment variables. See http://example.io/secure",
])
def test_a_sentence_or_code_comment_ending_in_a_link_is_no_link_list_item(text: str) -> None:
    # A full stop after the link ends a sentence; a comment marker opens a line of code.
    assert not LINK_ITEM.matches(text, len(text.split()))
    document = dechrome.clean(_page(HEADLINE, FIRST, SECOND, text, THIRD))
    assert _rule_of(document, text) is not Rule.LINK_LIST_ITEM


@pytest.mark.parametrize("text", ["#news https://www.instagram.com/welt/",
                                  "Instagram / https://www.instagram.com/welt/"])
def test_a_hashtag_or_slash_is_no_code_comment(text: str) -> None:
    assert LINK_ITEM.matches(text, len(text.split()))


@pytest.mark.parametrize("text", [" " * 50_000 + "https://x.com/a",
                                  "/" * 50_000 + " https://x.com/a",
                                  "# " * 30_000 + "https://x.com/a"])
def test_adversarial_code_labels(text: str) -> None:
    # Long runs of spaces, slashes and marks: the comment test is anchored and bounded
    # (the word limit aside, which would spare the test these blocks).
    assert not LINK_ITEM.test(text)


def test_a_reading_list_between_paragraphs_stays() -> None:
    items = ("Bigtable: https://research.example.org/pubs/bigtable-structured-data/",
             "MapReduce: https://research.example.org/pubs/mapreduce-large-clusters/")
    document = dechrome.clean(_page(HEADLINE, FIRST, "\n".join(items), SECOND, THIRD))
    assert not set(items) & set(removed_texts(document))
    assert all(any(item in p for p in document.paragraphs) for item in items)


_LINES = st.sampled_from([*REPLIES, *DATED, FIRST, SECOND, THIRD, "Reply", "2 days ago",
                          "Kommentare", "Leave a Reply"]) | st.text(max_size=60)
_PAGES = st.lists(_LINES, max_size=20).map("\n\n".join)
_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_PAGES)
def test_a_discussion_page_loses_no_block_as_comments(raw: str) -> None:
    document = dechrome.clean(raw, url=FORUM)
    assert not {Rule.COMMENT_THREAD, Rule.COMMENT_SECTION} & {r.rule for r in document.removals}


@_SETTINGS
@given(_PAGES, st.sampled_from([FORUM, NEWS, None]))
def test_cleaning_twice_with_a_url_changes_nothing(raw: str, url: str | None) -> None:
    once = dechrome.clean(raw, url=url).text
    assert dechrome.clean(once, url=url).text == once


RECORDS = ("More from the site",
           "Why the harbour tunnel will cost more", "Anna Muster", "Tuesday November 19, 2019",
           "The tunnel under the old harbour is set to cost twice what the council was told, "
           "according to documents seen by this newspaper.",
           "A new bridge for the river crossing", "Tom Rogan", "Tuesday November 19, 2019",
           "Engineers have presented three designs for the crossing, and residents will vote on "
           "them in the spring.",
           "Bus fares to rise in January", "Jenna Ellis", "Monday November 18, 2019",
           "Fares on every bus route in the region will rise by ten cents at the start of the "
           "year, the transport authority said.")
LONG_FIRST = f"{FIRST} {SECOND}"


def test_dated_records_after_the_article_end_its_run() -> None:
    # Teasers for other articles (a title, a name, a date, a teaser) are no continuation.
    document = dechrome.clean(_page(HEADLINE, LONG_FIRST, THIRD, *RECORDS), url=NEWS)
    _assert_removed(document, "Anna Muster", Rule.OUTSIDE_ARTICLE)
    _assert_removed(document, RECORDS[4], Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (LONG_FIRST, THIRD)


def test_dated_records_without_an_article_above_are_the_page() -> None:
    # A listing page: its records are its content.
    document = dechrome.clean(_page(*RECORDS[1:]), url=NEWS)
    assert RECORDS[4] in document.paragraphs and RECORDS[12] in document.paragraphs


def test_dates_that_follow_paragraphs_are_a_timeline() -> None:
    # A timeline's dates stand after a paragraph, not after a name: the article goes on.
    timeline = ("March 3, 2019", SECOND, "April 9, 2019", THIRD, "May 1, 2019", RECORDS[4])
    document = dechrome.clean(_page(HEADLINE, FIRST, *timeline), url=NEWS)
    assert all(p in document.paragraphs for p in (FIRST, SECOND, THIRD, RECORDS[4]))


def test_replies_separated_by_post_chrome_join_the_question() -> None:
    # Each post has its chrome (a name, a post count, a number and date): on a thread page it
    # costs little, so short replies join the question's run.
    posts = ("All those rear trim pieces look like the exact same ones as on the older model.",
             "Do they stay on as long as the lift gate is open, or do they time out at some point?",
             "I am not sure if they time out, since I have never left the gate open that long.",
             "Mine turn off after ten minutes, which matches what the manual says about them.")
    blocks = [HEADLINE, FIRST]
    for number, post in enumerate(posts):
        blocks += [f"member{number}", f"{number + 14} posts · Joined 2022",
                   f"#{number + 2} · Mar 21, 2025", post]
    document = dechrome.clean(_page(*blocks, "Forum List", "Terms and rules"), url=FORUM)
    assert all(post in document.paragraphs for post in posts)


def test_a_summary_box_that_is_the_only_running_text_stays() -> None:
    # It repeats no article; cleaning its cleaned body again changes nothing.
    raw = ("Genaue Pläne mit nordkoreanischen Soldaten in Russland im Ukraine-Krieg unklar\n"
           "Auf den Punkt gebracht\n      21.11.2024: Für 4,90 Euro völlig ungenießbares "
           "Schulessen serviert. Die Debatte um Mittagessen und Jause in heimischen Schulen und "
           "Kindergärten kocht hoch. \"Es schmeckt nicht\", ärgert sich Wienerin Daniela D.\n\nA\n")
    once = dechrome.clean(raw)
    assert Rule.SUMMARY_BOX not in {r.rule for r in once.removals}
    assert dechrome.clean(once.text).text == once.text
