"""Context rules: each judged on a small hand-made page, by rule name and reason, with the
neighbouring case it must leave alone.

Each page is cleaned with the block rules and only the context rules under test (exact-duplicate
removal is always on), so a rule is judged on its own, not on which rule happens to run first.
"""

from __future__ import annotations

import dechrome
from dechrome.context import CONTEXT_RULES
from dechrome.features import dedup_key
from dechrome.model import Document, SiteChrome
from dechrome.profiles import ChromeProfiles
from dechrome.reasons import Reason, Rule
from dechrome.registry import RULES
from dechrome.rules import BLOCK_RULES
from tests.articles import ARTICLES, removed_texts
from tests.test_rules_pairs import ITEMS, PARAGRAPHS

HEADLINE = ARTICLES["de"].headline
FIRST, SECOND, THIRD = ARTICLES["de"].paragraphs


_ENGLISH_PARAGRAPHS = (
    "The committee will publish its findings next month after hearing from many witnesses.",
    "Schools across the region closed on Tuesday as temperatures climbed above forty degrees.",
    "Engineers raised the flood barriers by another half metre before the rain arrived.",
    "Dock workers will return on Wednesday after the union accepted the new pay offer.",
)
BLOCK_RULE_NAMES = frozenset(rule.name for rule in BLOCK_RULES)


def _clean(*blocks: str, rule: Rule = Rule.HEADLINE) -> Document:
    """Blocks separated by blank lines (a block holding '\\n' keeps its single line breaks),
    cleaned by the block rules, the headline rule and `rule`."""
    config = dechrome.Config(rules=BLOCK_RULE_NAMES | {Rule.HEADLINE, rule})
    return dechrome.clean("\n\n".join(blocks), config=config)


def _assert_removed(document: Document, text: str, rule: Rule) -> None:
    removal = next((r for r in document.removals if r.text == text), None)
    assert removal is not None, f"{text!r} was kept"
    assert (removal.rule, removal.reason) == (rule, RULES[rule].reason)


def _assert_kept(document: Document, text: str) -> None:
    assert text not in removed_texts(document)
    assert any(text in paragraph for paragraph in document.paragraphs)


def test_headline_is_removed_and_becomes_the_title() -> None:
    document = _clean(HEADLINE, FIRST, SECOND, THIRD)
    _assert_removed(document, HEADLINE, Rule.HEADLINE)
    assert RULES[Rule.HEADLINE].reason is Reason.HEADLINE
    assert document.title == HEADLINE
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_body_without_headline_keeps_every_paragraph() -> None:
    document = _clean(FIRST, SECOND, THIRD)
    assert document.title is None
    assert document.removals == ()


def test_a_teasers_title_found_by_its_echo_leaves_the_article_headline_below_it() -> None:
    # The title line echoes a teaser's title above the article: the headline-like line left
    # between it and the first paragraph is the one cleaning the body again takes for the
    # headline, so the first cleaning takes it (the class of "Sie suchen ein Haus?").
    teaser, own = "Summer sale on garden chairs", "Why did the schools close this week?"
    raw = "\n".join([f"{teaser} | Example News", "Home", "News", "Sport", teaser, "Shop now",
                     own, *_ENGLISH_PARAGRAPHS])
    document = dechrome.clean(raw)
    _assert_removed(document, own, Rule.HEADLINE)
    assert dechrome.clean(document.text).text == document.text
    assert document.paragraphs[-len(_ENGLISH_PARAGRAPHS):] == _ENGLISH_PARAGRAPHS


def test_a_first_line_taken_out_leaves_the_next_as_title_line_whose_echo_goes() -> None:
    # No headline found on the page; the context rules take its first line out. The body's
    # next line is then its title line ("Headline  Section"), and a second cleaning would
    # take the line echoing it for the headline: the first cleaning takes it.
    first = "Nordkorea versichert Russland Unterstützung bis zu Sieg"
    headline = "Tausende Soldaten in Russland: Nordkorea versichert Unterstützung „bis zum Sieg“"
    document = dechrome.clean(f"{first}\n{headline}     Die Bilder des Tages\n{headline}\n")
    _assert_removed(document, headline, Rule.HEADLINE)
    assert document.text == f"{headline} Die Bilder des Tages"
    assert dechrome.clean(document.text).text == document.text


def test_kicker_above_the_headline() -> None:
    kicker = "„Grüße von Putin“"
    document = _clean(kicker, HEADLINE, FIRST, SECOND, THIRD, rule=Rule.KICKER)
    _assert_removed(document, kicker, Rule.KICKER)
    _assert_removed(document, HEADLINE, Rule.HEADLINE)


def test_sentence_above_the_headline_is_no_kicker() -> None:
    sentence = "Die Lage in der Koalition ist ernst."
    document = _clean(sentence, HEADLINE, FIRST, SECOND, THIRD, rule=Rule.KICKER)
    _assert_removed(document, HEADLINE, Rule.HEADLINE)
    _assert_kept(document, sentence)


def test_head_chrome_between_headline_and_first_paragraph() -> None:
    document = _clean(HEADLINE, "Außenpolitik", FIRST, SECOND, THIRD, rule=Rule.HEAD_CHROME)
    _assert_removed(document, "Außenpolitik", Rule.HEAD_CHROME)
    assert RULES[Rule.HEAD_CHROME].reason is Reason.PAGE_FRAME


def test_short_sentence_above_first_paragraph_is_kept() -> None:
    lead = "Die Koalition hat sich geeinigt."
    document = _clean(HEADLINE, lead, FIRST, SECOND, THIRD, rule=Rule.HEAD_CHROME)
    _assert_kept(document, lead)


def test_tail_chrome_after_last_paragraph() -> None:
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, "Vorteilswelt", "Belgium",
                      rule=Rule.TAIL_CHROME)
    _assert_removed(document, "Vorteilswelt", Rule.TAIL_CHROME)
    _assert_removed(document, "Belgium", Rule.TAIL_CHROME)


def test_short_last_sentence_after_last_paragraph_is_kept() -> None:
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, "Das Spiel beginnt um 20 Uhr.",
                      rule=Rule.TAIL_CHROME)
    _assert_kept(document, "Das Spiel beginnt um 20 Uhr.")
    assert document.paragraphs[-1] == "Das Spiel beginnt um 20 Uhr."


# A paragraph that ends in a colon and the entries it announces (no sentences).
_INTRO = "Nach dem Kurs können die Teilnehmer aus den Gemeinden an der Elbe Folgendes:"
_ENTRIES = ("Die Pegel an der Elbe richtig ablesen", "Die Schleusentore in der richtigen "
            "Reihenfolge schließen", "Anwohner zu den Notunterkünften auf den Höhen führen")


def test_tail_chrome_keeps_the_list_the_last_paragraph_announces() -> None:
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, _INTRO, *_ENTRIES, "Partner", "Impressum",
                      rule=Rule.TAIL_CHROME)
    for entry in _ENTRIES:
        _assert_kept(document, entry)
    # A short label below the list ends it: the footer goes.
    _assert_removed(document, "Partner", Rule.TAIL_CHROME)


