"""Headings of summary boxes ("Auf den Punkt gebracht"); the box itself is a context rule."""

from __future__ import annotations

from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, phrases, whole

SUMMARY_HEADINGS = phrases(
    r"auf den punkt gebracht", r"das wichtigste in kürze", r"das wichtigste im überblick",
    r"in kürze", r"kurz zusammengefasst", r"zusammenfassung", r"das wichtigste", r"überblick",
    r"key points", r"key takeaways", r"in brief", r"at a glance", r"the big picture", r"tl;?dr",
    r"summary", r"en bref", r"l['’]essentiel", r"ce qu['’]il faut retenir", r"à retenir", r"résumé",
    r"puntos clave", r"lo más importante", r"in sintesi", r"punti chiave", r"em resumo",
    r"pontos-chave", r"in het kort", r"kernpunten", r"w skrócie", r"najważniejsze informacje",
)

RULES = (
    BlockRule(Rule.SUMMARY_HEADING, Reason.SUMMARY, whole(rf"(?:{SUMMARY_HEADINGS}):?"),
              ("de", "en", "fr", "es", "it", "pt", "nl", "pl"), "Auf den Punkt gebracht",
              max_words=6),
)
