"""Which kept bodies tell a language of their own (`distinct.tells_language`), read by the
language rounds of `pipeline._run_rules`."""

from __future__ import annotations

import pytest

from dechrome.config import Config
from dechrome.distinct import Distinct, language_sample, tells_language
from dechrome.segment import segment


def _tells(text: str) -> bool:
    blocks = segment(text, Config())
    distinct = Distinct.of(blocks, Config().prose_min_words)
    return tells_language(distinct, language_sample(distinct, {}))


@pytest.mark.parametrize("body", ["A", "0", "a\n\n0", "Ja"])
def test_a_lone_letter_or_number_tells_no_language(body: str) -> None:
    # One letter stands in several stop-word lists: it would choose one at random.
    assert not _tells(body)


@pytest.mark.parametrize("body", ["La réunion a duré trois heures.", "Die Debatte kocht hoch",
                                  "Ja\n\nnein\n\ndoch"])
def test_a_line_of_words_or_a_few_short_lines_tell_one(body: str) -> None:
    assert _tells(body)
