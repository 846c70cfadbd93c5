from datetime import timedelta

from django.utils import timezone


def make_due(revision):
    """The go-live time has come: as approved and as stored in the scheduled revision, it is now past."""
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
