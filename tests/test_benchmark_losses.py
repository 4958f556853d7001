"""benchmarks.losses: which rule took a `with` chunk, which kept block holds a `without` one."""

from __future__ import annotations

from benchmarks.datasets import Page
from benchmarks.losses import cases, report

from tests.articles import ARTICLES

ARTICLE = ARTICLES["de"]


def _page(*blocks: str, with_: tuple[str, ...], without: tuple[str, ...] = ()) -> Page:
    return Page(dataset="trafilatura", id="p.html", url=None, raw=b"", gold_with=with_,
                gold_without=without, lang="de", text="\n\n".join(blocks))


def test_a_lost_chunk_names_the_rule_that_removed_its_block() -> None:
    page = _page("Startseite", ARTICLE.headline, *ARTICLE.paragraphs,
                 with_=("Startseite", ARTICLE.paragraphs[0][:40]))
    found = list(cases([page]))
    assert [case.chunk for case in found] == ["Startseite"]
    assert found[0].rules() == ["menu-item"]
    assert "menu-item" in report(found)


def test_kept_lists_the_without_chunks_the_body_keeps() -> None:
    page = _page(ARTICLE.headline, *ARTICLE.paragraphs, with_=(),
                 without=(ARTICLE.paragraphs[1][:30], "Startseite"))
    found = list(cases([page], kept=True))
    assert [case.chunk for case in found] == [ARTICLE.paragraphs[1][:30]]
    assert found[0].rules() == ["kept"]
