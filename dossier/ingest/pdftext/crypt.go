package pdftext

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"hash"
)

// decrypter undoes the standard security handler for documents that
// open without a password: many reports are "protected" only against
// printing or copying, with an empty password to read them.
type decrypter struct {
	key       []byte
	aesStm    bool // streams use AES (else RC4)
	aesStr    bool // strings use AES
	identStm  bool // streams are not encrypted
	identStr  bool
	v5        bool // AES-256: one key for every object
	encMeta   bool // the XMP metadata stream is encrypted too
	encryptID int  // the Encrypt dictionary's own object, left alone
}

// padding is the standard password padding (PDF 32000-1, 7.6.3.3).
var padding = []byte("\x28\xbf\x4e\x5e\x4e\x75\x8a\x41\x64\x00\x4e\x56\xff\xfa\x01\x08\x2e\x2e\x00\xb6\xd0\x68\x3e\x80\x2f\x0c\xa9\xfe\x64\x53\x69\x7a")

// setupCrypt prepares decryption with the empty user password; it fails
// with errPassword when the document needs a real one.
func (f *file) setupCrypt() error {
	encRef := f.trailer["Encrypt"]
	enc := f.dictOf(encRef)
	if enc == nil {
		return nil
	}
	if f.name(enc["Filter"]) != "Standard" {
		return errUnsupportedEncryption
	}
	d := &decrypter{encryptID: -1, encMeta: true}
	if r, ok := encRef.(ref); ok {
		d.encryptID = r.num
	}
	v, _ := f.num(enc["V"])
	rev, _ := f.num(enc["R"])
	o, _ := f.resolve(enc["O"]).(string)
	u, _ := f.resolve(enc["U"]).(string)
	p, _ := f.num(enc["P"])
	var id0 string
	if ids := f.array(f.trailer["ID"]); len(ids) > 0 {
		id0, _ = f.resolve(ids[0]).(string)
	}
	encMeta := true
	if b, ok := f.resolve(enc["EncryptMetadata"]).(bool); ok {
		encMeta = b
	}
	d.encMeta = encMeta
	switch {
	case v == 1 || v == 2 || v == 4:
		n := 5
		if v >= 2 {
			if l, ok := f.num(enc["Length"]); ok && l >= 40 && l <= 128 {
				n = int(l) / 8
			} else {
				n = 16
			}
		}
		if v == 4 {
			n = 16
			cf := f.dictOf(enc["CF"])
			method := func(k any) (aesOn, ident bool) {
				fn := f.name(k)
				if fn == "Identity" || fn == "" && k == nil {
					return false, true
				}
				m := f.name(f.dictOf(cf[fn])["CFM"])
				return m == "AESV2", m == "None"
			}
			d.aesStm, d.identStm = method(enc["StmF"])
			d.aesStr, d.identStr = method(enc["StrF"])
		}
		key := md5.New()
		key.Write(padding)
		key.Write([]byte(o))
		var pb [4]byte
		binary.LittleEndian.PutUint32(pb[:], uint32(int32(int64(p))))
		key.Write(pb[:])
		key.Write([]byte(id0))
		if rev >= 4 && !encMeta {
			key.Write([]byte{0xff, 0xff, 0xff, 0xff})
		}
		k := key.Sum(nil)[:n]
		if rev >= 3 {
			for i := 0; i < 50; i++ {
				s := md5.Sum(k)
				k = s[:n]
			}
		}
		if !checkUserR234(k, int(rev), id0, u) {
			return errPassword
		}
		d.key = k
	case v == 5:
		if len(u) < 48 {
			return errUnsupportedEncryption
		}
		ue, _ := f.resolve(enc["UE"]).(string)
		if len(ue) < 32 {
			return errUnsupportedEncryption
		}
		validation, keySalt := []byte(u[32:40]), []byte(u[40:48])
		if !bytes.Equal(hash2B(nil, validation, nil, int(rev)), []byte(u[:32])) {
			return errPassword
		}
		ik := hash2B(nil, keySalt, nil, int(rev))
		block, err := aes.NewCipher(ik)
		if err != nil {
			return errUnsupportedEncryption
		}
		key := make([]byte, 32)
		cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(key, []byte(ue[:32]))
		d.key, d.v5 = key, true
		cf := f.dictOf(enc["CF"])
		method := func(k any) (aesOn, ident bool) {
			fn := f.name(k)
			if fn == "Identity" || fn == "" {
				return false, true
			}
			m := f.name(f.dictOf(cf[fn])["CFM"])
			return m == "AESV3", m == "None"
		}
		d.aesStm, d.identStm = method(enc["StmF"])
		d.aesStr, d.identStr = method(enc["StrF"])
	default:
		return errUnsupportedEncryption
	}
	f.crypt = d
	// Objects read while the handler was being set up were read
	// encrypted: forget them.
	f.cache = map[int]any{}
	f.objStms = map[int]*objStm{}
	return nil
}

