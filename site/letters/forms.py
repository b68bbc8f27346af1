"""The caseworker's form, generated from a letter's variables and the letter fields.

Fields only draw the inputs; the values are checked by the same code as the API
(render_input.check_submitted), so the page and the API give the same Dutch messages.
"""

from __future__ import annotations

from django import forms
from django.core.validators import ProhibitNullCharactersValidator

from content_models.variables import is_computed

from .letter_fields import ADDRESS_FIELDS, LETTER_FIELDS
from .render_input import RenderInput, check_submitted
from .values import MAX_VALUE_LENGTH

LABELS = {
    "ontvanger_naam": "Naam",
    "ontvanger_straat_huisnummer": "Straat en huisnummer",
    "ontvanger_postcode": "Postcode",
    "ontvanger_plaats": "Plaats",
    "datum_brief": "Datum van de brief",
    "ons_kenmerk": "Ons kenmerk",
    "uw_kenmerk": "Uw kenmerk",
    "ondertekenaar_naam": "Naam onder de brief",
    "ondertekenaar_functie": "Functie onder de brief",
}
AUTOCOMPLETE = {
    "ontvanger_naam": "off",
    "ontvanger_postcode": "off",
}


def is_long_text(variable: dict) -> bool:
    """A value of one or more sentences gets a textarea (line breaks are kept)."""
    if variable["type"] != "text":
        return False
    example = variable.get("example") or ""
    return len(example) > 40 or "zin" in variable["description"].lower()


def _field_for(variable: dict, required_mark: bool) -> forms.Field:
    common = {
        "label": LABELS.get(variable["name"], variable["name"].replace("_", " ").capitalize()),
        "required": False,  # required is checked by check_submitted, with its own message
        "help_text": variable["description"],
    }
    # False attributes are left out when the widget renders.
    attrs = {"class": "utrecht-textbox utrecht-textbox--html-input", "required": required_mark}
    kind = variable["type"]
    if kind == "choice":
        choices = [("", "Kies …")] + [(c, c) for c in variable["choices"]]
        return forms.ChoiceField(
            choices=choices,
            widget=forms.Select(
                attrs={**attrs, "class": "utrecht-select utrecht-select--html-select"}
            ),
            **common,
        )
    if kind == "date":
        widget = forms.DateInput(attrs={**attrs, "type": "date"}, format="%Y-%m-%d")
    elif kind == "money":
        widget = forms.TextInput(attrs={**attrs, "inputmode": "decimal", "autocomplete": "off"})
    elif kind == "number":
        widget = forms.TextInput(attrs={**attrs, "inputmode": "numeric", "autocomplete": "off"})
    elif is_long_text(variable):
        widget = forms.Textarea(
            attrs={
                **attrs,
                "class": "utrecht-textarea utrecht-textarea--html-textarea",
                "rows": 4,
                "autocomplete": "off",
            }
        )
    else:
        widget = forms.TextInput(attrs={**attrs, "autocomplete": "off"})
    field = forms.CharField(max_length=MAX_VALUE_LENGTH, widget=widget, strip=False, **common)
    # Control characters get the same Dutch message as in the API (check_submitted).
    field.validators = [
        v for v in field.validators if not isinstance(v, ProhibitNullCharactersValidator)
    ]
    return field


def computed_label(name: str) -> str:
    return name.replace("_", " ").capitalize()


MOMENT_TEXT = {
    "op_datum": "het bedrag dat geldt op {when}",
    "vorig": "het vorige bedrag, dat gold tot de periode van {when}",
}


def computed_description(variable: dict) -> str:
    """ "Normbedrag PW-ALL-21: het bedrag dat geldt op de datum van de brief." """
    spec = variable["amount"]
    codes = [spec["code"], *(c for c in spec["per_choice"].values() if c != spec["code"])]
    when = f"‘{computed_label(spec['date_variable'])}’" if spec["date_variable"] else ""
    when = when or "de datum van de brief"
    moment = MOMENT_TEXT.get(spec["moment"], MOMENT_TEXT["op_datum"]).format(when=when)
    text = f"Normbedrag {' of '.join(codes)}: {moment}."
    if spec["choice_variable"]:
        text += f" Welk bedrag hangt af van ‘{computed_label(spec['choice_variable'])}’."
    return text


class LetterForm(forms.Form):
    def __init__(
        self, *args, schema: list[dict], languages: list[tuple[str, str]], output="html", **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.schema = schema
        self.output = output
        self.checked = RenderInput(format=output)
        own = {variable["name"] for variable in schema}
        self.letter_fields = [f for f in LETTER_FIELDS if f["name"] not in own]
        # Normbedragen are filled in by Helder: they are listed, never an input.
        self.computed = [variable for variable in schema if is_computed(variable)]
        inputs = [variable for variable in schema if not is_computed(variable)]
        for variable in inputs:
            self.fields[variable["name"]] = _field_for(variable, bool(variable["required"]))
        for field in self.letter_fields:
            self.fields[field["name"]] = _field_for(field, field["name"] in ADDRESS_FIELDS)
        self.variable_names = [variable["name"] for variable in inputs]
        self.letter_field_names = [field["name"] for field in self.letter_fields]
        if len(languages) > 1:
            self.fields["language"] = forms.ChoiceField(
                label="Vertaling erbij",
                choices=[("nl", "Geen vertaling (alleen Nederlands)")]
                + [(code, name) for code, name in languages if code != "nl"],
                initial="nl",
                help_text="De Nederlandse brief is altijd de officiële brief. "
                "Een vertaling komt er als bijlage bij.",
                widget=forms.Select(attrs={"class": "utrecht-select utrecht-select--html-select"}),
            )
        self._describe_fields()

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self):
        # Tie each input to its explanation and, if any, its error (read out by screen readers).
        for name, field in self.fields.items():
            ids = []
            if field.help_text:
                ids.append(f"id_{name}_uitleg")
            if self.is_bound and name in self.errors:
                ids.append(f"id_{name}_fout")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)

    def computed_fields(self):
        """(label, description) of each normbedrag Helder fills in."""
        return [
            (computed_label(variable["name"]), computed_description(variable))
            for variable in self.computed
        ]

    def variable_fields(self):
        return [self[name] for name in self.variable_names]

    def address_fields(self):
        return [self[name] for name in self.letter_field_names if name.startswith("ontvanger_")]

    def detail_fields(self):
        return [self[name] for name in self.letter_field_names if not name.startswith("ontvanger_")]

    def clean(self):
        cleaned = super().clean()
        names = self.variable_names + self.letter_field_names
        submitted = {name: self.data.get(name, "") for name in names}
        for problem in check_submitted(self.checked, self.schema, submitted):
            name = problem["variable"]
            if name in self.fields:
                self.add_error(name, problem["message"])
            else:
                # A normbedrag Helder could not fill in: no input to put the message at.
                self.add_error(None, f"{computed_label(name)}: {problem['message']}")
        self.checked.language = cleaned.get("language") or "nl"
        return cleaned

    @property
    def language(self) -> str:
        return self.checked.language
