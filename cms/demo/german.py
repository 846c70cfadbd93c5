"""The demo's German pages: wagtail-localize translations of English demo pages.

For each English page, named by its path below the home page ("" is the home page), the
German text of every segment wagtail-localize extracts from it, keyed by the segment's
English text. Inline markup and link placeholders (`<a id="a1">`) stay as wagtail-localize
shows them in its editor. Slugs are not listed: German pages keep their English slugs, so
`/de/glossary/api/` is the German `/glossary/api/`.
"""

GERMAN = "de"

HOME = {
    "Home": "Startseite",
    "A software company's glossary of development terms and its engineering blog.": (
        "Das Glossar eines Softwareunternehmens zu Begriffen der Entwicklung, dazu sein Technik-Blog."
    ),
    "We are a small software company, and this is where we explain the words we use at work. The "
    "<b>glossary</b> defines the terms behind modern web products, from APIs and caching to CI/CD, in plain "
    "language. The <b>blog</b> shares what we learn building software for finance, trading and publishing "
    "teams.": (
        "Wir sind ein kleines Softwareunternehmen, und hier erklären wir die Wörter, mit denen wir jeden Tag "
        "arbeiten. Das <b>Glossar</b> beschreibt in verständlicher Sprache die Begriffe hinter modernen "
        "Webprodukten, von APIs über Caching bis CI/CD. Im <b>Blog</b> erzählen wir, was wir beim Bau von "
        "Software für Banken, Handelshäuser und Redaktionen lernen."
    ),
}

GLOSSARY_INDEX = {
    "Glossary": "Glossar",
    "Software development terms explained in plain language, from A to Z.": (
        "Begriffe der Softwareentwicklung von A bis Z, verständlich erklärt."
    ),
    "Plain-language definitions of the software terms our teams use every day. Each entry explains what the "
    "term means, why teams use it and where it shows up in real products.": (
        "Klare Erklärungen der Fachbegriffe, die unsere Teams täglich verwenden. Jeder Eintrag sagt, was ein "
        "Begriff bedeutet, wozu Teams ihn nutzen und wo er in echten Produkten vorkommt."
    ),
}

BLOG_INDEX = {
    "Blog": "Blog",
    "Articles on backend engineering, fintech and design from our team.": (
        "Artikel unseres Teams über Backend-Entwicklung, Fintech und Design."
    ),
    "Notes from our engineers and designers on building software for financial firms, trading desks and "
    "content teams.": (
        "Notizen unserer Entwicklerinnen, Entwickler und Designer aus der Arbeit an Software für "
        "Finanzunternehmen, Handelsabteilungen und Redaktionen."
    ),
}

