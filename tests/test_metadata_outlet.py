"""A credit that ends in the outlet's name, which the URL's host spells ("Brian Truitt USA
TODAY" on usatoday.com): the outlet is no part of the name, and signs the credit."""

from __future__ import annotations

import pytest

from dechrome.metadata.site import less_outlet
from tests.metadata_pages import clean

_USA = "https://www.usatoday.com/story/news/2025/12/19/a/1/"


@pytest.mark.parametrize(("lines", "url", "authors"), [
    # A name line signed by the outlet needs no date beside it.
    (("Brian Truitt USA TODAY",), _USA, ("Brian Truitt",)),
    (("Kevin Johnson and Kevin McCoy USA TODAY",), _USA, ("Kevin Johnson", "Kevin McCoy")),
    # A byline or a name beside a date loses the outlet's name.
    (("By Jonathan Garber FOXBusiness",), "https://www.foxbusiness.com/markets/a",
     ("Jonathan Garber",)),
    (("Elliot Brownstein Florida Today", "Published 2:16 AM EST Nov 20, 2019"),
     "https://www.floridatoday.com/story/sports/a/", ("Elliot Brownstein",)),
    # The host opens the outlet's name.
    (("Veröffentlicht am 03.02.2022 von Sarah Schnieder Reiterrevue International",),
     "https://www.reiterrevue.de/a/b", ("Sarah Schnieder",)),
    (("By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST",),
     "https://www.dawgsbynature.com/2019/11/18/1/a", ("Chris Pokorny",)),
])
def test_the_outlet_after_the_name(lines: tuple[str, ...], url: str,
                                   authors: tuple[str, ...]) -> None:
    assert clean("en", *lines, url=url).authors == authors


@pytest.mark.parametrize(("lines", "url"), [
    # On another site the words are no outlet's: one name line alone, with no date, is a label.
    (("Brian Truitt USA TODAY",), "https://www.example.com/a"),
    (("Brian Truitt USA TODAY",), None),
    (("USA TODAY",), _USA),  # the outlet alone names nobody
])
def test_no_outlet(lines: tuple[str, ...], url: str | None) -> None:
    assert clean("en", *lines, url=url).authors == ()


@pytest.mark.parametrize(("name", "host", "left"), [
    ("Brian Truitt USA TODAY", "usatoday", "Brian Truitt"),
    ("Anna Muster", "annamuster", None),  # a name of two words stays whole
    ("USA TODAY", "usatoday", None),
    ("Brian Truitt USA TODAY", None, None),
    ("Brian Truitt USA TODAY Network", "usatoday", "Brian Truitt"),  # the host opens it
    ("Anna Muster Bzogalla", "bz", None),  # a short host opens any word
    ("Anna Muster Today Network", "usatoday", None),
])
def test_less_outlet(name: str, host: str | None, left: str | None) -> None:
    assert less_outlet(name, host) == left
