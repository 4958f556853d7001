"""Site navigation inside the page text: prev/next, skip links, menus, teasers, share bars."""

from __future__ import annotations

import regex

from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, contains, phrases, starts, whole

_PREV_NEXT = phrases(
    r"previous (?:article|story|post|page)", r"next (?:article|story|post|page)",
    r"vorheriger (?:artikel|beitrag)", r"nächster (?:artikel|beitrag)", r"zurück zur übersicht",
    r"article (?:précédent|suivant)", r"page (?:précédente|suivante)",
    r"(?:vorherige[rs]?|nächste[rs]?) (?:artikel|beitrag|seite|bild)",
    r"(?:artículo|noticia|entrada|página) (?:anterior|siguiente)",
    r"(?:articolo|pagina) (?:precedente|successiv[oa])", r"(?:artigo|notícia|página) (?:anterior|"
    r"seguinte)", r"próxim[oa] (?:artigo|notícia|página)", r"(?:vorig|volgend)e? (?:artikel|"
    r"bericht|pagina)", r"(?:poprzedni|następny) (?:artykuł|wpis)",
    r"(?:poprzednia|następna) strona",
)
# The bare labels, alone on the line or as a pair ("Vorheriges Weiter", "« Older | Newer »").
_PREV_NEXT_WORD = phrases(
    r"vorherige[rs]?", r"nächste[rs]?", r"weiter", r"previous", r"next", r"older", r"newer",
    r"précédent", r"suivant", r"anterior", r"siguiente", r"precedente", r"successivo",
    r"seguinte", r"próximo", r"vorige", r"volgende", r"poprzedni", r"następny",
)
_PREV_NEXT_PAIR = (
    rf"[«‹←]?\s?(?:{_PREV_NEXT_WORD})(?:\s?[|/·•-]?\s?(?:{_PREV_NEXT_WORD}))?\s?[»›→]?"
)
# "Zurück zur Übersicht", "Back to homepage", "Volver al inicio": back links to a site page.
_BACK_TO = (
    r"zurück zu(?:r|m) (?:übersicht|startseite|homepage|lexikon|glossar|blog|anfang|"
    r"seitenanfang|suche|liste|inhaltsverzeichnis|newsübersicht|archiv)"
    r"|back to (?:the )?(?:homepage|home ?page|overview|list|blog|search results|archive)"
    r"|retour (?:à|a) (?:la liste|l['’]accueil|la page d['’]accueil|l['’]aperçu)"
    r"|volver (?:a|al) (?:la )?(?:inicio|portada|listado|blog)|torna (?:alla|all['’]) ?"
    r"(?:home|homepage|elenco|inizio)|voltar (?:para|à|ao) (?:a )?(?:página inicial|início|lista)"
    r"|terug naar (?:het )?(?:overzicht|home|homepage)|powrót do (?:strony głównej|listy)"
)
# Case matters: "PREV"/"NEXT" as link labels, while "Next week, …" opens a sentence.
_PREV_NEXT_LABEL = regex.compile(
    r"^(?:(?:PREV|NEXT|PREVIOUS)\s|(?:Prev|Next|Previous|Zurück|Weiter|Précédent|Suivant)"
    r"\s?[:»›>]|[«‹]\s)"
)


def _is_prev_next(text: str) -> bool:
    return (_PREV_NEXT_LABEL.match(text) is not None or _PREV_NEXT_PHRASE(text)
            or _PREV_NEXT_ALONE(text))


