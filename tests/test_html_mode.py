"""HTML mode: detection, decoding, golden pages, bad input, the HTML rules and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.cli import main
from dechrome.html import decode_html, looks_like_html
from dechrome.html.extract import Unit, drop_markup_only
from dechrome.html.parse import parse_page
from dechrome.html.recover import recover_lead
from dechrome.html.rules import Extracted, judge, title_copies
from tests.conftest import FIXTURES, SEEDS

HTML_FIXTURES = sorted((FIXTURES / "html").glob("*.html"))
HTML = dechrome.Config(input="html")
PARAGRAPH = "<p>" + "This sentence of the article is plain running text for the test. " * 3 + "</p>"


@pytest.mark.parametrize("path", HTML_FIXTURES, ids=lambda path: path.stem)
def test_golden_html_page(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    document = dechrome.clean(path.read_bytes())
    assert document.mode == "html"
    assert document.rejected is None
    assert document.title == expected["title"]
    assert list(document.paragraphs) == expected["paragraphs"]
    assert document.date == expected["date"]
    assert list(document.authors) == expected["authors"]
    assert [[str(r.rule), r.text] for r in document.removals] == expected["removed"]


def test_page_chrome_comments_and_scripts_never_reach_the_body() -> None:
    document = dechrome.clean((FIXTURES / "html" / "en_news_article.html").read_bytes())
    body = document.text
    for chrome in ("Share on Facebook", "Finally! We have waited", "tracking code",
                   "School opens new science wing", "Privacy", "Photo: Riverside Courier"):
        assert chrome not in body
    assert document.summary == "The council voted 7 to 2 for a park along the old docks."


@pytest.mark.parametrize("raw", [
    "<!DOCTYPE html><html><body><p>x</p></body></html>",
    "\ufeff  <html lang='de'>",
    "<!-- saved page -->\n<HEAD><title>x</title>",
    b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>",
    "<div><p>One</p><p>Two</p><span>three</span><a href='x'>four</a></div>",
])
def test_html_is_detected(raw: str | bytes) -> None:
    assert looks_like_html(raw)


@pytest.mark.parametrize("raw", [
    "Headline\n\nA first paragraph with <b>bold</b> words in running text.",
    "",
    "if (a < b && c > d) { return; }",
])
def test_text_is_not_html(raw: str) -> None:
    assert not looks_like_html(raw)


def test_seed_texts_stay_in_text_mode() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        assert dechrome.clean(path.read_bytes()).mode == "text"


def test_declared_charset_decodes_legacy_bytes() -> None:
    raw = '<html><head><meta charset="windows-1252"></head><body>Grüße – 5 €</body></html>'
    assert "Grüße – 5 €" in (decode_html(raw.encode("cp1252")) or "")
    assert "Grüße" in (decode_html(b"\xef\xbb\xbf<html>Gr\xc3\xbc\xc3\x9fe") or "")


def test_utf8_bytes_labelled_latin1_are_read_as_utf8() -> None:
    # A server that labels its UTF-8 pages Latin-1: read as declared, "Hôtel" would be
    # "HÃ´tel" and a C1 quote from an old editor "Â’"; as UTF-8 the C1 repair fixes the quote.
    raw = ('<html><head><meta charset="iso-8859-1"></head><body><p>Hôtel du Louvre: '
           "that\x92s it.</p></body></html>").encode()
    assert "Hôtel du Louvre: that\x92s it." in (decode_html(raw) or "")
    document = dechrome.clean(raw, config=HTML)
    assert "Hôtel du Louvre: that\u2019s it." in document.text
    # Latin-1 bytes that are not valid UTF-8 stay in the declared charset.
    assert "Hôtel" in (decode_html(raw.decode().encode("cp1252", "replace")) or "")


def test_a_stray_byte_does_not_outvote_the_declared_charset() -> None:
    text = "Kolejne organizacje sprzeciwiają się atakom na Fundację, grundsätzlich für Vögel. " * 20
    raw = b'<html><head><meta charset="utf-8"></head><body><p>' + text.encode() + b"\xff</p>"
    decoded = decode_html(raw + b"</body></html>") or ""
    assert text in decoded and decoded.count("\ufffd") == 1
    # Many bytes that do not fit: the declaration is wrong, the bytes are read as they are.
    legacy = '<html><head><meta charset="utf-8"></head><body>' + "Grüße, Öl " * 50
    assert "Grüße" in (decode_html(legacy.encode("cp1252")) or "")


def test_latin1_page_keeps_its_umlauts() -> None:
    document = dechrome.clean((FIXTURES / "html" / "de_latin1_article.html").read_bytes())
    assert document.title == "Stadtbibliothek verlängert Öffnungszeiten"
    assert document.authors == ("Jürgen Weiß",)


@pytest.mark.parametrize(("raw", "reason"), [
    (b"", "empty input"),
    (b"\x00\x01\x02\x03" * 1000, "binary"),
    ("<html><head></head><body></body></html>", "no article text"),
    ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
])
def test_bad_html_gives_a_reason(raw: str | bytes, reason: str) -> None:
    document = dechrome.clean(raw, config=HTML)
    assert document.mode == "html"
    assert document.paragraphs == ()
    assert reason in (document.rejected or "")


def test_oversized_html_is_refused() -> None:
    raw = "<html><body>" + PARAGRAPH * 100 + "</body></html>"
    config = dechrome.Config(input="html", max_html_chars=1000)
    assert "max_html_chars" in (dechrome.clean(raw, config=config).rejected or "")


def test_huge_page_is_cleaned() -> None:
    raw = "<html><head><title>Big</title></head><body><article>" + PARAGRAPH * 3000
    document = dechrome.clean(raw + "</article></body></html>")
    assert document.rejected is None and document.paragraphs


def test_link_dense_elements_are_judged_with_a_reason() -> None:
    units = [Unit("item", "- Another story somewhere else", 29),
             Unit("p", "A sentence of running text that links one word only, as articles do.", 5),
             Unit("p", "A whole linked sentence of running text that still belongs here.", 64)]
    found = judge(Extracted(units, dechrome.Config()))
    assert found == {0: dechrome.Rule.LINK_DENSE}
    assert judge(Extracted(units, dechrome.Config().without(dechrome.Rule.LINK_DENSE))) == {}


def test_lists_of_links_stay_on_a_page_that_is_no_article() -> None:
    # A reference page's list of versions, a listing's entries: what the page is for.
    units = [Unit("p", "A sentence of running text that links one word only, as articles do.", 5),
             Unit("head", "Versions of this page", 0),
             Unit("item", "- 3.2.0", 7),
             Unit("item", "- 3.1.1 → 3.1.4 no changes", 0),
             Unit("item", "- 3.1.0", 7),
             Unit("p", "Another story somewhere else, linked whole", 42)]
    found = judge(Extracted(units, dechrome.Config()))
    assert found == {2: dechrome.Rule.LINK_DENSE, 4: dechrome.Rule.LINK_DENSE,
                     5: dechrome.Rule.LINK_DENSE}
    # A linked line that is no list item nor heading is judged as before.
    assert judge(Extracted(units, dechrome.Config(), lists_kept=True)) == {
        5: dechrome.Rule.LINK_DENSE}


def test_a_reference_pages_list_of_links_stays_and_an_articles_goes() -> None:
    reference = dechrome.clean((FIXTURES / "html" / "reference_page_see_also_links.html")
                               .read_bytes())
    article = dechrome.clean((FIXTURES / "html" / "news_article_related_links.html").read_bytes())
    assert reference.page_kind == "documentation" and article.page_kind == "article"
    assert "- the 3.2.0 manual page" in reference.paragraphs
    assert not any(removal.rule is dechrome.Rule.LINK_DENSE for removal in reference.removals)
    linked = [removal.text for removal in article.removals
              if removal.rule is dechrome.Rule.LINK_DENSE]
    assert linked and all(text.startswith("- ") for text in linked)


def test_a_linked_paragraph_stays_even_when_cut_off_mid_sentence() -> None:
    words = " ".join(f"word{i}" for i in range(49))
    text = f"Linked text. {words} and then the"
    long_cut = Unit("p", text, len(text))
    short_cut = Unit("p", "Linked teaser text of a dozen words that stops in the", 53)
    found = judge(Extracted([long_cut, short_cut], dechrome.Config()))
    assert found == {1: dechrome.Rule.LINK_DENSE}


def test_title_copies_match_the_headline_and_its_title_run() -> None:
    texts = ["Is Football Violence a Crime?", "The first paragraph of the article.",
             "The second paragraph of the article.", "IS FOOTBALL VIOLENCE A CRIME"]
    titles = ["Opinion | Is Football Violence a Crime? - WSJ"]
    assert list(title_copies(texts, titles)) == [0]
    assert list(title_copies(texts, ["Is football violence a crime?"])) == [0, 3]


def test_lead_between_headline_and_first_paragraph_is_recovered() -> None:
    lead = "The lead paragraph sums up the news in one sentence that the extractor dropped."
    first = "The first paragraph of the body follows the lead and tells the story in detail."
    tree = parse_page(f"<html><body><h1>Headline</h1><div class='byline'>By Someone</div>"
                 f"<div class='teaser'>{lead}</div><figure><figcaption>A caption that reads "
                 f"like a sentence of its own, long enough.</figcaption></figure>"
                 f"<div><p>{first}</p></div></body></html>")
    assert tree is not None
    units = (Unit("p", first, 0),)
    assert [unit.text for unit in recover_lead(tree, units, "Headline")] == [lead, first]


def test_a_dek_named_by_its_id_is_not_recovered_and_a_plain_lead_is() -> None:
    # The id names the element as much as its class does: a summary paragraph styled only by
    # generated classes is still a dek (metadata), while the same lead with a neutral id stays.
    lead = "The lead paragraph sums up the news in one sentence that the extractor dropped."
    first = "The first paragraph of the body follows the lead and tells the story in detail."
    units = (Unit("p", first, 0),)
    for ident, expected in (("article-summary", [first]), ("story-intro", [lead, first])):
        tree = parse_page(f"<html><body><h1>Headline</h1><p id='{ident}' class='css-1x2y'>"
                          f"{lead}</p><div><p>{first}</p></div></body></html>")
        assert tree is not None
        assert [unit.text for unit in recover_lead(tree, units, "Headline")] == expected


def test_markup_only_elements_go_and_the_text_around_them_stays() -> None:
    tree = parse_page("<html><head><meta name='author' content='A. Writer'><link rel='x' href='y'>"
                 "<style>p {}</style></head><body><p>Before<script>var a = 1;</script> after"
                 "<svg><text>label</text></svg><img src='a.jpg'> tail</p>"
                 "<template><p>later</p></template>"
                 "<noscript><p>Shown without scripts.</p></noscript></body></html>")
    assert tree is not None
    drop_markup_only(tree)
    assert not tree.xpath("//script|//style|//svg|//template|//meta|//link|//img")
    assert tree.find(".//p").text_content() == "Before after tail"
    assert tree.find(".//noscript") is not None


def test_json_ld_and_meta_tags_are_read_before_they_are_dropped() -> None:
    body = " ".join(["The article's one paragraph says enough to be kept as a body."] * 4)
    page = ("<html><head><title>Headline</title><meta name='author' content='Ada Writer'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"datePublished\": \"2024-03-05T10:00:00+01:00\"}</script></head>"
            f"<body><article><h1>Headline</h1><p>{body}</p></article></body></html>")
    document = dechrome.clean(page)
    assert document.authors == ("Ada Writer",)
    assert str(document.date)[:10] == "2024-03-05"


def test_a_unit_that_needs_repair_is_repaired_on_its_own() -> None:
    clean = "A first paragraph that needs no repair at all and reads as plain running text."
    broken = "A second paragraph orders a cafÃ© au lait, its accent read in the wrong charset."
    page = (f"<html><body><article><h1>Headline</h1><p>{clean}</p><p>{broken}</p>"
            "</article></body></html>")
    document = dechrome.clean(page)
    assert document.paragraphs == (clean, broken.replace("Ã©", "é"))
    assert document.repairs == ("encoding",)
    assert dechrome.clean(page.replace("Ã©", "é")).repairs == ()


def test_no_recovery_without_a_headline_above() -> None:
    first = "The first paragraph of the body follows the lead and tells the story in detail."
    tree = parse_page(f"<html><body><p>{first.replace('first', 'other')}</p><p>{first}</p>"
                 "</body></html>")
    assert tree is not None
    assert recover_lead(tree, (Unit("p", first, 0),), None) == (Unit("p", first, 0),)


def test_cli_forces_the_input_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = FIXTURES / "html" / "en_news_article.html"
    assert main(["clean", "--json", "--input", "html", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["mode"] == "html"
    assert main(["clean", "--json", "--input", "text", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["mode"] == "text"


def test_nothing_is_fetched() -> None:
    from benchmarks.netguard import no_network  # noqa: PLC0415

    with no_network():
        document = dechrome.clean((FIXTURES / "html" / "en_news_article.html").read_bytes(),
                                  url="https://courier.example/2024/03/14/park.html")
    # The day the URL, the markup and the printed dateline agree on, at the markup's time.
    assert document.date == "2024-03-14T09:30"


_TAGS = st.sampled_from(["<p>", "</p>", "<div class='x'>", "</div>", "<h1>", "</h1>", "<li>",
                         "<a href='/a'>", "</a>", "<script>", "</script>", "<br>", "<!--",
                         "-->", "<table><tr><td>", "&amp;", "&#0;", "<meta charset='x'>"])
_HTMLISH = st.lists(st.one_of(_TAGS, st.text(max_size=40)), max_size=40).map(
    lambda parts: "<html><body>" + "".join(parts))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HTMLISH)
def test_clean_never_raises_on_html_ish_input(raw: str) -> None:
    document = dechrome.clean(raw, config=HTML)
    assert document.mode == "html"
    removed = {removal.block for removal in document.removals}
    kept = [block.text for block in document.blocks if block.index not in removed]
    assert " ".join(kept).split() == " ".join(document.paragraphs).split()


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><h1>Headline of the story</h1>{body}" \
           f"<article>{PARAGRAPH * 3}</article></body></html>"


def test_date_is_read_from_the_publication_meta_tag_not_the_modified_one() -> None:
    head = ('<meta property="article:modified_time" content="2024-05-09T10:00:00+02:00">'
            '<meta property="article:published_time" content="2024-05-07T08:15:00+02:00">')
    assert dechrome.clean(_page(head, ""), config=HTML).date == "2024-05-07T08:15"


def test_date_from_json_ld_when_the_markup_agrees_and_the_url_wins() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2023-2-3T09:00:00Z", "dateModified": "2023-02-05"}</script>')
    assert dechrome.clean(_page(head, ""), config=HTML).date == "2023-02-03T09:00"
    url = "https://news.example/2023/02/04/story.html"
    assert dechrome.clean(_page(head, ""), url=url, config=HTML).date == "2023-02-04"


def test_date_printed_under_the_headline_without_markup() -> None:
    body = "<div class='meta'>Posted 12.07.2025</div>"
    assert dechrome.clean(_page("", body), config=HTML).date == "2025-07-12"


def test_machine_dates_are_parsed() -> None:
    from dechrome.html.dates import machine_date  # noqa: PLC0415

    assert machine_date("2022-5-5 22:17:36") == "2022-05-05T22:17"
    assert machine_date("20200119") == "2020-01-19"
    assert machine_date("Wed, 04 May 2022 02:41:00 GMT") == "2022-05-04"
    assert machine_date("2022-13-40") is None
    assert machine_date("soon") is None


def test_author_from_json_ld() -> None:
    head = ('<script type="application/ld+json">{"@type": "Article", "author": '
            '[{"@type": "Person", "name": "Anna  Muster"}, {"name": "Jan Roe"}]}</script>'
            '<meta name="author" content="Someone Else">')
    assert dechrome.clean(_page(head, ""), config=HTML).authors == ("Anna Muster", "Jan Roe")


def test_site_named_as_author_gives_way_to_the_byline_element() -> None:
    head = '<meta name="author" content="Courier News"><meta property="og:site_name" ' \
           'content="Courier News">'
    body = "<span class='author-name'>Maria Jensen</span>"
    url = "https://couriernews.example/story"
    assert dechrome.clean(_page(head, body), url=url, config=HTML).authors == ("Maria Jensen",)
    alone = dechrome.clean(_page(head, ""), url=url, config=HTML)
    assert alone.authors == ("Courier News",)


def test_no_metadata_search_fetches_anything() -> None:
    from benchmarks.netguard import no_network  # noqa: PLC0415

    page = _page('<meta name="date" content="2021-01-02">', "")
    with no_network():
        document = dechrome.clean(page, url="https://example.org/story", config=HTML)
    assert document.date == "2021-01-02"


def test_author_given_by_json_ld_id_is_named_by_its_node() -> None:
    head = ('<script type="application/ld+json">{"@graph": [{"@type": "Article", "author": '
            '{"@id": "#p1"}}, {"@type": "Person", "@id": "#p1", "name": "Jacob Roe"}]}</script>')
    assert dechrome.clean(_page(head, ""), config=HTML).authors == ("Jacob Roe",)


def test_blog_name_heading_gives_way_to_the_post_title() -> None:
    page = ("<html><head><title>Winter walks by the lake | Notes from Elsewhere</title></head>"
            "<body><h1>Notes from Elsewhere</h1><h2>Winter walks by the lake</h2>"
            f"<article>{PARAGRAPH * 3}</article></body></html>")
    assert dechrome.clean(page, config=HTML).title == "Winter walks by the lake"


def test_headline_keeps_the_quotes_it_is_printed_in() -> None:
    page = ('<html><head><title>"We are deeply shaken" - Courier</title></head><body>'
            f'<h1>"We are deeply shaken"</h1><article>{PARAGRAPH * 3}</article></body></html>')
    assert dechrome.clean(page, config=HTML).title == '"We are deeply shaken"'


def test_date_run_into_the_headline_is_cut_unless_the_title_has_it() -> None:
    def page(title: str) -> str:
        return (f"<html><head><title>{title}</title></head><body>"
                "<h1>1. Februar 2022 Ministerin stellt neue Regeln vor</h1>"
                f"<article>{PARAGRAPH * 3}</article></body></html>")

    cut = dechrome.clean(page("Ministerin stellt neue Regeln vor - Amt"), config=HTML)
    assert cut.title == "Ministerin stellt neue Regeln vor"
    kept = dechrome.clean(page("1. Februar 2022 Ministerin stellt neue Regeln vor"),
                          config=HTML)
    assert kept.title == "1. Februar 2022 Ministerin stellt neue Regeln vor"


def _evidence_values(document: dechrome.Document) -> dict[str, str]:
    return {found.field: found.value for found in document.evidence}


def test_evidence_names_the_markup_when_the_markup_chose_the_value() -> None:
    head = '<meta property="article:published_time" content="2024-05-07T08:15:00+02:00">'
    for body in ("", "<div class='meta'>Posted 07.05.2024</div>"):
        document = dechrome.clean(_page(head, body), config=HTML)
        assert document.date == "2024-05-07T08:15"
        dates = [found for found in document.evidence if found.field == "date"]
        # Without a printed date the text gives none; with one, it gives the day without
        # the time the markup adds: either way the value kept is the markup's.
        assert [(found.value, found.how, found.block) for found in dates] == [
            ("2024-05-07T08:15", "page-markup", None)]
        assert "from the page's markup" in dates[0].explained()


@pytest.mark.parametrize("path", HTML_FIXTURES, ids=lambda path: path.stem)
def test_evidence_gives_the_values_the_document_holds(path: Path) -> None:
    document = dechrome.clean(path.read_bytes(), config=HTML)
    chosen = {"title": document.title, "date": document.date,
              "authors": "; ".join(document.authors) or None}
    values = _evidence_values(document)
    for field, value in chosen.items():
        assert values.get(field) == value
