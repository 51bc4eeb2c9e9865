# Packaged builds, included by the Makefile. Each target leaves one archive in
# dist/ (see scripts/dist-package.sh):
#
#   make dist-linux     .tar.xz with the binary, .desktop file, icon, Makefile
#   make dist-windows   .zip with a GUI .exe carrying icon and version info;
#                       cross-built with mingw-w64 on Linux, native on Windows
#   make dist-darwin    .zip with Briefwright.app (on a Mac)
#   make install        dist-linux, then installs it for this user in ~/.local
#   make uninstall      removes what install put there (dossiers stay)
#
# They use the fyne command from fyne.io/tools at a pinned version, installed
# into .tools/ on first use.

FYNE_TOOLS_VERSION := v1.7.4
HOSTOS  := $(shell $(GO) env GOHOSTOS)
HOSTEXE := $(if $(filter windows,$(HOSTOS)),.exe,)
FYNE    := $(CURDIR)/.tools/fyne-$(FYNE_TOOLS_VERSION)/fyne$(HOSTEXE)
VERSION := $(shell sed -n 's/^const Version = "\(.*\)"/\1/p' main.go)
DIST_ENV := FYNE="$(FYNE)" VERSION="$(VERSION)" TAGS="$(TAGS)" GO="$(GO)"

# The C cross compiler for Windows: Debian's mingw-w64 on Linux, the gcc on
# PATH (MinGW-w64) on Windows itself.
ifeq ($(HOSTOS),windows)
WINDOWS_CC ?= gcc
else
WINDOWS_CC ?= x86_64-w64-mingw32-gcc
endif

APP_ID := io.briefwright.app
LINUX_TARBALL = dist/briefwright-$(VERSION)-linux-$(shell $(GO) env GOARCH).tar.xz

.PHONY: dist-check dist-linux dist-windows dist-darwin install uninstall check-workflow print-version

# Under MSYS2 on Windows, go needs GOBIN as a Windows path (cygpath -m).
$(FYNE):
	GOBIN="$$(cygpath -m '$(dir $(FYNE))' 2>/dev/null || echo '$(dir $(FYNE))')" \
	  GOFLAGS= CGO_ENABLED=0 $(GO) install fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION)

# A packaged build takes its version from FyneApp.toml, -version from main.go.
dist-check:
	@toml=$$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml); \
	if [ -z "$(VERSION)" ] || [ "$$toml" != "$(VERSION)" ]; then \
	  echo "Version mismatch: main.go says '$(VERSION)', FyneApp.toml says '$$toml'." >&2; exit 1; fi

dist-linux: dist-check $(FYNE)
	@./scripts/setup.sh linux
	$(DIST_ENV) ./scripts/dist-package.sh linux

dist-windows: dist-check $(FYNE)
	@./scripts/setup.sh windows
	$(DIST_ENV) CC=$(WINDOWS_CC) GOARCH=amd64 ./scripts/dist-package.sh windows

dist-darwin: dist-check $(FYNE)
	@./scripts/setup.sh
	$(DIST_ENV) ./scripts/dist-package.sh darwin

# The tarball's own Makefile knows where each file goes under ~/.local.
install: dist-linux
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	tar -xJf $(LINUX_TARBALL) -C "$$tmp" && \
	$(MAKE) --no-print-directory -C "$$tmp/briefwright" user-install && \
	{ command -v update-desktop-database >/dev/null 2>&1 && \
	  update-desktop-database -q "$$HOME/.local/share/applications" || true; } && \
	echo "Installed $$HOME/.local/bin/briefwright and a Briefwright entry in the applications menu."

uninstall:
	rm -f "$$HOME/.local/bin/briefwright" \
	      "$$HOME/.local/share/applications/$(APP_ID).desktop" \
	      "$$HOME/.local/share/icons/$(APP_ID).png"
	@echo "Removed Briefwright; your dossiers are still in $${XDG_DATA_HOME:-$$HOME/.local/share}/briefwright."

# The release workflow must parse and name only targets that exist.
check-workflow:
	@./scripts/dist-check-workflow.sh

print-version:
	@echo $(VERSION)
