"""The demo blog: its authors and articles.

The first three titles are the "Recent Articles" of the reference glossary page; the
newest of them is the newest article overall, so the sidebar matches the reference.
"""

from dataclasses import dataclass
from datetime import date

from cms.demo.streams import callout, code, conclusion, image, quote, section


@dataclass(frozen=True)
class AuthorSpec:
    name: str
    role: str
    photo: str  # an image key in images.IMAGES


@dataclass(frozen=True)
class ArticleSpec:
    title: str
    slug: str
    date: date
    intro: str
    hero_image: str  # an image key in images.IMAGES
    body: list
    authors: tuple[str, ...]  # author names
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # glossary slugs


MAYA = AuthorSpec("Maya Lindqvist", "Backend Engineer", "author-maya")
TOMAS = AuthorSpec("Tomás Okafor", "UX/UI Designer", "author-tomas")
PRIYA = AuthorSpec("Priya Raman", "Solutions Architect", "author-priya")
AUTHORS = [MAYA, TOMAS, PRIYA]

ARTICLES = [
    ArticleSpec(
        title="How cloud call centers help Financial Firms?",
        slug="how-cloud-call-centers-help-financial-firms",
        date=date(2024, 3, 12),
        intro=(
            "Banks, lenders and insurers are moving their phone lines into the cloud. Here is what "
            "they gain, and what to check before signing up."
        ),
        hero_image="hero-cloud-call-centers",
        authors=(PRIYA.name,),
        tags=("cloud", "fintech"),
        related=("api", "microservices", "authentication"),
        body=[
            section(
                "From a room of desk phones to a browser tab",
                "A cloud call center runs in a provider's data centres instead of on hardware in the "
                "office. Agents take calls in a browser or a softphone from wherever they work, and "
                "the firm pays for the seats it uses rather than for switches it has to maintain.",
                "For a financial firm, the bigger change is what the platform connects to. Through "
                "{{term:api|APIs}}, an incoming call can open the customer's record, recent "
                "transactions and open cases before the agent says hello.",
            ),
            section(
                "What financial firms gain",
                "<b>Elastic capacity.</b> Call volumes jump on payday, at tax deadlines and during "
                "market swings; cloud seats can be added for the peak and released afterwards.",
                "<b>Continuity.</b> When an office closes, agents keep answering from home, because "
                "the system never lived in that office.",
                "<b>Better data.</b> Recordings, transcripts and wait times land in one place, "
                "where compliance and quality teams can search them.",
            ),
            callout(
                "warning",
                "Check where recordings live",
                "Call recordings in finance are regulated records. Confirm the region they are "
                "stored in, how long they are kept and who can play them back before you migrate.",
            ),
            quote(
                "The phone call is still the moment a customer decides whether to trust you. The "
                "cloud simply makes sure the right person, with the right information, picks it up.",
                "Priya Raman, Solutions Architect",
            ),
            section(
                "Security is a shared job",
                "The provider secures the platform; the firm still owns who can sign in and what "
                "they can see. Single sign-on, strong {{term:authentication|authentication}} for "
                "agents and caller verification that does not rely on easily guessed facts all "
                "stay on the firm's side of the line.",
            ),
            conclusion(
                "Cloud call centers give financial firms flexible capacity, resilience and a "
                "complete view of each customer. Treat the move as an integration and compliance "
                "project, not just a change of phone system, and the benefits follow.",
            ),
        ],
    ),
    ArticleSpec(
        title="Revolutionizing Fintech: Unleashing Success Through Seamless UX/UI Design",
        slug="revolutionizing-fintech-seamless-ux-ui-design",
        date=date(2024, 2, 27),
        intro=(
            "In financial products, every extra screen costs customers. How careful UX and UI "
            "design turns complex money tasks into flows people finish."
        ),
        hero_image="hero-fintech-ux",
        authors=(TOMAS.name,),
        tags=("fintech", "ux"),
        related=("frontend-development", "headless-cms", "api"),
        body=[
            section(
                "Trust is designed",
                "People hand a fintech app their salary, savings and identity documents. Clear "
                "wording, predictable layouts and honest error messages are how an interface "
                "earns that trust; a confusing screen feels like a risky one.",
            ),
            section(
                "Onboarding decides everything",
                "Most customers who leave do so while opening an account. Asking only for what is "
                "needed at each step, saving progress and explaining why a document is required "
                "all lift completion rates.",
            ),
            image(
                "diagram-onboarding",
                "Three steps in a row: sign up, verify identity, fund account.",
                "Our onboarding flow, reduced to three steps a customer can finish in one sitting.",
            ),
            quote(
                "If a customer has to read the help page to move their own money, the design has already failed.",
                "Tomás Okafor, UX/UI Designer",
            ),
            callout(
                "tip",
                "Design for the worst moment",
                "Test flows with a slow connection, a declined card and a locked account. Those are "
                "the moments customers remember.",
            ),
            section(
                "Fast interfaces need fast backends",
                "Good {{term:frontend-development|frontend}} work cannot hide a slow "
                "{{term:api|API}}. Designers and backend engineers should agree early on which data "
                "each screen needs, so it arrives in one request rather than five.",
            ),
            conclusion(
                "Seamless UX/UI design is not decoration in fintech: it is how products win "
                "customers, keep them and reduce support costs. Start with onboarding, design for "
                "failure and keep design and engineering in the same room.",
            ),
        ],
    ),
    ArticleSpec(
        title="Trading Systems: Exploring the Differences",
        slug="trading-systems-exploring-the-differences",
        date=date(2024, 2, 8),
        intro=(
            "Order-driven or quote-driven, manual or algorithmic: a short tour of the main kinds "
            "of trading systems and what each asks of its software."
        ),
        hero_image="hero-trading-systems",
        authors=(MAYA.name, PRIYA.name),
        tags=("trading", "fintech", "backend"),
        related=("backend-software-development", "database", "caching", "load-balancer"),
        body=[
            section(
                "Order-driven and quote-driven markets",
                "In an <b>order-driven</b> system, buyers and sellers post orders to a shared book "
                "and a matching engine pairs them by price and time. In a <b>quote-driven</b> "
                "system, market makers publish the prices at which they will buy and sell, and "
                "clients trade against those quotes.",
            ),
            section(
                "Manual and algorithmic trading",
                "Manual platforms put charts and order tickets in front of a person. Algorithmic "
                "systems let programs place orders according to rules, which shifts the demands "
                "from screens to speed, reliability and careful risk limits.",
            ),
            code(
                "python",
                """
def best_match(order, book):
    \"\"\"The resting order a new buy order trades with first: lowest price, then oldest.\"\"\"
    candidates = [o for o in book.sells if o.price <= order.limit]
    return min(candidates, key=lambda o: (o.price, o.created_at), default=None)
""",
            ),
            callout(
                "warning",
                "Latency is a feature",
                "In trading, a slow response is a wrong response. Keep hot data in memory, "
                "{{term:caching|cache}} reference data and measure latency at every hop.",
            ),
            section(
                "What the backend must guarantee",
                "Whatever the model, a trading backend must never lose or duplicate an order. That "
                "means durable, transactional {{term:database|databases}}, an audit trail for every "
                "change and capacity spread across servers behind a "
                "{{term:load-balancer|load balancer}} for the busiest hours.",
            ),
            conclusion(
                "Trading systems differ in who sets prices and who places orders, but they share "
                "the same foundations: correctness, speed and a complete record. Knowing which "
                "model you are building for tells you where to spend engineering effort.",
            ),
        ],
    ),
    ArticleSpec(
        title="Designing APIs That Outlive Their First Client",
        slug="designing-apis-that-outlive-their-first-client",
        date=date(2024, 1, 24),
        intro=(
            "The first app to use an API rarely stays the only one. Five habits that keep an API "
            "useful for clients nobody has thought of yet."
        ),
        hero_image="hero-api-design",
        authors=(MAYA.name,),
        tags=("backend", "api"),
        related=("api", "rest", "webhook"),
        body=[
            section(
                "Name things after the domain",
                "Resources called <i>articles</i> and <i>terms</i> survive a redesign; resources "
                "called <i>homepage-widgets</i> do not. Model what the business talks about, not "
                "what today's screen shows.",
            ),
            section(
                "Be predictable",
                "Use the same pagination, error format and field naming everywhere. A client that "
                "has learned one {{term:rest|REST}} endpoint should be able to guess the next.",
            ),
            code(
                "json",
                """
{
  "meta": {"total_count": 42},
  "items": [
    {"id": 7, "title": "API", "summary": "A published set of requests..."}
  ]
}
""",
            ),
            callout(
                "info",
                "Add, never remove",
                "New optional fields do not break anyone. Removing or renaming a field does: "
                "publish a new version and give clients time to move.",
            ),
            section(
                "Push, do not make clients poll",
                "When clients need to know about changes, offer {{term:webhook|webhooks}} with "
                "signed payloads rather than inviting them to ask every few seconds.",
            ),
            conclusion(
                "An {{term:api|API}} is a promise to clients you may never meet. Domain names, "
                "consistency, additive change and events are cheap to adopt on day one and very "
                "expensive to retrofit.",
            ),
        ],
    ),
]
