package pdftext

import (
	"bytes"
	"strconv"
)

// The PDF object model: nil, bool, int64, float64, string (the raw bytes
// of a PDF string), name, []any (array), dict, *stream and ref.
type (
	name string
	dict map[name]any
	ref  struct{ num, gen int }
)

// stream is a stream object: its dictionary and its raw (still encoded,
// still encrypted) bytes, which point into the file.
type stream struct {
	dict dict
	raw  []byte
	ref  ref // the object it was read as, for decryption
}

// maxDepth bounds the nesting of arrays and dictionaries, so a file of
// ten thousand "[" cannot exhaust the stack.
const maxDepth = 64

// lexer reads PDF tokens from a byte slice. It never panics: at the end
// of its input every read returns a zero token.
type lexer struct {
	b   []byte
	pos int
}

type tokKind int

const (
	tEOF tokKind = iota
	tNumber
	tString
	tName
	tKeyword // true, obj, R, operators ...
	tArrayOpen
	tArrayClose
	tDictOpen
	tDictClose
	tBad
)

type token struct {
	kind  tokKind
	s     string // string bytes, name or keyword
	num   float64
	isInt bool
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isSpace(c) {
			l.pos++
		} else if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
		} else {
			return
		}
	}
}

func (l *lexer) next() token {
	l.skipSpace()
	if l.pos >= len(l.b) {
		return token{kind: tEOF}
	}
	c := l.b[l.pos]
	switch {
	case c == '[':
		l.pos++
		return token{kind: tArrayOpen}
	case c == ']':
		l.pos++
		return token{kind: tArrayClose}
	case c == '{' || c == '}':
		// PostScript procedures appear only in functions, never in text.
		l.pos++
		return token{kind: tKeyword, s: string(c)}
	case c == '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			l.pos += 2
			return token{kind: tDictOpen}
		}
		return l.hexString()
	case c == '>':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '>' {
			l.pos += 2
			return token{kind: tDictClose}
		}
		l.pos++
		return token{kind: tBad}
	case c == '(':
		return l.literalString()
	case c == ')':
		l.pos++
		return token{kind: tBad}
	case c == '/':
		return l.name()
	}
	start := l.pos
	for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	word := l.b[start:l.pos]
	if c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9' {
		if t, ok := number(word); ok {
			return t
		}
	}
	return token{kind: tKeyword, s: string(word)}
}

func number(w []byte) (token, bool) {
	if n, err := strconv.ParseInt(string(w), 10, 64); err == nil {
		return token{kind: tNumber, num: float64(n), isInt: true}, true
	}
	// Real numbers: digits with one point and an optional sign. Some
	// producers write "--5" or "5-"; read what can be read.
	s := string(w)
	for len(s) > 1 && (s[0] == '-' || s[0] == '+') && (s[1] == '-' || s[1] == '+') {
		s = s[1:]
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && !bytes.ContainsAny(w, "eEnN") {
		return token{kind: tNumber, num: f}, true
	}
	return token{}, false
}

func (l *lexer) name() token {
	l.pos++ // '/'
	var out []byte
	for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		c := l.b[l.pos]
		if c == '#' && l.pos+2 < len(l.b) {
			if h, ok := unhex2(l.b[l.pos+1], l.b[l.pos+2]); ok {
				out = append(out, h)
				l.pos += 3
				continue
			}
		}
		out = append(out, c)
		l.pos++
	}
	return token{kind: tName, s: string(out)}
}

func unhexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func unhex2(a, b byte) (byte, bool) {
	x, ok1 := unhexDigit(a)
	y, ok2 := unhexDigit(b)
	return x<<4 | y, ok1 && ok2
}

func (l *lexer) hexString() token {
	l.pos++ // '<'
	var out []byte
	var hi byte
	half := false
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		d, ok := unhexDigit(c)
		if !ok {
			continue
		}
		if half {
			out = append(out, hi<<4|d)
		} else {
			hi = d
		}
		half = !half
	}
	if half {
		out = append(out, hi<<4)
	}
	return token{kind: tString, s: string(out)}
}

