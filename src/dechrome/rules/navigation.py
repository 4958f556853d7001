"""Site navigation inside the page text: prev/next, skip links, menus, teasers, share bars."""

from __future__ import annotations

import regex

from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, phrases, starts, whole

_PREV_NEXT = phrases(
    r"previous (?:article|story|post|page)", r"next (?:article|story|post|page)",
    r"vorheriger (?:artikel|beitrag)", r"nächster (?:artikel|beitrag)", r"zurück zur übersicht",
    r"article (?:précédent|suivant)", r"page (?:précédente|suivante)",
)
# Case matters: "PREV"/"NEXT" as link labels, while "Next week, …" opens a sentence.
_PREV_NEXT_LABEL = regex.compile(
    r"^(?:(?:PREV|NEXT|PREVIOUS)\s|(?:Prev|Next|Previous|Zurück|Weiter|Précédent|Suivant)"
    r"\s?[:»›>]|[«‹]\s)"
)


def _is_prev_next(text: str) -> bool:
    return _PREV_NEXT_LABEL.match(text) is not None or _PREV_NEXT_PHRASE(text)


_SKIP = phrases(
    r"zum inhalt springen", r"direkt zum inhalt", r"zur navigation springen", r"zum hauptinhalt",
    r"skip to (?:main )?(?:content|navigation|main)", r"jump to (?:content|navigation)",
    r"aller au contenu(?: principal)?", r"passer au contenu", r"aller à la navigation",
)
_MENU = phrases(
    r"meine news", r"kostenlose spiele", r"startseite", r"home(?:page)?", r"menü", r"menu",
    r"navigation", r"suche", r"search", r"rechercher", r"accueil", r"mehr", r"more",
    r"impressum", r"datenschutz(?:erklärung)?", r"agb", r"kontakt", r"privacy policy",
    r"terms of (?:use|service)", r"contact us", r"about us", r"mentions légales",
    r"nous contacter", r"plan du site", r"sitemap", r"abo", r"e-paper", r"epaper",
    r"anmelden", r"einloggen", r"log ?in", r"sign ?in", r"register", r"se connecter",
    r"mon compte", r"mein konto", r"my account",
)
_READ_ALSO = phrases(
    r"lesen sie auch\b", r"lies auch\b", r"das könnte sie auch interessieren\b",
    r"empfehlungen der redaktion\b", r"zum thema\s?:", r"read (?:also|more)\s?:",
    r"also read\b", r"related(?: articles| stories| content)?\s?:",
    r"you (?:may|might) also like\b", r"recommended for you\b", r"lire aussi\b",
    r"à lire aussi\b", r"a lire aussi\b", r"à lire également\b", r"lire également\b",
)
# These also open sentences ("Mehr zum Thema Klimaschutz will …", "More from the interview …"):
# only alone on the line, before a separator, or (more from) before a capitalised section name.
_READ_ALSO_LABEL = phrases(
    r"auch interessant", r"mehr zum thema", r"weitere artikel", r"meistgelesen",
    r"verwandte artikel", r"related (?:articles|stories|content)", r"more on this (?:story|topic)",
    r"more from", r"most read", r"voir aussi", r"sur le même sujet", r"les plus lus",
)
_SECTION = r"(?-i:\p{Lu}[\p{L}&.'’-]{0,30}(?: \p{Lu}[\p{L}&.'’-]{0,30}){0,3})"
_READ_ALSO_START = rf"{_READ_ALSO}|(?:{_READ_ALSO_LABEL})(?:\s?[:|»›–—-]|$)|more from {_SECTION}$"
_SHARE_WORD = (
    r"teilen|share|partager|tweet|tweeten|twittern|e-?mail|mail|drucken|print|imprimer|"
    r"link kopieren|copy link|copier le lien|facebook|twitter|x|whatsapp|linkedin|pinterest|"
    r"xing|reddit|telegram|flipboard|messenger|threads|bluesky|artikel teilen|"
    r"share this (?:article|story)|diesen artikel teilen|partager cet article|"
    r"auf \w{1,12} teilen|share on \w{1,12}|partager sur \w{1,12}|merken|speichern|save"
)
_SHARE = rf"(?:{_SHARE_WORD})(?:\s?[|•·,/]?\s?(?:{_SHARE_WORD})){{0,12}}"
_UI = phrases(
    r"schließen", r"öffnen", r"aufklappen", r"zuklappen", r"mehr anzeigen", r"weniger anzeigen",
    r"weiterlesen", r"mehr lesen", r"alle anzeigen", r"zurück", r"nach oben", r"close", r"open",
    r"show more", r"show less", r"read more", r"continue reading", r"see more", r"back",
    r"back to top", r"expand", r"collapse", r"fermer", r"ouvrir", r"voir plus", r"lire la suite",
    r"afficher plus", r"retour", r"retour en haut(?: de (?:la )?page)?", r"haut de page", r"ok",
    r"akzeptieren", r"accept", r"accepter",
)
_PREV_NEXT_PHRASE = starts(rf"(?:{_PREV_NEXT})\b")

RULES = (
    BlockRule(Rule.PREV_NEXT, Reason.NAVIGATION, _is_prev_next, ("de", "en", "fr"),
              "PREV Diese französische Marke veröffentlicht einen Preis", max_words=30,
              hint=starts(rf"prev|next|previous|zurück|weiter|précédent|suivant|[«‹]|{_PREV_NEXT}")),
    BlockRule(Rule.SKIP_LINK, Reason.NAVIGATION, whole(_SKIP), ("de", "en", "fr"),
              "Zum Inhalt springen", max_words=8),
    BlockRule(Rule.MENU_ITEM, Reason.NAVIGATION, whole(_MENU), ("de", "en", "fr"), "Meine news",
              max_words=4),
    BlockRule(Rule.READ_ALSO, Reason.RELATED, starts(_READ_ALSO_START), ("de", "en", "fr"),
              "Lesen Sie auch: Warum Nordkorea Soldaten schickt", max_words=30),
    BlockRule(Rule.SHARE_BUTTONS, Reason.SHARE, whole(_SHARE), ("de", "en", "fr"),
              "Teilen | Facebook | WhatsApp | E-Mail", max_words=20),
    BlockRule(Rule.UI_LABEL, Reason.INTERFACE, whole(_UI), ("de", "en", "fr"), "Aufklappen",
              max_words=4),
    BlockRule(Rule.SEPARATOR, Reason.INTERFACE, whole(r"\W++"), ("*",), "-", max_words=0),
)