def test_tail_chrome_takes_the_same_lines_below_a_paragraph_without_a_colon() -> None:
    closing = _INTRO.replace(" Folgendes:", " viel Neues.")
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, closing, *_ENTRIES, rule=Rule.TAIL_CHROME)
    for entry in _ENTRIES:
        _assert_removed(document, entry, Rule.TAIL_CHROME)


def test_outside_article_keeps_the_list_the_last_paragraph_announces() -> None:
    document = _clean("Startseite", "Politik", HEADLINE, FIRST, SECOND, THIRD, _INTRO,
                      *_ENTRIES, "Partner", "Impressum", rule=Rule.OUTSIDE_ARTICLE)
    for entry in _ENTRIES:
        _assert_kept(document, entry)
    _assert_removed(document, "Partner", Rule.OUTSIDE_ARTICLE)
    closing = _INTRO.replace(" Folgendes:", " viel Neues.")
    document = _clean("Startseite", "Politik", HEADLINE, FIRST, SECOND, THIRD, closing,
                      *_ENTRIES, "Partner", "Impressum", rule=Rule.OUTSIDE_ARTICLE)
    for entry in _ENTRIES:
        _assert_removed(document, entry, Rule.OUTSIDE_ARTICLE)


def test_tail_chrome_keeps_a_reference_that_ends_in_its_url() -> None:
    # A reference's sentence ends before its address; a link's label does not end one.
    reference = ("Meyer, A. (2013). How the river barriers were built. River Journal. "
                 "https://journal.example.com/2013/meyer")
    label = "Fotos: https://example.com/thema/spiel"
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, reference, label, rule=Rule.TAIL_CHROME)
    _assert_kept(document, reference)
    _assert_removed(document, label, Rule.TAIL_CHROME)


def test_tail_chrome_keeps_footnotes_with_their_back_links() -> None:
    # A footnote's sentence ends before the arrow that links back to its mark; a label
    # with an arrow is no sentence for it.
    notes = ("Die Zahlen stammen aus dem Haushaltsbericht des Jahres 2023. ↩",
             "Der Ausschuss hat seine Sitzung danach auf den Herbst verschoben. \u21a9\ufe0e")
    label = "Nach oben \u2191"
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, *notes, label, rule=Rule.TAIL_CHROME)
    for note in notes:
        _assert_kept(document, note)
    _assert_removed(document, label, Rule.TAIL_CHROME)


def test_author_bio_below_the_last_paragraph() -> None:
    bio = "Anna Muster ist Redakteurin im Ressort Politik und schreibt über Haushaltsfragen."
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, bio, rule=Rule.AUTHOR_BIO)
    _assert_removed(document, bio, Rule.AUTHOR_BIO)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_author_bio_words_inside_the_article_are_kept() -> None:
    # Reporting about a person, not the note about the author: it stands before the last
    # paragraphs, or does not open with the name.
    source = "Anna Muster ist Redakteurin einer Lokalzeitung und hat den Fall aufgedeckt."
    reported = "Wie die Journalistin Anna Muster schreibt, ist der Fall noch nicht geklärt."
    document = _clean(HEADLINE, source, FIRST, SECOND, THIRD, reported, rule=Rule.AUTHOR_BIO)
    _assert_kept(document, source)
    _assert_kept(document, reported)


_NOTE_WITH_HANDLE = ("Jane Doe (@janedoe) is a senior staff writer at the paper, covering "
                     "city hall and transport.")
_TEASER_LINES = ("Read more from our city desk", "Five things to do this weekend",
                 "A new bakery opens downtown", "The week in pictures", "Weather for Monday",
                 "Letters to the editor")


def test_author_bio_above_teaser_lines_below_most_paragraphs() -> None:
    # The note stands above more lines than the last few (a box of titles follows it); below
    # most of the paragraphs and alone on the page, it is the author's note.
    document = _clean(HEADLINE, *_ENGLISH_PARAGRAPHS, _NOTE_WITH_HANDLE, *_TEASER_LINES,
                      rule=Rule.AUTHOR_BIO)
    _assert_removed(document, _NOTE_WITH_HANDLE, Rule.AUTHOR_BIO)


def test_notes_on_two_people_high_above_the_end_are_the_articles() -> None:
    # An article that introduces its sources introduces more than one; nor is a question
    # ("Who is the author?") or a role after a preposition ("a guide for founders") a note.
    second = ("John Roe is a senior reporter at a weekly paper who first wrote about the "
              "closures in the spring.")
    document = _clean(HEADLINE, *_ENGLISH_PARAGRAPHS, _NOTE_WITH_HANDLE, second,
                      *_TEASER_LINES, rule=Rule.AUTHOR_BIO)
    _assert_kept(document, _NOTE_WITH_HANDLE)
    _assert_kept(document, second)
    for text in ("Who is the author? Where the writer stands shapes the text.",
                 "Build Mode is a survival guide for early-stage founders and their teams."):
        document = _clean(HEADLINE, *_ENGLISH_PARAGRAPHS, text, rule=Rule.AUTHOR_BIO)
        _assert_kept(document, text)


_NAMED_NOTE = ("Karina Cohen", "Owner and Founder",
               "Karina Cohen is the owner of a cleaning company in Denver and writes about "
               "keeping a home healthy.")
_RELATED = ("More from the blog", "Ten ways to keep a kitchen clean",
            "How often should you wash your curtains", "Why a cleaner home helps you sleep")


def test_author_box_under_its_name_line_below_the_article() -> None:
    # No role word the bio pattern knows ("owner"), and teaser titles follow the box: the name
    # line above a note opening with that name is the evidence.
    document = _clean(HEADLINE, *_ENGLISH_PARAGRAPHS, *_NAMED_NOTE, *_RELATED,
                      rule=Rule.AUTHOR_BIO)
    for text in _NAMED_NOTE:
        _assert_removed(document, text, Rule.AUTHOR_BIO)
    assert document.paragraphs[:4] == _ENGLISH_PARAGRAPHS


_GERMAN_BOX = ("Jule Radeck 300 Beiträge",
               "Jule Radeck studierte Sportwissenschaften, bevor sie als Volontärin nach "
               "Hamburg zog. In ihrer Freizeit findet man sie oft im Schwimmbecken.")


def test_author_box_with_a_post_count_and_a_german_note() -> None:
    # The name line counts the author's posts, the note's verb is German ("studierte"): the
    # box's shape, a name line above a note opening with that name, is the evidence.
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, *_GERMAN_BOX, *_RELATED,
                      rule=Rule.AUTHOR_BIO)
    for text in _GERMAN_BOX:
        _assert_removed(document, text, Rule.AUTHOR_BIO)
    assert document.paragraphs[:3] == (FIRST, SECOND, THIRD)


def test_a_person_the_article_is_about_keeps_the_box_shape() -> None:
    # A subheading with a person's name above a paragraph about them: the article names
    # that person elsewhere ("… gegen Williams"), as it seldom names its author.
    about = ("Liam Williams", "Liam Williams war im April der Gegner des Weltmeisters im "
             "Ring und kam über die volle Distanz von zwölf Runden.")
    mention = ("Am Samstag trifft der Brite in Cardiff auf Williams, der ebenfalls ein "
               "Comeback plant.")
    document = _clean(HEADLINE, FIRST, mention, SECOND, THIRD, *about, rule=Rule.AUTHOR_BIO)
    for text in about:
        _assert_kept(document, text)


