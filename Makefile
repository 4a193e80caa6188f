# Two commands set up a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format install migrate seed clean serve-prod backup restore bench loadtest

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed

run: seed
	$(BIN)/python manage.py ensure_local_admin
	$(BIN)/python manage.py runserver 127.0.0.1:8000

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
bench: install
	command -v wrk >/dev/null || apt-get install -y wrk
	$(BIN)/python tests/benchmarks/run.py --size $(BENCH_SIZE)

# 64 connections for 60 s of reads plus clerk writes (one per 2 s), then the same while PostgreSQL
# restarts (LOAD_FAULT=kill: the app's sessions are terminated every 5 s instead).
LOAD_FAULT ?= restart
loadtest: install
	command -v wrk >/dev/null || apt-get install -y wrk
	$(BIN)/python tests/benchmarks/loadtest.py --fault $(LOAD_FAULT) --size $(BENCH_SIZE)

backup: install
	$(BIN)/python manage.py backup $(BACKUP)

restore: install
	@test -n "$(BACKUP)" || (echo "usage: make restore BACKUP=backups/<file>"; exit 2)
	$(BIN)/python manage.py restore $(BACKUP)

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
