from django import template
from helder.public.glossary import mark_glossary

register = template.Library()


@register.filter(is_safe=True)
def glossary(html):
    """`{% filter glossary %}…{% endfilter %}`: mark first uses of glossary terms in a body."""
    return mark_glossary(html)
