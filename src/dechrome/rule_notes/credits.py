"""Notes on the block rules for what a page prints about its pictures, players and authors:
credits, captions, bylines and datelines, gallery markers, player text (`dechrome.rules`)."""

from __future__ import annotations

CREDIT_NOTES: dict[str, str] = {
    "gallery-marker": "The whole block is a gallery heading or link: \"Bildstrecke …\", "
    "\"Gehe zur Galerie\", \"Alle Bilder ansehen\", \"Gallery: …\", \"In pictures: …\", \"View "
    "the full gallery\", \"Diaporama …\", \"En images : …\". It opens gallery-slide. Not: a "
    "gallery mentioned inside a sentence; but any block that opens with Bildstrecke, "
    "Fotostrecke, Bildergalerie, Diaporama or Galerie photo is taken, colon or not."
    " es, it, pt, nl, pl: \"Galería: …\", \"Fotogallery …\", \"Galeria de fotos …\", "
    "\"Fotoserie: …\", "
    "\"Galeria zdjęć …\", \"Ver todas las fotos\", \"Zobacz galerię\".",
    "gallery-counter": "The whole block is a slide counter: \"1/50\", \"Bild 3 von 12\", "
    "\"Photo 2 of 10\", \"Image 4 sur 20\". It opens gallery-slide. Not: \"12 Bilder\" alone, "
    "fractions inside sentences."
    " Also \"Foto 3 de 12\", \"Immagine 2 di 10\", \"Zdjęcie 4 z 20\".",
    "player-control": "The whole block is a video or audio player label: \"Loading...\", "
    "\"Abspielen\", \"Vollbild\", \"1.0x Geschwindigkeit\", \"Skip ad\", \"Up next\", \"Plein "
    "écran\", and media-error or video-unavailable messages in the three languages. Not: "
    "sentences that open with those words (\"Play resumed after a short rain delay.\")."
    " es, it, pt, nl, pl: \"Cargando…\", \"Schermo intero\", \"Ecrã inteiro\", \"Volledig "
    "scherm\", "
    "\"Pełny ekran\" and their unavailable-video messages.",
    "player-timecode": "The whole block is a time code or a position/duration pair: \"00:00\", "
    "\"1:02:33\", \"00:00 / 03:45\". A bare clock time such as \"16:29\" is taken here, before "
    "dateline sees it. Not: times inside sentences.",
    "photo-credit": "The whole block is a credit: a label (\"Foto:\", \"Bild:\", \"Quelle:\", "
    "\"Photo:\", \"Credit:\", \"Crédit photo :\", \"©\", \"Photo by\", \"Image via\", "
    "\"Courtesy of\"; \"Foto: © …\") with a capitalised name or an agency, a list of agencies "
    "(\"privat, iStock\", \"AFP/Getty Images\"), or up to three names and an agency between "
    "slashes, the agency perhaps followed by \"file\" or \"via\" and an agency (\"Sanjeev "
    "Verma/Hindustan Times/Getty Images\", \"J. Scott Applewhite / AP file\"). Names must be "
    "capitalised even though the rest is case-blind. It makes the "
    "block above a caption. Not: \"Image problems for the party\", \"Copyright reform passes "
    "parliament\". \"AFP, Paris\" reads as agency plus name and is taken here, not as an "
    "agency tag.",
    "credited-caption": "A block of at most 60 words that closes with its picture's credit in "
    "brackets: a label and a name ('… easily vaccinated (Image: GETTY)', '(Photo Credit: "
    "Haley Hoekstra)', '(Foto: picture alliance/dpa)', '(Bild: Kirsty Wigglesworth / AP)') "
    "or an agency's photo credit ('(AP Photo/Alan Diaz, File)'); or the credit without brackets "
    "after a sentence end or a dash, its label capitalised with a colon ('… in die Enge. Bild: "
    "Anna Muster/Theater'), or led by '©' ('Fracking in Pennsylvania © Jane Doe'), the credit at "
    "most 8 words; or a bracketed source naming a photo agency ('(Quelle: Muster/Unsplash)'). "
    "The text is kept as a caption "
    "(`Document.captions`). Not: a source cited in brackets ('(Source: NVIDIA)', '(Quelle: "
    "Destatis)'), which is the article's own; a credit in brackets inside a sentence; a label "
    "inside prose ('das Bild: eine Stadt'); a copyright year ('Journal © 2023').",
    "agency-tag": "The whole block is an agency tag: \"(dpa)\", \"(AFP)\", \"(apa/red)\", "
    "\"red, 20 Minuten\", \"dpa/lnw, Berlin\"; a tag closing a paragraph is split off first. "
    "Not: words in brackets inside a sentence.",
    "byline": "\"Von\", \"By\", \"Par\", \"Text:\", \"Autor:\", \"Author:\" or \"Texte :\" with "
    "one or more capitalised names (joined by commas, und/and/et, &) and an optional place, "
    "date or role after a separator. Not: \"By Friday, the negotiators had reached a deal.\" "
    "(no name is a weekday, and a byline does not end like a sentence), \"Von Berlin aus "
    "reiste die Delegation weiter\", \"Par ailleurs, …\". In HTML mode, not on a page with "
    "three or more distinct bylines: each item of a list (a blog's index, a reading list) "
    "names its author, and those lines are the list's structure."
    " es, it, pt, nl: \"Por\", \"Di\", \"Door\"; labels \"Autor:\", \"Autora:\", \"Autore:\", "
    "\"Auteur:\", "
    "\"Autorka:\"; names joined by y/e/en/i as well. Not: \"Por la tarde, …\", \"Di Maio ha "
    "detto …\", "
    "\"Door de regen …\".",
    "author-box": "The whole block is the heading of an author box or a link to an author's "
    "other pieces: \"Über den Autor\", \"Über die Autorin\", \"Zur Person\", \"About the "
    "author\", \"À propos de l'auteur\", \"Sobre el autor\", \"Sull'autore\", \"Over de "
    "auteur\", \"O autorze\", \"Alle Artikel von …\", \"View all posts by …\" (those links "
    "followed by a capitalised name only). Not: sentences "
    "that open with those words (\"Über den Autor des Buches ist wenig bekannt.\").",
    "timestamp-label": "The whole block is a publication label (\"Akt.\", \"Aktualisiert\", "
    "\"Stand:\", \"Updated\", \"Published\", \"Publié le\", \"Mis à jour\"), alone or followed by "
    "a date, a time, a weekday or month, or a relative time (\"vor 2 Stunden\", \"3 hours "
    "ago\"). Not: \"Aktualisiert wurde die Prognose zuletzt im März.\", \"Published in 1851, "
    "the novel is now a classic.\", an editor's update note whose date a colon and a sentence "
    "follow (\"Update July 3, 8:05AM ET: Added a chart and a quote.\")."
    " Also \"Publiziert\", \"Letzte Aktualisierung\" and the es/it/pt/nl/pl labels (\"Publicado "
    "el\", "
    "\"Pubblicato il\", \"Ultima modifica\", \"Atualizado em\", \"Gepubliceerd op\", "
    "\"Opublikowano\"). Two labels in one line, split by a bar, count as one (\"PUBLISHED: "
    "00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019\").",
    "dateline": "The whole block is a date with an optional weekday and time (\"12.07.2025 "
    "16:29\", \"Samstag, 12. Juli 2025\", \"July 12, 2025\", \"samedi 12 juillet 2025 à "
    "16h29\") or a time with its unit (\"16:29 Uhr\"). Not: dates inside sentences."
    " Month and weekday names in es, it, pt, nl and pl, and \"12 de julio de 2025\". A time "
    "may name its zone (\"Nov. 19, 2019, 8:41 AM UTC\", \"18.54 GMT\"); a machine timestamp "
    "counts as it is printed (\"2019-11-13T23:06:00+01:00\").",
}
