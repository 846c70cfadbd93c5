"""The glossary as another Wagtail site gets it: its wheel, installed into a new `wagtail start`
project in a fresh virtualenv, set up by following glossary/README.md alone.

Every step runs in a temporary folder (about a minute on a warm pip cache); `-m installation`
selects these tests alone.
"""

import json
import tempfile
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.installation import new_project
from tests.test_requirements import read_lock

pytestmark = pytest.mark.installation


@pytest.fixture(scope="module")
def installation():
    with tempfile.TemporaryDirectory(prefix="glossary-installation-") as name:
        folder = Path(name)
        env = new_project.project_env()
        wheel = new_project.build_wheel(folder)
        with zipfile.ZipFile(wheel) as archive:
            metadata = HeaderParser().parsestr(
                archive.read("wagtail_software_glossary-1.0.0.dist-info/METADATA").decode()
            )
        venv = new_project.create_virtualenv(folder, wheel, new_project.write_constraints(folder), env)
        project = new_project.start_project(folder, venv, env)
        new_project.follow_readme(project)
        # Before the README's `makemigrations`, which would write any migration the package lacks.
        package_migrations = new_project.manage(
            project, venv, env, "makemigrations", "--check", "--dry-run", "glossary"
        )
        new_project.manage(project, venv, env, "makemigrations")
        new_project.manage(project, venv, env, "migrate", "--noinput")
        yield {
            "wheel_name": wheel.name,
            "wheel_files": new_project.wheel_files(wheel),
            "metadata": metadata,
            "distributions": new_project.installed_distributions(venv / "bin" / "python", env),
            "makemigrations": package_migrations,
            "check": new_project.manage(project, venv, env, "check"),
            "results": json.loads(new_project.check_glossary(project, venv, env)),
        }


def html(response):
    return BeautifulSoup(response["content"], "html.parser")


def test_the_wheel_holds_the_package_its_templates_static_files_and_translations_and_no_tests(installation):
    files = installation["wheel_files"]
    assert installation["wheel_name"] == "wagtail_software_glossary-1.0.0-py3-none-any.whl"
    packages = sorted(
        name.removesuffix("/__init__.py").replace("/", ".") for name in files if name.endswith("/__init__.py")
    )
    assert packages == [name for name in new_project.source_packages() if not name.startswith("glossary.tests")]
    data_folders = ("glossary/templates/", "glossary/static/", "glossary/locale/")
    assert sorted(name for name in files if name.startswith(data_folders)) == new_project.source_data_files()
    assert [name for name in files if "tests" in name.split("/")] == []


def test_the_wheel_declares_its_dependencies_and_the_versions_it_supports(installation):
    metadata = installation["metadata"]
    assert (metadata["Name"], metadata["Version"], metadata["Requires-Python"]) == (
        "wagtail-software-glossary",
        "1.0.0",
        ">=3.11",
    )
    assert metadata.get_all("Requires-Dist") == [
        "wagtail<8.1,>=8.0",
        "Django<6.0,>=5.2",
        "django-modelcluster<7.0,>=6.5",
        "djangorestframework<4.0,>=3.18",
        "django-tasks<0.13,>=0.12",
        "typing-extensions<5,>=4.12",
        "django-filter<27,>=23.3",
        'wagtail-factories<5,>=4.5; extra == "testing"',
        'factory-boy<4,>=3.3; extra == "testing"',
        'pytest<10,>=9; extra == "testing"',
        'pytest-django<5,>=4.14; extra == "testing"',
        'beautifulsoup4<5,>=4.13; extra == "testing"',
        'dj-database-url<4,>=3; extra == "testing"',
        'polib<2,>=1.2; extra == "testing"',
    ]
    assert "Framework :: Wagtail :: 8" in metadata.get_all("Classifier")
    assert "Framework :: Django :: 5.2" in metadata.get_all("Classifier")


def test_the_virtualenv_holds_the_wheel_and_what_it_declares_at_the_locked_versions(installation):
    distributions = installation["distributions"]
    locked, _ = read_lock((new_project.ROOT / "requirements.txt").read_text())
    assert distributions["wagtail-software-glossary"] == "1.0.0"
    for name in (
        "wagtail",
        "django",
        "django-modelcluster",
        "djangorestframework",
        "django-tasks",
        "typing-extensions",
        "django-filter",
    ):
        assert distributions[name] == locked[name]
    # This site's own requirements stay out: pip installed what the wheel declares.
    assert [
        name for name in ("gunicorn", "psycopg", "boto3", "whitenoise", "wagtail-factories") if name in distributions
    ] == []


