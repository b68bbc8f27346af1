"""Normbedragen in public page templates (helder.public.amounts)."""

from django import template
from helder.public.amounts import amount_block, fill_placeholders

register = template.Library()


@register.simple_tag(takes_context=True)
def amount(context, code, text=""):
    """`{% amount value.code value.text %}`: an amount block."""
    return amount_block(context, code, text)


class AmountsNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        return fill_placeholders(context, self.nodelist.render(context))


@register.tag
def amounts(parser, token):
    """`{% amounts %}…{% endamounts %}`: show each `[[norm:CODE]]` inside as its amount."""
    nodelist = parser.parse(("endamounts",))
    parser.delete_first_token()
    return AmountsNode(nodelist)
