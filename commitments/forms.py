"""Forms for the clerk's admin actions."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminDateWidget, AutocompleteSelect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import PUBLIC_NOTE_HELP, Document, Fulfilment


class ActionForm(forms.Form):
    """Base for the intermediate page of an admin action."""

    note = forms.CharField(
        label=_("Toelichting (openbaar)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=PUBLIC_NOTE_HELP,
    )


class FulfilForm(ActionForm):
    document = forms.ModelChoiceField(
        label=_("Kamerstuk"),
        queryset=Document.objects.filter(is_confidential=False),
        widget=AutocompleteSelect(Fulfilment._meta.get_field("document"), admin.site),
        help_text=_("Het stuk waarmee de toezegging is nagekomen."),
    )
    on = forms.DateField(
        label=_("Datum van nakoming"), initial=timezone.localdate, widget=AdminDateWidget
    )
    passage = forms.CharField(
        label=_("Passage"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("De zin of alinea in het stuk die de toezegging nakomt."),
    )

    field_order = ["document", "on", "passage", "note"]


class LapseForm(ActionForm):
    on = forms.DateField(label=_("Datum"), initial=timezone.localdate, widget=AdminDateWidget)

    field_order = ["on", "note"]


class DueDateForm(ActionForm):
    due_date = forms.DateField(label=_("Nieuwe termijn"), widget=AdminDateWidget)
    due_description = forms.CharField(
        label=_("Termijn (omschrijving)"),
        required=False,
        max_length=300,
        help_text=_("Laat leeg om de bestaande omschrijving te houden."),
    )

    field_order = ["due_date", "due_description", "note"]
