"""Who and when: photo credits, agency tags, bylines, timestamps and date lines.

They are metadata, not body: issue-level extractors read them, the body leaves them out.
"""

from __future__ import annotations

import regex

from dechrome.features import word_count
from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, contains, phrases, starts, whole

AGENCIES = phrases(
    r"reuters", r"afp", r"dpa", r"ap", r"apa", r"epa", r"efe", r"ansa", r"sda", r"kna", r"epd",
    r"keystone", r"getty ?images", r"getty", r"istock(?:photo)?", r"imago(?: images)?",
    r"picture[ -]alliance", r"shutterstock", r"privat", r"private?", r"zuma(?: press)?",
    r"sipa", r"xinhua", r"anadolu(?: agency)?", r"bloomberg", r"nurphoto", r"alamy", r"pexels",
    r"unsplash", r"pixabay", r"wikimedia(?: commons)?", r"symbolbild", r"archiv", r"archive",
    r"ddp(?: images)?", r"photothek", r"action press", r"hans lucas", r"abaca(?:press)?",
    r"maxppp", r"belga", r"anp", r"tass", r"ria novosti", r"kcna", r"yonhap",
    r"handout", r"screenshot", r"dr", r"d\.r\.", r"afp photo", r"ap photo", r"pa(?: media| wire)?",
)
_CREDIT_LABEL = phrases(
    r"fotos?", r"bild(?:er)?", r"bildquelle", r"quelle", r"photos?", r"image", r"credits?",
    r"source", r"crédits?(?: photo)?", r"copyright", r"©", r"\(c\)",
    r"(?:photos?|fotos?|image|bild) (?:by|von|de|par)",
    r"photograph(?: by)?", r"titelbild", r"beitragsbild", r"crédits? photos?",
    r"imagen", r"imagem", r"immagine", r"fot\.", r"fotografía", r"fotografia", r"zdjęcie",
    r"fuente", r"fonte", r"bron", r"źródło", r"(?:foto|imagen|imagem) (?:de|di|por|van)",
    # "Image via NASA", "Photo courtesy of the family"
    r"(?:image|photo|picture) (?:via|courtesy(?: of)?)", r"courtesy of",
)
# Case-sensitive even inside the case-insensitive rule patterns: a name is capitalised, so
# "Image problems for the party" is not "Image: <name>".
_NAME = (
    r"(?-i:\p{Lu}[\p{L}.'’-]{0,30}+(?:\s(?:\p{Lu}[\p{L}.'’-]{0,30}+|von|van|de|di|da|le|la))"
    r"{0,3}+)"
)
_AGENCY_LIST = rf"(?:{AGENCIES})(?:\s?[/,|;]\s?(?:{AGENCIES}|{_NAME})){{0,4}}"
# "Sanjeev Verma/Hindustan Times/Getty Images", "J. Scott Applewhite / AP file", "Jane Doe/
# Bloomberg via Getty Images": a photographer, the outlet, the agency that sells the picture.
_AGENCY_LAST = rf"(?:{AGENCIES})(?:\s(?:file|via\s(?:{AGENCIES})))?"
_NAMES_THEN_AGENCY = rf"(?:{_NAME})(?:\s?/\s?{_NAME}){{0,2}}\s?/\s?{_AGENCY_LAST}"
_CREDIT = (
    rf"(?:(?:(?:{_CREDIT_LABEL})\s?:?\s?(?:©\s?)?|©\s?)(?:{_NAME}|{AGENCIES})"
    rf"(?:\s?[/,|;]\s?(?:{AGENCIES}|{_NAME})){{0,4}}"
    rf"|{_AGENCY_LIST}|{_NAMES_THEN_AGENCY})"
)
_AGENCY_TAG = (
    r"\(\p{Ll}{2,5}(?:/\p{L}{2,5}){0,3}\)"
    rf"|\((?:{AGENCIES})(?:/\p{{L}}{{2,5}}){{0,3}}\)"
    r"|(?:red|apa|dpa|sda|afp|ots|kna|epd|sid)(?:/\p{L}{2,5}){0,3},\s?[\p{L}\d .-]{2,40}"
)
_MONTH = phrases(
    r"jan(?:uar|uary)?", r"jän(?:ner)?", r"feb(?:ruar|ruary)?", r"mär(?:z)?", r"mar(?:ch)?",
    r"apr(?:il)?", r"mai", r"may", r"jun[ie]?", r"jul[iy]?", r"aug(?:ust)?",
    r"sep(?:t(?:ember)?)?", r"okt(?:ober)?", r"oct(?:ober)?", r"nov(?:ember)?",
    r"dez(?:ember)?", r"dec(?:ember)?", r"janvier", r"février", r"mars", r"avril", r"juin",
    r"juillet", r"août", r"septembre", r"octobre", r"novembre", r"décembre",
    r"enero", r"febrero", r"marzo", r"abril", r"mayo", r"junio", r"julio", r"agosto",
    r"septiembre", r"setiembre", r"octubre", r"noviembre", r"diciembre", r"gennaio", r"febbraio",
    r"aprile", r"maggio", r"giugno", r"luglio", r"settembre", r"ottobre", r"dicembre",
    r"janeiro", r"fevereiro", r"março", r"maio", r"junho", r"julho", r"setembro", r"outubro",
    r"novembro", r"dezembro", r"januari", r"februari", r"maart", r"mei", r"augustus",
    r"stycznia", r"lutego", r"marca", r"kwietnia", r"maja", r"czerwca", r"lipca", r"sierpnia",
    r"września", r"października", r"listopada", r"grudnia",
)
_WEEKDAY_NAME = phrases(
    r"montag", r"dienstag", r"mittwoch", r"donnerstag", r"freitag", r"samstag", r"sonntag",
    r"monday", r"tuesday", r"wednesday", r"thursday", r"friday", r"saturday", r"sunday",
    r"lundi", r"mardi", r"mercredi", r"jeudi", r"vendredi", r"samedi", r"dimanche",
    r"lunes", r"martes", r"miércoles", r"jueves", r"viernes", r"sábado", r"domingo",
    r"lunedì", r"martedì", r"mercoledì", r"giovedì", r"venerdì", r"sabato", r"domenica",
    r"segunda-feira", r"terça-feira", r"quarta-feira", r"quinta-feira", r"sexta-feira",
    r"maandag", r"dinsdag", r"woensdag", r"donderdag", r"vrijdag", r"zaterdag", r"zondag",
    r"poniedziałek", r"wtorek", r"środa", r"czwartek", r"piątek", r"sobota", r"niedziela",
)
_WEEKDAY = rf"{_WEEKDAY_NAME}|mon|tue|wed|thu|fri|sat|sun"
# The label alone, or followed by a date, a time or a relative time: "Aktualisiert wurde die
# Prognose im März." and "Published in 1851, the novel …" are sentences.
_TIMESTAMP = (
    r"(?:akt\.|aktualisiert|veröffentlicht|erstellt|stand|zuletzt aktualisiert|updated?|"
    r"(?:zuletzt )?bearbeitet|erschienen|"
    r"last updated|published|posted|publié|mis à jour|modifié|actualisé|publiziert|"
    r"letzte aktualisierung|publicado|actualizado|última actualización|pubblicato|aggiornato|"
    r"ultima modifica|ultimo aggiornamento|atualizado|última atualização|gepubliceerd|"
    r"bijgewerkt|laatst bijgewerkt|opublikowano|zaktualizowano|aktualizacja|data publikacji)"
    r"(?:\s?(?:am|um|on|at|le|à|el|il|em|op|dnia|:)?\s?"
    rf"(?:\d|(?:{_WEEKDAY}|{_MONTH})\b|vor\s|il y a\s|heute|"
    r"gestern|today|yesterday|aujourd['’]hui)[\p{L}\d.,:/ -]{0,60})?"
)
_DATE = (
    r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
    rf"|\d{{1,2}}(?:\.|er|º)?\s(?:de\s)?(?:{_MONTH})\.?,?\s(?:de\s)?\d{{4}}"
    rf"|(?:{_MONTH})\.?\s\d{{1,2}},?\s\d{{4}}"
)
# A time may name its zone: "8:41 AM UTC", "10:28am EST", "18.54 GMT".
_ZONE = r"utc|gmt|bst|ce(?:s)?t|mes?z|[ecmp][sd]?t"
_TIME = rf"\d{{1,2}}[:.h]\d{{2}}(?:\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?(?:\s(?:{_ZONE})\b)?"
# A machine timestamp printed as it is: "2019-11-13T23:06:00+01:00".
_ISO_STAMP = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?"
_DATELINE = (
    rf"(?:(?:{_WEEKDAY}),?\s)?(?:{_DATE})"
    rf"(?:\s?[,|-]?\s?(?:um\s|at\s|à\s|a las\s|alle\s|às\s|om\s|o\s)?{_TIME})?"
    rf"|{_TIME}|{_ISO_STAMP}"
)
_COMMENTS = r"comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?"
# "By Friday, the negotiators had …" is no byline: no name is a weekday, and a byline does not
# end like a sentence (a final period only after an initial or abbreviation: "D.C.").
_BYLINE = regex.compile(
    rf"^(?:(?:(?i:{_DATELINE}))\s?[|·•,–—-]?\s)?"
    rf"(?i:(?:von|by|par|por|di|door):?|text:?|autor(?:in|a|ka|e)?:|author:|auteur:|texte\s?:?)"
    r"\s{1,3}"
    rf"(?!(?i:{_WEEKDAY_NAME})\b){_NAME}"
    rf"(?:\s?(?:,|(?i:und|and|et|y|e|en|i)|&)\s?{_NAME}){{0,5}}+(?:\s?[,|·•–—-]\s?.{{0,60}}"
    rf"|\s(?i:am|on|le|el|il|em|op)\s(?:\d|(?i:{_WEEKDAY}|{_MONTH})\b).{{0,50}}"
    # a date or a comment count right after the names: "von Tilman Weber 10.12.2022 07:00"
    rf"|\s(?:(?i:{_DATE})).{{0,50}}|\s\d{{1,5}}\s(?i:{_COMMENTS})\b.{{0,40}})?"
    r"(?<!\p{Ll}{2}[.!?])$"
)


