"""A name alone on a line over the article, which an author box or a role line confirms.

Many blogs and company pages print the author's name on a line of its own between the
headline and the first paragraph, with no lead word and no date beside it ("Kelia Losa
Reinoso"). Alone, such a line reads like any label in title case ("Case Studies", "Stack
Internal"), so it counts only when the page introduces the same person elsewhere, as author
boxes do: a line that opens with the name and a verb of a short biography ("Kelia Losa
Reinoso is a content writer ...", "Anna Muster ist Redakteurin ...") or a link to the
person's other texts ("More from Kelia Losa Reinoso", "Weitere Artikel von Anna Muster").
Two places on the page that agree on a person are the evidence; neither alone is. A single
name right above or below its newsroom role ("Andrew Woodcock" / "Political Editor") is a
byline too.
"""

from __future__ import annotations

import regex

from dechrome.metadata.agency import NEWSROOM_ROLE
from dechrome.metadata.evidence import Evidence
from dechrome.metadata.namelines import LowerWords, name_pieces, reads_as_name
from dechrome.metadata.sources import Source

# How far above the first paragraph a name line may stand when the context rules found no
# headline over the article (a picture, a teaser and the date may come between).
_REACH = 15
_MAX_LINE_CHARS = 80
_MAX_BOX_CHARS = 600
# A biography opens with the name and one of these verbs, in the six languages.
_BIO_VERB = regex.compile(
    r"\s(?:is|was|has|writes|covers|joined|ist|war|hat|schreibt|est|a|écrit|es|fue|escribe|"
    r"è|ha|scrive|is een|schrijft|werkt)\s",
)
# A link to the person's other texts, or a box headed by the name.
_BOX_LEAD = regex.compile(
    r"(?:about|über|more from|read more from|more (?:articles|posts|stories) (?:from|by)|"
    r"latest posts by|(?:view )?all (?:posts|articles|stories) by|(?:posts|articles) by|"
    r"mehr von|(?:alle|weitere) (?:beiträge|artikel) von|plus d'articles de|"
    r"autres articles de|à propos de|más (?:artículos )?de|sobre|altri articoli di|"
    r"meer (?:artikelen )?van|over)\s{1,3}+(?P<name>[^\n]{3,60}+)",
    regex.IGNORECASE,
)
_BOX_TAIL = " .:»›→"
_MAX_ROLE_WORDS = 6


def names_confirmed_by_box(evidence: Evidence, headline: str | None,
                           ) -> tuple[tuple[str, ...], int | None, Source | None]:
    """The names on the first line between the headline and the first paragraph that reads
    as names only, each introduced again by an author box on the page (or a single name
    over its newsroom role); that line, and which of the two confirmed it."""
    first = evidence.first_kept()
    if first is None:
        return (), None, None
    top = evidence.headline_block()
    start = top + 1 if top is not None and top < first else first - _REACH
    lower: LowerWords | None = None
    for index in range(max(1, start, first - _REACH), first):
        text = evidence.blocks[index].text.strip()
        if len(text) > _MAX_LINE_CHARS or not evidence.own(index):
            continue
        names = name_pieces(text)
        if lower is None:
            lower = LowerWords(evidence.paragraphs)
        if not all(reads_as_name(name, lower, headline, evidence.url) for name in names):
            continue
        if all(_boxed(evidence, name, index) for name in names):
            return tuple(dict.fromkeys(names)), index, Source.NAME_LINE_AND_BOX
        if len(names) == 1 and _beside_role(evidence, index):
            return (names[0],), index, Source.NAME_LINE_AND_ROLE
    return (), None, None


def _beside_role(evidence: Evidence, index: int) -> bool:
    """Whether a short line right above or below names a newsroom role ("Political
    Editor", "Redakteurin", "Giornalista"): a name over its role is a byline."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(evidence.blocks):
            text = evidence.blocks[near].text
            if len(text.split()) <= _MAX_ROLE_WORDS and NEWSROOM_ROLE.search(text) is not None:
                return True
    return False


def _boxed(evidence: Evidence, name: str, line: int) -> bool:
    """Whether a block other than `line` introduces `name` as an author box does."""
    folded = name.casefold()
    for block in evidence.blocks:
        text = block.text
        if block.index == line or len(text) > _MAX_BOX_CHARS or name not in text:
            continue
        if text.startswith(name) and _BIO_VERB.match(text, len(name)):
            return True
        match = _BOX_LEAD.fullmatch(text.strip())
        if match is not None and match["name"].strip(_BOX_TAIL).casefold() == folded:
            return True
    return False
