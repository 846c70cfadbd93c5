"""What the glossary adds to API v2's pages listing (GlossaryPage.api_filters)."""

from rest_framework.filters import BaseFilterBackend

from wagtail.api.v2.utils import BadRequestError

from .alphabets import LETTERS
from .models import IDS_BY_LETTER


class LetterFilter(BaseFilterBackend):
    """`letter`: the entries the index lists under one A-Z heading."""

    query_parameters = ("letter",)

    def filter_queryset(self, request, queryset, view):
        if "letter" not in request.GET:
            return queryset
        letter = request.GET["letter"].upper()
        if letter not in LETTERS:
            raise BadRequestError("letter must be one letter from A to Z, or 0-9")
        return queryset.filter(pk__in=IDS_BY_LETTER.get().get(letter, []))
