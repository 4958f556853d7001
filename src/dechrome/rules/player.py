"""Text of embedded video and audio players: controls, time codes, loading states."""

from __future__ import annotations

from dechrome.reasons import Reason, Rule
from dechrome.rules.base import BlockRule, phrases, whole

_CONTROL = phrases(
    r"loading(?:\.{1,3}|…)?", r"wird geladen(?:\.{1,3}|…)?",
    r"chargement(?: en cours)?(?:\.{1,3}|…)?",
    r"abspielen", r"wiedergabe", r"pause", r"stumm(?:schalten)?", r"ton (?:an|aus)",
    r"vollbild(?:modus)?", r"(?:vorige|nächste) \d{1,3} sekunden",
    r"zum (?:vorigen|nächsten) wechseln",
    r"\d(?:[.,]\d{1,2})?x geschwindigkeit", r"geschwindigkeit", r"untertitel", r"kein artikelbild",
    r"video (?:\d{4} )?erstellt", r"video abspielen", r"video ansehen",
    r"play(?: video)?", r"replay", r"mute", r"unmute", r"full ?screen", r"exit full ?screen",
    r"playback speed", r"\d(?:[.,]\d{1,2})?x(?: speed)?", r"captions", r"skip ad",
    r"(?:seek|skip) (?:back|forward) \d{1,3} seconds", r"now playing", r"up next",
    r"watch(?: now| video)?", r"lecture", r"lire la vidéo", r"plein écran", r"couper le son",
    r"sous-titres", r"vitesse de lecture", r"media (?:player|error).{0,80}",
    r"this video is (?:not available|unavailable).{0,80}",
    r"video (?:ist )?(?:derzeit )?nicht verfügbar.{0,80}",
    r"dieses video (?:ist )?(?:derzeit )?nicht verfügbar.{0,80}",
    r"vidéo (?:indisponible|non disponible).{0,80}", r"cette vidéo (?:est indisponible|"
    r"n['’]est pas disponible).{0,80}",
    # es / it / pt / nl / pl
    r"cargando(?:\.{1,3}|…)?", r"reproducir(?: (?:vídeo|video))?", r"pantalla completa",
    r"silenciar", r"subtítulos", r"velocidad de reproducción", r"(?:este )?v[ií]deo no (?:está )?"
    r"disponible.{0,80}", r"caricamento(?: in corso)?(?:\.{1,3}|…)?", r"riproduci(?: video)?",
    r"schermo intero", r"sottotitoli", r"disattiva (?:l['’])?audio",
    r"video non disponibile.{0,80}",
    r"(?:a )?carregar(?:\.{1,3}|…)?", r"carregando(?:\.{1,3}|…)?", r"reproduzir(?: vídeo)?",
    r"(?:tela|ecrã) (?:cheia|inteiro)", r"legendas",
    r"vídeo (?:indisponível|não (?:está )?disponível).{0,80}",
    r"laden(?:\.{1,3}|…)", r"afspelen", r"volledig scherm", r"ondertiteling",
    r"video (?:is )?niet beschikbaar.{0,80}", r"ładowanie(?:\.{1,3}|…)?", r"odtwórz(?: wideo)?",
    r"pełny ekran", r"napisy", r"wycisz", r"wideo (?:jest )?niedostępne.{0,80}",
)
_TIMECODE = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s?/\s?(?:\d{1,2}:)?\d{1,2}:\d{2})?"

RULES = (
    BlockRule(Rule.PLAYER_CONTROL, Reason.PLAYER, whole(_CONTROL),
              ("de", "en", "fr", "es", "it", "pt", "nl", "pl"),
              "1.0x Geschwindigkeit", max_words=12),
    BlockRule(Rule.PLAYER_TIMECODE, Reason.PLAYER, whole(_TIMECODE), ("*",), "00:00 / 00:00",
              max_words=6),
)
