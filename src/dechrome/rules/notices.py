"""Notices the site lays over the article: ads, cookie consent, paywalls."""

from __future__ import annotations

from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, any_of, contains, phrases, whole

_AD = phrases(
    r"anzeige", r"werbung", r"advertisement", r"advertising", r"sponsored(?: content)?",
    r"gesponsert", r"publicité", r"sponsorisé", r"partner(?:inhalt|content)", r"partner content",
    r"article sponsorisé", r"contenu partenaire", r"ad",
    r"paid (?:content|post)", r"contenu sponsorisé", r"werbefreie? .{0,40}",
    r"(?:ad|anzeige) (?:schließen|überspringen)", r"close ad",
)
# The site telling its visitors about cookies: anywhere in a block.
_COOKIE = phrases(
    r"wir verwenden cookies", r"diese webseite verwendet cookies", r"diese website verwendet "
    r"cookies", r"diese seite verwendet cookies", r"we use cookies", r"this website uses cookies",
    r"this site uses cookies", r"nous utilisons des cookies", r"ce site utilise des cookies",
)
# Consent buttons and links: only as the whole block ("Unions will not accept all of the
# proposals", "Facebook changed its privacy settings" are article text).
_COOKIE_BUTTON = phrases(
    r"cookie-einstellungen", r"cookie settings", r"paramètres des cookies", r"alle akzeptieren",
    r"accept all(?: cookies)?", r"tout accepter", r"accept cookies", r"cookies akzeptieren",
    r"einwilligung (?:widerrufen|verwalten)", r"manage (?:consent|cookies|preferences)",
    r"gérer (?:les cookies|mes choix|le consentement)", r"zustimmen und weiter",
    r"datenschutz-einstellungen", r"privacy settings", r"consent preferences",
    r"alle ablehnen", r"reject all(?: cookies)?", r"tout refuser", r"accepter et fermer",
    r"continuer sans accepter",
)
_PAYWALL = phrases(
    # "Der Artikel ist für Abonnenten kostenlos" is a sentence: only "nur/exklusiv für" or
    # "für Abonnenten verfügbar" say the text is locked.
    r"dieser artikel ist (?:nur|exklusiv) für abonnenten", r"der artikel ist (?:nur|exklusiv) "
    r"für abonnenten", r"dieser artikel ist für abonnenten (?:verfügbar|reserviert|vorbehalten)",
    r"der artikel ist für abonnenten (?:verfügbar|reserviert|vorbehalten)",
    r"jetzt (?:weiterlesen|abonnieren|testen) (?:mit|für)", r"plus-artikel",
    r"sie haben bereits ein abo\?", r"bereits abonnent\?", r"zugang zu allen (?:artikeln|inhalten)",
    r"subscribe to (?:continue|keep) reading",
    r"this article is (?:for|only available to|exclusive to) subscribers",
    r"this story is (?:for|only available to|exclusive to) subscribers", r"already a subscriber\?",
    r"cet article est réservé",
    r"déjà abonné\s?\?", r"abonnez-vous pour (?:lire|continuer)", r"il vous reste \d{1,3}% de",
)
# Labels that also occur inside sentences ("Ce service, réservé aux abonnés, …"): whole block
# only.
_PAYWALL_LABEL = phrases(
    r"exklusiv für abonnenten", r"for subscribers only", r"subscribers only",
    r"réservé aux abonnés", r"article réservé aux abonnés", r"contenu réservé aux abonnés",
)

_IS_COOKIE_NOTICE = any_of(contains(_COOKIE), whole(rf"(?:{_COOKIE_BUTTON})[.!]?"))
_IS_PAYWALL = any_of(contains(_PAYWALL), whole(rf"(?:{_PAYWALL_LABEL})[.!]?"))

RULES = (
    BlockRule(Rule.AD_LABEL, Reason.ADVERTISING, whole(_AD), ("de", "en", "fr"), "Anzeige",
              max_words=8),
    BlockRule(Rule.COOKIE_NOTICE, Reason.CONSENT, _IS_COOKIE_NOTICE, ("de", "en", "fr"),
              "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
              max_words=120, hint=contains(rf"{_COOKIE}|{_COOKIE_BUTTON}")),
    BlockRule(Rule.PAYWALL, Reason.PAYWALL, _IS_PAYWALL, ("de", "en", "fr"),
              "Dieser Artikel ist nur für Abonnenten verfügbar.", max_words=60,
              hint=contains(rf"{_PAYWALL}|{_PAYWALL_LABEL}")),
)
