"""The demo glossary: Backend Software Development (after the reference page) and the
terms around it.

Rich text may link to another term with `{{term:<slug>|<text>}}`; related terms and
links name terms by slug, and the loader resolves them once every term exists.
"""

from dataclasses import dataclass
from datetime import date

from cms.demo.streams import (
    advantages,
    applications,
    callout,
    code,
    conclusion,
    definition,
    image,
    quote,
    section,
)


@dataclass(frozen=True)
class TermSpec:
    title: str
    slug: str
    summary: str
    body: list
    published: date
    last_reviewed: date
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()


BACKEND_SOFTWARE_DEVELOPMENT = TermSpec(
    title="Backend Software Development",
    slug="backend-software-development",
    summary=(
        "Building and running the server side of an application: the code, databases and "
        "services that store data, apply business rules and answer the requests the user "
        "interface sends."
    ),
    published=date(2024, 3, 19),
    last_reviewed=date(2024, 3, 19),
    aliases=("Back-end development", "Backend development", "Server-side development"),
    related=("frontend-development", "api", "database", "microservices"),
    body=[
        definition(
            "Backend software development, often shortened to back-end development, covers "
            "everything that runs on the server side of an application or website. Developers "
            "design, build and look after the code, the {{term:database|databases}} and the server "
            "software that keep the product working.",
            "Frontend work shapes what people see and touch; the backend supplies what sits behind "
            "it. It holds the business logic, stores and manages the data, defines the overall "
            "architecture and lets the separate parts of a system exchange information.",
            "Backend developers write server code in languages such as Python, Java or Ruby, "
            "usually on a framework like Django, Spring Boot or Ruby on Rails, and keep data in "
            "systems such as PostgreSQL, MySQL or MongoDB. Their job is to keep the application "
            "stable, protect its data and connect it to outside services through "
            "{{term:api|APIs}}.",
        ),
        advantages(
            (
                "A foundation that can grow",
                "A carefully designed backend lets a product take on more users, be tuned for speed "
                "and absorb new requirements without starting over.",
            ),
            (
                "Teams that work in parallel",
                "With the server side kept apart from the interface, frontend and backend "
                "specialists can each move at their own pace, which shortens the road to release.",
            ),
            (
                "Security where it belongs",
                "Sensitive data stays on the server, guarded by {{term:authentication|authentication}}, "
                "encryption and access rules that a browser cannot get around.",
            ),
            (
                "Connections to other services",
                "The backend is where a product plugs into payment providers, social networks, "
                "cloud storage and other third-party services, gaining features nobody had to "
                "build in-house.",
            ),
        ),
        applications(
            (
                "E-commerce",
                "Online shops rely on it for the product catalogue, stock levels, the basket and taking payments.",
            ),
            (
                "Content management",
                "A content management system uses its backend to sign editors in, store what they "
                "write and move drafts through review to publication.",
            ),
            (
                "Business systems (ERP, CRM, HRMS)",
                "Enterprise resource planning, customer relationship and human resources systems "
                "all depend on a backend to store and process the records a company runs on.",
            ),
            (
                "Fintech and healthtech",
                "Financial and healthcare platforms, like many industry-specific products, need "
                "backends that handle sensitive records accurately and safely.",
            ),
        ),
        conclusion(
            "Backend software development is a core discipline of information technology: the "
            "design, construction and upkeep of the server side that applications and websites "
            "stand on. It puts working features, security and room to scale first.",
            "With the right languages, frameworks and databases, backend developers keep data in "
            "order, connect products to outside services and give them a sturdy structure. From "
            "online shops to enterprise software, nearly every digital business depends on this "
            "skill.",
        ),
    ],
)

