"""This app's part of the publication gate (content_models/gate.py).

* Accessible variants are gated like pages: easy-read by the stricter "easy_read" policy
  (A2, short sentences); audio and sign-language descriptions by the page policy.
* The structural parity check blocks a translation that lost sections, steps or items.
"""

from content_models import gate, readable_text

from .models import AudioVariant, EasyReadVariant, SignLanguageVideo
from .parity import parity_problems


def easy_read_blocks(variant):
    return [
        readable_text.heading(variant.title),
        readable_text.paragraph(variant.intro),
        *readable_text.information_body(variant.body),
    ]


def media_blocks(variant):
    blocks = [readable_text.heading(variant.title)]
    if variant.description:
        blocks.append(readable_text.paragraph(variant.description))
    return blocks


def install():
    if EasyReadVariant in gate.GATED_TYPES:
        return
    gate.register(EasyReadVariant, "easy_read", easy_read_blocks)
    gate.register(AudioVariant, "information_page", media_blocks)
    gate.register(SignLanguageVideo, "information_page", media_blocks)
    gate.register_check(parity_problems)
