"""Picture galleries: their headings, links and slide counters."""

from __future__ import annotations

from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, phrases, whole

_MARKER = phrases(
    r"bildstrecke\b.{0,200}", r"fotostrecke\b.{0,200}", r"zur (?:bildergalerie|galerie)",
    r"gehe zur galerie", r"galerie (?:öffnen|ansehen)", r"(?:alle )?bilder ansehen",
    r"die bilder des tages", r"mehr bilder", r"bildergalerie\b.{0,200}",
    r"(?:photo )?gallery:.{0,200}", r"view (?:the )?(?:full )?gallery", r"open gallery",
    r"see all photos", r"(?:view|see) (?:more|all) (?:photos|images|pictures)",
    r"in pictures:.{0,200}", r"pictures of the day",
    r"diaporama\b.{0,200}", r"voir (?:la galerie|le diaporama|toutes les photos)",
    r"en images\s?:.{0,200}", r"galerie photos?\b.{0,200}",
    # es / it / pt / nl / pl
    r"(?:foto)?galería(?: de (?:fotos|imágenes))?\s?:.{0,200}", r"ver (?:la )?galería",
    r"ver (?:todas las|más) fotos", r"en imágenes\s?:.{0,200}",
    r"(?:foto)?galleria(?: fotografica)?\s?:.{0,200}", r"fotogallery\b.{0,200}",
    r"(?:guarda|sfoglia) (?:la (?:foto)?gallery|la galleria|tutte le foto)", r"in foto\s?:.{0,200}",
    r"galeria de (?:fotos|imagens)\b.{0,200}",
    r"(?:veja|ver) (?:a galeria|as fotos|todas as fotos)",
    r"fotoserie\s?:.{0,200}", r"bekijk (?:de )?(?:fotoserie|galerij|alle foto['’]s)",
    r"in beeld\s?:.{0,200}", r"galeria zdjęć\b.{0,200}", r"zobacz (?:galerię|wszystkie zdjęcia)",
)
# A slide's label and the word between its number and the gallery's total ("Bild 3 von 12",
# "photo 2 of 4", "3/28"), shared with the captions that open with a counter
# (`context.counters`).
SLIDE_LABEL = r"(?:bild|foto|image|photo|slide|imagen|imagem|immagine|zdjęcie)"
COUNT_OF = r"(?:/|von|of|sur|de|di|van|z)"
_COUNTER = (
    rf"(?:{SLIDE_LABEL}\s)?\d{{1,4}}\s?{COUNT_OF}\s?\d{{1,4}}(?:\s(?:bilder|fotos|photos|"
    r"images|foto['’]s|imágenes|imagens|immagini|zdjęć))?"
)

RULES = (
    BlockRule(Rule.GALLERY_MARKER, Reason.GALLERY, whole(_MARKER),
              ("de", "en", "fr", "es", "it", "pt", "nl", "pl"),
              "Bildstrecke: Putin lässt Truppen umfassenden Atomschlag trainieren", max_words=30),
    BlockRule(Rule.GALLERY_COUNTER, Reason.GALLERY, whole(_COUNTER), ("*",), "1/50",
              max_words=6),
)
