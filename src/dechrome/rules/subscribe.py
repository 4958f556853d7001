"""Calls to subscribe, follow or sign up, and the link lists that come with them."""

from __future__ import annotations

import regex

from dechrome.features import HASHTAG, URL, find_urls, word_count
from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, any_of, contains, phrases, starts, whole

_SUBSCRIBE = phrases(
    # de
    r"abonniere[n]?\b", r"jetzt abonnieren", r"abonnieren sie", r"kanal abonnieren",
    # en
    r"subscribe (?:to|now|for)\b(?! (?:continue|keep) reading)", r"subscribe here",
    r"hit subscribe", r"subscribe$",
    # fr
    r"abonnez-vous\b(?! pour (?:lire|continuer))", r"abonne-toi\b",
    r"s['’]abonner(?: (?:à|a)\b|$)",
    # es / it / pt / nl / pl
    r"suscr[ií]bete\b(?! para (?:seguir|continuar) leyendo)", r"suscr[ií]base\b", r"iscriviti\b",
    r"abbonati (?:al|alla|ora)\b", r"inscreva-se\b", r"assine (?:o|já|agora)\b",
    r"abonneer (?:je|nu)\b",
    r"zasubskrybuj\b", r"subskrybuj\b",
)
# "Subscribe to continue reading" and "Abonnez-vous pour lire la suite" are left to the paywall
# rule: they say the article goes on behind it.
_FOLLOW = phrases(
    r"folge[n]? (?:sie )?uns\b", r"folgt uns\b", r"besuche[n]? (?:sie )?uns auf\b",
    r"follow us\b", r"like us on\b", r"find us on\b", r"join us on\b",
    r"suivez-nous\b", r"rejoignez-nous sur\b", r"retrouvez-nous sur\b",
    r"s[ií]guenos\b", r"seguici\b", r"siga-nos\b", r"sigam-nos\b", r"segue-nos\b",
    r"volg ons\b", r"obserwuj nas\b", r"śledź nas\b",
)
LANGUAGES = ("de", "en", "fr", "es", "it", "pt", "nl", "pl")
_CHANNELS = r"youtube|instagram|facebook|tiktok|twitter|telegram|whatsapp|linkedin|threads"
# The hosts of the channels an outlet links to ("youtu.be", "x.com", "t.me" besides the names);
# a channel's own subdomain ("engineering.linkedin.com" is a blog) is none.
_CHANNEL_HOST = regex.compile(
    rf"^(?:www\.|m\.|[a-z]{{2}}\.)?(?:(?:{_CHANNELS}|pinterest|flipboard|xing|bsky|mastodon|"
    r"twitch|vimeo|spotify|soundcloud|podcasts\.apple|snapchat)\.|(?:youtu\.be|x\.com|t\.me|"
    r"wa\.me|fb\.com)$)"
)
_LINK_TARGET = regex.compile(
    r"(?:https?:)?(?://)?(?P<host>[^/?#\s]{1,300}+)(?P<path>[^?#\s]{0,2000}+)(?P<query>\?)?",
    regex.IGNORECASE,
)
# A label holding code (an assignment, a call, a brace, a redirect) or opening a code
# comment ('// See https://…', '# See https://…') is a line of a listing.
_CODE_LABEL = regex.compile(r"[=({<>]|^\s{0,20}+(?://|/\*|#\s)")
_URL_TAIL = ".,;:!?)]}'\""
_NEWSLETTER = phrases(
    r"newsletter abonnieren", r"zum newsletter anmelden", r"für den newsletter anmelden",
    r"für unseren newsletter anmelden",
    r"melden sie sich (?:jetzt )?(?:für unseren|zu unserem) newsletter an",
    r"hier geht(?:'s| es) zum newsletter",
    r"sign up (?:for|to) (?:our|the) (?:\w{1,20} ){0,2}newsletter", r"subscribe to our newsletter",
    r"get (?:our|the) (?:\w{1,20} ){0,3}newsletter",
    r"(?:by )?signing up (?:for|to) (?:our|the) (?:\w{1,20} ){0,2}newsletter",
    r"never miss (?:a|another) (?:story|post|article|update)",
    r"(?:willst du|wollen sie|du willst|sie wollen) (?:\w{1,20} )?nichts (?:mehr )?verpassen\?",
    r"inscrivez-vous (?:gratuitement )?(?:à|a) (?:notre|la) newsletter",
    r"abonnez-vous (?:à|a) (?:notre|la) newsletter",
    r"recevez (?:gratuitement )?(?:notre|la) newsletter",
    r"(?:abonnieren|bestellen) sie (?:jetzt )?(?:kostenlos |gratis )?(?:den|die|unseren|unsere) "
    r"[\w-]{0,30}newsletter", r"newsletter (?:hier |jetzt )?(?:abonnieren|bestellen)",
    r"(?:straight|delivered|direct(?:ly)?) (?:to|in(?:to)?) your inbox",
    r"direkt in (?:dein|ihr) (?:e-mail-)?postfach",
    r"sign up (?:for|to) (?:our|the) (?:\w{1,20} ){0,2}(?:newsletter|emails?)",
    r"suscr[ií]bete (?:a|al) (?:nuestr[oa] |el |la )?(?:newsletter|bolet[ií]n)",
    r"recib[ea] (?:nuestr[oa] |el |la )?(?:newsletter|bolet[ií]n)",
    r"iscriviti (?:alla|alle) (?:nostra |nostre )?newsletter",
    r"assine (?:a )?(?:nossa )?newsletter", r"inscreva-se na (?:nossa )?newsletter",
    r"receba (?:a )?(?:nossa )?newsletter",
    r"(?:schrijf je in|meld je aan|abonneer je) (?:op|voor) (?:onze|de) (?:\w{1,20} )?nieuwsbrief",
    r"zapisz się (?:do|na) (?:nasz(?:ego|y) )?newslett?er",
    # the sign-up box's own small print and thanks: a promise, a confirmation, a link to mail
    r"(?:you can |you may )?unsubscribe (?:at any time|anytime)", r"\bno spam[,.!]",
    r"thanks? (?:you )?for (?:signing up|subscribing)", r"succ?ess?fully subscribed",
    r"(?:check|keep an eye on) your inbox", r"activation link", r"confirm your subscription",
    r"(?:sign up|subscribe) (?:for|to) (?:e-?mail )?newsletters", r"see all newsletters",
    r"jederzeit (?:wieder )?(?:abbestellen|abmelden)", r"vielen dank für (?:ihre|deine) anmeldung",
    r"merci pour votre inscription",
)
# "Der Spiegel-Newsletter" alone on a line is a box heading; inside a sentence it is not.
_NEWSLETTER_TITLE = whole(
    r"(?:(?-i:\p{Lu})[\p{L}\d.&'’-]{0,30} ){1,3}(?:newsletter|nieuwsbrief)"
)
_LINK_LABEL_MAX_WORDS = 8
_LINK = contains(r"https?://|www\.")


