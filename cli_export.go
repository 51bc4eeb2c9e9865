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
	c := newCommand("export", "export -dossier FILE -o OUT.{pdf,md,json} [options]",
		"Writes a dossier's briefing as a PDF or Markdown file, or the whole dossier as JSON.\n"+
			"The dossier is only read.", stdout)
	path := c.fs.String("dossier", "", "dossier file to export")
	ef := addExportFlags(c.fs)
	rest, err := c.parse(args)
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
	if err := notOverDossier(*ef.out, *path); err != nil {
		return err
	}
	st, err := dossier.OpenReadOnly(*path)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := export.WriteStore(*ef.out, st, opt); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", export.Visible(*ef.out))
	return nil
}

func cmdBrief(args []string, stdout, stderr io.Writer) error {
	c := newCommand("brief", "brief ARTICLE... -o OUT.pdf [options]",
		"Makes a briefing straight from article files (.txt, .md, .html, .pdf), without keeping a dossier.\n"+
			"The output may also be .md or .json. Put -- before file names that start with a dash.", stdout)
	ef := addExportFlags(c.fs)
	var m dossier.Meta
	c.fs.StringVar(&m.Author, "author", "", "author printed on the cover")
	c.fs.StringVar(&m.Marking, "marking", "", `handling marking for the cover, header and footer, e.g. "UNCLASSIFIED // OPEN SOURCE"`)
	files, err := c.parse(args)
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
	for _, f := range files {
		if sameFile(*ef.out, f) {
			return fmt.Errorf("will not write the briefing to %s: it is one of the articles being read", *ef.out)
		}
	}
	tmp, err := os.MkdirTemp("", "briefwright-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	st, failed, err := briefDossier(filepath.Join(tmp, "brief.dossier"), files, m, stderr)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := export.WriteStore(*ef.out, st, opt); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\n", export.Visible(*ef.out))
	if failed > 0 {
		// As with import: the briefing holds the articles that could be
		// read, and the exit status says that some could not.
		return errReported
	}
	return nil
}

// briefDossier builds a throwaway dossier from the articles, with the
// author and marking given, and returns it open with the number of files
// that failed. Bad files are reported and skipped; none good is an error.
func briefDossier(path string, files []string, given dossier.Meta, stderr io.Writer) (_ *dossier.Store, failed int, err error) {
	st, err := dossier.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer func() {
		if err != nil {
			st.Close()
		}
	}()
	var titles []string
	for _, f := range files {
		a, x, err := prepare(f)
		if err != nil {
			sayf(stderr, "%v", err)
			failed++
			continue
		}
		if _, err := st.AddArticle(a, x); err != nil {
			sayf(stderr, "%s: %v", f, err)
			failed++
			continue
		}
		titles = append(titles, a.Title)
	}
	if len(titles) == 0 {
		return nil, failed, fmt.Errorf("no article could be read, so there is nothing to brief")
	}
	m, err := st.Meta()
	if err != nil {
		return nil, failed, err
	}
	m.Author, m.Marking = given.Author, given.Marking
	m.Title = titles[0]
	if len(titles) > 1 {
		m.Title = fmt.Sprintf("Briefing on %d articles", len(titles))
		m.Subject = strings.Join(titles, "; ")
	}
	if err := st.UpdateMeta(m); err != nil {
		return nil, failed, err
	}
	return st, failed, nil
}

// notOverDossier refuses an output path that would replace the dossier
// being read or one of the files SQLite keeps beside it while it is open
// (FILE-wal, FILE-shm, FILE-journal): by name, and by identity, so a hard
// link or a symbolic link to the dossier counts as the dossier.
func notOverDossier(out, dossierPath string) error {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if sameFile(out, dossierPath+suffix) {
			what := "the dossier being exported"
			if suffix != "" {
				what = "a file SQLite keeps beside the dossier " + dossierPath
			}
			return fmt.Errorf("will not write the export to %s: it is %s", out, what)
		}
	}
	return nil
}

// sameFile reports whether a and b name the same file: the same file on
// disk when both exist (whatever links lead there), else the same path
// once symbolic links, even ones to files not yet there, are followed.
func sameFile(a, b string) bool {
	ai, aerr := os.Stat(a)
	bi, berr := os.Stat(b)
	if aerr == nil && berr == nil {
		return os.SameFile(ai, bi)
	}
	return resolved(a) == resolved(b)
}

// resolved is path made absolute, its symbolic links followed as far as
// they lead and its folder's links resolved.
func resolved(path string) string {
	for range 40 { // the limit the kernel sets on chains of links
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			break
		}
		target, err := os.Readlink(path)
		if err != nil {
			break
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	dir, base := filepath.Split(abs)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return filepath.Join(dir, base)
}
