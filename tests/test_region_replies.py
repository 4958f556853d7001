"""On a discussion page the article's region grows down over the replies below its run
(`tail.with_replies`): each post's furniture and date, taken by their rules, stand between
short replies that cost the run more than they bring. The walk ends where what follows
adds the most, as below an article: the thread's footer still goes, and so may short
replies after the last line that reads as running text."""

from __future__ import annotations

import dechrome
from dechrome.model import Document
from dechrome.reasons import Rule
from dechrome.registry import RULES

THREAD_URL = "https://forum.example.org/viewtopic.php?t=371052"
TITLE = "Turning off the status lights of the new board"
QUESTION = (
    "I have tried every setting I could find in the documentation to turn off the status "
    "lights of the new board, because it sits in my bedroom and the green light is bright.",
    "The power light goes off after a reboot, but the network lights stay on no matter which "
    "of the settings I add to the configuration file, and I am running out of ideas.",
    "Has anyone managed to turn off all of them on the new board, and which firmware did you "
    "need for it? I would be grateful for a working list of the settings.",
)
REPLIES = (
    ("I am on the newest firmware", "these settings are not working for me.",
     "lights_off=network", "the lights on my board stay on", "same settings as yours"),
    ("with the latest firmware all lights are off for me", "lights_off=all",
     "status_light=none", "board lights: none"),
    ("After updating the firmware and adding the settings below, all lights on my board "
     "finally stay off.", "lights_off=all"),
    ("thanks, that worked.", "also fine on my second board"),
)
NAMES = ("costel78", "badz", "ombit", "yuki")
FOOTER = ("Return to Troubleshooting", "Jump to", "General discussion", "Announcements",
          "Beginners")


def _post(name: str, number: int, lines: tuple[str, ...]) -> list[str]:
    return [name, f"Posts: {number * 37}", f"Joined: Mon Jan {number + 10}, 2019 4:51 pm",
            f"Tue Mar {number + 4:02d}, 2024 7:28 pm", *lines]


def _thread() -> Document:
    blocks = [TITLE, *_post("asker", 1, QUESTION)]
    for number, (name, lines) in enumerate(zip(NAMES, REPLIES, strict=True), 2):
        blocks += _post(name, number, lines)
    return dechrome.clean("\n\n".join([*blocks, *FOOTER]), url=THREAD_URL)


def test_short_replies_between_the_question_and_a_longer_reply_are_kept() -> None:
    document = _thread()
    for line in (*REPLIES[0], *REPLIES[1], REPLIES[2][0]):
        assert line in document.paragraphs
    removal = next(r for r in document.removals if r.text == "Jump to")
    assert removal.rule in (Rule.OUTSIDE_ARTICLE, Rule.TAIL_CHROME)
    assert removal.reason == RULES[removal.rule].reason
