"""Block-local rules: each removes its own chrome under its own name and reason, in every
language it claims, and leaves article sentences that share its keywords alone.

Every case runs through `dechrome.clean` with the line in the middle of a small article, where
the head and tail rules cannot reach it (chrome that ends an article goes after its last
paragraph instead): the removal must name this rule and its reason, not just any rule.
"""

from __future__ import annotations

from typing import Any

import pytest

import dechrome
from dechrome.features import word_count
from dechrome.model import Document
from dechrome.reasons import Rule
from dechrome.rules import BLOCK_RULES, BlockRule
from tests.articles import ARTICLES, clean_page, page, removal_of
from tests.rule_examples import NEGATIVE, POSITIVE

BY_NAME: dict[Rule, BlockRule] = {rule.name: rule for rule in BLOCK_RULES}
# Comment sections, teaser boxes, tag lists and copyright lines follow the article, and the
# main-region rule ends the article where one starts: their chrome is tested where it really
# stands, after the last paragraph.
AFTER_ARTICLE = frozenset({Rule.COMMENT_HEADER, Rule.COMMENT_POLICY, Rule.LOGIN_PROMPT,
                           Rule.RELATED_SECTION, Rule.TAG_LIST, Rule.COPYRIGHT_LINE})


def _clean_with(name: Rule, language: str, text: str) -> Document:
    if name in AFTER_ARTICLE:
        return dechrome.clean(f"{page(language)}\n\n{text}")
    return clean_page(language, text)


def _positive_cases() -> list[Any]:
    cases = []
    for name, by_language in POSITIVE.items():
        for language, examples in by_language.items():
            for number, text in enumerate(examples, start=1):
                suffix = "" if number == 1 else f"-{number}"
                cases.append(pytest.param(name, language, text, id=f"{name}-{language}{suffix}"))
    return cases


POSITIVE_CASES = _positive_cases()


@pytest.mark.parametrize(("name", "language", "text"), POSITIVE_CASES)
def test_rule_matches_its_examples(name: Rule, language: str, text: str) -> None:
    assert BY_NAME[name].matches(text, word_count(text)), f"{name} does not match {text!r}"


@pytest.mark.parametrize(("name", "language", "text"), POSITIVE_CASES)
def test_clean_removes_example_with_rule_and_reason(name: Rule, language: str, text: str) -> None:
    document = _clean_with(name, language, text)
    removal = removal_of(document, text)
    assert removal is not None, f"{text!r} survived: {document.paragraphs}"
    assert (removal.rule, removal.reason) == (name, BY_NAME[name].reason)
    assert document.paragraphs == ARTICLES[language].paragraphs


@pytest.mark.parametrize(
    ("language", "sentence"), list(NEGATIVE.values()), ids=list(NEGATIVE.keys())
)
def test_article_sentence_with_keyword_survives(language: str, sentence: str) -> None:
    document = clean_page(language, sentence)
    first, second, third = ARTICLES[language].paragraphs
    assert document.paragraphs == (first, second, sentence, third)
    assert [removal.rule for removal in document.removals] == [Rule.HEADLINE]


@pytest.mark.parametrize(("language", "sentence"), list(NEGATIVE.values()),
                         ids=list(NEGATIVE.keys()))
def test_no_block_rule_matches_article_sentence(language: str, sentence: str) -> None:
    fired = [str(rule.name) for rule in BLOCK_RULES
             if rule.matches(sentence, word_count(sentence))]
    assert fired == [], f"{sentence!r} matched {fired}"


@pytest.mark.parametrize("rule", BLOCK_RULES, ids=lambda rule: str(rule.name))
def test_rule_example_matches_its_own_test(rule: BlockRule) -> None:
    assert rule.matches(rule.example, word_count(rule.example))


@pytest.mark.parametrize("rule", BLOCK_RULES, ids=lambda rule: str(rule.name))
def test_rule_example_is_removed_by_that_rule(rule: BlockRule) -> None:
    language = next(code for code in (*rule.languages, "en") if code in ARTICLES)
    removal = removal_of(_clean_with(rule.name, language, rule.example), rule.example)
    assert removal is not None
    assert (removal.rule, removal.reason) == (rule.name, rule.reason)


@pytest.mark.parametrize("rule", BLOCK_RULES, ids=lambda rule: str(rule.name))
def test_every_claimed_language_has_positive_examples(rule: BlockRule) -> None:
    assert set(POSITIVE.get(rule.name, {})) == set(rule.languages)


def test_examples_name_only_block_rules() -> None:
    assert set(POSITIVE) <= set(BY_NAME)


def test_word_limit_keeps_long_blocks_out() -> None:
    """A rule with max_words never judges a longer block, whatever its words."""
    rule = BY_NAME[Rule.COOKIE_NOTICE]
    long_block = "Wir verwenden Cookies, " + "und noch ein Wort " * 40
    assert rule.max_words is not None and word_count(long_block) > rule.max_words
    assert rule.test(long_block)
    assert not rule.matches(long_block, word_count(long_block))
