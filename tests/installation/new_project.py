"""A brand-new Wagtail project that gets the glossary the way glossary/README.md says, in a folder of its own.

Each step is what a developer of another site does: build (or download) the wheel, install it
into a fresh virtualenv, `wagtail start`, follow the README, migrate. The README's snippets are
the constants below, word for word.
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from packaging.utils import canonicalize_name

from tests.test_requirements import read_lock

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "glossary"
CHECK_SCRIPT = Path(__file__).with_name("check_glossary.py")

# README, "Install": "glossary" after the project's own apps, before Wagtail's. "The APIs": Wagtail's
# API v2 and Django REST framework.
GLOSSARY_APP_AFTER = "search"
API_APPS = ["wagtail.api.v2", "rest_framework"]

# README, "The APIs": Wagtail's API v2 mounted at /api/v2/, before Wagtail's catch-all pattern.
API_ROUTER_SNIPPET = """
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
"""
API_URL_PATTERN = '    path("api/v2/", api_router.urls),\n'

# README, "Term links in your own pages": the project's page type with the mixin, and the tag
# around its body in its template.
STANDARD_PAGE_SNIPPET = """
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

from glossary.models import TermLinksMixin


class StandardPage(TermLinksMixin, Page):
    body = StreamField([("paragraph", blocks.RichTextBlock())], blank=True)

    content_panels = Page.content_panels + ["body"]
    promote_panels = Page.promote_panels + TermLinksMixin.term_links_panels
    api_fields = TermLinksMixin.term_links_api_fields
"""
TERM_LINKS_TEMPLATE_SNIPPET = """
{% load wagtailcore_tags term_links %}
{% link_glossary_terms page %}
    {% for block in page.body %}{% include_block block %}{% endfor %}
{% endlink_glossary_terms %}
"""
STANDARD_PAGE_TEMPLATE = f"""{{% extends "base.html" %}}

{{% block content %}}
<h1>{{{{ page.title }}}}</h1>
{TERM_LINKS_TEMPLATE_SNIPPET.strip()}
{{% endblock %}}
"""

# What the README shows word for word (the apps are named in it, in lists of its own).
README_SNIPPETS = [
    '"glossary",',
    *(f'"{app}"' for app in API_APPS),
    API_ROUTER_SNIPPET,
    API_URL_PATTERN,
    STANDARD_PAGE_SNIPPET,
    TERM_LINKS_TEMPLATE_SNIPPET,
]


class StepFailed(AssertionError):
    pass


def run(args, cwd, env=None, timeout=600):
    """Run one step; a failure says which step and what it printed."""
    result = subprocess.run(  # noqa: S603 - the arguments are this module's, never a user's
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    if result.returncode:
        command = " ".join(str(arg) for arg in args)
        raise StepFailed(f"`{command}` exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def build_wheel(folder):
    """The glossary's wheel, built from a copy: setuptools writes build/ and egg-info beside the sources."""
    source = folder / "glossary-source"
    shutil.copytree(GLOSSARY, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    wheels = folder / "wheels"
    run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", source, "-w", wheels],
        cwd=folder,
    )
    (wheel,) = wheels.glob("*.whl")
    return wheel


def wheel_files(wheel):
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def source_packages():
    """The dotted names of glossary/ and its sub-packages, tests included."""
    return sorted(
        ".".join(("glossary", *init.parent.relative_to(GLOSSARY).parts)) for init in GLOSSARY.rglob("__init__.py")
    )


def source_data_files():
    """The templates, static files and translations under glossary/, as paths inside the wheel."""
    return sorted(
        f"glossary/{path.relative_to(GLOSSARY).as_posix()}"
        for folder in ("templates", "static", "locale")
        for path in (GLOSSARY / folder).rglob("*")
        if path.is_file()
    )


def write_constraints(folder):
    """The versions this repository locks (requirements.txt), as a plain constraints file without hashes."""
    pins, _ = read_lock((ROOT / "requirements.txt").read_text())
    constraints = folder / "constraints.txt"
    constraints.write_text("".join(f"{name}=={version}\n" for name, version in sorted(pins.items())))
    return constraints


def project_env():
    """The environment of the new project's commands: none of this repository's settings leak in."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
        and not name.startswith("COV_CORE_")
    }
    env["DJANGO_SETTINGS_MODULE"] = "demo.settings.dev"
    return env


def create_virtualenv(folder, wheel, constraints, env):
    """A fresh virtualenv with the same Python, holding the wheel and the dependencies it declares."""
    venv = folder / "venv"
    run([sys.executable, "-m", "venv", venv], cwd=folder, env=env)
    python = venv / "bin" / "python"
    run([python, "-m", "pip", "install", "--quiet", "--constraint", constraints, wheel], cwd=folder, env=env)
    return venv


def installed_distributions(python, env):
    """{canonical name: version} of what the virtualenv holds."""
    listing = run([python, "-m", "pip", "list", "--format=freeze"], cwd=python.parent, env=env)
    return {
        canonicalize_name(name): version
        for name, version in (line.split("==") for line in listing.splitlines() if "==" in line)
    }


def start_project(folder, venv, env):
    """`wagtail start demo`: the project package `demo`, the app `home`, SQLite."""
    project = folder / "demo"
    project.mkdir()
    run([venv / "bin" / "wagtail", "start", "demo", project], cwd=folder, env=env)
    return project


def follow_readme(project):
    """The README's steps: the apps, the API's URLs, a standard page with term links and its template."""
    settings = project / "demo" / "settings" / "base.py"
    text = settings.read_text()
    own_app = f'    "{GLOSSARY_APP_AFTER}",\n'
    assert own_app in text, "`wagtail start` wrote settings this test does not know"
    apps = ["glossary", *API_APPS]
    settings.write_text(text.replace(own_app, own_app + "".join(f'    "{app}",\n' for app in apps), 1))

    urls = project / "demo" / "urls.py"
    text = urls.read_text()
    anchor = 'urlpatterns = [\n    path("django-admin/", admin.site.urls),\n'
    assert anchor in text, "`wagtail start` wrote a urls.py this test does not know"
    urls.write_text(text.replace(anchor, API_ROUTER_SNIPPET + "\n" + anchor + API_URL_PATTERN))

    models = project / "home" / "models.py"
    models.write_text(models.read_text() + "\n" + STANDARD_PAGE_SNIPPET)
    template = project / "home" / "templates" / "home" / "standard_page.html"
    template.write_text(STANDARD_PAGE_TEMPLATE)


def manage(project, venv, env, *args):
    return run([venv / "bin" / "python", "manage.py", *args], cwd=project, env=env)


def check_glossary(project, venv, env):
    """Run check_glossary.py in the project: it creates the content and returns what a client got back."""
    shutil.copy(CHECK_SCRIPT, project / CHECK_SCRIPT.name)
    output = project / "check_glossary.json"
    run([venv / "bin" / "python", CHECK_SCRIPT.name, output], cwd=project, env=env)
    return output.read_text()
