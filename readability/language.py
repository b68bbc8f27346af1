"""Is this text still Dutch? A check for translations that were never translated.

Dutch prose is full of short function words ("de", "het", "een", "u", "niet"): in plain
Dutch text they make up roughly a third to a half of all words. Text in another language
contains almost none of them, so the share of these words tells an untranslated copy from
a translation. The list leaves out words that are as common in English or German
("in", "is", "of", "die", "was", "over"), so a translation into those languages does not
look Dutch.

    dutch_share(text) = Dutch function words / all words
    still_dutch(text) = at least MIN_WORDS words and dutch_share >= DUTCH_SHARE

Below MIN_WORDS words the share says too little; `still_dutch` returns None ("cannot
tell") and the caller decides with other evidence (for example: identical to the source).
"""

import re

DUTCH_FUNCTION_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "dat",
        "niet",
        "voor",
        "met",
        "zijn",
        "wordt",
        "worden",
        "ook",
        "maar",
        "naar",
        "bij",
        "uit",
        "ons",
        "onze",
        "wij",
        "jij",
        "hij",
        "zij",
        "u",
        "uw",
        "je",
        "jouw",
        "jullie",
        "mijn",
        "dit",
        "deze",
        "wat",
        "hoe",
        "als",
        "dan",
        "nog",
        "geen",
        "wel",
        "kunt",
        "moet",
        "mag",
        "heeft",
        "hebt",
        "krijgt",
        "kan",
        "op",
        "te",
        "om",
        "tot",
        "aan",
        "hebben",
        "gaat",
        "er",
        "hier",
        "daar",
        "waar",
        "wanneer",
        "omdat",
        "hun",
        "hem",
        "haar",
        "zo",
        "al",
        "meer",
        "veel",
        "welke",
        "wie",
        "wil",
        "wilt",
        "zal",
        "zullen",
        "moeten",
        "kunnen",
        "mogen",
    ]
)

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_WORDS = 8
# Plain Dutch: about 0.3-0.5. English, Turkish, Arabic, Polish, Ukrainian: below 0.05.
DUTCH_SHARE = 0.15


def words(text: str) -> list[str]:
    return [word.lower() for word in WORD_RE.findall(text or "")]


def dutch_share(text: str) -> float:
    found = words(text)
    if not found:
        return 0.0
    return sum(word in DUTCH_FUNCTION_WORDS for word in found) / len(found)


def still_dutch(text: str) -> bool | None:
    """True: the text reads as Dutch. False: it does not. None: too short to tell."""
    if len(words(text)) < MIN_WORDS:
        return None
    return dutch_share(text) >= DUTCH_SHARE