BACKEND_SOFTWARE_DEVELOPMENT = {
    "Backend Software Development": "Backend-Softwareentwicklung",
    "Building and running the server side of an application: the code, databases and services that store "
    "data, apply business rules and answer the requests the user interface sends.": (
        "Bau und Betrieb der Serverseite einer Anwendung: Code, Datenbanken und Dienste, die Daten speichern, "
        "Geschäftsregeln anwenden und die Anfragen der Benutzeroberfläche beantworten."
    ),
    "Backend software development, often shortened to back-end development, covers everything that runs "
    "on the server side of an application or website. Developers design, build and look after the code, "
    'the <a id="a1">databases</a> and the server software that keep the product working.': (
        "Backend-Softwareentwicklung, kurz Backend-Entwicklung, umfasst alles, was auf der Serverseite einer "
        "Anwendung oder Website läuft. Entwicklerinnen und Entwickler entwerfen, bauen und pflegen den Code, "
        'die <a id="a1">Datenbanken</a> und die Serversoftware, die das Produkt am Laufen halten.'
    ),
    "Frontend work shapes what people see and touch; the backend supplies what sits behind it. It holds "
    "the business logic, stores and manages the data, defines the overall architecture and lets the "
    "separate parts of a system exchange information.": (
        "Das Frontend gestaltet, was Menschen sehen und bedienen; das Backend liefert, was dahinter steckt. "
        "Es enthält die Geschäftslogik, speichert und verwaltet die Daten, legt die Gesamtarchitektur fest "
        "und sorgt dafür, dass die einzelnen Teile eines Systems Informationen austauschen können."
    ),
    "Backend developers write server code in languages such as Python, Java or Ruby, usually on a framework "
    "like Django, Spring Boot or Ruby on Rails, and keep data in systems such as PostgreSQL, MySQL or "
    "MongoDB. Their job is to keep the application stable, protect its data and connect it to outside "
    'services through <a id="a1">APIs</a>.': (
        "Backend-Entwickler schreiben Servercode in Sprachen wie Python, Java oder Ruby, meist auf einem "
        "Framework wie Django, Spring Boot oder Ruby on Rails, und legen Daten in Systemen wie PostgreSQL, "
        "MySQL oder MongoDB ab. Ihre Aufgabe ist es, die Anwendung stabil zu halten, ihre Daten zu schützen "
        'und sie über <a id="a1">APIs</a> mit externen Diensten zu verbinden.'
    ),
    "Advantages": "Vorteile",
    "A foundation that can grow": "Ein Fundament, das mitwächst",
    "A carefully designed backend lets a product take on more users, be tuned for speed and absorb new "
    "requirements without starting over.": (
        "Ein sorgfältig entworfenes Backend erlaubt es einem Produkt, mehr Nutzer aufzunehmen, schneller zu "
        "werden und neue Anforderungen zu erfüllen, ohne dass man von vorn beginnen muss."
    ),
    "Teams that work in parallel": "Teams, die parallel arbeiten",
    "With the server side kept apart from the interface, frontend and backend specialists can each move at "
    "their own pace, which shortens the road to release.": (
        "Ist die Serverseite von der Oberfläche getrennt, arbeiten Frontend- und Backend-Fachleute jeweils in "
        "ihrem eigenen Tempo, und das Produkt ist schneller fertig."
    ),
    "Security where it belongs": "Sicherheit am richtigen Ort",
    'Sensitive data stays on the server, guarded by <a id="a1">authentication</a>, encryption and access '
    "rules that a browser cannot get around.": (
        'Sensible Daten bleiben auf dem Server, geschützt durch <a id="a1">Authentifizierung</a>, '
        "Verschlüsselung und Zugriffsregeln, die kein Browser umgehen kann."
    ),
    "Connections to other services": "Anbindung an andere Dienste",
    "The backend is where a product plugs into payment providers, social networks, cloud storage and other "
    "third-party services, gaining features nobody had to build in-house.": (
        "Im Backend dockt ein Produkt an Zahlungsanbieter, soziale Netzwerke, Cloud-Speicher und andere "
        "Dienste an und gewinnt so Funktionen, die niemand selbst entwickeln musste."
    ),
    "Applications": "Anwendungsbereiche",
    "E-commerce": "E-Commerce",
    "Online shops rely on it for the product catalogue, stock levels, the basket and taking payments.": (
        "Onlineshops brauchen es für den Produktkatalog, den Lagerbestand, den Warenkorb und die Bezahlung."
    ),
    "Content management": "Content-Management",
    "A content management system uses its backend to sign editors in, store what they write and move drafts "
    "through review to publication.": (
        "Ein Content-Management-System meldet über sein Backend die Redaktion an, speichert ihre Texte und "
        "führt Entwürfe über die Prüfung bis zur Veröffentlichung."
    ),
    "Business systems (ERP, CRM, HRMS)": "Unternehmenssoftware (ERP, CRM, HRMS)",
    "Enterprise resource planning, customer relationship and human resources systems all depend on a backend "
    "to store and process the records a company runs on.": (
        "Warenwirtschaft, Kundenbeziehungsmanagement und Personalverwaltung sind auf ein Backend angewiesen, "
        "das die Daten speichert und verarbeitet, von denen ein Unternehmen lebt."
    ),
    "Fintech and healthtech": "Fintech und Healthtech",
    "Financial and healthcare platforms, like many industry-specific products, need backends that handle "
    "sensitive records accurately and safely.": (
        "Plattformen für Finanzen und Gesundheit brauchen, wie viele Branchenlösungen, Backends, die mit "
        "sensiblen Daten genau und sicher umgehen."
    ),
    "Conclusion": "Fazit",
    "Backend software development is a core discipline of information technology: the design, construction "
    "and upkeep of the server side that applications and websites stand on. It puts working features, "
    "security and room to scale first.": (
        "Backend-Softwareentwicklung ist eine Kerndisziplin der Informationstechnik: Entwurf, Bau und Pflege "
        "der Serverseite, auf der Anwendungen und Websites stehen. Funktionierende Features, Sicherheit und "
        "Raum zum Wachsen haben dabei Vorrang."
    ),
    "With the right languages, frameworks and databases, backend developers keep data in order, connect "
    "products to outside services and give them a sturdy structure. From online shops to enterprise "
    "software, nearly every digital business depends on this skill.": (
        "Mit den passenden Sprachen, Frameworks und Datenbanken halten Backend-Entwickler die Daten in "
        "Ordnung, verbinden Produkte mit externen Diensten und geben ihnen ein stabiles Gerüst. Vom "
        "Onlineshop bis zur Unternehmenssoftware ist fast jedes digitale Geschäft auf dieses Können "
        "angewiesen."
    ),
    # Aliases
    "Back-end development": "Back-End-Entwicklung",
    "Backend development": "Backend-Entwicklung",
    "Server-side development": "Serverseitige Entwicklung",
}

