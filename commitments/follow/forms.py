from django import forms
from django.utils.translation import gettext_lazy as _


class FollowForm(forms.Form):
    """An address and nothing else; ``website`` is a trap for form-filling robots."""

    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    # Hidden from people (CSS and aria-hidden); a robot that fills every field fills this.
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_email(self):
        # One spelling per address, so the same reader cannot follow the same thing twice.
        return self.cleaned_data["email"].strip().lower()

    @property
    def is_robot(self) -> bool:
        return bool(self.cleaned_data.get("website"))
