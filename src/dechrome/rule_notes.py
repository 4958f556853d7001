"""What each rule matches and what it deliberately leaves alone, in a paragraph per rule.

`python -m dechrome.docgen` puts these under the rule's name, reason, languages and example in
docs/rules.md. Keyed by the rule's name; tests/test_docs.py fails when a registered rule has
no note, or a note names a rule that no longer exists. Update a note with its rule.
"""

from __future__ import annotations

NOTES: dict[str, str] = {
    "newsletter": "A block that invites the reader to sign up for the outlet's newsletter "
    "(\"Newsletter abonnieren\", \"Melden Sie sich für unseren Newsletter an\", \"Sign up for our "
    "… newsletter\", \"Inscrivez-vous à notre newsletter\"), or the single word \"Newsletter\". "
    "Tried before subscribe-call, so \"Subscribe to our newsletter\" is named a newsletter box. "
    "Not: sentences about a newsletter (\"Die Zeitung hat ihren Newsletter eingestellt\").",
    "subscribe-call": "A block that opens with a call to subscribe (\"Jetzt abonnieren\", "
    "\"Abonniere den … Kanal\", \"Subscribe to/now/for\", \"Abonnez-vous\", \"S'abonner à\"), or "
    "is just \"Subscribe\" / \"S'abonner\". Not: reported subscribing (\"Tausende abonnieren "
    "inzwischen den Kanal\"), and not \"Subscribe to continue reading\" or \"Abonnez-vous pour "
    "lire la suite\", which are left to paywall.",
    "social-follow": "A block that opens with \"Folgen Sie uns\", \"Follow us\", \"Like us on\", "
    "\"Suivez-nous\", \"Retrouvez-nous sur\" …, or a line of at most six words naming a network "
    "(\"WELT auf Instagram\"). Not: reported speech (\"Folgen Sie uns, rief der Bürgermeister\"), "
    "share buttons (\"Share on Facebook\" is share-buttons), longer sentences about a network.",
    "link-list-item": "A label of at most eight words followed by one link that ends the block, "
    "as in the channel lists under video descriptions. Not: a sentence that ends in a link (its "
    "label ends with a period), links without any label (bare-url).",
    "bare-url": "A block of nothing but links and separators. Not: any block with words besides "
    "the links; the links themselves are kept in the document's metadata.",
    "hashtag-list": "A block of nothing but hashtags and separators; the tags are kept in "
    "`Document.hashtags`. Not: prose that contains a hashtag.",
    "comment-header": "The whole block is a comment-section heading: \"Kommentare\", \"12 "
    "Kommentare\", \"Kommentare anzeigen\", \"Comments (12)\", \"Leave a reply\", \"Join the "
    "conversation\", \"Commentaires\", \"Réagir\". Alone it removes only itself; followed by a "
    "login prompt or a policy it opens comment-section. Not: sentences about comments.",
    "comment-policy": "The site speaking to its commenters. Unambiguous phrases count anywhere "
    "(\"Eingehende Beiträge werden geprüft\", \"We reserve the right to remove comments\", "
    "\"Merci de respecter notre charte\"); phrases that also occur in reporting (\"comments are "
    "closed\", \"community guidelines\", \"Kommentarfunktion … deaktiviert\") only in a block of "
    "at most 25 words without quotes or said/sagte/a déclaré, that is a bare label (six words "
    "or fewer) or addresses the reader or this article (our, unsere, diesen Artikel, cet "
    "article). Not: \"Comments are closed on most news sites, the study found.\"",
    "login-prompt": "The whole block is a login line around the comments: \"Eingeloggt als …\", "
    "\"Nicht der richtige User? Logout\", \"Zum Kommentieren bitte anmelden\", \"Please log in "
    "to comment.\", \"You must be logged in to …\", \"Connectez-vous pour commenter\", \"Vous "
    "devez être connecté pour …\". Not: the same words inside a longer sentence.",
    "gallery-marker": "The whole block is a gallery heading or link: \"Bildstrecke …\", "
    "\"Gehe zur Galerie\", \"Alle Bilder ansehen\", \"Gallery: …\", \"In pictures: …\", \"View "
    "the full gallery\", \"Diaporama …\", \"En images : …\". It opens gallery-slide. Not: a "
    "gallery mentioned inside a sentence; but any block that opens with Bildstrecke, "
    "Fotostrecke, Bildergalerie, Diaporama or Galerie photo is taken, colon or not.",
    "gallery-counter": "The whole block is a slide counter: \"1/50\", \"Bild 3 von 12\", "
    "\"Photo 2 of 10\", \"Image 4 sur 20\". It opens gallery-slide. Not: \"12 Bilder\" alone, "
    "fractions inside sentences.",
    "player-control": "The whole block is a video or audio player label: \"Loading...\", "
    "\"Abspielen\", \"Vollbild\", \"1.0x Geschwindigkeit\", \"Skip ad\", \"Up next\", \"Plein "
    "écran\", and media-error or video-unavailable messages in the three languages. Not: "
    "sentences that open with those words (\"Play resumed after a short rain delay.\").",
    "player-timecode": "The whole block is a time code or a position/duration pair: \"00:00\", "
    "\"1:02:33\", \"00:00 / 03:45\". A bare clock time such as \"16:29\" is taken here, before "
    "dateline sees it. Not: times inside sentences.",
    "copyright-line": "A block that opens with a copyright notice: \"©\" with a year within "
    "the next 60 characters, \"(c) 2024\", \"Copyright © …\", \"Copyright 2024 …\", or a "
    "rights formula in one of eight languages (\"All rights reserved\", \"Alle Rechte "
    "vorbehalten\", \"Tous droits réservés\" …). outside-article treats it as a wall. Not: "
    "\"© Getty Images\" (a photo credit), \"Copyright reform passes parliament\".",
    "tag-list": "The whole block is a tag or topic heading, with or without a colon: "
    "\"Schlagwörter:\", \"Themen\", \"Tags:\", \"Topics\", \"Mots-clés :\", \"Etiquetas\", "
    "\"Argomenti\", \"Trefwoorden\", \"Tagi\". outside-article treats it as a wall. Not: "
    "sentences that open with those words.",
    "search-box": "The whole block is the label of a search field: \"Dieses Blog durchsuchen\", "
    "\"Suche nach:\", \"Search this site\", \"Search for:\", \"Rechercher sur le site\", "
    "\"Buscar en este blog\". Not: \"Suche nach Überlebenden geht weiter\" or any longer "
    "line.",
    "captcha-notice": "A block that carries the reCAPTCHA notice (\"This site is protected by "
    "reCAPTCHA …\", \"Diese Seite ist durch reCAPTCHA geschützt\", \"Ce site est protégé par "
    "reCAPTCHA\"). Not: other mentions of captchas.",
    "prev-next": "A block that opens with an upper-case link label (\"PREV …\", \"NEXT …\"), a "
    "label with a separator (\"Next: …\", \"Weiter » …\", \"Suivant » …\", \"« …\"), or a "
    "phrase such as \"Previous article\", \"Nächster Beitrag\", \"Zurück zur Übersicht\", "
    "\"Article suivant\". Not: \"Next week the president travels to Paris.\" (the bare word "
    "needs capitals or a separator), \"Previous governments had failed …\".",
    "skip-link": "The whole block is a skip link for screen readers: \"Zum Inhalt springen\", "
    "\"Skip to main content\", \"Aller au contenu principal\". Not: anything longer.",
    "menu-item": "The whole block is exactly one menu entry: \"Startseite\", \"Home\", \"Suche\", "
    "\"Impressum\", \"Privacy policy\", \"Terms of use\", \"Accueil\", \"Mentions légales\", "
    "\"Mon compte\", \"Anmelden\", \"Log in\". Not: subheadings that open with such a word "
    "(\"Home secretary under pressure\", \"Suche nach Überlebenden geht weiter\").",
    "related-section": "The whole block, with or without a colon, is the heading of a teaser "
    "box, in eight languages: \"Mehr zum Thema\", \"Das könnte Sie auch interessieren\", "
    "\"Meistgelesen\", \"Related stories\", \"Most read\", \"More from World\", \"À lire "
    "aussi\", \"Les plus lus\", \"Lea también\", \"Leia também\", \"Leggi anche\", \"Lees "
    "ook\", \"Czytaj także\". It runs before the navigation rules, and outside-article treats "
    "it as a wall that the article crosses only when enough text follows. Not: a heading with "
    "its teaser title on the same line (read-also), sentences that open with the same words.",
    "read-also": "A single teaser: a block that opens with an invitation to read on and usually "
    "the teaser's title (\"Lesen Sie auch: …\", \"Mehr zum Thema: …\", \"Read more: …\", "
    "\"Also read: …\", \"Related: …\", \"Lire aussi : …\", \"Voir aussi : …\"); label-like "
    "openings (\"Mehr zum Thema\", \"Most read\", \"Sur le même sujet\") only before a "
    "separator or alone, where related-section usually takes them first. Not: sentences that "
    "open with the same words (\"Mehr zum Thema Klimaschutz will die Regierung …\", \"More "
    "from the interview will be published tomorrow.\", \"Sur le même sujet, le ministre …\").",
    "share-buttons": "The whole block is made of share words only (\"Teilen\", \"Share\", "
    "\"Partager\", network names, \"E-Mail\", \"Drucken\", \"Link kopieren\", \"Share on X\", "
    "\"Auf Facebook teilen\"), up to thirteen, between bars, bullets, commas or spaces. Not: "
    "sentences (\"Share prices fell sharply\", \"Teilen wollen die Parteien …\").",
    "ui-label": "The whole block is one interface label: \"Schließen\", \"Aufklappen\", \"Mehr "
    "anzeigen\", \"Weiterlesen\", \"Show more\", \"Back to top\", \"Fermer\", \"Lire la suite\", "
    "\"Retour en haut\", \"OK\". Not: sentences that open with such a verb (\"Fermer les "
    "frontières n'est pas une solution\").",
    "separator": "A block without a single word character: rules of dashes, stars, bullets. "
    "Not: anything with a letter or a digit in it.",
    "photo-credit": "The whole block is a credit: a label (\"Foto:\", \"Bild:\", \"Quelle:\", "
    "\"Photo:\", \"Credit:\", \"Crédit photo :\", \"©\", \"Photo by\") with a capitalised name or "
    "an agency, a list of agencies (\"privat, iStock\", \"AFP/Getty Images\"), or \"Name / "
    "agency\". Names must be capitalised even though the rest is case-blind. It makes the "
    "block above a caption. Not: \"Image problems for the party\", \"Copyright reform passes "
    "parliament\". \"AFP, Paris\" reads as agency plus name and is taken here, not as an "
    "agency tag.",
    "agency-tag": "The whole block is an agency tag: \"(dpa)\", \"(AFP)\", \"(apa/red)\", "
    "\"red, 20 Minuten\", \"dpa/lnw, Berlin\"; a tag closing a paragraph is split off first. "
    "Not: words in brackets inside a sentence.",
    "byline": "\"Von\", \"By\", \"Par\", \"Text:\", \"Autor:\", \"Author:\" or \"Texte :\" with "
    "one or more capitalised names (joined by commas, und/and/et, &) and an optional place, "
    "date or role after a separator. Not: \"By Friday, the negotiators had reached a deal.\" "
    "(no name is a weekday, and a byline does not end like a sentence), \"Von Berlin aus "
    "reiste die Delegation weiter\", \"Par ailleurs, …\".",
    "timestamp-label": "The whole block is a publication label (\"Akt.\", \"Aktualisiert\", "
    "\"Stand:\", \"Updated\", \"Published\", \"Publié le\", \"Mis à jour\"), alone or followed by "
    "a date, a time, a weekday or month, or a relative time (\"vor 2 Stunden\", \"3 hours "
    "ago\"). Not: \"Aktualisiert wurde die Prognose zuletzt im März.\", \"Published in 1851, "
    "the novel is now a classic.\"",
    "dateline": "The whole block is a date with an optional weekday and time (\"12.07.2025 "
    "16:29\", \"Samstag, 12. Juli 2025\", \"July 12, 2025\", \"samedi 12 juillet 2025 à "
    "16h29\") or a time with its unit (\"16:29 Uhr\"). Not: dates inside sentences.",
    "ad-label": "The whole block is an advertising label: \"Anzeige\", \"Werbung\", "
    "\"Advertisement\", \"Sponsored content\", \"Partner content\", \"Publicité\", \"Article "
    "sponsorisé\", \"Anzeige schließen\". Not: sentences (\"Die Anzeige wurde bei der Polizei "
    "erstattet.\").",
    "cookie-notice": "The site's cookie sentence anywhere in a block (\"Wir verwenden Cookies\", "
    "\"Diese Website verwendet Cookies\", \"We use cookies\", \"Nous utilisons des cookies\"), or "
    "a consent button or link as the whole block (\"Alle akzeptieren\", \"Accept all\", \"Reject "
    "all\", \"Manage preferences\", \"Tout accepter\", \"Continuer sans accepter\"). Not: \"Unions "
    "will not accept all of the proposals\", \"Facebook changed its privacy settings\".",
    "paywall": "A paywall sentence anywhere in a block (\"Dieser Artikel ist nur für Abonnenten "
    "verfügbar\", \"Bereits Abonnent?\", \"Subscribe to continue reading\", \"Already a "
    "subscriber?\", \"Cet article est réservé aux abonnés\", \"Il vous reste 80% de cet article "
    "à lire\"), or a label as the whole block (\"Exklusiv für Abonnenten\", \"Subscribers only\", "
    "\"Article réservé aux abonnés\"). Not: \"Der Artikel ist für Abonnenten kostenlos.\", \"Ce "
    "service, réservé aux abonnés, sera étendu\".",
    "summary-heading": "The whole block is a summary-box heading, with or without a colon: "
    "\"Auf den Punkt gebracht\", \"Das Wichtigste in Kürze\", \"Key points\", \"At a glance\", "
    "\"TL;DR\", \"En bref\", \"L'essentiel\" (either apostrophe). It opens summary-box. Not: "
    "sentences that open with those words (\"En bref, le gouvernement recule.\").",
    "headline": "Among the blocks above the first paragraph, a headline-like line (2 to 30 "
    "words, no final period, no link): a repeated one first, else the one with most words, a "
    "quoted line counting less. It becomes `Document.title`. Not: a page without a headline-"
    "like line above its first paragraph; without running text only a repeated line counts, "
    "so cleaning a clean body takes nothing.",
    "title-duplicate": "Every other block equal to the headline, case and punctuation aside, "
    "wherever it stands (above the picture, in a teaser). Not: lines that only resemble it.",
    "kicker": "The kept block right above the headline when it is headline-like and has at most "
    "eight words: an overline or a section name. Not: a line ending in a full stop above the "
    "headline.",
    "exact-duplicate": "The second and later copies of a block, case and punctuation aside. "
    "Always on, whatever the configuration. It also takes short lines that repeat (\"Ja.\" "
    "twice in an interview keeps only the first).",
    "near-duplicate": "A block of at least eight words whose word-trigram Jaccard similarity "
    "with a kept block reaches 0.8 (`near_duplicate_threshold`); the shorter, or on a tie the "
    "later, one goes. Not: paragraphs that only share an opening.",
    "contained-duplicate": "A block of 5 to 60 words that stands word for word, case and "
    "punctuation aside, inside a longer kept block: pull quotes, teasers repeating the lead. "
    "Not: lines under `contained_min_words` (5) words.",
    "gallery-slide": "After a gallery marker or counter, the following blocks (up to five, each "
    "at most 80 words) up to the photo credit or a short credit-like line that ends the slide. "
    "Not: anything when no credit follows within five blocks.",
    "caption": "A kept block of at most 35 words directly above a block removed as photo-credit "
    "(never the page's first kept block). Not: a paragraph of more than 35 words above a "
    "credit.",
    "summary-box": "The blocks of at most 60 words under a summary heading, up to eight, until "
    "a blank line starts a new paragraph. Not: the text after that blank line.",
    "comment-section": "From a comment header below the first paragraph, when a login prompt or "
    "a comment policy follows within six blocks, every kept block to the end of the page. Not: "
    "after a lone header (only the header goes), or a header above the first paragraph.",
    "comment-thread": "From the first of three reader-comment 'speaker' lines standing close "
    "together below the first paragraph ('joetoronto says:', '2 days ago at 07:52 am', 'vor 3 "
    "Stunden', 'Rating: 36 Votes', 'Antworten'), every kept block to the end of the page. Not: "
    "one or two such lines (an interview's 'Merkel sagt:'), or lines above the first paragraph.",
    "outside-article": "Every kept block outside the page's main run of text: blocks are scored "
    "by length and stop-word density, and the run with the highest total (a maximum-sum "
    "subarray) is the article; comment policies, login prompts and comment threads end a run, "
    "teaser-section headings, copyright lines, tag headings and bare comment links are walls "
    "it crosses only when enough article follows. Not: a heading, a caption, a table or a "
    "short line inside the article, which costs less than the paragraphs around it bring.",
    "head-chrome": "Kept blocks above the first paragraph of running text that do not read as a "
    "sentence (at least four words ending in . ! ? … or ;, not in a colon). Not: short "
    "sentences there.",
    "tail-chrome": "Kept blocks below the last paragraph of running text that do not read as a "
    "sentence: section names, teaser titles, footer links. Not: a short last sentence (\"Das "
    "Spiel beginnt um 20 Uhr.\").",
}