OTHER_TERMS = [
    TermSpec(
        title="API",
        slug="api",
        summary=(
            "An application programming interface: a published set of requests one program "
            "can send another, and the answers it can expect back."
        ),
        published=date(2024, 1, 15),
        last_reviewed=date(2024, 3, 1),
        aliases=("Application Programming Interface", "Web API"),
        related=("rest", "webhook", "authentication"),
        body=[
            definition(
                "An API is a contract between two pieces of software. One side publishes the "
                "operations it offers, what each one needs as input and what it returns; the "
                "other side uses them without knowing how they work inside.",
                "On the web, an API is usually a set of HTTP addresses that accept and return "
                "JSON, often designed in the {{term:rest|REST}} style.",
                heading="What is an API?",
            ),
            section(
                "How a call works",
                "The client sends a request naming an operation and its parameters, usually with "
                "a key or token that proves who it is. The server checks the request, does the "
                "work and replies with data and a status code that says whether it succeeded.",
            ),
            advantages(
                (
                    "Reuse",
                    "One backend can serve a website, mobile apps and partners through the same API.",
                ),
                (
                    "Freedom to change",
                    "As long as the contract holds, the code behind it can be rewritten at will.",
                ),
            ),
            applications(
                (
                    "Payments",
                    "Shops take card payments by calling a payment provider's API instead of "
                    "handling card data themselves.",
                ),
                (
                    "Headless publishing",
                    "A {{term:headless-cms|headless CMS}} hands its content to websites and apps through an API.",
                ),
            ),
            conclusion(
                "APIs let software be assembled from parts that different teams, or different "
                "companies, build and run. A clear, stable API is one of the most valuable things "
                "a backend team can offer.",
            ),
        ],
    ),
    TermSpec(
        title="REST",
        slug="rest",
        summary=(
            "Representational State Transfer: a style for web APIs in which every resource has "
            "its own URL and clients act on it with the standard HTTP methods."
        ),
        published=date(2024, 1, 22),
        last_reviewed=date(2024, 2, 20),
        aliases=("Representational State Transfer", "RESTful API"),
        related=("api", "caching", "webhook"),
        body=[
            definition(
                "REST is an architectural style for {{term:api|APIs}} built on plain HTTP. Data "
                "is organised into resources, such as an article or an order, each reachable at "
                "its own URL.",
                "Clients read a resource with GET, create one with POST, replace or update it with "
                "PUT or PATCH and remove it with DELETE. Each request carries everything the server "
                "needs, so the server keeps no session state between calls.",
            ),
            code(
                "bash",
                """
# Read one glossary entry as JSON
curl -H "Accept: application/json" https://example.com/api/v2/pages/42/
""",
            ),
            advantages(
                (
                    "Familiar to everyone",
                    "It reuses HTTP methods, status codes and URLs that every developer and tool already understands.",
                ),
                (
                    "Friendly to caches",
                    "Responses to GET requests can be stored by browsers, proxies and CDNs, which "
                    "takes load off the server.",
                ),
            ),
            applications(
                ("Public APIs", "Most public web APIs, from maps to payments, follow the REST style."),
                (
                    "Mobile backends",
                    "Apps fetch and update their data through REST endpoints on the server.",
                ),
            ),
            conclusion(
                "REST is popular because it is simple: resources, URLs and the HTTP verbs. Used "
                "consistently, it gives clients an API they can guess their way around.",
            ),
        ],
    ),
    TermSpec(
        title="Database",
        slug="database",
        summary=(
            "An organised store of data that software can query and change safely, even when "
            "many users work with it at once."
        ),
        published=date(2024, 1, 29),
        last_reviewed=date(2024, 3, 4),
        aliases=("DBMS", "Database management system"),
        related=("orm", "caching", "backend-software-development"),
        body=[
            definition(
                "A database keeps an application's data and lets programs search and change it "
                "without losing or corrupting anything. The software that runs it, the database "
                "management system, handles storage, concurrent access and recovery after a crash.",
                "Relational databases such as PostgreSQL and MySQL arrange data in tables and are "
                "queried with SQL; document stores such as MongoDB keep JSON-like records instead.",
                heading="What is a database?",
            ),
            code(
                "sql",
                """
SELECT title, last_published_at
FROM wagtailcore_page
WHERE live
ORDER BY last_published_at DESC
LIMIT 5;
""",
            ),
            advantages(
                (
                    "Consistency",
                    "Transactions make a group of changes happen completely or not at all.",
                ),
                (
                    "Fast answers",
                    "Indexes let the database find a few rows among millions in milliseconds.",
                ),
            ),
            applications(
                ("Online shops", "Orders, stock and customer accounts all live in a database."),
                (
                    "Content sites",
                    "A CMS keeps pages, revisions and images in its database.",
                ),
            ),
            conclusion(
                "Almost every application has a database at its heart. Choosing the right kind, "
                "and designing its tables well, shapes how fast and reliable the whole product is.",
            ),
        ],
    ),
    TermSpec(
        title="ORM",
        slug="orm",
        summary=(
            "Object-relational mapping: a library that lets code work with database rows as "
            "ordinary objects, writing the SQL for the developer."
        ),
        published=date(2024, 2, 5),
        last_reviewed=date(2024, 3, 4),
        aliases=("Object-relational mapping", "Object-relational mapper"),
        related=("database", "backend-software-development"),
        body=[
            definition(
                "An ORM connects the objects in a program to the tables in a relational "
                "{{term:database|database}}. Developers define classes, and the ORM turns reading "
                "and saving those objects into SQL queries.",
                "Django's ORM, SQLAlchemy, Hibernate and ActiveRecord are well-known examples.",
                heading="What is an ORM?",
            ),
            code(
                "python",
                """
# Django: the newest five live glossary entries, without writing SQL
from glossary.models import GlossaryPage

latest = GlossaryPage.objects.live().order_by("-first_published_at")[:5]
""",
            ),
            advantages(
                (
                    "Less repetitive code",
                    "Common queries take one line, and the same code runs on several database engines.",
                ),
                (
                    "Safer queries",
                    "Values are passed as parameters, which protects against SQL injection.",
                ),
            ),
            applications(
                (
                    "Web frameworks",
                    "Django and Rails build their admin screens and forms on top of their ORM.",
                ),
                (
                    "Schema migrations",
                    "ORMs generate the changes needed when a model gains or loses a field.",
                ),
            ),
            conclusion(
                "An ORM speeds up everyday database work. For the rare heavy query it is still "
                "worth reading the SQL it produces, or writing that query by hand.",
            ),
        ],
    ),
    TermSpec(
        title="Caching",
        slug="caching",
        summary=(
            "Keeping a copy of data or a finished result close at hand, so later requests are "
            "answered without repeating slow work."
        ),
        published=date(2024, 2, 12),
        last_reviewed=date(2024, 3, 8),
        aliases=("Cache", "Cache invalidation"),
        related=("database", "load-balancer", "rest"),
        body=[
            definition(
                "Caching saves the result of an expensive operation, such as a "
                "{{term:database|database}} query or a rendered page, and hands out the saved copy "
                "while it is still valid.",
                "Caches sit at every level: in the browser, in a CDN, in a shared store such as "
                "Redis and inside the application itself.",
            ),
            quote(
                "There are only two hard things in Computer Science: cache invalidation and naming things.",
                "Phil Karlton",
            ),
            section(
                "Knowing when to forget",
                "A cache is only useful while its copy is correct. Common strategies are to expire "
                "entries after a fixed time, or to delete them the moment the underlying data "
                "changes, for example when a page is published.",
            ),
            advantages(
                (
                    "Speed",
                    "A cached answer comes back in a fraction of the time the original work takes.",
                ),
                (
                    "Lower cost",
                    "Fewer requests reach the application servers and the database.",
                ),
            ),
            applications(
                ("Websites", "Pages for anonymous readers are cached and refreshed on publish."),
                ("APIs", "Popular responses are served from a CDN close to the client."),
            ),
            conclusion(
                "Caching is one of the cheapest ways to make a system faster, as long as the team "
                "has a clear plan for keeping cached data fresh.",
            ),
        ],
    ),
    TermSpec(
        title="Microservices",
        slug="microservices",
        summary=(
            "An architecture that splits an application into small services, each owning one "
            "business capability and talking to the others over the network."
        ),
        published=date(2024, 2, 19),
        last_reviewed=date(2024, 3, 11),
        aliases=("Microservice architecture",),
        related=("api", "load-balancer", "ci-cd", "backend-software-development"),
        body=[
            definition(
                "In a microservice architecture, an application is made of separate services such "
                "as orders, payments or the catalogue. Each has its own code and data, is deployed "
                "on its own and offers its features to the others through an {{term:api|API}}.",
                "The opposite is a monolith, where all features ship together as one program.",
                heading="What are microservices?",
            ),
            image(
                "diagram-microservices",
                "A web app and a mobile app send requests to an API gateway, which passes them to "
                "the orders, payments and catalogue services.",
                "Clients talk to one gateway; the gateway routes each request to the service that owns it.",
            ),
            advantages(
                (
                    "Independent releases",
                    "A team can ship its service without waiting for the rest of the application.",
                ),
                (
                    "Targeted scaling",
                    "Only the busy services need more instances, behind a {{term:load-balancer|load balancer}}.",
                ),
                (
                    "Contained failures",
                    "A fault in one service need not bring the whole product down.",
                ),
            ),
            applications(
                (
                    "Large platforms",
                    "Streaming, retail and ride-hailing platforms run hundreds of services.",
                ),
                (
                    "Growing products",
                    "Teams often split a monolith gradually, starting with its busiest part.",
                ),
            ),
            conclusion(
                "Microservices trade simplicity for independence. They pay off for large teams and "
                "uneven load, but bring network calls, monitoring and deployment work that a small "
                "product may not need.",
            ),
        ],
    ),
    TermSpec(
        title="Authentication",
        slug="authentication",
        summary=(
            "Checking that a user or a program really is who it claims to be, before it is allowed to do anything."
        ),
        published=date(2024, 2, 26),
        last_reviewed=date(2024, 3, 12),
        aliases=("AuthN", "Sign-in"),
        related=("api", "backend-software-development", "webhook"),
        body=[
            definition(
                "Authentication answers the question <i>who are you?</i> A person proves it with "
                "a password, a passkey or a one-time code; a program proves it with an API key, a "
                "token or a signed request.",
                "It comes before <b>authorisation</b>, which decides what that identity may do.",
            ),
            callout(
                "warning",
                "Never store passwords",
                "Store only a slow, salted hash of each password, made with an algorithm such as "
                "PBKDF2, bcrypt or Argon2, so a leaked database does not leak passwords.",
            ),
            advantages(
                (
                    "Protected data",
                    "Only the right people and programs can reach private information.",
                ),
                (
                    "Accountability",
                    "Every change can be traced to the account that made it.",
                ),
            ),
            applications(
                ("Web applications", "Sign-in pages, sessions and multi-factor checks."),
                (
                    "APIs",
                    "Clients send a token with every request to an {{term:api|API}}.",
                ),
            ),
            conclusion(
                "Authentication is the front door of every application. Use well-tested libraries "
                "and standards such as OAuth 2.0 and OpenID Connect rather than inventing your own.",
            ),
        ],
    ),
    TermSpec(
        title="Load Balancer",
        slug="load-balancer",
        summary=(
            "A server or service that spreads incoming requests across several application "
            "servers, so no single one is overwhelmed."
        ),
        published=date(2024, 3, 4),
        last_reviewed=date(2024, 3, 15),
        aliases=("Load balancing",),
        related=("microservices", "caching", "backend-software-development"),
        body=[
            definition(
                "A load balancer receives the traffic for an application and forwards each request "
                "to one of several identical servers behind it, using rules such as round robin or "
                "fewest active connections.",
                "It also checks the health of those servers and stops sending traffic to any that fail to respond.",
                heading="What is a load balancer?",
            ),
            image(
                "diagram-load-balancer",
                "Requests from clients go to a load balancer, which passes them on to server 1, server 2 or server 3.",
                "One address for clients, many servers behind it.",
            ),
            advantages(
                (
                    "Room to grow",
                    "Add servers behind the balancer as traffic rises, with no change for clients.",
                ),
                (
                    "No single point of failure",
                    "If one server stops, the others carry on serving requests.",
                ),
            ),
            applications(
                (
                    "Web applications",
                    "Stateless web processes run side by side behind a balancer.",
                ),
                (
                    "Zero-downtime releases",
                    "Servers are taken out of rotation one at a time while they are upgraded.",
                ),
            ),
            conclusion(
                "A load balancer is usually the first step from one server to many. It works best "
                "when the servers behind it keep no state of their own.",
            ),
        ],
    ),
    TermSpec(
        title="Webhook",
        slug="webhook",
        summary=(
            "An HTTP request a system sends to a URL you registered, to tell you that something "
            "happened, such as a payment or a page being published."
        ),
        published=date(2024, 3, 11),
        last_reviewed=date(2024, 3, 18),
        aliases=("Web callback", "HTTP callback"),
        related=("api", "rest", "headless-cms"),
        body=[
            definition(
                "A webhook reverses the usual direction of an {{term:api|API}} call: instead of a "
                "client asking again and again whether anything changed, the server sends a POST "
                "request to the client's URL as soon as an event occurs.",
                "The request body describes the event, usually as JSON.",
                heading="What is a webhook?",
            ),
            code(
                "python",
                """
import hashlib
import hmac


def is_genuine(secret: bytes, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
""",
            ),
            callout(
                "tip",
                "Verify, then acknowledge",
                "Check the signature before trusting a webhook, answer quickly with a 2xx status "
                "and do slow work in the background; senders retry when they get no answer.",
            ),
            advantages(
                ("Timely", "Receivers learn about changes within seconds."),
                ("Efficient", "No polling: requests are only sent when something happens."),
            ),
            applications(
                ("Payments", "A payment provider reports settled or failed payments."),
                (
                    "Publishing",
                    "A {{term:headless-cms|headless CMS}} tells the front-end to rebuild a page.",
                ),
            ),
            conclusion(
                "Webhooks keep systems in step without constant polling. Sign them, retry them and "
                "make receivers safe to call twice.",
            ),
        ],
    ),
    TermSpec(
        title="Headless CMS",
        slug="headless-cms",
        summary=(
            "A content management system that stores and edits content but leaves its display to "
            "other applications, which fetch it through an API."
        ),
        published=date(2024, 3, 14),
        last_reviewed=date(2024, 3, 18),
        aliases=("Decoupled CMS", "Headless content management system"),
        related=("api", "frontend-development", "webhook"),
        body=[
            definition(
                "A traditional CMS both manages content and renders the website. A headless CMS "
                "keeps only the first job: editors write and publish in its admin, and websites, "
                "apps or screens ask for the content through an {{term:api|API}}.",
                "Many systems, Wagtail among them, can do both: render their own pages and serve "
                "the same content as JSON.",
                heading="What is a headless CMS?",
            ),
            section(
                "Previewing without a website",
                "Because the CMS does not render the final page, previews need help from the "
                "front-end: the CMS sends the draft, or a token to fetch it, to the front-end, "
                "which shows it exactly as readers will see it.",
            ),
            callout(
                "info",
                "Structured content travels further",
                "Content stored as fields and blocks, rather than one big blob of HTML, is easier "
                "to reuse on every channel.",
            ),
            advantages(
                (
                    "Any front-end",
                    "Teams choose their own framework for each channel.",
                ),
                (
                    "One source of truth",
                    "The same entry feeds the website, the app and partner integrations.",
                ),
            ),
            applications(
                (
                    "Multi-channel publishing",
                    "Websites, mobile apps and in-store screens share one content store.",
                ),
                (
                    "Static sites",
                    "A static site generator pulls content at build time and rebuilds on {{term:webhook|webhooks}}.",
                ),
            ),
            conclusion(
                "A headless CMS separates writing from presenting. It suits teams with several "
                "channels or a dedicated front-end team, at the cost of building the display layer "
                "themselves.",
            ),
        ],
    ),
    TermSpec(
        title="CI/CD",
        slug="ci-cd",
        summary=(
            "Continuous integration and continuous delivery: every change is built and tested "
            "automatically, and can be released at any moment."
        ),
        published=date(2024, 3, 6),
        last_reviewed=date(2024, 3, 14),
        aliases=("Continuous integration", "Continuous delivery", "Continuous deployment"),
        related=("microservices", "backend-software-development"),
        body=[
            definition(
                "<b>Continuous integration</b> means developers merge small changes often, and a "
                "server builds the code and runs the tests on each one. <b>Continuous "
                "delivery</b> goes further: every change that passes is packaged and ready to "
                "release, and with continuous deployment it is released automatically.",
            ),
            code(
                "yaml",
                """
# A minimal pipeline: lint and test every push
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make lint
      - run: make test
""",
            ),
            advantages(
                (
                    "Problems found early",
                    "A failing test points at the small change that broke it.",
                ),
                (
                    "Routine releases",
                    "Shipping becomes a button, or no button at all, rather than an event.",
                ),
            ),
            applications(
                (
                    "Web products",
                    "Teams deploy several times a day with confidence.",
                ),
                (
                    "Microservices",
                    "Each {{term:microservices|service}} has its own pipeline and release pace.",
                ),
            ),
            conclusion(
                "CI/CD turns building, testing and releasing into an automated habit, so teams "
                "spend their time on the product rather than on the release process.",
            ),
        ],
    ),
    TermSpec(
        title="Frontend Development",
        slug="frontend-development",
        summary=(
            "Building the part of an application that people see and use: its layout, its "
            "interactions and how it talks to the backend."
        ),
        published=date(2024, 3, 18),
        last_reviewed=date(2024, 3, 18),
        aliases=("Front-end development", "Client-side development"),
        related=("backend-software-development", "headless-cms", "api"),
        body=[
            definition(
                "Frontend development is the work on the user interface of a website or app. "
                "Developers turn designs into HTML, CSS and JavaScript, make the interface "
                "accessible and responsive, and fetch data from the "
                "{{term:backend-software-development|backend}}.",
            ),
            advantages(
                (
                    "Better experience",
                    "Fast, clear and accessible screens keep people using the product.",
                ),
                (
                    "Freedom to redesign",
                    "With the logic on the server, the interface can change without touching it.",
                ),
            ),
            applications(
                ("Websites", "Marketing sites, shops and publications."),
                ("Web applications", "Dashboards, banking apps and editors that run in the browser."),
            ),
            conclusion(
                "Frontend and backend are two halves of one product: the frontend is what people "
                "judge it by, the backend is what keeps that promise.",
            ),
        ],
    ),
]

TERMS = [BACKEND_SOFTWARE_DEVELOPMENT, *OTHER_TERMS]
