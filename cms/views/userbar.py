"""Wagtail's user bar for a front-end's preview, at /api/userbar/.

A headless front-end cannot use the `{% wagtailuserbar %}` tag: its server fetches this
HTML and puts it in the page it renders in draft mode, as Wagtail's headless documentation
describes. It is rendered without the request, as for anyone: the link to the admin and
the accessibility checker, never what a user may do on a page. With no request, Wagtail
builds every URL in it (stylesheet, scripts, admin link, the origin the checker talks to)
from WAGTAILADMIN_BASE_URL, so it works on the front-end's host.
"""

from django.http import HttpResponse
from django.views.decorators.http import require_safe

from wagtail.admin.userbar import Userbar


@require_safe
def userbar(request):
    response = HttpResponse(Userbar().render_html({}))
    response["Cache-Control"] = "private, no-store"
    return response
