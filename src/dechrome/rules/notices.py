"""Notices the site lays over the article: ads, cookie consent, paywalls."""

from __future__ import annotations

import regex

from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, any_of, contains, phrases, whole

_AD = phrases(
    r"anzeige", r"werbung", r"advertisement", r"advertising", r"sponsored(?: content)?",
    r"gesponsert", r"publicité", r"sponsorisé", r"partner(?:inhalt|content)", r"partner content",
    r"article sponsorisé", r"contenu partenaire", r"ad",
    r"paid (?:content|post)", r"contenu sponsorisé", r"werbefreie? .{0,40}",
    r"(?:ad|anzeige) (?:schließen|überspringen)", r"close ad",
    # es / it / pt / nl / pl
    r"publicidad", r"anuncio", r"contenido patrocinado", r"patrocinado", r"pubblicità",
    r"contenuto sponsorizzato", r"sponsorizzato", r"publicidade", r"anúncio",
    r"conteúdo patrocinado",
    r"advertentie", r"gesponsord(?:e inhoud)?", r"reklama", r"(?:artykuł|materiał) "
    r"(?:sponsorowany|partnera|reklamowy)",
)
# An ad label may carry a colon or sit between stars: "Advertisement:", "*Werbung".
_AD_LABEL = rf"(?:{_AD})\s?[:*]?|\*(?:{_AD})"
# The site telling its visitors about cookies: anywhere in a block.
_COOKIE = phrases(
    r"wir verwenden cookies", r"diese webseite verwendet cookies", r"diese website verwendet "
    r"cookies", r"diese seite verwendet cookies", r"we use cookies", r"this website uses cookies",
    r"this site uses cookies", r"nous utilisons des cookies", r"ce site utilise des cookies",
    r"(?:utilizamos|usamos) cookies", r"este (?:sitio(?: web)?|site|website|portal) (?:usa|utiliza)"
    r" cookies", r"esta (?:web|página) (?:usa|utiliza) cookies", r"(?:utilizziamo|usiamo) (?:i )?"
    r"cookie", r"questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie",
    r"(?:wij|we) gebruiken cookies", r"deze (?:web)?site (?:gebruikt|maakt gebruik van) cookies",
    r"(?:używamy|korzystamy z|wykorzystujemy) (?:plików )?cookies?",
    r"(?:ta strona|serwis|strona) (?:używa|korzysta z|wykorzystuje) (?:plików )?cookies?",
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
    r"aceptar (?:todas?|todo)(?: las cookies)?", r"rechazar (?:todas?|todo)",
    r"configura(?:r|ción de) (?:las )?cookies", r"accetta (?:tutti|tutto)(?: i cookie)?",
    r"rifiuta (?:tutti|tutto)", r"impostazioni (?:dei )?cookie", r"gestisci (?:le )?preferenze",
    r"aceitar (?:todos|tudo)(?: os cookies)?", r"rejeitar (?:todos|tudo)",
    r"(?:definições|configurações) de cookies", r"(?:alle cookies|alles) accepteren",
    r"alles weigeren", r"cookie-?instellingen", r"cookie instellingen",
    r"(?:akceptuj|zaakceptuj|akceptuję) wszystkie", r"odrzuć wszystkie",
    r"ustawienia (?:plików )?cookies?",
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
    r"to (?:view|read|continue reading) the full (?:story|article),? (?:please "
    r")?(?:subscribe|log in|"
    r"sign in)", r"you['’]ve reached your (?:free )?article limit",
    r"este (?:artículo|contenido) es exclusivo para (?:suscriptores|socios)",
    r"ya eres suscriptor\?", r"suscr[ií]bete para (?:seguir|continuar) leyendo",
    r"(?:articolo|contenuto) riservato agli abbonati", r"sei già abbonato\?",
    r"abbonati per (?:continuare a leggere|leggere)", r"(?:conteúdo|matéria) exclusiv[oa] para "
    r"assinantes", r"já é assinante\?", r"assine para (?:continuar lendo|ler)",
    r"dit (?:artikel|verhaal) is (?:alleen )?(?:beschikbaar )?voor abonnees", r"al abonnee\?",
    r"artykuł (?:jest )?(?:dostępny )?(?:tylko )?dla (?:prenumeratorów|subskrybentów)",
    r"masz już (?:prenumeratę|subskrypcję)\?",
)
# Labels that also occur inside sentences ("Ce service, réservé aux abonnés, …"): whole block
# only.
_PAYWALL_LABEL = phrases(
    r"exklusiv für abonnenten", r"for subscribers only", r"subscribers only",
    r"réservé aux abonnés", r"article réservé aux abonnés", r"contenu réservé aux abonnés",
    r"exclusivo para (?:suscriptores|assinantes)", r"solo para suscriptores",
    r"riservato agli abbonati", r"alleen voor abonnees",
    r"tylko dla (?:prenumeratorów|subskrybentów)",
)
# The site disclosing its commissions: phrases that only a publisher says about its own links.
_AFFILIATE = phrases(
    r"bei den mit \*? ?(?:gekennzeichneten|markierten) links handelt es sich um",
    r"bei den (?:verlinkungen|links) handelt es sich um (?:affiliate|partner)",
    r"(?:dieser|der) (?:beitrag|artikel) enthält (?:affiliate-?links|werbelinks|werbung)",
    r"für (?:links|käufe) (?:auf|über) diese(?:r|n)? (?:seite|links) erh(?:ält|alten) .{0,40}"
    r"provision", r"(?:wir|ich) erhalte(?:n)? (?:ggf\. |gegebenenfalls |ggfs\. )?eine (?:kleine )?"
    r"provision", r"affiliate[- ]links?\W{0,3} (?:\(?werbung\)?|\*)",
    r"links marked with \* are affiliate links", r"(?:this|the) (?:post|article|page) (?:may )?"
    r"contains? (?:affiliate links|references to products)",
    r"we may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)",
    r"as an amazon associate,? (?:i|we) earn", r"participates? in the amazon "
    r"(?:services llc )?associates? program", r"advertising disclosure", r"affiliate disclosure",
    r"(?:cet|ce) (?:article|billet) contient des liens (?:affiliés|d['’]affiliation|sponsorisés)",
    r"este (?:artículo|post) contiene enlaces de afiliados",
    r"questo articolo contiene link di affiliazione", r"este (?:artigo|post) contém links de "
    r"afiliad[oa]s?", r"dit artikel bevat affiliate[- ]links", r"artykuł zawiera linki "
    r"(?:afiliacyjne|partnerskie)",
)
_REPORTED = regex.compile(r"[\"“”„«»]|\b(?:said|says|sagte|sagt|a déclaré|dijo|ha detto)\b")
# Where a sentence (or a segment after a slash) opens with it: "The FTC's affiliate disclosure
# rules" and "Les liens affiliés sont légaux" are article text.
_AFFILIATE_NOTE = contains(rf"(?:^|(?<=[.!?:…|/*]\s{{0,3}}))(?:{_AFFILIATE})")


