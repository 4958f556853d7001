"""Tab panels: text each panel prints is that panel's own, not a copy; a copy in one panel,
or outside the panels, still goes. And a paragraph put back from the page goes back once."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.html.extract import Unit, extract
from dechrome.html.panels import is_panel, panel_spans
from dechrome.html.parse import parse_page
from dechrome.html.rules import RULES, Extracted, judge
from dechrome.html.source import PageText
from dechrome.normalize import normalise
from dechrome.pipeline import Segmented, clean_blocks
from dechrome.reasons import Reason, Rule
from dechrome.segment import segment

STEP = "Replace the number in the example with the number of the test phone you were given."
INTRO = ("<h1>Send a message</h1><p>" + "This quickstart sends a message and reads the reply "
         "that comes back from the phone. " * 3 + "</p>")


def _page(panels: list[str], *, role: bool = True) -> str:
    marker = 'role="tabpanel"' if role else 'class="tab-pane"'
    body = "".join(f"<div {marker}>{panel}</div>" for panel in panels)
    return f"<html><body><main><article>{INTRO}<div>{body}</div></article></main></body></html>"


def _blocks(texts: list[str], panels: tuple[int, ...]) -> dechrome.Document:
    joined = "\n\n".join(texts)
    # The rules HTML mode runs on its blocks: not those that find the page's frame.
    config = dechrome.Config()
    config = replace(config, rules=config.rules - config.html_skip)
    return clean_blocks(Segmented(segment(joined, config), normalise(joined), None, True, panels),
                        url=None, config=config)


def test_the_same_paragraph_in_two_panels_is_each_panels_own() -> None:
    lead = "An opening paragraph of the guide, which runs for a sentence or two of plain text."
    document = _blocks([lead, STEP, "client.send(body)", STEP, "send --body text"], (0, 1, 1, 2, 2))
    assert [r for r in document.removals if r.rule is Rule.EXACT_DUPLICATE] == []
    assert document.paragraphs.count(STEP) == 2


def test_a_copy_inside_one_panel_goes_with_its_reason() -> None:
    lead = "An opening paragraph of the guide, which runs for a sentence or two of plain text."
    document = _blocks([lead, STEP, "client.send(body)", STEP, "send --body text"], (0, 1, 1, 1, 2))
    (removal,) = [r for r in document.removals if r.rule is Rule.EXACT_DUPLICATE]
    assert removal.text == STEP
    assert removal.reason is Reason.DUPLICATE
    assert document.paragraphs.count(STEP) == 1


def test_without_panels_the_copy_goes() -> None:
    lead = "An opening paragraph of the guide, which runs for a sentence or two of plain text."
    document = _blocks([lead, STEP, "client.send(body)", STEP, "send --body text"], (0, 0, 0, 0, 0))
    assert [r.rule for r in document.removals] == [Rule.EXACT_DUPLICATE]


def test_panels_are_named_by_role_or_class() -> None:
    tree = parse_page('<div><div role="tabpanel">a</div><div class="cli-tab-pane">b</div>'
                      '<div class="woocommerce-Tabs-panel">c</div><div class="tab-content">d</div>'
                      '<div class="mega-nav-tab-pane-wrapper">e</div></div>')
    found = [is_panel(element) for element in tree.iter("div")][1:]
    assert found == [True, True, True, False, False]


def test_a_lone_panel_is_no_tab_set() -> None:
    tree = parse_page(_page([f"<p>{STEP}</p>"]))
    assert panel_spans(tree, PageText(tree)) == []
    tree = parse_page(_page([f"<p>{STEP}</p>", "<p>Another panel.</p>"]))
    assert len(panel_spans(tree, PageText(tree))) == 2


def test_a_copy_outside_the_panels_still_goes() -> None:
    closing = "<p>" + "A closing paragraph that the page prints twice, word for word. " * 2 + "</p>"
    html = _page([f"<p>{STEP}</p><pre>print(1)</pre>", f"<p>{STEP}</p><pre>echo 1</pre>"])
    html = html.replace("</article>", closing + "<p>Something between.</p>" + closing
                        + "</article>")
    document = dechrome.clean(html)
    assert document.paragraphs.count(STEP) == 2
    assert [r.rule for r in document.removals if "closing" in r.text] == [Rule.EXACT_DUPLICATE]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(count=st.integers(2, 5), role=st.booleans(),
       codes=st.lists(st.from_regex(r"[a-z]{3,8}\([0-9]{1,3}\)", fullmatch=True),
                      min_size=5, max_size=5, unique=True))
def test_every_panel_keeps_the_steps_it_shares(count: int, role: bool,
                                               codes: list[str]) -> None:
    panels = [f"<p>{STEP}</p><pre>{code}</pre><p>Run it from the terminal and wait.</p>"
              for code in codes[:count]]
    document = dechrome.clean(_page(panels, role=role))
    assert document.paragraphs.count(STEP) == count
    assert [r for r in document.removals if r.rule is Rule.EXACT_DUPLICATE] == []


def test_a_linked_paragraph_is_put_back_once() -> None:
    # A code listing's line numbers ("1", "2") stand in the menu above the article too: each
    # is placed in page order, not at its first place, or the linked paragraph would lie
    # between every number and its line and be put back after each.
    linked = ('<p><a href="/x">For a version without code, see the no-code quickstart for '
              'sending messages from the dashboard.</a></p>')
    numbers = "".join(f"<p>{n}</p><p>line_{n} = value_{n}</p>" for n in range(1, 6))
    html = ('<html><body><nav><a href="/v1">API v1 2 3 4 5</a></nav><main><article>'
            f"{INTRO}{linked}<div>{numbers}</div>"
            "<p>" + "The program prints the message it sent, and the reply. " * 3 + "</p>"
            "</article></main></body></html>")
    document = dechrome.clean(html)
    texts = [*document.paragraphs, *(r.text for r in document.removals)]
    assert sum("no-code quickstart" in text for text in texts) == 1


def _card(title: str, byline: str) -> str:
    return (f'<article><h2><a href="/{title[:5]}">{title}</a></h2><p>{byline}</p><p>'
            + f"A summary of the post called {title}, which runs for a sentence or two. " * 2
            + "</p></article>")


def test_bylines_of_a_lists_items_are_its_structure() -> None:
    cards = "".join(_card(title, byline) for title, byline in [
        ("Caching", "By Maria Lopez • Dec. 19, 2025"), ("Queues", "By Tom Becker • Dec. 16, 2025"),
        ("Testing", "By Sam Okafor • Dec. 4, 2025")])
    html = f"<html><body><main><h1>Latest posts</h1>{cards}</main></body></html>"
    document = dechrome.clean(html)
    assert "By Tom Becker • Dec. 16, 2025" in document.paragraphs
    assert [r for r in document.removals if r.rule is Rule.BYLINE] == []


def test_an_articles_own_byline_still_goes_with_its_reason() -> None:
    body = "<p>" + "The council voted on the new budget late on Tuesday evening. " * 4 + "</p>"
    html = (f"<html><body><main><article><h1>Council passes the budget</h1>"
            f"<p>By Maria Lopez • Dec. 19, 2025</p>{body}{body.replace('council', 'mayor')}"
            "</article></main></body></html>")
    document = dechrome.clean(html)
    (removal,) = [r for r in document.removals if r.rule is Rule.BYLINE]
    assert removal.text == "By Maria Lopez • Dec. 19, 2025"
    assert removal.reason is Reason.BYLINE


def test_a_list_of_links_inside_the_article_stays_and_one_after_it_goes() -> None:
    text = Unit("p", "A paragraph of the article that runs on as plain text for a while here.", 0)
    listed = [Unit("item", "- missing canonical links", 23), Unit("item", "- slow pages", 10)]
    related = Unit("item", "- Ten ways to make your pages load faster", 39)
    units = [text, text, *listed, text, text, text, related, text]
    found = judge(Extracted(units, dechrome.Config()))
    # The list has running text before it and three paragraphs after; the one near the end
    # has one paragraph after it (an author's note): chrome.
    assert found == {7: Rule.LINK_DENSE}
    assert RULES[0].name is Rule.LINK_DENSE and RULES[0].reason is Reason.LINKS


def test_a_code_listing_repeats_its_lines_as_syntax() -> None:
    # Between two copies of "then" stand only short lines: no distinct content, as
    # page text judges it; in code, they are syntax.
    script = "\n".join(f"if test_{n}\nthen\n  run_{n}\nfi" for n in range(3))
    html = (f"<html><body><main><article>{INTRO}<pre><code>{script}</code></pre>"
            "<p>" + "The script stops at the first argument that is missing. " * 3 + "</p>"
            "</article></main></body></html>")
    document = dechrome.clean(html)
    body = "\n".join(document.paragraphs)
    assert body.split("\n").count("fi") == 3 and body.split("\n").count("then") == 3
    assert [r for r in document.removals if r.reason is Reason.DUPLICATE] == []


def test_a_paragraph_printed_twice_beside_code_still_goes() -> None:
    twice = "<p>" + "Run the script from the folder that holds the data files. " * 2 + "</p>"
    html = (f"<html><body><main><article>{INTRO}{twice}<pre><code>run.sh\nrun.sh</code></pre>"
            f"<p>Something else between the two.</p>{twice}</article></main></body></html>")
    document = dechrome.clean(html)
    assert [r.rule for r in document.removals if r.reason is Reason.DUPLICATE] == [
        Rule.EXACT_DUPLICATE]


def test_a_headings_own_anchor_is_no_link_text() -> None:
    html = (f"<html><body><main><article>{INTRO}"
            '<h2 id="setup"><a href="#setup">Set up the client</a></h2>'
            + "<p>" + "Install the client library and give it your key before you start. " * 2
            + "</p>" + '<h2><a href="/elsewhere">Read another guide entirely</a></h2>'
            + "<p>" + "The last paragraph of the guide says what to do next with it. " * 2
            + "</p></article></main></body></html>")
    units = {unit.text: unit for unit in extract(parse_page(html), favor_precision=False).units}
    assert units["Set up the client"].link_share == 0.0
    assert units["Read another guide entirely"].link_share == 1.0


_PRODUCT_LD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
               '"Product", "name": "Cast Iron Skillet, 12 Inch", "offers": {"@type": "Offer", '
               '"price": "39.90"}}</script>')


def _shop_page(head: str) -> str:
    return ("<html><head><title>Cast Iron Skillet, 12 Inch | Example Shop</title>" + head
            + "</head><body><main><h1>Cast Iron Skillet, 12 Inch</h1>"
            "<p class='price'>$39.90</p><button class='add-to-cart'>Add to cart</button><p>"
            + "A heavy pan that holds its heat, seasoned and ready for gas or induction. " * 2
            + "</p><p>" + "Wash it by hand, dry it on the stove and oil it after each use. " * 2
            + "</p></main></body></html>")


def test_a_product_pages_name_heads_its_content() -> None:
    document = dechrome.clean(_shop_page(_PRODUCT_LD))
    assert document.page_kind == "product"
    assert document.title == "Cast Iron Skillet, 12 Inch"
    assert document.paragraphs[0] == "Cast Iron Skillet, 12 Inch"
    assert [r for r in document.removals if r.rule is Rule.TITLE_DUPLICATE] == []


def test_an_articles_headline_copy_still_goes_with_its_reason() -> None:
    body = "<p>" + "The council voted on the new budget late on Tuesday evening. " * 4 + "</p>"
    html = ("<html><head><title>Council passes the budget | Example News</title></head><body>"
            f"<main><article><h1>Council passes the budget</h1>{body}{body}"
            "</article></main></body></html>")
    document = dechrome.clean(html)
    (removal,) = [r for r in document.removals if r.rule is Rule.TITLE_DUPLICATE]
    assert removal.text == "Council passes the budget"
    assert removal.reason is Reason.HEADLINE