# "Folgen Sie uns, rief er" is reported speech, not the site's call.
_STARTS_FOLLOW = starts(rf"(?:{_FOLLOW})(?!\s?,)")
_ON_CHANNEL = contains(rf"\b(?:auf|bei|on|sur) (?:{_CHANNELS})\b")
# "Share on Facebook" is a share button (rule share-buttons), not a channel label.
_SHARE_VERB = contains(r"\b(?:teilen|share|partager)\b")


def _is_follow_call(text: str) -> bool:
    """'Follow us on …', or a short 'X auf Instagram' channel label."""
    return _STARTS_FOLLOW(text) or (
        word_count(text) <= 6 and _ON_CHANNEL(text) and not _SHARE_VERB(text)
    )


_NEWSLETTER_CALL = contains(_NEWSLETTER)


def _is_newsletter_box(text: str) -> bool:
    return (text.casefold() in ("newsletter", "nieuwsbrief") or _NEWSLETTER_CALL(text)
            or _NEWSLETTER_TITLE(text))


# Appeals for money and app downloads: the site asking its readers. Short calls count only as
# the whole block ("Jetzt spenden viele Menschen …" is a sentence); longer appeals count where a
# sentence opens with them (an imperative), and not in reported speech: a quote, "said", or a
# comma right after the call ("Donate now, the charity urged …").
_DONATE_LABEL = phrases(
    r"jetzt spenden", r"hier spenden", r"spenden sie (?:jetzt|hier|online)",
    r"donate(?: now| today| here)?", r"make a donation", r"support us", r"faites un don",
    r"je fais un don", r"faire un don", r"donar(?: ahora)?", r"dona(?: ahora| ora)?",
    r"doe(?: agora)?", r"doneer(?: nu)?", r"steun ons", r"wesprzyj nas", r"wspieraj nas",
)
_DONATE = phrases(
    r"jede (?:kleine )?spende hilft", r"unterstützen sie (?:unsere arbeit mit (?:einer|ihrer) "
    r"spende|(?:unseren|unabhängigen) journalismus|diese form des journalismus)",
    r"support (?:our|independent) journalism", r"please support us", r"donate (?:now|today)",
    r"soutenez (?:notre|le) journalisme", r"soutenez-nous", r"haz (?:tu|una) donación",
    r"apoya (?:nuestro|el) periodismo", r"fai una donazione", r"sostieni il nostro giornalismo",
    r"faça (?:a sua|uma) doação", r"apoie (?:o nosso|nosso|o) jornalismo",
    r"steun onze journalistiek", r"wesprzyj nas darowizną", r"przekaż (?:nam )?darowiznę",
)
_APP = phrases(
    r"download (?:our|the \p{L}{1,30}) apps?", r"get (?:our|the \p{L}{1,30}) app",
    r"laden sie (?:sich )?(?:jetzt )?unsere app", r"hol dir (?:jetzt )?(?:unsere|die) app",
    r"jetzt (?:unsere|die) app (?:herunterladen|laden)", r"unsere app (?:jetzt )?herunterladen",
    r"téléchargez (?:notre|l['’]) ?app(?:lication)?", r"descarg[ae] (?:nuestra|la) app",
    r"scarica (?:la nostra |l['’])app", r"baixe (?:o nosso|nosso|o) (?:app|aplicativo)",
    r"download (?:onze|de) app", r"pobierz (?:naszą )?aplikację",
    r"get it on google play", r"download on the app store",
)
_REPORTED = regex.compile(r"[\"“”„«»]|\b(?:said|says|sagte|sagt|a déclaré|dijo|ha detto)\b")
_SENTENCE_START = r"(?:^|(?<=[.!?:…|]\s{1,3}))"
_DONATE_CALL = any_of(
    whole(rf"(?:{_DONATE_LABEL})\s?[.!]?"), contains(rf"{_SENTENCE_START}(?:{_DONATE})\b(?!\s?,)")
)
_APP_CALL = contains(rf"{_SENTENCE_START}(?:{_APP})\b(?!\s?,)")


