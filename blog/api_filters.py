"""What the blog adds to API v2's pages listing (BlogPage.api_filters)."""

from rest_framework.filters import BaseFilterBackend

from .models import BlogPage


class TagFilter(BaseFilterBackend):
    """`tag`: the articles with the tag of this slug."""

    query_parameters = ("tag",)

    def filter_queryset(self, request, queryset, view):
        if "tag" not in request.GET:
            return queryset
        return queryset.filter(pk__in=BlogPage.objects.filter(tags__slug=request.GET["tag"]).values("pk"))
