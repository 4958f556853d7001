"""Rule post-furniture: the lines forum software prints once per post go; the posts stay.

Each page is a thread of hand-written posts in one forum software's shape (a Discourse-like
head line, a XenForo-like poster box, a Q&A answer's footer), cleaned at a thread's URL and,
for the negative side, at an article's URL or with too few posts.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.context.posts import _FIGURE_WORD
from dechrome.model import Document
from dechrome.reasons import Reason, Rule
from dechrome.registry import RULES

THREAD_URL = "https://forum.example.org/t/which-laptop-for-travel/223334"
ARTICLE_URL = "https://news.example.com/2025/01/03/laptops-for-travel"
TITLE = "Which laptop for travel and light gaming?"
POSTS = (
    "My old laptop's power connector is completely shot, and I need a replacement that "
    "travels well and can run a few games in the evening.",
    "If you can give up on gaming, a thin and light model with a long battery life is hard "
    "to beat for the money, and it will last you for years.",
    "I would look at the business lines of the big makers, since their spare parts are "
    "easy to find and the keyboards survive a lot of abuse.",
    "Independent reviews that measure the battery and the noise under load helped me more "
    "than any list of specifications ever did.",
)
REPLY = "I agree with all of that, and the keyboard matters more than people think."


def _thread(heads: list[list[str]], feet: list[list[str]], posts: tuple[str, ...] = POSTS,
            url: str = THREAD_URL) -> Document:
    blocks = [TITLE]
    for head, post, foot in zip(heads, posts, feet, strict=True):
        blocks += [*head, post, *foot]
    return dechrome.clean("\n\n".join(blocks), url=url)


def _furniture(document: Document) -> list[str]:
    return [r.text for r in document.removals if r.rule is Rule.POST_FURNITURE]


def _assert_posts_kept(document: Document, posts: tuple[str, ...] = POSTS) -> None:
    for post in posts:
        assert post in document.paragraphs


DISCOURSE_HEADS = [["alkersan January 3, 2025, 7:30pm 1"], ["Klaustrophobia January 3, 2025, "
                   "7:35pm 2"], ["Molly January 3, 2025, 7:57pm 3"], ["xyz January 4, 2025, "
                   "11:15am 4"]]
LIKES = [["2 Likes"], ["1 Like"], ["4 Likes"], ["3 Likes"]]


def test_head_lines_and_like_counts_of_every_post_go() -> None:
    document = _thread(DISCOURSE_HEADS, LIKES)
    gone = _furniture(document)
    assert gone == [line for head, foot in zip(DISCOURSE_HEADS, LIKES, strict=True)
                    for line in (*head, *foot)]
    removal = next(r for r in document.removals if r.rule is Rule.POST_FURNITURE)
    assert removal.reason is Reason.POST_FURNITURE is RULES[Rule.POST_FURNITURE].reason
    _assert_posts_kept(document)


def test_poster_boxes_labels_and_a_quotes_expander_go_the_quote_credit_stays() -> None:
    names = ["bphgravity", "mdshunk", "solaeros", "khixxx"]
    ranks = ["Senior Member", "Member", "Senior Member", "Member"]
    heads = [[name, rank, "Joined", f"Mar {day}, 2019", "Messages:", f"{day * 37}"]
             for name, rank, day in zip(names, ranks, (3, 9, 14, 21), strict=True)]
    for position in (1, 2, 3):
        heads[position] += [f"{names[position - 1]} said:", "Click to expand..."]
    feet = [["Reply with quote"]] * 4
    document = _thread(heads, feet)
    gone = set(_furniture(document))
    assert {"Messages:", "111", "777", "Click to expand...", "Reply with quote"} <= gone
    # Every label of the box leaves the body, whichever rule takes a copy first.
    for label in ("Joined", "Mar 3, 2019", "Messages:", "Click to expand..."):
        assert label not in document.paragraphs
    # A quote's credit names whom the post answers: it belongs to the post.
    assert "mdshunk said:" in document.paragraphs
    _assert_posts_kept(document)


def test_an_answers_footer_with_badge_counts_goes() -> None:
    feet = [["Improve this answer", "Follow", f"answered May {day}, 2009 at 0:0{day}", name,
             f"{day},232 1 1 gold badge {day}0 {day}0 silver badges {day}9 {day}9 bronze badges"]
            for day, name in zip((2, 3, 5, 7), ("wzzrd", "Kevin Dente", "sth", "jhs"),
                                 strict=True)]
    document = _thread([[]] * 4, feet)
    gone = set(_furniture(document))
    assert {"Improve this answer", "Follow"} <= gone
    assert "5,232 1 1 gold badge 50 50 silver badges 59 59 bronze badges" in gone
    for line in ("answered May 5, 2009 at 0:05", "3,232 1 1 gold badge 30 30 silver badges "
                 "39 39 bronze badges"):
        assert line not in document.paragraphs
    _assert_posts_kept(document)


def test_a_posters_name_between_the_footers_lines_goes() -> None:
    # The name varies from post to post, so it has no shape of its own; its slot, between
    # the date line and the badge counts, recurs with every answer.
    names = ("wzzrd", "Kevin Dente", "sth", "jhs")
    feet = [[f"answered May {day}, 2009 at 0:0{day}", name, f"{day},232 1 1 gold badge"
             f" {day}0 {day}0 silver badges"]
            for day, name in zip((2, 3, 5, 7), names, strict=True)]
    document = _thread([[]] * 4, feet)
    assert set(names) <= set(_furniture(document))
    _assert_posts_kept(document)


def test_a_short_reply_in_no_recurring_slot_stays() -> None:
    # A reply of two words between one post's head line and its like count: that place
    # holds a post's text in no other post, so it is no slot of the template.
    posts = (POSTS[0], "Same here", POSTS[2], POSTS[3])
    document = _thread(DISCOURSE_HEADS, LIKES, posts)
    assert "Same here" in document.paragraphs
    assert "Same here" not in _furniture(document)
    assert "Molly January 3, 2025, 7:57pm 3" in _furniture(document)


SIGNATURE = "Roon > Merason DAC > Yeti OTL, HD 800 and a lot of patience"


def test_a_signature_ending_each_of_a_posters_posts_goes() -> None:
    # The same line after the text of each of one poster's posts, before the like count.
    feet = [[SIGNATURE, *like] if n != 1 else like for n, like in enumerate(LIKES)]
    document = _thread(DISCOURSE_HEADS, feet)
    # exact-duplicate takes the later copies; the first, which it keeps, is the signature's.
    assert SIGNATURE in _furniture(document)
    assert SIGNATURE not in document.paragraphs
    _assert_posts_kept(document)


def test_a_quoted_line_stays_where_a_speaker_line_opens_it() -> None:
    # The last line of a post, quoted in a reply: the copy follows 'alkersan said:'.
    quoted = "Battery life under real load matters most to me"
    feet = [[quoted, *LIKES[0]], LIKES[1], ["alkersan said:", quoted, *LIKES[2]], LIKES[3]]
    document = _thread(DISCOURSE_HEADS, feet)
    assert quoted not in _furniture(document)
    assert quoted in document.paragraphs


def test_a_labels_slot_filled_with_names_goes() -> None:
    # "Reactions: <names>", "Last edited by <name>; <date>": the names vary, the label not.
    names = ["bphgravity", "mdshunk", "solaeros", "khixxx"]
    feet = [[f"Reactions: {names[n - 1]}, {names[n - 2]} and {n} others",
             f"Last edited by {names[n]}; Feb {n + 10}, 2026 at 9:1{n} am",
             f"Edited June {n + 3}, 2024 by {names[n]}"] for n in range(4)]
    document = _thread([[]] * 4, feet)
    gone = set(_furniture(document))
    for foot in feet:
        assert set(foot) <= gone
    _assert_posts_kept(document)


def test_a_posts_head_code_and_numbered_headings_stay() -> None:
    # "Post by <name> » <date>" is the post's head, which the thread keeps; a line of code and
    # a numbered heading open with a word and a colon as a label does, but are a post's own.
    names = ["anna", "bernard", "celia", "dmitri"]
    chapters = ["Arrival", "Food", "Hotels", "Going home"]
    calls = ["connect()", "parse(text)", "run()", "close(handle)"]
    heads = [[f"Post by {name} » Sat Feb 2{n}, 2024 12:4{n} pm", f"Chapter {n}: {chapter}"]
             for n, name, chapter in zip(range(1, 5), names, chapters, strict=True)]
    feet = [[f"try: {call}"] for call in calls]
    document = _thread(heads, feet)
    gone = _furniture(document)
    for head, foot in zip(heads, feet, strict=True):
        assert not {*head, *foot} & set(gone)
    _assert_posts_kept(document)


def test_an_articles_repeated_labels_stay() -> None:
    # The same shape on a page that is no thread: an article's label per item is its own.
    document = _thread(DISCOURSE_HEADS, LIKES, url=ARTICLE_URL)
    assert _furniture(document) == []
    document = _thread(DISCOURSE_HEADS, LIKES, url="")
    assert _furniture(document) == []


def test_two_posts_show_no_template() -> None:
    document = _thread(DISCOURSE_HEADS[:2], LIKES[:2], POSTS[:2])
    assert _furniture(document) == []
    assert "2 Likes" in document.paragraphs


def test_a_line_replies_quote_word_for_word_stays() -> None:
    # A heading of the opening post that three replies quote: a post's own words.
    quoted = "Battery life under real load matters most"
    heads = [[], [quoted], [quoted], [quoted]]
    document = _thread(heads, LIKES)
    assert quoted in document.paragraphs
    assert quoted not in _furniture(document)


def test_a_short_reply_that_ends_a_sentence_stays() -> None:
    posts = (POSTS[0], "Thanks!", POSTS[1], "Thanks!", POSTS[2], "Thanks!")
    heads = [[f"user{n} January {n}, 2025, 7:3{n}pm {n}"] for n in range(1, 7)]
    document = _thread(heads, [[]] * 6, posts)
    assert "Thanks!" in document.paragraphs
    assert len(_furniture(document)) == 6


def test_figure_words_are_the_words_holding_a_digit() -> None:
    assert _FIGURE_WORD.findall("2,232 1 gold badge #12 7:30pm") == [
        "2,232", "1", "#12", "7:30pm"]


def test_figure_words_on_adversarial_input() -> None:
    # Possessive runs: long runs of digits, of non-space letters and of both end at once.
    for text in ("1" * 50_000, "a" * 50_000, "a1" * 25_000, "a1 " * 15_000, "#" * 50_000):
        assert sum(1 for _ in _FIGURE_WORD.finditer(text)) <= len(text)
    big = "\n\n".join([TITLE] + [f"user{n} January 3, 2025, 7:30pm {n}\n\n{POSTS[n % 4]}"
                                 for n in range(2_000)])
    assert dechrome.clean(big, url=THREAD_URL).paragraphs


_SENTENCE = st.sampled_from([*POSTS, REPLY,
    "The charger that came with mine died after a year, so check what a spare one costs.",
    "Weight matters more than you think when you carry it through airports every week.",
    "A matte screen is worth paying for if you ever work outside or on a train.",
    "Mine runs older games fine, but anything recent needs the lowest settings."])
_FURNITURE = st.sampled_from(["Reply", "Quote", "2 Likes", "Joined", "Messages: 12",
                              "#4", "Report", "Senior Member", "alkersan May 3, 2024, 1:02pm 4"])


@settings(max_examples=40, deadline=None)
@given(posts=st.lists(_SENTENCE, min_size=1, max_size=8, unique=True),
       furniture=st.lists(_FURNITURE, min_size=1, max_size=3))
def test_a_threads_posts_are_kept(posts: list[str], furniture: list[str]) -> None:
    """Whatever furniture surrounds them, rule post-furniture takes no post of a thread,
    and the body cleaned again is the same."""
    blocks = [TITLE]
    for post in posts:
        blocks += [*furniture, post]
    document = dechrome.clean("\n\n".join(blocks), url=THREAD_URL)
    gone = _furniture(document)
    for post in posts:
        assert post not in gone
    again = dechrome.clean("\n\n".join(document.paragraphs), url=THREAD_URL)
    assert again.paragraphs == document.paragraphs
