"""`Document.page_kind`: fixtures per kind, the tests that decide it, the corpus filter, and
properties (the same input gives the same kind; it never raises)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

import dechrome
from dechrome import cli
from dechrome.pagekind import KINDS, classify, keep_kinds, parse_kinds, read_hints
from dechrome.pagekind.decide import Signals, decide
from dechrome.pagekind.frame import FrameSignals, measure_frame
from dechrome.pagekind.markup import MarkupHints
from dechrome.pagekind.signals import TextSignals, measure
from dechrome.pagekind.url import is_dated, is_front, is_section, read_url, url_kinds
from tests.conftest import FIXTURES

KIND_FIXTURES = sorted((FIXTURES / "kinds").glob("*.json"))


def _source(expected: Path) -> Path:
    return next(path for path in expected.parent.glob(f"{expected.stem}.*")
                if path.suffix != ".json")


@pytest.mark.parametrize("expected", KIND_FIXTURES, ids=lambda path: path.stem)
def test_fixture_kind(expected: Path) -> None:
    case = json.loads(expected.read_text(encoding="utf-8"))
    document = dechrome.clean(_source(expected).read_bytes(), url=case["url"])
    assert document.page_kind == case["kind"], document.page_kind_evidence
    assert document.page_kind_evidence
    assert all(isinstance(word, str) and word for word in document.page_kind_evidence)


def test_every_kind_but_other_has_a_fixture_in_text_mode() -> None:
    kinds = {json.loads(path.read_text(encoding="utf-8"))["kind"] for path in KIND_FIXTURES
             if _source(path).suffix == ".txt"}
    assert kinds == set(KINDS)


def _text(**changes: object) -> TextSignals:
    base = TextSignals(body_words=0, prose_words=0, prose_paragraphs=0, dated=False,
                       bylined=False, titled=False, code_lines=0, short_lines=0)
    return replace(base, **changes)  # type: ignore[arg-type]


def _decide(text: TextSignals, markup: MarkupHints | None = None, url: str | None = None
            ) -> tuple[str, tuple[str, ...]]:
    return decide(Signals(text, markup, read_url(url)))


def test_prose_with_a_date_and_a_byline_is_an_article() -> None:
    kind, evidence = _decide(_text(body_words=400, prose_words=380, dated=True, bylined=True))
    assert kind == "article"
    assert "a long run of prose" in evidence and "a byline" in evidence


def test_prose_alone_is_not_enough() -> None:
    # A page whose frame the cleaning took out: its prose, with no date or byline, could
    # be a service's or a handbook's.
    assert _decide(_text(body_words=400, prose_words=380, removed_words=300))[0] == "other"


def test_a_bare_body_of_prose_is_an_article() -> None:
    # A body cleaned before: nothing left to take out, the date line and byline gone.
    kind, evidence = _decide(_text(body_words=400, prose_words=380, removed_words=20))
    assert kind == "article"
    assert "a bare body of prose, no date or byline left" in evidence
    # Not from markup (an HTML page is never a body cleaned before), nor with little prose.
    assert _decide(_text(body_words=400, prose_words=380), MarkupHints())[0] == "other"
    assert _decide(_text(body_words=400, prose_words=100))[0] == "other"


def test_the_url_alone_never_decides() -> None:
    for url in ("https://forum.example/threads/a-question.12/", "https://x.example/products/mug",
                "https://docs.example/guide/install", "https://x.example/tag/news/",
                "https://x.example/services/consulting/"):
        assert _decide(_text(dated=True, bylined=True), url=url)[0] == "other", url


def test_a_sections_address_counts_against_an_article() -> None:
    # A section front prints its latest story's prose, date and byline.
    text = _text(body_words=400, prose_words=380, dated=True)
    assert _decide(text, url="https://paper.example/a-local-story-about-the-new-park")[0] == (
        "article")
    kind, evidence = _decide(text, url="https://paper.example/sections/science/")
    assert kind == "other"
    assert evidence == ("no kind's evidence reached its threshold",)
    # A section's address and the list's own shape make a listing (the address alone, or
    # beside the URL's own word for a list, does not: the URL never decides alone).
    teasers = _text(body_words=300, prose_words=40, short_lines=30)
    kind, evidence = _decide(teasers, url="https://paper.example/science/")
    assert kind == "listing" and "a section's address" in evidence
    assert _decide(teasers, url="https://paper.example/science/a-story-of-the-new-park")[0] == (
        "other")
    # A post's word in the address outweighs the shape (`/article/web-design`).
    assert _decide(text, url="https://mag.example/article/webdesign/")[0] == "article"


def test_a_posts_furniture_taken_out_counts_for_an_article() -> None:
    # An undated guide whose "READ MORE:" lines the cleaning took out.
    text = _text(body_words=600, prose_words=500, removed_words=400)
    assert _decide(text)[0] == "other"
    kind, evidence = _decide(replace(text, furnished=True))
    assert kind == "article"
    assert "a post's furniture taken out (comments' head, author's box, read-also)" in evidence
    lines = [f"Paragraph {n} of the guide says how the council chose the park, and why it will "
             "need more trees than the plan first counted." for n in range(4)]
    lines.insert(1, "READ MORE: Why the city plans three new parks this year")
    assert measure(dechrome.clean("\n\n".join(lines))).furnished
    assert not measure(dechrome.clean("\n\n".join(lines[:1] + lines[2:]))).furnished


def test_a_dated_address_is_a_posts() -> None:
    # A signed post of short paragraphs whose markup states no date.
    text = _text(body_words=900, prose_words=50, bylined=True)
    url = "https://books.example/2025/12/book-beat-gothic-romance-and-more"
    kind, evidence = _decide(text, MarkupHints(), url)
    assert kind == "article" and "the URL dates a post" in evidence
    assert _decide(text, MarkupHints(), "https://books.example/book-beat-gothic-romance-and-more"
                   )[0] == "other"
    assert is_dated("https://x.example/2019/11/19/a-game") and is_dated("https://x.example/2025/1/")
    assert not is_dated("https://x.example/2025/report") and not is_dated(None)


@pytest.mark.parametrize(("url", "section"), [
    ("https://x.example/gaming/", True), ("https://x.example/sections/science", True),
    ("https://x.example/", False), ("https://x.example/a/b/c", False),
    ("https://x.example/pest-control", False), ("https://x.example/page2", False),
    ("https://x.example/news?page=2", False), (None, False),
])
def test_is_section(url: str | None, section: bool) -> None:
    assert is_section(url) is section


def test_a_numbered_thread_over_posts_is_a_forum_despite_a_date_and_byline() -> None:
    url = "https://community.example/topic/18427/which-tent-for-winter"
    text = _text(body_words=600, prose_words=550, dated=True, bylined=True,
                 frame=FrameSignals(post_heads=2))
    kind, evidence = _decide(text, url=url)
    assert kind == "forum"
    assert "the URL numbers the thread, over posts" in evidence
    # Without a post's head on the page, the URL's number is no evidence.
    assert _decide(replace(text, frame=FrameSignals()), url=url)[0] == "article"


def test_a_comment_thread_under_the_body_is_no_forum() -> None:
    # An article whose readers' comments the cleaning took out: posts under dated heads,
    # speaker lines, but the thread was under the page's own text.
    thread = FrameSignals(speakers=10, post_heads=20, posts_share=0.83)
    text = _text(body_words=265, prose_words=238, dated=True, frame=thread)
    assert _decide(text)[0] == "forum"
    kind, evidence = _decide(replace(text, commented=True))
    assert kind == "article", evidence


def test_a_declared_collection_page_is_no_article() -> None:
    hints = MarkupHints(types=("ItemList", "CollectionPage"), og_type="article")
    text = _text(body_words=1600, prose_words=1150)
    kind, evidence = _decide(text, hints)
    assert kind == "listing"
    assert evidence == ("markup declares a list", "markup declares a page of items")
    # A listicle declares an item list beside its article: an article.
    listicle = MarkupHints(types=("Article", "ItemList"), og_type="article")
    assert _decide(text, listicle)[0] == "article"


def test_a_shops_grid_of_cards_with_buttons_is_a_collection_despite_its_prose() -> None:
    # A shop's category page: a signed buying guide under a grid of products.
    grid = MarkupHints(og_type="website", cards=28, frame=FrameSignals(carts=14, prices=22))
    text = _text(body_words=1700, prose_words=1450, prose_paragraphs=35, bylined=True)
    kind, evidence = _decide(text, grid, "https://shop.example/cbd-gummies")
    assert kind == "collection" and "teaser cards beside the shop buttons" in evidence
    # The buttons without the grid: the guide's prose and byline keep it an article.
    alone = replace(grid, cards=0)
    assert _decide(text, alone, "https://shop.example/cbd-gummies")[0] == "article"


def test_og_article_counts_only_where_the_json_ld_names_more_than_the_page() -> None:
    # Site software sets og:type article on every page; a service page's JSON-LD names the
    # page, the site and their parts only, and says what the page is more exactly.
    text = _text(body_words=600, prose_words=500, removed_words=400)
    kind, evidence = _decide(text, MarkupHints(og_type="article"))
    assert kind == "article" and "og:type article" in evidence
    page = MarkupHints(types=("WebPage", "BreadcrumbList"), og_type="article")
    assert _decide(text, page)[0] == "other"
    post = MarkupHints(types=("WebPage", "BlogPosting"), og_type="article")
    assert "og:type article" in _decide(text, post)[1]
    # A recipe or an author's record is more than a plain page's.
    for more in (("WebPage", "Recipe"), ("WebSite", "WebPage", "Person")):
        assert _decide(text, MarkupHints(types=more, og_type="article"))[0] == "article", more


def test_a_person_in_the_json_ld_names_a_posts_author() -> None:
    # A post's graph (page, site, person) with no article record and no date stated: prose
    # alone is no article, its author's record makes it one.
    text = _text(body_words=600, prose_words=500, removed_words=400)
    assert _decide(text, MarkupHints(types=("WebPage", "WebSite")))[0] == "other"
    kind, evidence = _decide(text, MarkupHints(types=("WebPage", "WebSite", "Person")))
    assert kind == "article" and "markup names a person, as a post's author" in evidence
    # A profile's or an about page's person is its subject, or one of its team.
    for page in ("ProfilePage", "AboutPage"):
        assert _decide(text, MarkupHints(types=(page, "Person")))[0] != "article", page


def test_markup_product_with_a_cart_is_a_product() -> None:
    hints = MarkupHints(types=("Product",), carts=1, prices=1)
    kind, evidence = _decide(_text(body_words=80, prose_words=40), hints)
    assert kind == "product"
    assert evidence == ("markup declares a product", "shop buttons", "prices")


def test_a_declared_article_outweighs_a_stray_cart_button() -> None:
    hints = MarkupHints(types=("NewsArticle",), og_type="article", carts=1, published=True)
    text = _text(body_words=900, prose_words=850, bylined=True)
    assert _decide(text, hints)[0] == "article"


def test_a_thread_with_forum_markup_is_a_forum_despite_its_prose() -> None:
    hints = MarkupHints(types=("DiscussionForumPosting",), published=True)
    text = _text(body_words=600, prose_words=550, bylined=True)
    assert _decide(text, hints, "https://x.example/t/which-tent/44")[0] == "forum"


def test_many_calls_to_action_make_a_service_but_under_a_posts_address() -> None:
    # A product's page: prose between its buttons, no date, no byline.
    text = _text(body_words=900, prose_words=500, removed_words=600,
                 frame=FrameSignals(calls=8))
    kind, evidence = _decide(text, url="https://cloud.example/waf-firewall")
    assert kind == "service" and "many calls to action" in evidence
    assert _decide(replace(text, frame=FrameSignals(calls=4)),
                   url="https://cloud.example/waf-firewall")[0] == "other"
    # A company's blog post carries the same buttons.
    post = "https://cloud.example/insights/articles/a-cost-benefit-analysis-of-moving"
    assert _decide(text, url=post)[0] == "article"


def test_a_front_page_is_no_article() -> None:
    text = _text(body_words=600, prose_words=550, dated=True)
    assert _decide(text, url="https://news.example/")[0] != "article"


def test_html_mode_reads_the_markup_date_not_the_documents() -> None:
    # htmldate finds a date on most pages; a post states its own.
    text = _text(body_words=100, prose_words=80, dated=True)
    assert not Signals(text, MarkupHints()).dated
    assert Signals(text, None).dated


@pytest.mark.parametrize(("url", "kinds"), [
    ("https://community.example/t/slow-disk/123", ("forum",)),
    ("https://unix.example.com/questions/78/why-is-dns-using-udp", ("forum",)),
    ("https://shop.example/products/blue-mug", ("product",)),
    ("https://shop.example/collections/mugs", ("collection",)),
    ("https://docs.example.org/3/library/json.html", ("documentation",)),
    ("https://news.example/tag/climate/", ("listing",)),
    ("https://firm.example/services/audit/", ("service",)),
    ("https://news.example/2024/05/12/council-approves-new-park", ("article",)),
    ("https://news.example/about-us", ()),
    # phpBB's rewritten addresses number a topic with "-t".
    ("https://groups.example/fishkeeping/what-to-look-for-before-buying-t17351.html",
     ("forum",)),
    # A newsroom's features section holds posts (a product's features page names no kind).
    ("https://agency.example/nutrition/features/healthy-eating-tips.html", ("article",)),
    # A headline's slug ends with the page's number or its server's extension.
    ("https://tv.example/sci-tech/cruise-study-sees-future-for-astronauts-1.4690347",
     ("article",)),
    ("https://paper.example/local/council-approves-the-new-park-plan.php", ("article",)),
    ("https://paper.example/local/council-approves-the-new-park-plan.zip", ()),
    # A host named for its forum or its blog: threads and posts under any path.
    ("https://www.carforums.example/beginners/1488-which-tyres.html", ("forum",)),
    ("https://blog.maker.example/cad-files-release_127290", ("article",)),
    # A path that names a forum's file, or a blog word inside a host, is no such host.
    ("https://site.example/docs/myforum.html", ("documentation",)),
    ("https://weblogs.example/about-us", ()),
    ("not a url", ()),
    (None, ()),
])
def test_url_kinds(url: str | None, kinds: tuple[str, ...]) -> None:
    assert url_kinds(url) == kinds


def test_front_pages() -> None:
    assert is_front("https://example.com/") and is_front("https://example.com/en-us/")
    assert not is_front("https://example.com/news/") and not is_front(None)


def test_frame_counts_a_thread_and_a_shop() -> None:
    post = "I think the second option is better because it lasts much longer than the first."
    frame = measure_frame(["jane wrote:", post, "bob wrote:", post + " Yes.", "ann wrote:",
                           post + " Indeed.", "Add to cart", "$12.00", "Get started"])
    assert (frame.speakers, frame.lead_speakers, frame.post_heads) == (3, 3, 3)
    assert (frame.carts, frame.prices, frame.calls) == (1, 1, 1)


def test_a_label_repeated_word_for_word_is_one_speaker() -> None:
    # "Report" under each post an article embeds is a widget's label; a thread's speaker
    # lines name their posters, each another line.
    post = "I think the second option is better because it lasts much longer than the first."
    frame = measure_frame([post, "Report", post + " Yes.", "Report", post + " No.", "Report"])
    assert (frame.speakers, frame.lead_speakers) == (1, 1)


def test_bare_ages_are_no_speakers() -> None:
    # A news ticker's "2 hours ago" dates teasers, not a reader's post.
    frame = measure_frame(["2 hours ago", "3 hours ago", "5 hours ago"])
    assert frame.speakers == 0


def test_rejected_input_is_other_with_the_reason() -> None:
    document = dechrome.clean("")
    assert document.rejected is not None
    assert classify(document) == ("other", (f"rejected input: {document.rejected}",))
    assert document.page_kind == "other"
    assert document.page_kind_evidence == (f"rejected input: {document.rejected}",)
    html = dechrome.clean(b"\x00\x01binary", config=dechrome.Config(input="html"))
    assert html.rejected is not None and html.page_kind_evidence[0].startswith("rejected")


def test_to_dict_carries_the_kind() -> None:
    document = dechrome.clean("Some text here.")
    found = document.to_dict()
    # The Document's own kind and evidence, not any kind: a dict that dropped or defaulted
    # them would pass a check of membership alone.
    assert document.page_kind in KINDS and document.page_kind_evidence
    assert found["page_kind"] == document.page_kind
    assert found["page_kind_evidence"] == list(document.page_kind_evidence)


def test_parse_kinds() -> None:
    assert parse_kinds("article, Forum") == frozenset({"article", "forum"})
    with pytest.raises(ValueError, match="unknown page kinds blog"):
        parse_kinds("article,blog")
    with pytest.raises(ValueError, match="none given"):
        parse_kinds(" , ")


def test_keep_kinds_empties_the_body_and_says_why() -> None:
    path = FIXTURES / "kinds" / "product_page.txt"
    document = dechrome.clean(path.read_text(encoding="utf-8"),
                              url="https://shop.example/products/stoneware-coffee-mug")
    assert document.page_kind == "product"
    kept = keep_kinds(document, frozenset({"product"}))
    assert kept is document
    dropped = keep_kinds(document, frozenset({"article"}))
    assert dropped.paragraphs == () and dropped.removals == ()
    assert dropped.page_kind == "product" and dropped.title == document.title
    assert dropped.rejected == "page kind product is not among the kinds kept"
    assert keep_kinds(document, None) is document


def test_adversarial_lines_and_urls_finish() -> None:
    # Long runs of what the patterns match: no backtracking blow-up, and no
    # kind read from them: a run of one token is not a post, a speaker or a
    # shop, and an address made of one repeated piece names no kind.
    for unit in ("$1,", "1.", "a = ", "joined: ", "add to cart ", "(a)", "-a", "get started "):
        line = unit * 5000
        frame = measure_frame([line, line[:80], line[:40]])
        assert (frame.speakers, frame.post_heads, frame.forum_chrome, frame.carts) == (0, 0, 0, 0)
        assert url_kinds("https://x.example/" + (unit.strip() or "a") * 500) == ()
    assert url_kinds("https://x.example/" + "a-" * 5000) == ()
    assert not is_section("https://x.example/" + "a/" * 5000)
    assert not is_dated("https://x.example/" + "2025/" * 2000)
    assert url_kinds("https://" + "a." * 100 + "a" * 60 + ".example/") == ()
    assert url_kinds("https://" + "a-" * 1000 + "forumx.example/") == ()


def test_japanese_running_text_is_prose() -> None:
    # Japanese writes no spaces between words: counted at white space, a page of its running
    # text had no prose at all.
    sentence = ("先日、不正に改造した電話を販売したとして、商標法違反の疑いで男性が逮捕されたという"
                "ニュースを耳にしました。")
    paragraphs = [f"{n}月の話です。{sentence * 2}" for n in range(1, 5)]
    document = dechrome.clean("\n".join(paragraphs), url="https://x.example/blog/a-1")
    text = measure(document)
    assert text.prose_paragraphs == 4
    assert text.prose_share == 1.0
    # Short labels of the same script are not: a menu stays a menu.
    assert measure(dechrome.clean("お客様の声\nよくあるご質問\nブログ")).prose_words == 0


def test_adversarial_cjk_sentence_ends_finish() -> None:
    for unit in ("。", "」", "。」 ", "漢"):
        document = dechrome.clean(unit * 20000)
        assert measure(document).code_lines == 0


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LINES = st.lists(st.sampled_from([
    "jane wrote:", "2 days ago", "Reply", "$24.00", "Add to cart", "Get started",
    "May 3, 2024", "By Anna Muster", "pip install thing", "x = call(y)",
    "The council approved the plan on Tuesday after a long debate about its cost.",
    "Home", "News", "Click to expand...", "Joined: 2019",
]) | st.text(max_size=60), max_size=30).map("\n".join)
_URLS = st.none() | st.sampled_from([
    "https://forum.example/t/a/1", "https://shop.example/products/a", "https://x.example/",
    "https://docs.example/guide/a", "https://news.example/2024/05/01/a-b-c-d-e", "::bad::",
])


@FAST
@given(_LINES, _URLS)
def test_the_same_input_twice_gives_the_same_kind(raw: str, url: str | None) -> None:
    first, second = dechrome.clean(raw, url=url), dechrome.clean(raw, url=url)
    assert first.page_kind == second.page_kind in KINDS
    assert first.page_kind_evidence == second.page_kind_evidence


@FAST
@given(st.text(max_size=400) | st.binary(max_size=400), _URLS)
def test_kind_never_raises(raw: str | bytes, url: str | None) -> None:
    assert dechrome.clean(raw, url=url).page_kind in KINDS


@FAST
@given(_LINES)
def test_kind_of_html_never_raises(body: str) -> None:
    html = f"<html><head><title>t</title></head><body><p>{body}</p></body></html>"
    assert dechrome.clean(html, config=dechrome.Config(input="html")).page_kind in KINDS


def _kind_corpus(tmp_path: Path) -> Path:
    lines = []
    for stem in ("article_news", "product_page", "forum_thread"):
        case = json.loads((FIXTURES / "kinds" / f"{stem}.json").read_text(encoding="utf-8"))
        text = (FIXTURES / "kinds" / f"{stem}.txt").read_text(encoding="utf-8")
        lines.append(json.dumps({"id": stem, "text": text, "url": case["url"]}))
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_kinds_keeps_the_named_kinds_and_counts_all(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    arguments = ["clean", "--jsonl", str(_kind_corpus(tmp_path)), "-o", str(out),
                 "--kinds", "article,forum"]
    assert cli.main(arguments) == 0
    records = {r["id"]: r["dechrome"] for r in map(json.loads, out.read_text().splitlines())}
    assert {name: r["page_kind"] for name, r in records.items()} == {
        "article_news": "article", "product_page": "product", "forum_thread": "forum"}
    assert records["article_news"]["text"] and records["forum_thread"]["text"]
    assert records["product_page"]["text"] == ""
    assert records["product_page"]["rejected"] == "page kind product is not among the kinds kept"
    summary = capsys.readouterr().err
    assert "kinds: " in summary
    assert all(f"{kind} 1" in summary for kind in ("article", "product", "forum"))


def test_cli_rejects_an_unknown_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["clean", "--jsonl", "-", "--kinds", "blog"])
    assert "unknown page kinds blog" in capsys.readouterr().err


def test_parquet_output_carries_the_kind(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from dechrome import parquet  # noqa: PLC0415  (pyarrow is optional)

    text = (FIXTURES / "kinds" / "product_page.txt").read_text(encoding="utf-8")
    source, target = tmp_path / "in.parquet", tmp_path / "out.parquet"
    pq.write_table(pa.table({"text": [text], "url": ["https://shop.example/products/mug"]}),
                   source)
    parquet.clean_parquet(source, target)
    assert pq.read_table(target).column("dechrome_page_kind").to_pylist() == ["product"]


def test_an_articles_body_cleaned_again_is_still_an_article() -> None:
    # The first cleaning takes the date line and the byline into the metadata; the body
    # cleaned again has only its prose left, and is named as it was.
    source = FIXTURES / "kinds" / "article_undated.txt"
    url = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))["url"]
    first = dechrome.clean(source.read_bytes(), url=url)
    assert first.date is not None and first.authors
    again = dechrome.clean(first.text, url=url)
    assert again.date is None and not again.authors
    assert first.page_kind == again.page_kind == "article", again.page_kind_evidence
    assert "a bare body of prose, no date or byline left" in again.page_kind_evidence



def _ld_page(record: str) -> str:
    return (f'<html><head><script type="application/ld+json">{record}</script></head>'
            "<body><p>Text.</p></body></html>")


def test_a_plain_page_records_date_is_no_posts_date() -> None:
    def published(record: str) -> bool:
        return read_hints(lxml_html.fromstring(_ld_page(record))).published

    # Site software dates every page in its WebPage record; a post's date is in its own.
    assert not published('{"@type": "WebPage", "datePublished": "2024-01-02"}')
    assert not published('{"@graph": [{"@type": ["WebPage", "FAQPage"], '
                         '"datePublished": "2024-01-02"}]}')
    assert published('{"@graph": [{"@type": "WebPage", "datePublished": "2024-01-02"}, '
                     '{"@type": "BlogPosting", "datePublished": "2024-01-02"}]}')
    assert published('{"@type": "Event", "datePublished": "2024-01-02"}')
    # A record of no readable type is no plain page's: its date counts.
    assert published('{"@type": 7, "datePublished": "x"}')


def test_a_reference_page_dated_by_its_last_update_is_documentation() -> None:
    # Reference pages print when they were last updated, and no author.
    text = _text(body_words=900, prose_words=700, dated=True, removed_words=500)
    kind, evidence = _decide(text, url="https://docs.example.org/guide/select.html")
    assert kind == "documentation"
    assert evidence == ("the URL names documentation", "no byline")
    # A byline makes it a post about the subject.
    assert _decide(replace(text, bylined=True), url="https://docs.example.org/guide/x")[0] \
        == "article"
    # A dated blog post with code blocks and no byline found is no reference page.
    post = replace(text, code_lines=8)
    assert _decide(post, url="https://blog.example.org/2018/10/09/a-cop-for-duplicates")[0] \
        == "article"
