"""The messages: confirmation, "you already follow this", and the digest's envelope.

Every message carries an unsubscribe link in its text and in ``List-Unsubscribe`` with
``List-Unsubscribe-Post`` (RFC 8058), so a mail program's own "unsubscribe" button works in
one click. Each is written in the language the reader used when signing up.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from .models import CONFIRM_MAX_AGE
from .targets import subscription_target
from .tokens import confirm_token, unsubscribe_token


def short(label: str) -> str:
    """A label short enough for a subject line."""
    return Truncator(label).chars(70)


def site_base(request=None) -> str:
    """Scheme and host for links: the request's, or ``SITE_URL`` outside a request."""
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    if not settings.SITE_URL:
        raise ImproperlyConfigured(
            "Set SITE_URL (e.g. https://toezeggingen.example.org): mails need absolute links."
        )
    return settings.SITE_URL


def unsubscribe_url(base: str, subscriptions) -> str:
    return base + reverse("commitments:follow-unsubscribe", args=[unsubscribe_token(subscriptions)])


def build_message(
    *, to: str, subject: str, template: str, context: dict, unsubscribe: str, html: bool = False
) -> EmailMultiAlternatives:
    context = {**context, "unsubscribe_url": unsubscribe}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"commitments/follow/email/{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            # No out-of-office replies to a robot (RFC 3834).
            "Auto-Submitted": "auto-generated",
        },
    )
    if html:
        message.attach_alternative(
            render_to_string(f"commitments/follow/email/{template}.html", context), "text/html"
        )
    return message


def confirmation_message(subscription, request) -> EmailMultiAlternatives:
    base = site_base(request)
    with translation.override(subscription.language):
        target = subscription_target(subscription)
        confirm = base + reverse("commitments:follow-confirm", args=[confirm_token(subscription)])
        return build_message(
            to=subscription.email,
            subject=_("Bevestig dat u wilt volgen: %(label)s") % {"label": short(target.label)},
            template="confirm",
            context={
                "target": target,
                "page_url": base + target.page_url,
                "confirm_url": confirm,
                "days": CONFIRM_MAX_AGE.days,
            },
            unsubscribe=unsubscribe_url(base, [subscription]),
        )


def already_following_message(subscription, request) -> EmailMultiAlternatives:
    """Sent instead of a confirmation when the address already follows this: the page gives
    the same answer either way, and the owner of the address learns how to stop."""
    base = site_base(request)
    with translation.override(subscription.language):
        target = subscription_target(subscription)
        return build_message(
            to=subscription.email,
            subject=_("U volgt dit al: %(label)s") % {"label": short(target.label)},
            template="already",
            context={"target": target, "page_url": base + target.page_url},
            unsubscribe=unsubscribe_url(base, [subscription]),
        )