def test_people_each_under_their_name_are_the_articles_list() -> None:
    # A list of people or firms, each under its name, repeats the author box's shape: kept.
    people = ("Maria Lopez", "Maria Lopez is a nurse in Tucson who has worked nights for ten "
              "years on the same ward.", "James Brown", "James Brown is a teacher who drives "
              "forty miles to his school in rural Ohio every morning.")
    document = _clean(HEADLINE, *_ENGLISH_PARAGRAPHS, *people, rule=Rule.AUTHOR_BIO)
    for text in people:
        _assert_kept(document, text)


def test_a_heading_of_common_words_over_its_section_is_no_author_box() -> None:
    # "Kaggle Free Certificates" / "Kaggle is …": the heading's words stand in lower case in
    # the page's text ("free", "certificates"), a person's name does not.
    section = ("Kaggle Free Certificates", "Kaggle is an online community for data scientists "
               "that offers free certificates for each of its short courses.")
    intro = ("Many platforms now give free certificates, and the best of them ask for real "
             "work before they hand one out.")
    document = _clean(HEADLINE, intro, *_ENGLISH_PARAGRAPHS, *section, *_RELATED,
                      rule=Rule.AUTHOR_BIO)
    _assert_kept(document, section[1])


def test_a_name_line_and_note_in_the_first_half_are_kept() -> None:
    document = _clean(HEADLINE, *_NAMED_NOTE, *_ENGLISH_PARAGRAPHS, *_ENGLISH_PARAGRAPHS[:2],
                      rule=Rule.AUTHOR_BIO)
    _assert_kept(document, _NAMED_NOTE[2])


def test_named_note_pattern_returns_on_adversarial_input() -> None:
    for unit in ("Ab ", "Ab", "A. ", "x is ", "Aa-"):
        text = unit * 20_000
        document = _clean(HEADLINE, *_ENGLISH_PARAGRAPHS, text, text, rule=Rule.AUTHOR_BIO)
        assert document.paragraphs[:4] == _ENGLISH_PARAGRAPHS


def test_gallery_slide_after_gallery_link() -> None:
    slide = "Blumen für die Opfer: Trauernde legen in Kiew Kränze nieder."
    document = _clean(HEADLINE, FIRST, SECOND, "Gehe zur Galerie", slide, "REUTERS", THIRD,
                      rule=Rule.GALLERY_SLIDE)
    _assert_removed(document, "Gehe zur Galerie", Rule.GALLERY_MARKER)
    _assert_removed(document, slide, Rule.GALLERY_SLIDE)
    _assert_removed(document, "REUTERS", Rule.PHOTO_CREDIT)
    _assert_kept(document, THIRD)


def test_gallery_link_without_credit_takes_no_slide() -> None:
    short = "Die Feuerwehr war mit 80 Kräften im Einsatz."
    document = _clean(HEADLINE, FIRST, SECOND, "Gehe zur Galerie", short, THIRD,
                      rule=Rule.GALLERY_SLIDE)
    _assert_removed(document, "Gehe zur Galerie", Rule.GALLERY_MARKER)
    _assert_kept(document, short)


def test_gallery_slide_is_taken_once() -> None:
    # The context rules run a second round on what the first left: it must not walk past
    # the slide the first round took and take the article's list below it for another.
    caption = "Blumen für die Opfer: Trauernde legen in Kiew Kränze nieder."
    long_line = "Trauernde in Kiew am Sonntagmorgen vor dem Denkmal"
    places = ("Lwiw, Ukraine", "Odessa, Ukraine")
    document = _clean(HEADLINE, FIRST, SECOND, "Gehe zur Galerie", caption, long_line,
                      "Kiew, Ukraine", *places, THIRD, rule=Rule.GALLERY_SLIDE)
    for text in (caption, long_line, "Kiew, Ukraine"):
        _assert_removed(document, text, Rule.GALLERY_SLIDE)
    for text in places:
        _assert_kept(document, text)


def test_gallery_slide_stops_at_the_articles_paragraphs() -> None:
    # A slide's caption stands alone above its credit; two paragraphs of running text in a
    # row below a gallery link are the article going on, even when a short line follows.
    subheading = "NISSAN SENTRA"
    document = _clean(HEADLINE, FIRST, "Gehe zur Galerie", SECOND, THIRD, subheading,
                      _ENGLISH_PARAGRAPHS[0], rule=Rule.GALLERY_SLIDE)
    _assert_removed(document, "Gehe zur Galerie", Rule.GALLERY_MARKER)
    for text in (SECOND, THIRD, subheading):
        _assert_kept(document, text)


def test_caption_above_photo_credit() -> None:
    caption = "Blumen und Blutversprechen: Choe Son Hui traf Sergej Lawrow in Wonsan."
    document = _clean(HEADLINE, FIRST, SECOND, caption, "Foto: REUTERS", THIRD,
                      rule=Rule.CAPTION)
    _assert_removed(document, caption, Rule.CAPTION)
    _assert_removed(document, "Foto: REUTERS", Rule.PHOTO_CREDIT)
    assert RULES[Rule.CAPTION].reason is Reason.CAPTION


def test_long_paragraph_above_photo_credit_is_kept() -> None:
    document = _clean(HEADLINE, FIRST, SECOND, "Foto: dpa", THIRD, rule=Rule.CAPTION)
    _assert_removed(document, "Foto: dpa", Rule.PHOTO_CREDIT)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_numbered_heading_above_photo_credit_is_kept() -> None:
    # A list's item opens with its numbered heading, its picture and credit under it.
    headings = ("2. Die Altstadt am Fluss", "3. Der Hafen im Norden")
    document = _clean(HEADLINE, FIRST, headings[0], "Foto: dpa", SECOND, headings[1],
                      "Foto: REUTERS", THIRD, rule=Rule.CAPTION)
    for heading in headings:
        _assert_kept(document, heading)
    _assert_removed(document, "Foto: dpa", Rule.PHOTO_CREDIT)


def test_last_paragraph_above_an_agency_credit_is_kept() -> None:
    # The article's last paragraph of running text, another one above it, then the credit
    # for the piece: no caption. A short line there under a heading still is one.
    last = ("Die Regierung hat jedoch eingeräumt, dass die Pläne noch im Parlament beraten "
            "werden müssen, bevor sie gelten.")
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, last, "Foto: REUTERS", rule=Rule.CAPTION)
    _assert_kept(document, last)
    _assert_removed(document, "Foto: REUTERS", Rule.PHOTO_CREDIT)
    caption = "Blumen und Blutversprechen: Choe Son Hui traf Sergej Lawrow in Wonsan."
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, "Bilder des Tages", caption,
                      "Foto: REUTERS", rule=Rule.CAPTION)
    _assert_removed(document, caption, Rule.CAPTION)


