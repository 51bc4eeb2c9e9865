//go:build ignore

// Command dist-zip writes a zip archive of files and folders, keeping their
// Unix permissions (so a macOS .app stays executable) and a fixed order. It
// stands in for zip(1), which Windows and minimal Linux machines lack.
//
//	go run scripts/dist-zip.go OUT.zip PATH...
//
// Each PATH is stored under its base name; folders are stored recursively.
package main

import (
	"archive/zip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: go run scripts/dist-zip.go OUT.zip PATH...")
		os.Exit(2)
	}
	if err := write(os.Args[1], os.Args[2:]); err != nil {
		fmt.Fprintf(os.Stderr, "dist-zip: %v\n", err)
		os.Exit(1)
	}
}

func write(out string, paths []string) (err error) {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(out)
		}
	}()
	zw := zip.NewWriter(f)
	for _, p := range paths {
		parent := filepath.Dir(filepath.Clean(p))
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			return add(zw, parent, path, d)
		})
		if err != nil {
			return err
		}
	}
	return zw.Close()
}

func add(zw *zip.Writer, parent, path string, d fs.DirEntry) error {
	info, err := d.Info()
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(parent, path)
	if err != nil {
		return err
	}
	h, err := zip.FileInfoHeader(info)
	if err != nil {
		return err
	}
	h.Name = filepath.ToSlash(rel)
	if d.IsDir() {
		h.Name += "/"
		_, err := zw.CreateHeader(h)
		return err
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		target, err := os.Readlink(path)
		if err != nil {
			return err
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, target)
		return err
	}
	h.Method = zip.Deflate
	w, err := zw.CreateHeader(h)
	if err != nil {
		return err
	}
	src, err := os.Open(path)
	if err != nil {
		return err
	}
	defer src.Close()
	_, err = io.Copy(w, src)
	return err
}
