# Two commands for a newcomer: `make run` (demo site on SQLite) and `make test`
# (whole suite on a throwaway PostgreSQL). `make help` lists the rest.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
CMS_URL ?= http://127.0.0.1:8000
FRONTEND_PORT ?= 8020

.DEFAULT_GOAL := help
.PHONY: help messages run frontend frontend-build frontend-check api-schema node test lint format chromium bench soak clean scaleout-test lock

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

PIP_VERSION := 26.3
PIP_TOOLS_VERSION := 7.6.2

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q pip==$(PIP_VERSION)

# requirements*.txt pin every package with the hashes of its files (see `make lock`): pip installs those files or stops.
$(VENV)/.installed-run: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install -q --require-hashes -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install -q --require-hashes -r requirements-dev.txt
	touch $@ $(VENV)/.installed-run

# The front-end: Next.js on the machine's Node.js (20.9 or newer), installed from its lockfile.
FRONTEND := frontend
FRONTEND_NODE := $(FRONTEND)/node_modules/.installed
FRONTEND_BUILD := $(FRONTEND)/.next/BUILD_ID
OPEN_PAREN := (
FRONTEND_SOURCES := $(shell find $(FRONTEND)/src $(FRONTEND)/public -type f -not -path '*$(OPEN_PAREN)*' 2>/dev/null) \
	$(wildcard $(FRONTEND)/*.ts $(FRONTEND)/*.mjs $(FRONTEND)/*.json) static/css/site.css glossary/static/glossary/css/glossary.css
# make reads a path with parentheses as an archive's member, so the files of the App Router's
# route groups (src/app/(en)/, src/app/(de)/) cannot be prerequisites: one changed since the
# build makes it stale.
FRONTEND_GROUPS_CHANGED := $(shell find $(FRONTEND)/src -path '*$(OPEN_PAREN)*' -type f -newer $(FRONTEND_BUILD) 2>/dev/null | head -n 1)
# The secret the CMS signs the front-end's webhooks with, made once per checkout and kept out of git.
WEBHOOK_SECRET := .frontend-webhook-secret
NEXT_START = cd $(FRONTEND) && CMS_URL=$(CMS_URL) FRONTEND_WEBHOOK_SECRET="$$(cat ../$(WEBHOOK_SECRET))" \
	NEXT_TELEMETRY_DISABLED=1 node_modules/.bin/next start -p $(FRONTEND_PORT)

run: export HEADLESS_CLIENT_URLS ?= http://$(HOST):$(FRONTEND_PORT)/api/draft/
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: export DEBUG ?= false
run: CMS_URL = http://$(HOST):$(PORT)
run: $(VENV)/.installed-run $(FRONTEND_BUILD) $(WEBHOOK_SECRET) ## Install, load demo content into SQLite, serve it on :8000 with the task worker and the Next.js front-end on :8020
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py collectstatic --noinput -v0
	$(PY) manage.py load_demo_content --base-url http://$(HOST):$(PORT)
	$(PY) manage.py start_scheduled_publishing
	$(PY) manage.py connect_frontend --revalidate-url http://$(HOST):$(FRONTEND_PORT)/api/revalidate/ --secret "$$(cat $(WEBHOOK_SECRET))"
	@$(PY) manage.py db_worker --no-reload & worker=$$!; \
	$(NEXT_START) -H $(HOST) & frontend=$$!; \
	trap 'kill $$worker $$frontend 2>/dev/null' EXIT INT TERM; \
	echo "The Next.js front-end: http://$(HOST):$(FRONTEND_PORT)/"; \
	$(PY) manage.py runserver --noreload $(HOST):$(PORT)

frontend: $(FRONTEND_BUILD) $(WEBHOOK_SECRET) ## Serve the Next.js front-end on http://127.0.0.1:8020, rendering the API at CMS_URL
	$(NEXT_START) -H $(HOST)

node:
	@node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 9) ? 0 : 1)' \
		|| { echo "The front-end needs Node.js 20.9 or newer, with npm (found: $$(node --version 2>/dev/null || echo none))"; exit 1; }

$(FRONTEND_NODE): $(FRONTEND)/package.json $(FRONTEND)/package-lock.json | node
	cd $(FRONTEND) && NEXT_TELEMETRY_DISABLED=1 npm ci --no-audit --no-fund
	touch $@

$(FRONTEND_BUILD): $(FRONTEND_NODE) $(FRONTEND_SOURCES) $(if $(FRONTEND_GROUPS_CHANGED),frontend-groups-changed)
	cd $(FRONTEND) && NEXT_TELEMETRY_DISABLED=1 node_modules/.bin/next build
	touch $@

.PHONY: frontend-groups-changed
frontend-groups-changed:

frontend-build: $(FRONTEND_BUILD) ## Build the front-end (only when its sources changed)

frontend-check: $(FRONTEND_NODE) ## Lint, type-check and unit-test the front-end
	cd $(FRONTEND) && npm run --silent lint && npm run --silent typecheck && npm test --silent

$(WEBHOOK_SECRET): | $(VENV)/bin/python
	$(PY) -c "import base64, secrets; print('whsec_' + base64.b64encode(secrets.token_bytes(32)).decode())" > $@

api-schema: $(VENV)/.installed-run $(FRONTEND_NODE) ## Write frontend/openapi.json from the API v3 schema, and regenerate the front-end's types from it
	$(PY) manage.py api_schema
	cd $(FRONTEND) && npm run --silent generate-types

# axe-core for the accessibility checks, from the committed lockfile; nothing is downloaded while tests run.
E2E_NODE := tests/e2e/node_modules/.installed
$(E2E_NODE): tests/e2e/package.json tests/e2e/package-lock.json
	@command -v npm >/dev/null || { \
		echo "Installing Debian's nodejs and npm for the browser tests"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm; }
	npm ci --prefix tests/e2e --no-audit --no-fund
	touch $@

chromium:
	@test -x /usr/bin/chromium || { \
		echo "Installing Debian's chromium for the browser tests"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

# The glossary package's tests, in its own minimal project (glossary/tests/settings.py).
GLOSSARY_PACKAGE_TESTS := --ds=glossary.tests.settings --confcutdir=glossary/tests glossary/tests
# Both suites on every core (pytest-xdist), each worker with its own test database, a whole
# file per worker (a file's module fixtures are built once) and in pytest-django's order, so the
# browser tests, which commit and flush, come after every test that relies on migration data.
PARALLEL := -n auto --maxprocesses=4 --dist loadfile --no-loadscope-reorder

test: $(VENV)/.installed-dev chromium $(E2E_NODE) frontend-check $(FRONTEND_BUILD) ## Install, start a throwaway PostgreSQL and run every test (front-end and browser tests included), with a coverage report
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo
	$(PY) scripts/throwaway_postgres.py -- $(VENV)/bin/pytest --cov --cov-report= $(PARALLEL) $(GLOSSARY_PACKAGE_TESTS)
	$(PY) scripts/throwaway_postgres.py -- $(VENV)/bin/pytest --cov --cov-append --cov-report=term --durations=20 $(PARALLEL) $(PYTEST_ARGS)

scaleout-test: $(VENV)/.installed-dev ## Two gunicorn instances on one PostgreSQL and Redis, a Redis outage, backup and restore
	$(PY) scripts/throwaway_postgres.py -- $(VENV)/bin/pytest tests/scaleout

lint: $(VENV)/.installed-dev ## Lint and check formatting with ruff, and the import contracts with import-linter
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo

format: $(VENV)/.installed-dev ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# The site's catalogue (locale/) and the glossary package's own (glossary/locale/), each with the strings of its own
# code ("glossary/?*": the package's files, not templates/glossary/).
MESSAGES_IGNORE := --ignore=.venv --ignore=frontend --ignore=node_modules --ignore=bench --ignore=soak
messages: $(VENV)/.installed-dev ## Regenerate the German interface catalogues (gettext's msgfmt needed) and compile them
	DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) manage.py makemessages -l de --add-location=file $(MESSAGES_IGNORE) --ignore="glossary/?*"
	cd glossary && PYTHONPATH=.. DJANGO_SETTINGS_MODULE=cms.settings.dev ../$(PY) -m django makemessages -l de --add-location=file --ignore=tests
	DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) manage.py compilemessages -l de $(MESSAGES_IGNORE)

bench: $(VENV)/.installed-run ## Benchmark on a throwaway PostgreSQL with gunicorn and wrk (QUICK=1: a smaller, shorter run; SCALE=20000: that many entries; PROFILE=entry_cold: a profile of that row's renders)
	$(PY) scripts/throwaway_postgres.py -- $(PY) -m bench.run $(if $(QUICK),--quick) $(if $(SCALE),--scale $(SCALE)) $(if $(PROFILE),--profile $(PROFILE))

soak: $(VENV)/.installed-run ## Soak test (about 3 min): readers, an editor and a PostgreSQL restart against gunicorn
	$(PY) scripts/throwaway_postgres.py -- $(PY) -m soak.run

clean: ## Remove the virtualenv, the node packages, the front-end's build, the SQLite database, media and collected static files
	rm -rf $(VENV) tests/e2e/node_modules $(FRONTEND)/node_modules $(FRONTEND)/.next db.sqlite3 db.sqlite3-shm db.sqlite3-wal media staticfiles

# pip-tools gets a venv of its own, so that the project's venv holds only what the lock files name.
PIP_TOOLS := $(VENV)/pip-tools
$(PIP_TOOLS)/bin/pip-compile: | $(VENV)/bin/python
	$(PY) -m venv $(PIP_TOOLS)
	$(PIP_TOOLS)/bin/python -m pip install -q pip==$(PIP_VERSION) pip-tools==$(PIP_TOOLS_VERSION)

# The hashes are those of PyPI's files: the resolver reads PyPI alone, whatever the local pip
# configuration adds (mirrors, wheel folders, constraints).
PIP_COMPILE := env -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL -u PIP_FIND_LINKS -u PIP_CONSTRAINT \
	PIP_CONFIG_FILE=/dev/null CUSTOM_COMPILE_COMMAND="make lock" $(PIP_TOOLS)/bin/pip-compile --quiet \
	--generate-hashes --allow-unsafe --strip-extras --newline=lf $(if $(UPGRADE),--upgrade)

lock: $(PIP_TOOLS)/bin/pip-compile ## Pin every dependency with hashes, from requirements*.in to requirements*.txt (UPGRADE=1: newest allowed)
	$(PIP_COMPILE) --output-file=requirements.txt requirements.in
	$(PIP_COMPILE) --output-file=requirements-dev.txt requirements-dev.in