def test_adversarial_numbered_lines_above_a_credit() -> None:
    # The item number is bounded: a run of digits and stops is no numbered heading.
    for line in ("1" * 50_000 + ". Hafen", "1." * 20_000, "9) " * 10_000):
        document = _clean(HEADLINE, FIRST, SECOND, line, "Foto: dpa", THIRD, rule=Rule.CAPTION)
        assert FIRST in document.paragraphs


def test_summary_box_items_under_summary_heading() -> None:
    items = ("• Die Koalition einigt sich auf den Haushalt.",
             "• Mehr Geld für Verteidigung und Schienen.")
    box = "\n".join(("Auf den Punkt gebracht", *items))
    document = _clean(HEADLINE, box, FIRST, SECOND, THIRD, rule=Rule.SUMMARY_BOX)
    _assert_removed(document, "Auf den Punkt gebracht", Rule.SUMMARY_HEADING)
    for item in items:
        _assert_removed(document, item, Rule.SUMMARY_BOX)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_summary_box_ends_at_paragraph_break() -> None:
    short = "Die Koalition hat sich nach langem Streit auf einen Haushalt geeinigt."
    box = "\n".join(("Das Wichtigste in Kürze", "• Einigung im Haushaltsstreit"))
    document = _clean(HEADLINE, box, short, FIRST, SECOND, THIRD, rule=Rule.SUMMARY_BOX)
    _assert_removed(document, "• Einigung im Haushaltsstreit", Rule.SUMMARY_BOX)
    _assert_kept(document, short)


def test_summary_box_below_the_last_paragraph_repeats_the_article() -> None:
    box = "\n".join(("Auf den Punkt gebracht", "• Die Koalition einigt sich auf den Haushalt."))
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, box, rule=Rule.SUMMARY_BOX)
    _assert_removed(document, "• Die Koalition einigt sich auf den Haushalt.", Rule.SUMMARY_BOX)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_key_points_between_the_articles_paragraphs_are_its_text() -> None:
    # "At a glance" inside the article, with its paragraphs above and below: the author's
    # own list, not a summary that repeats the article.
    item = "• Mehr Geld für Verteidigung und Schienen."
    box = "\n".join(("Das Wichtigste in Kürze", item))
    document = _clean(HEADLINE, FIRST, box, SECOND, THIRD, rule=Rule.SUMMARY_BOX)
    _assert_kept(document, item)
    assert not any(r.rule is Rule.SUMMARY_BOX for r in document.removals)


def test_a_key_takeaways_box_of_sentences_is_the_articles_text() -> None:
    # The same box above the article, its items written as sentences: the author's own
    # paragraphs under a heading (a TL;DR, key takeaways), kept.
    items = ("Die Koalition hat sich nach langem Streit auf den Haushalt geeinigt.",
             "Es gibt mehr Geld für die Verteidigung und für die Schienen.")
    box = "\n".join(("Auf den Punkt gebracht", *items))
    document = _clean(HEADLINE, box, FIRST, SECOND, THIRD, rule=Rule.SUMMARY_BOX)
    for item in items:
        _assert_kept(document, item)
    assert not any(r.rule is Rule.SUMMARY_BOX for r in document.removals)
    # One point that is no sentence makes it a box of points: it goes whole.
    box = "\n".join(("Auf den Punkt gebracht", items[0], "Mehr Geld für Schienen"))
    document = _clean(HEADLINE, box, FIRST, SECOND, THIRD, rule=Rule.SUMMARY_BOX)
    _assert_removed(document, items[0], Rule.SUMMARY_BOX)
    _assert_removed(document, "Mehr Geld für Schienen", Rule.SUMMARY_BOX)


def test_comment_section_after_header_and_login_prompt() -> None:
    comment = ("Ich finde es richtig, dass endlich in der Verwaltung gespart wird, aber beim "
               "Elterngeld zu kürzen ist der falsche Weg.")
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, "Kommentare",
                      "Zum Kommentieren bitte anmelden", comment, "Vorteilswelt",
                      rule=Rule.COMMENT_SECTION)
    _assert_removed(document, "Kommentare", Rule.COMMENT_HEADER)
    _assert_removed(document, "Zum Kommentieren bitte anmelden", Rule.LOGIN_PROMPT)
    _assert_removed(document, comment, Rule.COMMENT_SECTION)
    _assert_removed(document, "Vorteilswelt", Rule.COMMENT_SECTION)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_comment_header_without_evidence_takes_nothing_after_it() -> None:
    document = _clean(HEADLINE, FIRST, SECOND, "Kommentare", THIRD, rule=Rule.COMMENT_SECTION)
    _assert_removed(document, "Kommentare", Rule.COMMENT_HEADER)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_comment_thread_from_three_speaker_lines() -> None:
    first_comment = "Das sehe ich ganz anders, die Kürzungen treffen wieder die Falschen."
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, "anna_m schreibt:", first_comment,
                      "vor 3 Stunden", "Antworten", "Noch ein Kommentar ohne Belang.",
                      rule=Rule.COMMENT_THREAD)
    _assert_removed(document, "anna_m schreibt:", Rule.COMMENT_THREAD)
    _assert_removed(document, first_comment, Rule.COMMENT_THREAD)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_one_speaker_line_in_an_interview_is_no_thread() -> None:
    document = _clean(HEADLINE, FIRST, "Die Ministerin sagt:", SECOND, THIRD,
                      rule=Rule.COMMENT_THREAD)
    _assert_kept(document, "Die Ministerin sagt:")
    assert document.paragraphs == (FIRST, "Die Ministerin sagt:", SECOND, THIRD)


def test_ages_of_teasers_inside_the_article_are_no_thread() -> None:
    # A teaser box between paragraphs dates each teaser ("vor 2 Stunden"): three ages alone
    # are no comment thread, so the paragraphs after the box stay; with a reply link it is one.
    box = ("vor 2 Stunden", "Koalition streitet über Kürzungen beim Elterngeld",
           "vor 5 Stunden", "Länder fordern mehr Geld für den Nahverkehr",
           "vor 9 Stunden", "Opposition kündigt Klage gegen den Haushalt an")
    document = _clean(HEADLINE, FIRST, *box, SECOND, THIRD, rule=Rule.COMMENT_THREAD)
    assert not any(r.rule is Rule.COMMENT_THREAD for r in document.removals)
    _assert_kept(document, SECOND)
    replies = (*box[:2], "Antworten", *box[2:])
    document = _clean(HEADLINE, FIRST, *replies, SECOND, THIRD, rule=Rule.COMMENT_THREAD)
    _assert_removed(document, SECOND, Rule.COMMENT_THREAD)


