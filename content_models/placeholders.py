"""Letter placeholders: the `{{ naam }}` syntax and nothing else.

Letter texts are plain text with placeholders. No other template syntax is
interpreted anywhere, so a text cannot run code or reach data it should not.
"""

import re

NAME_PATTERN = r"[a-z][a-z0-9_]*"
PLACEHOLDER_RE = re.compile(r"\{\{\s*(" + NAME_PATTERN + r")\s*\}\}")
# Anything that looks like template syntax but is not a well-formed placeholder.
SUSPECT_RE = re.compile(r"\{\{|\}\}|\{%|%\}")


def placeholder_names(text: str) -> list[str]:
    """Names of all well-formed placeholders in `text`, in order of first use."""
    return list(dict.fromkeys(PLACEHOLDER_RE.findall(text or "")))


def malformed_fragments(text: str) -> list[str]:
    """Pieces of `text` that look like template syntax but are not `{{ name }}`.

    Well-formed placeholders are removed first; any `{{`, `}}`, `{%` or `%}` that
    remains is malformed. Each fragment is returned with a little context so the
    editor can find it.
    """
    stripped = PLACEHOLDER_RE.sub(lambda m: " " * len(m.group(0)), text or "")
    fragments = []
    for match in SUSPECT_RE.finditer(stripped):
        start = max(match.start() - 10, 0)
        fragments.append(text[start : match.end() + 10].strip())
    return fragments


def fill(text: str, values: dict[str, str]) -> str:
    """Replace each placeholder by its (already formatted and escaped) value."""
    return PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text or "")
