"""``kamerstuk.kinds``: the kind of a document, read from its title, cover, heading and body."""

import pytest

from commitments.importers.kamerstuk.kinds import document_kind


@pytest.mark.parametrize(
    ("paragraphs", "kind"),
    [
        (
            [
                "Geachte voorzitter,",
                "Hierbij bied ik u, mede namens de minister van Financiën, de geannoteerde agenda "
                "aan "
                "van de Raad Buitenlandse Zaken van 14 april 2025 in Luxemburg.",
            ],
            "geannoteerde_agenda",
        ),
        (
            [
                "Geachte voorzitter,",
                "Hierbij zend ik u, mede namens de minister van Financiën, het verslag van de Raad "
                "Buitenlandse Zaken van 3 maart 2025 die in Brussel plaatsvond.",
            ],
            "verslag",
        ),
        (["Geachte voorzitter,", "Ik informeer u over de voortgang van het programma."], "brief"),
        # a ministry's annex and the Handelingen's list of received letters have no kind
        (["Bijlage 1: Overzicht van moties en toezeggingen", "Motie van het lid Jansen"], None),
        ([".Bijlage: stand van zaken moties en toezeggingen", "Toezegging over de regio's"], None),
        (["Lijst van ingekomen stukken, met de door de Voorzitter gedane voorstellen:"], None),
        # a bill's document, printed as such
        (["MEMORIE VAN TOELICHTING", "Dit wetsvoorstel regelt de toegang tot de rechter."], None),
    ],
)
def test_the_kind_of_a_document(paragraphs, kind):
    assert document_kind(None, [], None, paragraphs, paragraphs) == kind