API = {
    "API": "API",
    "An application programming interface: a published set of requests one program can send another, and "
    "the answers it can expect back.": (
        "Eine Programmierschnittstelle: eine veröffentlichte Sammlung von Anfragen, die ein Programm an ein "
        "anderes richten kann, und der Antworten, die es darauf erwarten darf."
    ),
    "What is an API?": "Was ist eine API?",
    "An API is a contract between two pieces of software. One side publishes the operations it offers, what "
    "each one needs as input and what it returns; the other side uses them without knowing how they work "
    "inside.": (
        "Eine API ist ein Vertrag zwischen zwei Programmen. Die eine Seite legt offen, welche Operationen sie "
        "anbietet, was jede davon braucht und was sie zurückgibt; die andere Seite nutzt sie, ohne ihr "
        "Innenleben kennen zu müssen."
    ),
    'On the web, an API is usually a set of HTTP addresses that accept and return JSON, often designed in the <a id="a1">REST</a> style.': (  # noqa: E501
        "Im Web besteht eine API meist aus HTTP-Adressen, die JSON entgegennehmen und zurückgeben, oft im "
        '<a id="a1">REST</a>-Stil entworfen.'
    ),
    "How a call works": "So läuft ein Aufruf ab",
    "The client sends a request naming an operation and its parameters, usually with a key or token that "
    "proves who it is. The server checks the request, does the work and replies with data and a status code "
    "that says whether it succeeded.": (
        "Der Client schickt eine Anfrage mit der gewünschten Operation und ihren Parametern, meist zusammen "
        "mit einem Schlüssel oder Token, der ihn ausweist. Der Server prüft die Anfrage, erledigt die Arbeit "
        "und antwortet mit Daten und einem Statuscode, der sagt, ob alles geklappt hat."
    ),
    "Advantages": "Vorteile",
    "Reuse": "Wiederverwendung",
    "One backend can serve a website, mobile apps and partners through the same API.": (
        "Ein einziges Backend bedient über dieselbe API die Website, mobile Apps und Partner."
    ),
    "Freedom to change": "Freiheit für Änderungen",
    "As long as the contract holds, the code behind it can be rewritten at will.": (
        "Solange der Vertrag gilt, lässt sich der Code dahinter nach Belieben neu schreiben."
    ),
    "Applications": "Anwendungsbereiche",
    "Payments": "Zahlungen",
    "Shops take card payments by calling a payment provider's API instead of handling card data themselves.": (
        "Shops nehmen Kartenzahlungen über die API eines Zahlungsanbieters an, statt Kartendaten selbst zu verarbeiten."
    ),
    "Headless publishing": "Headless Publishing",
    'A <a id="a1">headless CMS</a> hands its content to websites and apps through an API.': (
        'Ein <a id="a1">Headless CMS</a> liefert seine Inhalte über eine API an Websites und Apps.'
    ),
    "Conclusion": "Fazit",
    "APIs let software be assembled from parts that different teams, or different companies, build and run. "
    "A clear, stable API is one of the most valuable things a backend team can offer.": (
        "Mit APIs lässt sich Software aus Teilen zusammensetzen, die verschiedene Teams oder sogar "
        "verschiedene Firmen bauen und betreiben. Eine klare, stabile API gehört zum Wertvollsten, was ein "
        "Backend-Team anbieten kann."
    ),
    # Aliases
    "Application Programming Interface": "Programmierschnittstelle",
    "Web API": "Web-API",
}

