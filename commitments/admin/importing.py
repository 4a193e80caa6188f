"""Admin page where a clerk uploads a Kamerstuk text or a debate's VLOS report, reviews the
proposal and saves it."""

from django import forms
from django.contrib import messages
from django.contrib.admin.widgets import AdminDateWidget
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..importers.kamerstuk import KamerstukError
from ..importers.store import MATCH_THRESHOLD, apply, propose
from ..models import Document

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
REQUIRED_PERMISSIONS = [
    "commitments.add_document",
    "commitments.change_document",
    "commitments.add_commitment",
    "commitments.change_commitment",
]


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Tekst van het Kamerstuk (.txt) of verslag van een debat (VLOS, .xml)")
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("Het bestand is groter dan %(max)d MB.") % {"max": MAX_UPLOAD_BYTES // 2**20}
            )
        return upload


class ReviewForm(forms.Form):
    """The clerk's corrections; the parsed text itself travels along unchanged."""

    text = forms.CharField(widget=forms.HiddenInput, strip=False)
    source = forms.CharField(widget=forms.HiddenInput, required=False)
    title = forms.CharField(label=_("Titel"), max_length=500, required=False)
    kind = forms.ChoiceField(label=_("Soort"), choices=Document.Kind.choices)
    date = forms.DateField(label=_("Datum"), required=False, widget=AdminDateWidget)
    ondernummer = forms.IntegerField(label=_("Ondernummer"), required=False, min_value=1)
    vergaderjaar = forms.RegexField(
        label=_("Vergaderjaar"), regex=r"^\d{4}-\d{4}$", required=False, max_length=9
    )
    fulfilment_date = forms.DateField(
        label=_("Datum van nakoming"),
        required=False,
        widget=AdminDateWidget,
        help_text=_("Nodig als het stuk zelf geen datum heeft."),
    )


# The rule that proposed a candidate, in words for the clerk (``kamerstuk.patterns`` names them).
RULE_EXPLANATIONS = {
    "toezeggen": _("Uitdrukkelijke toezegging: “ik zeg toe”, “zeggen wij u toe”."),
    "third_person_toezeggen": _("De bewindspersoon “zegt de Kamer toe” (derde persoon)."),
    "modal_inform": _(
        "Toekomende tijd: “zal/zullen” met de Kamer en een werkwoord als informeren of sturen."
    ),
    "passive_inform": _("Lijdende vorm: “wordt uw Kamer … geïnformeerd”."),
    "content_promise": _(
        "Belofte over de inhoud van een komend stuk: “in die brief zal ik ingaan op …”."
    ),
    "await": _("De Kamer mag iets verwachten: “kunt u de brief … tegemoet zien”."),
    "intent_inform": _(
        "Voornemen met de Kamer als ontvanger: “ben voornemens / streef ernaar uw Kamer … te "
        "informeren”."
    ),
    "present_with_deadline": _("Tegenwoordige tijd met een termijn of een komend stuk."),
    "receive": _("“Uw Kamer ontvangt …” met een termijn of een komend stuk."),
    "return_to": _("“Ik kom hierop terug” (zwakke belofte)."),
    "answers": _(
        "Uitstelbericht: de beantwoording van Kamervragen “zal plaatshebben” op een datum."
    ),
    "debate_toezegging": _(
        "Genoteerd door de voorzitter in de lijst van toezeggingen aan het eind van het debat."
    ),
    "pro_act": _("“Zal ik dit uiterlijk … doen”: een termijn voor de handeling uit de vorige zin."),
    "letter_to_kamer": _("Een komende brief met de Kamer als een van de geadresseerden."),
    "bill": _("Een wetsvoorstel dat bij de Kamer zal worden ingediend."),
    "keep_informed": _("“Ik houd uw Kamer op de hoogte” met een termijn of een komend stuk."),
    "will_receive": _("De Kamer zal iets ontvangen: “U zult deze informatie … ontvangen”."),
    "deliver_document": _(
        "Een stuk dat de regering zal leveren of sturen, zonder andere ontvanger: “ik verwacht "
        "een tussentijdse rapportage te leveren”."
    ),
    "voorgelezen": _("Voorgelezen door de voorzitter als toezegging (verslag van het debat)."),
    "eigen_woorden": _("Toezegging in de woorden van de bewindspersoon (verslag van het debat)."),
}


def in_paragraph(paragraphs, sentence: str):
    """(text before, the sentence, text after) in the paragraph that holds ``sentence``, so the
    review page can show the sentence highlighted in its context; None when not found."""
    for paragraph in paragraphs:
        at = paragraph.find(sentence)
        if at >= 0:
            return paragraph[:at], sentence, paragraph[at + len(sentence) :]
    return None


