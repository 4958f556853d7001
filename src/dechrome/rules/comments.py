"""Comment sections: their headers, their policies and the login prompts around them."""

from __future__ import annotations

import regex

from dechrome.features import word_count
from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, contains, phrases, whole

LANGUAGES = ("de", "en", "fr", "es", "it", "pt", "nl", "pl")
# A header's count of comments, in brackets or not: "Comments (12)", "Comments 115".
_COUNT = r"(?: (?:\(\d{1,6}\)|\d{1,6}))?"
_HEADER = phrases(
    rf"(?:\d{{1,6}} )?(?:leser)?kommentare?{_COUNT}", r"kommentieren",
    r"kommentar schreiben", r"kommentare (?:anzeigen|lesen|einblenden)", r"diskussion",
    r"diskutieren sie mit",
    rf"(?:\d{{1,6}} )?comments?{_COUNT}", r"leave a (?:comment|reply)",
    r"join the conversation",
    r"show comments", r"view comments", r"add a comment", r"post a comment",
    rf"(?:\d{{1,6}} )?commentaires?{_COUNT}", r"réagir", r"laisser un commentaire",
    r"ajouter un commentaire", r"(?:voir|afficher) les commentaires", r"vos réactions",
    r"schreibe(?:n sie)? einen kommentar",
    r"hinterlasse(?:n sie)? (?:einen kommentar|eine antwort)",
    r"kommentar (?:verfassen|hinzufügen)", r"laisser une réponse",
    # es / it / pt / nl / pl
    rf"(?:\d{{1,6}} )?comentarios?{_COUNT}", r"(?:deja|dejar|escribe|añade) un comentario",
    r"ver (?:los )?comentarios", rf"(?:\d{{1,6}} )?comment[io]{_COUNT}",
    r"lascia un commento", r"scrivi un commento", rf"(?:\d{{1,6}} )?comentários?{_COUNT}",
    r"deixe (?:um|o seu|seu) comentário", rf"(?:\d{{1,6}} )?reacties?{_COUNT}",
    r"plaats een reactie", r"laat een reactie achter", r"reageer",
    rf"(?:\d{{1,6}} )?komentarz(?:e|y)?{_COUNT}", r"dodaj komentarz", r"skomentuj",
    # WordPress: '12 Responses to “Title”', '3 thoughts on "Title"'
    r"\d{1,5} (?:responses?|repl(?:y|ies)|thoughts?|comments?|antworten|kommentare?|gedanken|"
    r"réponses?|commentaires?|respuestas?|comentarios?|risposte|commenti|reacties) "
    r"(?:to|on|zu|auf|à|sur|a|en|su|op)\s?[\"“„«‘'].{1,150}",
)
# The site speaking to its commenters: these never occur in a report about comments.
_POLICY = phrases(
    r"keine kommentare mehr zulassen", r"willkommen in unserer community",
    r"eingehende beiträge werden geprüft", r"beiträge geben nicht notwendigerweise die meinung",
    r"distanziert sich (?:die redaktion|der betreiber)", r"achten sie (?:bitte )?auf (?:die )?"
    r"einhaltung unserer netiquette", r"wegen des hohen aufkommens (?:\w{1,20} ){0,4}"
    r"(?:beiträge|kommentare)", r"please read our (?:community guidelines|comment policy)",
    r"we reserve the right to (?:remove|delete|edit) (?:any )?comments",
    r"merci de respecter (?:notre|la) charte", r"nous nous réservons le droit de (?:supprimer|"
    r"modérer) (?:les|tout) commentaires?",
    # The comment form's own notices.
    r"(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht",
    r"your email address will not be published", r"erforderliche felder sind mit \* markiert",
    r"required fields are marked \*", r"votre adresse (?:e-mail|email|de messagerie) ne sera pas "
    r"publiée", r"les champs obligatoires sont indiqués avec \*",
    r"tu (?:dirección de )?correo electrónico no será publicad[oa]",
    r"los campos obligatorios están marcados con \*",
    r"il tuo indirizzo (?:e-?mail )?non sarà pubblicato",
    r"i campi obbligatori sono contrassegnati",
    r"o seu (?:endereço de )?e-?mail não será publicado",
    r"campos obrigatórios são marcados com \*",
    r"je e-?mailadres wordt niet gepubliceerd", r"vereiste velden zijn gemarkeerd met \*",
    r"twój adres e-?mail nie zostanie opublikowany", r"wymagane pola są oznaczone \*",
    r"diese website verwendet akismet", r"this site uses akismet",
    r"ce site utilise akismet", r"este sitio usa akismet", r"questo sito usa akismet",
    r"este site utiliza o akismet", r"deze site gebruikt akismet",
    r"ta witryna wykorzystuje akismet",
)
# These also occur in reporting about comment sections, so they count only in a short
# block that is not reported speech.
_POLICY_WEAK = phrases(
    r"kommentarfunktion (?:ist |wurde )?(?:\w{1,20} ){0,3}(?:deaktiviert|geschlossen|abgeschaltet)",
    r"netiquette", r"community-richtlinien", r"kommentarregeln",
    r"comments (?:are|have been) (?:closed|disabled|turned off)", r"comment policy",
    r"community (?:guidelines|standards)", r"comments are moderated",
    r"commenting (?:is|has been) (?:closed|disabled)",
    r"les commentaires sont (?:fermés|désactivés|modérés)", r"charte de modération",
    r"nos règles de (?:modération|publication)", r"espace (?:de )?commentaires? est fermé",
)
_REPORTED = regex.compile(r"[\"“”„«»]|\b(?:said|says|sagte|sagt|a déclaré|explique)\b")
# ... and, beyond a bare label, only when the site addresses its readers or this article:
# "Comments are closed for this story." goes, "Comments are closed on most sites." stays.
_ADDRESS = regex.compile(
    r"\b(?:unsere?[nrms]?|our|your|you|nos|notre|votre|vous|dies(?:e[nrms]?)? "
    r"(?:artikel|beitrag)|this (?:article|story|post|page)|cet article)\b",
    regex.IGNORECASE,
)
_WEAK_MAX_WORDS = 25
_WEAK_LABEL_MAX_WORDS = 6
_STRONG_POLICY = contains(_POLICY)
_WEAK_POLICY = contains(_POLICY_WEAK)


