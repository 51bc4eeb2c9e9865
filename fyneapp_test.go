package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/briefwright/briefwright/ui"
)

// TestFyneAppMatches keeps the packaging metadata in step with the code:
// packaged builds take their version and app ID from FyneApp.toml, while
// -version, the About dialog and the preferences use Version and ui.AppID.
func TestFyneAppMatches(t *testing.T) {
	details := readTOMLSection(t, "FyneApp.toml", "Details")
	for _, c := range []struct{ key, want string }{
		{"Version", Version},
		{"ID", ui.AppID},
		{"Name", "Briefwright"},
		{"Icon", "assets/icon.png"},
	} {
		if got := details[c.key]; got != c.want {
			t.Errorf("FyneApp.toml [Details] %s = %q, want %q", c.key, got, c.want)
		}
	}
	if n, err := strconv.Atoi(details["Build"]); err != nil || n < 1 {
		t.Errorf("FyneApp.toml [Details] Build = %q, want a number ≥ 1", details["Build"])
	}
	if _, err := os.Stat(details["Icon"]); err != nil {
		t.Errorf("FyneApp.toml icon: %v", err)
	}
}

// readTOMLSection returns the key = value pairs of one table of a flat TOML
// file, strings unquoted. FyneApp.toml needs no more than that, and a full
// TOML parser is not worth a dependency for one test.
func readTOMLSection(t *testing.T, path, section string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kv := map[string]string{}
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			in = line == "["+section+"]"
		case in:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				t.Fatalf("%s: cannot read line %q", path, line)
			}
			v = strings.TrimSpace(v)
			if s, err := strconv.Unquote(v); err == nil {
				v = s
			}
			kv[strings.TrimSpace(k)] = v
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(kv) == 0 {
		t.Fatalf("%s: no [%s] table", path, section)
	}
	return kv
}
