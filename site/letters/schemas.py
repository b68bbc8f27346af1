"""Request and response shapes of the letter API (they make the OpenAPI schema)."""

from __future__ import annotations

import datetime
from typing import Literal

from ninja import Schema
from pydantic import ConfigDict, Field


class Version(Schema):
    revision_id: int = Field(description="The approved (published) revision of the template.")
    sha256: str = Field(description="sha256 of the canonical approved content; see the docs.")
    approved_at: datetime.datetime


class LetterSummary(Schema):
    code: str
    title: str
    domain: str
    case_type: str
    document_type: str
    languages: list[str] = Field(description="Languages with an approved version; nl first.")
    readability_level: str | None = Field(description="Estimated CEFR level, e.g. B1.")
    version: Version


class LetterList(Schema):
    count: int
    limit: int
    offset: int
    items: list[LetterSummary]


VariableType = Literal["text", "date", "money", "number", "choice", "normbedrag"]


class AmountSource(Schema):
    """Where Helder takes the amount of a normbedrag variable from."""

    code: str = Field(description="The code of the normbedrag, e.g. PW-ALL-21.")
    moment: Literal["op_datum", "vorig"] = Field(
        description="op_datum: the amount valid on the date. vorig: the amount valid "
        "just before the period that holds the date (the old amount)."
    )
    date_variable: str | None = Field(
        description="The date variable the amount is looked up on; null: the letter's "
        "date (datum_brief, or today)."
    )
    choice_variable: str | None = Field(
        description="A choice variable that picks another code, see per_choice."
    )
    per_choice: dict[str, str] = Field(description="Choice option → code of the normbedrag.")


class Variable(Schema):
    name: str
    type: VariableType
    required: bool
    description: str
    example: str
    choices: list[str]
    computed: bool = Field(
        False,
        description="Filled in by Helder (type normbedrag). Do not send a value: "
        "a value for it is refused with code 'computed'.",
    )
    amount: AmountSource | None = Field(None, description="Only for type normbedrag.")


class BodySection(Schema):
    type: Literal["paragraph", "conditional"]
    variable: str | None = Field(
        None, description="Conditional sections: shown only when this variable is filled in."
    )
    html: str = Field(description="Safe HTML with {{ placeholders }} still in it.")


class StandardBlock(Schema):
    key: str
    title: str
    body: str = Field(description="Safe HTML.")


class LetterDetail(LetterSummary):
    purpose: str
    language: str
    subject: str
    variables: list[Variable]
    body: list[BodySection]
    standard_blocks: list[StandardBlock]


class RenderRequest(Schema):
    """Documented shape of the render request; the view checks it itself for clear errors."""

    model_config = ConfigDict(extra="forbid")

    variables: dict[str, str | float | None] = Field(
        default_factory=dict,
        description="Values by variable name. Dates as 2027-01-31, money as 1234.56. "
        "Leave out computed variables (type normbedrag): Helder fills those in.",
    )
    format: Literal["text", "html", "docx", "pdf", "xml"] = "text"
    language: str = Field(
        "nl",
        description="nl, or a language the letter is translated into: the Dutch letter "
        "then comes with the translation (JSON: both; docx, pdf: the translation as appendix).",
    )
    version: str | None = Field(
        None,
        description="Pin a version: the sha256 a letter tool stored. 404 if it is unknown.",
    )


class TextBlock(Schema):
    type: Literal["paragraph", "heading", "bullet", "number"]
    text: str = Field(description="Plain text with {{ placeholders }}; line breaks as \\n.")
    condition: str | None = Field(None, description="Only when this variable is filled in.")


class ClosingText(Schema):
    key: str
    title: str
    blocks: list[TextBlock]


class FieldOut(Variable):
    group: Literal["letter", "variable", "computed"] = Field(
        description="letter: the same for every letter (address, date, references, signer). "
        "computed: filled in by Helder (normbedragen); never part of a form."
    )


class LetterStructure(Schema):
    code: str
    title: str
    language: str
    languages: list[str]
    formats: list[str]
    subject: str
    fields: list[FieldOut]
    blocks: list[TextBlock]
    closing: list[ClosingText]
    version: Version


class RenderedLetter(Schema):
    language: str
    subject: str
    content: str = Field(description="Plain text (format text) or safe HTML (format html).")
    version: Version


class Notice(Schema):
    language: str
    text: str
    text_nl: str


class RenderResponse(Schema):
    code: str
    format: Literal["text", "html"]
    language: str
    version: Version = Field(description="The version of the Dutch (binding) letter.")
    letter: RenderedLetter = Field(description="The Dutch letter. This one is binding.")
    translation: RenderedLetter | None = None
    notice: Notice | None = Field(None, description="With a translation: the Dutch letter counts.")


class Problem(Schema):
    field: str = Field(description="The request field: variables, format, language, limit …")
    variable: str | None = Field(None, description="The variable, for problems with a value.")
    code: str
    message: str = Field(description="Dutch, for the caseworker.")


class ProblemList(Schema):
    detail: list[Problem]


class Message(Schema):
    detail: str


class HistoricLetter(Schema):
    code: str
    language: str
    title: str
    subject: str
    variables: list[Variable]
    body: list[BodySection]
    standard_blocks: list[StandardBlock]
    version: Version


class TextVersion(Schema):
    revision_id: int | None
    approved_at: datetime.datetime | None


class StandardTextOut(Schema):
    id: int
    key: str
    title: str
    kind: str
    language: str
    body: str = Field(description="Safe HTML.")
    version: TextVersion


class RightOrDuty(Schema):
    kind: Literal["right", "duty"]
    title: str
    explanation: str
    consequences: str
    steps: list[str]
    help: str


class RightsDutiesOut(Schema):
    id: int
    title: str
    language: str
    intro: str
    law: str
    article: str
    law_url: str
    items: list[RightOrDuty]
    version: TextVersion


class Page(Schema):
    count: int
    limit: int
    offset: int


class StandardTextList(Page):
    items: list[StandardTextOut]


class RightsDutiesList(Page):
    items: list[RightsDutiesOut]


class Ping(Schema):
    status: str
