// Command briefwright organises news articles into a research dossier and
// exports it as a PDF briefing. With no arguments it opens the desktop app;
// its subcommands are a stable interface for scripts (see README.md).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/briefwright/briefwright/assets"
	"github.com/briefwright/briefwright/export"
	"github.com/briefwright/briefwright/ui"
	_ "github.com/briefwright/briefwright/ui/plainlocale" // before Fyne's init reads the locale
)

// Version is the release number shown by -version and the About dialog.
// FyneApp.toml carries the same number for packaged builds.
const Version = "0.1.0"

const usage = `Briefwright organises news articles into a research dossier.

usage:
  briefwright                                   open the app (last dossier, else a new one)
  briefwright open FILE.dossier                 open the app on that dossier
  briefwright demo                              open the app on the demo dossier
  briefwright extract [-json] ARTICLE...        print what would be extracted; touches no dossier
  briefwright import -dossier FILE ARTICLE...   add articles to a dossier (created if missing)
  briefwright export -dossier FILE -o OUT.{pdf,md,json} [-page A4|Letter] [-date YYYY-MM-DD] [-reviewed-only]
  briefwright brief ARTICLE... -o OUT.pdf [-author NAME] [-marking TEXT]
                                                articles straight to a briefing ({pdf,md,json});
                                                also takes -page, -date and -reviewed-only
  briefwright -version                          print the version

Articles are .txt, .md, .html/.htm or .pdf files. 'briefwright COMMAND -help' explains
a command; after -- every argument is a file name.
`

// errUsage marks a mistake in the command line; the message is printed
// followed by a hint to run -help.
type errUsage string

func (e errUsage) Error() string { return string(e) }

// errReported means the command already told the user what went wrong
// (one line per failed file) and only the exit status is left to set.
var errReported = errors.New("reported")

func main() {
	// A soft memory limit makes the garbage collector work harder before
	// the heap doubles, as it otherwise may: reading a dossier of millions
	// of items then peaks near what it holds, not twice that. GOMEMLIMIT,
	// when set, is left to rule.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(768 << 20)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit status: 0 success,
// 1 failure, 2 bad usage.
func run(args []string, stdout, stderr io.Writer) (status int) {
	defer func() {
		// A bug must still end in one readable sentence, not a stack trace.
		if r := recover(); r != nil {
			sayf(stderr, "internal error: %v", r)
			status = 1
		}
	}()
	err := dispatch(args, stdout, stderr)
	var ue errUsage
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		help := "briefwright -help"
		if len(args) > 0 && subcommands[args[0]] != nil {
			help = "briefwright " + args[0] + " -help"
		}
		sayf(stderr, "%s (see '%s')", ue, help)
		return 2
	case errors.Is(err, errReported):
		return 1
	default:
		sayf(stderr, "%s", err)
		return 1
	}
}

// subcommands are the commands that take arguments of their own.
var subcommands = map[string]func(args []string, stdout, stderr io.Writer) error{
	"open": cmdOpen, "demo": cmdDemo, "extract": cmdExtract, "import": cmdImport, "export": cmdExport, "brief": cmdBrief,
}

// sayf prints one line to the terminal, prefixed with the program's name.
// Names and text from files may hold line breaks, terminal escapes or
// invalid UTF-8: they are shown escaped, so a message stays one line and
// cannot rewrite the terminal.
func sayf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "briefwright: %s\n", export.Visible(fmt.Sprintf(format, args...)))
}

func dispatch(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return ui.Run(appOptions(""))
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "-version", "--version", "version":
		fmt.Fprintf(stdout, "briefwright %s\n", Version)
		return nil
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	if sub := subcommands[cmd]; sub != nil {
		return sub(rest, stdout, stderr)
	}
	if filepath.Ext(cmd) == ".dossier" && len(rest) == 0 {
		// Desktops open a double-clicked file as the first argument.
		path, err := existingDossier(cmd)
		if err != nil {
			return err
		}
		return ui.Run(appOptions(path))
	}
	return errUsage(fmt.Sprintf("unknown command %q", cmd))
}

func cmdOpen(args []string, stdout, _ io.Writer) error {
	c := newCommand("open", "open FILE.dossier", "Opens the app on a dossier.", stdout)
	rest, err := c.parse(args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return errUsage("open takes one dossier file")
	}
	path, err := existingDossier(rest[0])
	if err != nil {
		return err
	}
	return ui.Run(appOptions(path))
}

func cmdDemo(args []string, stdout, _ io.Writer) error {
	c := newCommand("demo", "demo", "Opens the app on the demo dossier, made from a sample article.", stdout)
	rest, err := c.parse(args)
	if err != nil {
		return err
	}
	if len(rest) != 0 {
		return errUsage("demo takes no arguments")
	}
	opt := appOptions("")
	opt.Demo = true
	return ui.Run(opt)
}

// appOptions are the app's settings for opening path ("" for the last
// dossier used).
func appOptions(path string) ui.Options {
	return ui.Options{Path: path, Version: Version, Icon: assets.Icon}
}

func existingDossier(path string) (string, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "", fmt.Errorf("open %s: no such dossier file", path)
	case err != nil:
		return "", fmt.Errorf("open %s: %v", path, errors.Unwrap(err))
	case fi.IsDir():
		return "", fmt.Errorf("open %s: it is a folder, not a dossier file", path)
	}
	return filepath.Abs(path)
}