# The heading of an author box, and links to an author's other pieces: "Über die Autorin",
# "Alle Artikel von Anna Muster", "View all posts by Jane Doe".
_AUTHOR_BOX = (
    r"o autor(?:ze|ce|ach)|(?:über|about|à propos de|sobre|sull['’]|over) ?"
    r"(?:den |die |the |l['’]|el |la |o |a |"
    r"de )?(?:autor(?:in|en|innen|a|es|as|ze|ce|ach|ów)?|authors?|auteure?s?|autore|autrice|"
    r"auteur)|zur person|(?:l['’])?(?:autore|autrice)|(?:der|die) autor(?:in)?|the author|"
    r"more (?:from|by) this author"
    # links to an author's other pieces name the author: "Alle Artikel von Anna Muster"
    rf"|(?:(?:alle|weitere) (?:artikel|beiträge|texte) von|(?:view|see|read) (?:all|more) "
    rf"(?:posts|articles|stories) (?:by|from)|(?:tous les|voir les) articles de|(?:ver )?"
    rf"(?:todos los|más) artículos de|(?:tutti gli|altri) articoli di|(?:ver )?todos os "
    rf"(?:artigos|posts) de|(?:alle|meer) artikelen van|(?:wszystkie|więcej) artykuły "
    rf"(?:autora|autorki)) {_NAME}"
)
# A caption that closes with its picture's credit in brackets: "Plague can be easily
# vaccinated (Image: GETTY)", "… outside a Home Depot in Hialeah, Fla. (AP Photo/Alan Diaz,
# File)". A sentence cites its sources as "(Source: …)" or "(Quelle: …)", which stay.
_CREDIT_CLOSE = contains(
    r"\((?:(?:image|photo|picture|foto|bild|crédit|photograph)s?(?:\scredits?)?"
    r"|credits?(?:\sphoto)?)\s?:\s?[^()]{1,60}+\)\s*+$"
    r"|\((?:ap|afp|dpa) (?:photo|foto)\s?/\s?[^()]{1,60}+\)\s*+$"
)
# The same credit without brackets, set off from the caption by a sentence end or a dash, or
# led by '©': "… die Menge wird zum Mob. Bild: Gregory Batardon/Theater St. Gallen", "Fracking
# in Pennsylvania © Noah Addis", "Cyber-Attacken nehmen zu. – © Sergey Nivens – stock.adobe.com".
# The label is capitalised and takes a colon (case-sensitive): "das Bild: eine Stadt in Trümmern"
# is prose. A picture's source names a photo agency: "(Quelle: Hume/Unsplash/DJV)".
_STOCK = r"unsplash|pixabay|pexels|shutterstock|istock|getty|fotolia|pixelio|adobe ?stock"
_CREDIT_TAIL = contains(
    r"(?:[.!?|–—-]\s|\s)©(?!\s?\d)\s?[^©()]{2,60}+$"
    r"|[.!?|–—-]\s(?-i:(?:Foto|Fotos|Bild|Bilder|Photo|Photos|Photograph|Imagen|Imagem|"
    r"Fotografía|Bildquelle|Credit|Crédit)\s?:)\s?(?-i:[\p{Lu}\d©])[^()]{1,60}+$"
    rf"|\((?:bildquelle\s?:\s?[^()]{{1,60}}+|quelle\s?:\s?[^()]{{0,40}}?(?:{_STOCK})"
    r"[^()]{0,40}+)\)\s*+$"
)
# What every tail holds, as literals the prefilter can read (the tail opens with a class).
_CREDIT_TAIL_HINT = contains(r"©|foto|bild|photo|imagen|imagem|fotografía|credit|crédit|\(quelle")
_TAIL_MAX_WORDS = 8
_CAPTION_MIN_WORDS = 2


