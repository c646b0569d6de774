# bycn: `make reports` builds every briefing, `make test` runs the tests.
# Every target that needs the environment creates it first (.venv).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

# Independent targets (the briefings) build in parallel, one job per core;
# `make -j1 reports` builds one at a time.
ifeq ($(MAKELEVEL),0)
MAKEFLAGS += --jobs=$(shell nproc 2>/dev/null || echo 1)
endif

# No built-in rules: make would otherwise look for a way to build every document of the
# corpus (each a prerequisite of the manifest) from RCS, SCCS and a dozen suffixes, 0.7 s
# of every run over 1,000 documents, even when nothing is to be done.
MAKEFLAGS += --no-builtin-rules
.SUFFIXES:

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BYCN := $(VENV)/bin/bycn
READY := $(VENV)/.ready

# The corpus is a folder; its manifest (each document's name and content hash) is
# rewritten only when a document is added, changed or removed, and everything built
# from the corpus depends on the manifest, so it is rebuilt then, and only then.
CORPUS_DIR ?= data/raw
PROCESSED ?= data/processed
MANIFEST := $(PROCESSED)/corpus.manifest
PARSED := $(PROCESSED)/.parsed
TABLES := $(PROCESSED)/.tables
INPUTS := $(PROCESSED)/inputs
REPORTS_DIR ?= reports
PACKAGE_FILES := $(shell find src/bycn -type f -not -path '*/__pycache__/*' 2>/dev/null)
# The Debian packages WeasyPrint loads at run time, and poppler-utils (pdftoppm) for
# `make preview`.
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b fontconfig fonts-dejavu-core \
	poppler-utils
PREVIEW_DIR := $(REPORTS_DIR)/preview

.PHONY: help setup system-libs test lint data reports briefings report preview bench lab clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

setup: $(READY) ## create .venv and install bycn with its dev extras (idempotent)

$(READY): pyproject.toml
	@$(MAKE) --no-print-directory system-libs
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "setup: installing bycn and its dependencies into $(VENV)"
	@$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@$(PY) -m ipykernel install --sys-prefix --name bycn --display-name 'Python (bycn)' >/dev/null
	@touch $@

system-libs: ## check the system libraries WeasyPrint (and pdftoppm) need; apt-get install them where permitted
	@missing=""; \
	for lib in libpango-1.0.so.0 libpangoft2-1.0.so.0 libharfbuzz.so.0 libfontconfig.so.1; do \
	  ldconfig -p 2>/dev/null | grep -q "$$lib" || missing="$$missing $$lib"; \
	done; \
	command -v pdftoppm >/dev/null || missing="$$missing pdftoppm"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "system-libs: installing$$missing with apt-get"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; \
	  else \
	    echo "system-libs: missing$$missing; run: sudo apt-get install $(SYSTEM_PACKAGES)" >&2; exit 1; \
	  fi; \
	fi

test: $(READY) ## run the test suite
	@$(PY) -m pytest

lint: $(READY) ## check the code with ruff (lint rules and formatting)
	@$(VENV)/bin/ruff check src tests benchmarks
	@$(VENV)/bin/ruff format --check src tests benchmarks

data: $(TABLES) ## parse new or changed documents (cached) and write the tables to data/processed/

CORPUS_FILES := $(shell find $(CORPUS_DIR) -type f -not -path '*/.*' 2>/dev/null)

# Adding or removing a document changes the folder's time, editing one the file's; a
# document merely touched rewrites nothing, so nothing downstream is rebuilt.
$(MANIFEST): $(CORPUS_DIR) $(CORPUS_FILES)
	@mkdir -p $(@D)
	@cd $(CORPUS_DIR) && find . -type f -not -path '*/.*' -print0 | LC_ALL=C sort -z \
	  | xargs -0 -r sha256sum > $(abspath $@).new
	@if cmp -s $@.new $@; then rm -f $@.new; else mv -f $@.new $@; fi

