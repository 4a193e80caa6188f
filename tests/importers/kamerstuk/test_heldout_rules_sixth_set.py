"""Rules written after measuring the sixth held-out set (tests/importer_eval/heldout, h75-h91,
all dev). Each rule covers a pattern family, not one sentence: it is tested with the real
sentence that showed it (quoted from those official publications), the other usual phrasings
of the same family (marked constructed), and the traps next to it (quoted, or constructed).
"""

from datetime import date

import pytest

from commitments.importers.kamerstuk import parse, patterns
from commitments.importers.kamerstuk.commitments import Context, commitment_candidate
from commitments.importers.kamerstuk.fulfilments import fulfilment_pattern

NO_CONTEXT = Context(reference=None, vergaderjaar=None)


def pattern_of(sentence: str, prev: str | None = None) -> str | None:
    candidate = commitment_candidate(sentence, prev, None, NO_CONTEXT)
    return candidate.pattern if candidate else None


# --- C4 in the active: "Ik zal ... betrekken in mijn visie" (h77) -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # h77
        "Ik zal de inhoud van deze rapportage betrekken in mijn visie op de megastallen, de "
        "kabinetsvisie op het mestbeleid het rapport van de Commissie Van Doorn en de "
        "actualisering van de Nota Dierenwelzijn en Nationale Agenda Diergezondheid.",
        # constructed: other subjects, verbs, documents and word orders of the same promise
        "Wij zullen de uitkomsten van de pilot meenemen in de voortgangsbrief van het najaar.",
        "Het kabinet zal deze signalen betrekken bij de kabinetsreactie op het advies.",
        "De aanbevelingen zal ik betrekken bij het kabinetsstandpunt dat u na de zomer ontvangt.",
        "Ik zal de resultaten verwerken in de eerstvolgende voortgangsrapportage.",
    ],
)
def test_taking_something_up_in_a_coming_document_is_a_content_promise(sentence):
    assert pattern_of(sentence) == "content_promise"


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed traps: no document, this document, done, someone else's document
        "Ik zal dit betrekken bij mijn afweging.",
        "Ik zal de signalen betrekken bij de verdere uitwerking van het beleid.",
        "Ik heb de signalen van de sector betrokken bij deze brief.",
        "De reactie van de RBB Groep is betrokken bij de voorliggende kabinetsreactie.",
        "Ik zal de inhoud van het rapport niet betrekken bij de voortgangsbrief.",
    ],
)
def test_taking_up_without_a_coming_document_or_done_is_no_promise(sentence):
    assert pattern_of(sentence) is None


# --- C1/C2 an intent verb with a "dat" clause: "verwacht ik nu dat ik u ... kan aanbieden" ----

H89_NEW_DATE = (
    "Aangezien de onderzoekers, mede op mijn verzoek, meer bronnen bij hun onderzoek hebben "
    "betrokken dan aanvankelijk was voorzien, verwacht ik nu dat ik u de resultaten van de "
    "evaluatie en mijn reactie daarop ongeveer eind april kan aanbieden."
)


@pytest.mark.parametrize(
    "sentence",
    [
        H89_NEW_DATE,
        # constructed: other subjects, modals, verb orders and the Kamer as subject
        "Wij verwachten dat wij u de nota in het najaar kunnen aanbieden.",
        "Ik verwacht dat ik uw Kamer de evaluatie voor 1 juli kan toezenden.",
        "Ik streef ernaar dat uw Kamer het rapport voor de zomer ontvangt.",
        "Het kabinet verwacht dat uw Kamer voor het kerstreces wordt geïnformeerd.",
        "Ik ben voornemens dat ik u de nota in maart zal aanbieden.",
    ],
)
def test_an_expectation_that_the_government_informs_the_kamer_is_a_promise(sentence):
    assert pattern_of(sentence) == "intent_inform"


