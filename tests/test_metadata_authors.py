"""The authors: bylines and agency tags, normalised; newsroom tags and places are no authors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dechrome
from dechrome.metadata import authors, lowerwords
from dechrome.metadata.agency import names_in_agency_tag
from dechrome.metadata.authors import names_in_byline
from tests.metadata_pages import BODY, clean


@pytest.mark.parametrize(("line", "names"), [
    ("Von Anna Muster", ("Anna Muster",)),
    ("Von Anna Muster und Max Beispiel", ("Anna Muster", "Max Beispiel")),
    ("VON MORITZ GATHMANN am 21. April 2020", ("Moritz Gathmann",)),
    ("Von Anna Muster, Berlin", ("Anna Muster",)),
    ("Veröffentlicht am 12. Juni 2017 von gizzmo", ("gizzmo",)),
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
    ("By Perry Bacon Jr.", ("Perry Bacon Jr.",)),
    ("By Jane Doe, Reuters", ("Jane Doe", "Reuters")),
    ("Posted 11. April 2018 by Walter von Aachen", ("Walter von Aachen",)),
    ("yas! | By Cara Stiles | April 13, 2020", ("Cara Stiles",)),
    ("Par Jean Dupont et Marie Curie", ("Jean Dupont", "Marie Curie")),
    ("Par Loïc Le Clerc | 30 septembre 2018", ("Loïc Le Clerc",)),
    ("Autor: gnaddrig | Abgelegt unter: Fotografie", ("gnaddrig",)),
    ("October 19, 2019 by IWB", ("IWB",)),  # after a bare date a user name counts
    ("8. Januar 2020 · by Aureliana · in Gefühle", ("Aureliana",)),
    ("Por Luciana Bertoia", ("Luciana Bertoia",)),
    ("Auteur : Kossivi Tiassou", ("Kossivi Tiassou",)),
    ("Publiziert am 13. Januar 2014 von uriebe", ("uriebe",)),
    ("Eine Kolumne von Nils Pickert", ("Nils Pickert",)),
    ("Written by Danielle DeSiato, Donna Enzmann, and Natalie Nguyen",
     ("Danielle DeSiato", "Donna Enzmann", "Natalie Nguyen")),  # a comma before "and"
    ("Par Jean Dupont, Marie Curie, et Paul Martin", ("Jean Dupont", "Marie Curie", "Paul Martin")),
    ("By Anna Muster, Enrico Rossi", ("Anna Muster", "Enrico Rossi")),
    # The reporter took the pictures too: "Fotos:" is part of the lead, not a photo credit.
    ("Text & Fotos: Ivan Valetny 0 337", ("Ivan Valetny",)),
    ("Text und Fotos: Anna Muster", ("Anna Muster",)),
    ("Texte et photos : Jean Dupont", ("Jean Dupont",)),
    # A job title before the name is the person's role.
    ("Autor: Rechtsanwalt Sebastian Einbock", ("Sebastian Einbock",)),
    ("By Professor Jane Doe and John Roe", ("Jane Doe", "John Roe")),
])
def test_names_in_bylines(line: str, names: tuple[str, ...]) -> None:
    assert names_in_byline(line) == names


@pytest.mark.parametrize("line", [
    "Von Sprachregeln, Genderpolitik und ganz normalem Deutsch",  # a headline, not a byline
    "By Friday, the talks had collapsed",
    "Foto: privat",
    "Von der Redaktion",
    "By Staff Writer",
    "Par la rédaction",
    "Text und Bilder",
    # a teaser that opens with a date is no byline: "von" inside it names a company
    "17.01.2019 Nur mit einer guten Karte gelingt die Tour, sagt der Experte von Garmin",
])
def test_lines_that_name_no_author(line: str) -> None:
    assert names_in_byline(line) == ()


@pytest.mark.parametrize(("tag", "names"), [
    ("(lab)", ("lab",)),
    ("(dpa)", ("dpa",)),
    ("(dpa/lab)", ("dpa", "lab")),
    ("red, 20 Minuten", ()),  # the newsroom of the outlet: the outlet is the site name
    ("(red)", ()),
    ("(Symbolbild)", ()),
])
def test_names_in_agency_tags(tag: str, names: tuple[str, ...]) -> None:
    assert names_in_agency_tag(tag) == names


def test_german_byline_under_the_headline() -> None:
    assert clean("de", "Von Anna Muster und Max Beispiel").authors == ("Anna Muster",
                                                                       "Max Beispiel")


def test_english_byline_with_a_date() -> None:
    assert clean("en", "By Jane Doe and John Roe | Nov 1, 2024").authors == ("Jane Doe",
                                                                             "John Roe")


def test_french_byline() -> None:
    assert clean("fr", "Par Jean Dupont").authors == ("Jean Dupont",)


def test_agency_initials_signing_the_last_paragraph() -> None:
    last = ("Die Verbände wollen nun vor Gericht ziehen, um das Gesetz noch zu stoppen. (lab)",)
    assert clean("de", tail=last).authors == ("lab",)


def test_no_byline_no_authors() -> None:
    assert clean("de").authors == ()
    assert clean("en", "Nov 1, 2024").authors == ()
    assert clean("fr", "Publié le 1er novembre 2024").authors == ()


def test_a_name_in_the_body_is_no_author() -> None:
    sentence = ("Von Anna Muster stammt der Vorschlag, die Förderung schon in diesem Jahr "
                "zu beginnen.")
    assert clean("de", sentence).authors == ()


@pytest.mark.parametrize("lead", ["Von", "Von:", "By", "By :", "Autor", "Auteur :",
                                  "10.12.2022 18:27 von"])
def test_lead_word_on_its_own_line_names_the_next_line(lead: str) -> None:
    assert clean("de", lead, "Anna Muster", "12.07.2025").authors == ("Anna Muster",)


def test_a_lone_lead_word_does_not_take_a_chrome_line() -> None:
    # "Author" heading a sidebar above its "Recent Posts" list names nobody.
    doc = clean("en", tail=("Author", "Recent Posts", "Share this article"))
    assert doc.authors == ()


def test_a_menu_item_texte_is_no_lead_word() -> None:
    assert clean("fr", "Texte", "Photos", "12 juillet 2025").authors == ()


def test_a_dated_byline_is_read_and_taken_out_of_the_body() -> None:
    doc = clean("en", "July 24, 2019 by Jane Doe 5 Comments")
    assert doc.authors == ("Jane Doe",)
    assert all("Jane Doe" not in paragraph for paragraph in doc.paragraphs)


# A headline longer than the credit lines, as on real pages, so that the context rules take
# it (and not "Name | date") as the headline.
_LONG_HEADLINE = {
    "de": "Die Regierung beschließt ein neues Energiegesetz für die kommenden Jahre",
    "en": "The government passes a new energy law for the coming years",
    "fr": "Le gouvernement adopte une nouvelle loi sur l'énergie pour les années à venir",
    "es": "El gobierno aprueba una nueva ley de energía para los próximos años",
    "it": "Il governo approva una nuova legge sull'energia per i prossimi anni",
    "nl": "De regering neemt een nieuwe energiewet aan voor de komende jaren",
}


def _authors(language: str, *lines: str, url: str | None = None) -> tuple[str, ...]:
    text = "\n\n".join([_LONG_HEADLINE[language], *lines, *BODY[language]])
    return dechrome.clean(text, url=url).authors


@pytest.mark.parametrize(("language", "lines"), [
    ("de", ("Manfred Weber | 12.07.2025, 16:29 Uhr",)),
    ("de", ("12.07.2025 - Manfred Weber",)),
    ("de", ("Manfred Weber", "12.07.2025 16:29")),
    ("en", ("Edward Russell", "Oct 13, 2020")),
    ("fr", ("Marie Merlet | lundi 9 décembre 2019 à 09h08",)),
])
def test_a_name_beside_the_date_under_the_headline(language: str,
                                                  lines: tuple[str, ...]) -> None:
    assert _authors(language, *lines)[0] in {"Manfred Weber", "Edward Russell", "Marie Merlet"}


@pytest.mark.parametrize(("language", "lines", "url"), [
    ("de", ("Olympische Winterspiele 12.07.2025",), None),  # an adjective and a noun
    ("de", ("Pressemitteilung Aktuell 12.07.2025",), None),
    ("de", ("Berliner Zeitung 12.07.2025",), "https://www.berliner-zeitung.de/a/b"),  # the site
    ("es", ("Ana La", "12 de julio de 2025"), None),  # a particle ends no name

    ("en", ("Staff Consortium", "July 12, 2025"), None),  # a newsroom
    ("en", ("Last Modified", "July 12, 2025"), None),  # a label
    ("en", ("Energy Law 12.07.2025",), None),  # words of the headline
    ("de", ("Manfred Weber",), None),  # no date beside it: a name anywhere is no author
    ("de", ("Manfred Weber, 12.07.2025, Berlin, Seite 3, Politik und Wirtschaft im Überblick "
            "mit allen Meldungen des Tages aus der Hauptstadt und der Region",), None),
])
def test_a_label_beside_a_date_is_no_author(language: str, lines: tuple[str, ...],
                                            url: str | None) -> None:
    assert _authors(language, *lines, url=url) == ()


@pytest.mark.parametrize(("language", "lines", "names"), [
    ("en", ("Jessica DeFino", "Updated Mar 12, 2020 @ 10:42 am"), ("Jessica DeFino",)),
    ("en", ("Craig McCarthy", "Oct 13, 2020"), ("Craig McCarthy",)),
    ("en", ("Rory O'Sullivan", "Oct 13, 2020"), ("Rory O'Sullivan",)),
    ("en", ("LEONARDO GARCIA", "Sep 26, 2022"), ("Leonardo Garcia",)),  # printed in capitals
    ("de", ("Stefan Loibl", "• Publiziert vor einer Stunde"), ("Stefan Loibl",)),  # relative
    ("fr", ("Marie Merlet", "il y a 3 heures"), ("Marie Merlet",)),
    ("de", ("Evgenia Karp Zuletzt geändert am 06.11.2023",), ("Evgenia Karp",)),
    ("de", ("26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar",),
     ("Ulrike Stockhausen",)),
    ("en", ("Kristian Larsen July 13, 2025 — 7 minutes read",), ("Kristian Larsen",)),
    ("fr", ("Marie Merlet 9 décembre 2019 3 commentaires",), ("Marie Merlet",)),
    # A user name beside the date of a forum's opening post.
    ("de", ("HansEhrlich 17.10.2019, 13:56 Uhr",), ("HansEhrlich",)),
    ("en", ("TatyanaBol January 28, 2024, 3:36pm 1",), ("TatyanaBol",)),
    ("en", ("luizjr4 January 28, 2024",), ("luizjr4",)),
    ("en", ("Noah_B August 31, 2023, 3:32pm 1",), ("Noah_B",)),
    ("en", ("Charlotte Gannon • November 4th, 2025",), ("Charlotte Gannon",)),  # an ordinal
    ("en", ("Audrey Huang, Print Managing Editor", "May 31, 2024"), ("Audrey Huang",)),
    ("fr", ("Marie Merlet, journaliste", "9 décembre 2019"), ("Marie Merlet",)),
    # A meta line in parts: the part beside the date's.
    ("de", ("Arne Sjöström | 29. Dezember 2022 30. Dezember 2022 | HR-Welt",), ("Arne Sjöström",)),
    ("fr", ("Marie Merlet | 9 décembre 2019 | Politique",), ("Marie Merlet",)),
    # The same forms in Spanish, Italian and Dutch.
    ("es", ("Ana García", "12 de julio de 2025"), ("Ana García",)),
    ("it", ("Marco Rossi", "13 luglio 2025"), ("Marco Rossi",)),
    ("nl", ("Pieter Bakker", "12 juli 2025"), ("Pieter Bakker",)),
    ("es", ("Ana García, periodista", "12 de julio de 2025"), ("Ana García",)),
    ("it", ("Marco Rossi, giornalista", "13 luglio 2025"), ("Marco Rossi",)),
    ("nl", ("Pieter Bakker, verslaggever", "12 juli 2025"), ("Pieter Bakker",)),
    ("es", ("Ana García | 12 de julio de 2025 | Política",), ("Ana García",)),
    ("it", ("Marco Rossi | 13 luglio 2025 | Politica",), ("Marco Rossi",)),
    ("nl", ("Pieter Bakker | 12 juli 2025 | Politiek",), ("Pieter Bakker",)),
    ("it", ("MarcoR85 13 luglio 2025",), ("MarcoR85",)),
    # A capitalised particle inside a name is no common word ("la", "de", "di").
    ("es", ("Edilson La Rosa", "7 de mayo de 2022"), ("Edilson La Rosa",)),
    ("es", ("Verónica De Castro", "miércoles, 4 de mayo de 2022 00:00 hs"),
     ("Verónica De Castro",)),
    ("it", ("Marco Di Martino", "13 luglio 2025"), ("Marco Di Martino",)),
    ("nl", ("Pieter De Vries", "12 juli 2025"), ("Pieter De Vries",)),
    ("fr", ("Marine Le Bras", "9 décembre 2019"), ("Marine Le Bras",)),
])
def test_more_names_beside_the_date(language: str, lines: tuple[str, ...],
                                    names: tuple[str, ...]) -> None:
    assert _authors(language, *lines) == names


@pytest.mark.parametrize(("language", "lines"), [
    ("de", ("Berlin, 12.07.2025",)),  # a place beside the date
    ("de", ("Politik 12.07.2025 16:29",)),  # a section
    ("en", ("November 26th, 2024",)),  # "th" is the date's
    ("en", ("12.07.2025, 4:55 p.m.",)),
    ("en", ("domenica 13 luglio 2025",)),  # a word in lower case: a weekday, not a user
    ("de", ("Politik | 29. Dezember 2022 | 3 Kommentare",)),  # a section beside the date
    ("en", ("posted 12.07.2025",)),  # the article writes the word in lower case below
    ("en", ("ENERGY LAW", "Oct 13, 2020")),  # capitals, but the headline's words
    ("de", ("Stefan Loibl", "vor einer Stunde wurde es bekannt gegeben und dann noch mehr "
            "dazu gesagt als jemals zuvor in dieser Angelegenheit, die alle betrifft")),
])
def test_no_name_beside_these_dates(language: str, lines: tuple[str, ...]) -> None:
    body = () if "posted" not in lines[0] else ("The news was posted on the site today.",)
    text = "\n\n".join([_LONG_HEADLINE[language], *lines, *body, *BODY[language]])
    assert dechrome.clean(text).authors == ()


@pytest.mark.parametrize(("language", "lines", "names"), [
    ("nl", ("Jan Bakker", "12 juli 2025"), ("Jan Bakker",)),
    ("en", ("April Ryan", "July 12, 2025"), ("April Ryan",)),
    ("de", ("August Müller", "12.07.2025"), ("August Müller",)),
    ("en", ("Jan 2025", "July 12, 2025"), ()),  # a month and a year
    ("en", ("Marco April", "July 12, 2025"), ()),  # a month's name after the first is no name's
])
def test_a_first_name_that_is_a_months_name(language: str, lines: tuple[str, ...],
                                            names: tuple[str, ...]) -> None:
    assert _authors(language, *lines) == names


def test_a_phpbb_byline_ends_at_the_guillemet() -> None:
    assert names_in_byline("by Outer Armatonisdaristan » Tue Aug 27, 2019 1:47 am") == (
        "Outer Armatonisdaristan",)


_BIOS = {
    "de": ("Manfred Weber ist Redakteur im Ressort Politik.", "Weitere Artikel von Manfred Weber"),
    "en": ("Manfred Weber is a staff writer covering energy.", "More from Manfred Weber"),
    "fr": ("Manfred Weber est journaliste au service politique.",
           "Autres articles de Manfred Weber"),
}


@pytest.mark.parametrize("language", sorted(_BIOS))
@pytest.mark.parametrize("box", [0, 1])
def test_a_name_line_an_author_box_confirms(language: str, box: int) -> None:
    text = "\n\n".join([_LONG_HEADLINE[language], "Manfred Weber", *BODY[language],
                        _BIOS[language][box]])
    document = dechrome.clean(text)
    assert document.authors == ("Manfred Weber",)
    assert [found.how for found in document.sources() if found.field == "authors"] == [
        "name-line-and-author-box"]


@pytest.mark.parametrize("tail", [
    "",  # a name line alone: any label in title case reads the same
    "Manfred Weber",  # printed twice is no author box
    "Kontakt zu Manfred Weber aufnehmen",  # no box lead, no biography
    "Peter Schmidt ist Redakteur im Ressort Politik.",  # the box names someone else
])
def test_a_name_line_without_a_box_naming_it_is_no_author(tail: str) -> None:
    text = "\n\n".join([_LONG_HEADLINE["de"], "Manfred Weber", *BODY["de"], tail])
    assert dechrome.clean(text).authors == ()


def test_an_email_address_ends_the_names() -> None:
    assert names_in_byline("Por Mariano Martín mmartin@ambito.com.ar") == ("Mariano Martín",)
    assert names_in_byline("By Jane Doe jane.doe@example.org and more") == ("Jane Doe",)


@pytest.mark.parametrize(("language", "role"), [
    ("en", "Political Editor"), ("de", "Redakteurin"), ("fr", "Journaliste"),
])
def test_a_name_line_over_its_role(language: str, role: str) -> None:
    text = "\n\n".join([_LONG_HEADLINE[language], "Manfred Weber", role, *BODY[language]])
    document = dechrome.clean(text)
    assert document.authors == ("Manfred Weber",)
    assert [found.how for found in document.sources() if found.field == "authors"] == [
        "name-line-and-role"]


@pytest.mark.parametrize(("language", "role", "date"), [
    ("en", "Political Editor", "Friday 24 April 2020 18:25"),
    ("de", "Redakteurin", "24.04.2020, 18:25 Uhr"),
])
def test_a_role_line_beside_a_date_does_not_hide_the_name_over_it(
        language: str, role: str, date: str) -> None:
    # The role line, a date below it, reads as a line of names to the name-line reader; that
    # reading is rejected as a role, and the name over the role is still the byline.
    text = "\n\n".join([_LONG_HEADLINE[language], "Manfred Weber", role, date, *BODY[language]])
    assert dechrome.clean(text).authors == ("Manfred Weber",)


@pytest.mark.parametrize("beside", [
    "Video Gallery", "Become Contributor", "Newsletter",
    "Editor's Picks of the Week in Politics and Business",  # a role word in a long line
])
def test_a_name_line_beside_no_role_is_no_author(beside: str) -> None:
    text = "\n\n".join([_LONG_HEADLINE["en"], "Manfred Weber", beside, *BODY["en"]])
    assert dechrome.clean(text).authors == ()


@pytest.mark.parametrize("line", [
    "By logging into your account, you agree to our Terms of Use and Privacy Policy.",
    "BY COMPANY TYPE",  # over "BY ROLE": a menu of filters
])
def test_lines_opening_with_by_that_credit_no_one(line: str) -> None:
    text = "\n\n".join([_LONG_HEADLINE["en"], line, "BY ROLE", *BODY["en"]])
    assert dechrome.clean(text).authors == ()


_LEAD_WORDS = ["von", "by", "par", "por", "door", "di", "x da", "autor", "autorin", "autoren",
               "autorinnen", "autora", "autorka", "autore", "author", "authors", "auteur",
               "auteure", "text", "texte", "thread starter", "started by", "asked by"]


@pytest.mark.parametrize("word", _LEAD_WORDS)
def test_every_lead_word_passes_the_lead_marks(word: str) -> None:
    for form in (word, word.upper(), word.title(), f"{word.upper()}: Anna Muster"):
        line = f"{form} Anna Muster"
        assert authors._LEAD.search(line) is not None
        assert authors.may_lead(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Von", "BY", "bY", "Par", "DOOR", "Di", "da", "AUTOR", "Auteure",
                                 "TEXT", "Thread", "starter", "İ", "ı", "K", "ſ", "Anna", " ",
                                 ":", "12.07.2025", "|", "x"]), max_size=8).map("".join))
def test_lead_marks_skip_no_lead(text: str) -> None:
    if authors._LEAD.search(text) or authors._LEAD_ALONE.fullmatch(text.strip()):
        assert authors.may_lead(text)


@pytest.mark.parametrize(("language", "lines", "names"), [
    ("en", ("By GrinGEO", "October 29, 2025 in General topics"), ("GrinGEO",)),
    ("de", ("Von flerche", "12.07.2025"), ("flerche",)),
    ("en", ("by Shancock", "Posted 3 days ago"), ("Shancock",)),  # a relative date
    ("en", ("By GrinGEO", "in General topics"), ()),  # no date on the next line: no user name
])
def test_a_user_name_after_a_lead_word_dated_on_the_next_line(
        language: str, lines: tuple[str, ...], names: tuple[str, ...]) -> None:
    assert _authors(language, *lines) == names


_SEVERAL = {
    "de": ("Anna Muster und Jonas Keller", ("Anna Muster", "Jonas Keller")),
    "en": ("Ibtisam Mahdi, Ruwaida Kamal Amer", ("Ibtisam Mahdi", "Ruwaida Kamal Amer")),
    "fr": ("Marie Merlet et Paul Martin", ("Marie Merlet", "Paul Martin")),
    "es": ("Isabel Caro, Rocío Latorre y José Wilson", ("Isabel Caro", "Rocío Latorre",
                                                        "José Wilson")),
    "it": ("Marco Rossi e Giulia Bianchi", ("Marco Rossi", "Giulia Bianchi")),
    "nl": ("Pieter Bakker en Sanne Visser", ("Pieter Bakker", "Sanne Visser")),
}


@pytest.mark.parametrize("language", sorted(_SEVERAL))
def test_a_line_of_several_names_needs_no_date(language: str) -> None:
    line, names = _SEVERAL[language]
    document = dechrome.clean("\n\n".join([_LONG_HEADLINE[language], line, *BODY[language]]))
    assert document.authors == names
    assert [found.how for found in document.sources() if found.field == "authors"] == [
        "name-line"]


def test_a_line_of_several_names_under_the_first_paragraph() -> None:
    body = BODY["en"]
    text = "\n\n".join([_LONG_HEADLINE["en"], body[0], "Clara Löw, Siddharth Prakash & Klaus Jacob",
                        body[1]])
    assert dechrome.clean(text).authors == ("Clara Löw", "Siddharth Prakash", "Klaus Jacob")


@pytest.mark.parametrize("line", [
    "Home, About Us",  # menu items: "us" is a common word
    "Anna Muster",  # one name alone reads like any label in title case
    "Privacy Policy and Terms of Use",
])
def test_no_line_of_several_names(line: str) -> None:
    text = "\n\n".join([_LONG_HEADLINE["en"], line, *BODY["en"]])
    assert dechrome.clean(text).authors == ()


@pytest.mark.parametrize(("language", "line", "name"), [
    # A slashed date that reads either way ("3/5/2022": 3 May or 5 March) is still a date.
    ("es", "Ariel Melgar Cabrera 3/5/2022 22:41", "Ariel Melgar Cabrera"),
    ("it", "Marco Rossi 3/5/2022", "Marco Rossi"),
    ("nl", "Pieter Bakker | 3/5/2022", "Pieter Bakker"),
    ("fr", "Marie Merlet 03/05/2022 à 09h08", "Marie Merlet"),
    ("de", "Manfred Weber 3/5/2022", "Manfred Weber"),
    ("en", "Edward Russell 3/5/2022", "Edward Russell"),
])
def test_a_name_beside_a_slashed_date(language: str, line: str, name: str) -> None:
    assert _authors(language, line) == (name,)


@pytest.mark.parametrize(("language", "line", "names"), [
    # A blog's meta line: the name, the date, then a category with no separator between.
    ("de", "Swantje Bernsmann 11/08/2020 Feelings", ("Swantje Bernsmann",)),
    ("en", "Edward Russell 12 May 2022 Travel", ("Edward Russell",)),
    ("it", "Marco Rossi 12/05/2022 Cronaca", ("Marco Rossi",)),
    # A label before the date reads as no name.
    ("de", "Berliner Zeitung 12.03.2020 Politik", ()),
    ("de", "Olympische Spiele 02.02.2022 Sport", ()),
])
def test_the_words_before_a_meta_lines_date(language: str, line: str,
                                            names: tuple[str, ...]) -> None:
    assert _authors(language, line) == names


def test_an_address_in_the_body_writes_no_name_in_lower_case() -> None:
    """"markus.reuter@example.org" in the article does not make "Reuter" a word the article
    writes in lower case."""
    body = (*BODY["de"], "Fragen an die Redaktion bitte an markus.reuter@example.org richten.")
    text = "\n\n".join([_LONG_HEADLINE["de"], "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 "
                        "Ergänzungen", *body])
    assert dechrome.clean(text).authors == ("Markus Reuter",)


@pytest.mark.parametrize("text", ["a" * 100_000, "a." * 50_000, "@" * 100_000,
                                  ("x" * 59 + "/") * 2000])
def test_adversarial_addresses(text: str) -> None:
    lower = lowerwords.LowerWords([text])
    assert "reuter" not in lower


@pytest.mark.parametrize(("language", "line", "name"), [
    ("es", "Jacobo Betancur Peláez | Publicado hace 3 horas", "Jacobo Betancur Peláez"),
    ("de", "Manfred Weber | vor 3 Stunden", "Manfred Weber"),
    ("en", "Edward Russell | 3 hours ago", "Edward Russell"),
])
def test_a_name_beside_a_relative_date_on_its_line(language: str, line: str, name: str) -> None:
    assert _authors(language, line) == (name,)


def test_a_label_beside_a_relative_date_is_no_author() -> None:
    assert _authors("de", "Olympische Winterspiele | vor 3 Stunden") == ()


def test_a_name_on_a_persons_own_site() -> None:
    # kristian-larsen.com spells the name: the site is the person's, the name the author's.
    lines = ("Kristian Larsen", "July 13, 2025")
    assert _authors("en", *lines, url="https://www.kristian-larsen.com/reviews/x") == (
        "Kristian Larsen",)
    assert _authors("en", *lines, url="https://www.larsen-news.com/reviews/x") == ()


@pytest.mark.parametrize(("line", "names"), [
    # A job title or an employer after the name ends the names, in the six languages.
    ("by Daniel Burstein, Senior Director, Content & Marketing, MarketingSherpa and MECLABS "
     "Institute", ("Daniel Burstein",)),
    ("Posted by Alex Durán, AMP Project Marketing, Google", ("Alex Durán",)),
    ("Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.", ("Uta Staschewski",)),
    ("Von Anna Muster, Geschäftsführerin der Muster GmbH", ("Anna Muster",)),
    ("Par Marie Curie, directrice de l'Institut", ("Marie Curie",)),
    ("Por Lucía Fernández, gerente de ventas", ("Lucía Fernández",)),
    ("Di Marco Rossi, responsabile marketing", ("Marco Rossi",)),
    ("Door Pieter Bakker, adviseur bij Rabobank", ("Pieter Bakker",)),
    # Names only: every one is kept, a surname that is also a word too.
    ("By Jane Doe, John Roe and Max Head", ("Jane Doe", "John Roe", "Max Head")),
    ("Von Anna Muster und Hans Leiter", ("Anna Muster", "Hans Leiter")),
])
def test_a_role_or_employer_after_the_name_ends_the_names(line: str,
                                                          names: tuple[str, ...]) -> None:
    assert names_in_byline(line) == names


@pytest.mark.parametrize("text", ["a" * 100_000, "head " * 20_000, "Institute," * 10_000])
def test_adversarial_affiliations(text: str) -> None:
    assert isinstance(names_in_byline(f"By Anna Muster, {text}"), tuple)


@pytest.mark.parametrize(("line", "names"), [
    # A dash glued to the reading time ends the names, as a spaced dash does.
    ("by Jacob Trussell —10 min read", ("Jacob Trussell",)),
    ("Von Anna Muster –5 Min. Lesezeit", ("Anna Muster",)),
    # A hyphen inside a name is no dash before digits.
    ("By Jean-Luc Picard", ("Jean-Luc Picard",)),
])
def test_a_dash_glued_to_digits_ends_the_names(line: str, names: tuple[str, ...]) -> None:
    assert names_in_byline(line) == names


@pytest.mark.parametrize(("language", "line", "name"), [
    ("de", "Politik (1 / 3) 12.07.2025 16:29 von Anna Muster Symbolbild dpa", "Anna Muster"),
    ("en", "News (1 / 3) July 12, 2025 4:29 PM by Jane Doe", "Jane Doe"),
    ("en", "Wiki/Page (last edited 2025-07-12 16:29:03 by JaneDoe)", "JaneDoe"),
    ("fr", "Politique (1 / 3) 12/07/2025 16h29 par Jean Dupont", "Jean Dupont"),
    ("es", "Política (1 / 3) 12/07/2025 16:29 por María López", "María López"),
    ("nl", "Politiek (1 / 3) 12-07-2025 16:29 door Piet de Vries", "Piet de Vries"),
])
def test_the_date_line_names_its_poster_after_the_date(language: str, line: str,
                                                       name: str) -> None:
    document = dechrome.clean("\n\n".join([_LONG_HEADLINE[language], line, *BODY[language]]))
    assert document.authors == (name,)
    assert [found.how for found in document.sources() if found.field == "authors"] == [
        "date-line-poster"]


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Politik 12.07.2025 16:29 von 2025 bis 2030"),  # no name after "von"
    ("en", "News 12.07.2025 16:29 Wahlen by Jane Doe"),  # a word between date and lead word
    ("en", "News (1 / 3) July 12, 2025 4:29 PM"),  # no lead word
])
def test_a_date_line_naming_no_poster(language: str, line: str) -> None:
    document = dechrome.clean("\n\n".join([_LONG_HEADLINE[language], line, *BODY[language]]))
    assert document.authors == ()


@pytest.mark.parametrize(("text", "names"), [
    ("1.11.23 20:19 von Anna Muster Lesezeit: 4 Min.", ("Anna Muster",)),
    ("12 mars 2021 par Jean Dupont", ("Jean Dupont",)),
    ("5. März 2020 | von Anna Muster", ("Anna Muster",)),
    ("October 3, 2019 by 2030 the world", ()),
    ("24. Januar 2022 von Redaktion", ()),  # a newsroom
    ("no date von Anna Muster", ()),
])
def test_names_after_date(text: str, names: tuple[str, ...]) -> None:
    assert authors.names_after_date(text) == names
