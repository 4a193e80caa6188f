"""Rules a clerk (or a feed) could break, now held by the database.

- An attachment has no attachments of its own (a trigger, PostgreSQL and SQLite): the
  visibility rule checks a document and its parent, so a grandchild of a confidential
  Kamerstuk would have been public. Existing grandchildren are moved to their top-level
  Kamerstuk first, and become confidential when any document between was.
- Only a fulfilled commitment has a fulfilled_on (a check constraint); partly fulfilled
  ones that kept the date of an earlier fulfilment lose it first.
- Help texts saying which notes are public.

On SQLite a later migration that rebuilds commitments_document drops the triggers;
tests/test_trust.py checks that they exist after all migrations.
"""

import django.db.models.deletion
from django.db import migrations, models

TRIGGER_MESSAGE = "document_attachment_one_level: een bijlage heeft geen bijlagen"

POSTGRES_SQL = f"""
CREATE FUNCTION commitments_document_one_level() RETURNS trigger AS $$
DECLARE
    grandparent bigint;
BEGIN
    IF NEW.parent_id IS NULL THEN
        RETURN NEW;
    END IF;
    -- FOR SHARE: a concurrent transaction cannot make the parent an attachment meanwhile.
    SELECT parent_id INTO grandparent FROM commitments_document
        WHERE id = NEW.parent_id FOR SHARE;
    IF grandparent IS NOT NULL
       OR EXISTS (SELECT 1 FROM commitments_document WHERE parent_id = NEW.id) THEN
        RAISE EXCEPTION '{TRIGGER_MESSAGE}' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER commitments_document_one_level
    BEFORE INSERT OR UPDATE OF parent_id ON commitments_document
    FOR EACH ROW EXECUTE FUNCTION commitments_document_one_level();
"""
POSTGRES_REVERSE_SQL = """
DROP TRIGGER IF EXISTS commitments_document_one_level ON commitments_document;
DROP FUNCTION IF EXISTS commitments_document_one_level();
"""
SQLITE_CONDITION = """NEW.parent_id IS NOT NULL AND (
    (SELECT parent_id FROM commitments_document WHERE id = NEW.parent_id) IS NOT NULL
    OR EXISTS (SELECT 1 FROM commitments_document WHERE parent_id = NEW.id))"""
SQLITE_SQL = [
    f"""CREATE TRIGGER commitments_document_one_level_{event.split()[0].lower()}
    BEFORE {event} ON commitments_document WHEN {SQLITE_CONDITION}
    BEGIN SELECT RAISE(ABORT, '{TRIGGER_MESSAGE}'); END;"""
    for event in ("INSERT", "UPDATE OF parent_id")
]
SQLITE_REVERSE_SQL = [
    "DROP TRIGGER IF EXISTS commitments_document_one_level_insert;",
    "DROP TRIGGER IF EXISTS commitments_document_one_level_update;",
]


def repair_rows(apps, schema_editor):
    Commitment = apps.get_model("commitments", "Commitment")
    Document = apps.get_model("commitments", "Document")
    Commitment.objects.exclude(status="fulfilled").exclude(fulfilled_on=None).update(
        fulfilled_on=None
    )
    parents = dict(Document.objects.exclude(parent=None).values_list("id", "parent_id"))
    confidential = set(Document.objects.filter(is_confidential=True).values_list("id", flat=True))
    for document_id, parent_id in parents.items():
        if parent_id not in parents:
            continue  # one level: already right
        hidden, root = False, parent_id
        while root in parents:
            hidden = hidden or root in confidential
            root = parents[root]
        update = {"parent_id": root}
        if hidden:
            update["is_confidential"] = True
        Document.objects.filter(pk=document_id).update(**update)
    if schema_editor.connection.vendor == "postgresql":
        # Run the deferred foreign-key checks now: pending ones forbid the ALTER TABLEs below.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def create_trigger(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_SQL)
    elif vendor == "sqlite":
        for statement in SQLITE_SQL:
            schema_editor.execute(statement)


def drop_trigger(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_REVERSE_SQL)
    elif vendor == "sqlite":
        for statement in SQLITE_REVERSE_SQL:
            schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ('commitments', '0010_vlos_debate_report'),
    ]

    operations = [
        migrations.RunPython(repair_rows, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='commitment',
            name='feed_conflict',
            field=models.BooleanField(default=False, help_text='De open data meldt een andere status dan de griffie later besloot; zie de geschiedenis. Let op: de conflictmelding in de geschiedenis is openbaar (publieke pagina en API).', verbose_name='conflict met open data'),
        ),
        migrations.AlterField(
            model_name='commitment',
            name='notes',
            field=models.TextField(blank=True, help_text='Intern: alleen zichtbaar in het beheer, nooit op de site of in de API.', verbose_name='notities'),
        ),
        migrations.AlterField(
            model_name='commitmentevent',
            name='note',
            field=models.TextField(blank=True, help_text="Openbaar: deze toelichting staat in de geschiedenis op de publieke pagina en in de API. Schrijf hier niets vertrouwelijks; interne aantekeningen horen bij 'notities'.", verbose_name='toelichting'),
        ),
        migrations.AlterField(
            model_name='document',
            name='parent',
            field=models.ForeignKey(blank=True, help_text='Alleen een stuk dat zelf geen bijlage is; een bijlage heeft geen bijlagen.', limit_choices_to={'parent__isnull': True}, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='attachments', to='commitments.document', verbose_name='bijlage bij'),
        ),
        migrations.AlterField(
            model_name='historicalcommitment',
            name='feed_conflict',
            field=models.BooleanField(default=False, help_text='De open data meldt een andere status dan de griffie later besloot; zie de geschiedenis. Let op: de conflictmelding in de geschiedenis is openbaar (publieke pagina en API).', verbose_name='conflict met open data'),
        ),
        migrations.AlterField(
            model_name='historicalcommitment',
            name='notes',
            field=models.TextField(blank=True, help_text='Intern: alleen zichtbaar in het beheer, nooit op de site of in de API.', verbose_name='notities'),
        ),
        migrations.AlterField(
            model_name='historicaldocument',
            name='parent',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='Alleen een stuk dat zelf geen bijlage is; een bijlage heeft geen bijlagen.', limit_choices_to={'parent__isnull': True}, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='commitments.document', verbose_name='bijlage bij'),
        ),
        migrations.AddConstraint(
            model_name='commitment',
            constraint=models.CheckConstraint(condition=models.Q(('status', 'fulfilled'), ('fulfilled_on__isnull', True), _connector='OR'), name='commitment_fulfilled_on_only_when_fulfilled', violation_error_message='Alleen een voldane toezegging heeft een datum van voldoen.'),
        ),
        migrations.RunPython(create_trigger, drop_trigger),
    ]
