package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// jsonStream writes a struct as encoding/json's Encoder would (HTML left
// unescaped, indented by two spaces or compact), except that it encodes the
// struct's slice fields one element at a time. An article of two million
// questions then never becomes one JSON text in memory, a quarter of a
// gigabyte beside the extraction itself.
type jsonStream struct {
	w      io.Writer
	indent bool
	buf    bytes.Buffer
	err    error
}

func (s *jsonStream) write(b []byte) {
	if s.err == nil {
		_, s.err = s.w.Write(b)
	}
}

// wholeSlice is the longest slice encoded at once rather than element by
// element.
const wholeSlice = 512

// value writes v encoded at the given depth of indentation, without the
// encoder's final newline.
func (s *jsonStream) value(v any, depth int) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	enc := json.NewEncoder(&s.buf)
	enc.SetEscapeHTML(false)
	if s.indent {
		enc.SetIndent(strings.Repeat("  ", depth), "  ")
	}
	if s.err = enc.Encode(v); s.err != nil {
		return
	}
	s.write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
}

// newline starts a line at depth, when indenting.
func (s *jsonStream) newline(depth int) {
	if s.indent {
		s.write([]byte("\n" + strings.Repeat("  ", depth)))
	}
}

// encode writes the struct v and a final newline.
func (s *jsonStream) encode(v any) error {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct {
		s.value(v, 0)
		s.write([]byte("\n"))
		return s.err
	}
	sep := ":"
	if s.indent {
		sep = ": "
	}
	s.write([]byte("{"))
	n := 0
	for i := range rv.NumField() {
		f := rv.Type().Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fv := rv.Field(i)
		if strings.Contains(opts, "omitempty") && fv.IsZero() {
			continue
		}
		if n > 0 {
			s.write([]byte(","))
		}
		n++
		s.newline(1)
		s.write([]byte(fmt.Sprintf("%q%s", name, sep)))
		// Without indentation a slice encodes as its elements joined by
		// commas, so a short one is encoded at once, as it reads the same.
		short := !s.indent && fv.Kind() == reflect.Slice && fv.Len() <= wholeSlice
		if short || fv.Kind() != reflect.Slice || fv.IsNil() || fv.Type().Elem().Kind() == reflect.Uint8 {
			s.value(fv.Interface(), 1)
			continue
		}
		if fv.Len() == 0 {
			s.write([]byte("[]"))
			continue
		}
		s.write([]byte("["))
		for j := range fv.Len() {
			if j > 0 {
				s.write([]byte(","))
			}
			s.newline(2)
			s.value(fv.Index(j).Interface(), 2)
		}
		s.newline(1)
		s.write([]byte("]"))
	}
	if n > 0 {
		s.newline(0)
	}
	s.write([]byte("}\n"))
	return s.err
}
