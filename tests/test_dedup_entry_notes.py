"""The note under each entry of a list (`dedup._entry_note`): a short paragraph printed under
each of three entries or more, a few blocks apart, with the entries' own lines (a title, a
figure) between and no running text, is the list's structure and every copy stays. Under
two entries, entries far apart, or between paragraphs of running text, it is a copy."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.model import Document
from dechrome.reasons import Reason, Rule

HEADLINE = "Seasonal offers for home electrical work"
INTRO = ("Our licensed electricians serve the whole county, and every offer below can be "
         "booked online or by phone during business hours.")
OUTRO = ("Call our office to book any of these services, and ask about financing for larger "
         "projects such as a full rewiring of an older home.")
CONDITION = "Must be presented before the start of work."
NOTE = "Not valid with other offers or coupons, some restrictions may apply."
SERVICES = ["Electrical Panel Upgrade", "Ceiling Fan Installation", "Outdoor Lighting Repair",
            "Whole House Surge Protector", "Smoke Detector Replacement", "Generator Hookup"]

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _entry(number: int, service: str, off: int) -> list[str]:
    return [str(number), f"${off}.00 Off Any {service}", CONDITION, NOTE]


def _page(entries: list[list[str]]) -> str:
    return "\n\n".join([HEADLINE, INTRO, *(line for entry in entries for line in entry), OUTRO])


def _duplicates(document: Document) -> list[str]:
    return [r.text for r in document.removals if r.reason is Reason.DUPLICATE]


@FAST
@given(st.lists(st.integers(10, 99), min_size=3, max_size=6, unique=True), st.booleans())
def test_the_note_under_each_entry_stays(offs: list[int], all_rules: bool) -> None:
    page = _page([_entry(n + 1, SERVICES[n], off) for n, off in enumerate(offs)])
    config = dechrome.Config() if all_rules else dechrome.Config(rules=frozenset())
    document = dechrome.clean(page, config=config)
    assert NOTE not in _duplicates(document)
    assert CONDITION not in _duplicates(document)
    if not all_rules:
        assert document.paragraphs.count(NOTE) == len(offs)


def test_under_two_entries_one_copy_goes() -> None:
    document = dechrome.clean(_page([_entry(1, SERVICES[0], 10), _entry(2, SERVICES[1], 25)]),
                              config=dechrome.Config(rules=frozenset()))
    assert document.paragraphs.count(NOTE) == 1
    assert [(r.rule, r.text) for r in document.removals if r.text == NOTE] == [
        (Rule.EXACT_DUPLICATE, NOTE)]


def test_entries_far_apart_are_no_list() -> None:
    # The note after each of three long runs of distinct lines: a block printed again.
    runs = [[f"{SERVICES[(k + 2 * n) % 6]} by {AREA[(k + n) % 6]} crews" for k in range(9)]
            for n in range(3)]
    document = dechrome.clean(_page([[*run, NOTE] for run in runs]),
                              config=dechrome.Config(rules=frozenset()))
    assert document.paragraphs.count(NOTE) == 1


AREA = ["northern", "riverside", "lakeshore", "downtown", "hillside", "airport"]
