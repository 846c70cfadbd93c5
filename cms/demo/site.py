"""The top of the demo site tree: the home page and the two index pages."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SectionPageSpec:
    title: str
    slug: str
    intro: str
    search_description: str
    published: date


HOME = SectionPageSpec(
    title="Home",
    slug="home",
    intro=(
        "<p>We are a small software company, and this is where we explain the words we use at "
        "work. The <b>glossary</b> defines the terms behind modern web products, from APIs and "
        "caching to CI/CD, in plain language. The <b>blog</b> shares what we learn building "
        "software for finance, trading and publishing teams.</p>"
    ),
    search_description="A software company's glossary of development terms and its engineering blog.",
    published=date(2024, 1, 8),
)

GLOSSARY_INDEX = SectionPageSpec(
    title="Glossary",
    slug="glossary",
    intro=(
        "<p>Plain-language definitions of the software terms our teams use every day. Each entry "
        "explains what the term means, why teams use it and where it shows up in real "
        "products.</p>"
    ),
    search_description="Software development terms explained in plain language, from A to Z.",
    published=date(2024, 1, 8),
)

BLOG_INDEX = SectionPageSpec(
    title="Blog",
    slug="blog",
    intro=(
        "<p>Notes from our engineers and designers on building software for financial firms, "
        "trading desks and content teams.</p>"
    ),
    search_description="Articles on backend engineering, fintech and design from our team.",
    published=date(2024, 1, 8),
)

# Glossary slugs shown on the home page, in this order.
FEATURED_TERMS = ("backend-software-development", "api", "headless-cms", "ci-cd")

WELCOME_PAGE_TITLE = "Welcome to your new Wagtail site!"