def _is_affiliate_disclosure(text: str) -> bool:
    return _AFFILIATE_NOTE(text) and _REPORTED.search(text) is None

_ALL = ("de", "en", "fr", "es", "it", "pt", "nl", "pl")
_IS_COOKIE_NOTICE = any_of(contains(_COOKIE), whole(rf"(?:{_COOKIE_BUTTON})[.!]?"))
_IS_PAYWALL = any_of(contains(_PAYWALL), whole(rf"(?:{_PAYWALL_LABEL})[.!]?"))

RULES = (
    BlockRule(Rule.AD_LABEL, Reason.ADVERTISING, whole(_AD_LABEL), _ALL, "Anzeige",
              max_words=8),
    BlockRule(Rule.AFFILIATE_DISCLOSURE, Reason.ADVERTISING, _is_affiliate_disclosure, _ALL,
              "Links marked with * are affiliate links.", max_words=80, hint=contains(_AFFILIATE)),
    BlockRule(Rule.COOKIE_NOTICE, Reason.CONSENT, _IS_COOKIE_NOTICE, _ALL,
              "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
              max_words=120, hint=contains(rf"{_COOKIE}|{_COOKIE_BUTTON}")),
    BlockRule(Rule.PAYWALL, Reason.PAYWALL, _IS_PAYWALL, _ALL,
              "Dieser Artikel ist nur für Abonnenten verfügbar.", max_words=60,
              hint=contains(rf"{_PAYWALL}|{_PAYWALL_LABEL}")),
)