@pytest.mark.parametrize(
    "sentence",
    [
        # h89: the old promise, reported in the conditional ("zou kunnen berichten", N5)
        "Daarbij heb ik opgemerkt dat ik u naar verwachting tegen het einde van het eerste "
        "kwartaal van dit jaar zou kunnen berichten over de bevindingen van de evaluatie.",
        # constructed: another party is the subject; an expectation about events
        "Ik verwacht dat de Commissie haar bevindingen in mei openbaar maakt.",
        "Wij verwachten dat de markt zich in het najaar herstelt.",
        "Ik verwacht dat ik u niet voor de zomer kan informeren.",
    ],
)
def test_expectations_of_others_or_of_the_old_date_are_no_promise(sentence):
    assert pattern_of(sentence) is None


# --- C1 the passive with "u" as indirect object: "zal u ... worden toegezonden" (h90) ---------

H90_SENT = (
    "De eindrapportage is voorzien in september 2011 en zal u dan zo snel mogelijk worden "
    "toegezonden."
)


@pytest.mark.parametrize(
    "sentence",
    [
        H90_SENT,
        # constructed: the other verbs and "uw Kamer"
        "Het rapport zal uw Kamer voor de zomer worden aangeboden.",
        "De kabinetsreactie zal u naar verwachting in maart worden gestuurd.",
        "De cijfers zullen de Kamer bij de Voorjaarsnota worden voorgelegd.",
    ],
)
def test_a_document_that_will_be_sent_to_u_is_a_passive_promise(sentence):
    assert pattern_of(sentence) == "passive_inform"


@pytest.mark.parametrize(
    "sentence",
    [
        # h90: awarding a contract is an act, not a deliverable to the Kamer (N1)
        "De opdracht voor de evaluatie zal voor 1 juli 2011 worden verleend.",
        # constructed traps: done, now, negated
        "Het rapport is u op 3 mei toegezonden.",
        "De notitie wordt u hierbij toegezonden.",
        "Het rapport zal u niet eerder dan in 2027 worden toegezonden.",
    ],
)
def test_sent_in_the_past_now_or_not_is_no_passive_promise(sentence):
    assert pattern_of(sentence) is None


# --- N6 a motie's dictum in any form, and "bericht" only as a whole word (h87) ----------------

H87_MOTIE = (
    "Roept de regering op in overleg met het (advies)bedrijfsleven en gemeenten gezamenlijk te "
    "werken aan de uitwerking van Actieplan Ammoniak Veehouderij waarbij alle onduidelijkheden "
    "worden weggenomen en de Kamer daar voor 1 december 2011 over te berichten."
)


@pytest.mark.parametrize(
    "sentence",
    [
        H87_MOTIE,
        # constructed: the other dicta
        "verzoekt de regering, de Kamer voor de zomer te informeren over de uitkomsten en zal "
        "uw Kamer daarover berichten,",
        "Draagt het kabinet op de Kamer uiterlijk 1 maart een overzicht te sturen waarin wordt "
        "aangegeven welke maatregelen worden genomen en de Kamer wordt bericht over de kosten.",
    ],
)
def test_a_motie_dictum_is_the_kamers_request_not_a_promise(sentence):
    assert pattern_of(sentence) is None


def test_a_government_promise_answering_a_motie_is_still_a_promise():
    # constructed: the letter reports the motie and promises in the same sentence
    sentence = (
        "De motie verzoekt de regering de Kamer te informeren en daarom zal ik uw Kamer voor de "
        "zomer informeren."
    )
    assert patterns.MOTION_DICTUM_RE.search(sentence)
    assert pattern_of(sentence) == "modal_inform"


def test_bericht_is_no_participle_inside_berichten():
    assert not patterns.PASSIVE_INFORM_RES[0].search(
        "worden weggenomen en de Kamer daar voor 1 december over te berichten"
    )
    assert patterns.PASSIVE_INFORM_RES[0].search("Na afloop wordt de Kamer daarover bericht.")


# --- Acceptance and metadata: a ministry letterhead (h89), an old nota (h82), a reprint (h86) -

