// Package export turns a dossier into the documents a researcher hands on: a
// PDF briefing, the same briefing as Markdown for editing elsewhere, and the
// whole dossier as JSON for other tools. Output depends only on the dossier's
// content and the Options, so a fixed Created date gives the same bytes.
package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/briefwright/briefwright/dossier"
)

// Options tune a briefing.
type Options struct {
	PageSize         string    // "A4" (default) or "Letter"
	Created          time.Time // date printed and stored in the file; zero means now
	LeaveOutProposed bool      // leave out items nobody has accepted yet
}

func (o Options) created() time.Time {
	if o.Created.IsZero() {
		return time.Now()
	}
	return o.Created
}

// WriteFile writes the export whose kind the file name's extension gives
// (.pdf, .md or .json). It writes to a temporary file beside path, flushed
// to disk, and renames it over path only once the export is whole, so a
// failure never leaves a half-written file behind nor replaces a good one.
func WriteFile(path string, d *dossier.Dossier, opt Options) error {
	var write func(io.Writer) error
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		write = func(w io.Writer) error { return PDF(w, d, opt) }
	case ".md", ".markdown":
		write = func(w io.Writer) error { return Markdown(w, d, opt) }
	case ".json":
		write = func(w io.Writer) error { return JSON(w, d) }
	default:
		return fmt.Errorf("cannot export to %s: the file name must end in .pdf, .md or .json", path)
	}
	return writeAtomic(path, write)
}

// WriteStore writes the export of the dossier st holds, as WriteFile
// writes that of its Snapshot, byte for byte, while reading only what the
// export needs: the briefing reads at most the items it lists per article
// (Store.Excerpt), and the JSON reads the dossier item by item as it
// writes it (Store.View). So the memory an export takes does not grow
// with the number of items.
func WriteStore(path string, st *dossier.Store, opt Options) error {
	var write func(io.Writer) error
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf", ".md", ".markdown":
		ex, err := st.Excerpt(excerptCaps(opt))
		if err != nil {
			return err
		}
		b := briefingOf(&ex.Dossier, ex, opt)
		if strings.EqualFold(filepath.Ext(path), ".pdf") {
			write = func(w io.Writer) error { return renderPDF(w, b, opt) }
		} else {
			write = func(w io.Writer) error { return renderMarkdown(w, b, opt) }
		}
	case ".json":
		write = func(w io.Writer) error {
			return st.View(func(v *dossier.View) error { return JSONView(w, v) })
		}
	default:
		return fmt.Errorf("cannot export to %s: the file name must end in .pdf, .md or .json", path)
	}
	return writeAtomic(path, write)
}

// writeAtomic writes path through write.
func writeAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	bw := bufio.NewWriterSize(tmp, 256<<10)
	if err := write(bw); err != nil {
		tmp.Close()
		var pe *os.PathError
		if errors.As(err, &pe) {
			return fmt.Errorf("cannot write %s: %w", path, pe.Err)
		}
		return fmt.Errorf("export %s: %w", path, err)
	}
	err = bw.Flush()
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	return nil
}

// unwrapPath drops the temporary file's name from an error, since the user
// knows only the name they asked for.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return err
}