DATABASE = {
    "Database": "Datenbank",
    "An organised store of data that software can query and change safely, even when many users work with "
    "it at once.": (
        "Ein geordneter Datenspeicher, den Software sicher abfragen und ändern kann, auch wenn viele Nutzer "
        "gleichzeitig damit arbeiten."
    ),
    "What is a database?": "Was ist eine Datenbank?",
    "A database keeps an application's data and lets programs search and change it without losing or "
    "corrupting anything. The software that runs it, the database management system, handles storage, "
    "concurrent access and recovery after a crash.": (
        "Eine Datenbank verwahrt die Daten einer Anwendung und lässt Programme darin suchen und sie ändern, "
        "ohne dass etwas verloren geht oder beschädigt wird. Die Software dahinter, das "
        "Datenbankmanagementsystem, kümmert sich um Speicherung, gleichzeitige Zugriffe und die "
        "Wiederherstellung nach einem Absturz."
    ),
    "Relational databases such as PostgreSQL and MySQL arrange data in tables and are queried with SQL; "
    "document stores such as MongoDB keep JSON-like records instead.": (
        "Relationale Datenbanken wie PostgreSQL und MySQL ordnen Daten in Tabellen und werden mit SQL "
        "abgefragt; Dokumentenspeicher wie MongoDB legen stattdessen JSON-ähnliche Datensätze ab."
    ),
    "SELECT title, last_published_at<br/>FROM wagtailcore_page<br/>WHERE live<br/>ORDER BY last_published_at "
    "DESC<br/>LIMIT 5;": (
        "SELECT title, last_published_at<br/>FROM wagtailcore_page<br/>WHERE live<br/>ORDER BY last_published_at "
        "DESC<br/>LIMIT 5;"
    ),
    "Advantages": "Vorteile",
    "Consistency": "Konsistenz",
    "Transactions make a group of changes happen completely or not at all.": (
        "Transaktionen sorgen dafür, dass eine Gruppe von Änderungen ganz oder gar nicht stattfindet."
    ),
    "Fast answers": "Schnelle Antworten",
    "Indexes let the database find a few rows among millions in milliseconds.": (
        "Dank Indizes findet die Datenbank wenige Zeilen unter Millionen in Millisekunden."
    ),
    "Applications": "Anwendungsbereiche",
    "Online shops": "Onlineshops",
    "Orders, stock and customer accounts all live in a database.": (
        "Bestellungen, Lagerbestand und Kundenkonten liegen alle in einer Datenbank."
    ),
    "Content sites": "Inhaltsreiche Websites",
    "A CMS keeps pages, revisions and images in its database.": (
        "Ein CMS speichert Seiten, Versionen und Bilder in seiner Datenbank."
    ),
    "Conclusion": "Fazit",
    "Almost every application has a database at its heart. Choosing the right kind, and designing its "
    "tables well, shapes how fast and reliable the whole product is.": (
        "Fast jede Anwendung hat eine Datenbank als Herzstück. Wie gut man die Art der Datenbank wählt und "
        "ihre Tabellen entwirft, entscheidet darüber, wie schnell und zuverlässig das ganze Produkt ist."
    ),
    # Aliases
    "DBMS": "DBMS",
    "Database management system": "Datenbankmanagementsystem",
}

