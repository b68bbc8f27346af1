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


class Variable(Schema):
    name: str
    type: Literal["text", "date", "money", "number", "choice"]
    required: bool
    description: str
    example: str
    choices: list[str]


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
        description="Values by variable name. Dates as 2027-01-31, money as 1234.56.",
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
    group: Literal["letter", "variable"] = Field(
        description="letter: the same for every letter (address, date, references, signer)."
    )
    type: Literal["text", "date", "money", "number", "choice"]


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
