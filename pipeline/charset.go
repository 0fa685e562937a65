package pipeline

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// decodeHTML returns a page's bytes as valid UTF-8. The encoding is taken,
// in order, from a byte order mark, the charset a transport declared
// (httpCharset, may be empty), a <meta charset> or http-equiv declaration in
// the first 4 KiB, and otherwise from the bytes themselves: UTF-8 when they
// are valid UTF-8, windows-1252 when not. A declaration is overruled when
// the bytes are valid UTF-8 with multi-byte sequences, which text in
// another encoding almost never is: such pages were re-encoded after the
// declaration was written.
func decodeHTML(b []byte, httpCharset string) string {
	return string(decodeHTMLBytes(b, httpCharset))
}

// decodeHTMLBytes is decodeHTML returning bytes; a page that is already
// valid UTF-8 comes back as is, without a copy.
func decodeHTMLBytes(b []byte, httpCharset string) []byte {
	if enc, n := bomEncoding(b); enc != nil {
		return []byte(decodeWith(enc, b[n:]))
	}
	for _, label := range []string{httpCharset, metaCharset(b)} {
		if label == "" {
			continue
		}
		enc, name := charset.Lookup(label)
		if enc == nil {
			continue
		}
		if name == "utf-8" || (utf8.Valid(b) && hasMultiByte(b)) {
			return utf8Bytes(b)
		}
		return []byte(decodeWith(enc, b))
	}
	return utf8Bytes(b)
}

// utf8Bytes returns b when it is valid UTF-8, else a copy with invalid
// bytes read as windows-1252.
func utf8Bytes(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return []byte(toUTF8(b))
}

// bomEncoding recognises a UTF-8 or UTF-16 byte order mark and returns the
// encoding and the mark's length, or nil.
func bomEncoding(b []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}):
		return unicode.UTF8, 3
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

// decodeWith decodes b with enc, falling back to toUTF8 on failure, and
// makes sure the result is valid UTF-8.
func decodeWith(enc encoding.Encoding, b []byte) string {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return toUTF8(b)
	}
	return toUTF8(out)
}

func hasMultiByte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// metaCharset finds the charset declared by <meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=..."> in the first
// 4 KiB of b; it returns "" when there is none.
func metaCharset(b []byte) string {
	head := b[:min(len(b), 4096)]
	for i := 0; i < len(head); {
		j := indexFold(head[i:], "charset")
		if j < 0 {
			return ""
		}
		k := i + j + len("charset")
		i = k
		for k < len(head) && (head[k] == ' ' || head[k] == '\t') {
			k++
		}
		if k >= len(head) || head[k] != '=' {
			continue
		}
		k++
		for k < len(head) && (head[k] == ' ' || head[k] == '"' || head[k] == '\'') {
			k++
		}
		e := k
		for e < len(head) && isLabelByte(head[e]) {
			e++
		}
		if e > k {
			return strings.ToLower(string(head[k:e]))
		}
	}
	return ""
}

func isLabelByte(c byte) bool {
	return c == '-' || c == '_' || c == ':' || c == '.' || (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring the
// case of s.
func indexFold(s []byte, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(s); i++ {
		if s[i]|0x20 != needle[0] {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			if s[i+j]|0x20 != needle[j] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// toUTF8 returns b as a valid UTF-8 string, reading invalid bytes as
// windows-1252.
func toUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(cp1252(b[0]))
		} else {
			sb.Write(b[:n])
		}
		b = b[n:]
	}
	return sb.String()
}

// cp1252 maps a windows-1252 byte to its rune.
func cp1252(b byte) rune {
	if b >= 0x80 && b < 0xa0 {
		if r := cp1252High[b-0x80]; r != 0 {
			return r
		}
	}
	return rune(b)
}

var cp1252High = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// decodeText returns plain text as valid UTF-8: in the declared charset
// when there is one and the bytes are not already valid UTF-8, else as
// UTF-8 with windows-1252 for invalid bytes.
func decodeText(b []byte, declared string) string {
	if declared != "" && !utf8.Valid(b) {
		if enc, _ := charset.Lookup(declared); enc != nil {
			return decodeWith(enc, b)
		}
	}
	return toUTF8(b)
}
