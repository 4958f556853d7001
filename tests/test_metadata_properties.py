"""Properties of the title, date and authors read from page text, checked with hypothesis:
nothing is invented, a date is never later than the publication date the page states, and
no field comes from the clock."""

from __future__ import annotations

import ast
import datetime
from pathlib import Path

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dechrome
from tests.conftest import ROOT
from tests.metadata_pages import BODY, HEADLINE
from tests.test_properties import inputs

_SPACE = regex.compile(r"\s+")
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_HEAD_LINES = ["Von Anna Muster", "By Jane Doe and John Roe", "Par Jean Dupont", "(dpa/lab)",
               "Aktualisiert am 3.4.2024", "vor 3 Stunden", "Published 2 days ago",
               "Sport | Beispiel-Zeitung", "Startseite", "Energiewende", "12.07.2025 16:29",
               "Nov. 18, 2019, 7:41 AM ET", "— dpa/lab", "Anna Muster und Jon Doe",
               # Name lines an author box or a role confirms, post footers, filter menus.
               "Manfred Weber", "Political Editor", "More from Manfred Weber",
               "Manfred Weber ist Redakteur im Ressort Politik.",
               "Posted by Jane Doe on March 3, 2021", "answered Oct 18, 2023 at 8:31",
               "Veröffentlicht von SeglerBlog am 23. Februar 2020", "BY COMPANY TYPE",
               "BY ROLE"]
days = st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2030, 12, 31))


def _squeeze(text: str) -> str:
    return _SPACE.sub("", text).casefold()


def _page(language: str, head: list[str], title_line: str | None = None) -> str:
    first = [title_line] if title_line else []
    return "\n\n".join([*first, HEADLINE[language], *head, *BODY[language]])


pages = st.builds(
    _page, st.sampled_from(sorted(HEADLINE)),
    st.lists(st.sampled_from(_HEAD_LINES), max_size=5),
    st.sampled_from([None, "{h} | Beispiel-Zeitung", "Beispiel - Politik - {h}", "{h}",
                     "{h} -", "...: {h}", "{h} » ☆☆☆☆☆"]),
).map(lambda text: text.replace("{h}", "Regierung beschließt neues Energiegesetz"))


@FAST
@given(pages | inputs)
def test_title_date_and_authors_are_found_in_the_input(raw: str) -> None:
    document = dechrome.clean(raw)
    # The input as cleaning reads it: normalised (control characters out, quotes mended).
    text = _squeeze(" ".join(block.text for block in document.blocks))
    if document.title is not None:
        assert _squeeze(document.title) in text
    for name in document.authors:
        assert _squeeze(name) in text
    if document.date is not None:
        year = document.date[:4]
        assert year in text or year[2:] in text
    for found in document.sources():
        # Each value was read from a block of the input (or, for a date, the URL).
        if found.block is not None:
            assert document.blocks[found.block].text == found.text
        else:
            assert found.field == "date"


def _german(day: datetime.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


@FAST
# Three dates in a row read as a list of teasers (no date): one other date beside the label.
@given(days, st.lists(days, max_size=1), st.sampled_from(["", "Aktualisiert am ", "Stand: "]))
def test_a_date_is_never_later_than_the_stated_publication(
        published: datetime.date, others: list[datetime.date], label: str) -> None:
    head = [f"Veröffentlicht am {_german(published)}",
            *(f"{label}{_german(day)}" for day in others)]
    document = dechrome.clean(_page("de", head))
    assert document.date is not None
    assert document.date[:10] <= published.isoformat()


@FAST
@given(st.sampled_from(["vor 3 Stunden", "Published 2 days ago", "il y a 2 jours",
                        "hace 3 días", "2 giorni fa", "3 dagen geleden", "gestern, 18:00"]),
       st.sampled_from(sorted(HEADLINE)))
def test_a_relative_date_without_a_date_of_the_page_gives_no_date(line: str, language: str,
                                                                  ) -> None:
    # Counting back needs a day the page gives; the clock is never asked.
    assert dechrome.clean(_page(language, [line])).date is None


def test_no_metadata_module_reads_the_clock() -> None:
    clock = {"now", "today", "utcnow", "time", "localtime", "gmtime"}
    for path in sorted((ROOT / "src" / "dechrome" / "metadata").glob("*.py")):
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        called = {node.func.attr for node in ast.walk(tree)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)}
        assert not called & clock, path.name