_SKIP = phrases(
    r"zum inhalt springen", r"direkt zum inhalt", r"zur navigation springen", r"zum hauptinhalt",
    r"skip to (?:main )?(?:content|navigation|main)", r"jump to (?:content|navigation)",
    r"aller au contenu(?: principal)?", r"passer au contenu", r"aller à la navigation",
    r"(?:saltar|ir) al contenido(?: principal)?",
    r"(?:vai|salta|passa) al contenuto(?: principale)?",
    r"(?:pular|ir|saltar) para o conteúdo(?: principal)?",
    r"(?:ga |direct )?naar (?:de )?(?:hoofd)?inhoud(?: gaan| springen)?",
    r"przejdź do (?:treści|zawartości|nawigacji)(?: głównej)?", r"przeskocz do treści",
)
_MENU = phrases(
    r"meine news", r"kostenlose spiele", r"startseite", r"home(?:page)?", r"menü", r"menu",
    r"navigation", r"suche", r"search", r"rechercher", r"accueil", r"mehr", r"more",
    r"impressum", r"datenschutz(?:erklärung)?", r"agb", r"kontakt", r"privacy policy",
    r"terms of (?:use|service)", r"contact us", r"about us", r"mentions légales",
    r"nous contacter", r"plan du site", r"sitemap", r"abo", r"e-paper", r"epaper",
    r"anmelden", r"einloggen", r"log ?in", r"sign ?in", r"register", r"se connecter",
    r"mon compte", r"mein konto", r"my account",
    # es / it / pt / nl / pl
    r"inicio", r"portada", r"buscar", r"contacto", r"aviso legal", r"política de privacidad",
    r"política de cookies", r"mi cuenta", r"iniciar sesión", r"registrarse", r"quiénes somos",
    r"cerca", r"contatti", r"chi siamo", r"note legali", r"accedi", r"registrati",
    r"il mio account", r"início", r"pesquisar", r"contato", r"quem somos",
    r"política de privacidade", r"entrar", r"minha conta", r"zoeken", r"over ons",
    r"privacybeleid", r"inloggen", r"mijn account", r"registreren", r"szukaj", r"o nas",
    r"polityka prywatności", r"regulamin", r"zaloguj(?: się)?", r"moje konto",
    r"ansprechpartner(?:in)?", r"pressekontakt",
)
# A category or archive widget's entry: a label and the count of its posts, "Politik (12)",
# "März 2015 (3)". A year in brackets ("Tencent Doctorwork (2015)") is a heading's date.
_CATEGORY_COUNT = (
    r"(?=[^(]{0,80}\p{L})(?:[\p{L}\d'’.&/-]{1,25}+\s?){1,4}+\((?!(?:19|20)\d{2}\))\d{1,5}\)"
)
_READ_ALSO = phrases(
    r"lesen sie auch\b", r"lies auch\b", r"das könnte sie auch interessieren\b",
    r"empfehlungen der redaktion\b", r"zum thema\s?:", r"read (?:also|more)\s?:",
    r"also read\b", r"related(?: articles| stories| content)?\s?:",
    r"you (?:may|might) also like\b", r"recommended for you\b", r"lire aussi\b",
    r"à lire aussi\b", r"a lire aussi\b", r"à lire également\b", r"lire également\b",
    r"auch lesen\s?:", r"lesen sie (?:hier|mehr|weiter)\s?:", r"lies (?:hier|mehr)\s?:",
    r"das (?:thema )?könnte (?:sie|dich) auch interessieren\b",
    # es / it / pt / nl / pl
    r"lea también\b", r"lee también\b", r"lea (?:más|además)\s?:", r"leer más\s?:",
    r"(?:también )?te puede interesar\b", r"mir[aá] también\b", r"ver también\b",
    r"puedes ver\s?:", r"leggi anche\b", r"leggi pure\b", r"potrebbe interessarti\b",
    r"vedi anche\b", r"leia (?:também|mais)\s?:", r"leia também\b", r"veja também\b",
    r"saiba mais\s?:", r"lees ook\b", r"lees meer\s?:", r"bekijk ook\b",
    r"(?:czytaj|zobacz|przeczytaj) (?:też|także|również)\b", r"polecamy\s?:",
    r"dowiedz się więcej\s?:", r"pour approfondir\b", r"polecamy\b",
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
_PRINT_WORD = (
    r"(?:artikel|beitrag|seite|rezept) drucken|print (?:this )?(?:article|page|recipe|story)|"
    r"imprimer (?:l['’]article|cet article|la page|la recette)|"
    r"imprimir(?: (?:artículo|noticia|página|receta|artigo|notícia|receita))?|"
    r"stampa(?: (?:articolo|pagina|ricetta))?|afdrukken|printen|drukuj|"
    r"(?:als )?pdf (?:herunterladen|speichern)|download (?:as )?pdf|télécharger (?:en )?pdf|"
    r"diese[ns]? (?:artikel|beitrag|skript|text|seite) als pdf (?:herunterladen|speichern)"
)
_SHARE_WORD = (
    r"teilen|share|partager|tweet|tweeten|twittern|e-?mail|mail|drucken|print|imprimer|"
    r"link kopieren|copy link|copier le lien|facebook|twitter|x|whatsapp|linkedin|pinterest|"
    r"xing|reddit|telegram|flipboard|messenger|threads|bluesky|tumblr|artikel teilen|"
    # WordPress's share buttons read as text: "Click to share on X (Opens in new window) X"
    r"click to (?:share on \w{1,12}|email a link to a friend|print)"
    r"(?: \(opens in (?:a )?new window\))?|"
    r"share this (?:article|story)|diesen artikel teilen|partager cet article|"
    r"auf \w{1,12} teilen|share on \w{1,12}|partager sur \w{1,12}|merken|speichern|save|"
    r"(?:inhalt|beitrag|seite|link) teilen|diese[nrs]? (?:beitrag|artikel|seite|geschichte) teilen|"
    r"teile diese[nrs]? (?:beitrag|artikel|seite)(?: (?:auf|mit|in|über) [\p{L} -]{1,25})?\.?|"
    r"url (?:zum )?kopieren|share this(?: (?:post|page|article|story))?|"
    r"(?:auf|bei) pinterest (?:merken|speichern)|"
    # es / it / pt / nl / pl
    r"compartir(?: en \w{1,12})?|comparte|compártelo|condividi(?: su \w{1,12})?|"
    r"compartilh(?:ar|e)(?: n[oa] \w{1,12})?|partilhar(?: n[oa] \w{1,12})?|delen|deel(?: op "
    r"\w{1,12})?|"
    r"deel dit artikel|udostępnij(?: na \w{1,12})?|podziel się(?: na \w{1,12})?|kopiuj link|"
    r"copiar (?:el )?enlace|copia link|copiar link|link kopiëren|"
    rf"{_PRINT_WORD}"
)
_SHARE = rf"(?:{_SHARE_WORD})(?:\s?[|•·,/]?\s?(?:{_SHARE_WORD})){{0,12}}\s?:?"
_UI = phrases(
    r"schließen", r"öffnen", r"aufklappen", r"zuklappen", r"mehr anzeigen", r"weniger anzeigen",
    r"weiterlesen", r"mehr lesen", r"alle anzeigen", r"zurück", r"nach oben", r"close", r"open",
    r"show more", r"show less", r"read more", r"continue reading", r"see more", r"back",
    r"back to top", r"expand", r"collapse", r"fermer", r"ouvrir", r"voir plus", r"lire la suite",
    r"afficher plus", r"retour", r"retour en haut(?: de (?:la )?page)?", r"haut de page", r"ok",
    r"akzeptieren", r"accept", r"accepter",
    r"mehr erfahren", r"learn more", r"find out more", r"explore further", r"keep reading",
    r"en savoir plus", r"vergrößern",
    r"enlarge", r"agrandir", r"weitere informationen\s?:?",
    # a post's actions, alone on their line (between a thread's posts they recur as
    # structure, so deduplication keeps them: they are the buttons, not the posts)
    r"reply", r"antworten", r"répondre", r"responder", r"rispondi", r"beantwoorden",
    r"quote", r"zitieren", r"citer",
    # rating widgets
    r"(?:artikel|beitrag) bewerten", r"bewerten sie diesen (?:artikel|beitrag)",
    r"rate this (?:article|story|post)", r"noter cet article", r"valora esta (?:noticia|nota)",
    r"vota questo articolo", r"avalie (?:esta notícia|este artigo)", r"beoordeel dit artikel",
    r"oceń (?:ten )?artykuł", r"(?:gefällt|gefiel) (?:ihnen|dir) (?:dieser|der|unser) "
    r"(?:artikel|beitrag)\s?\?", r"hat (?:ihnen|dir) (?:dieser|der|unser) (?:artikel|beitrag) "
    r"gefallen\s?\?", r"did you (?:like|enjoy) this (?:article|story|post)\s?\?",
    r"(?:vous avez|tu as) aimé cet article\s?\?", r"¿te (?:gustó|ha gustado) (?:esta nota|esta "
    r"noticia|este artículo)\?", r"ti è piaciuto (?:questo articolo|l['’]articolo)\?",
    # es / it / pt / nl / pl
    r"cerrar", r"abrir", r"ver más", r"leer más", r"mostrar más", r"volver", r"volver arriba",
    r"ir arriba", r"aceptar", r"seguir leyendo", r"más información", r"saber más", r"ampliar",
    r"chiudi", r"apri", r"mostra (?:di )?più", r"leggi (?:di )?più", r"continua a leggere",
    r"torna su", r"torna all['’]inizio", r"accetta", r"indietro", r"scopri di più",
    r"ingrandisci", r"fechar", r"ver mais", r"leia mais", r"mostrar mais", r"voltar",
    r"voltar ao topo", r"aceitar", r"continuar lendo", r"continuar a ler", r"saiba mais",
    r"sluiten", r"openen", r"meer weergeven", r"lees meer", r"lees verder", r"toon meer",
    r"terug", r"naar boven", r"accepteren", r"meer informatie", r"vergroten", r"zamknij",
    r"otwórz", r"pokaż więcej", r"czytaj więcej", r"czytaj dalej", r"rozwiń", r"zwiń", r"wróć",
    r"do góry", r"akceptuj", r"więcej", r"dowiedz się więcej", r"powiększ",
)
_PREV_NEXT_PHRASE = starts(rf"(?:{_PREV_NEXT})\b")
_PREV_NEXT_ALONE = whole(rf"{_PREV_NEXT_PAIR}|(?:{_BACK_TO})")
_ALL = ("de", "en", "fr", "es", "it", "pt", "nl", "pl")

RULES = (
    BlockRule(Rule.PREV_NEXT, Reason.NAVIGATION, _is_prev_next, _ALL,
              "PREV Diese französische Marke veröffentlicht einen Preis", max_words=30,
              # The bare pair may open with a space (`_PREV_NEXT_PAIR`): `\W`, a class the
              # prefilter reads (`openings.LEADS`), holds it; `\s` would send the whole hint
              # to the fallback regexes, tried on every block.
              hint=starts(rf"prev|next|previous|zurück|weiter|précédent|suivant|[«‹←]|{_PREV_NEXT}"
                          rf"|{_PREV_NEXT_WORD}|{_BACK_TO}|\W")),
    BlockRule(Rule.SKIP_LINK, Reason.NAVIGATION, whole(_SKIP), _ALL,
              "Zum Inhalt springen", max_words=8),
    BlockRule(Rule.MENU_ITEM, Reason.NAVIGATION, whole(_MENU), _ALL, "Meine news",
              max_words=4),
    BlockRule(Rule.CATEGORY_COUNT, Reason.NAVIGATION, whole(_CATEGORY_COUNT), ("*",),
              "Politik (12)", max_words=5, hint=contains(r"\(")),
    BlockRule(Rule.READ_ALSO, Reason.RELATED, starts(_READ_ALSO_START), _ALL,
              "Lesen Sie auch: Warum Nordkorea Soldaten schickt", max_words=30),
    BlockRule(Rule.PRINT_BUTTON, Reason.INTERFACE, whole(_PRINT_WORD),
              _ALL, "Artikel drucken", max_words=5),
    BlockRule(Rule.SHARE_BUTTONS, Reason.SHARE, whole(_SHARE), _ALL,
              "Teilen | Facebook | WhatsApp | E-Mail", max_words=20),
    BlockRule(Rule.UI_LABEL, Reason.INTERFACE, whole(_UI), _ALL, "Aufklappen",
              max_words=7),
    BlockRule(Rule.SEPARATOR, Reason.INTERFACE, whole(r"\W++"), ("*",), "-", max_words=0),
)