# One process before the briefings: it parses the new or changed documents (in
# parallel, into the cache) and builds the series' points once for every briefing
# (stored in the cache too), and writes each briefing's inputs (the digest of its
# points) where they changed. `make data` writes the other tables. The stamp is touched
# first: inputs written now are newer than it, and a failed run deletes it
# (.DELETE_ON_ERROR).
$(PARSED): $(MANIFEST) $(PACKAGE_FILES) $(READY)
	@touch $@
	@$(BYCN) series $(CORPUS_DIR) --cache $(PROCESSED)/cache -o $(PROCESSED)/series.csv \
	  --inputs $(INPUTS)

# A briefing's inputs are written by the parse step, and only when its points change:
# make looks at the file's time again after this (empty) recipe, so a document that
# changes other briefings' points only rebuilds those.
$(INPUTS)/%.points: $(PARSED)
	@:

.PRECIOUS: $(INPUTS)/%.points

$(TABLES): $(PARSED)
	@$(BYCN) data $(CORPUS_DIR) --out-dir $(PROCESSED) --cache $(PROCESSED)/cache
	@touch $@

# A briefing reads the corpus the parse step read, from the cache it wrote: a notebook's
# default corpus and cache are $BYCN_CORPUS and $BYCN_CACHE where set (the report's name
# stays that of the default parameters).
report = BYCN_CORPUS=$(abspath $(CORPUS_DIR)) BYCN_CACHE=$(abspath $(PROCESSED))/cache \
	$(BYCN) report $(1)

reports: $(READY) ## build every briefing, HTML and PDF (incremental, parallel)
	@$(MAKE) --no-print-directory briefings BRIEFINGS="$$($(BYCN) report --list)"

# The briefings are those the package declares (bycn.report.briefings), listed by
# `bycn report --list` once the environment exists.
briefings: $(foreach b,$(BRIEFINGS),$(REPORTS_DIR)/$(b).html $(REPORTS_DIR)/$(b).pdf)

$(REPORTS_DIR)/%.html $(REPORTS_DIR)/%.pdf: notebooks/%.ipynb $(INPUTS)/%.points $(PACKAGE_FILES) $(READY)
	@$(call report,$*) --out-dir $(REPORTS_DIR)

# bycn report replaces both files atomically, and only after a good build; a
# failed one leaves the last good pair. Without this, .DELETE_ON_ERROR would
# delete the .pdf of a failed build (make does not know it was left untouched).
.PRECIOUS: $(REPORTS_DIR)/%.html $(REPORTS_DIR)/%.pdf

# The German variant of each briefing, for `make preview`.
$(REPORTS_DIR)/%--language-de.html $(REPORTS_DIR)/%--language-de.pdf: notebooks/%.ipynb $(INPUTS)/%.points $(PACKAGE_FILES) $(READY)
	@$(call report,$*) --out-dir $(REPORTS_DIR) -p language=de

.PRECIOUS: $(REPORTS_DIR)/%--language-de.html $(REPORTS_DIR)/%--language-de.pdf

preview: $(READY) ## every briefing's PDF pages, en and de, as PNG in reports/preview/ (to look at)
	@$(MAKE) --no-print-directory system-libs
	@list="$$($(BYCN) report --list)"; \
	$(MAKE) --no-print-directory briefings BRIEFINGS="$$list $$(printf '%s--language-de ' $$list)"; \
	rm -rf $(PREVIEW_DIR) && mkdir -p $(PREVIEW_DIR); \
	for b in $$list; do for stem in $$b $$b--language-de; do \
	  pdftoppm -r 80 -png $(REPORTS_DIR)/$$stem.pdf $(PREVIEW_DIR)/$$stem; \
	done; done; \
	echo "preview: $$(ls $(PREVIEW_DIR) | wc -l) pages in $(PREVIEW_DIR)/"

report: $(READY) ## one briefing variant: make report NB=trade PARAMS="language=de start=2022"
	@test -n "$(NB)" || { echo "report: name a notebook, e.g. make report NB=trade" >&2; exit 2; }
	@$(call report,$(NB)) --out-dir $(REPORTS_DIR) $(addprefix -p ,$(PARAMS))

bench: $(READY) ## print the performance figures (parser, import time, report builds)
	@$(PY) benchmarks/bench.py

lab: $(READY) ## start JupyterLab on the bycn kernel
	@$(VENV)/bin/jupyter lab --notebook-dir=notebooks

clean: ## remove generated tables and reports (keeps .venv)
	rm -rf data/processed $(REPORTS_DIR)
