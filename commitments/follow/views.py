"""Sign up, confirm, unsubscribe. No account: the links in the mails are the credentials.

The sign-up page answers the same whatever the address (new, unconfirmed, confirmed or
over its limit), so it cannot be used to find out who follows what. Confirming and
unsubscribing are POSTs behind a page with one button: mail filters open every link in a
message, and a GET that acted would confirm or unsubscribe without the reader.
"""

import logging
import smtplib

from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView

from . import mail, throttle, tokens
from .forms import FollowForm
from .models import CONFIRM_MAX_AGE, Subscription
from .targets import BadSearch, resolve, subscription_target

logger = logging.getLogger(__name__)

TEMPLATES = "commitments/follow/"


def current_language() -> str:
    return translation.get_supported_language_variant(translation.get_language())


def link_problem(request, status: int, message: str, follow_url: str = ""):
    return render(
        request,
        TEMPLATES + "link_problem.html",
        {"message": message, "follow_url": follow_url},
        status=status,
    )


@method_decorator(never_cache, name="dispatch")
class FollowView(View):
    """The form (an address only) for one commitment, ministry, committee or search."""

    kind = ""

    def get_target(self):
        return resolve(self.kind, self.kwargs.get("value", ""), self.request.GET)

    def render_form(self, target, form, status=200):
        if form.errors:
            # The error text, not only the red border, is read out with the field.
            form.fields["email"].widget.attrs["aria-describedby"] = "id_email_error"
        return render(
            self.request,
            TEMPLATES + "follow.html",
            {"target": target, "form": form, "days": CONFIRM_MAX_AGE.days},
            status=status,
        )

    def dispatch(self, request, *args, **kwargs):
        try:
            self.target = self.get_target()
        except BadSearch:
            return render(
                request,
                TEMPLATES + "bad_search.html",
                {"list_url": f"{reverse('commitments:commitment-list')}?{request.GET.urlencode()}"},
                status=400,
            )
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_form(self.target, FollowForm())

    def post(self, request, *args, **kwargs):
        allowed, wait = throttle.client_allowed(request)
        if not allowed:
            response = render(request, TEMPLATES + "throttled.html", status=429)
            if wait:
                response["Retry-After"] = str(wait)
            return response
        form = FollowForm(request.POST)
        if not form.is_valid():
            return self.render_form(self.target, form, status=400)
        if not form.is_robot and throttle.address_allowed(request, form.cleaned_data["email"]):
            try:
                self.sign_up(form.cleaned_data["email"])
            except (smtplib.SMTPException, OSError):
                logger.exception("Follow: could not send the mail")
                return render(request, TEMPLATES + "mail_failed.html", status=503)
        return redirect("commitments:follow-sent", permanent=False)

    @transaction.atomic
    def sign_up(self, email: str) -> None:
        """Create or refresh the request and send the one mail that fits; a failed mail rolls
        the request back, so nothing is kept that the reader was not told about."""
        fields = self.target.subscription_fields()
        subscription = Subscription.objects.filter(email=email, **fields).first()
        if subscription is None:
            try:
                with transaction.atomic():
                    subscription = Subscription.objects.create(
                        email=email,
                        language=current_language(),
                        requested_at=timezone.now(),
                        **fields,
                    )
            except IntegrityError:  # the same address and target, submitted twice at once
                subscription = Subscription.objects.get(email=email, **fields)
        if subscription.is_confirmed:
            message = mail.already_following_message(subscription, self.request)
        else:
            subscription.requested_at = timezone.now()
            subscription.language = current_language()
            subscription.save(update_fields=["requested_at", "language"])
            message = mail.confirmation_message(subscription, self.request)
        message.send()


class SentView(TemplateView):
    template_name = TEMPLATES + "sent.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(days=CONFIRM_MAX_AGE.days, **kwargs)


@method_decorator(never_cache, name="dispatch")
class ConfirmView(View):
    def dispatch(self, request, *args, **kwargs):
        value = kwargs["token"]
        try:
            token = tokens.read_confirm_token(value)
        except tokens.LinkInvalid:
            return link_problem(request, 400, _("Deze bevestigingslink is ongeldig of onvolledig."))
        except tokens.LinkExpired:
            return self.expired(request, value)
        subscription = (
            Subscription.objects.select_related("commitment", "ministry", "committee")
            .filter(token=token)
            .first()
        )
        if subscription is None:
            # Unsubscribed, or cleaned up: there is nothing left to confirm.
            return link_problem(
                request,
                410,
                _("Deze aanvraag bestaat niet meer. Vraag opnieuw aan om te volgen."),
            )
        self.subscription = subscription
        return super().dispatch(request, *args, **kwargs)

    def expired(self, request, value):
        # The signature is good, only old: point to the page to ask again on.
        follow_url = ""
        token = tokens.expired_confirm_token(value)
        subscription = Subscription.objects.filter(token=token).first() if token else None
        if subscription is not None:
            follow_url = subscription_target(subscription).follow_url
        return link_problem(
            request,
            410,
            _("Deze bevestigingslink is verlopen: hij werkt %(days)d dagen. Vraag een nieuwe aan.")
            % {"days": CONFIRM_MAX_AGE.days},
            follow_url,
        )

    def page(self, template):
        return render(
            self.request,
            TEMPLATES + template,
            {
                "subscription": self.subscription,
                "target": subscription_target(self.subscription),
                "unsubscribe_url": reverse(
                    "commitments:follow-unsubscribe",
                    args=[tokens.unsubscribe_token([self.subscription])],
                ),
            },
        )

    def get(self, request, *args, **kwargs):
        return self.page("confirmed.html" if self.subscription.is_confirmed else "confirm.html")

    def post(self, request, *args, **kwargs):
        if not self.subscription.is_confirmed:
            self.subscription.confirmed_at = timezone.now()
            self.subscription.save(update_fields=["confirmed_at"])
        return self.page("confirmed.html")


# The RFC 8058 one-click POST comes from the mail provider, without our CSRF cookie; the
# signed link is the credential, and the worst a forged POST could do is what the link does.
@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(never_cache, name="dispatch")
class UnsubscribeView(View):
    def dispatch(self, request, *args, **kwargs):
        try:
            self.tokens = tokens.read_unsubscribe_token(kwargs["token"])
        except tokens.LinkInvalid:
            return link_problem(request, 400, _("Deze afmeldlink is ongeldig of onvolledig."))
        return super().dispatch(request, *args, **kwargs)

    def subscriptions(self):
        return Subscription.objects.filter(token__in=self.tokens).select_related(
            "commitment", "ministry", "committee"
        )

    def get(self, request, *args, **kwargs):
        targets = [subscription_target(s).label for s in self.subscriptions()]
        return render(request, TEMPLATES + "unsubscribe.html", {"targets": targets})

    def post(self, request, *args, **kwargs):
        # Deleted, not flagged: the address is kept for nothing once the reader says stop.
        self.subscriptions().delete()
        return render(request, TEMPLATES + "unsubscribed.html")
