"""Made-up glossary entries and articles in any number, for the benchmark (`generate_content`).

Everything comes from one `random.Random(seed)`, so a seed always gives the same titles,
bodies, block ids, dates, aliases, tags and related terms. The specs reuse the demo's
`TermSpec`, `ArticleSpec` and stream builders: links to other entries are
`{{term:<slug>|<text>}}` placeholders and images are `ImageRef`s, filled in once the
pages and images exist.
"""

import random
import uuid
from datetime import date, timedelta
from itertools import product

from django.utils.text import slugify

from cms.demo.articles import ArticleSpec, AuthorSpec
from cms.demo.images import ImageSpec
from cms.demo.streams import advantages, applications, callout, code, conclusion, definition, image, quote, section
from cms.demo.terms import TermSpec

QUALIFIERS = [
    "Distributed",
    "Event-Driven",
    "Serverless",
    "Reactive",
    "Immutable",
    "Incremental",
    "Asynchronous",
    "Declarative",
    "Federated",
    "Stateless",
    "Adaptive",
    "Containerised",
    "Edge",
    "Headless",
    "Modular",
    "Observable",
    "Resilient",
    "Concurrent",
    "Embedded",
    "Elastic",
    "Idempotent",
    "Versioned",
    "Encrypted",
    "Zero-Downtime",
]
SUBJECTS = [
    "Cache",
    "Queue",
    "Schema",
    "Gateway",
    "Pipeline",
    "Index",
    "Ledger",
    "Scheduler",
    "Registry",
    "Proxy",
    "Cluster",
    "Replica",
    "Workflow",
    "Session",
    "Token",
    "Stream",
    "Buffer",
    "Compiler",
    "Runtime",
    "Router",
    "Webhook",
    "Snapshot",
    "Tenant",
    "Feature-Flag",
]
KINDS = [
    "Pattern",
    "Protocol",
    "Strategy",
    "Architecture",
    "Model",
    "Layer",
    "Service",
    "Framework",
    "Policy",
    "Engine",
    "Testing",
    "Migration",
]
# For `make bench SCALE=20000`: 24 more kinds make 20,736 titles.
GROWTH_KINDS = [
    "Adapter",
    "Handshake",
    "Contract",
    "Format",
    "Topology",
    "Lifecycle",
    "Interface",
    "Toolkit",
    "Standard",
    "Benchmark",
    "Audit",
    "Budget",
    "Catalogue",
    "Dashboard",
    "Library",
    "Manifest",
    "Monitor",
    "Operator",
    "Platform",
    "Runbook",
    "Sandbox",
    "Specification",
    "Template",
    "Validator",
]
WORDS = [
    "request",
    "response",
    "server",
    "client",
    "database",
    "query",
    "index",
    "cache",
    "latency",
    "throughput",
    "deployment",
    "container",
    "service",
    "contract",
    "schema",
    "version",
    "release",
    "rollback",
    "replica",
    "partition",
    "consistency",
    "failure",
    "retry",
    "timeout",
    "queue",
    "message",
    "event",
    "consumer",
    "producer",
    "token",
    "session",
    "secret",
    "audit",
    "metric",
    "trace",
    "log",
    "alert",
    "budget",
    "team",
    "customer",
    "product",
    "platform",
    "interface",
    "boundary",
    "dependency",
    "module",
    "library",
    "runtime",
    "memory",
    "storage",
    "network",
]
DOMAINS = [
    "E-commerce",
    "Fintech",
    "Healthcare",
    "Logistics",
    "Media",
    "Education",
    "Gaming",
    "Travel",
    "Insurance",
    "Telecoms",
]
LANGUAGES = ("python", "sql", "bash", "json", "yaml", "javascript", "go")
ANGLES = ("a practical guide", "lessons from production", "what to measure", "common mistakes", "a checklist")
TAGS = tuple(word for word in WORDS[:30])
START = date(2020, 1, 1)
SPAN_DAYS = 5 * 365

AUTHORS = [
    AuthorSpec("Alex Moreau", "Platform Engineer", "generated-author-1"),
    AuthorSpec("Sam Okoye", "Backend Engineer", "generated-author-2"),
    AuthorSpec("Jun Park", "Site Reliability Engineer", "generated-author-3"),
]
IMAGES = {
    **{
        f"generated-hero-{n}": ImageSpec(f"Generated hero {n}", "hero", f"Article {n}", colors)
        for n, colors in enumerate((("#0f766e", "#1e3a8a"), ("#7c3aed", "#db2777"), ("#b45309", "#be123c")), 1)
    },
    **{
        spec.photo: ImageSpec(f"Generated portrait of {spec.name}", "portrait", spec.name[:1], ("#0ea5e9", "#1d4ed8"))
        for spec in AUTHORS
    },
    "generated-diagram": ImageSpec(
        "Generated diagram: a client, a gateway and two services",
        "diagram",
        "Request path",
        ("#eff6ff", "#dbeafe"),
        (("Client",), ("Gateway",), ("Service A", "Service B")),
    ),
}
HEROES = tuple(key for key in IMAGES if key.startswith("generated-hero-"))


