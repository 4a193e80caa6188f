"""Create the ``clerk`` group with exactly what a griffie clerk needs.

Clerks register and edit the register's data and record fulfilments. They may not delete
commitments or events (history is the point), nor touch users and groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CLERK_GROUP = "clerk"

CLERK_PERMISSIONS = {
    "commitment": ["view", "add", "change"],
    "commitmentevent": ["view"],
    "fulfilment": ["view", "add", "change", "delete"],
    "document": ["view", "add", "change"],
    "dossier": ["view", "add", "change"],
    "meeting": ["view", "add", "change"],
    "meetingsession": ["view", "add", "change", "delete"],
    "meetingdocument": ["view", "add", "change", "delete"],
    "debate": ["view", "add", "change"],
    "person": ["view", "add", "change"],
    "ministry": ["view", "add", "change"],
    "committee": ["view", "add", "change"],
}


def create_clerk_group(apps, schema_editor):
    # Permissions are normally created after all migrations; the group needs them now.
    app_config = apps.get_app_config("commitments")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=CLERK_GROUP)
    codenames = [
        f"{action}_{model}" for model, actions in CLERK_PERMISSIONS.items() for action in actions
    ]
    permissions = Permission.objects.filter(
        content_type__app_label="commitments", codename__in=codenames
    )
    group.permissions.set(permissions)


def remove_clerk_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=CLERK_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("commitments", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_clerk_group, remove_clerk_group)]