H89 = """Evaluatie Icesave

Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA Den Haag

Datum 3 april 2009
Ons kenmerk: FM09-723
Betreft Evaluatie Icesave

Geachte voorzitter,

Bij brief van 28 november jl. heb ik u bericht dat ik een evaluatie zou laten uitvoeren van de \
gang van zaken rondom Icesave. Aangezien de onderzoekers meer bronnen bij hun onderzoek hebben \
betrokken dan aanvankelijk was voorzien, verwacht ik nu dat ik u de resultaten van de evaluatie \
en mijn reactie daarop ongeveer eind april kan aanbieden.

Hoogachtend,
de minister van Financiën,

Wouter Bos
"""


def test_a_ministry_letterhead_letter_is_accepted_with_its_signatory():
    parsed = parse(H89)
    assert "addressed_to_kamer" in parsed.signals
    assert "salutation_to_chair" in parsed.signals
    meta = parsed.metadata
    assert (meta.sender_name, meta.sender_function) == ("Wouter Bos", "Minister van Financiën")
    assert meta.date == date(2009, 4, 3)
    assert meta.kind == "brief"
    assert [c.pattern for c in parsed.commitments] == ["intent_inform"]


def test_a_news_text_naming_the_chair_mid_sentence_is_no_letter():
    # constructed, in the shape of the news texts n11/n12
    text = (
        "De minister schreef dinsdag aan de voorzitter van de Tweede Kamer dat de brief later "
        "komt. Voorzitter van de Tweede Kamer Bosma reageerde verbaasd op het nieuws.\n\n"
        "Volgens ingewijden is het de derde keer dat de minister te laat is."
    )
    assert "addressed_to_kamer" not in parse(text, strict=False).signals


def test_a_full_first_name_is_a_signatory_only_under_a_function_line():
    from commitments.importers.kamerstuk.header import _signatory

    assert _signatory("Wouter Bos") == "Wouter Bos"
    assert _signatory("Hugo de Jonge") == "Hugo de Jonge"
    assert _signatory("Pagina 1 van 1") is None
    assert _signatory("Hoogachtend,") is None
    text = "Geachte voorzitter,\n\nIk informeer u graag.\n\nWouter Bos\n\nHet kabinet vindt dit."
    assert parse(text, strict=False).metadata.sender_name is None


H82 = """23 934
Inwerkingtreding van en aanpassing van wetgeving aan de Wet op de motorrijtuigenbelasting 1994 \
(Invoeringswet Wet op de motorrijtuigenbelasting 1994)

nr. 5
NOTA NAAR AANLEIDING VAN HET VERSLAG

Ontvangen 4 januari 1995

Algemeen

Het doet mij genoegen dat de leden van de PvdA-fractie met instemming van het wetsvoorstel \
hebben kennisgenomen. Op de laatste twee punten kom ik verderop in deze nota terug.
"""


def test_an_old_nota_with_the_dossier_alone_on_its_line_is_accepted():
    parsed = parse(H82)
    meta = parsed.metadata
    assert (meta.dossier, meta.ondernummer, meta.date) == ("23934", 5, date(1995, 1, 4))
    assert meta.dossier_title.startswith("Inwerkingtreding van en aanpassing")
    assert meta.kind is None  # a nota naar aanleiding van het verslag is no letter
    assert not parsed.commitments  # "kom ik verderop in deze nota terug" is this document


def test_a_bare_number_line_without_a_title_under_it_is_no_dossier():
    # constructed: a number alone followed by a sentence in lower case, or by a Nr. line
    assert (
        parse("23 934\nen nog iets\n\nGeachte voorzitter,", strict=False).metadata.dossier is None
    )
    text = (
        "Tweede Kamer\n\n12 345\nNr. 5 BRIEF VAN DE MINISTER VAN FINANCIËN\n\nGeachte voorzitter,"
    )
    assert parse(text, strict=False).metadata.dossier_title is None


@pytest.mark.parametrize("line", ["Nr. 7 HERDRUK1", "Nr. 7 HERDRUK", "Nr. 7 (HERDRUK)", "nr. 7"])
def test_a_reprint_or_lower_case_number_line_gives_the_ondernummer(line):
    text = (
        f"35 982 Staat van de Europese Unie 2022\n\n{line}\n\nBRIEF VAN DE MINISTER VAN "
        "BUITENLANDSE ZAKEN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 20 september 2022\n\nIn deze brief wordt aan dit verzoek voldaan."
    )
    meta = parse(text).metadata
    assert (meta.dossier, meta.ondernummer) == ("35982", 7)


