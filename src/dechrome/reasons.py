"""The two vocabularies every removal is told in: which rule fired, and why.

`Rule` names are stable: they are config values, explanation labels, docs headings and test
ids at once. `Reason` values are the human words shown to users; many rules share a reason.
"""

from enum import StrEnum


class Rule(StrEnum):
    """Stable name of each registered rule (block-local and context)."""

    # block-local rules, one family per module in dechrome.rules
    SUBSCRIBE_CALL = "subscribe-call"
    SOCIAL_FOLLOW = "social-follow"
    LINK_LIST_ITEM = "link-list-item"
    BARE_URL = "bare-url"
    HASHTAG_LIST = "hashtag-list"
    COMMENT_HEADER = "comment-header"
    COMMENT_POLICY = "comment-policy"
    LOGIN_PROMPT = "login-prompt"
    GALLERY_MARKER = "gallery-marker"
    GALLERY_COUNTER = "gallery-counter"
    PLAYER_CONTROL = "player-control"
    PLAYER_TIMECODE = "player-timecode"
    PREV_NEXT = "prev-next"
    SKIP_LINK = "skip-link"
    MENU_ITEM = "menu-item"
    PHOTO_CREDIT = "photo-credit"
    AGENCY_TAG = "agency-tag"
    BYLINE = "byline"
    TIMESTAMP_LABEL = "timestamp-label"
    DATELINE = "dateline"
    AD_LABEL = "ad-label"
    COOKIE_NOTICE = "cookie-notice"
    PAYWALL = "paywall"
    NEWSLETTER = "newsletter"
    READ_ALSO = "read-also"
    RELATED_SECTION = "related-section"
    SHARE_BUTTONS = "share-buttons"
    UI_LABEL = "ui-label"
    SEPARATOR = "separator"
    SUMMARY_HEADING = "summary-heading"
    # context rules, in dechrome.context
    HEADLINE = "headline"
    KICKER = "kicker"
    HEAD_CHROME = "head-chrome"
    TAIL_CHROME = "tail-chrome"
    OUTSIDE_ARTICLE = "outside-article"
    GALLERY_SLIDE = "gallery-slide"
    CAPTION = "caption"
    SUMMARY_BOX = "summary-box"
    COMMENT_SECTION = "comment-section"
    TITLE_DUPLICATE = "title-duplicate"
    EXACT_DUPLICATE = "exact-duplicate"
    NEAR_DUPLICATE = "near-duplicate"
    CONTAINED_DUPLICATE = "contained-duplicate"


class Reason(StrEnum):
    """Why a block is not article text, in the words a user reads."""

    SUBSCRIBE = "call to subscribe or follow the outlet"
    SOCIAL_LINKS = "link to the outlet's channels or social media"
    HASHTAGS = "list of hashtags (kept as metadata)"
    COMMENTS = "comment section, comment policy or login prompt"
    GALLERY = "picture gallery text"
    PLAYER = "video or audio player text"
    NAVIGATION = "site navigation"
    CAPTION = "image caption or photo credit"
    BYLINE = "byline, agency tag or timestamp (metadata, not body)"
    ADVERTISING = "advertising label"
    CONSENT = "cookie or consent notice"
    PAYWALL = "paywall or subscription notice"
    NEWSLETTER = "newsletter sign-up box"
    RELATED = "teaser for other content"
    SHARE = "share buttons"
    INTERFACE = "interface label"
    SUMMARY = "summary box repeating the article (kept as metadata)"
    HEADLINE = "the headline (kept as metadata title)"
    PAGE_FRAME = "short line outside the article's first and last paragraph"
    OUTSIDE = "outside the article's main run of text (menus, teasers, comments, footer)"
    DUPLICATE = "repeats text the article already has"