HEADLESS_CMS = {
    "Headless CMS": "Headless CMS",
    "A content management system that stores and edits content but leaves its display to other "
    "applications, which fetch it through an API.": (
        "Ein Content-Management-System, das Inhalte speichert und bearbeiten lässt, ihre Darstellung aber "
        "anderen Anwendungen überlässt, die sie über eine API abrufen."
    ),
    "What is a headless CMS?": "Was ist ein Headless CMS?",
    "A traditional CMS both manages content and renders the website. A headless CMS keeps only the first "
    "job: editors write and publish in its admin, and websites, apps or screens ask for the content through "
    'an <a id="a1">API</a>.': (
        "Ein klassisches CMS verwaltet Inhalte und erzeugt zugleich die Website. Ein Headless CMS behält nur "
        "die erste Aufgabe: Die Redaktion schreibt und veröffentlicht in seiner Verwaltungsoberfläche, und "
        'Websites, Apps oder Bildschirme holen sich die Inhalte über eine <a id="a1">API</a>.'
    ),
    "Many systems, Wagtail among them, can do both: render their own pages and serve the same content as JSON.": (
        "Viele Systeme, darunter Wagtail, können beides: eigene Seiten ausliefern und dieselben Inhalte als "
        "JSON bereitstellen."
    ),
    "Previewing without a website": "Vorschau ohne eigene Website",
    "Because the CMS does not render the final page, previews need help from the front-end: the CMS sends "
    "the draft, or a token to fetch it, to the front-end, which shows it exactly as readers will see it.": (
        "Weil das CMS die fertige Seite nicht selbst erzeugt, braucht die Vorschau das Frontend: Das CMS "
        "schickt ihm den Entwurf oder ein Token zum Abholen, und das Frontend zeigt ihn genau so, wie ihn "
        "Leserinnen und Leser später sehen."
    ),
    "Structured content travels further": "Strukturierte Inhalte kommen weiter",
    "Content stored as fields and blocks, rather than one big blob of HTML, is easier to reuse on every channel.": (
        "Inhalte, die als Felder und Blöcke statt als ein großer HTML-Klumpen gespeichert sind, lassen sich "
        "auf jedem Kanal leichter wiederverwenden."
    ),
    "Advantages": "Vorteile",
    "Any front-end": "Freie Wahl des Frontends",
    "Teams choose their own framework for each channel.": ("Teams wählen für jeden Kanal ihr eigenes Framework."),
    "One source of truth": "Eine einzige Quelle",
    "The same entry feeds the website, the app and partner integrations.": (
        "Derselbe Eintrag speist die Website, die App und die Anbindungen der Partner."
    ),
    "Applications": "Anwendungsbereiche",
    "Multi-channel publishing": "Veröffentlichen auf vielen Kanälen",
    "Websites, mobile apps and in-store screens share one content store.": (
        "Websites, mobile Apps und Bildschirme im Laden teilen sich einen Inhaltsspeicher."
    ),
    "Static sites": "Statische Websites",
    'A static site generator pulls content at build time and rebuilds on <a id="a1">webhooks</a>.': (
        'Ein Generator für statische Websites holt die Inhalte beim Build und baut bei <a id="a1">Webhooks</a> neu.'
    ),
    "Conclusion": "Fazit",
    "A headless CMS separates writing from presenting. It suits teams with several channels or a dedicated "
    "front-end team, at the cost of building the display layer themselves.": (
        "Ein Headless CMS trennt das Schreiben vom Darstellen. Es passt zu Teams mit mehreren Kanälen oder "
        "einem eigenen Frontend-Team, die dafür die Darstellung selbst bauen müssen."
    ),
    # Aliases
    "Decoupled CMS": "Entkoppeltes CMS",
    "Headless content management system": "Headless-Content-Management-System",
}

