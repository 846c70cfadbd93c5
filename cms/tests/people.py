from django.contrib.auth.models import Group, User


def member(username, group_name):
    """A user in one of the editorial groups."""
    user = User.objects.create_user(username, f"{username}@example.com", "pass")
    user.groups.add(Group.objects.get(name=group_name))
    return user
