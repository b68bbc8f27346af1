"""The readability level of an approved letter text, computed once per version."""

from django.core.cache import cache

from readability import Policy, analyze

from .approved import CACHE_PREFIX, ApprovedLetter


def readability_blocks(letter: ApprovedLetter) -> list[dict]:
    blocks = [{"type": "heading", "text": letter.content["subject"]}]
    blocks += [{"type": "paragraph", "text": item["html"]} for item in letter.content["body"]]
    for text in letter.content["closing"]:
        blocks.append({"type": "heading", "text": text["title"]})
        blocks.append({"type": "paragraph", "text": text["body"]})
    return blocks


def readability_level(letter: ApprovedLetter) -> str | None:
    """The estimated CEFR level (e.g. "B1"), or None when there is too little text to judge."""
    # Keyed by the text's hash: the same as "per revision", and it also changes
    # when a closing standard text is republished.
    key = f"{CACHE_PREFIX}:readability:{letter.sha256}"
    cached = cache.get(key)
    if cached is not None:
        return cached["level"]
    policy = Policy.for_content_type("letter")
    level = analyze(readability_blocks(letter), lang=letter.language, policy=policy).level
    cache.set(key, {"level": level}, timeout=None)
    return level
