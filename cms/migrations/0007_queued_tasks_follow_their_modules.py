"""The worker's tasks moved from cms.tasks to cms.webhooks.tasks and cms.editorial.tasks: runs
already waiting in the queue are renamed, so the worker can still import them."""

from django.db import migrations

MOVED = {
    "cms.tasks.deliver_webhooks": "cms.webhooks.tasks.deliver_webhooks",
    "cms.tasks.publish_scheduled_pages": "cms.editorial.tasks.publish_scheduled_pages",
}


def rename(apps, schema_editor, moves):
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    for old, new in moves.items():
        DBTaskResult.objects.filter(task_path=old, status="READY").update(task_path=new)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0006_webhook_endpoints_http_only_whsec_secrets_deactivation"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: rename(apps, schema_editor, MOVED),
            lambda apps, schema_editor: rename(apps, schema_editor, {new: old for old, new in MOVED.items()}),
        ),
    ]
