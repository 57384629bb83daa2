# Chronicle — build, demo, tests, benchmarks and quality figures.
# `make demo` and `make test` are all a fresh clone needs (see README.md).

GO      ?= go
BIN     := bin/chronicle
SHARED  ?= ../shared
DEMO_DB ?= demo.db
OUT     := out

.PHONY: test-deps all build demo serve test test-short fuzz bench eval eval-seeds eval-zyte events-report vet fmt clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/chronicle

# Build, ingest the bundled corpus into a fresh embedded store, print what it holds.
demo: build
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN) --db $(DEMO_DB) ingest examples/corpus
	@echo
	$(BIN) --db $(DEMO_DB) articles --limit 100
	@echo
	$(BIN) --db $(DEMO_DB) search Istanbul talks --limit 5
	@echo
	@echo "Actors, places and dates Chronicle recognises in one article:"
	$(BIN) entities examples/corpus/reuters/2025-05-16-istanbul-talks.txt
	@echo
	@echo "The timeline merged from every report (first 60 lines), and the actor network by country:"
	$(BIN) --db $(DEMO_DB) timeline --actor Russia --actor Ukraine --citations 3 | head -60
	@echo
	$(BIN) --db $(DEMO_DB) network --by country --top 12
	@echo
	@echo "Developing stories, and what Russia demanded, rejected or agreed:"
	$(BIN) --db $(DEMO_DB) stories --limit 12
	@echo
	$(BIN) --db $(DEMO_DB) positions --actor Russia | head -30
	@echo
	@echo "The awful inputs in examples/bad are refused one by one, with their reasons:"
	@$(BIN) --db $(DEMO_DB) ingest examples/bad || echo "(exit status $$?: those inputs failed, as they should; the articles stored before are untouched)"
	@echo
	@echo "The web UI and the API over the same store (open the address below; Ctrl-C stops):"
	$(BIN) --db $(DEMO_DB) serve --addr $(ADDR)

ADDR ?= 127.0.0.1:8080

# Serve an existing demo store without rebuilding it.
serve: build
	$(BIN) --db $(DEMO_DB) serve --addr $(ADDR)

# Every test: vet, the unit and conformance suites, the race detector on the
# concurrent packages, and a short run of every fuzz target.
# test-deps installs what the tests run against when it is missing: PostgreSQL
# (the tests start a throwaway server of their own on a Unix socket) and
# Chromium (the web UI's browser tests drive it headless).
test-deps:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || \
		{ echo "installing PostgreSQL for the store tests"; \
		  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
	@command -v chromium >/dev/null 2>&1 || \
		{ echo "installing Chromium for the browser tests"; \
		  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: test-deps
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race ./internal/pipeline/... ./internal/store/...
	scripts/pgtest.sh $(GO) test -count=1 -run TestBackendsAgree ./internal/cli/
	$(MAKE) fuzz FUZZTIME=5s

test-short:
	$(GO) test -short ./...

FUZZTIME ?= 30s
fuzz:
	GO=$(GO) scripts/fuzz.sh $(FUZZTIME)

# Throughput and memory of every stage (see README "Performance").
bench: build
	$(GO) test -run='^$$' -bench=. -benchmem -benchtime=2s ./internal/...
	scripts/bench-workers.sh 400

# Quality figures against the gold data in ../shared (not needed by the product).
eval: eval-seeds eval-zyte

eval-seeds: build
	@mkdir -p $(OUT)
	$(BIN) extract --format jsonl $(SHARED)/seeds > $(OUT)/seeds.jsonl
	rm -f $(OUT)/seeds.db $(OUT)/seeds.db-wal $(OUT)/seeds.db-shm
	$(BIN) --db $(OUT)/seeds.db ingest $(SHARED)/seeds
	$(BIN) --db $(OUT)/seeds.db timeline --format json > $(OUT)/seeds-timeline.json
	python3 $(SHARED)/eval/score.py --gold $(SHARED)/eval/seeds.gold.json --texts $(SHARED)/seeds --pred $(OUT)/seeds.jsonl --timeline $(OUT)/seeds-timeline.json --verbose

eval-zyte: build
	@mkdir -p $(OUT)
	$(BIN) extract --format jsonl $(SHARED)/bench/zyte/html > $(OUT)/zyte-html.jsonl
	python3 $(SHARED)/bench/zyte/score.py --pred $(OUT)/zyte-html.jsonl
	$(BIN) extract --format jsonl $(SHARED)/bench/zyte/text > $(OUT)/zyte-text.jsonl
	python3 $(SHARED)/bench/zyte/score.py --pred $(OUT)/zyte-text.jsonl

# Per-type precision and recall of the event extractor on our own corpus
# (internal/event/testdata/corpus.txt).
events-report:
	$(GO) test -count=1 -run '^TestCorpus$$' -v ./internal/event/ | sed -n '/event corpus/,/^--- /p'

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (gofmt -l . && false)

fmt:
	gofmt -w .

clean:
	rm -rf bin $(OUT) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
