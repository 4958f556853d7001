"""HTML mode: the date a page prints beside its headline, weighed against its machine dates."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.html import pagemeta
from dechrome.html.datelines import Dateline, read_dateline
from dechrome.html.dates import MarkupDates, read_dates
from dechrome.html.jsonld import ld_objects
from dechrome.html.near import near_headlines
from dechrome.html.pagemeta import tie_break
from dechrome.html.parse import parse_page

HTML = dechrome.Config(input="html")
PARAGRAPH = ("<p>The harbour committee met again on Thursday evening and spent most of the "
             "session on the question of who pays for the new pier lights.</p>")


def _page(head: str, above: str = "", below: str = "", after: str = "") -> str:
    return (f"<html><head>{head}</head><body>{above}<h1>Harbour lights stay on for now</h1>"
            f"{below}<article>{PARAGRAPH * 3}</article>{after}</body></html>")


def _dateline(page: str) -> Dateline:
    tree = parse_page(page)
    assert tree is not None
    return read_dateline(near_headlines(tree))


def test_dateline_under_the_headline_is_read_with_its_label() -> None:
    page = _page("", below="<p class='info'>Erschienen am: 14.06.2021</p>")
    assert _dateline(page) == Dateline("2021-06-14", alone=True)


def test_dateline_above_the_headline_is_read() -> None:
    page = _page("", above="<div class='kicker'><span>03.02.2020</span></div>")
    assert _dateline(page).date == "2020-02-03"


def test_time_element_gives_the_day_it_prints_not_its_utc_day() -> None:
    head = '<meta property="article:published_time" content="2024-03-09T23:30:00Z">'
    below = '<div class="meta"><time datetime="2024-03-09T23:30:00Z">10.03.2024, 00:30</time></div>'
    assert _dateline(_page(head, below=below)).date == "2024-03-10T00:30"
    assert dechrome.clean(_page(head, below=below), config=HTML).date == "2024-03-10T00:30"


def test_time_element_without_printed_date_gives_its_datetime() -> None:
    below = '<time class="stamp" datetime="2019-08-07T10:00:00+02:00">vor 2 Tagen</time>'
    assert _dateline(_page("", below=below)).date == "2019-08-07T10:00"


def test_page_without_a_printed_date_has_no_dateline() -> None:
    assert _dateline(_page("")) == Dateline()
    assert dechrome.clean(_page(""), config=HTML).date is None


def test_event_span_and_running_text_are_no_dateline() -> None:
    below = ("<p class='venue'>Ausstellung vom 9. bis 23. Mai 2022</p>"
             "<p>The committee agreed on 4 May 2022 that the lights would stay.</p>")
    assert _dateline(_page("", below=below)) == Dateline()


def test_dates_in_a_comment_box_are_other_texts() -> None:
    below = "<div class='comment-list'><span>12.12.2012</span></div>"
    assert _dateline(_page("", below=below)) == Dateline()


def test_several_days_near_the_headline_are_a_list_not_a_dateline() -> None:
    below = "".join(f"<div class='item'><span>0{day}.05.2022</span></div>" for day in (2, 4, 6))
    assert _dateline(_page("", below=below)).alone is False
    head = '<meta property="article:published_time" content="2022-04-30T08:00:00+02:00">'
    assert dechrome.clean(_page(head, below=below), config=HTML).date == "2022-04-30T08:00"


def test_update_line_is_no_dateline_by_itself() -> None:
    below = "<p>Last updated: 5 March 2023</p>"
    found = _dateline(_page("", below=below))
    assert found.date == "2023-03-05" and found.alone is False


def test_lone_dateline_wins_over_a_differing_meta_tag() -> None:
    head = '<meta property="article:published_time" content="2021-06-01T09:00:00+02:00">'
    page = _page(head, above="<span class='date'>14.06.2021</span>")
    assert dechrome.clean(page, config=HTML).date == "2021-06-14"


def test_printed_modification_date_is_taken_when_the_markup_has_it() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2023-01-05T08:00:00+01:00", '
            '"dateModified": "2023-02-10T16:00:00+01:00"}</script>')
    below = "<p class='meta'>Updated 10 February 2023</p>"
    # The printed day, at the time the markup gives for it.
    assert dechrome.clean(_page(head, below=below), config=HTML).date == "2023-02-10T16:00"
    # Without the printed line, the publication date stands.
    assert dechrome.clean(_page(head), config=HTML).date == "2023-01-05T08:00"


def test_modification_dates_are_kept_apart_from_publication() -> None:
    head = ('<meta property="article:modified_time" content="2020-07-08T10:00:00Z">'
            '<meta name="lastmod" content="2020-07-09">'
            '<script type="application/ld+json">{"@type": "Article", '
            '"dateModified": "2020-07-10"}</script>')
    tree = parse_page(_page(head))
    assert tree is not None
    dates = read_dates(tree, ld_objects(tree))
    assert dates.all() == ()
    assert dates.modified == ("2020-07-08T10:00", "2020-07-09", "2020-07-10")
    assert dates.days() == {"2020-07-08", "2020-07-09", "2020-07-10"}


def test_htmldate_is_asked_only_when_no_dateline_settles_the_day(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[bool] = []

    def fake_htmldate(tree: object, *, extensive: bool) -> str:
        asked.append(extensive)
        return "2020-01-02"

    monkeypatch.setattr(pagemeta, "htmldate", fake_htmldate)
    tree = parse_page(_page(""))
    assert tree is not None
    disagree = MarkupDates(json_ld=("2020-01-02",), meta=("2020-01-05",))
    assert tie_break(tree, disagree, None, Dateline("2020-01-05", alone=False)) is None
    assert tie_break(tree, disagree, None, Dateline("2021-07-07", alone=True)) is None
    assert tie_break(tree, disagree, "2020-01-02", Dateline()) is None
    assert asked == []
    assert tie_break(tree, disagree, None, Dateline("2021-07-07", alone=False)) == "2020-01-02"
    assert tie_break(tree, disagree, None, Dateline()) == "2020-01-02"
    assert asked == [False, False]



def _merged_date(how: str, tied: str | None) -> str | None:
    """The date `merge` chooses when the text read 2020-04-24 in the way `how` and the
    markup states no date, htmldate's search finding `tied`."""
    from dechrome.html.meta import Markup, merge  # noqa: PLC0415  (only these tests)
    from dechrome.model import Document, FieldSource  # noqa: PLC0415

    document = Document((), None, (), (), (), (), date="2020-04-24",
                        evidence=(FieldSource("date", "2020-04-24", how, 3, "24 April 2020"),))
    tree = parse_page("<html><body><p>x</p></body></html>")
    assert tree is not None
    return merge(Markup(tied_date=tied), document, tree)["date"]


def test_a_far_date_line_of_the_text_gives_way_to_htmldates_date() -> None:
    assert _merged_date("dated-line-in-article", "2021-06-14") == "2021-06-14"
    # a date line near the headline still comes first, as before
    assert _merged_date("date-line", "2021-06-14") == "2020-04-24"


def test_a_far_date_line_of_the_text_is_the_last_resort() -> None:
    assert _merged_date("dated-line-in-article", None) == "2020-04-24"
