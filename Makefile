# column-analysis: the two commands a fresh machine needs are `make report` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: report test lab benchmarks clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,scale]'
	touch $(STAMP)

## make report: create the environment, analyse the bundled sample corpus into an HTML report
report: $(STAMP)
	$(BIN)/python -m analysis report data/sample --out out/sample-report --force
	@echo "Report: out/sample-report/report.html; the tables it was made from are beside it"
	@echo "        (articles.parquet, articles.csv for Excel, evidence.parquet, sentences.parquet, manifest.json)"

## make test: create the environment (with the dev and scale extras) and run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q

## make lab: JupyterLab on notebooks/ with the package importable
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

benchmarks: $(STAMP)
	for f in benchmarks/*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean-venv:
	rm -rf $(VENV)
