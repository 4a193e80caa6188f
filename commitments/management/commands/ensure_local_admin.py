import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

CHANGEPASSWORD = ".venv/bin/python manage.py changepassword"


class Command(BaseCommand):
    help = "Create a local superuser 'admin' with a printed random password if none exists."

    def handle(self, *args, **options):
        if settings.PRODUCTION:
            raise CommandError("Refusing to create a default admin in production.")
        User = get_user_model()
        superuser = User.objects.filter(is_superuser=True).order_by("pk").first()
        if superuser:
            self.stdout.write(
                f"A superuser exists already; nothing created. Forgotten its password? "
                f"{CHANGEPASSWORD} {superuser.get_username()}"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@localhost", password)
        self.stdout.write(
            self.style.SUCCESS(f"Created superuser 'admin' with password: {password}")
        )
        self.stdout.write(f"Change it with: {CHANGEPASSWORD} admin")
