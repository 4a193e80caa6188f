"""Links to the official publications, built from the identifiers the register stores.

Never typed by hand: a clerk records the kst number, the Tweede Kamer's document number,
TZ number or activity number, and the links follow. The URL forms are those of the two
official sites (zoek.officielebekendmakingen.nl for the published Kamerstuk, tweedekamer.nl
for the Kamer's own pages) and the open-data service for a document known only by its id.
"""

from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _

from .models import Commitment, Debate, Document

# Where each form was checked against published pages (December 2026):
# - the publication: zoek.officielebekendmakingen.nl/kst-34700-19.html, the site's own page of
#   Kamerstuk 34 700, nr. 19 (the kst id as stored, ".html");
# - a document: tweedekamer.nl/kamerstukken/detail?id=2024D20431&did=2024D20431 (a report sent
#   to the Kamer, linked as such by its publisher); the site also serves per-kind paths such
#   as /kamerstukken/kamervragen/detail?did=2025D04328&id=2025D04328, which this generic one
#   reaches as well;
# - activities: /debat_en_vergadering/commissievergaderingen/details?id=2026A03244 and
#   /debat_en_vergadering/plenaire_vergaderingen/details/activiteit?id=2024A08625, the forms
#   that links to committee and plenary activities use;
# - the Kamer's commitment page (TK_COMMITMENT): NOT verified, no stored public page shows one;
#   the register itself lives under tweedekamer.nl/toezeggingen (the Kamer's announcement of
#   it, May 2023).
OFFICIELE_BEKENDMAKINGEN = "https://zoek.officielebekendmakingen.nl/{kst_id}.html"
TK_DOCUMENT = "https://www.tweedekamer.nl/kamerstukken/detail?{query}"
TK_DOCUMENT_RESOURCE = (
    "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document({tk_id})/resource"
)
TK_COMMITMENT = "https://www.tweedekamer.nl/kamerstukken/toezeggingen/detail?{query}"
TK_COMMITTEE_ACTIVITY = (
    "https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?{query}"
)
TK_PLENARY_ACTIVITY = "https://www.tweedekamer.nl/debat_en_vergadering/plenaire_vergaderingen/details/activiteit?{query}"

PUBLICATION = _("Officiële publicatie (officielebekendmakingen.nl)")
TK_PAGE = _("Op de website van de Tweede Kamer")
TK_FILE = _("Document bij de Tweede Kamer (open data)")


def document_sources(document: Document) -> list[tuple[str, str]]:
    """(label, url) for each official place of this document; empty when none is known."""
    links = []
    if document.kst_id:
        links.append((PUBLICATION, OFFICIELE_BEKENDMAKINGEN.format(kst_id=quote(document.kst_id))))
    if document.tk_number:
        query = urlencode({"id": document.tk_number, "did": document.tk_number})
        links.append((TK_PAGE, TK_DOCUMENT.format(query=query)))
    elif document.tk_id:
        links.append((TK_FILE, TK_DOCUMENT_RESOURCE.format(tk_id=document.tk_id)))
    return links


def commitment_source(commitment: Commitment) -> str:
    """The Tweede Kamer's page of a commitment with a TZ number, else ''."""
    number = commitment.number or ""
    if not number.upper().startswith("TZ"):
        return ""  # an Eerste Kamer number (T01970) or none: no Tweede Kamer page
    return TK_COMMITMENT.format(query=urlencode({"id": number}))


def debate_source(debate: Debate) -> str:
    """The Tweede Kamer's page of the activity with this number, else ''."""
    if not debate.tk_number:
        return ""
    template = (
        TK_PLENARY_ACTIVITY if debate.kind == Debate.Kind.PLENAIR_DEBAT else TK_COMMITTEE_ACTIVITY
    )
    return template.format(query=urlencode({"id": debate.tk_number}))
