# Briefwright. `make run` opens the app on the demo dossier; `make test` runs
# every test. Both first install what is missing (scripts/setup.sh).
# Packages: `make dist-linux`, `dist-windows`, `dist-darwin`, `install`
# (scripts/dist.mk).
#
# Every go command runs with the same build tags: a different set would
# rebuild the cgo SQLite and GLFW code (minutes) instead of reusing the cache.

GO      ?= go
TAGS    := sqlite_fts5
BIN     := briefwright
export GOFLAGS     := -tags=$(TAGS)
export CGO_ENABLED := 1

.PHONY: all setup build run test vet fmt-check fuzz bench clean

all: build

setup:
	@./scripts/setup.sh

build: setup
	$(GO) build -o $(BIN) .

run: build
	./$(BIN) demo

test: setup vet fmt-check
	$(GO) test ./...

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

# Fuzz each parser of outside input for a while (FUZZTIME=30s by default).
FUZZTIME ?= 30s
fuzz:
	@./scripts/fuzz.sh $(FUZZTIME)

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf $(BIN) dist/

-include scripts/dist.mk
