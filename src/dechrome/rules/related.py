"""Headings of teaser sections: "Mehr zum Thema", "Related stories", "À lire aussi" ...

A heading alone on its line opens a box of links to other content. Besides removing it, the
main-content region treats it as a wall: the article does not go on through such a box.
"""

from __future__ import annotations

from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, phrases, whole

_HEADINGS = phrases(
    # de
    r"mehr zum thema", r"das könnte (?:sie|dich) auch interessieren", r"auch interessant",
    r"weitere (?:interessante )?(?:artikel|themen|beiträge|nachrichten|news|meldungen)",
    r"mehr themen", r"empfehlungen der redaktion", r"empfohlene (?:artikel|beiträge)",
    r"zum weiterlesen", r"meistgelesen(?:e (?:artikel|beiträge))?", r"meist gelesen",
    r"beliebte (?:artikel|beiträge)", r"(?:ähnliche|verwandte|neueste|letzte|aktuelle) "
    r"(?:artikel|beiträge|nachrichten|themen)", r"top-artikel", r"auch lesenswert",
    r"mehr aus (?:dem ressort|der rubrik|dieser rubrik)", r"das könnte ihnen auch gefallen",
    r"empfehlungen aus der redaktion", r"die meistgelesenen (?:artikel|beiträge|nachrichten)",
    r"das thema könnte (?:sie|dich) auch interessieren", r"empfohlen für (?:dich|sie)",
    r"auch interessant für (?:dich|sie)", r"das (?:solltest du|sollten sie) nicht verpassen",
    r"weitere beiträge (?:zu(?:m)? (?:diesem|dem) (?:thema|artikel)|aus (?:der|dieser) "
    r"(?:kolumne|rubrik|kategorie|serie))", r"ebenfalls interessant", r"passend zum thema",
    # en
    r"related(?: articles| stories| posts| coverage| content| news| topics| reading)?",
    r"more (?:stories|news|articles|coverage)", r"most (?:read|popular|viewed|shared)",
    r"(?:popular|recent|latest) (?:posts|news|stories|articles)", r"recommended(?: for you)?",
    r"you (?:may|might) also (?:like|enjoy)", r"read next", r"what to read next",
    r"trending(?: now| stories)?", r"editor'?s picks", r"top stories", r"don'?t miss",
    r"sponsored stories", r"more from (?:the )?\p{L}{1,30}(?: \p{L}{1,30}){0,2}",
    r"further reading", r"more to explore",
    # forum software's box of other threads under a thread
    r"(?:similar|related|suggested) (?:threads|topics|discussions)",
    r"you may also be interested in", r"recommended (?:reading|stories|articles)",
    # fr
    r"à lire aussi", r"a lire aussi", r"lire aussi", r"sur le même sujet",
    r"(?:articles )?les plus lus", r"articles (?:similaires|récents|liés)", r"à voir aussi",
    r"nos derniers articles", r"(?:sujets|discussions) similaires", r"dans la même rubrique",
    r"vous aimerez aussi", r"à découvrir",
    r"à lire également", r"à voir également", r"les plus (?:lus|partagés|"
    r"commentés)", r"vous (?:pourriez|pouvez) aussi aimer", r"nos recommandations",
    # es / pt / it / nl / pl
    r"temas relacionados", r"(?:noticias|artículos|notas) relacionad[oa]s", r"lea también",
    r"lee también", r"(?:también )?te puede interesar", r"(?:lo )?más leíd[oa]s?",
    r"últimas noticias", r"más noticias", r"leia (?:também|mais)", r"notícias relacionadas",
    r"mais lidas", r"veja também", r"leggi anche", r"articoli correlati", r"i più letti",
    r"potrebbe interessarti", r"altre notizie", r"lees ook", r"gerelateerde artikelen",
    r"meest gelezen", r"ook interessant", r"zobacz (?:też|także)", r"czytaj (?:też|także)",
    r"najczęściej czytane", r"podobne artykuły", r"polecane",
    r"(?:lo|las|los) más vist[oa]s?", r"más vist[oa]s", r"te recomendamos", r"recomendados",
    r"otras noticias", r"contenido relacionado", r"(?:i )?più vist[ie]", r"correlati",
    r"notizie correlate", r"ti potrebbe interessare", r"potrebbe interessarti anche",
    r"consigliati per te", r"articoli consigliati", r"relacionad[oa]s",
    r"(?:conteúdo|matérias|artigos) relacionad[oa]s?", r"mais vistas",
    r"(?:você|tu) pode (?:gostar|"
    r"também gostar)", r"recomendados para (?:você|ti)", r"meer nieuws", r"gerelateerd(?:e "
    r"(?:artikelen|berichten))?", r"meest bekeken", r"aanbevolen(?: artikelen)?",
    r"anderen lazen ook", r"meer over dit onderwerp", r"najpopularniejsze",
    r"powiązane(?: artykuły)?", r"może cię (?:też |również )?zainteresować",
    r"więcej na ten temat", r"najnowsze (?:artykuły|wiadomości)",
)

RULES = (
    BlockRule(Rule.RELATED_SECTION, Reason.RELATED, whole(rf"(?:{_HEADINGS})\s?:?"),
              ("de", "en", "fr", "es", "pt", "it", "nl", "pl"), "Mehr zum Thema", max_words=8),
)
