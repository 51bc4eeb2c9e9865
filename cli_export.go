package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefwright/briefwright/dossier"
	"github.com/briefwright/briefwright/export"
)

// exportFlags are the options export and brief share.
type exportFlags struct {
	out          *string
	page         *string
	date         *string
	reviewedOnly *bool
}

func addExportFlags(fs *flag.FlagSet) exportFlags {
	return exportFlags{
		out:          fs.String("o", "", "output file: .pdf, .md or .json"),
		page:         fs.String("page", "A4", "page size: A4 or Letter"),
		date:         fs.String("date", "", "creation date printed and stored in the file, YYYY-MM-DD (for reproducible output)"),
		reviewedOnly: fs.Bool("reviewed-only", false, "leave out proposals nobody has accepted yet"),
	}
}

func (f exportFlags) options() (export.Options, error) {
	opt := export.Options{LeaveOutProposed: *f.reviewedOnly}
	switch strings.ToLower(*f.page) {
	case "a4":
		opt.PageSize = "A4"
	case "letter":
		opt.PageSize = "Letter"
	default:
		return opt, errUsage(fmt.Sprintf("unknown page size %q: use A4 or Letter", *f.page))
	}
	if *f.date != "" {
		t, err := time.Parse("2006-01-02", *f.date)
		if err != nil {
			return opt, errUsage(fmt.Sprintf("bad -date %q: use YYYY-MM-DD", *f.date))
		}
		opt.Created = t
	}
	if *f.out == "" {
		return opt, errUsage("missing -o OUT.pdf (or .md, .json)")
	}
	switch strings.ToLower(filepath.Ext(*f.out)) {
	case ".pdf", ".md", ".json":
	default:
		return opt, errUsage(fmt.Sprintf("cannot export to %s: the file name must end in .pdf, .md or .json", *f.out))
	}
	return opt, nil
}

func cmdExport(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	path := fs.String("dossier", "", "dossier file to export")
	ef := addExportFlags(fs)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return errUsage(fmt.Sprintf("unexpected argument %q", rest[0]))
	}
	if *path == "" {
		return errUsage("export needs -dossier FILE")
	}
	opt, err := ef.options()
	if err != nil {
		return err
	}
	st, err := dossier.OpenReadOnly(*path)
	if err != nil {
		return err
	}
	defer st.Close()
	d, err := st.Snapshot()
	if err != nil {
		return fmt.Errorf("read %s: %w", *path, err)
	}
	if err := export.WriteFile(*ef.out, d, opt); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *ef.out)
	return nil
}

func cmdBrief(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("brief", flag.ContinueOnError)
	ef := addExportFlags(fs)
	var m dossier.Meta
	fs.StringVar(&m.Author, "author", "", "author printed on the cover")
	fs.StringVar(&m.Marking, "marking", "", `handling marking for the cover, header and footer, e.g. "UNCLASSIFIED // OPEN SOURCE"`)
	files, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return errUsage("brief needs at least one article file")
	}
	opt, err := ef.options()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "briefwright-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	d, err := briefDossier(filepath.Join(tmp, "brief.dossier"), files, m, stderr)
	if err != nil {
		return err
	}
	if err := export.WriteFile(*ef.out, d, opt); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", *ef.out)
	return nil
}

// briefDossier builds a throwaway dossier from the articles, with the
// author and marking given, and reads it back whole. Bad files are reported
// and skipped; none good is an error.
func briefDossier(path string, files []string, given dossier.Meta, stderr io.Writer) (*dossier.Dossier, error) {
	st, err := dossier.Open(path)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	var titles []string
	for _, f := range files {
		a, x, err := prepare(f)
		if err != nil {
			fmt.Fprintf(stderr, "briefwright: %v\n", err)
			continue
		}
		if _, err := st.AddArticle(a, x); err != nil {
			fmt.Fprintf(stderr, "briefwright: %s: %v\n", f, err)
			continue
		}
		titles = append(titles, a.Title)
	}
	if len(titles) == 0 {
		return nil, fmt.Errorf("no article could be read, so there is nothing to brief")
	}
	m, err := st.Meta()
	if err != nil {
		return nil, err
	}
	m.Author, m.Marking = given.Author, given.Marking
	m.Title = titles[0]
	if len(titles) > 1 {
		m.Title = fmt.Sprintf("Briefing on %d articles", len(titles))
		m.Subject = strings.Join(titles, "; ")
	}
	if err := st.UpdateMeta(m); err != nil {
		return nil, err
	}
	return st.Snapshot()
}
