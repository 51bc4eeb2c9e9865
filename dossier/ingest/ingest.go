// Package ingest reads article files — plain text, Markdown, saved web
// pages and PDF documents — into an Article: clean text, one paragraph
// per line, and the metadata the file carries. It is pure: bytes in, Article out.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// MaxSize is the largest file accepted; news articles are far smaller, and
// a bigger file is almost certainly not one.
const MaxSize = 20 << 20

// Article is one article as read from a file or pasted.
type Article struct {
	Title, Outlet, Author string
	Published             string // "YYYY-MM-DD", "YYYY-MM" or ""
	URL                   string
	Format                string // "txt", "md", "html", "pdf" or "paste"
	File                  string // base name of the file, "" for pasted text
	Text                  string // paragraphs one per line, separated by blank lines
}

// Error is a file that cannot be imported, with the reason in words.
type Error struct {
	File    string
	Problem string
}

func (e *Error) Error() string { return fmt.Sprintf("cannot import %s: %s", e.File, e.Problem) }

func fail(file, format string, args ...any) *Error {
	return &Error{File: file, Problem: fmt.Sprintf(format, args...)}
}

// ReadFile reads an article file, choosing the reader by its extension.
func ReadFile(path string) (*Article, error) {
	limit, what := sizeLimit(path)
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fail(path, "there is no such file")
	case errors.Is(err, fs.ErrPermission):
		return nil, fail(path, "permission denied")
	case err != nil:
		return nil, fail(path, "%v", unwrap(err))
	case fi.IsDir():
		return nil, fail(path, "it is a folder, not an article file")
	case !fi.Mode().IsRegular():
		return nil, fail(path, "it is not a regular file")
	case fi.Size() > limit:
		return nil, fail(path, "it is %s, larger than the %d MB %s may be", size(fi.Size()), limit>>20, what)
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, fail(path, "permission denied")
		}
		return nil, fail(path, "%v", unwrap(err))
	}
	defer f.Close()
	// The buffer is sized for the file as it stood: io.ReadAll would grow
	// it from 512 bytes, copying an article a dozen times on the way.
	buf := bytes.NewBuffer(make([]byte, 0, min(fi.Size(), limit)+bytes.MinRead))
	_, err = buf.ReadFrom(io.LimitReader(f, limit+1))
	data := buf.Bytes()
	if err != nil {
		return nil, fail(path, "reading failed: %v", unwrap(err))
	}
	if int64(len(data)) > limit {
		return nil, fail(path, "it is larger than the %d MB %s may be", limit>>20, what)
	}
	a, err := Parse(filepath.Base(path), data)
	var ie *Error
	if errors.As(err, &ie) {
		ie.File = path
	}
	return a, err
}

// Parse reads an article from bytes; name gives the format by its extension
// and becomes Article.File.
func Parse(name string, data []byte) (*Article, error) {
	if isPDF(name, data) {
		return parsePDF(name, data)
	}
	if len(data) > MaxSize {
		return nil, fail(name, "it is larger than the %d MB an article may be", MaxSize>>20)
	}
	if kind := binaryKind(data); kind != "" {
		return nil, fail(name, "it is %s, not text", kind)
	}
	text := decode(data)
	if strings.TrimSpace(text) == "" {
		return nil, fail(name, "the file is empty")
	}
	var a *Article
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		a = parseHTML(text)
	case ".md", ".markdown":
		a = parseMarkdown(text)
	case ".txt", ".text", "":
		a = parseText(text)
	default:
		if looksHTML(text) {
			a = parseHTML(text)
		} else {
			a = parseText(text)
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, fail(name, "no article text was found in it")
	}
	a.File = name
	if a.Title == "" {
		a.Title = titleFromName(name)
	}
	return a, nil
}

// FromText makes an article of pasted text; the first line is its title
// when it looks like a headline.
func FromText(text string) (*Article, error) {
	if strings.TrimSpace(text) == "" {
		return nil, &Error{File: "the pasted text", Problem: "it is empty"}
	}
	a := parseText(decode([]byte(text)))
	a.Format = "paste"
	if a.Title == "" {
		a.Title = firstWords(a.Text, 10)
	}
	return a, nil
}

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func size(n int64) string {
	return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
}

func titleFromName(name string) string {
	base := strings.TrimSuffix(name, filepath.Ext(name))
	base = strings.NewReplacer("-", " ", "_", " ").Replace(base)
	base = strings.Join(strings.Fields(base), " ")
	if base == "" {
		return "Untitled article"
	}
	return strings.ToUpper(base[:1]) + base[1:]
}

func firstWords(text string, n int) string {
	line, _, _ := strings.Cut(text, "\n")
	w := strings.Fields(line)
	if len(w) > n {
		return strings.Join(w[:n], " ") + "…"
	}
	return strings.Join(w, " ")
}
