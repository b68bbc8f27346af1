"""The caseworker's form, generated from a letter's variable schema.

Fields only draw the inputs; the values are checked by the same code as the API
(values.check_values), so the page and the API give the same Dutch messages.
"""

from __future__ import annotations

from django import forms

from .values import MAX_VALUE_LENGTH, check_values

LANGUAGE_NAMES = {
    "nl": "Nederlands",
    "en": "Engels (English)",
    "ar": "Arabisch (العربية)",
    "tr": "Turks (Türkçe)",
    "pl": "Pools (Polski)",
    "uk": "Oekraïens (Українська)",
}


def _field_for(variable: dict) -> forms.Field:
    common = {
        "label": variable["name"].replace("_", " ").capitalize(),
        "required": False,  # required is checked by check_values, with its own message
        "help_text": variable["description"],
    }
    # False attributes are left out when the widget renders.
    attrs = {"class": "utrecht-textbox", "required": bool(variable["required"])}
    kind = variable["type"]
    if kind == "choice":
        choices = [("", "Kies …")] + [(c, c) for c in variable["choices"]]
        return forms.ChoiceField(
            choices=choices,
            widget=forms.Select(attrs={**attrs, "class": "utrecht-select"}),
            **common,
        )
    if kind == "date":
        widget = forms.DateInput(attrs={**attrs, "type": "date"}, format="%Y-%m-%d")
    elif kind == "money":
        widget = forms.TextInput(attrs={**attrs, "inputmode": "decimal", "autocomplete": "off"})
    elif kind == "number":
        widget = forms.TextInput(attrs={**attrs, "inputmode": "numeric", "autocomplete": "off"})
    else:
        widget = forms.TextInput(attrs={**attrs, "autocomplete": "off"})
    return forms.CharField(max_length=MAX_VALUE_LENGTH, widget=widget, strip=True, **common)


class LetterForm(forms.Form):
    def __init__(self, *args, schema: list[dict], languages: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.schema = schema
        self.values: dict = {}
        for variable in schema:
            self.fields[variable["name"]] = _field_for(variable)
        self.variable_names = [variable["name"] for variable in schema]
        if len(languages) > 1:
            self.fields["language"] = forms.ChoiceField(
                label="Taal van de vertaling",
                choices=[(code, LANGUAGE_NAMES.get(code, code)) for code in languages],
                initial="nl",
                help_text="De Nederlandse brief is altijd de officiële brief.",
                widget=forms.Select(attrs={"class": "utrecht-select"}),
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

    def variable_fields(self):
        return [self[name] for name in self.variable_names]

    def clean(self):
        cleaned = super().clean()
        submitted = {name: self.data.get(name, "") for name in self.variable_names}
        self.values, problems = check_values(self.schema, submitted)
        for problem in problems:
            self.add_error(problem.variable, problem.message)
        return cleaned

    @property
    def language(self) -> str:
        return self.cleaned_data.get("language") or "nl"
