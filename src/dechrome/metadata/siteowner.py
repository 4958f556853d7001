"""The author of a person's own site: "Go ahead, self-host Postgres | Pierce Freeman".

A personal blog names itself after its writer: the browser title ends in the person's name
where a publication's ends in the outlet's, and the page prints the name again at its top
("Pierce Freeman //" over the menu, "Owain Brennan" above the headline). When no credit line
names anyone, a site part of the title line that reads as a person's name (`namelines`), and
that the page prints again as a line of its own above the article, is the author. An
outlet's name mostly fails the name test on a common word ("Berliner Zeitung"), a blog's on
an article or a possessive ("The Big Bone", "Weselpower's Blog"); a firm named for its
founder passes it, and is taken for its founder. When the page prints no such line above
the article, the name stays the site's.
"""

from __future__ import annotations

import regex

from dechrome.metadata.evidence import Evidence
from dechrome.metadata.lowerwords import LowerWords
from dechrome.metadata.namelines import reads_as_name

# Marks a header may print around the name ("Pierce Freeman //", "— Owain Brennan —").
_MARKS = regex.compile(r"^[\s/|·•—–~-]{0,6}+|[\s/|·•—–~-]{0,6}+$")
_MAX_NAME_CHARS = 60
# A blog's name, not a person's: an article first ("The Big Bone"), a possessive ("Weselpower's
# Blog").
_NOT_A_PERSON = regex.compile(
    r"^(?:the|der|die|das|le|la|les|el|los|las|il|lo|het|een|an?)\s|\p{L}['’]s\b",
    regex.IGNORECASE,
)


def site_owner(evidence: Evidence, site: str | None, headline: str | None,
               ) -> tuple[tuple[str, ...], int | None]:
    """The person the title line names as the site, and the line above the article that
    prints the name again; else nothing."""
    if not site or len(site) > _MAX_NAME_CHARS:
        return (), None
    first = evidence.first_kept()
    if first is None:
        return (), None
    wanted = site.casefold()
    # The title line itself (block 0) is where the name was read: a second print is sought.
    again = next((i for i in range(1, first)
                  if _MARKS.sub("", evidence.blocks[i].text).casefold() == wanted), None)
    if again is None or _NOT_A_PERSON.search(site) is not None:
        return (), None
    # A word the page writes in lower case anywhere is a word, not a name ("Happily
    # Connected"); no URL: the host often spells the name ("pierce.dev"), as the title does.
    lower = LowerWords(block.text for block in evidence.blocks)
    if not reads_as_name(site, lower, headline, None):
        return (), None
    return (site,), again
