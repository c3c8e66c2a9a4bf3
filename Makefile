PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EVAL_TEXTS ?= ../shared/eval/texts
# real journal PDFs made by others, in dev/, dev2/, dev3/, dev4/, heldout/, heldout2/, heldout3/, heldout4/, heldout5/, heldout6/, heldout7/, heldout8/, heldout9/, heldout10/, heldout11/, heldout12/, heldout13/, heldout14/, heldout15/, heldout16/, heldout17/, heldout18/, heldout19/, heldout20/, heldout21/, heldout22/, heldout23/, heldout24/, heldout25/, heldout26/, heldout27/, heldout28/, heldout29/, heldout30/, heldout31/, heldout32/, heldout33/, heldout34/, heldout35/, heldout36/, heldout37/, heldout38/, heldout39/, heldout40/, heldout41/, heldout42/, heldout43/, heldout44/, heldout45/, heldout46/, heldout47/, heldout48/ and heldout49/ (not in the repository:
# rebuilt by scripts/journal_sources.py); their annotations are in tests/data/journal_real/gold/
JOURNAL_PDFS ?= ../material/journal_pdf
# a clone of github.com/dialogue-evaluation/factRuEval-2016 (MIT): Russian texts with organisations annotated by others
FACTRUEVAL ?= ../material/factRuEval-2016
# the Russian news of the BSNLP shared task on Slavic named entities, one folder per topic, as kept in
# github.com/UL-FRI-Zitnik/BSNLP-2021-Shared-Task (data/datasets/bsnlp): organisations annotated by others;
# Brexit and Nord Stream are read for errors, the other topics only scored
BSNLP ?= ../material/bsnlp-repo/data/datasets/bsnlp
# the customs news sets of tests/data/customs_news (scripts/customs_news.py, scripts/customs_english.py write their texts)
CUSTOMS_NEWS ?= ../material

.PHONY: run test lint eval bench install clean pdfs

run: $(STAMP)
	$(BIN)/python -m pipeline run corpora/ -o outputs/

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests scripts
	$(BIN)/mypy pipeline

eval: $(STAMP)
	$(BIN)/python -m pipeline run corpora/ -o outputs/samples/ --no-html --force
	$(BIN)/python -m pipeline eval outputs/samples/ tests/gold/
	@if [ -d $(EVAL_TEXTS) ]; then \
	  $(BIN)/python -m pipeline run $(EVAL_TEXTS) -o outputs/eval/ --no-html --force && \
	  $(BIN)/python -m pipeline eval outputs/eval/ tests/gold/eval/; \
	else echo "$(EVAL_TEXTS) not found: held-out texts not scored"; fi
	$(BIN)/python -m pipeline run tests/data/journal/pdf -o outputs/journal/ --no-html --force
	$(BIN)/python -m pipeline eval outputs/journal/ tests/data/journal/pdf --parts
	$(BIN)/python scripts/journal_plain.py outputs/journal-plain-texts > /dev/null
	$(BIN)/python -m pipeline run outputs/journal-plain-texts -o outputs/journal-plain/ --no-html --force
	$(BIN)/python scripts/journal_agreement.py outputs/journal-plain/ outputs/journal/
	@for split in devset testset; do \
	  if [ -d $(FACTRUEVAL)/$$split ]; then \
	    $(BIN)/python scripts/factrueval_gold.py $(FACTRUEVAL)/$$split outputs/factrueval-$$split > /dev/null && \
	    $(BIN)/python -m pipeline run outputs/factrueval-$$split/texts -o outputs/factrueval-$$split/out --no-html --force && \
	    $(BIN)/python -m pipeline eval outputs/factrueval-$$split/out outputs/factrueval-$$split/gold; \
	  else echo "$(FACTRUEVAL)/$$split not found: not scored"; fi; \
	done
	@if [ -d $(BSNLP) ]; then \
	  $(BIN)/python scripts/bsnlp_gold.py $(BSNLP) outputs/bsnlp-dev brexit nord_stream > /dev/null && \
	  $(BIN)/python -m pipeline run outputs/bsnlp-dev/texts -o outputs/bsnlp-dev/out --no-html --force && \
	  $(BIN)/python -m pipeline eval outputs/bsnlp-dev/out outputs/bsnlp-dev/gold && \
	  $(BIN)/python scripts/bsnlp_gold.py $(BSNLP) outputs/bsnlp-heldout asia_bibi ec ryanair trump > /dev/null && \
	  $(BIN)/python -m pipeline run outputs/bsnlp-heldout/texts -o outputs/bsnlp-heldout/out --no-html --force && \
	  $(BIN)/python -m pipeline eval outputs/bsnlp-heldout/out outputs/bsnlp-heldout/gold; \
	else echo "$(BSNLP) not found: BSNLP news not scored"; fi
	@for set in news1:customs_unseen news2:customs_unseen2 news3:customs_unseen3 news4:customs_unseen4 news5:customs_unseen5 news6:customs_unseen6 en1:customs_english en2:customs_english2 en3:customs_english3 en4:customs_english4; do \
	  name=$${set%%:*}; texts=$(CUSTOMS_NEWS)/$${set#*:}/texts; \
	  if [ -d $$texts ]; then \
	    $(BIN)/python -m pipeline run $$texts -o outputs/customs-$$name/ --no-html --force && \
	    $(BIN)/python -m pipeline eval outputs/customs-$$name/ tests/data/customs_news/$$name/gold; \
	  else echo "$$texts not found: customs news $$name not scored (tests/data/customs_news/$$name/SOURCES.md)"; fi; \
	done
	@for split in dev dev2 dev3 dev4 heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16 heldout17 heldout18 heldout19 heldout20 heldout21 heldout22 heldout23 heldout24 heldout25 heldout26 heldout27 heldout28 heldout29 heldout30 heldout31 heldout32 heldout33 heldout34 heldout35 heldout36 heldout37 heldout38 heldout39 heldout40 heldout41 heldout42 heldout43 heldout44 heldout45 heldout46 heldout47 heldout48 heldout49; do \
	  if [ -d $(JOURNAL_PDFS)/$$split ]; then \
	    $(BIN)/python -m pipeline run $(JOURNAL_PDFS)/$$split -o outputs/journal-$$split/ --no-html --force && \
	    $(BIN)/python -m pipeline eval outputs/journal-$$split/ tests/data/journal_real/gold/$$split --parts; \
	  else echo "$(JOURNAL_PDFS)/$$split not found: not scored (scripts/journal_sources.py rebuilds it)"; fi; \
	done

bench: $(STAMP)
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python scripts/bench.py

pdfs: $(STAMP)
	$(BIN)/python scripts/make_pdfs.py corpora

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf outputs/* build *.egg-info
