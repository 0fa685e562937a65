package pipeline

import (
	"strings"
	"testing"
)

// normalizeSpaceByParts is normalizeSpace written as its three steps:
// drop and map runes, split into words, join them with single spaces.
func normalizeSpaceByParts(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00ad', '\u200b', '\u2060', '\ufeff', '\u180e':
			return -1
		case '\u00a0':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

var spaceSamples = []string{
	"", " ", "plain", "  two\t\twords \n", "soft\u00adhyphen", "a \u00ad b", "no\u00a0break\u00a0space", "\u200b\ufeffstart",
	"z\u200dw\u200cj", "nel\u0085line", "ideo\u3000space", "thin\u2009space", "bad\xffbyte", "\xe2\x82", "end\u00a0", "“curly” quotes",
	"line\u2028sep", "\u180e", "a\u180eb", "tab\vand\fform",
}

func TestNormalizeSpaceAsParts(t *testing.T) {
	for _, s := range spaceSamples {
		if got, want := normalizeSpace(s), normalizeSpaceByParts(s); got != want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormalizeSpace(f *testing.F) {
	for _, s := range spaceSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalizeSpace(s), normalizeSpaceByParts(s); got != want {
			t.Fatalf("normalizeSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
