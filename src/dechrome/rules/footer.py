"""What closes a page or an article: copyright lines, tag lists, search boxes, captcha notes.

The main-content region treats copyright lines and tag headings as walls: the article does
not go on past them unless much more text follows.
"""

from __future__ import annotations

from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, contains, phrases, starts, whole

# A year or a rights formula makes a copyright line: "© Getty Images" is a photo credit and
# "Copyright reform passes parliament" a headline.
_COPYRIGHT = phrases(
    r"©.{0,60}\b(?:19|20)\d{2}\b", r"\(c\) ?\d{4}", r"copyright ©?\s?\d{4}",
    r"copyright\s?(?:©|\(c\))", r"all rights reserved",
    r"alle rechte vorbehalten", r"tous droits réservés", r"todos los derechos reservados",
    r"tutti i diritti riservati", r"todos os direitos reservados", r"alle rechten voorbehouden",
    r"wszelkie prawa zastrzeżone",
)
_TAGS = phrases(
    r"tags?", r"schlagw(?:ö|o)rte?r?", r"stichw(?:ö|o)rte?r?", r"themen", r"mots[- ]clés",
    r"étiquettes", r"etiquetas", r"tem(?:a|as)", r"keywords", r"topics", r"tagged(?: with)?",
    r"labels", r"kategorien", r"categories", r"catégories", r"categorías", r"argomenti",
    r"trefwoorden", r"tagi", r"getaggt mit", r"markiert mit", r"kategorie", r"category",
    r"categoría", r"categoria", r"kategoria", r"palabras clave", r"etichette", r"parole chiave",
    r"palavras-chave", r"tematy", r"słowa kluczowe",
    r"themen (?:in )?diese[sm]? (?:artikels?|beitrags?)",
    r"mehr zu(?:m)? (?:den )?themen", r"abgelegt unter", r"filed under", r"classé dans",
    r"archivado en", r"archiviato in",
)
# A tag label with its tags on the same line: "Tags: Klima, Energie, Berlin". Only the labels
# that never open a sentence, and the line must not end like one.
_TAG_LABEL = phrases(
    r"tags?", r"schlagw(?:ö|o)rte?r?", r"stichw(?:ö|o)rte?r?", r"getaggt mit", r"markiert mit",
    r"tagged(?: with)?", r"kategorien?", r"categories", r"category", r"mots[- ]clés",
    r"étiquettes", r"etiquetas", r"palabras clave", r"categorías?", r"argomenti", r"etichette",
    r"parole chiave", r"palavras-chave", r"categorias?", r"trefwoorden", r"tagi", r"tematy",
    r"słowa kluczowe", r"kategori[ae]", r"filed under", r"abgelegt unter",
)
_TAG_LINE = (
    rf"(?:{_TAG_LABEL})\s?:\s?[\p{{L}}\d#&'’.-]{{1,40}}(?:\s?[,;|/•·]?\s[\p{{L}}\d#&'’.-]{{1,40}}){{0,24}}"
    r"(?<![\p{Ll}\d]{2}[.!?])"
)
_SEARCH_BOX = phrases(
    r"dieses blog durchsuchen", r"search this (?:blog|site|website)", r"rechercher sur le site",
    r"buscar en (?:este blog|el sitio)", r"suchbegriff eingeben", r"enter search term",
    r"type (?:your search|to search)", r"suche nach:?", r"search for:?",
    r"buscar:?", r"cerca nel sito", r"pesquisar no site", r"doorzoek de site",
    r"zoeken op de site", r"szukaj w serwisie", r"wpisz szukaną frazę",
)
_CAPTCHA = phrases(
    r"this site is protected by recaptcha", r"diese seite ist durch recaptcha geschützt",
    r"ce site est protégé par recaptcha",
)

RULES = (
    BlockRule(Rule.COPYRIGHT_LINE, Reason.FOOTER, starts(_COPYRIGHT), ("*",),
              "© 2019 Hearst Communications, Inc. All rights reserved.", max_words=30),
    BlockRule(Rule.TAG_LIST, Reason.FOOTER, whole(rf"(?:{_TAGS})\s?:?|{_TAG_LINE}"),
              ("de", "en", "fr", "es", "it", "pt", "nl", "pl"), "Schlagwörter:", max_words=30),
    BlockRule(Rule.SEARCH_BOX, Reason.INTERFACE, whole(_SEARCH_BOX),
              ("de", "en", "fr", "es", "it", "pt", "nl", "pl"),
              "Dieses Blog durchsuchen", max_words=6),
    BlockRule(Rule.CAPTCHA_NOTICE, Reason.CONSENT, contains(_CAPTCHA), ("de", "en", "fr"),
              "This site is protected by reCAPTCHA and the Google Privacy Policy apply.",
              max_words=40),
)
