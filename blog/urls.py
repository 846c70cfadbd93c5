from django.urls import path

from .feeds import BlogAtomFeed, BlogRssFeed

# Fixed feed URLs, whatever the blog's slug.
urlpatterns = [
    path("blog/feed/rss/", BlogRssFeed(), name="blog_feed_rss"),
    path("blog/feed/atom/", BlogAtomFeed(), name="blog_feed_atom"),
]
