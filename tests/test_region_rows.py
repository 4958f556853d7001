"""A list of figure-bearing rows right below the article's last paragraph (`context.rows`):
kept by outside-article and tail-chrome when its rows are laid out alike (tour dates,
ingredients, a table of figures), taken when they are a pager, a grid's cards or teasers
with their dates, or when a removed line stands between."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.context.rows import _alike
from dechrome.model import Document
from dechrome.reasons import Rule
from dechrome.registry import RULES
from tests.articles import removed_texts

PARAGRAPHS = (
    "The committee will publish its findings next month after hearing from many witnesses "
    "who spoke about the flooding of the lower town.",
    "Schools across the region closed on Tuesday as temperatures climbed above forty degrees "
    "for the third day in a row.",
    "Engineers raised the flood barriers by another half metre before the rain arrived, and "
    "the water stayed below them through the night.",
)
MENU = ("Home", "News", "Local", "Weather", "Sport")
TOUR = ("June 9 – West Palm Beach, FL @ Harbour Amphitheatre", "June 10 – Tampa, FL @ Bayside",
        "June 14 – Alpharetta, GA @ Northridge Pavilion (formerly Summit Stage)",
        "June 17 – Nashville, TN @ Riverfront Arena", "July 2 – Uncasville, CT @ Sun Arena")
TEASERS = ("Five albums that shaped the decade", "The festival season starts early this year")


def _clean(*blocks: str) -> Document:
    return dechrome.clean("\n\n".join(blocks))


def _assert_removed_by(document: Document, text: str, *rules: Rule) -> None:
    removal = next((r for r in document.removals if r.text == text), None)
    assert removal is not None, f"{text!r} was kept"
    assert removal.rule in rules
    assert removal.reason == RULES[removal.rule].reason


def test_tour_dates_below_the_last_paragraph_are_kept() -> None:
    document = _clean(*MENU, *PARAGRAPHS, "Tour dates", *TOUR, "Trending", *TEASERS)
    assert document.paragraphs[-len(TOUR):] == TOUR
    assert "Tour dates" in document.paragraphs
    # The menu above and the teasers below still go.
    _assert_removed_by(document, "Local", Rule.OUTSIDE_ARTICLE)
    _assert_removed_by(document, TEASERS[1], Rule.OUTSIDE_ARTICLE)


def test_a_shopping_list_with_group_labels_is_kept() -> None:
    rows = ("Onions 1 and a half 3 6", "Celery 80g (around 3 sticks) 160g 320g",
            "Carrots 4 8 16", "Fruit", "Bananas 5 10 20", "Apples 3 6 12", "Pears 5 10 20")
    document = _clean(*MENU, *PARAGRAPHS, "Weekly shopping list", *rows)
    assert document.paragraphs[-len(rows):] == rows


def test_three_rows_are_no_list() -> None:
    # Three dated lines below an article are its sources' dates as often as a teaser box's.
    document = _clean(*MENU, *PARAGRAPHS, *TOUR[:3])
    for row in TOUR[:3]:
        assert row not in document.paragraphs


def test_a_removed_line_between_ends_the_list() -> None:
    document = _clean(*MENU, *PARAGRAPHS, "Share on Facebook", *TOUR)
    for row in TOUR:
        assert row not in document.paragraphs
        _assert_removed_by(document, row, Rule.OUTSIDE_ARTICLE, Rule.TAIL_CHROME)


def test_a_pager_below_the_article_goes() -> None:
    pager = ("Page 1", "Page 2", "Page 3", "Page 4", "Page 5")
    document = _clean(*MENU, *PARAGRAPHS, *pager)
    assert document.paragraphs == PARAGRAPHS
    _assert_removed_by(document, "Page 3", Rule.OUTSIDE_ARTICLE)


def test_teasers_with_their_dates_below_the_article_go() -> None:
    dated = ("Why the night sky is getting brighter", "12 March 2024",
             "A new map of the ocean floor", "9 March 2024",
             "The bees that learned to count", "2 March 2024",
             "How old is the oldest tree?", "28 February 2024")
    document = _clean(*MENU, *PARAGRAPHS, *dated)
    assert document.paragraphs == PARAGRAPHS
    assert dated[2] in removed_texts(document)


def test_a_grid_of_cards_below_the_article_goes() -> None:
    cards = ("$380,000", "3 beds 2 baths 1,528 sq ft", "1756 F St, Sparks, NV 89431",
             "$524,900", "4 beds 2 baths 1,972 sq ft", "6637 Coyote Trl, Sparks, NV 89436")
    document = _clean(*MENU, *PARAGRAPHS, *cards)
    assert document.paragraphs == PARAGRAPHS
    _assert_removed_by(document, "4 beds 2 baths 1,972 sq ft", Rule.OUTSIDE_ARTICLE)


def test_rows_are_alike_by_where_their_figures_and_marks_stand() -> None:
    assert _alike("1 tsp cinnamon", "1/2 tsp ground cloves")
    assert _alike("July 30 -- Ruoff Center, IN", "Aug. 2 -- DTE Theatre, MI")
    assert _alike("Carrots 4 8 16", "Garlic 6 cloves 12 cloves 16 cloves")
    assert _alike("England (Group A): 10th", "Germany (Group C): 13th")
    assert not _alike("Das ist der neue VW ID.5", "11:09 Min")


def test_a_very_long_list_is_read_in_one_pass() -> None:
    # An adversarial page: thousands of rows below one paragraph, every one of them alike
    # (each its own town: rows of one shape would be a grid's cards).
    rows = [f"June {day % 28 + 1} – {_name(day)}, FL @ Hall" for day in range(5000)]
    document = _clean(*PARAGRAPHS, *rows)
    assert document.paragraphs[-1] == rows[-1]


def _name(number: int) -> str:
    """A town's name without figures, one per number."""
    letters = ""
    while True:
        number, rest = divmod(number, 26)
        letters += chr(ord("a") + rest)
        if not number:
            return "Town " + letters.capitalize()


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Ashford", "Bern", "Cork", "Dax", "Elst", "Fife",
                                           "Gent", "Hove", "Ilse"]),
                          st.integers(1, 99), st.integers(0, 99)),
                min_size=4, max_size=9, unique_by=lambda row: row[0]))