def _is_credited_caption(text: str) -> bool:
    # A credit alone in brackets is no caption: it closes a gallery's slide or stands under
    # a caption of its own, and the context rules read it as that picture's credit.
    found = _CREDIT_CLOSE.compiled.search(text)
    if found is None:
        found = _CREDIT_TAIL.compiled.search(text)
        if found is None or word_count(found.group()) > _TAIL_MAX_WORDS:
            return False
    return word_count(text[:found.start()]) >= _CAPTION_MIN_WORDS


_CREDIT_LINE = whole(_CREDIT)
# One label with its date, or two split by a bar ("PUBLISHED: 00:01, Tue, Nov 19, 2019 |
# UPDATED: 10:43, Tue, Nov 19, 2019"). One label's free tail is held to a short line: a
# longer one runs on into other text ("… 21:47:46 PST View all revisions View all …").
_TIMESTAMP_WORDS = 12
_TIMESTAMP_ONE = whole(_TIMESTAMP)
_TIMESTAMP_PAIR = whole(rf"{_TIMESTAMP}\s?\|\s?{_TIMESTAMP}")
_TIMESTAMP_EITHER = whole(rf"{_TIMESTAMP}(?:\s?\|\s?{_TIMESTAMP})?")


# An editor's update note: the label's date, a colon, then a sentence saying what changed
# ("Update July 3rd, 8:05AM ET: Added ARKit explanation and tweet."). The note is the
# article's own text; a label's tail after its date is a time or a zone, never a sentence.
_UPDATE_NOTE = regex.compile(
    r"\d[^:]{0,40}+:\s(?=[^.!?]{0,200}?\p{Ll})[\p{L}\d'’,()-]++(?:\s[\p{L}\d'’,()-]++){2,30}+"
    r"[.!?]$"
)


