"""The admin's "Forgot password?" form, with a limit on the mails it sends.

At most PASSWORD_RESET_ADDRESS_LIMIT requests from one client address, and at most
PASSWORD_RESET_ACCOUNT_LIMIT mails to one account, per PASSWORD_RESET_WINDOW. Past either
limit the form answers as it always does ("if an account exists for this address, a link
has been emailed") and no mail goes out. The counts live in the shared cache, so every web
process sees them; the client address is read as django-axes reads it (TRUSTED_PROXY_COUNT).
"""

import logging

from axes.helpers import get_client_ip_address

from django.conf import settings
from django.core.cache import cache

from wagtail.admin.forms.auth import PasswordResetForm

logger = logging.getLogger(__name__)


def over_limit(key, limit):
    """Count one more event under `key` in this window; True once the count passes `limit`."""
    window = int(settings.PASSWORD_RESET_WINDOW.total_seconds())
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # the count expired since add(), or the cache is unreachable
        count = 1
    return count > limit


class ThrottledPasswordResetForm(PasswordResetForm):
    def save(self, *args, request=None, **kwargs):
        address = get_client_ip_address(request)
        if over_limit(f"password-reset:address:{address}", settings.PASSWORD_RESET_ADDRESS_LIMIT):
            logger.warning("Password reset from %s: no mail sent, over the limit for this address.", address)
            return
        super().save(*args, request=request, **kwargs)

    def get_users(self, email):
        for user in super().get_users(email):
            if over_limit(f"password-reset:account:{user.pk}", settings.PASSWORD_RESET_ACCOUNT_LIMIT):
                logger.warning("Password reset for user %s: no mail sent, over the limit for this account.", user.pk)
            else:
                yield user
