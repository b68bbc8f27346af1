"""Dutch names for the rules behind a gate verdict, for the history, the findings page and
messages. Rule ids stay English in code and data; editors only ever see these names.

Every rule the engine or a registered check can emit has a name here; a test walks the
code that emits them (tests/content_models/test_rule_labels.py).
"""

from django.utils.translation import gettext_lazy as _

RULE_LABELS = {
    # readability engine
    "level.too_high": _("niveau te hoog"),
    "level.uncertain": _("niveau op de grens, een mens beslist"),
    "paragraph.level_too_high": _("alinea te moeilijk"),
    "passage.level_too_high": _("stuk tekst te moeilijk"),
    "sentence.level_too_high": _("één zin te moeilijk, een mens beslist"),
    "sentences.too_many_long": _("te veel lange zinnen"),
    "sentence.too_long": _("zin te lang"),
    "sentence.long": _("lange zin"),
    "paragraph.too_long": _("alinea te lang"),
    "passive": _("lijdende vorm"),
    "passive.too_much": _("te veel lijdende vorm"),
    "nominalisation": _("naamwoordstijl"),
    "jargon": _("ambtelijke taal"),
    "word.rare": _("weinig bekend woord"),
    "abbreviation.unexplained": _("afkorting zonder uitleg"),
    "address.mixed": _("u en je door elkaar"),
    # checks registered with the gate
    "body.empty": _("geen inhoud"),
    "body.no_text": _("geen tekst"),
    "law_quote.unexplained": _("wetstekst zonder uitleg"),
    "law_quote.too_much": _("te veel wetstekst"),
    "exempt.too_long": _("zin waar alleen een naam of nummer hoort"),
    "language.still_dutch": _("vertaling is nog Nederlands"),
    "parity.variables": _("variabelen anders dan in het origineel"),
    "amount.periods": _("periodes van het normbedrag kloppen niet"),
}

# Rules named with a variable part (f"parity.{part}"): one name per family.
RULE_FAMILY_LABELS = {
    "parity.": _("vertaling mist delen van het origineel"),
}

UNKNOWN_RULE = _("ander punt")


def rule_label(rule: str) -> str:
    if rule in RULE_LABELS:
        return str(RULE_LABELS[rule])
    for prefix, label in RULE_FAMILY_LABELS.items():
        if rule.startswith(prefix):
            return str(label)
    return str(UNKNOWN_RULE)


def is_labelled(rule: str) -> bool:
    return rule in RULE_LABELS or any(rule.startswith(p) for p in RULE_FAMILY_LABELS)