def test_the_kamers_letter_by_number_and_kenmerk_is_a_citation():
    text = (
        "30 234 Toekomstig sportbeleid\nNr. 49 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN "
        "EN SPORT\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Den Haag, 27 juni 2011\nNaar aanleiding van uw brief (30 234-37/2011D30024) deel ik u "
        "het volgende mede. Het rapport telt 12 345-6/78 pagina's en 2011-37/2011D30 regels."
    )
    assert [c.kst_id for c in parse(text).citations] == ["kst-30234-37"]


# --- The other ways ministers phrase the same promise (constructed from the families above) ---


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # other modal verbs, with a deadline
        ("Ik ga uw Kamer voor de zomer informeren over de uitkomsten.", "modal_inform"),
        (
            "Het kabinet gaat de Kamer in het najaar een brief sturen over de evaluatie.",
            "modal_inform",
        ),
        ("Ik wil uw Kamer voor 1 juli een overzicht sturen van de maatregelen.", "modal_inform"),
        ("Naar verwachting kan ik uw Kamer in mei informeren.", "modal_inform"),
        # "u" as the receiver, capitalised at the start
        ("U ontvangt de rapportage voor 1 juni.", "receive"),
        ("De antwoorden op de schriftelijke vragen ontvangt u voor 1 maart.", "receive"),
        # the thing first, the Kamer after "aan"/"met"
        ("Zodra het rapport gereed is, zend ik het aan uw Kamer.", "present_with_deadline"),
        (
            "De uitkomsten van de evaluatie deel ik voor de zomer met uw Kamer.",
            "present_with_deadline",
        ),
        ("Zodra de resultaten bekend zijn, zal ik deze met uw Kamer delen.", "modal_inform"),
        # keeping the Kamer informed
        ("Ik houd uw Kamer op de hoogte van de voortgang.", "keep_informed"),
        ("Over de uitkomsten van de gesprekken houd ik u op de hoogte.", "keep_informed"),
        # a bill put before the Kamer
        ("Ik zal het wetsvoorstel voor de zomer bij uw Kamer indienen.", "bill"),
        (
            "Het kabinet streeft ernaar het wetsvoorstel in het voorjaar in te dienen bij uw "
            "Kamer.",
            "bill",
        ),
        ("Wij verwachten het wetsvoorstel in het voorjaar bij uw Kamer in te dienen.", "bill"),
        # answers with a due date, the next document
        ("De vragen van het lid Kops beantwoord ik voor 1 maart.", "answers"),
        (
            "In de volgende voortgangsbrief ga ik in op de resultaten van de pilot.",
            "content_promise",
        ),
        ("In de eerstvolgende rapportage kom ik hierop terug.", "content_promise"),
    ],
)
def test_the_other_phrasings_of_a_promise_are_candidates(sentence, kind):
    assert pattern_of(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # this letter, now (N4)
        "Graag wil ik uw Kamer informeren over de uitkomsten van de Raad.",
        "Met deze brief wil ik uw Kamer voor de zomer informeren over de stand van zaken.",
        "Bijgaand ontvangt u het verslag van de Raad van 3 maart.",
        "Hierbij ontvangt u de rapportage over het eerste kwartaal.",
        "In dit verslag ga ik in op de uitkomsten van de Raad.",
        # negated, past, an opinion, routine
        "Helaas kan ik uw Kamer niet voor de zomer informeren.",
        "Ik heb uw Kamer op de hoogte gehouden van de voortgang.",
        "Ik deel de zorg van uw Kamer over de wachtlijsten.",
        "Uiteraard blijven wij de Kamer informeren volgens de staande informatieafspraken.",
        # done, or another party's bill or promise (N3)
        "Het wetsvoorstel is op 3 maart bij uw Kamer ingediend.",
        "De initiatiefnemers zullen het voorstel na de zomer bij de Kamer indienen.",
        "De commissie zal haar rapport voor de zomer aan uw Kamer aanbieden.",
        "De Europese Commissie zal de lidstaten voor de zomer informeren.",
        # answering now, another letter already sent
        "Ik beantwoord de vragen van het lid Kops, ingezonden op 3 maart 2024, als volgt.",
        "In de brief van 3 maart ga ik in op de resultaten.",
    ],
)
def test_the_traps_next_to_those_phrasings_are_no_candidates(sentence):
    assert pattern_of(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # the government fronted object, or the government named in the subject
        "De uitkomsten van de gesprekken zal ik aan uw Kamer toezenden.",
        "De minister van Financiën en ik zullen uw Kamer voor de zomer informeren.",
        "Het kabinet zal de Kamer voor de begrotingsbehandeling een overzicht doen toekomen.",
        "Zodra het rapport gereed is, zal ik uw Kamer informeren.",
    ],
)
def test_the_government_as_subject_of_zal_keeps_a_promise(sentence):
    assert pattern_of(sentence) == "modal_inform"


