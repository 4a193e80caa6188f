"""Signed links for the mails: confirm (expires) and unsubscribe (does not).

A link carries subscription tokens (random, stored on the row), never the address, so an
address does not end up in access logs or browser histories. The signature (``SECRET_KEY``,
with ``SECRET_KEY_FALLBACKS`` during a rotation) makes a link impossible to forge or alter;
the salt keeps a confirmation link from working as an unsubscribe link and vice versa.
"""

from django.core import signing

from .models import CONFIRM_MAX_AGE

CONFIRM_SALT = "commitments.follow.confirm"
UNSUBSCRIBE_SALT = "commitments.follow.unsubscribe"


class LinkExpired(Exception):
    """Signed correctly, but older than the confirmation link's lifetime."""


class LinkInvalid(Exception):
    """Tampered with, cut short, or signed for something else."""


def confirm_token(subscription) -> str:
    return signing.dumps(subscription.token, salt=CONFIRM_SALT)


def read_confirm_token(value: str) -> str:
    """The subscription token a confirmation link names."""
    try:
        token = signing.loads(value, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired:
        raise LinkExpired from None
    except signing.BadSignature:
        raise LinkInvalid from None
    if not isinstance(token, str):
        raise LinkInvalid
    return token


def expired_confirm_token(value: str) -> str | None:
    """The token of a link that ``read_confirm_token`` found too old, to offer a new one."""
    try:
        token = signing.loads(value, salt=CONFIRM_SALT)
    except signing.BadSignature:
        return None
    return token if isinstance(token, str) else None


def unsubscribe_token(subscriptions) -> str:
    """One link for one subscription, or for every subscription a digest reports on."""
    return signing.dumps([s.token for s in subscriptions], salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(value: str) -> list[str]:
    try:
        tokens = signing.loads(value, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        raise LinkInvalid from None
    if not (isinstance(tokens, list) and tokens and all(isinstance(t, str) for t in tokens)):
        raise LinkInvalid
    return tokens
