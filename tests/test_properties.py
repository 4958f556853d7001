"""Properties that hold for every input, checked with hypothesis."""

from __future__ import annotations

from collections import Counter

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.features import dedup_key
from dechrome.reasons import Rule
from tests.conftest import FIXTURES, SEEDS

_SPACE = regex.compile(r"\s+")
_SEED_LINES = sorted(
    {line for seed in SEEDS.glob("*.txt") for line in seed.read_text(encoding="utf-8").split("\n")}
)
_CHROME = ["Teilen", "Kommentare", "1/3", "REUTERS", "Loading...", "00:00 / 00:00", "Anzeige",
           "#a #b", "https://example.org/x", "Lesen Sie auch: Mehr dazu", "Von Anna Muster", "-",
           "Auf den Punkt gebracht", "• Ein Punkt der Zusammenfassung.", "Gehe zur Galerie"]
_PROSE = ["Der Minister sagte am Freitag in Berlin, dass die Verhandlungen weitergehen würden.",
          "The committee will publish its findings next month after hearing from witnesses.",
          "Short line", "Ein Satz.", "La réunion a duré plus de trois heures selon les témoins."]

lines = st.sampled_from(_SEED_LINES + _CHROME + _PROSE) | st.text(max_size=80)
pages = st.lists(st.tuples(lines, st.sampled_from(["\n", "\n\n", " "])), max_size=25).map(
    lambda parts: "".join(line + sep for line, sep in parts)
)
inputs = pages | st.text(max_size=400)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _squeeze(text: str) -> str:
    return _SPACE.sub("", text)


@FAST
@given(st.text() | st.binary())
def test_never_raises(raw: str | bytes) -> None:
    document = dechrome.clean(raw)
    assert isinstance(document.text, str)
    assert (document.rejected is None) or not document.paragraphs


@FAST
@given(inputs)
# Lone letters among gallery slides once chose English stop words for a German page.
@example("0{0\x91B Bildstrecke: Putin lässt Truppen umfassenden Atomschlag trainieren\n"
         "    1/50\n0\nA\n00\n")
# The only running text a foreign-language summary box that the context rules take out: its
# stop words once judged the German lines that stay, and the cleaned body chose others.
@example("Auf den Punkt gebracht\nLa réunion a duré plus de trois heures selon les témoins.\n\n"
         "„Grüße von Putin“\nAuf den Punkt gebracht Ein Satz.\n")
# ... but a body too short to tell a language by ("0") keeps the page's stop words.
@example("Tausende Soldaten in Russland: Nordkorea versichert Unterstützung „bis zum Sieg“\n0\n"
         "21.11.2024: Für 4,90 Euro völlig ungenießbares Schulessen serviert. Die Debatte um "
         "Mittagessen kocht hoch. \"Es schmeckt nicht\", ärgert sich Wienerin Daniela D.\n"
         "REUTERS\n")
# A rule line or a label above the title line: removed by the first cleaning, so the second
# one read the next line as the title line and its echo as the headline.
@example("-\n      Auf den Punkt gebracht 0:0:0\n0:0 0\n")
@example("      Akt.\n      Auf den Punkt gebracht 0:0:0\n0:0 0\n")
# A teaser's headline above the article's own, a short line under it and again lower down:
# under the teaser's headline the line read as its byline, whose later copy went; the
# article's headline was then kept, and a second cleaning took it.
@example("Unlock Stride x Breathe\nUnlock Stride x Breathe\nStride\n"
         "How To Use a Rowing Machine (With Confidence!)\n"
         "Nervous about the rowing machine, the damper or the foot straps? We have got you.\n"
         "Stride\nThe footplates and straps: each footplate has a strap that holds your foot "
         "in place, so loosen it, put your foot on the plate and pull the strap tight again.\n")
# A table of contents first in the body echoes every heading: the last one, below where the
# article starts, was taken as the headline, and a second cleaning took the first.
@example((FIXTURES / "context" / "en_docs_contents_line_first.txt").read_text(encoding="utf-8"))
# A first line the context rules take out (a title line outside the article, no headline
# found): the body's next line is then its title line, whose echo a second cleaning took.
@example("Nordkorea versichert Russland Unterstützung bis zu Sieg\n"
         "Tausende Soldaten in Russland: Nordkorea versichert Unterstützung „bis zum Sieg“"
         "     Die Bilder des Tages\n"
         "Tausende Soldaten in Russland: Nordkorea versichert Unterstützung „bis zum Sieg“\n")