# --- Fulfilment phrasings of the same families (constructed; F1, F2 and their traps) ---------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "In deze brief ga ik, zoals toegezegd, in op de vragen van het lid Bikker.",
            "as_promised_now",
        ),
        (
            "Zoals toegezegd geef ik u hierbij een overzicht van de stand van zaken.",
            "as_promised_now",
        ),
        ("Conform mijn toezegging stuur ik u hierbij het rapport.", "as_promised_now"),
        (
            "Overeenkomstig de toezegging van mijn ambtsvoorganger bied ik u hierbij de evaluatie "
            "aan.",
            "as_promised_now",
        ),
        (
            "Deze brief is een uitwerking van de toezegging die ik deed in het commissiedebat van "
            "3 maart.",
            "is_the_promised",
        ),
        (
            "Dit overzicht vormt de nakoming van mijn toezegging aan het lid Bikker.",
            "is_the_promised",
        ),
    ],
)
def test_the_other_phrasings_of_delivering_a_promise_are_fulfilments(sentence, kind):
    assert fulfilment_pattern(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        # routine, a motie, a request (F3, F4)
        "Conform afspraak ontvangt u hierbij de kwartaalrapportage.",
        "Deze brief is een uitwerking van de motie van het lid Van der Plas.",
        "Met deze brief geef ik invulling aan de motie van het lid Van der Plas.",
        # kept earlier or elsewhere, or still to come (F5)
        "Overeenkomstig zijn eerder gedane toezegging heeft mijn ambtsvoorganger op 2 augustus "
        "1994 de Tweede Kamer bericht over de stand van zaken.",  # h82
        "Conform mijn toezegging zal ik u na de zomer het rapport sturen.",
        "Zoals toegezegd is het onderzoek inmiddels gestart.",
    ],
)
def test_routine_motie_or_a_promise_kept_elsewhere_is_no_fulfilment(sentence):
    assert fulfilment_pattern(sentence) is None


def _letter(body: str) -> str:
    return (
        "12 345 Evaluatie van het beleid\n\nNr. 7 BRIEF VAN DE MINISTER VAN FINANCIËN\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 april 2024\n\n"
        f"{body}\n\nDe Minister van Financiën, A.B. Jansen\n"
    )


@pytest.mark.parametrize("delivery", ["Met deze brief doe ik dat.", "Dat doe ik hierbij."])
def test_the_promise_and_doing_it_now_in_the_next_sentence_are_one_fulfilment(delivery):
    body = (
        "Tijdens het commissiedebat van 3 maart heb ik toegezegd u te informeren over de "
        f"evaluatie. {delivery}"
    )
    assert len(parse(_letter(body)).fulfilments) == 1


def test_a_promise_to_do_it_later_in_the_next_sentence_is_no_fulfilment():
    body = (
        "Tijdens het commissiedebat van 3 maart heb ik toegezegd u te informeren over de "
        "evaluatie. Dat zal ik in een aparte brief na de zomer doen."
    )
    assert not parse(_letter(body)).fulfilments