def _is_donation_appeal(text: str) -> bool:
    return _DONATE_CALL(text) and _REPORTED.search(text) is None


def _is_app_call(text: str) -> bool:
    return _APP_CALL(text) and _REPORTED.search(text) is None


def _is_link_list_item(text: str) -> bool:
    """A short label followed by a link to a channel or a site's front page, e.g.
    'WELT auf Instagram https://…'. A label with a link deeper into a site ('GitHub
    Repository: https://github.com/a/b', 'DOI: https://doi.org/…') names a source the article
    lists: whether such a list is the article's or a menu is the region's to judge. Nor a
    sentence that ends in a link, with its full stop after it."""
    links = list(URL.finditer(text))
    if not links or text.rstrip().endswith("."):
        # A full stop after the link ends a sentence ('For more information, please visit
        # www.example.com.'); a channel list's label names its link and stops there.
        return False
    match = links[-1]
    if text[match.end():].strip(" .,;)") != "" or not _channel_or_home(match.group()):
        return False
    if _CODE_LABEL.search(text, 0, match.start()) is not None:
        return False
    label = text[: match.start()]
    if URL.sub("", label).strip(" ,;:|•·-–—") == "":
        return False  # links without a label are bare-url's
    return word_count(label) <= _LINK_LABEL_MAX_WORDS and not label.rstrip().endswith(".")


