"""The result types of the VLOS pipeline: frozen dataclasses, one per thing a report names.

Input: nothing (this module only defines types). Output: :class:`VlosError` for input that is
not a VLOS report, and the dataclasses ``parse`` and ``toezeggingen`` fill in, gathered in
:class:`VlosReport`. Every one has ``to_dict()`` for JSON output (dates as ISO strings), like
the Kamerstuk core's types.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..kamerstuk.model import Deadline, KamerstukError, _ToDict


class VlosError(KamerstukError):
    """A file that looks like XML but is not a VLOS report the importer can read.

    A :class:`KamerstukError`, so the command and the admin page report it the same way.
    """


@dataclass(frozen=True)
class Bewindspersoon(_ToDict):
    """A minister or state secretary who spoke, as the report names them."""

    name: str  # "David van Weel"
    surname: str  # "Van Weel", as the report addresses them
    function: str  # "minister van Justitie en Veiligheid", as given
    ministry: str | None  # "Justitie en Veiligheid"; None when the function names none
    role: str  # "minister" / "staatssecretaris" / "minister-president"
    tk_id: str | None  # the spreker's objectid (open-data Persoon.Id)


@dataclass(frozen=True)
class AgendaItem(_ToDict):
    """A Kamerstuk on a debate's agenda: "36740-XVI, nr. 9"."""

    dossier: str  # "36740"
    toevoeging: str  # "XVI" or ""
    ondernummer: int | None  # None for a whole dossier (a bill)
    title: str


@dataclass(frozen=True)
class Toezegging(_ToDict):
    """One commitment candidate: a toezegging the chair read out, or the minister's own words.

    ``made_by`` indexes the debate's ``bewindspersonen`` (None when it cannot be told);
    ``source`` is ``"chair"`` (the read-out list) or ``"minister"`` (own words, lower
    confidence).
    """

    text: str
    made_by: int | None
    deadline: Deadline | None
    confidence: float
    source: str
    pattern: str
    addressee: str | None = None  # "de heer Boswijk" for "dat was een toezegging aan ..."


@dataclass(frozen=True)
class VlosDebate(_ToDict):
    """One ``<activiteit>`` with an Activiteit number: a debate of the Kamer."""

    tk_id: str  # objectid, the open-data Activiteit.Id
    number: str  # parlisid, the Activiteit.Nummer ("2025A02948")
    tk_kind: str  # "Commissiedebat", as given
    subject: str
    date: date | None
    committee: str | None  # "vaste commissie voor Justitie en Veiligheid"
    committee_abbreviation: str | None
    agenda: tuple[AgendaItem, ...]
    bewindspersonen: tuple[Bewindspersoon, ...]
    toezeggingen: tuple[Toezegging, ...]


@dataclass(frozen=True)
class VlosReport(_ToDict):
    """A whole verslag: the meeting and its debates."""

    tk_id: str | None  # the vergadering's objectid
    kind: str  # "Commissie" / "Plenair", as given
    title: str
    date: date | None
    room: str | None  # zaal
    vergaderjaar: str | None
    status: str | None  # "Ongecorrigeerd" / "Gecorrigeerd"
    debates: tuple[VlosDebate, ...]
    text: str  # the report as plain text (one paragraph a line), for the register's search
