"""Examples for the block-rule tests: chrome each rule removes, per language it claims, and
article sentences that share the rules' keywords but are article text.

Positive examples are whole blocks as scraped pages show them. Negative examples are real
article sentences: each contains a word or phrase some rule looks for.
"""

from __future__ import annotations

from dechrome.reasons import Rule

Examples = dict[str, tuple[str, ...]]

POSITIVE: dict[Rule, Examples] = {
    Rule.SUBSCRIBE_CALL: {
        "de": ("Abonniere den WELT YouTube Channel https://www.youtube.com/x", "Jetzt abonnieren",
               "Abonnieren Sie unseren Kanal"),
        "en": ("Subscribe to our channel", "Subscribe now for daily videos", "Subscribe"),
        "fr": ("Abonnez-vous à notre chaîne YouTube", "S'abonner à la chaîne", "S’abonner"),
    },
    Rule.SOCIAL_FOLLOW: {
        "de": ("Folgen Sie uns auf Facebook", "Folgt uns auf Instagram", "WELT auf Instagram"),
        "en": ("Follow us on Instagram", "Like us on Facebook", "Find us on Telegram"),
        "fr": ("Suivez-nous sur Instagram", "Retrouvez-nous sur Facebook",
               "Le Monde sur TikTok"),
    },
    Rule.LINK_LIST_ITEM: {
        "*": ("WELT DOKU Channel https://www.youtube.com/c/WELTDoku",
              "Instagram: https://www.instagram.com/welt/", "Le Monde en direct https://lemde.fr/x"),
    },
    Rule.BARE_URL: {
        "*": ("https://www.instagram.com/welt/", "www.example.org",
              "https://a.example.com | https://b.example.com"),
    },
    Rule.HASHTAG_LIST: {
        "*": ("#weltnachrichtensender #ukraine #russland", "#Ukraine", "#news, #politik"),
    },
    Rule.NEWSLETTER: {
        "de": ("Newsletter abonnieren", "Jetzt für den Newsletter anmelden",
               "Melden Sie sich für unseren Newsletter an", "Hier geht es zum Newsletter"),
        "en": ("Sign up for our daily newsletter", "Subscribe to our newsletter",
               "Get our free morning newsletter", "Newsletter"),
        "fr": ("Inscrivez-vous à notre newsletter", "Abonnez-vous à la newsletter",
               "Recevez gratuitement notre newsletter"),
    },
    Rule.COMMENT_HEADER: {
        "de": ("Kommentare", "12 Kommentare", "Leserkommentare (34)", "Kommentare anzeigen"),
        "en": ("Comments", "Comments (12)", "Leave a reply", "Join the conversation"),
        "fr": ("Commentaires", "5 commentaires", "Réagir", "Voir les commentaires"),
    },
    Rule.COMMENT_POLICY: {
        "de": ("Willkommen in unserer Community! Eingehende Beiträge werden geprüft und "
               "anschließend veröffentlicht.",
               "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
               "Bitte beachten Sie unsere Netiquette."),
        "en": ("Please read our community guidelines before posting.", "Comments are closed.",
               "We reserve the right to remove comments that are offensive."),
        "fr": ("Les commentaires sont fermés.", "Merci de respecter notre charte de modération.",
               "Nous nous réservons le droit de supprimer les commentaires injurieux."),
    },
    Rule.LOGIN_PROMPT: {
        "de": ("Nicht der richtige User? Logout", "Zum Kommentieren bitte anmelden",
               "Bitte melden Sie sich an, um zu kommentieren."),
        "en": ("Logged in as Jane", "Sign in to join the conversation",
               "Please log in to comment."),
        "fr": ("Connectez-vous pour commenter", "Connecté en tant que Pierre",
               "Vous devez être connecté pour publier un commentaire."),
    },
    Rule.GALLERY_MARKER: {
        "de": ("Bildstrecke: Putin lässt Truppen umfassenden Atomschlag trainieren",
               "Gehe zur Galerie", "Alle Bilder ansehen"),
        "en": ("Gallery: Scenes from the flooded city", "In pictures: Storm hits the coast",
               "View the full gallery"),
        "fr": ("Diaporama : les images de la tempête", "Voir toutes les photos",
               "En images : la tempête en Bretagne"),
    },
    Rule.GALLERY_COUNTER: {"*": ("1/50", "Bild 3 von 12", "Photo 2 of 10", "Image 4 sur 20")},
    Rule.PLAYER_CONTROL: {
        "de": ("1.0x Geschwindigkeit", "Wird geladen…", "Vollbild", "Video nicht verfügbar"),
        "en": ("Loading...", "Playback speed", "Skip ad",
               "This video is not available in your country"),
        "fr": ("Chargement en cours...", "Lire la vidéo", "Plein écran", "Vidéo indisponible"),
    },
    Rule.PLAYER_TIMECODE: {"*": ("00:00 / 00:00", "1:02:33", "0:00/2:31")},
    Rule.PREV_NEXT: {
        "de": ("PREV Diese französische Marke veröffentlicht einen Preis", "Vorheriger Artikel",
               "Weiter » Die nächste Folge"),
        "en": ("Next story", "Previous article", "Next: How the vote was counted"),
        "fr": ("Article suivant : La réforme des retraites", "Page précédente",
               "Suivant » La suite"),
    },
    Rule.SKIP_LINK: {
        "de": ("Zum Inhalt springen", "Direkt zum Inhalt"),
        "en": ("Skip to main content", "Jump to navigation"),
        "fr": ("Aller au contenu principal", "Passer au contenu"),
    },
    Rule.MENU_ITEM: {
        "de": ("Meine news", "Startseite", "Impressum", "Datenschutzerklärung"),
        "en": ("Home", "Privacy policy", "Terms of use", "My account"),
        "fr": ("Accueil", "Mentions légales", "Plan du site", "Mon compte"),
    },
    Rule.RELATED_SECTION: {
        "de": ("Mehr zum Thema", "Das könnte Sie auch interessieren", "Meistgelesen"),
        "en": ("Related articles", "More from World", "You may also like", "Most read"),
        "fr": ("À lire aussi", "Sur le même sujet", "Les plus lus"),
        "es": ("Noticias relacionadas", "Lo más leído"),
        "pt": ("Leia também", "Mais lidas"),
        "it": ("Leggi anche", "I più letti"),
        "nl": ("Lees ook", "Meest gelezen"),
        "pl": ("Czytaj także", "Najczęściej czytane"),
    },
    Rule.COPYRIGHT_LINE: {
        "*": ("© 2019 Hearst Communications, Inc. All rights reserved.", "©2024 Le Monde",
              "Copyright © 2025 Axel Springer SE", "Alle Rechte vorbehalten."),
    },
    Rule.TAG_LIST: {
        "de": ("Schlagwörter:", "Themen"), "en": ("Tags:", "Topics"),
        "fr": ("Mots-clés :", "Étiquettes"), "es": ("Etiquetas",), "it": ("Argomenti",),
        "nl": ("Trefwoorden",), "pl": ("Tagi",),
    },
    Rule.SEARCH_BOX: {
        "de": ("Dieses Blog durchsuchen", "Suche nach:"),
        "en": ("Search this site", "Search for:"),
        "fr": ("Rechercher sur le site",), "es": ("Buscar en este blog",),
    },
    Rule.CAPTCHA_NOTICE: {
        "de": ("Diese Seite ist durch reCAPTCHA geschützt und es gelten die "
               "Datenschutzbestimmungen von Google.",),
        "en": ("This site is protected by reCAPTCHA and the Google Privacy Policy apply.",),
        "fr": ("Ce site est protégé par reCAPTCHA et la politique de confidentialité de Google "
               "s'applique.",),
    },
    Rule.READ_ALSO: {
        "de": ("Lesen Sie auch: Warum Nordkorea Soldaten schickt",
               "Mehr zum Thema: Was die Schuldenbremse erlaubt",
               "Das könnte Sie auch interessieren: Die schönsten Wanderwege"),
        "en": ("Read more: The election in numbers", "Also read: Why inflation fell",
               "Related: What the new budget means for you"),
        "fr": ("Lire aussi : La réforme des retraites", "À lire aussi : le budget en chiffres",
               "Voir aussi : notre dossier"),
    },
    Rule.SHARE_BUTTONS: {
        "de": ("Teilen | Facebook | WhatsApp | E-Mail", "Artikel teilen", "Auf Facebook teilen"),
        "en": ("Share", "Share on Facebook", "Facebook Twitter LinkedIn Email"),
        "fr": ("Partager", "Partager sur Facebook", "Copier le lien"),
    },
    Rule.UI_LABEL: {
        "de": ("Aufklappen", "Mehr anzeigen", "Nach oben"),
        "en": ("Show more", "Continue reading", "Back to top"),
        "fr": ("Fermer", "Lire la suite", "Retour en haut"),
    },
    Rule.SEPARATOR: {"*": ("-", "***", "* * *", "———")},
    Rule.PHOTO_CREDIT: {
        "*": ("privat, iStock", "REUTERS", "© Getty Images", "Max Mustermann / dpa",
              "Foto: IMAGO/Sven Simon", "Photo: Jane Doe/AP", "Crédit photo : AFP",
              "Photo by John Smith/Getty Images"),
    },
    Rule.AGENCY_TAG: {
        "de": ("red, 20 Minuten", "(dpa)", "dpa/lnw, Berlin"),
        "en": ("(Reuters)", "(AP)"),
        "fr": ("(AFP)", "(afp/ats)"),
    },
    Rule.BYLINE: {
        "de": ("Von Anna Muster", "Von Anna Muster und Max Mustermann", "Von Anna Muster, Berlin"),
        "en": ("By John Smith", "By Jane Doe and John Roe", "By John Smith, Washington D.C."),
        "fr": ("Par Jean Dupont", "Par Jean Dupont et Marie Curie", "Texte : Jean Dupont"),
    },
    Rule.TIMESTAMP_LABEL: {
        "de": ("Akt.", "Aktualisiert am 12.07.2025 um 16:29 Uhr", "Stand: 12.07.2025, 16:29 Uhr"),
        "en": ("Updated 3 hours ago", "Last updated: July 12, 2025", "Published 12 July 2025"),
        "fr": ("Publié le 12 juillet 2025 à 16h29", "Mis à jour le 12 juillet 2025",
               "Publié le 12/07/2025 à 16h29, mis à jour à 17h01"),
    },
    Rule.DATELINE: {
        "de": ("12.07.2025 16:29", "Samstag, 12. Juli 2025", "16:29 Uhr"),
        "en": ("July 12, 2025", "Saturday, July 12, 2025", "2025-07-12"),
        "fr": ("12 juillet 2025", "samedi 12 juillet 2025", "12 juillet 2025 à 16h29"),
    },
    Rule.AD_LABEL: {
        "de": ("Anzeige", "Werbung", "ANZEIGE"),
        "en": ("Advertisement", "Sponsored content", "Partner content"),
        "fr": ("Publicité", "Contenu sponsorisé", "Article sponsorisé"),
    },
    Rule.COOKIE_NOTICE: {
        "de": ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
               "Diese Website verwendet Cookies.", "Alle akzeptieren", "Alle ablehnen"),
        "en": ("We use cookies to improve your experience.", "Accept all cookies",
               "Manage preferences", "Reject all"),
        "fr": ("Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter",
               "Paramètres des cookies", "Continuer sans accepter"),
    },
    Rule.PAYWALL: {
        "de": ("Dieser Artikel ist nur für Abonnenten verfügbar.", "Exklusiv für Abonnenten",
               "Bereits Abonnent? Jetzt einloggen"),
        "en": ("Subscribe to continue reading", "This story is only available to subscribers.",
               "Already a subscriber? Sign in"),
        "fr": ("Cet article est réservé aux abonnés.", "Article réservé aux abonnés",
               "Il vous reste 80% de cet article à lire.", "Abonnez-vous pour lire la suite"),
    },
    Rule.SUMMARY_HEADING: {
        "de": ("Auf den Punkt gebracht", "Das Wichtigste in Kürze:", "Zusammenfassung"),
        "en": ("Key points", "At a glance", "TL;DR"),
        "fr": ("En bref", "L'essentiel", "L’essentiel", "Ce qu’il faut retenir"),
    },
}

