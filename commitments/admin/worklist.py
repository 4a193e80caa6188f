"""The clerk's worklist: what is overdue per ministry, what falls due soon, the rappel letter.

The Eerste Kamer sends every ministry a half-yearly reminder (rappel) listing its overdue
commitments; here a clerk prints one, or downloads it as CSV, per ministry. Every
commitment counts, published or not: the letter is the griffie's, not the public's.
"""

import csv
import datetime

from django.db.models import Count, F
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from ..exports import csv_cell
from ..models import Commitment, Ministry, overdue_q

# "Due soon" on the worklist: the next this many days, today included.
DUE_SOON_DAYS = 30


def worklist_view(model_admin, request):
    today = timezone.localdate()
    commitments = Commitment.objects.all()
    by_ministry = (
        commitments.filter(overdue_q(today))
        .values("ministry__id", "ministry__name")
        .annotate(overdue=Count("pk"))
        .order_by("-overdue", "ministry__name")
    )
    due_soon = (
        commitments.filter(
            status__in=Commitment.OPEN_STATUSES,
            due_date__gte=today,
            due_date__lt=today + datetime.timedelta(days=DUE_SOON_DAYS),
        )
        .select_related("ministry")
        .order_by("due_date", "key")
    )
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("Werklijst"),
        "today": today,
        "by_ministry": by_ministry,
        "due_soon": due_soon,
        "due_soon_days": DUE_SOON_DAYS,
    }
    return TemplateResponse(request, "admin/commitments/worklist.html", context)


def overdue_for(ministry, today):
    return (
        Commitment.objects.filter(overdue_q(today), ministry=ministry)
        .select_related("made_by")
        .order_by(F("due_date").asc(), "key")
    )


def rappel_rows(ministry, today):
    """The letter's rows: number, text, made on, due date and days overdue, longest first."""
    rows = []
    for commitment in overdue_for(ministry, today):
        rows.append(
            {
                "commitment": commitment,
                "days_late": (today - commitment.due_date).days,
            }
        )
    return rows


def rappel_view(model_admin, request, ministry_id):
    ministry = get_object_or_404(Ministry, pk=ministry_id)
    today = timezone.localdate()
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("Rappel: %(ministry)s") % {"ministry": ministry.name},
        "ministry": ministry,
        "today": today,
        "rows": rappel_rows(ministry, today),
    }
    return TemplateResponse(request, "admin/commitments/rappel.html", context)


RAPPEL_COLUMNS = ["nummer", "kenmerk", "tekst", "gedaan_door", "gedaan_op", "termijn",
                  "dagen_over_termijn", "status"]  # fmt: skip


def rappel_csv_view(model_admin, request, ministry_id):
    ministry = get_object_or_404(Ministry, pk=ministry_id)
    today = timezone.localdate()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="rappel-{ministry.slug}-{today.isoformat()}.csv"'
    )
    response.write("\ufeff")  # Excel reads UTF-8 with a BOM
    writer = csv.writer(response)
    writer.writerow(RAPPEL_COLUMNS)
    for row in rappel_rows(ministry, today):
        commitment = row["commitment"]
        writer.writerow(
            csv_cell(value)
            for value in [
                commitment.number,
                commitment.key,
                commitment.text,
                commitment.made_by.name if commitment.made_by else "",
                commitment.made_on.isoformat() if commitment.made_on else "",
                commitment.due_date.isoformat(),
                row["days_late"],
                commitment.get_status_display(),
            ]
        )
    return response