# A paragraph read as a caption above a photo credit leaves only the headline and a letter:
# the letter, too short to tell a language by, keeps the page's stop words (one list holding
# "a" chose its own, with which the headline stayed in the body, and a second cleaning read
# the body's language from the headline and took the letter out).
@example("Tausende Soldaten in Russland: Nordkorea versichert Unterstützung „bis zum Sieg“\nA\n"
         "      21.11.2024: Für 4,90 Euro völlig ungenießbares Schulessen serviert. Die Debatte "
         "um Mittagessen und Jause in heimischen Schulen und Kindergärten kocht hoch. \"Es "
         "schmeckt nicht\", ärgert sich nicht nur Wienerin Daniela D.\n      privat, iStock\n")
# Whitespace folding took a no-break space from before a mojibake pair ("Â¡"), which ftfy
# repairs only without it: normalising the result again repaired it.
@example("\xa0Â¡")
def test_cleaning_twice_changes_nothing(raw: str) -> None:
    once = dechrome.clean(raw).text
    assert dechrome.clean(once).text == once


@FAST
@given(inputs)
def test_nothing_is_invented(raw: str) -> None:
    normalised = dechrome.normalise(raw).text
    for paragraph in dechrome.clean(raw).paragraphs:
        assert paragraph in normalised


@FAST
@given(inputs)
def test_kept_and_removed_blocks_are_the_whole_input_in_order(raw: str) -> None:
    document = dechrome.clean(raw)
    # The markup normalisation stripped comes last and stood in no block (block -1); each
    # other removal is one block's.
    blocks = [removal for removal in document.removals if removal.rule is not Rule.MARKUP]
    markup = document.removals[len(blocks):]
    assert all(removal.rule is Rule.MARKUP and removal.block == -1 for removal in markup)
    removed = [removal.block for removal in blocks]
    assert len(removed) == len(set(removed))
    assert _squeeze("".join(b.text for b in document.blocks)) == _squeeze(
        dechrome.normalise(raw).text
    )
    kept = [b.text for b in document.blocks if b.index not in set(removed)]
    assert _squeeze("".join(kept)) == _squeeze("".join(document.paragraphs))
    for removal in blocks:
        assert document.blocks[removal.block].text == removal.text


def _distinct_between(keys: list[str], counts: Counter[str], sizes: list[int],
                      first: int, last: int) -> bool:
    """Whether a text standing once, of four words or more, stands between two positions."""
    return any(counts[keys[i]] == 1 and sizes[i] >= 4 for i in range(first + 1, last))


def _assert_copies_stand_apart(paragraphs: tuple[str, ...] | list[str]) -> None:
    keys = [dedup_key(p) or p for p in paragraphs]
    counts, sizes = Counter(keys), [len(key.split()) for key in keys]
    last_seen: dict[str, int] = {}
    for position, key in enumerate(keys):
        if key in last_seen:
            assert _distinct_between(keys, counts, sizes, last_seen[key], position)
        last_seen[key] = position


@FAST
@given(inputs)
def test_kept_copies_have_distinct_content_between(raw: str) -> None:
    """Two kept paragraphs alike are a line repeated around distinct content (structure),
    never copies side by side."""
    paragraphs = dechrome.clean(raw).paragraphs
    _assert_copies_stand_apart(paragraphs)


@FAST
@given(inputs)
def test_with_all_rules_disabled_only_exact_duplicates_go(raw: str) -> None:
    config = dechrome.Config(rules=frozenset())
    document = dechrome.clean(raw, config=config)
    # Normalisation still strips leftover markup (rule markup, no block).
    copies = [r for r in document.removals if r.rule is not Rule.MARKUP]
    assert {r.rule for r in copies} <= {dechrome.Rule.EXACT_DUPLICATE}
    removed = {r.block for r in copies}
    kept_keys = {dedup_key(b.text) or b.text for b in document.blocks if b.index not in removed}
    # Every block removed is a copy of one that stays.
    for removal in copies:
        assert (dedup_key(removal.text) or removal.text) in kept_keys
    # And a copy that stays has distinct content between it and the last (else it would go):
    # without this the test passes when the rule removes nothing.
    _assert_copies_stand_apart(document.paragraphs)
