"""The query-parameter check of the API's endpoints that are no viewset (summary, changes,
bulk): an unknown or repeated parameter is a 400, as on the viewsets."""

from ...http_headers import CountedThrottlesMixin, add_rate_limit_headers
from ...query_params import (
    mark_vetted,
)
from ..request_keys import check_query_parameters


class CheckedParametersMixin(CountedThrottlesMixin):
    """For the API's plain views: unknown parameters are a 400, answers carry rate-limit
    headers and may be cached (their query string was vetted)."""

    query_parameters = frozenset({"format"})

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_query_parameters(request, self.query_parameters)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        add_rate_limit_headers(self, request, response)
        return mark_vetted(response)
