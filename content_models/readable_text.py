"""What a citizen reads of each content type, as blocks for the readability engine.

Contact details, image files and links are not prose and are left out. Law quotes are
passed as `law_quote` blocks: the engine leaves them out of the score and says so.
"""

from .placeholders import PLACEHOLDER_RE


def heading(text):
    return {"type": "heading", "text": text or ""}


def paragraph(text):
    return {"type": "paragraph", "text": text or ""}


def list_item(text):
    return {"type": "list_item", "text": text or ""}


def _source(rich_text):
    return getattr(rich_text, "source", rich_text) or ""


def page_header(page):
    blocks = [heading(page.title)]
    if getattr(page, "intro", ""):
        blocks.append(paragraph(page.intro))
    return blocks


def information_body(body):
    blocks = []
    for child in body:
        kind, value = child.block_type, child.value
        if kind == "paragraph":
            blocks.append(paragraph(_source(value)))
        elif kind == "heading":
            blocks.append(heading(value["text"]))
        elif kind == "steps":
            if value["title"]:
                blocks.append(heading(value["title"]))
            for step in value["steps"]:
                blocks.append(list_item(step["title"]))
                if _source(step["text"]):
                    blocks.append(paragraph(_source(step["text"])))
        elif kind == "important":
            blocks += [heading(value["title"]), paragraph(_source(value["text"]))]
        elif kind == "faq":
            for item in value["items"]:
                blocks += [heading(item["question"]), paragraph(_source(item["answer"]))]
        elif kind == "image" and value.get("caption"):
            blocks.append(paragraph(value["caption"]))
        elif kind == "law_quote":
            blocks.append({"type": "law_quote", "text": value["text"]})
    return blocks


def rights_duties_items(items):
    blocks = []
    for child in items:
        value = child.value
        blocks += [heading(value["title"]), paragraph(_source(value["explanation"]))]
        if _source(value["consequences"]):
            blocks.append(paragraph(_source(value["consequences"])))
        blocks += [list_item(step) for step in value["steps"]]
        blocks.append(paragraph(_source(value["help"])))
    return blocks


def letter_with_examples(letter):
    """The letter as a citizen would get it: all conditional sections, examples filled in."""
    examples = {
        block.value["name"]: block.value["example"]
        for block in letter.variables
        if block.value.get("example")
    }

    def merged(text):
        return PLACEHOLDER_RE.sub(lambda m: examples.get(m.group(1), m.group(0)), text)

    blocks = [heading(merged(letter.subject))]
    for child in letter.body:
        text = child.value if child.block_type == "paragraph" else child.value["text"]
        blocks.append(paragraph(merged(_source(text))))
    return blocks


def information_page(page):
    return page_header(page) + information_body(page.body)


def rights_duties_page(page):
    return page_header(page) + rights_duties_items(page.items)


def standard_text(text):
    return [heading(text.title), paragraph(_source(text.body))]
