// Package plainlocale keeps Fyne quiet under the "C.UTF-8" locale that
// containers and CI machines default to. Fyne's translation setup runs at
// package initialisation and logs an error for a locale named "C.UTF-8"
// (it wants a language tag), which would put noise in front of every CLI
// message. Imported by main before anything that imports Fyne, it rewrites
// the messages category of such a locale to plain "C", which means the same
// to Fyne (no translation) and leaves the character type, which text input
// depends on, as it was.
package plainlocale

import (
	"os"
	"strings"
)

func init() {
	// The same order go-locale reads them in: the first one set wins.
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(env)
		if v == "" {
			continue
		}
		if !strings.HasPrefix(v, "C.") && !strings.HasPrefix(v, "POSIX.") {
			return
		}
		if env == "LC_ALL" {
			// LC_ALL overrides every category; LANG keeps it as the default.
			os.Unsetenv("LC_ALL")
			os.Setenv("LANG", v)
		}
		os.Setenv("LC_MESSAGES", "C")
		return
	}
}
