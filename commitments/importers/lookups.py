"""Rows a Kamerstuk import looks up again and again, read once per run.

An import of a directory asks for the same ministries, committees, senders and dossiers in
file after file; one ``Lookups`` shared by the files of a run answers the repeats from memory.
Ministries and committees are reference data the importer never writes, so they are read in
one query each, the first time one is needed. Senders and dossiers are looked up by name or
number the first time and remembered, including the ones a file creates or changes. Meetings
are remembered by slug with their sessions and the documents linked to them, because an
agenda and its report (and a re-import) come in the same run. A file that fails rolls its
writes back, so ``forget()`` drops everything remembered but the reference data; ``apply()``
calls it. A run trusts what it remembers as a review trusts its proposal: a clerk changing the
same meeting's sessions during the run is not seen.
"""

from ..models import Committee, Dossier, Meeting, MeetingSession, Ministry, Person


class Lookups:
    def __init__(self):
        self._ministries: dict[str, Ministry] | None = None
        self._committees: dict[str, Committee] | None = None
        self._persons: dict[str, Person] = {}
        self._dossiers: dict[tuple[int, str], Dossier] = {}
        self._meetings: dict[str, Meeting] = {}
        self._sessions: dict[int, list[MeetingSession]] = {}
        self._meeting_links: set[tuple[int, int]] = set()  # (meeting, document)

    def ministry(self, name: str) -> Ministry | None:
        if self._ministries is None:
            self._ministries = _by_upper_name(Ministry)
        return self._ministries.get(name.upper())

    def committee(self, name: str) -> Committee | None:
        if self._committees is None:
            self._committees = _by_upper_name(Committee)
        return self._committees.get(name.upper())

    def person(self, name: str) -> Person | None:
        key = name.upper()
        if key not in self._persons:
            found = Person.objects.select_related("ministry").filter(name__iexact=name).first()
            if found is None:
                return None
            self._persons[key] = found
        return self._persons[key]

    def add_person(self, person: Person) -> None:
        self._persons[person.name.upper()] = person

    def dossier(self, number: int, toevoeging: str) -> Dossier | None:
        return self._dossiers.get((number, toevoeging))

    def add_dossier(self, dossier: Dossier) -> None:
        self._dossiers[dossier.number, dossier.toevoeging] = dossier

    def meeting(self, slug: str) -> Meeting | None:
        return self._meetings.get(slug)

    def add_meeting(self, meeting: Meeting) -> None:
        self._meetings[meeting.slug] = meeting

    def sessions(self, meeting: Meeting) -> list[MeetingSession] | None:
        """The meeting's sessions, or None when this run has not read them yet."""
        return self._sessions.get(meeting.pk)

    def set_sessions(self, meeting: Meeting, sessions: list[MeetingSession]) -> None:
        self._sessions[meeting.pk] = sessions

    def linked(self, meeting: Meeting, document) -> bool:
        return (meeting.pk, document.pk) in self._meeting_links

    def add_link(self, meeting: Meeting, document) -> None:
        self._meeting_links.add((meeting.pk, document.pk))

    def forget(self) -> None:
        """A file rolled back: rows it created or changed may not be as remembered."""
        self._persons.clear()
        self._dossiers.clear()
        self._meetings.clear()
        self._sessions.clear()
        self._meeting_links.clear()


def _by_upper_name(model) -> dict:
    # In the order ``.filter(name__iexact=...).first()`` would pick from.
    queryset = model.objects.all()
    if not queryset.ordered:
        queryset = queryset.order_by("pk")
    rows = {}
    for row in queryset:
        rows.setdefault(row.name.upper(), row)
    return rows
