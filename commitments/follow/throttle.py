"""Limits on the sign-up form, with DRF's cache-backed throttle (the API's, same client id).

Per client: a form that mails anyone is a tool for flooding inboxes, so one client may ask a
few times an hour (``FOLLOW_RATE_PER_CLIENT``). Per address: whoever asks, an address gets
a few confirmation mails a day at most (``FOLLOW_RATE_PER_ADDRESS``); going over sends
nothing but answers the same, so the answer says nothing about the address.
"""

import hashlib

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle


class _FollowThrottle(SimpleRateThrottle):
    setting = ""

    def __init__(self):
        # Read per use, not at import as DRF's class attribute is, so settings apply.
        self.rate = getattr(settings, self.setting)
        super().__init__()


class ClientThrottle(_FollowThrottle):
    scope = "follow_client"
    setting = "FOLLOW_RATE_PER_CLIENT"

    def get_cache_key(self, request, view=None):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class AddressThrottle(_FollowThrottle):
    scope = "follow_address"
    setting = "FOLLOW_RATE_PER_ADDRESS"

    def __init__(self, email: str):
        self.email = email
        super().__init__()

    def get_cache_key(self, request, view=None):
        # A digest, not the address: cache keys show up in monitoring and dumps.
        ident = hashlib.sha256(self.email.encode()).hexdigest()
        return self.cache_format % {"scope": self.scope, "ident": ident}


def client_allowed(request) -> tuple[bool, int | None]:
    """Whether this client may sign up now, and if not how many seconds to wait."""
    throttle = ClientThrottle()
    if throttle.allow_request(request, None):
        return True, None
    wait = throttle.wait()
    return False, int(wait) + 1 if wait is not None else None


def address_allowed(request, email: str) -> bool:
    return AddressThrottle(email).allow_request(request, None)
