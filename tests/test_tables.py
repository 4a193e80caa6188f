"""The public commitment table's rows, written in Python, against the template they replace."""

import datetime
import re
from pathlib import Path

import pytest
from django.template import engines
from django.template.loader import render_to_string
from django.utils import translation

from commitments.models import Commitment, Ministry, Person

DATA = Path(__file__).parent / "data"
LEGACY = DATA / "legacy_commitment_table.html"
Status = Commitment.Status


def normalised(html: str) -> str:
    """Whitespace between tags is not part of the markup (the include left a newline)."""
    return re.sub(r">\s+<", "><", html).strip()


def rows():
    ministry = Ministry(name="Buitenlandse Zaken & <Handel>", slug="buitenlandse-zaken")
    person = Person(name='C.C.J. "Caspar" Veldkamp')
    long_text = "<script>alert(1)</script> " + " ".join(f"woord{i}" for i in range(45))
    made = datetime.date(2024, 12, 3)
    return [
        Commitment(
            key="navo-norm",
            number="TZ202412-116",
            text="De minister informeert de Kamer over de NAVO-norm.",
            made_on=made,
            made_by=person,
            ministry=ministry,
            due_date=datetime.date(2025, 3, 1),
            status=Status.OPEN,
        ),
        Commitment(
            key="zonder-alles",
            text=long_text,
            status=Status.PARTLY_FULFILLED,
            due_description='voor de zomer & "na" het reces',
        ),
        Commitment(key="onbekend", text="Kort.", status=Status.LAPSED),
        Commitment(
            key="voldaan",
            text="Een brief over Oekraïne — \u2018veiligheidsarrangementen\u2019.",
            made_on=datetime.date(2023, 1, 9),
            ministry=ministry,
            due_date=datetime.date(2023, 5, 31),
            status=Status.FULFILLED,
            fulfilled_on=datetime.date(2023, 5, 1),
        ),
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_rows_match_the_template_they_replace(language):
    commitments = rows()
    overdue = commitments[0]
    overdue.overdue = True  # as with_overdue() annotates a list
    commitments[1].overdue = False
    legacy = engines["django"].from_string(LEGACY.read_text())
    with translation.override(language):
        context = {"commitments": commitments, "caption": "Toezeggingen"}
        new = render_to_string("commitments/_commitment_table.html", context)
        old = legacy.render(context)
    assert normalised(new) == normalised(old)
    # What the comparison stands for, said outright.
    assert "&lt;script&gt;" in new and "<script>" not in new
    assert "woord28 …</a>" in new  # cut after 30 words
    assert new.count('class="status status-overdue"') == 1
    assert ('lang="nl"' in new) is (language != "nl")
    assert 'href="/ministeries/buitenlandse-zaken/"' in new.replace("/en/", "/")


def test_month_names_follow_the_language():
    commitment = rows()[0]
    with translation.override("nl"):
        dutch = render_to_string(
            "commitments/_commitment_table.html", {"commitments": [commitment]}
        )
    with translation.override("en"):
        english = render_to_string(
            "commitments/_commitment_table.html", {"commitments": [commitment]}
        )
    assert "3 december 2024" in dutch and "1 maart 2025" in dutch
    assert "3 December 2024" in english and "1 March 2025" in english
    assert 'href="/en/toezeggingen/navo-norm/"' in english


def test_an_empty_table_has_no_rows():
    html = render_to_string("commitments/_commitment_table.html", {"commitments": []})
    assert "<tr>" in html  # the head
    assert normalised(html).count("<tr>") == 1


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "en"])
def test_statistics_tables_match_the_template_they_replace(client, seed, language):
    prefix = "/en" if language == "en" else ""
    tables = client.get(f"{prefix}/statistieken/").context["tables"]
    empty = {**tables["per_month"], "rows": [], "folded": False}
    legacy = engines["django"].from_string((DATA / "legacy_data_table.html").read_text())
    tag = engines["django"].from_string("{% load tracker %}{% data_table table %}")
    with translation.override(language):
        for table in [*tables.values(), empty]:
            new = tag.render({"table": table})
            old = legacy.render({"table": table})
            assert normalised(new) == normalised(old), table["id"]
    assert len(tables["per_month"]["rows"]) > 3
    assert any(cell.get("url") for row in tables["deadlines"]["rows"] for cell in row["cells"])
