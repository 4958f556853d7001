"""Small article pages in German, English, French, Spanish, Italian and Dutch for the
metadata tests.

`page(*head, body=..., tail=())` joins the lines the way scraped page text comes: each one a
paragraph. The body paragraphs read as running text, so the cleaning finds the article.
"""

from __future__ import annotations

import dechrome

BODY = {
    "de": (
        "Die Regierung hat am Dienstag ein neues Gesetz zur Förderung erneuerbarer Energien "
        "beschlossen, das ab dem kommenden Jahr gelten soll.",
        "Kritiker bemängeln, dass die Förderung zu spät komme und die Industrie schon jetzt "
        "unter den hohen Preisen leide, wie mehrere Verbände mitteilten.",
    ),
    "en": (
        "The government on Tuesday passed a new law to promote renewable energy, which is to "
        "take effect next year.",
        "Critics complain that the support comes too late and that industry is already "
        "suffering from high prices, several associations said.",
    ),
    "fr": (
        "Le gouvernement a adopté mardi une nouvelle loi pour promouvoir les énergies "
        "renouvelables, qui doit entrer en vigueur l'année prochaine.",
        "Les critiques estiment que le soutien arrive trop tard et que l'industrie souffre "
        "déjà des prix élevés, ont indiqué plusieurs associations.",
    ),
    "es": (
        "El gobierno aprobó el martes una nueva ley para fomentar las energías renovables, que "
        "entrará en vigor el próximo año.",
        "Los críticos afirman que la ayuda llega demasiado tarde y que la industria ya sufre "
        "por los precios altos, según indicaron varias asociaciones.",
    ),
    "it": (
        "Il governo ha approvato martedì una nuova legge per promuovere le energie rinnovabili, "
        "che entrerà in vigore il prossimo anno.",
        "I critici sostengono che il sostegno arriva troppo tardi e che l'industria soffre già "
        "per i prezzi alti, come hanno riferito diverse associazioni.",
    ),
    "nl": (
        "De regering heeft dinsdag een nieuwe wet aangenomen om hernieuwbare energie te "
        "bevorderen, die volgend jaar van kracht wordt.",
        "Critici vinden dat de steun te laat komt en dat de industrie nu al lijdt onder de "
        "hoge prijzen, zo meldden verschillende verenigingen.",
    ),
}
HEADLINE = {
    "de": "Regierung beschließt neues Energiegesetz",
    "en": "Government passes new energy law",
    "fr": "Le gouvernement adopte une nouvelle loi sur l'énergie",
    "es": "El gobierno aprueba una nueva ley de energía",
    "it": "Il governo approva una nuova legge sull'energia",
    "nl": "Regering neemt nieuwe energiewet aan",
}


def page(language: str, *head: str, tail: tuple[str, ...] = ()) -> str:
    """The headline, the `head` lines, the body of `language`, then the `tail` lines."""
    return "\n\n".join([HEADLINE[language], *head, *BODY[language], *tail])


def clean(language: str, *head: str, tail: tuple[str, ...] = (),
          url: str | None = None) -> dechrome.Document:
    return dechrome.clean(page(language, *head, tail=tail), url=url)
