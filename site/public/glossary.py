"""Glossary terms: which terms a locale has, and marking their first use in rendered HTML.

The markup works on the HTML that the block templates produced, so it never sees editor
input directly. It only rewrites text between tags, never inside a tag, and skips text in
headings, links, quotes and form controls, where a link or definition would be wrong.
"""

import re
from dataclasses import dataclass

from django.core.cache import cache
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language
from helder.memo import GenerationMemo

from content_models.models import GlossaryTerm
from translations.public_text import texts_for

# A generation, not a counter: it survives a Redis outage (see helder.memo).
glossary_generation = GenerationMemo("glossary")

# Text inside these elements is left alone: headings and labels must stay short, a link in a
# link is invalid, a quote from the law must stay word for word.
SKIP_ELEMENTS = {
    "a", "abbr", "blockquote", "button", "code", "dfn", "figcaption", "h1", "h2", "h3",
    "h4", "h5", "h6", "label", "legend", "option", "pre", "script", "select", "style",
    "summary", "textarea",
}  # fmt: skip
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}
TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")


@dataclass(frozen=True)
class Term:
    term: str
    explanation: str
    forms: tuple[str, ...]

    @property
    def anchor(self) -> str:
        return "begrip-" + (slugify(self.term) or "term")


def terms_for_language(language_code: str | None = None) -> list[Term]:
    """The glossary of one language, cached until a term changes (see signals.py)."""
    language_code = language_code or get_language() or "nl"
    version = glossary_generation.current()[0]
    key = f"helder-public:glossary:{version}:{language_code}"
    terms = cache.get(key)
    if terms is None:
        terms = [
            Term(
                term=entry.term,
                explanation=entry.explanation,
                forms=tuple(dict.fromkeys([entry.term, *entry.synonym_list])),
            )
            for entry in GlossaryTerm.objects.filter(live=True, locale__language_code=language_code)
        ]
        cache.set(key, terms, 60 * 60)
    return terms


def forget_terms():
    glossary_generation.forget_now_and_on_commit()


def _pattern(terms: list[Term]):
    forms = {}
    for term in terms:
        for form in term.forms:
            forms.setdefault(escape(form).lower(), term)
    if not forms:
        return None, forms
    # Longest first, so "bijzondere bijstand" wins over "bijstand".
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w&-])({alternatives})(?![\w-])", re.IGNORECASE), forms


def mark_first_use(html: str, terms: list[Term]) -> tuple[str, list[Term]]:
    """Link the first use of each term to its explanation; return the HTML and the terms used."""
    pattern, forms = _pattern(terms)
    if pattern is None:
        return html, []
    used: list[Term] = []
    skip_stack: list[str] = []
    out = []
    for part in TAG.split(html):
        if not part:
            continue
        if part.startswith("<"):
            out.append(part)
            match = TAG_NAME.match(part)
            if match and not part.startswith("<!--"):
                closing, name = match.group(1) == "/", match.group(2).lower()
                if name in SKIP_ELEMENTS and name not in VOID_ELEMENTS:
                    if closing:
                        if name in skip_stack:
                            del skip_stack[len(skip_stack) - 1 - skip_stack[::-1].index(name) :]
                    elif not part.rstrip(">").endswith("/"):
                        skip_stack.append(name)
            continue
        if skip_stack:
            out.append(part)
            continue

        def replace(match):
            term = forms[match.group(1).lower()]
            if term in used:
                return match.group(0)
            used.append(term)
            return (
                f'<dfn class="helder-term" id="gebruik-{term.anchor}">'
                f'<a class="utrecht-link helder-term__link" href="#{term.anchor}" '
                f'aria-describedby="{term.anchor}-uitleg">{match.group(1)}</a></dfn>'
            )

        out.append(pattern.sub(replace, part))
    return "".join(out), used


def explanations(used: list[Term], language_code: str | None = None) -> str:
    """The footnote-style list of explanations that the marked terms point to."""
    if not used:
        return ""
    texts = texts_for(language_code or get_language())
    glossary_url = reverse("public:glossary")
    back = texts["back_to_text"]
    rows = (
        (
            t.anchor,
            t.term,
            t.anchor,
            t.explanation,
            t.anchor,
            back,
            texts["back_to_term"].format(term=t.term),
        )
        for t in used
    )
    items = format_html_join(
        "",
        '<dt id="{}"><dfn>{}</dfn></dt><dd id="{}-uitleg">{} '
        '<a class="utrecht-link" href="#gebruik-{}">{}<span class="helder-visually-hidden">{}</span></a></dd>',
        rows,
    )
    return format_html(
        '<section class="helder-terms" aria-labelledby="moeilijke-woorden">'
        '<h2 class="utrecht-heading-2" id="moeilijke-woorden">{}</h2>'
        '<dl class="helder-terms__list">{}</dl>'
        '<p class="utrecht-paragraph"><a class="utrecht-link" href="{}">{}</a></p>'
        "</section>",
        texts["terms_title"],
        items,
        glossary_url,
        texts["all_terms"],
    )


def mark_glossary(html: str, language_code: str | None = None) -> str:
    marked, used = mark_first_use(str(html), terms_for_language(language_code))
    explained = explanations(used, language_code)
    return mark_safe(marked + explained)  # noqa: S308  (input is our rendered HTML)
