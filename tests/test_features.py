"""Text measurements that many rules share: sentence ends and stop-word lists."""

from __future__ import annotations

import pytest

from dechrome.features import ends_like_sentence, is_sentence_like
from dechrome.stopwords import best_list


@pytest.mark.parametrize("text", [
    "Das Training war hart.", "Kommt ihr mit?", "„Wir bleiben.“", "Hallo :)",
    "Man fühlt sich danach wie ein Badass – und das gefällt mir 😉",
    "falls ihr ihn überhaupt gefunden habt 😉 )",
])
def test_sentence_ends(text: str) -> None:
    assert ends_like_sentence(text)


@pytest.mark.parametrize("text", ["Startseite", "© 2020 Beispiel GmbH", "Mehr zum Thema"])
def test_no_sentence_ends(text: str) -> None:
    assert not ends_like_sentence(text)


def test_a_short_line_ending_in_an_emoji_reads_as_a_sentence() -> None:
    assert is_sentence_like("Ich hoffe, es gefällt euch 🙂")


def test_first_person_counts_as_stop_words() -> None:
    # jusText's German list (from Wikipedia) lacks "ich"; a blog's first person is not thin text.
    name, words = best_list({"ich", "hoffe", "euch", "gefällt", "der", "relaunch", "und", "die"})
    assert name == "German"
    assert {"ich", "mir", "mich"} <= words
    assert "dich" not in words  # "you" is how banners and forms talk: not added
