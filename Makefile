# Two commands matter: `make run` (try Sinergi on this machine) and `make test` (what CI runs).
VENV   := .venv
PY     := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: run test install install-dev browser lint translations messages bench clean

run: install
	DEBUG=true $(PY) manage.py migrate --noinput
	DEBUG=true $(PY) manage.py load_demo --quiet-logins
	DEBUG=true $(PY) manage.py start

test: install-dev browser
	DEBUG=true HUEY_IMMEDIATE=true HUEY_FILE=var/huey-test.sqlite3 DJANGO_ALLOW_ASYNC_UNSAFE=true \
	  $(VENV)/bin/pytest $(PYTEST_ARGS)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

install: $(VENV)/.installed translations

install-dev: install $(VENV)/.installed-dev

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

translations: $(VENV)/.installed
	DEBUG=true $(PY) manage.py compile_translations

# Refresh the catalogues from the code (needs GNU gettext); then translate the new entries.
messages:
	DEBUG=true $(PY) manage.py makemessages --locale id --locale en --ignore '.venv/*' --ignore 'var/*' --no-obsolete

# Browser tests drive Debian's Chromium (never a browser downloaded by Playwright); the
# catalogue test extracts strings with GNU gettext.
browser:
	@command -v chromium >/dev/null && command -v xgettext >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium gettext >/dev/null; \
	  else echo "The tests need Debian's chromium and gettext: sudo apt-get install chromium gettext"; exit 1; fi; }

# Public release page and search on 100,000 releases; see docs/benchmarks.md (BENCH_ARGS="postgresql", ...).
bench: install
	$(PY) bench/run.py $(BENCH_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

clean:
	rm -rf $(VENV) var
