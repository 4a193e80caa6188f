"""API errors as JSON: the exception handler of every API view, and the site's 404/500/503
handlers (JSON under /api/, HTML elsewhere). Split from ``views`` so the resources stay
readable; settings and ``tracker/urls.py`` name these functions."""

import logging
import sys

from django.conf import settings
from django.core.exceptions import (
    RequestDataTooBig,
    SuspiciousOperation,
    TooManyFieldsSent,
)
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.defaults import server_error as django_server_error
from rest_framework import status
from rest_framework.exceptions import (
    APIException,
    NotFound,
    ParseError,
    Throttled,
)
from rest_framework.response import Response
from rest_framework.views import exception_handler, set_rollback

from ..throttling import retry_message, retry_seconds

logger = logging.getLogger(__name__)


def api_exception_handler(exc, context):
    """DRF's JSON errors, plus a JSON 500 instead of an HTML page for anything unexpected."""
    if isinstance(exc, Http404):
        # Django's message names the model ("No Meeting matches ..."); say it plainly.
        exc = NotFound()
    if isinstance(exc, SuspiciousOperation):
        # A body over DATA_UPLOAD_MAX_MEMORY_SIZE, too many fields or files: Django itself
        # answers these with 400 outside DRF; here they must not fall through to the 500.
        exc = request_refusal(exc)
    if isinstance(exc, Throttled):
        seconds = retry_seconds(exc.wait)
        response = Response(
            {"detail": retry_message(seconds)},
            status=status.HTTP_429_TOO_MANY_REQUESTS,
            headers={"Retry-After": str(seconds)},
        )
        return response
    response = exception_handler(exc, context)
    if response is None and database_unavailable(exc):
        logger.warning("Database unavailable during an API request", exc_info=exc)
        set_rollback()
        response = Response(
            {"detail": unavailable_message()},
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": UNAVAILABLE_RETRY_AFTER},
        )
    if response is None:
        logger.error("Unhandled exception in the API", exc_info=exc)
        set_rollback()
        response = Response(
            {"detail": _("Er ging iets mis aan onze kant.")},
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )
    return response


class RequestTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


def request_refusal(exc: SuspiciousOperation) -> APIException:
    if isinstance(exc, RequestDataTooBig):
        return RequestTooLarge(
            _("Het verzoek is te groot (hoogstens %(size)s bytes).")
            % {"size": settings.DATA_UPLOAD_MAX_MEMORY_SIZE}
        )
    if isinstance(exc, TooManyFieldsSent):
        return ParseError(
            _("Te veel velden in het verzoek (hoogstens %(count)s).")
            % {"count": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS}
        )
    return ParseError(_("Ongeldig verzoek."))


@csrf_exempt
def not_found(request, *args, **kwargs):
    """JSON 404 for every unknown path under the API; a missing trailing slash redirects."""
    if request.method in ("GET", "HEAD") and not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not not_found:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(
                request.path + "/" + (f"?{query}" if query else "")
            )
    return JsonResponse({"detail": _("Niet gevonden.")}, status=404)


UNAVAILABLE_RETRY_AFTER = "5"


def database_unavailable(exc) -> bool:
    """A lost or refused database connection (a restart, a failover): worth a retry."""
    return isinstance(exc, (OperationalError, InterfaceError))


def unavailable_message() -> str:
    return _("De database is even niet bereikbaar. Probeer het over enkele seconden opnieuw.")


def unavailable_response(request):
    """503 with Retry-After: the client may simply try again, nothing is wrong with it."""
    message = unavailable_message()
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=503)
    else:
        response = HttpResponse(render_to_string("503.html", {"message": message}), status=503)
    response["Retry-After"] = UNAVAILABLE_RETRY_AFTER
    return response


def server_error(request, *args, **kwargs):
    """For ``handler500`` in the root URLconf: JSON under /api/, Django's page elsewhere; a
    503 with Retry-After when the database was out of reach."""
    if database_unavailable(sys.exc_info()[1]):
        return unavailable_response(request)
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": _("Er ging iets mis aan onze kant.")}, status=500)
    return django_server_error(request, *args, **kwargs)
