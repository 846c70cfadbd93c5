import datetime

import factory
from factory.django import DjangoModelFactory

from wagtail_factories import PageFactory

from .models import Author, BlogIndexPage, BlogPage


def blog_body(words=40):
    return [
        {
            "type": "section",
            "value": {"heading": "Background", "text": "<p>" + " ".join(["word"] * (words - 1)) + "</p>"},
        }
    ]


class AuthorFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Author {n}")
    role = "Engineer"

    class Meta:
        model = Author


class BlogIndexPageFactory(PageFactory):
    title = "Blog"
    slug = "blog"

    class Meta:
        model = BlogIndexPage


class BlogPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))
    intro = factory.LazyAttribute(lambda page: f"What {page.title} is about.")
    body = factory.LazyFunction(blog_body)

    class Meta:
        model = BlogPage