def _proposal_context(proposal, form, request, model_admin):
    matches = []
    for index, match in enumerate(proposal.matches):
        selected = request.POST.get(f"fulfilment_{index}", match.key or "")
        matches.append(
            {
                "index": index,
                "statement": match.statement,
                "options": offered_options(match),
                "selected": selected,
            }
        )
    chosen = set(request.POST.getlist("candidate")) if "save" in request.POST else None
    candidates = [
        {
            "index": index,
            "candidate": candidate,
            "known": proposal.known_candidates.get(index),
            "checked": chosen is None or str(index) in chosen,
            # A VLOS report's candidate: its debate and the bewindspersoon it is attributed to.
            "origin": proposal.report_candidates[index] if proposal.report_candidates else None,
            "context": in_paragraph(proposal.parsed.normalised.paragraphs, candidate.sentence),
            "rule": RULE_EXPLANATIONS.get(candidate.pattern, candidate.pattern),
        }
        for index, candidate in enumerate(proposal.parsed.commitments)
    ]
    return {
        **model_admin.admin_site.each_context(request),
        "title": _("Kamerstuk importeren: controleren"),
        "opts": model_admin.model._meta,
        "proposal": proposal,
        "form": form,
        "candidates": candidates,
        "matches": matches,
        "threshold": MATCH_THRESHOLD,
        "media": model_admin.media + form.media,
    }


def import_view(model_admin, request):
    if not request.user.has_perms(REQUIRED_PERMISSIONS):
        raise PermissionDenied
    if request.method == "POST" and "save" in request.POST:
        return _save(model_admin, request)
    upload_form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and upload_form.is_valid():
        upload = upload_form.cleaned_data["file"]
        try:
            proposal = propose(upload.read(), source=upload.name)
        except KamerstukError as error:
            upload_form.add_error("file", str(error))
        else:
            metadata = proposal.metadata
            form = ReviewForm(
                initial={
                    "text": proposal.text,
                    "source": upload.name,
                    "title": (proposal.document.title if proposal.document else metadata.title),
                    # Handelingen have no kind of letter: stored as "Overig", as store does
                    "kind": metadata.kind or Document.Kind.OTHER,
                    "date": metadata.date,
                    "ondernummer": metadata.ondernummer,
                    "vergaderjaar": metadata.vergaderjaar,
                }
            )
            return TemplateResponse(
                request,
                "admin/commitments/import_review.html",
                _proposal_context(proposal, form, request, model_admin),
            )
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Kamerstuk importeren"),
        "opts": model_admin.model._meta,
        "form": upload_form,
    }
    return TemplateResponse(request, "admin/commitments/import_upload.html", context)


def offered_options(match):
    """The commitments the review page offers for one fulfilment statement, best first."""
    return [(key, score) for key, score in match.candidates[:5]]


def _save(model_admin, request):
    form = ReviewForm(request.POST)
    if not form.is_valid():
        if "text" in form.errors:
            messages.error(request, _("De tekst ontbreekt; upload het bestand opnieuw."))
            return redirect(reverse("admin:commitments_document_import"))
        try:
            proposal = propose(request.POST.get("text", ""), source=request.POST.get("source", ""))
        except KamerstukError as error:
            messages.error(request, str(error))
            return redirect(reverse("admin:commitments_document_import"))
        return TemplateResponse(
            request,
            "admin/commitments/import_review.html",
            _proposal_context(proposal, form, request, model_admin),
        )
    data = form.cleaned_data
    try:
        proposal = propose(data["text"], source=data["source"])
    except KamerstukError as error:
        messages.error(request, str(error))
        return redirect(reverse("admin:commitments_document_import"))
    candidates = [
        int(i)
        for i in request.POST.getlist("candidate")
        if i.isdigit() and int(i) < len(proposal.parsed.commitments)
    ]
    fulfilments = {}
    for index, match in enumerate(proposal.matches):
        key = request.POST.get(f"fulfilment_{index}")
        if not key:
            continue
        # Only a commitment the review page offered for this statement: a crafted POST must
        # not mark an unrelated (or unpublished) commitment fulfilled.
        if key not in {option for option, _score in offered_options(match)}:
            form.add_error(None, _("Kies een van de voorgestelde toezeggingen."))
            return TemplateResponse(
                request,
                "admin/commitments/import_review.html",
                _proposal_context(proposal, form, request, model_admin),
            )
        fulfilments[index] = key
    overrides = {
        name: data[name] for name in ("title", "kind", "date", "ondernummer", "vergaderjaar")
    }
    try:
        result = apply(
            proposal,
            user=request.user,
            candidates=candidates,
            fulfilments=fulfilments,
            fulfilment_date=data["fulfilment_date"],
            overrides=overrides,
        )
    except ValidationError as error:
        form.add_error(None, error)
        return TemplateResponse(
            request,
            "admin/commitments/import_review.html",
            _proposal_context(proposal, form, request, model_admin),
        )
    summary = ", ".join(f"{n} {what}" for what, n in sorted(result.counts.items()))
    messages.success(request, f"{result.document.identifier}: {summary}")
    return redirect(reverse("admin:commitments_document_change", args=[result.document.pk]))
