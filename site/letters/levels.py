"""The readability level of an approved letter text, computed once per version.

The text scored is what the publication gate scores (content_models.readable_text),
read from the approved content instead of a draft row.
"""

import json

from django.core.cache import cache

from content_models import readable_text
from content_models.models import LetterTemplate
from readability import Policy, analyze

from .approved import CACHE_PREFIX, ApprovedLetter


def _as_template(letter: ApprovedLetter) -> LetterTemplate:
    """The approved content as an unsaved LetterTemplate: readable_text reads the text a
    model declares it shows citizens (content_models.scoring), so it needs the real model."""
    content = letter.content
    body = []
    for item in content["body"]:
        if item["type"] == "conditional":
            value = {"variable": item["variable"], "text": item["html"]}
        else:
            value = item["html"]
        body.append({"type": item["type"], "value": value})
    return LetterTemplate(
        code=content["code"],
        subject=content["subject"],
        variables=json.dumps([{"type": "variable", "value": v} for v in content["variables"]]),
        body=json.dumps(body),
        closing="[]",
    )


def readability_blocks(letter: ApprovedLetter) -> list[dict]:
    return readable_text.letter_with_examples(_as_template(letter))


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
