"""The demo accounts, one per role, with fixed passwords so a newcomer can sign in.

These passwords are published in the docs and printed by `load_demo_content`: they are
for a local demo database only, never for a site anyone else can reach.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms.editorial.roles import EDITORS, REVIEWERS


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    email: str
    first_name: str
    last_name: str
    role: str
    group: str | None = None
    is_superuser: bool = False

    @property
    def is_staff(self):
        """Only the superuser needs Django's own admin; Wagtail's admin goes by group."""
        return self.is_superuser


DEMO_USERS = [
    DemoUser(
        username="admin",
        password="admin-demo-pass",  # noqa: S106 - documented demo password
        email="admin@example.com",
        first_name="Ada",
        last_name="Admin",
        role="Administrator",
        is_superuser=True,
    ),
    DemoUser(
        username="editor",
        password="editor-demo-pass",  # noqa: S106 - documented demo password
        email="editor@example.com",
        first_name="Eddie",
        last_name="Editor",
        role="Editor",
        group=EDITORS,
    ),
    DemoUser(
        username="reviewer",
        password="reviewer-demo-pass",  # noqa: S106 - documented demo password
        email="reviewer@example.com",
        first_name="Rita",
        last_name="Reviewer",
        role="Reviewer",
        group=REVIEWERS,
    ),
]


def create_missing_users(demo_users=DEMO_USERS):
    """Creates the demo users that do not exist yet; existing accounts are left alone.

    Returns the usernames created and the groups that were missing (so the caller can warn).
    """
    user_model = get_user_model()
    created, missing_groups = [], []
    for demo in demo_users:
        if user_model.objects.filter(username=demo.username).exists():
            continue
        user = user_model.objects.create_user(
            username=demo.username,
            email=demo.email,
            password=demo.password,
            first_name=demo.first_name,
            last_name=demo.last_name,
            is_staff=demo.is_staff,
            is_superuser=demo.is_superuser,
        )
        if demo.group:
            group = Group.objects.filter(name=demo.group).first()
            if group is None:
                missing_groups.append(demo.group)
            else:
                user.groups.add(group)
        created.append(demo.username)
    return created, missing_groups
