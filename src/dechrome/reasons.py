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
    DONATION_APPEAL = "donation-appeal"
    APP_CALL = "app-call"
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
    CATEGORY_COUNT = "category-count"
    PHOTO_CREDIT = "photo-credit"
    CREDITED_CAPTION = "credited-caption"
    AGENCY_TAG = "agency-tag"
    BYLINE = "byline"
    AUTHOR_BOX = "author-box"
    TIMESTAMP_LABEL = "timestamp-label"
    DATELINE = "dateline"
    AD_LABEL = "ad-label"
    AFFILIATE_DISCLOSURE = "affiliate-disclosure"
    COOKIE_NOTICE = "cookie-notice"
    PAYWALL = "paywall"
    NEWSLETTER = "newsletter"
    READ_ALSO = "read-also"
    RELATED_SECTION = "related-section"
    COPYRIGHT_LINE = "copyright-line"
    TAG_LIST = "tag-list"
    SEARCH_BOX = "search-box"
    CAPTCHA_NOTICE = "captcha-notice"
    PRINT_BUTTON = "print-button"
    SHARE_BUTTONS = "share-buttons"
    UI_LABEL = "ui-label"
    SEPARATOR = "separator"
    SUMMARY_HEADING = "summary-heading"
    # context rules, in dechrome.context
    HEADLINE = "headline"
    KICKER = "kicker"
    HEAD_CHROME = "head-chrome"
    TAIL_CHROME = "tail-chrome"
    AUTHOR_BIO = "author-bio"
    OUTSIDE_ARTICLE = "outside-article"
    GALLERY_SLIDE = "gallery-slide"
    CAPTION = "caption"
    SUMMARY_BOX = "summary-box"
    COMMENT_SECTION = "comment-section"
    COMMENT_THREAD = "comment-thread"
    TEASER_RUN = "teaser-run"
    TEASER_PAIRS = "teaser-pairs"
    SLIDE_CAPTION = "slide-caption"
    TITLE_DUPLICATE = "title-duplicate"
    EXACT_DUPLICATE = "exact-duplicate"
    NEAR_DUPLICATE = "near-duplicate"
    CONTAINED_DUPLICATE = "contained-duplicate"
    POST_FURNITURE = "post-furniture"
    # learnt from a corpus, in dechrome.context.site
    SITE_REPEATED = "site-repeated"
    # HTML mode only, in dechrome.html.rules
    LINK_DENSE = "link-dense"
    # HTML mode's whole-page reading, in dechrome.html.wholepage
    EXTRACTION_ONLY = "extraction-only"
    # text mode's normalisation, in dechrome.normalize: a tag or comment left in page text
    MARKUP = "markup"


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
    AUTHOR_BIO = "note about the author below the article"
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
    FOOTER = "page footer: copyright line or tag list"
    SITE_CHROME = "repeated on most pages of this site (Document.site names it)"
    LINKS = "mostly link text: a menu or a list of teasers for other pages"
    NOT_VISIBLE = ("read by the extractor from markup the page does not show as text "
                   "(the page was read whole)")
    POST_FURNITURE = "a forum post's furniture: the poster's head line, rank, counts, actions"
    MARKUP = "HTML markup left in the page text (a tag or a comment), not text the page shows"


# The rules that take a copy of a text that stands elsewhere on the page: a body cleaned
# again holds none of them, so the context rules pass over them when reading a neighbourhood.
COPY_RULES = frozenset({Rule.EXACT_DUPLICATE, Rule.NEAR_DUPLICATE, Rule.CONTAINED_DUPLICATE})