def _channel_or_home(url: str) -> bool:
    """A link to a social or video channel, or to a site's front page or one page of it (no
    query: 'item?id=…' is one item of many)."""
    found = _LINK_TARGET.match(url.rstrip(_URL_TAIL))
    if found is None:
        return False
    host, path = found.group("host").casefold(), found.group("path")
    return _CHANNEL_HOST.match(host) is not None or (
        path.strip("/").count("/") == 0 and found.group("query") is None)


def _is_bare_url(text: str) -> bool:
    return URL.sub("", text).strip(" ,;|•·-–—") == "" and bool(find_urls(text))


def _is_hashtag_list(text: str) -> bool:
    """A line of hashtags only. A tag of digits alone is no hashtag (`find_hashtags`): "#1"
    is a chart's or a list's rank, which a listing prints before each of its items."""
    tags = HASHTAG.findall(text)
    return (bool(tags) and not any(tag.isdigit() for tag in tags)
            and HASHTAG.sub("", text).strip(" ,;|•·") == "")


RULES = (
    # Before subscribe-call: 'Subscribe to our newsletter' is a newsletter box.
    BlockRule(Rule.NEWSLETTER, Reason.NEWSLETTER, _is_newsletter_box, LANGUAGES,
              "Sign up for our daily newsletter", max_words=30,
              hint=contains("newslet|nieuwsbrief|bolet|inbox|postfach|never miss|verpassen|"
                             "subscri|spam|signing up|activation|jederzeit|anmeldung|"
                             "inscription")),
    BlockRule(Rule.SUBSCRIBE_CALL, Reason.SUBSCRIBE, starts(_SUBSCRIBE), LANGUAGES,
              "Abonniere den WELT YouTube Channel https://www.youtube.com/x", max_words=25),
    BlockRule(Rule.SOCIAL_FOLLOW, Reason.SUBSCRIBE, _is_follow_call, LANGUAGES,
              "Follow us on Instagram", max_words=25,
              hint=contains(rf"{_FOLLOW}|{_CHANNELS}")),
    BlockRule(Rule.DONATION_APPEAL, Reason.SUBSCRIBE, _is_donation_appeal, LANGUAGES,
              "Jetzt spenden", max_words=60,
              hint=contains(rf"{_DONATE}|{_DONATE_LABEL}")),
    BlockRule(Rule.APP_CALL, Reason.SUBSCRIBE, _is_app_call, LANGUAGES,
              "Download our app for iOS and Android", max_words=40, hint=contains(_APP)),
    BlockRule(Rule.LINK_LIST_ITEM, Reason.SOCIAL_LINKS, _is_link_list_item, ("*",),
              "WELT DOKU Channel https://www.youtube.com/c/WELTDoku", max_words=30,
              hint=_LINK),
    BlockRule(Rule.BARE_URL, Reason.SOCIAL_LINKS, _is_bare_url, ("*",),
              "https://www.instagram.com/welt/", max_words=60, hint=_LINK),
    BlockRule(Rule.HASHTAG_LIST, Reason.HASHTAGS, _is_hashtag_list, ("*",),
              "#weltnachrichtensender #ukraine #russland", max_words=200,
              hint=contains("#")),
)