func checkUserR234(key []byte, rev int, id0, u string) bool {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return false
	}
	if rev == 2 {
		out := make([]byte, 32)
		c.XORKeyStream(out, padding)
		return len(u) >= 32 && bytes.Equal(out, []byte(u[:32]))
	}
	h := md5.New()
	h.Write(padding)
	h.Write([]byte(id0))
	out := h.Sum(nil)
	c.XORKeyStream(out, out)
	k := make([]byte, len(key))
	for i := 1; i <= 19; i++ {
		for j := range key {
			k[j] = key[j] ^ byte(i)
		}
		c, _ := rc4.NewCipher(k)
		c.XORKeyStream(out, out)
	}
	return len(u) >= 16 && bytes.Equal(out, []byte(u[:16]))
}

// hash2B is the password hash of AES-256 documents (PDF 32000-2,
// algorithm 2.B); revision 5 uses plain SHA-256.
func hash2B(pw, salt, udata []byte, rev int) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if rev < 6 {
		return k
	}
	for i := 0; ; i++ {
		k1 := bytes.Repeat(append(append(append([]byte{}, pw...), k...), udata...), 64)
		block, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		var hh hash.Hash
		switch sum % 3 {
		case 0:
			hh = sha256.New()
		case 1:
			hh = sha512.New384()
		default:
			hh = sha512.New()
		}
		hh.Write(e)
		k = hh.Sum(nil)
		if i >= 63 && int(e[len(e)-1]) <= i-31 {
			break
		}
	}
	return k[:32]
}

func (d *decrypter) objectKey(id ref, useAES bool) []byte {
	if d.v5 {
		return d.key
	}
	h := md5.New()
	h.Write(d.key)
	h.Write([]byte{byte(id.num), byte(id.num >> 8), byte(id.num >> 16), byte(id.gen), byte(id.gen >> 8)})
	if useAES {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(d.key)+5, 16)]
}

func (d *decrypter) decrypt(id ref, data []byte, useAES bool) []byte {
	key := d.objectKey(id, useAES)
	if !useAES {
		c, err := rc4.NewCipher(key)
		if err != nil {
			return data
		}
		out := make([]byte, len(data))
		c.XORKeyStream(out, data)
		return out
	}
	if len(data) < 32 || len(data)%16 != 0 {
		return nil
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data)-16)
	cipher.NewCBCDecrypter(block, data[:16]).CryptBlocks(out, data[16:])
	if n := int(out[len(out)-1]); n >= 1 && n <= 16 {
		out = out[:len(out)-n]
	}
	return out
}

func (d *decrypter) decryptStream(id ref, data []byte, sd dict, f *file) []byte {
	if d.identStm || id.num == d.encryptID {
		return data
	}
	// A stream may name its own crypt filter; Identity means plain text.
	if fl, ok := f.resolve(sd["Filter"]).([]any); ok && len(fl) > 0 && f.name(fl[0]) == "Crypt" {
		return data
	}
	if !d.encMeta && sd["Type"] == name("Metadata") {
		return data
	}
	return d.decrypt(id, data, d.aesStm)
}

// decryptStrings decrypts the strings inside an object read from the
// file (objects inside object streams were decrypted with their stream).
func (f *file) decryptStrings(o any, id ref, depth int) any {
	d := f.crypt
	if d == nil || d.identStr || id.num == d.encryptID || depth > maxDepth {
		return o
	}
	switch v := o.(type) {
	case string:
		return string(d.decrypt(id, []byte(v), d.aesStr))
	case []any:
		for i := range v {
			v[i] = f.decryptStrings(v[i], id, depth+1)
		}
	case dict:
		for k, x := range v {
			v[k] = f.decryptStrings(x, id, depth+1)
		}
	}
	return o
}
