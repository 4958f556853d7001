"""The site name: the URL's host, else the outlet the chrome names, else the title line's."""

from __future__ import annotations

import pytest

import dechrome
from dechrome.metadata.site import site_from_url
from tests.metadata_pages import BODY, HEADLINE, clean, page


@pytest.mark.parametrize(("url", "site"), [
    ("https://www.krone.at/3851437", "krone.at"),
    ("https://m.faz.net/aktuell/politik/", "faz.net"),
    ("http://WWW.LEMONDE.FR/politique/article.html", "lemonde.fr"),
    ("https://www.bbc.co.uk/news/uk-1", "bbc.co.uk"),
    ("not a url", None),
    ("https://localhost/x", None),
    (None, None),
])
def test_site_from_url(url: str | None, site: str | None) -> None:
    assert site_from_url(url) == site


def test_the_url_wins_over_the_chrome() -> None:
    document = clean("de", tail=("red, 20 Minuten",), url="https://www.heute.at/s/1")
    assert document.sitename == "heute.at"


def test_newsroom_credit_names_the_outlet() -> None:
    assert clean("de", tail=("red, 20 Minuten",)).sitename == "20 Minuten"


def test_team_signing_a_comment_policy() -> None:
    policy = ("Wegen des hohen Aufkommens unsachlicher Beiträge können wir zurzeit keine "
              "Kommentare mehr zulassen. Danke für euer Verständnis - das WELT-Team")
    assert clean("de", tail=(policy,)).sitename == "WELT"


def test_call_to_subscribe_to_the_channel() -> None:
    assert clean("en", tail=("Subscribe to Euronews YouTube channel",)).sitename == "Euronews"


def test_french_channel() -> None:
    call = "Abonnez-vous à la chaîne YouTube de France 24"
    assert clean("fr", tail=(call,)).sitename == "France 24"


def test_title_line_names_the_site() -> None:
    text = "\n\n".join([f"{HEADLINE['en']} | The Daily Example", HEADLINE["en"], *BODY["en"]])
    assert dechrome.clean(text).sitename == "The Daily Example"


def test_a_page_that_names_no_outlet() -> None:
    assert clean("de").sitename is None
    assert clean("en", "By Jane Doe").sitename is None
    assert dechrome.clean(page("fr", "Par Jean Dupont")).sitename is None


def test_an_outlet_quoted_in_the_body_is_not_the_site() -> None:
    quote = "Das WELT-Team hatte schon im Frühjahr über die Pläne der Regierung berichtet, hieß es."
    assert clean("de", quote).sitename is None
