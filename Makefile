# Two commands set up a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# What serving needs, then the test and lint tools on top (pytest, Playwright, ruff, ...).
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format install install-dev migrate seed clean serve-prod backup restore \
	bench loadtest

$(RUN_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(DEV_STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV_STAMP)

install: $(RUN_STAMP)

install-dev: $(DEV_STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed

# The admin's password is printed when it is made and repeated last, after the seed output,
# next to the address to open.
run: migrate
	@admin="$$($(BIN)/python manage.py ensure_local_admin)" && echo "$$admin" && \
	$(BIN)/python manage.py seed && \
	echo && echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)" && \
	echo "$$admin" && echo && \
	exec $(BIN)/python manage.py runserver $(HOST):$(PORT)

# The production stack on loopback: gunicorn + whitenoise, DEBUG off. Uses DATABASE_URL if set.
serve-prod: migrate
	TRACKER_ENV=production $(PROD_ENV) $(BIN)/python manage.py collectstatic --noinput -v0
	TRACKER_ENV=production $(PROD_ENV) $(BIN)/gunicorn tracker.wsgi:application -c gunicorn.conf.py

# SECRET_KEY is random per start unless given; the cookies stay secure-only unless told.
PROD_ENV = DATABASE_URL=$${DATABASE_URL:-sqlite:///$(CURDIR)/db.sqlite3} \
	SECRET_KEY=$${SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')} \
	ALLOWED_HOSTS=$${ALLOWED_HOSTS:-127.0.0.1,localhost} \
	SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false}

# Benchmarks (not part of `make test`): BENCH_DATABASE_URL, default the tracker_bench database.
BENCH_SIZE ?= 100000
bench: install-dev
	command -v wrk >/dev/null || apt-get install -y wrk
	$(BIN)/python tests/benchmarks/run.py --size $(BENCH_SIZE)

# 64 connections for 60 s of reads plus clerk writes (one per 2 s), then the same while PostgreSQL
# restarts (LOAD_FAULT=kill: the app's sessions are terminated every 5 s instead).
LOAD_FAULT ?= restart
loadtest: install-dev
	command -v wrk >/dev/null || apt-get install -y wrk
	$(BIN)/python tests/benchmarks/loadtest.py --fault $(LOAD_FAULT) --size $(BENCH_SIZE)

backup: install
	$(BIN)/python manage.py backup $(BACKUP)

# Asks before replacing everything; YES=1 answers for a script (manage.py restore --yes).
restore: install
	@test -n "$(BACKUP)" || (echo "usage: make restore BACKUP=backups/<file> [YES=1]"; exit 2)
	$(BIN)/python manage.py restore $(BACKUP) $(if $(YES),--yes)

test: install-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