# Article sentences with a rule's keyword in them: id -> (language, sentence).
NEGATIVE: dict[str, tuple[str, str]] = {
    "de-newsletter": ("de", "Die Zeitung hat ihren Newsletter eingestellt, berichtet die "
                            "Redaktion am Montag."),
    "de-abonnieren": ("de", "Tausende Menschen abonnieren inzwischen den Kanal des Politikers."),
    "de-folgen": ("de", "Folgen Sie uns, rief der Bürgermeister den Demonstranten zu."),
    "de-instagram": ("de", "Der Politiker ist auf Instagram sehr aktiv und hat dort eine "
                           "Million Follower."),
    "de-kommentare": ("de", "Die Kommentare unter dem Video waren überwiegend positiv."),
    "de-kommentarfunktion": ("de", "Die Kommentarfunktion wurde nach Hasskommentaren "
                                   "deaktiviert, sagte der Sprecher."),
    "de-bildstrecke": ("de", "Das Museum zeigt eine Bildstrecke über die Geschichte der Stadt."),
    "de-pause": ("de", "Der Spieler musste wegen einer Verletzung eine Pause einlegen."),
    "de-mehr-zum-thema": ("de", "Mehr zum Thema Klimaschutz will die Regierung im Herbst "
                                "vorlegen."),
    "de-weiter": ("de", "Weiter geht es am Dienstag mit den Beratungen."),
    "de-zurueck": ("de", "Zurück in Berlin traf sich die Ministerin mit Vertretern der Industrie."),
    "de-von": ("de", "Von Berlin aus reiste die Delegation weiter nach Warschau."),
    "de-aktualisiert": ("de", "Aktualisiert wurde die Prognose zuletzt im März."),
    "de-datum": ("de", "Am 12.07.2025 um 16:29 Uhr fiel der Strom in der ganzen Stadt aus."),
    "de-anzeige": ("de", "Die Anzeige wurde bei der Polizei erstattet."),
    "de-akzeptieren": ("de", "Die Verbraucherzentrale kritisiert, dass viele Nutzer einfach "
                             "alle akzeptieren."),
    "de-datenschutz": ("de", "Die Datenschutz-Einstellungen der App wurden nach Kritik "
                             "überarbeitet."),
    "de-abonnenten": ("de", "Der Artikel ist für Abonnenten der Zeitung kostenlos."),
    "de-auf-den-punkt": ("de", "Auf den Punkt gebracht hat es der Kanzler in seiner Rede."),
    "de-teilen": ("de", "Teilen wollen die Parteien die Verantwortung nicht."),
    "de-auch-interessant": ("de", "Auch interessant ist, dass die Zahl der Anträge gestiegen "
                                  "ist."),
    "de-weitere-artikel": ("de", "Weitere Artikel der Verfassung sollen geändert werden."),
    "de-stand-heading": ("de", "Stand der Ermittlungen"),
    "en-gallery": ("en", "The gallery opened an exhibition of Reuters photographs on Friday."),
    "en-next-week": ("en", "Next week the president travels to Paris."),
    "en-subscribers": ("en", "Subscribers to the service rose by ten percent last year."),
    "en-follow": ("en", "Follow the money, the investigator told the committee."),
    "en-comments": ("en", "Comments from the minister sparked outrage in parliament."),
    "en-comments-closed": ("en", "Comments are closed on most news sites, the study found."),
    "en-guidelines": ("en", "The community guidelines were updated after the scandal."),
    "en-play": ("en", "Play resumed after a short rain delay."),
    "en-previous": ("en", "Previous governments had failed to pass the reform."),
    "en-more-from": ("en", "More from the interview will be published tomorrow."),
    "en-share": ("en", "Share prices fell sharply on Wall Street."),
    "en-by-friday": ("en", "By Friday, the negotiators had reached a deal."),
    "en-updated": ("en", "Updated figures will be published next month."),
    "en-published": ("en", "Published in 1851, the novel is now a classic."),
    "en-advertisement": ("en", "The advertisement was banned by the regulator."),
    "en-accept-all": ("en", "Unions will not accept all of the proposals, their leader said."),
    "en-preferences": ("en", "Users can manage preferences in the new version of the app."),
    "en-privacy": ("en", "Facebook changed its privacy settings last year."),
    "en-in-brief": ("en", "In brief remarks to reporters, the senator declined to comment."),
    "en-back": ("en", "Back in Washington, the senator met with lobbyists."),
    "en-image-heading": ("en", "Image problems for the party"),
    "en-copyright-heading": ("en", "Copyright reform passes parliament"),
    "fr-commentaires": ("fr", "Les commentaires du ministre ont provoqué un tollé."),
    "fr-abonnes": ("fr", "Abonnés et lecteurs ont salué la décision."),
    "fr-instagram": ("fr", "Le ministre est très actif sur Instagram."),
    "fr-diaporama": ("fr", "Le diaporama présenté par le ministre a été critiqué."),
    "fr-pause": ("fr", "La pause déjeuner a été raccourcie."),
    "fr-partager": ("fr", "Partager le pouvoir n'est pas dans ses habitudes."),
    "fr-par": ("fr", "Par ailleurs, le gouvernement a annoncé des mesures."),
    "fr-publie": ("fr", "Publié en 1862, le roman reste un classique."),
    "fr-publicite": ("fr", "La publicité a été interdite dans les écoles."),
    "fr-tout-accepter": ("fr", "Il ne faut pas tout accepter, a dit le syndicaliste."),
    "fr-reserve": ("fr", "Ce service, réservé aux abonnés, sera étendu en janvier."),
    "fr-en-bref": ("fr", "En bref, le gouvernement recule."),
    "fr-fermer": ("fr", "Fermer les frontières n'est pas une solution, selon le ministre."),
    "fr-meme-sujet": ("fr", "Sur le même sujet, le ministre a refusé de commenter."),
    "fr-newsletter": ("fr", "La newsletter du parti a été envoyée à 10 000 adhérents."),
}
