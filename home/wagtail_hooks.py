"""The admin hooks of what spans this site's content apps: the dashboard's "Recently published" panel."""

from wagtail import hooks

from .dashboard import add_recently_published_panel

hooks.register("construct_homepage_panels", add_recently_published_panel)
