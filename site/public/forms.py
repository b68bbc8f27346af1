from django import forms

COMMENT_MAX = 1000


class FeedbackForm(forms.Form):
    clear = forms.ChoiceField(
        choices=[("ja", "Ja"), ("nee", "Nee")],
        error_messages={
            "required": "Kies Ja of Nee.",
            "invalid_choice": "Kies Ja of Nee.",
        },
    )
    comment = forms.CharField(
        required=False,
        max_length=COMMENT_MAX,
        strip=True,
        error_messages={
            "max_length": f"Uw opmerking is te lang. Gebruik maximaal {COMMENT_MAX} tekens.",
            "null_characters_not_allowed": "Uw opmerking bevat een teken dat niet mag.",
        },
    )
    # The honeypot: people never see it, simple bots fill in every field.
    website = forms.CharField(required=False)

    def is_bot(self) -> bool:
        return bool(self.data.get("website", "").strip())

    def messages(self) -> list[str]:
        return [message for errors in self.errors.values() for message in errors]
