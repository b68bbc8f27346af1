from django import forms
from django.utils.translation import get_language

from translations.public_text import texts_for

COMMENT_MAX = 1000


class FeedbackForm(forms.Form):
    clear = forms.ChoiceField(choices=[("ja", "ja"), ("nee", "nee")])
    comment = forms.CharField(required=False, max_length=COMMENT_MAX, strip=True)
    # The honeypot: people never see it, simple bots fill in every field.
    website = forms.CharField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # In the language of the page the form is on (the URL's language prefix).
        texts = texts_for(get_language())
        self.fields["clear"].error_messages |= {
            "required": texts["choose"],
            "invalid_choice": texts["choose"],
        }
        self.fields["comment"].error_messages |= {
            "max_length": texts["too_long"].format(max=COMMENT_MAX),
            "null_characters_not_allowed": texts["bad_character"],
        }

    def is_bot(self) -> bool:
        return bool(self.data.get("website", "").strip())

    def messages(self) -> list[str]:
        return [message for errors in self.errors.values() for message in errors]
