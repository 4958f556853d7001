"""Calls to subscribe, follow or sign up, and the link lists that come with them."""

from __future__ import annotations

from dechrome.features import HASHTAG, URL, find_urls, word_count
from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, contains, phrases, starts

_SUBSCRIBE = phrases(
    # de
    r"abonniere[n]?\b", r"jetzt abonnieren", r"abonnieren sie", r"kanal abonnieren",
    # en
    r"subscribe (?:to|now|for)\b(?! (?:continue|keep) reading)", r"subscribe here",
    r"hit subscribe", r"subscribe$",
    # fr
    r"abonnez-vous\b(?! pour (?:lire|continuer))", r"abonne-toi\b",
    r"s['’]abonner(?: (?:à|a)\b|$)",
)
# "Subscribe to continue reading" and "Abonnez-vous pour lire la suite" are left to the paywall
# rule: they say the article goes on behind it.
_FOLLOW = phrases(
    r"folge[n]? (?:sie )?uns\b", r"folgt uns\b", r"besuche[n]? (?:sie )?uns auf\b",
    r"follow us\b", r"like us on\b", r"find us on\b", r"join us on\b",
    r"suivez-nous\b", r"rejoignez-nous sur\b", r"retrouvez-nous sur\b",
)
_CHANNELS = r"youtube|instagram|facebook|tiktok|twitter|telegram|whatsapp|linkedin|threads"
_NEWSLETTER = phrases(
    r"newsletter abonnieren", r"zum newsletter anmelden", r"für den newsletter anmelden",
    r"für unseren newsletter anmelden",
    r"melden sie sich (?:jetzt )?(?:für unseren|zu unserem) newsletter an",
    r"hier geht(?:'s| es) zum newsletter",
    r"sign up (?:for|to) (?:our|the) (?:\w{1,20} ){0,2}newsletter", r"subscribe to our newsletter",
    r"get our (?:\w{1,20} ){0,2}newsletter",
    r"inscrivez-vous (?:gratuitement )?(?:à|a) (?:notre|la) newsletter",
    r"abonnez-vous (?:à|a) (?:notre|la) newsletter",
    r"recevez (?:gratuitement )?(?:notre|la) newsletter",
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
    return text.casefold() == "newsletter" or _NEWSLETTER_CALL(text)


def _is_link_list_item(text: str) -> bool:
    """A short label followed by a link, e.g. 'WELT auf Instagram https://…'."""
    links = list(URL.finditer(text))
    if not links:
        return False
    match = links[-1]
    if text[match.end():].strip(" .,;)") != "":
        return False
    label = text[: match.start()]
    if URL.sub("", label).strip(" ,;:|•·-–—") == "":
        return False  # links without a label are bare-url's
    return word_count(label) <= _LINK_LABEL_MAX_WORDS and not label.rstrip().endswith(".")


def _is_bare_url(text: str) -> bool:
    return URL.sub("", text).strip(" ,;|•·-–—") == "" and bool(find_urls(text))


def _is_hashtag_list(text: str) -> bool:
    return HASHTAG.search(text) is not None and HASHTAG.sub("", text).strip(" ,;|•·") == ""


RULES = (
    # Before subscribe-call: 'Subscribe to our newsletter' is a newsletter box.
    BlockRule(Rule.NEWSLETTER, Reason.NEWSLETTER, _is_newsletter_box, ("de", "en", "fr"),
              "Sign up for our daily newsletter", max_words=30, hint=contains("newsletter")),
    BlockRule(Rule.SUBSCRIBE_CALL, Reason.SUBSCRIBE, starts(_SUBSCRIBE), ("de", "en", "fr"),
              "Abonniere den WELT YouTube Channel https://www.youtube.com/x", max_words=25),
    BlockRule(Rule.SOCIAL_FOLLOW, Reason.SUBSCRIBE, _is_follow_call, ("de", "en", "fr"),
              "Follow us on Instagram", max_words=25,
              hint=contains(rf"{_FOLLOW}|{_CHANNELS}")),
    BlockRule(Rule.LINK_LIST_ITEM, Reason.SOCIAL_LINKS, _is_link_list_item, ("*",),
              "WELT DOKU Channel https://www.youtube.com/c/WELTDoku", max_words=30,
              hint=_LINK),
    BlockRule(Rule.BARE_URL, Reason.SOCIAL_LINKS, _is_bare_url, ("*",),
              "https://www.instagram.com/welt/", max_words=60, hint=_LINK),
    BlockRule(Rule.HASHTAG_LIST, Reason.HASHTAGS, _is_hashtag_list, ("*",),
              "#weltnachrichtensender #ukraine #russland", max_words=200,
              hint=contains("#")),
)