def test_a_kept_list_is_kept_again(rows: list[tuple[str, int, int]]) -> None:
    """Cleaning twice changes nothing, and a table's rows right below the last paragraph
    are kept in the cleaned body too."""
    lines = [f"{town} Rovers {points} points, {wins} wins" for town, points, wins in rows]
    once = _clean(*MENU, *PARAGRAPHS, "Table", *lines, "Trending", *TEASERS).text
    assert dechrome.clean(once).text == once
    assert all(line in once for line in lines)


HEADED_TABLE = ("Weekly shopping list", "Fresh foods", "Ingredients", "Amounts per person",
                "Amounts for 2 people", "Amounts for 4 people")
TABLE_ROWS = ("Onions 1 and a half 3 6", "Celery 80g (around 3 sticks) 160g 320g",
              "Carrots 4 8 16", "Garlic 6 cloves 12 cloves 16 cloves",
              "Green beans 80g 160g 320g")


def test_a_table_below_its_header_cells_is_kept() -> None:
    # A heading, a group's name and the header's cells (two of them with a figure) above
    # rows whose columns are figures: the table is the article's, and so is its header.
    document = _clean(*MENU, *PARAGRAPHS, *HEADED_TABLE, *TABLE_ROWS, "Trending", *TEASERS)
    assert document.paragraphs[len(PARAGRAPHS):] == HEADED_TABLE + TABLE_ROWS
    _assert_removed_by(document, TEASERS[0], Rule.OUTSIDE_ARTICLE)


def test_many_labels_above_rows_of_one_figure_are_no_table() -> None:
    # Short lines above a list of dated entries (an archive, an award list): more than a
    # heading's labels above them, and the rows hold one figure each: no table's header.
    labels = ("Archive", "Edit", "Music")
    entries = ("February 2020 Letter to the mayor", "January 2020 A visit to the harbour",
               "December 2019 Notes from the road", "November 2019 A song for the river",
               "October 2019 The long winter")
    document = _clean(*MENU, *PARAGRAPHS, *labels, *entries)
    assert document.paragraphs == PARAGRAPHS
    _assert_removed_by(document, entries[2], Rule.OUTSIDE_ARTICLE, Rule.TAIL_CHROME)


STEW = (
    "This lentil stew is the dish I cook most often on busy weeknights, because the stew "
    "needs one pot, a handful of spices and forty minutes.",
    "Rinse the lentils under cold water, then fry the onions in the pot until they turn "
    "golden and add the spices for a few seconds.",
    "Stir the lentils and the stock into the pot and let the stew simmer for twenty minutes "
    "before you fold in the spinach.",
)
NUTRITION = ("Nutritional value", "Calories : 310", "Fats : 9 g", "Protein : 16 g",
             "Carbohydrate : 41 g")
TIPS = ("Serving tips", "The stew goes well with steamed rice or a warm flatbread.",
        "A spoon of yogurt on each bowl also cools the spices down for children.")


def test_a_section_of_sentences_below_a_list_is_kept() -> None:
    # Below the list that continues the article, a headed section of sentences naming its
    # topic ("stew", "spices") continues it too.
    document = _clean(*MENU, *STEW, *NUTRITION, *TIPS, "Trending", *TEASERS)
    assert document.paragraphs[len(STEW):] == NUTRITION + TIPS
    _assert_removed_by(document, TEASERS[1], Rule.OUTSIDE_ARTICLE)


def test_titles_below_a_list_are_no_section() -> None:
    # Teaser titles below the list (no sentence among them) stay outside.
    titles = ("Five albums that shaped the decade", "The festival season starts early",
              "Why vinyl sales keep rising")
    document = _clean(*MENU, *STEW, *NUTRITION, "More stories", *titles)
    assert document.paragraphs == STEW + NUTRITION
    _assert_removed_by(document, titles[1], Rule.OUTSIDE_ARTICLE, Rule.TAIL_CHROME)
