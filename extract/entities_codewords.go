package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// namePrefixes are the short prefixes before a capital inside a person's or
// place's name ("McAllen", "DeKalb", "LeBron").
var namePrefixes = map[string]bool{
	"Mc": true, "Mac": true, "De": true, "Di": true, "Da": true, "Du": true,
	"La": true, "Le": true, "Van": true, "Von": true,
}

// dropCodeWords untypes lone words that the recogniser or a weak cue calls a
// person or a place but whose spelling no person or place has: code and file
// names ("Response.error", "LUT/FF"), words with digits ("Qt4"), plural
// acronyms ("CDNs", "AMAs") and inner capitals ("TypeError", "HomeKit").
// Organisations keep inner capitals ("YouTube") and dots ("Snopes.com").
func (x *entityLex) dropCodeWords(ms []*mention) {
	for _, m := range ms {
		if len(m.Words) != 1 || m.Strength >= evStrong || m.Type == "" {
			continue
		}
		w := m.Words[0].Text
		if pluralAcronym(w) || m.Type != TypeOrg && (codeSpelling(w) || innerCapital(w)) {
			m.Type, m.Subtype, m.Prose = "", "", false
		}
	}
}

// pluralAcronym reports whether w is an acronym with a plural "s" ("LEDs").
func pluralAcronym(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && utf8.RuneCountInString(stem) >= 2 && isAcronym(stem) && strings.ToUpper(stem) == stem
}

// codeSpelling reports whether w holds a digit, a sign no name holds, or a
// dot before two or more letters ("Node.js", "OS.File").
func codeSpelling(w string) bool {
	if hasDigit(w) || strings.ContainsAny(w, "()/_[]{}<>=#@") {
		return true
	}
	for i := strings.IndexByte(w, '.'); i >= 0 && i+2 < len(w); {
		a, n := utf8.DecodeRuneInString(w[i+1:])
		b, _ := utf8.DecodeRuneInString(w[i+1+n:]) // n, not RuneLen: invalid bytes decode to one byte
		if unicode.IsLetter(a) && unicode.IsLetter(b) {
			return true
		}
		j := strings.IndexByte(w[i+1:], '.')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// innerCapital reports whether a capital follows a lower-case letter inside
// w, other than after a name prefix ("McGlone").
func innerCapital(w string) bool {
	prev := ' '
	for i, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) && !namePrefixes[w[:i]] {
			return true
		}
		prev = r
	}
	return false
}
