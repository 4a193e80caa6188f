"""Rows a Kamerstuk import looks up again and again, read once per run.

An import of a directory asks for the same ministries, committees, senders and dossiers in
file after file; one ``Lookups`` shared by the files of a run answers the repeats from memory.
Ministries and committees are reference data the importer never writes, so they are read in
one query each, the first time one is needed. Senders and dossiers are looked up by name or
number the first time and remembered, including the ones a file creates or changes. A file
that fails rolls those writes back, so ``forget()`` drops every remembered sender and dossier;
``apply()`` calls it.
"""

from ..models import Committee, Dossier, Ministry, Person


class Lookups:
    def __init__(self):
        self._ministries: dict[str, Ministry] | None = None
        self._committees: dict[str, Committee] | None = None
        self._persons: dict[str, Person] = {}
        self._dossiers: dict[tuple[int, str], Dossier] = {}

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

    def forget(self) -> None:
        """A file rolled back: rows it created or changed may not be as remembered."""
        self._persons.clear()
        self._dossiers.clear()


def _by_upper_name(model) -> dict:
    # In the order ``.filter(name__iexact=...).first()`` would pick from.
    queryset = model.objects.all()
    if not queryset.ordered:
        queryset = queryset.order_by("pk")
    rows = {}
    for row in queryset:
        rows.setdefault(row.name.upper(), row)
    return rows