CI_CD = {
    "CI/CD": "CI/CD",
    "Continuous integration and continuous delivery: every change is built and tested automatically, and "
    "can be released at any moment.": (
        "Continuous Integration und Continuous Delivery: Jede Änderung wird automatisch gebaut und getestet "
        "und kann jederzeit veröffentlicht werden."
    ),
    "<b>Continuous integration</b> means developers merge small changes often, and a server builds the code "
    "and runs the tests on each one. <b>Continuous delivery</b> goes further: every change that passes is "
    "packaged and ready to release, and with continuous deployment it is released automatically.": (
        "<b>Continuous Integration</b> heißt, dass Entwickler kleine Änderungen häufig zusammenführen und ein "
        "Server bei jeder davon den Code baut und die Tests ausführt. <b>Continuous Delivery</b> geht weiter: "
        "Jede Änderung, die alle Prüfungen besteht, wird verpackt und ist bereit zur Auslieferung; mit "
        "Continuous Deployment geht sie sogar automatisch live."
    ),
    "# A minimal pipeline: lint and test every push<br/>on: [push]<br/>jobs:<br/>  test:<br/>    "
    "runs-on: ubuntu-latest<br/>    steps:<br/>      - uses: actions/checkout@v4<br/>      - run: make "
    "lint<br/>      - run: make test": (
        "# Eine minimale Pipeline: jeden Push prüfen und testen<br/>on: [push]<br/>jobs:<br/>  test:<br/>    "
        "runs-on: ubuntu-latest<br/>    steps:<br/>      - uses: actions/checkout@v4<br/>      - run: make "
        "lint<br/>      - run: make test"
    ),
    "Advantages": "Vorteile",
    "Problems found early": "Fehler früh gefunden",
    "A failing test points at the small change that broke it.": (
        "Ein fehlschlagender Test zeigt direkt auf die kleine Änderung, die den Fehler verursacht hat."
    ),
    "Routine releases": "Releases als Routine",
    "Shipping becomes a button, or no button at all, rather than an event.": (
        "Ausliefern wird zum Knopfdruck, oder braucht gar keinen Knopf mehr, statt ein großes Ereignis zu sein."
    ),
    "Applications": "Anwendungsbereiche",
    "Web products": "Webprodukte",
    "Teams deploy several times a day with confidence.": ("Teams liefern mehrmals am Tag aus, ohne Bauchschmerzen."),
    "Microservices": "Microservices",
    'Each <a id="a1">service</a> has its own pipeline and release pace.': (
        'Jeder <a id="a1">Dienst</a> hat seine eigene Pipeline und seinen eigenen Release-Rhythmus.'
    ),
    "Conclusion": "Fazit",
    "CI/CD turns building, testing and releasing into an automated habit, so teams spend their time on the "
    "product rather than on the release process.": (
        "CI/CD macht Bauen, Testen und Ausliefern zur automatischen Gewohnheit, damit Teams ihre Zeit ins "
        "Produkt stecken statt in den Release-Prozess."
    ),
    # Aliases
    "Continuous integration": "Kontinuierliche Integration",
    "Continuous delivery": "Kontinuierliche Auslieferung",
    "Continuous deployment": "Kontinuierliches Deployment",
}