def _is_comment_policy(text: str) -> bool:
    if _STRONG_POLICY(text):
        return True
    words = word_count(text)
    if words > _WEAK_MAX_WORDS or _REPORTED.search(text) is not None or not _WEAK_POLICY(text):
        return False
    return words <= _WEAK_LABEL_MAX_WORDS or _ADDRESS.search(text) is not None


_LOGIN = phrases(
    r"eingeloggt als\b.{0,60}", r"nicht der richtige user\?.{0,30}", r"zum kommentieren "
    r"(?:bitte )?(?:einloggen|anmelden)", r"(?:jetzt )?(?:einloggen|anmelden) (?:und|zum) "
    r"(?:mitdiskutieren|kommentieren)", r"logged in as\b.{0,60}", r"log in to (?:comment|reply)\.?",
    r"please log in to (?:comment|reply)\.?",
    r"sign in to (?:comment|reply|join the conversation)", r"you must be logged in to .{0,40}",
    r"connectez-vous pour (?:commenter|réagir)", r"connecté en tant que\b.{0,60}",
    r"bitte melden sie sich an,? um (?:zu kommentieren|mitzudiskutieren)\.?",
    r"melden sie sich an,? um (?:zu kommentieren|mitzudiskutieren)\.?",
    r"vous devez être connectée? pour .{0,40}",
    r"(?:inicia sesión|identifícate) para (?:comentar|responder)", r"accedi per (?:commentare|"
    r"rispondere)", r"(?:faça login|entre) para (?:comentar|responder)",
    r"log in om (?:te reageren|een reactie te plaatsen)", r"zaloguj się,? aby (?:komentować|"
    r"dodać komentarz)",
    # The comment form's notice to a visitor not logged in, as blog software prints it in
    # each language: only about commenting ("Sie müssen angemeldet sein, um Wohngeld zu
    # beantragen" is a guide's sentence). The space after the opening words is `\s`, so the
    # prefilter reads those words alone (`openings`), not every way the phrase goes on.
    r"(?:du musst|sie müssen)\s(?:angemeldet|eingeloggt) sein,? um (?:einen kommentar "
    r"(?:abzugeben|zu schreiben|zu verfassen)|zu kommentieren)\.?",
    r"debes\s(?:estar registrado|iniciar sesión|estar conectado) para (?:publicar|escribir|"
    r"dejar) un comentario\.?",
    r"devi\s(?:essere connesso|effettuare il login|essere registrato) per (?:inviare|"
    r"pubblicare|scrivere) un commento\.?",
    r"(?:você precisa|é necessário)\s(?:fazer (?:o )?login|estar (?:logado|conectado)) para "
    r"(?:publicar|postar|enviar) um comentário\.?",
    r"je moet\s(?:ingelogd|aangemeld) zijn om (?:een reactie (?:te )?(?:plaatsen|geven)|te "
    r"reageren)\.?",
    r"musisz\s(?:się zalogować|być zalogowany),? (?:aby|by) (?:móc )?(?:dodać|opublikować) "
    r"komentarz\.?",
    # comment-form buttons and fields
    r"antworten abbrechen", r"cancel reply", r"annuler la réponse", r"cancelar (?:la )?respuesta",
    r"annulla (?:la )?risposta", r"cancelar resposta", r"reactie annuleren",
    r"(?:kommentar|comment|commentaire|comentario|commento|comentário|reactie|komentarz) "
    r"(?:abschicken|absenden|senden|posten|veröffentlichen)",
    r"post comment", r"submit comment", r"publier (?:le )?commentaire",
    r"publicar comentario", r"invia commento", r"publicar comentário", r"plaats reactie",
    r"(?:name|e-?mail(?:-adresse)?|website|webseite|nom|nombre|correo electrónico|nome|naam|"
    r"imię)\s?(?:\*|\((?:required|erforderlich|pflichtfeld|wird benötigt[^)]{0,40}|obligatoire|"
    r"obligatorio|obbligatorio|obrigatório|verplicht|wymagane)\))",
)

RULES = (
    BlockRule(Rule.COMMENT_HEADER, Reason.COMMENTS, whole(_HEADER), LANGUAGES,
              "Kommentare", max_words=30),
    BlockRule(Rule.COMMENT_POLICY, Reason.COMMENTS, _is_comment_policy, LANGUAGES,
              "In eigener Sache: Wegen des hohen Aufkommens unsachlicher und beleidigender "
              "Beiträge können wir zurzeit keine Kommentare mehr zulassen.", max_words=200,
              hint=contains(rf"{_POLICY}|{_POLICY_WEAK}")),
    BlockRule(Rule.LOGIN_PROMPT, Reason.COMMENTS, whole(_LOGIN), LANGUAGES,
              "Nicht der richtige User? Logout", max_words=15),
)
