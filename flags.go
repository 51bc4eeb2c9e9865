package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// command is a subcommand's flags and the text -help prints for it.
type command struct {
	fs       *flag.FlagSet
	synopsis string // "import -dossier FILE ARTICLE..."
	about    string // what it does, in a sentence or two
	stdout   io.Writer
}

func newCommand(name, synopsis, about string, stdout io.Writer) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &command{fs: fs, synopsis: synopsis, about: about, stdout: stdout}
}

// usage prints the command's help to standard output.
func (c *command) usage() {
	fmt.Fprintf(c.stdout, "usage: briefwright %s\n\n%s\n", c.synopsis, c.about)
	n := 0
	c.fs.VisitAll(func(*flag.Flag) { n++ })
	if n > 0 {
		fmt.Fprintf(c.stdout, "\noptions:\n")
		c.fs.SetOutput(c.stdout)
		c.fs.PrintDefaults()
		c.fs.SetOutput(io.Discard)
	}
}

// parse parses flags that may appear before, between or after the
// positional arguments ("brief a.txt b.txt -o out.pdf"), which the flag
// package alone stops at the first positional argument. After "--" every
// argument is positional, even one that looks like an option. -h, -help and
// --help print the command's usage and return flag.ErrHelp.
func (c *command) parse(args []string) ([]string, error) {
	var opts, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a) // "-" alone is a name too
			continue
		}
		opts = append(opts, a)
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		f := c.fs.Lookup(name)
		if f == nil || hasValue || isBool(f) {
			continue // unknown options are reported by Parse below
		}
		// The option's value is the next argument, whatever it looks like.
		if i+1 < len(args) {
			i++
			opts = append(opts, args[i])
		}
	}
	err := c.fs.Parse(opts)
	switch {
	case errors.Is(err, flag.ErrHelp):
		c.usage()
		return nil, err
	case err != nil:
		msg := err.Error()
		if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
			msg = "unknown option " + name
		}
		msg = strings.Replace(msg, "flag needs an argument: ", "option needs a value: ", 1)
		return nil, errUsage(msg)
	case c.fs.NArg() > 0:
		// Every option value was taken above, so Parse cannot stop early.
		return nil, errUsage(fmt.Sprintf("unexpected argument %q", c.fs.Arg(0)))
	}
	return pos, nil
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
