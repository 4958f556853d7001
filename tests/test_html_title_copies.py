"""HTML mode's `title-duplicate`: it removes copies of the chosen headline only, and a
page's other `<h1>`s (section headings of the body) stay."""

from __future__ import annotations

import dechrome

HTML = dechrome.Config(input="html")
PARAGRAPH = ("<p>The council met on Tuesday evening and agreed to widen the footpath along "
             "the river before the summer season begins, after months of debate.</p>")


def _page(headline: str, sections: list[str], echo: str = "") -> str:
    body = "".join(f"<h1>{section}</h1>{PARAGRAPH * 2}" for section in sections)
    return (f"<html><head><title>{headline} | The Town Paper</title></head><body><main>"
            f"<h1>{headline}</h1>{PARAGRAPH * 2}{echo}{body}</main></body></html>")


def _removed(document: dechrome.Document, rule: dechrome.Rule) -> list[str]:
    return [removal.text for removal in document.removals if removal.rule is rule]


def test_section_headings_set_as_h1_stay_in_the_body() -> None:
    page = _page("Footpath by the river to be widened", ["What the plan includes",
                                                         "Who pays for the works"])
    document = dechrome.clean(page, config=HTML)
    assert document.title == "Footpath by the river to be widened"
    assert "What the plan includes" in document.text
    assert "Who pays for the works" in document.text
    assert not any("plan includes" in text or "pays for" in text
                   for text in _removed(document, dechrome.Rule.TITLE_DUPLICATE))


def test_an_echo_of_the_chosen_headline_still_goes() -> None:
    headline = "Footpath by the river to be widened"
    page = _page(headline, ["What the plan includes"], echo=f"<p>{headline}</p>")
    document = dechrome.clean(page, config=HTML)
    assert document.title == headline
    assert headline not in document.text
    assert any(headline in text for text in _removed(document, dechrome.Rule.TITLE_DUPLICATE))
    assert "What the plan includes" in document.text


def test_a_lone_h1_repeated_in_the_body_goes() -> None:
    # The `<title>` names only the site: the lone `<h1>` is the headline by its place.
    headline = "Footpath by the river to be widened"
    page = (f"<html><head><title>The Town Paper</title></head><body><main><h1>{headline}</h1>"
            f"{PARAGRAPH * 2}<p>{headline}</p>{PARAGRAPH}</main></body></html>")
    document = dechrome.clean(page, config=HTML)
    assert headline not in document.text


def test_an_h1_with_a_date_run_into_the_headline_is_a_copy() -> None:
    # The title drops the date the `<h1>` prints before the headline: that `<h1>` is still
    # the headline, and a section `<h1>` beside it still stays.
    headline = "Footpath by the river to be widened"
    page = _page(headline, ["What the plan includes"]).replace(
        f"<h1>{headline}</h1>", f"<h1>27.01.2022 {headline}</h1>")
    document = dechrome.clean(page, config=HTML)
    assert document.title == headline
    assert any(headline in text for text in _removed(document, dechrome.Rule.TITLE_DUPLICATE))
    assert "What the plan includes" in document.text