func (l *lexer) literalString() token {
	l.pos++ // '('
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return token{kind: tString, s: string(out)}
			}
		case '\r':
			// An end of line in a string is a line feed, whatever it was.
			if l.pos < len(l.b) && l.b[l.pos] == '\n' {
				l.pos++
			}
			c = '\n'
		case '\\':
			if l.pos >= len(l.b) {
				continue
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for i := 0; i < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; i++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return token{kind: tString, s: string(out)}
}

// parser reads objects from tokens; it looks two tokens ahead to see
// "num gen R" references.
type parser struct {
	lex    lexer
	peeked []token
	noRefs bool // content streams have no references
}

func newParser(b []byte, pos int) *parser {
	return &parser{lex: lexer{b: b, pos: pos}}
}

func (p *parser) tok() token {
	if n := len(p.peeked); n > 0 {
		t := p.peeked[n-1]
		p.peeked = p.peeked[:n-1]
		return t
	}
	return p.lex.next()
}

func (p *parser) unread(t token) { p.peeked = append(p.peeked, t) }

// object reads one object; a keyword that is not part of an object is
// returned as a keyword token in kw (operators in content streams).
func (p *parser) object(depth int) (obj any, kw string, ok bool) {
	t := p.tok()
	return p.objectFrom(t, depth)
}

func (p *parser) objectFrom(t token, depth int) (any, string, bool) {
	switch t.kind {
	case tEOF:
		return nil, "", false
	case tNumber:
		if !t.isInt {
			return t.num, "", true
		}
		n := int64(t.num)
		if p.noRefs || n < 0 {
			return n, "", true
		}
		t2 := p.tok()
		if t2.kind != tNumber || !t2.isInt || t2.num < 0 {
			p.unread(t2)
			return n, "", true
		}
		t3 := p.tok()
		if t3.kind == tKeyword && t3.s == "R" {
			if n > 1<<31 || t2.num > 1<<31 {
				return nil, "", true
			}
			return ref{int(n), int(t2.num)}, "", true
		}
		p.unread(t3)
		p.unread(t2)
		return n, "", true
	case tString:
		return t.s, "", true
	case tName:
		return name(t.s), "", true
	case tArrayOpen:
		if depth >= maxDepth {
			return nil, "", false
		}
		var a []any
		for {
			t := p.tok()
			if t.kind == tArrayClose {
				return a, "", true
			}
			if t.kind == tEOF {
				return a, "", true
			}
			o, kw, ok := p.objectFrom(t, depth+1)
			if !ok && kw == "" {
				return a, "", false
			}
			if kw == "" {
				a = append(a, o)
			} else if kw == "endobj" || kw == "stream" || kw == "obj" {
				p.unread(t)
				return a, "", true
			}
		}
	case tDictOpen:
		if depth >= maxDepth {
			return nil, "", false
		}
		d := dict{}
		for {
			t := p.tok()
			if t.kind == tDictClose || t.kind == tEOF {
				return d, "", true
			}
			if t.kind != tName {
				if t.kind == tKeyword && (t.s == "endobj" || t.s == "stream" || t.s == "obj") {
					p.unread(t)
					return d, "", true
				}
				continue // junk where a key should be
			}
			vt := p.tok()
			if vt.kind == tDictClose {
				return d, "", true
			}
			v, kw, ok := p.objectFrom(vt, depth+1)
			if !ok && kw == "" {
				return d, "", false
			}
			if kw != "" {
				if kw == "endobj" || kw == "stream" || kw == "obj" {
					p.unread(vt)
					return d, "", true
				}
				continue
			}
			if v != nil {
				d[name(t.s)] = v
			}
		}
	case tKeyword:
		switch t.s {
		case "true":
			return true, "", true
		case "false":
			return false, "", true
		case "null":
			return nil, "", true
		}
		return nil, t.s, false
	}
	return nil, "", true // stray closing delimiter: skip
}
