package pipeline

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAuthorNames checks that no byline text makes the author parsing
// panic, and that every name it returns is non-empty, trimmed and valid
// UTF-8 when the input is.
func FuzzAuthorNames(f *testing.F) {
	for _, s := range []string{
		"By Jane Doe and John Roe", "Bruno (Henrique Zecchin) Rodrigues", "Jong, Michiel de", "Kooman, F.",
		"A (with B", "((()))", "Written by A Edited by B", "Jane Doe (http://example.org/)", "By: X Y on Monday, 3 May",
		"史蒂文的家_藍天 (stevenhgm)", ")(", "by", ", , ;",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range []string{s, uninvert(s, true), uninvert(s, false)} {
			for _, n := range appendNames(nil, v, "Example Site", "Example Inc") {
				if n == "" || n != strings.TrimSpace(n) || (utf8.ValidString(s) && !utf8.ValidString(n)) {
					t.Fatalf("bad name %q from %q", n, v)
				}
			}
		}
		_ = personalSite(s, "example.com")
		_ = startsWithBy(s)
		_ = siteWithoutByline(s)
	})
}
