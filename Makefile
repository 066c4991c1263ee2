# Sinergi: `make run` to try it, `make test` to check it. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export SSL_CERT_FILE ?= /etc/ssl/certs/ca-certificates.crt
export UV_PROJECT_ENVIRONMENT := .venv
export UV_PYTHON ?= 3.11
export PYTHONDONTWRITEBYTECODE := 1

PY := .venv/bin/python
MANAGE := $(PY) manage.py
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help run test lint check-migrations pytest bench install install-dev system-deps assets messages seed clean \
	stack stack-down drill

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(UV):
	python3 -m venv .tools
	.tools/bin/pip install --quiet uv

system-deps: ## Install Debian packages the site and its tests need (gettext, fonts, Chromium) when missing
	@missing=""; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	[ -f /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ] || missing="$$missing fonts-noto-core"; \
	if [ "$(NEED_BROWSER)" = 1 ]; then \
	  [ -x /usr/bin/chromium ] || missing="$$missing chromium chromium-driver"; \
	fi; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ "$(NEED_STACK)" = 1 ]; then \
	  [ -d /usr/lib/postgresql/15/bin ] || missing="$$missing postgresql-15"; \
	  command -v nginx >/dev/null || missing="$$missing nginx"; \
	  command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	  command -v curl >/dev/null || missing="$$missing curl"; \
	  command -v openssl >/dev/null || missing="$$missing openssl"; \
	fi; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

install: $(UV) ## Install the site's Python and browser packages
	$(MAKE) --no-print-directory system-deps
	$(UV) sync --frozen --no-dev --inexact
	$(MAKE) --no-print-directory assets messages

install-dev: $(UV) ## Install everything, test tools included
	$(MAKE) --no-print-directory system-deps NEED_BROWSER=1
	$(UV) sync --frozen
	$(MAKE) --no-print-directory assets messages

node_modules/.installed: package.json package-lock.json .npmrc
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

assets: node_modules/.installed

messages: ## Compile the translations (.po -> .mo)
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules --ignore=.tools -v 0

seed: ## Migrate and load the demo content and logins (development only)
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) seed_demo

run: install seed ## Install, migrate, load the demo and serve on http://127.0.0.1:8000
	@echo "Sinergi is starting on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

lint: ## ruff, template indentation
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/djhtml --check templates $(wildcard */templates)

check-migrations: ## Django's checks and no missing migrations
	DJANGO_SETTINGS_MODULE=sinergi.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=sinergi.settings.test $(MANAGE) makemigrations --check --dry-run

pytest: ## Run the test suite only (browser journeys included)
	DJANGO_ALLOW_ASYNC_UNSAFE=true .venv/bin/pytest $(PYTEST_ARGS)

test: install-dev lint check-migrations pytest ## Install what tests need, lint, check migrations, run every test

bench: install-dev ## Run the benchmarks in bench/
	@for script in bench/bench_*.py; do $(PY) $$script || exit 1; done

stack: $(UV) ## The production topology on https://127.0.0.1:8080 (STACK_PORT): nginx, 2 gunicorn, 2 db_worker, PostgreSQL, Redis, S3
	$(MAKE) --no-print-directory system-deps NEED_STACK=1
	$(UV) sync --frozen --inexact --group stack
	$(MAKE) --no-print-directory assets messages
	deploy/stack.sh up

stack-down: ## Stop every process `make stack` started
	deploy/stack.sh down

drill: ## Against a running `make stack`: 50 participants for 60 s, then again while killing servers
	$(PY) bench/drill.py
	$(PY) bench/drill.py --faults

clean: ## Remove installed packages and local data
	rm -rf .venv .tools node_modules staticfiles var db.sqlite3
