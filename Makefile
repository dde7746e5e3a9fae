# veille: everything a fresh machine needs, in three targets.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install demo test gate bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "veille needs Python 3.11 ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/veille extract demo/articles -o demo/out/records.jsonl
	$(BIN)/veille show demo/out/records.jsonl
	rm -f demo/out/veille.db demo/out/veille.db-wal demo/out/veille.db-shm
	$(BIN)/veille ingest demo/out/records.jsonl --db demo/out/veille.db --quiet
	@echo "Records: demo/out/records.jsonl (veille/1 JSON Lines). Ledger: demo/out/veille.db (try: .venv/bin/veille events --db demo/out/veille.db -t)."

test: install
	$(BIN)/python -m pytest -q

gate: install
	$(BIN)/python -m pytest -q tests/test_quality_gate.py

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) demo/out build *.egg-info
