# veille: everything a fresh machine needs, in three targets.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install vendor demo serve mixed-ledger test gate bench bench-ledger bench-api bench-soak bench-long clean

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

demo: install
	$(BIN)/veille extract demo/articles -o demo/out/records.jsonl
	$(BIN)/veille show demo/out/records.jsonl
	rm -f demo/out/veille.db demo/out/veille.db-wal demo/out/veille.db-shm
	$(BIN)/veille ingest demo/out/records.jsonl --db demo/out/veille.db --quiet
	@echo "Records: demo/out/records.jsonl (veille/1 JSON Lines). Ledger: demo/out/veille.db (try: .venv/bin/veille events --db demo/out/veille.db -t)."
	@echo "Browse it: make serve   (or .venv/bin/veille serve --db demo/out/veille.db, then open http://127.0.0.1:8000/)"

serve: install
	@test -f demo/out/veille.db || $(MAKE) demo
	$(BIN)/veille serve --db demo/out/veille.db

# French and English in one ledger: ../shared's seed and development articles,
# and the demo's story told in both languages (demo/stories, English, before
# the French that re-reports it: on the same day, the article ingested later
# is the one linked to the other).
MIXED := demo/out/mixed.db
mixed-ledger: install
	@if [ ! -d "$(SHARED)/data/dev/en" ]; then \
		echo "mixed-ledger: $(SHARED)/data not found (put ../shared beside the repo or set SHARED=...): skipped"; exit 0; fi; \
	mkdir -p demo/out && rm -f $(MIXED) $(MIXED)-wal $(MIXED)-shm && \
	$(BIN)/veille ingest $(SHARED)/data/seed $(SHARED)/data/dev/en demo/stories $(SHARED)/data/dev/fr demo/articles \
		--db $(MIXED) --quiet -j 2 && \
	$(BIN)/veille stats --db $(MIXED) | $(BIN)/python -c 'import json,sys; s=json.load(sys.stdin)[0]; print("articles by language:", s["languages"], "· linked across languages:", s["translations"])' && \
	$(BIN)/veille compare --db $(MIXED) --cross-language -t && \
	$(BIN)/veille records import $(SHARED)/data/airforce/missile_attacks_daily.csv --db $(MIXED) && \
	$(BIN)/veille reconcile --db $(MIXED) > demo/out/mixed-reconcile.txt && \
	echo "Reconciliation of French and English attack figures with the Air Force record: demo/out/mixed-reconcile.txt" && \
	echo "Ledger: $(MIXED) (try: .venv/bin/veille statements --db $(MIXED) --language en -t; .venv/bin/veille serve --db $(MIXED))"

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

bench-soak: install
	$(BIN)/python benchmarks/soak.py

bench-long: install
	$(BIN)/python benchmarks/long_text.py

clean:
	rm -rf $(VENV) demo/out build *.egg-info node_modules $(VENDOR)