DESIGNING_APIS = {
    "Designing APIs That Outlive Their First Client": "APIs entwerfen, die ihren ersten Client überleben",
    "The first app to use an API rarely stays the only one. Five habits that keep an API useful for clients "
    "nobody has thought of yet.": (
        "Die erste App, die eine API nutzt, bleibt selten die einzige. Fünf Gewohnheiten, mit denen eine API "
        "auch für Clients taugt, an die heute noch niemand denkt."
    ),
    "Name things after the domain": "Benennen Sie Dinge nach der Fachdomäne",
    "Resources called <i>articles</i> and <i>terms</i> survive a redesign; resources called "
    "<i>homepage-widgets</i> do not. Model what the business talks about, not what today's screen shows.": (
        "Ressourcen namens <i>articles</i> und <i>terms</i> überstehen ein Redesign, Ressourcen namens "
        "<i>homepage-widgets</i> nicht. Bilden Sie ab, worüber das Geschäft spricht, nicht was der "
        "Bildschirm von heute zeigt."
    ),
    "Be predictable": "Seien Sie vorhersehbar",
    "Use the same pagination, error format and field naming everywhere. A client that has learned one "
    '<a id="a1">REST</a> endpoint should be able to guess the next.': (
        "Verwenden Sie überall dieselbe Seitenaufteilung, dasselbe Fehlerformat und dieselben Feldnamen. "
        'Wer einen <a id="a1">REST</a>-Endpunkt kennt, sollte den nächsten erraten können.'
    ),
    '{<br/>  "meta": {"total_count": 42},<br/>  "items": [<br/>    {"id": 7, "title": "API", "summary": "A '
    'published set of requests..."}<br/>  ]<br/>}': (
        '{<br/>  "meta": {"total_count": 42},<br/>  "items": [<br/>    {"id": 7, "title": "API", "summary": '
        '"Eine veröffentlichte Sammlung von Anfragen..."}<br/>  ]<br/>}'
    ),
    "Add, never remove": "Ergänzen, nie entfernen",
    "New optional fields do not break anyone. Removing or renaming a field does: publish a new version and "
    "give clients time to move.": (
        "Neue optionale Felder stören niemanden. Ein Feld zu entfernen oder umzubenennen schon: "
        "Veröffentlichen Sie eine neue Version und lassen Sie den Clients Zeit für den Umstieg."
    ),
    "Push, do not make clients poll": "Benachrichtigen statt abfragen lassen",
    'When clients need to know about changes, offer <a id="a1">webhooks</a> with signed payloads rather '
    "than inviting them to ask every few seconds.": (
        'Wenn Clients von Änderungen erfahren müssen, bieten Sie <a id="a1">Webhooks</a> mit signierten '
        "Nutzdaten an, statt sie alle paar Sekunden nachfragen zu lassen."
    ),
    "Conclusion": "Fazit",
    'An <a id="a1">API</a> is a promise to clients you may never meet. Domain names, consistency, additive '
    "change and events are cheap to adopt on day one and very expensive to retrofit.": (
        'Eine <a id="a1">API</a> ist ein Versprechen an Clients, die Sie vielleicht nie kennenlernen. '
        "Fachliche Namen, Einheitlichkeit, Änderungen nur durch Ergänzen und Ereignisse kosten am ersten Tag "
        "wenig und sind später sehr teuer nachzurüsten."
    ),
}

# English page (its path below the home page) -> its German segments. Parents come before
# their children: a page is translated under its parent's translation.
PAGES = {
    "": HOME,
    "glossary/": GLOSSARY_INDEX,
    "blog/": BLOG_INDEX,
    "glossary/backend-software-development/": BACKEND_SOFTWARE_DEVELOPMENT,
    "glossary/api/": API,
    "glossary/database/": DATABASE,
    "glossary/headless-cms/": HEADLESS_CMS,
    "glossary/ci-cd/": CI_CD,
    "blog/designing-apis-that-outlive-their-first-client/": DESIGNING_APIS,
}