class Writer:
    """Sentences and ids from one random stream; mentions of other entries become placeholders."""

    def __init__(self, rng):
        self.rng = rng

    def block_id(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def sentence(self, mention=None):
        words = self.rng.choices(WORDS, k=self.rng.randint(10, 18))
        if mention is not None:
            words.insert(self.rng.randint(1, len(words) - 1), f"{{{{term:{mention.slug}|{mention.title}}}}}")
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def paragraph(self, mentions=()):
        sentences = [self.sentence() for _ in range(self.rng.randint(2, 4))]
        sentences += [self.sentence(mention) for mention in mentions]
        return " ".join(sentences)

    def heading(self):
        return " ".join(self.rng.choices(WORDS, k=3)).capitalize()

    def with_ids(self, block):
        """The stored JSON form with fixed ids, so two runs store byte-identical bodies."""
        value = dict(block["value"])
        if "items" in value:
            value["items"] = [{**item, "id": self.block_id()} for item in value["items"]]
        return {"type": block["type"], "value": value, "id": self.block_id()}

    def extras(self, number, mentions):
        """Every shared block kind, each on a different share of the pages."""
        blocks = [section(self.heading(), self.paragraph(mentions[:1]), self.paragraph())]
        if number % 3 == 0:
            source = "\n".join(" ".join(self.rng.choices(WORDS, k=6)) for _ in range(6))
            blocks.append(code(self.rng.choice(LANGUAGES), source))
        if number % 4 == 1:
            blocks.append(quote(self.paragraph(), self.rng.choice(AUTHORS).name))
        if number % 4 == 2:
            blocks.append(callout(self.rng.choice(("info", "tip", "warning")), self.heading(), self.paragraph()))
        if number % 5 == 0:
            blocks.append(
                image("generated-diagram", "A client calling a gateway in front of two services", "How it fits")
            )
        blocks.append(conclusion(self.paragraph(mentions[1:2])))
        return blocks


def term_titles(rng, count):
    """`count` distinct titles; up to 6,912 from the first kinds alone, as every run before the
    growth run's kinds were added, so the same seed still gives those runs the same titles."""
    combinations = list(product(QUALIFIERS, SUBJECTS, KINDS))
    more = list(product(QUALIFIERS, SUBJECTS, GROWTH_KINDS))
    if count > len(combinations) + len(more):
        raise ValueError(f"At most {len(combinations) + len(more)} generated terms.")
    if count <= len(combinations):
        chosen = rng.sample(combinations, count)
    else:
        chosen = rng.sample(combinations, len(combinations)) + rng.sample(more, count - len(combinations))
    return [" ".join(words) for words in chosen]


def published(rng):
    return START + timedelta(days=rng.randrange(SPAN_DAYS))


def build_terms(rng, count):
    titles = term_titles(rng, count)
    stubs = [TermSpec(title, slugify(title), "", [], START, START) for title in titles]
    terms = []
    writer = Writer(rng)
    for number, title in enumerate(titles):
        related = rng.sample(stubs, min(4, count - 1)) if count > 1 else []
        related = [stub for stub in related if stub.title != title][:3]
        qualifier, subject, kind = title.split()
        body = [
            definition(writer.paragraph(related[:1]), writer.paragraph()),
            advantages(*((writer.heading(), writer.paragraph()) for _ in range(3))),
            applications(*((domain, writer.paragraph()) for domain in rng.sample(DOMAINS, 3))),
            *writer.extras(number, related[1:]),
        ]
        day = published(rng)
        terms.append(
            TermSpec(
                title=title,
                slug=slugify(title),
                summary=f"{title}: {writer.sentence()}"[:300],
                body=[writer.with_ids(block) for block in body],
                published=day,
                last_reviewed=day,
                aliases=(f"{qualifier} {subject}", f"{subject} {kind}")[: 1 + number % 2],
                related=tuple(stub.slug for stub in related),
            )
        )
    return terms


def build_articles(rng, count, terms):
    writer = Writer(rng)
    articles = []
    for number in range(count):
        mentions = rng.sample(terms, min(3, len(terms)))
        subject = mentions[0].title if mentions else writer.heading()
        title = f"{subject}: {rng.choice(ANGLES)} ({number + 1})"
        body = [section(writer.heading(), writer.paragraph(mentions[:1])), *writer.extras(number, mentions[1:])]
        articles.append(
            ArticleSpec(
                title=title,
                slug=slugify(title),
                date=published(rng),
                intro=writer.paragraph()[:500],
                hero_image=HEROES[number % len(HEROES)],
                body=[writer.with_ids(block) for block in body],
                authors=tuple(spec.name for spec in rng.sample(AUTHORS, rng.randint(1, 2))),
                tags=tuple(rng.sample(TAGS, 3)),
                related=tuple(term.slug for term in mentions),
            )
        )
    return articles


def build(seed, terms, articles):
    """(term specs, article specs) for a seed: the same seed gives equal specs."""
    rng = random.Random(seed)  # noqa: S311  reproducible, not secret
    term_specs = build_terms(rng, terms)
    return term_specs, build_articles(rng, articles, term_specs)
