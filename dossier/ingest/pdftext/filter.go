package pdftext

import (
	"bytes"
	"compress/flate"
	"compress/lzw"
	"compress/zlib"
	"encoding/ascii85"
	"errors"
	"io"

	tifflzw "golang.org/x/image/tiff/lzw"
)

// budget bounds the bytes all of a document's streams may expand to, so
// a few megabytes of zeros compressed a thousandfold cannot take the
// memory, and the work of interpreting them.
type budget struct {
	inflate int64 // bytes the document's streams may still decode to
	reread  int64 // bytes of decoded forms that may still be read again
	ops     int64 // content-stream operators still allowed
	cmap    int   // character-map entries fonts may still keep
	spans   int   // spans pages may still hold
}

var errUnsupportedFilter = errors.New("unsupported filter")

// decode returns a stream's data, decrypted and with its filters undone.
func (f *file) decode(s *stream) ([]byte, error) {
	data := s.raw
	if f.crypt != nil && s.dict["Type"] != name("XRef") {
		data = f.crypt.decryptStream(s.ref, data, s.dict, f)
	}
	filters := f.resolve(s.dict["Filter"])
	parms := f.resolve(s.dict["DecodeParms"])
	if parms == nil {
		parms = f.resolve(s.dict["DP"])
	}
	var fl []any
	var pl []any
	switch v := filters.(type) {
	case name:
		fl = []any{v}
		pl = []any{parms}
	case []any:
		fl = v
		pl, _ = parms.([]any)
	}
	if len(fl) > 8 {
		return nil, errUnsupportedFilter
	}
	for i, v := range fl {
		var p dict
		if i < len(pl) {
			p = f.dictOf(pl[i])
		}
		var err error
		data, err = f.applyFilter(f.name(v), p, data)
		if err != nil {
			return nil, err
		}
	}
	if int64(len(data)) > f.budget.inflate {
		return nil, errBomb
	}
	f.budget.inflate -= int64(len(data))
	return data, nil
}

// maxStream caps one decoded stream; a page's text is never near it.
const maxStream = 32 << 20

func (f *file) limitedRead(r io.Reader) ([]byte, error) {
	limit := min(int64(maxStream), f.budget.inflate)
	var buf bytes.Buffer
	n, err := io.Copy(&buf, io.LimitReader(r, limit+1))
	if n > limit {
		return nil, errBomb
	}
	// A truncated or slightly damaged stream still gives the text it has.
	if err != nil && buf.Len() == 0 {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (f *file) applyFilter(filter name, p dict, data []byte) ([]byte, error) {
	var out []byte
	var err error
	switch filter {
	case "FlateDecode", "Fl":
		out, err = f.inflate(data)
	case "LZWDecode", "LZW":
		early := int64(1)
		if v, ok := f.resolve(p["EarlyChange"]).(int64); ok {
			early = v
		}
		var r io.ReadCloser
		if early == 0 {
			r = lzw.NewReader(bytes.NewReader(data), lzw.MSB, 8)
		} else {
			r = tifflzw.NewReader(bytes.NewReader(data), tifflzw.MSB, 8)
		}
		out, err = f.limitedRead(r)
		r.Close()
	case "ASCIIHexDecode", "AHx":
		out = []byte(newParser(append(append([]byte("<"), data...), '>'), 0).lex.hexString().s)
	case "ASCII85Decode", "A85":
		out, err = decodeASCII85(data)
	case "RunLengthDecode", "RL":
		out, err = f.runLength(data)
	case "Crypt":
		return data, nil
	default:
		return nil, errUnsupportedFilter
	}
	if err != nil {
		return nil, err
	}
	return f.unpredict(p, out)
}

func (f *file) inflate(data []byte) ([]byte, error) {
	if zr, err := zlib.NewReader(bytes.NewReader(data)); err == nil {
		out, err := f.limitedRead(zr)
		if err == nil || errors.Is(err, errBomb) {
			return out, err
		}
	}
	// Some producers write raw deflate data, or a damaged zlib header.
	start := 0
	if len(data) >= 2 && (uint16(data[0])<<8|uint16(data[1]))%31 == 0 {
		start = 2
	}
	return f.limitedRead(flate.NewReader(bytes.NewReader(data[start:])))
}

func decodeASCII85(data []byte) ([]byte, error) {
	data = bytes.TrimSpace(data)
	data = bytes.TrimPrefix(data, []byte("<~"))
	if i := bytes.Index(data, []byte("~>")); i >= 0 {
		data = data[:i]
	}
	out := make([]byte, 0, len(data))
	buf := make([]byte, 4*len(data)/5+8)
	for len(data) > 0 {
		n, used, err := ascii85.Decode(buf, data, true)
		out = append(out, buf[:n]...)
		if err != nil {
			return out, nil
		}
		if used == 0 {
			break
		}
		data = data[used:]
	}
	return out, nil
}

func (f *file) runLength(data []byte) ([]byte, error) {
	var out []byte
	limit := min(int64(maxStream), f.budget.inflate)
	for i := 0; i < len(data); {
		n := int(data[i])
		i++
		switch {
		case n == 128:
			return out, nil
		case n < 128:
			end := min(i+n+1, len(data))
			out = append(out, data[i:end]...)
			i = end
		default:
			if i < len(data) {
				out = append(out, bytes.Repeat(data[i:i+1], 257-n)...)
				i++
			}
		}
		if int64(len(out)) > limit {
			return nil, errBomb
		}
	}
	return out, nil
}

// unpredict undoes the PNG and TIFF predictors that xref and object
// streams often use.
func (f *file) unpredict(p dict, data []byte) ([]byte, error) {
	pred, _ := f.resolve(p["Predictor"]).(int64)
	if pred <= 1 {
		return data, nil
	}
	colors, bpc, cols := int64(1), int64(8), int64(1)
	if v, ok := f.resolve(p["Colors"]).(int64); ok && v > 0 && v <= 32 {
		colors = v
	}
	if v, ok := f.resolve(p["BitsPerComponent"]).(int64); ok && v > 0 && v <= 16 {
		bpc = v
	}
	if v, ok := f.resolve(p["Columns"]).(int64); ok && v > 0 && v <= 1<<20 {
		cols = v
	}
	bpp := int(max(1, (colors*bpc+7)/8))
	// A row longer than the data is a lie; it must not decide how much
	// memory is set aside.
	row := int(min((colors*bpc*cols+7)/8, int64(len(data))))
	if row < 1 {
		return data, nil
	}
	if pred == 2 {
		if bpc != 8 {
			return data, nil
		}
		for i := 0; i+row <= len(data); i += row {
			for j := bpp; j < row; j++ {
				data[i+j] += data[i+j-bpp]
			}
		}
		return data, nil
	}
	out := make([]byte, 0, len(data))
	prev := make([]byte, row)
	cur := make([]byte, row)
	for i := 0; i+1 <= len(data); i += row + 1 {
		typ := data[i]
		end := min(i+1+row, len(data))
		clear(cur)
		copy(cur, data[i+1:end])
		for j := 0; j < row; j++ {
			var a, b, c byte
			if j >= bpp {
				a = cur[j-bpp]
				c = prev[j-bpp]
			}
			b = prev[j]
			switch typ {
			case 1:
				cur[j] += a
			case 2:
				cur[j] += b
			case 3:
				cur[j] += byte((int(a) + int(b)) / 2)
			case 4:
				cur[j] += paeth(a, b, c)
			}
		}
		out = append(out, cur[:end-i-1]...)
		prev, cur = cur, prev
	}
	return out, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