def _is_timestamp(text: str) -> bool:
    if word_count(text) <= _TIMESTAMP_WORDS and _TIMESTAMP_ONE(text):
        return _UPDATE_NOTE.search(text) is None
    return _TIMESTAMP_PAIR(text)

_ALL = ("de", "en", "fr", "es", "it", "pt", "nl", "pl")


def _is_photo_credit(text: str) -> bool:
    # A plain function, not a Pattern: the "Name/agency" form opens with any capitalised word,
    # which would make the prefilter pass every block. Every credit opens with a label, '©' or
    # an agency, or holds the '/' of "Name/agency": that is the prefilter's hint.
    return _CREDIT_LINE(text)


_CREDIT_HINT = (starts(rf"{_CREDIT_LABEL}|{AGENCIES}|©"), contains("/"))


# Every byline holds its lead word: a cheap scan that spares most date-led lines `_BYLINE`
# (`tests/test_fast_paths.py` checks it against the pattern's lead words).
_BYLINE_LEAD = regex.compile(r"von|by|par|por|di|door|text|autor|author|auteur",
                             regex.IGNORECASE)


def _is_byline(text: str) -> bool:
    return _BYLINE_LEAD.search(text) is not None and _BYLINE.match(text) is not None


RULES = (
    BlockRule(Rule.PHOTO_CREDIT, Reason.CAPTION, _is_photo_credit, ("*",), "privat, iStock",
              max_words=10, hint=_CREDIT_HINT),
    BlockRule(Rule.CREDITED_CAPTION, Reason.CAPTION, _is_credited_caption, ("*",),
              "Plague can be easily vaccinated (Image: GETTY)", max_words=60,
              hint=(_CREDIT_CLOSE, _CREDIT_TAIL_HINT)),
    BlockRule(Rule.AGENCY_TAG, Reason.BYLINE, whole(_AGENCY_TAG), ("de", "en", "fr"),
              "red, 20 Minuten", max_words=8),
    BlockRule(Rule.BYLINE, Reason.BYLINE, _is_byline, _ALL, "Von Anna Muster",
              max_words=25, hint=(starts(r"von|by|par|por|di|door|text|autor|author|auteur"),
                    starts(rf"\d|{_WEEKDAY}|{_MONTH}"))),
    BlockRule(Rule.AUTHOR_BOX, Reason.BYLINE, whole(rf"(?:{_AUTHOR_BOX})\s?:?"), _ALL,
              "Über den Autor", max_words=14),
    BlockRule(Rule.TIMESTAMP_LABEL, Reason.BYLINE, _is_timestamp, _ALL, "Akt.",
              max_words=2 * _TIMESTAMP_WORDS, hint=_TIMESTAMP_EITHER),
    BlockRule(Rule.DATELINE, Reason.BYLINE, whole(_DATELINE), _ALL,
              "12.07.2025 16:29", max_words=10),
)
