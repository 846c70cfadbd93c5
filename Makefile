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
# What the front-end checks the CMS's webhook with, on this machine only; set your own elsewhere.
FRONTEND_WEBHOOK_SECRET ?= whsec_bWFrZSBydW4ncyBsb2NhbCBmcm9udC1lbmQgd2ViaG9vayBrZXk=

.DEFAULT_GOAL := help
.PHONY: help run frontend frontend-build api-schema test lint format chromium bench soak clean scaleout-test lock

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

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

# The Next.js front-end, built again when its sources or packages changed.
FRONTEND_BUILD := frontend/.next/BUILD_ID
FRONTEND_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
	frontend/package-lock.json frontend/next.config.ts frontend/tsconfig.json frontend/server.mjs
NEXT_START := cd frontend && NEXT_TELEMETRY_DISABLED=1 FRONTEND_WEBHOOK_SECRET="$(FRONTEND_WEBHOOK_SECRET)" \
	FRONTEND_HOST=$(HOST) FRONTEND_PORT=$(FRONTEND_PORT) exec node server.mjs

$(FRONTEND_BUILD): $(FRONTEND_SOURCES)
	cd frontend && npm ci --no-audit --no-fund && NEXT_TELEMETRY_DISABLED=1 npx next build

frontend-build: $(FRONTEND_BUILD) ## Install the front-end's packages (npm ci) and build it (next build), when its sources changed

run: export HEADLESS_CLIENT_URLS ?= http://$(HOST):$(FRONTEND_PORT)/api/draft/
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: export DEBUG ?= false
run: $(VENV)/.installed-run $(FRONTEND_BUILD) ## Install, load demo content into SQLite, serve it on :8000 with the task worker and the front-end on :8020
	$(PY) manage.py migrate --noinput -v0
	$(PY) manage.py collectstatic --noinput -v0
	$(PY) manage.py load_demo_content --base-url http://$(HOST):$(PORT)
	$(PY) manage.py start_scheduled_publishing
	$(PY) manage.py connect_frontend --revalidate-url http://$(HOST):$(FRONTEND_PORT)/api/revalidate/ \
		--secret $(FRONTEND_WEBHOOK_SECRET)
	@$(PY) manage.py db_worker --no-reload & worker=$$!; \
	(CMS_URL=http://$(HOST):$(PORT) && export CMS_URL && $(NEXT_START)) & frontend=$$!; \
	trap 'kill $$worker $$frontend 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver --noreload $(HOST):$(PORT)

frontend: $(FRONTEND_BUILD) ## Serve the built front-end on http://127.0.0.1:8020, rendering the API at CMS_URL
	export CMS_URL=$(CMS_URL) && $(NEXT_START)

api-schema: $(VENV)/.installed-run ## Write frontend/openapi.json from the API v3 schema, and regenerate the front-end's types from it
	$(PY) manage.py api_schema
	test -d frontend/node_modules || npm ci --prefix frontend --no-audit --no-fund
	cd frontend && npm run generate-types

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

test: $(VENV)/.installed-dev chromium $(E2E_NODE) $(FRONTEND_BUILD) ## Install, start a throwaway PostgreSQL and run every test (browser tests and accessibility checks included), with a coverage report
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo
	$(PY) scripts/throwaway_postgres.py -- $(VENV)/bin/pytest --cov --cov-report= $(GLOSSARY_PACKAGE_TESTS)
	$(PY) scripts/throwaway_postgres.py -- $(VENV)/bin/pytest --cov --cov-append --cov-report=term $(PYTEST_ARGS)

scaleout-test: $(VENV)/.installed-dev ## Two gunicorn instances on one PostgreSQL and Redis, a Redis outage, backup and restore
	$(PY) scripts/throwaway_postgres.py -- $(VENV)/bin/pytest tests/scaleout

lint: $(VENV)/.installed-dev ## Lint and check formatting with ruff, and the import contracts with import-linter
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo

format: $(VENV)/.installed-dev ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: $(VENV)/.installed-run ## Benchmark on a throwaway PostgreSQL with gunicorn and wrk (QUICK=1: a smaller, shorter run)
	$(PY) scripts/throwaway_postgres.py -- $(PY) -m bench.run $(if $(QUICK),--quick)

soak: $(VENV)/.installed-run ## Soak test (about 3 min): readers, an editor and a PostgreSQL restart against gunicorn
	$(PY) scripts/throwaway_postgres.py -- $(PY) -m soak.run

clean: ## Remove the virtualenv, the browser tests' node packages, the SQLite database, media and collected static files
	rm -rf $(VENV) tests/e2e/node_modules db.sqlite3 db.sqlite3-shm db.sqlite3-wal media staticfiles

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
