"""Pages as readers see them: Wagtail's own view, with the route found from the tree."""

from wagtail import views as wagtail_views

from cms.pages.fast_paths.tree import route_for_request


def serve(request, path):
    """`wagtail.views.serve`, given the route `route_for_request` finds without Wagtail's
    queries for the Site, the active Locale and the home page."""
    route_for_request(request, path)
    return wagtail_views.serve(request, path)