def test_the_new_project_passes_its_checks_and_the_package_migrations_match_its_models(installation):
    assert installation["makemigrations"] == "No changes detected in app 'glossary'\n"
    assert installation["check"] == "System check identified no issues (0 silenced).\n"


def test_the_entry_renders_its_sections(installation):
    entry = installation["results"]["entry"]
    assert (entry["url"], entry["status"]) == ("/glossary/api/", 200)
    page = html(entry)
    assert page.h1.get_text() == "API"
    assert [heading.get_text() for heading in page.select(".glossary-entry__body h2")] == [
        "What an API is",
        "Why teams use APIs",
        "Where APIs are used",
    ]
    assert page.select_one(".block-definition .rich-text").get_text() == "A contract between two programs."
    assert [item.get_text(" ", strip=True) for item in page.select(".block-advantages li")] == [
        "Reuse One service serves many clients."
    ]
    assert [item.get_text(" ", strip=True) for item in page.select(".block-applications li")] == [
        "Payments Shops charge cards through one."
    ]
    assert [alias.get_text() for alias in page.select(".aliases__name")] == ["Application Programming Interface"]


def test_the_index_lists_the_entry(installation):
    index = installation["results"]["index"]
    assert (index["url"], index["status"]) == ("/glossary/", 200)
    page = html(index)
    assert [letter.get_text() for letter in page.select(".term-group__letter")] == ["A"]
    assert [(link.get_text(), link["href"]) for link in page.select(".term-list__title")] == [("API", "/glossary/api/")]
    assert [summary.get_text() for summary in page.select(".term-list__summary")] == [
        "How one program asks another for data or work."
    ]


def test_a_standard_page_of_the_project_links_the_term_with_its_summary_as_tooltip(installation):
    standard_page = installation["results"]["standard_page"]
    assert (standard_page["url"], standard_page["status"]) == ("/platform/", 200)
    page = html(standard_page)
    links = page.select("a.term-link")
    assert [(link.get_text(), link["href"]) for link in links] == [("API", "/glossary/api/")]
    tooltip = page.find(id=links[0]["aria-describedby"])
    assert (tooltip["role"], tooltip.get_text()) == ("tooltip", "How one program asks another for data or work.")


def test_the_entry_json_ld_is_a_defined_term_in_the_glossary_term_set(installation):
    (script,) = html(installation["results"]["entry"]).select('script[type="application/ld+json"]')
    assert json.loads(script.string) == {
        "@context": "https://schema.org",
        "@type": "DefinedTerm",
        "name": "API",
        "description": "How one program asks another for data or work.",
        "url": "http://localhost/glossary/api/",
        "inLanguage": "en",
        "alternateName": ["Application Programming Interface"],
        "inDefinedTermSet": {
            "@type": "DefinedTermSet",
            "name": "Glossary",
            "url": "http://localhost/glossary/",
            "inLanguage": "en",
        },
    }


def test_api_v2_returns_the_entry_with_its_blocks(installation):
    api = installation["results"]["api"]
    assert api["status"] == 200
    (item,) = json.loads(api["content"])["items"]
    assert (item["title"], item["meta"]["type"]) == ("API", "glossary.GlossaryPage")
    assert [block["type"] for block in item["body"]] == ["definition", "advantages", "applications"]
    assert item["body"][1]["value"]["items"] == [{"title": "Reuse", "text": "<p>One service serves many clients.</p>"}]


def test_api_v2_lists_the_terms_a_standard_page_links(installation):
    results = installation["results"]
    (entry,) = json.loads(results["api"]["content"])["items"]
    api = results["standard_page_api"]
    assert api["status"] == 200
    (item,) = json.loads(api["content"])["items"]
    assert item["linked_terms"] == [
        {
            "id": entry["id"],
            "type": "glossary.GlossaryPage",
            "title": "API",
            "summary": "How one program asks another for data or work.",
            "html_path": "/glossary/api/",
            "html_url": "http://localhost/glossary/api/",
            "aliases": ["Application Programming Interface"],
        }
    ]


def test_the_readme_shows_the_steps_this_test_follows():
    readme = (new_project.GLOSSARY / "README.md").read_text()
    assert [snippet for snippet in new_project.README_SNIPPETS if snippet.strip() not in readme] == []