def test_outside_article_takes_menus_and_teasers_around_the_paragraphs() -> None:
    menu = ("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur")
    teasers = ("Weitere Artikel", "Bahnstreik: Was Reisende jetzt wissen müssen",
               "Wetter: Sturm zieht über Norddeutschland")
    document = _clean(*menu, HEADLINE, FIRST, SECOND, THIRD, *teasers,
                      rule=Rule.OUTSIDE_ARTICLE)
    _assert_removed(document, "Wirtschaft", Rule.OUTSIDE_ARTICLE)
    _assert_removed(document, "Wetter: Sturm zieht über Norddeutschland", Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_outside_article_keeps_a_subheading_and_a_list_inside() -> None:
    inside = ("Die wichtigsten Punkte", "Kindergeld steigt", "Elterngeld sinkt")
    document = _clean(HEADLINE, FIRST, *inside, SECOND, THIRD, rule=Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (FIRST, *inside, SECOND, THIRD)


def test_outside_article_keeps_a_table_of_figures_inside() -> None:
    # Lines without letters are table cells (scores, figures), not menu entries.
    table = ("Ergebnis", "57 : 33", "12", "8", "1 : 5", "33", "4 : 2", "28", "5 : 1", "26",
             "3 : 3", "25", "41", "19")
    document = _clean(HEADLINE, FIRST, *table, SECOND, rule=Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (FIRST, *table, SECOND)


def test_outside_article_keeps_the_lead_above_a_list_of_short_lines() -> None:
    # Short lines above the first paragraph cost less than elsewhere: the intro above a list
    # of ingredients is the article's lead; the menu above the headline still goes.
    menu = ("Startseite", "Rezepte", "Backen", "Kochen", "Magazin")
    lead = ("Dieser Kuchen ist schnell gemacht und schmeckt der ganzen Familie, weil er so "
            "saftig ist und sich gut vorbereiten lässt.", "Wir backen ihn seit Jahren an "
            "jedem Sonntag, und er ist immer am Nachmittag schon ganz aufgegessen.")
    ingredients = ("200 g Mehl", "100 g Zucker", "2 Eier", "1 Prise Salz", "250 ml Milch",
                   "Butter für die Form")
    document = _clean(*menu, HEADLINE, *lead, *ingredients, FIRST, SECOND, THIRD,
                      rule=Rule.OUTSIDE_ARTICLE)
    _assert_removed(document, "Rezepte", Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (*lead, *ingredients, FIRST, SECOND, THIRD)


def test_outside_article_keeps_a_standfirst_right_under_the_headline() -> None:
    # A sentence of names and figures has few stop words and costs the lead walk; printed
    # right under the headline it is the article's standfirst. A date and a label there go.
    polish = ARTICLES["pl"]
    menu = ("Strona główna", "Kraj", "Świat", "Sport", "Kultura")
    standfirst = "Tramwaje: Gocław 2027, Bemowo 2028, Wilanów 2029, Białołęka 2030."
    document = _clean(*menu, polish.headline, standfirst, *polish.paragraphs,
                      rule=Rule.OUTSIDE_ARTICLE)
    _assert_removed(document, "Kraj", Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (standfirst, *polish.paragraphs)
    # Cleaning the cleaned body changes nothing: the standfirst is its opening line there.
    assert _clean(document.text, rule=Rule.OUTSIDE_ARTICLE).paragraphs == document.paragraphs
    label = "12.03.2024 Komunikat prasowy"
    document = _clean(*menu, polish.headline, label, *polish.paragraphs,
                      rule=Rule.OUTSIDE_ARTICLE)
    _assert_removed(document, label, Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == polish.paragraphs


def test_outside_article_a_question_under_the_headline_is_no_standfirst() -> None:
    # A headline-like line (a question, no full stop) there is a prompt to share, and cleaning
    # the cleaned body again would take it for the headline: it goes.
    polish = ARTICLES["pl"]
    menu = ("Strona główna", "Kraj", "Świat", "Sport", "Kultura")
    prompt = "Podoba ci się ten artykuł?"
    blocks = (f"{polish.headline} | Gazeta Miejska", *menu, polish.headline, prompt,
              "Udostępnij na Facebooku", *polish.paragraphs)
    config = dechrome.Config(rules=BLOCK_RULE_NAMES | {Rule.HEADLINE, Rule.OUTSIDE_ARTICLE,
                                                       Rule.HEAD_CHROME})
    document = dechrome.clean("\n\n".join(blocks), config=config)
    _assert_removed(document, prompt, Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == polish.paragraphs
    assert dechrome.clean(document.text, config=config).paragraphs == polish.paragraphs


def test_outside_article_keeps_the_sentence_right_above_the_first_paragraph() -> None:
    # Below the headline and the share line, a sentence with few stop words stands right
    # above the first paragraph: the article's opening. With a line between, it goes.
    polish = ARTICLES["pl"]
    menu = ("Strona główna", "Kraj", "Świat", "Sport", "Kultura")
    opening = "Tramwaje: Gocław 2027, Bemowo 2028, Wilanów 2029."
    document = _clean(*menu, polish.headline, "Udostępnij", "0", opening, *polish.paragraphs,
                      rule=Rule.OUTSIDE_ARTICLE)
    _assert_removed(document, "0", Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (opening, *polish.paragraphs)
    document = _clean(*menu, polish.headline, "0", opening, "Udostępnij", *polish.paragraphs,
                      rule=Rule.OUTSIDE_ARTICLE)
    _assert_removed(document, opening, Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == polish.paragraphs


def test_outside_article_a_tag_heading_in_a_menu_does_not_hide_the_article() -> None:
    # "Themen" heads a menu here: the teaser above it is not half as strong as the article.
    teaser = ("Die Stadt plant einen neuen Radweg entlang des Flusses, der im kommenden Jahr "
              "fertig werden soll und die Innenstadt mit dem Hafen verbindet. Die Kosten tragen "
              "zum größten Teil das Land und der Bund, die Stadt selbst zahlt nur einen kleinen "
              "Teil und hofft auf viele neue Radfahrer in der Stadt.")
    menu = ("Politik", "Wirtschaft", "Sport", "Kultur", "Wetter", "Reise", "Auto", "Digital")
    document = _clean("Themen", teaser, *menu, "Themen", HEADLINE, FIRST, SECOND, THIRD,
                      rule=Rule.OUTSIDE_ARTICLE)
    _assert_removed(document, teaser, Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_title_duplicate_removes_second_copy_of_headline() -> None:
    document = _clean(HEADLINE, FIRST, HEADLINE, SECOND, THIRD, rule=Rule.TITLE_DUPLICATE)
    _assert_removed(document, HEADLINE, Rule.HEADLINE)
    copies = [r for r in document.removals if r.text == HEADLINE and r.rule is Rule.TITLE_DUPLICATE]
    assert len(copies) == 1 and copies[0].reason is Reason.HEADLINE
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_similar_subheading_is_no_title_duplicate() -> None:
    subheading = "Bundesregierung einigt sich auf neuen Kurs"
    document = _clean(HEADLINE, FIRST, SECOND, subheading, THIRD, rule=Rule.TITLE_DUPLICATE)
    _assert_kept(document, subheading)


def test_exact_duplicate_ignores_case_and_punctuation() -> None:
    repeat = FIRST.upper().replace(",", "")
    document = _clean(HEADLINE, FIRST, SECOND, repeat, THIRD)
    _assert_removed(document, repeat, Rule.EXACT_DUPLICATE)
    assert RULES[Rule.EXACT_DUPLICATE].reason is Reason.DUPLICATE
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_exact_duplicate_keeps_the_copy_inside_the_article() -> None:
    # A teaser above the article prints one of its paragraphs first: the article's copy stays
    # and the teaser's goes, once, as a duplicate.
    line = "Die Opposition im Bundestag kritisierte die Pläne der Regierung am Freitag scharf."
    menu = ("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reise",
            "Auto")
    config = dechrome.Config(rules=BLOCK_RULE_NAMES | {Rule.HEADLINE, Rule.EXACT_DUPLICATE,
                                                       Rule.OUTSIDE_ARTICLE})
    document = dechrome.clean("\n\n".join((line, *menu, HEADLINE, FIRST, line, SECOND, THIRD)),
                              config=config)
    duplicates = [r.block for r in document.removals if r.rule is Rule.EXACT_DUPLICATE]
    assert duplicates == [0]
    assert document.paragraphs == (FIRST, line, SECOND, THIRD)


def test_exact_duplicate_keeps_the_copy_under_the_headline() -> None:
    # A line printed right under the headline is the article's own (a byline), even when a
    # copy of it stands inside the article further down.
    name = "Anna Muster"
    config = dechrome.Config(rules=BLOCK_RULE_NAMES | {Rule.HEADLINE, Rule.EXACT_DUPLICATE,
                                                       Rule.OUTSIDE_ARTICLE})
    document = dechrome.clean("\n\n".join((HEADLINE, name, FIRST, SECOND, name, THIRD)),
                              config=config)
    duplicates = [r.block for r in document.removals if r.rule is Rule.EXACT_DUPLICATE]
    assert duplicates == [4]


def test_exact_duplicate_keeps_a_label_over_each_item_under_the_headline() -> None:
    # A list of awards under the headline: "Honoree" heads each item (a name, a firm), no
    # paragraph follows it, so it is the list's label, not a byline; each copy stays (the
    # firm lines, four words or more, are distinct content between the copies).
    config = dechrome.Config(rules=BLOCK_RULE_NAMES | {Rule.HEADLINE, Rule.EXACT_DUPLICATE})
    items = [("Sete Apartment", "Studio Arthur Casas, São Paulo"),
             ("Central Park Loft", "Shelton Mindel, New York"),
             ("Harbour House", "UR Bureau, Lisbon and Porto"),
             ("Garden Pavilion", "Atelier Nord, Oslo and Bergen")]
    lines = [line for name, firm in items for line in ("Honoree", name, firm)]
    document = dechrome.clean("\n\n".join((HEADLINE, *lines, FIRST)), config=config)
    assert document.title == HEADLINE
    assert not [r for r in document.removals if r.rule is Rule.EXACT_DUPLICATE]
    assert document.paragraphs.count("Honoree") == len(items)


def test_exact_duplicate_keeps_a_line_repeated_between_distinct_content() -> None:
    # The same question asked of each guest, a label per item: structure, not a copy.
    question = "Was lesen Sie gerade?"
    closing = "Das Gespräch führte Anna Muster."
    document = _clean(HEADLINE, FIRST, question, SECOND, question, THIRD, question, closing)
    assert not [r for r in document.removals if r.rule is Rule.EXACT_DUPLICATE]
    assert document.paragraphs == (FIRST, question, SECOND, question, THIRD, question,
                                   closing)


def test_exact_duplicate_removes_a_line_repeated_with_nothing_distinct_between() -> None:
    # A menu printed twice, a share button under the other: chrome, only one copy stays.
    document = _clean(HEADLINE, FIRST, SECOND, THIRD, "Haushalt", "Bundestag", "Haushalt",
                      "Bundestag")
    duplicates = [r.block for r in document.removals if r.rule is Rule.EXACT_DUPLICATE]
    assert duplicates == [6, 7]
    assert RULES[Rule.EXACT_DUPLICATE].reason is Reason.DUPLICATE


def test_exact_duplicate_removes_a_pasted_run_once() -> None:
    # A description pasted twice: each of its paragraphs goes once, the first copy stays.
    document = _clean(HEADLINE, FIRST, SECOND, FIRST, SECOND, THIRD)
    duplicates = [r.block for r in document.removals if r.rule is Rule.EXACT_DUPLICATE]
    assert duplicates == [3, 4]
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_near_duplicate_keeps_items_that_differ_in_a_figure() -> None:
    one = "Bestellnummer 11111: Wasserkocher aus Edelstahl mit einem Liter Inhalt und Kalkfilter"
    other = one.replace("11111", "22222")
    document = _clean(HEADLINE, FIRST, one, other, SECOND, THIRD, rule=Rule.NEAR_DUPLICATE)
    _assert_kept(document, one)
    _assert_kept(document, other)


def test_near_duplicate_keeps_the_fuller_paragraph() -> None:
    edited = SECOND.replace("deutlich höhere", "höhere")
    document = _clean(HEADLINE, FIRST, SECOND, edited, THIRD, rule=Rule.NEAR_DUPLICATE)
    _assert_removed(document, edited, Rule.NEAR_DUPLICATE)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_paragraphs_sharing_an_opening_are_no_near_duplicates() -> None:
    other = ("Der Entwurf sieht deutlich höhere Ausgaben für Verteidigung vor. Über die Details "
             "wollen die Fraktionen erst nach der Sommerpause mit den Verbänden sprechen.")
    document = _clean(HEADLINE, FIRST, SECOND, other, THIRD, rule=Rule.NEAR_DUPLICATE)
    _assert_kept(document, other)


def test_contained_duplicate_pull_quote() -> None:
    quote = "„Die Opposition kritisierte die Pläne als unausgewogen“"
    document = _clean(HEADLINE, FIRST, quote, SECOND, THIRD, rule=Rule.CONTAINED_DUPLICATE)
    _assert_removed(document, quote, Rule.CONTAINED_DUPLICATE)
    assert document.paragraphs == (FIRST, SECOND, THIRD)


def test_contained_heading_is_kept() -> None:
    # A heading that a longer block holds (a table of contents on one line, a teaser): the
    # longer block repeats it, the heading is no copy.
    heading = "Die Opposition kritisierte die Pläne als unausgewogen"
    document = _clean(HEADLINE, FIRST, heading, SECOND, THIRD, rule=Rule.CONTAINED_DUPLICATE)
    _assert_kept(document, heading)


def test_contained_line_below_minimum_words_is_kept() -> None:
    line = "höhere Ausgaben für Verteidigung"
    assert dechrome.Config().contained_min_words == 5
    document = _clean(HEADLINE, FIRST, SECOND, line, THIRD, rule=Rule.CONTAINED_DUPLICATE)
    _assert_kept(document, line)


def test_site_repeated_removes_learnt_chrome_but_not_prose_inside_the_article() -> None:
    """More cases (learning, thresholds, syndicated paragraphs) in tests/test_profiles.py."""
    footer = "Die Redaktion erreichen Sie unter Telefon 0800 123 456 werktags von acht bis acht."
    chrome = SiteChrome("example.de", frozenset({dedup_key(SECOND), dedup_key(footer)}),
                        frozenset({dedup_key(SECOND), dedup_key(footer)}))
    config = dechrome.Config(rules=BLOCK_RULE_NAMES | {Rule.HEADLINE, Rule.SITE_REPEATED})
    document = dechrome.clean("\n\n".join((HEADLINE, FIRST, SECOND, THIRD, footer)),
                              config=config, profiles=ChromeProfiles({"example.de": chrome}),
                              site="example.de")
    assert removed_texts(document).get(footer) == "site-repeated"
    assert SECOND in document.paragraphs
    assert document.site == "example.de"
    assert RULES[Rule.SITE_REPEATED].reason is Reason.SITE_CHROME


def test_teaser_run_takes_glued_teasers_below_the_article() -> None:
    # More cases, both sides, in tests/test_rules_teasers.py.
    teasers = (
        "Council Approves New Budget After Long Night Of Talks The city council approved a "
        "budget of 40 million after a meeting that ran past midnight.",
        "Storm Cuts Power To Thousands Across The Valley More than 12,000 homes lost power on "
        "Sunday as strong winds brought down lines.",
        "Local Bakery Wins Award For Best Bread In The State A family bakery on Main Street "
        "took the top prize at the state fair this weekend.",
    )
    article = ARTICLES["en"]
    document = _clean(article.headline, *article.paragraphs, *teasers, rule=Rule.TEASER_RUN)
    for teaser in teasers:
        _assert_removed(document, teaser, Rule.TEASER_RUN)
    assert document.paragraphs == article.paragraphs
    _assert_kept(_clean(article.headline, *article.paragraphs, *teasers[:2],
                        rule=Rule.TEASER_RUN), teasers[1])


def test_teaser_pairs_takes_headlines_over_their_leads_after_the_article() -> None:
    # More cases, both sides, in tests/test_rules_pairs.py.
    lines = [line for item in ITEMS for line in item]
    article = ARTICLES["en"]
    document = _clean(article.headline, *PARAGRAPHS, *lines, rule=Rule.TEASER_PAIRS)
    for line in lines:
        _assert_removed(document, line, Rule.TEASER_PAIRS)
    assert document.paragraphs == PARAGRAPHS
    _assert_kept(_clean(article.headline, *PARAGRAPHS, *lines[:4], rule=Rule.TEASER_PAIRS),
                 lines[0])


def test_slide_caption_takes_counted_captions_of_one_gallery() -> None:
    # More cases, both sides, in tests/test_rules_counters.py.
    slides = ("1 of 3 Firefighters stand by the river as the water rises on Monday.",
              "2 of 3 Sandbags line the bank of the river in the old town.")
    article = ARTICLES["en"]
    document = _clean(article.headline, *slides, *article.paragraphs, rule=Rule.SLIDE_CAPTION)
    for slide in slides:
        _assert_removed(document, slide, Rule.SLIDE_CAPTION)
    alone = "1 of 3 adults in the region now works from home, the survey found last week."
    _assert_kept(_clean(article.headline, alone, *article.paragraphs, rule=Rule.SLIDE_CAPTION),
                 alone)


def test_post_furniture_takes_a_threads_per_post_lines_not_an_articles() -> None:
    # More cases in tests/test_posts.py.
    config = dechrome.Config(rules=BLOCK_RULE_NAMES | {Rule.HEADLINE, Rule.POST_FURNITURE})
    posts = [f"{paragraph}\n\n{number} Likes" for number, paragraph in
             enumerate((*_ENGLISH_PARAGRAPHS, FIRST), start=2)]
    text = "\n\n".join([HEADLINE, *posts])
    document = dechrome.clean(text, config=config, url="https://forum.example.org/t/a/212419")
    _assert_removed(document, "2 Likes", Rule.POST_FURNITURE)
    assert document.paragraphs == (*_ENGLISH_PARAGRAPHS, FIRST)
    document = dechrome.clean(text, config=config, url="https://news.example.com/a.html")
    _assert_kept(document, "2 Likes")


def test_every_context_rule_has_a_test_here() -> None:
    """A new context rule needs its own case in this file."""
    tested = {
        Rule.HEADLINE, Rule.KICKER, Rule.HEAD_CHROME, Rule.TAIL_CHROME, Rule.GALLERY_SLIDE,
        Rule.CAPTION, Rule.SUMMARY_BOX, Rule.COMMENT_SECTION, Rule.TITLE_DUPLICATE,
        Rule.EXACT_DUPLICATE, Rule.NEAR_DUPLICATE, Rule.CONTAINED_DUPLICATE,
        Rule.COMMENT_THREAD, Rule.OUTSIDE_ARTICLE, Rule.SITE_REPEATED, Rule.AUTHOR_BIO,
        Rule.TEASER_RUN, Rule.TEASER_PAIRS, Rule.SLIDE_CAPTION, Rule.POST_FURNITURE,
    }
    registered = {str(rule.name) for rule in CONTEXT_RULES}
    assert {str(rule) for rule in tested} == registered


def test_a_template_lines_copies_whose_content_between_went_are_copies() -> None:
    # Between two copies of a label stands only a sentence that contained-duplicate takes
    # (it runs after exact-duplicate): the body cleaned again reads the copies side by side,
    # so the first cleaning's second round of context rules takes the second copy.
    sentence = "The union accepted the new pay offer on Monday evening."
    lead = (f"Dock workers will return on Wednesday. {sentence} Ships waiting outside the port "
            "since last week will be unloaded first, the harbour master said.")
    label = "Key developments:"
    raw = "\n".join(["Dock workers end their strike", lead, _ENGLISH_PARAGRAPHS[0], label,
                     sentence, label, *_ENGLISH_PARAGRAPHS[1:]])
    document = dechrome.clean(raw)
    _assert_removed(document, sentence, Rule.CONTAINED_DUPLICATE)
    assert [r.rule for r in document.removals if r.text == label] == [Rule.EXACT_DUPLICATE]
    assert RULES[Rule.EXACT_DUPLICATE].reason is Reason.DUPLICATE
    assert dechrome.clean(document.text).text == document.text


_FORUM_URL = "https://forum.example.org/threads/which-lens-for-indoor-basketball.51234/"


def test_exact_duplicate_keeps_a_reply_quoting_a_post_on_a_discussion_page() -> None:
    # A reply repeats the paragraph it answers: on a forum thread that is the page's
    # structure; on an article page the same repeat is a copy.
    quote = _ENGLISH_PARAGRAPHS[0]
    blocks = ("A question about the committee", quote, "reader wrote:", quote,
              *_ENGLISH_PARAGRAPHS[1:])
    config = dechrome.Config(rules=BLOCK_RULE_NAMES | {Rule.HEADLINE, Rule.NEAR_DUPLICATE})
    forum = dechrome.clean("\n\n".join(blocks), url=_FORUM_URL, config=config)
    assert forum.paragraphs.count(quote) == 2
    article = dechrome.clean("\n\n".join(blocks), config=config)
    assert article.paragraphs.count(quote) == 1
    _assert_removed(article, quote, Rule.EXACT_DUPLICATE)


def test_exact_duplicate_removes_a_thread_printed_twice_on_a_discussion_page() -> None:
    # A run of more copies than a reply quotes is the thread printed again.
    thread = (*_ENGLISH_PARAGRAPHS, "Thanks, the new pay offer settles it for the dock workers "
              "and for the rest of us who wait for the ferries every morning.")
    config = dechrome.Config(rules=BLOCK_RULE_NAMES | {Rule.HEADLINE, Rule.NEAR_DUPLICATE})
    document = dechrome.clean("\n\n".join(("A question about the committee", *thread,
                                           "Print view", *thread)),
                              url=_FORUM_URL, config=config)
    assert document.paragraphs == (*thread, "Print view")
    _assert_removed(document, thread[-1], Rule.EXACT_DUPLICATE)


_TOPIC_HEADLINE = "Flood barriers raised along the river"
_TOPIC_PARAGRAPHS = (
    "Engineers raised the flood barriers by another half metre before the rain arrived on "
    "Monday, and the river stayed below them through the night.",
    "The barriers were built after the floods of 2013 and have been raised three times "
    "since, each time after the river came within a few centimetres of their top.",
    "The city says the river will peak on Thursday, and the barriers should hold it.",
)
_TOPIC_TABLE = ("Barriers after Monday's work", "Barriers at the old bridge: 5.2 m",
                "Barriers at the harbour: 5.0 m", "Barriers at the ferry landing: 4.8 m",
                "Barriers at the dam: 4.6 m")


def test_outside_article_grows_over_a_table_that_names_the_topic() -> None:
    # A table below the last paragraph costs more than it brings, but its lines name the
    # article's topic (barriers, a word its paragraphs use): it is the article's. The menu
    # after it is not.
    footer = ("Imprint", "Contact", "Jobs", "Advertise")
    document = _clean(_TOPIC_HEADLINE, *_TOPIC_PARAGRAPHS, *_TOPIC_TABLE, *footer,
                      rule=Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (*_TOPIC_PARAGRAPHS, *_TOPIC_TABLE)
    _assert_removed(document, "Imprint", Rule.OUTSIDE_ARTICLE)


def test_outside_article_does_not_grow_past_chrome() -> None:
    # Teasers below a teaser heading (removed by its own rule) name the topic too: the
    # article ends at the chrome.
    teasers = ("Flood barriers for the harbour approved", "Barriers: what the city plans next")
    config = dechrome.Config(rules=BLOCK_RULE_NAMES | {Rule.HEADLINE, Rule.OUTSIDE_ARTICLE})
    document = dechrome.clean("\n\n".join((_TOPIC_HEADLINE, *_TOPIC_PARAGRAPHS, "Read more",
                                           *teasers)), config=config)
    assert document.paragraphs == _TOPIC_PARAGRAPHS
    _assert_removed(document, teasers[0], Rule.OUTSIDE_ARTICLE)


def test_outside_article_lines_that_miss_the_topic_stay_outside() -> None:
    # Lines below the article that name nothing of it cost what they cost anywhere.
    others = ("Weather for the weekend", "Cinema listings", "Crossword answers")
    document = _clean(_TOPIC_HEADLINE, *_TOPIC_PARAGRAPHS, *others, rule=Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == _TOPIC_PARAGRAPHS
    _assert_removed(document, others[0], Rule.OUTSIDE_ARTICLE)


_REFERENCES = ("Sources",
               "City flood office (2024). Barriers and river levels, spring report. "
               "https://flood.example.org/reports/spring",
               "Meyer, A. (2013). How the river barriers were built. River Journal. "
               "https://journal.example.com/2013/meyer",
               "Harbour authority (2023). New barriers at the ferry landing. "
               "https://harbour.example.net/works")


def test_outside_article_grows_over_references_that_name_the_topic() -> None:
    # Each reference holds a URL, but its title (outside the URL) names the article's topic
    # (barriers, river): the list is the article's. The menu after it is not.
    footer = ("Imprint", "Contact", "Jobs", "Advertise")
    document = _clean(_TOPIC_HEADLINE, *_TOPIC_PARAGRAPHS, *_REFERENCES, *footer,
                      rule=Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (*_TOPIC_PARAGRAPHS, *_REFERENCES)
    _assert_removed(document, "Imprint", Rule.OUTSIDE_ARTICLE)


def test_outside_article_a_link_that_names_the_topic_only_in_its_address_stays_outside() -> None:
    # A labelled link names the topic in its path only: no topic line.
    links = ("Photos: https://news.example.com/river/flood-barriers-raised",
             "More: https://news.example.com/barriers/river-barriers-photos")
    document = _clean(_TOPIC_HEADLINE, *_TOPIC_PARAGRAPHS, *links, rule=Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == _TOPIC_PARAGRAPHS
    for link in links:
        _assert_removed(document, link, Rule.OUTSIDE_ARTICLE)


def test_outside_article_grows_across_a_separator() -> None:
    # A separator below the last paragraph is no evidence that the chrome begins: the table
    # after it still names the topic and joins the article. It stays removed by its rule.
    document = _clean(_TOPIC_HEADLINE, *_TOPIC_PARAGRAPHS, "* * *", *_TOPIC_TABLE,
                      "Imprint", "Contact", rule=Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == (*_TOPIC_PARAGRAPHS, *_TOPIC_TABLE)
    _assert_removed(document, "* * *", Rule.SEPARATOR)
    _assert_removed(document, "Imprint", Rule.OUTSIDE_ARTICLE)


def test_outside_article_does_not_grow_across_a_single_link() -> None:
    # A linked entry below the last paragraph still ends the walk (see tail's docstring).
    link = "Video: https://www.youtube.com/watch?v=barriers"
    document = _clean(_TOPIC_HEADLINE, *_TOPIC_PARAGRAPHS, link, *_TOPIC_TABLE,
                      rule=Rule.OUTSIDE_ARTICLE)
    assert document.paragraphs == _TOPIC_PARAGRAPHS
    _assert_removed(document, _TOPIC_TABLE[0], Rule.OUTSIDE_ARTICLE)


# A list's own short heading, ending in a colon, right below the last paragraph.
_HEADING = "Die Mitgliedschaft umfasst:"


def test_outside_article_keeps_a_headed_list_below_a_blurb() -> None:
    # Below one paragraph too weak to be an article (a product's or a service's blurb),
    # the list under its heading is the page's content.
    document = _clean("Startseite", "Kurse", HEADLINE, FIRST, _HEADING, *_ENTRIES, "Partner",
                      "Impressum", rule=Rule.OUTSIDE_ARTICLE)
    for entry in (_HEADING, *_ENTRIES):
        _assert_kept(document, entry)
    _assert_removed(document, "Partner", Rule.OUTSIDE_ARTICLE)


def test_outside_article_takes_a_headed_list_below_an_article() -> None:
    # Below an article such a heading ("Mehr lesen:") announces teasers as often.
    document = _clean("Startseite", "Politik", HEADLINE, FIRST, SECOND, THIRD, _HEADING,
                      *_ENTRIES, "Partner", "Impressum", rule=Rule.OUTSIDE_ARTICLE)
    for entry in (_HEADING, *_ENTRIES):
        _assert_removed(document, entry, Rule.OUTSIDE_ARTICLE)
