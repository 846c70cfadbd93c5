"""`manage.py connect_frontend`: the webhook endpoint of a front-end's revalidation route, created
or brought back to what the arguments say (every page event, every page type, active)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.models.webhooks import WebhookEndpoint

DEFAULT_NAME = "Front-end revalidation"
OPTIONS = {"url": "--revalidate-url", "secret": "--secret", "name": "--name"}


class Command(BaseCommand):
    help = (
        "Create or update the webhook endpoint a front-end's revalidation route receives: every page "
        "event, of every page type, signed with the given secret. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--revalidate-url", required=True, help="The route's URL (http or https).")
        parser.add_argument(
            "--secret", required=True, help="The secret the route verifies signatures with (whsec_ and base64)."
        )
        parser.add_argument(
            "--name", default=DEFAULT_NAME, help="The endpoint's name, which identifies it (default: %(default)s)."
        )

    def handle(self, *args, revalidate_url, secret, name, **options):
        with transaction.atomic():
            endpoint = WebhookEndpoint.objects.select_for_update().filter(name=name).first()
            created = endpoint is None
            endpoint = endpoint or WebhookEndpoint(name=name)
            wanted = {"url": revalidate_url, "secret": secret, "active": True}
            wanted |= dict.fromkeys(WebhookEndpoint.EVENT_FLAGS.values(), True)
            changed = created or any(getattr(endpoint, field) != value for field, value in wanted.items())
            for field, value in wanted.items():
                setattr(endpoint, field, value)
            try:
                endpoint.full_clean()
            except ValidationError as error:
                raise CommandError(
                    "; ".join(
                        f"{OPTIONS.get(field, field)}: {' '.join(dict.fromkeys(messages))}"
                        for field, messages in error.message_dict.items()
                    )
                ) from None
            if changed:
                endpoint.save()
            if endpoint.page_types.exists():
                endpoint.page_types.clear()
                changed = True
        verb = "Created" if created else "Updated" if changed else "Unchanged"
        self.stdout.write(f'{verb}: webhook endpoint "{name}" -> {revalidate_url}, every page event.')
