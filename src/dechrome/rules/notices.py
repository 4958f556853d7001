"""Notices the site lays over the article: ads, cookie consent, paywalls."""

from __future__ import annotations

from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, contains, phrases, whole

_AD = phrases(
    r"anzeige", r"werbung", r"advertisement", r"advertising", r"sponsored(?: content)?",
    r"gesponsert", r"publicité", r"sponsorisé", r"partner(?:inhalt|content)", r"ad",
    r"paid (?:content|post)", r"contenu sponsorisé", r"werbefreie? .{0,40}",
    r"(?:ad|anzeige) (?:schließen|überspringen)", r"close ad",
)
_COOKIE = phrases(
    r"wir verwenden cookies", r"diese webseite verwendet cookies",
    r"diese seite verwendet cookies", r"we use cookies", r"this website uses cookies",
    r"this site uses cookies", r"nous utilisons des cookies",
    r"ce site utilise des cookies",
    r"cookie-einstellungen", r"cookie settings", r"paramètres des cookies", r"alle akzeptieren",
    r"accept all(?: cookies)?", r"tout accepter", r"accept cookies", r"cookies akzeptieren",
    r"einwilligung (?:widerrufen|verwalten)", r"manage (?:consent|cookies|preferences)",
    r"gérer (?:les cookies|mes choix|le consentement)", r"zustimmen und weiter",
    r"datenschutz-einstellungen", r"privacy settings", r"consent preferences",
)
_PAYWALL = phrases(
    r"dieser artikel ist (?:nur )?für abonnenten",
    r"der artikel ist (?:nur )?für abonnenten", r"exklusiv für abonnenten",
    r"jetzt (?:weiterlesen|abonnieren|testen) (?:mit|für)", r"plus-artikel",
    r"sie haben bereits ein abo\?", r"bereits abonnent\?", r"zugang zu allen (?:artikeln|inhalten)",
    r"subscribe to (?:continue|keep) reading",
    r"this article is (?:for|only available to|exclusive to) subscribers",
    r"this story is (?:for|only available to|exclusive to) subscribers", r"already a subscriber\?",
    r"subscribers only", r"réservé aux abonnés", r"cet article est réservé",
    r"déjà abonné\s?\?", r"abonnez-vous pour (?:lire|continuer)", r"il vous reste \d{1,3}% de",
)

RULES = (
    BlockRule(Rule.AD_LABEL, Reason.ADVERTISING, whole(_AD), ("de", "en", "fr"), "Anzeige",
              max_words=8),
    BlockRule(Rule.COOKIE_NOTICE, Reason.CONSENT, contains(_COOKIE), ("de", "en", "fr"),
              "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
              max_words=120),
    BlockRule(Rule.PAYWALL, Reason.PAYWALL, contains(_PAYWALL), ("de", "en", "fr"),
              "Dieser Artikel ist nur für Abonnenten verfügbar.", max_words=60),
)
