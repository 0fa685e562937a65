// Package score measures fact sheets against annotated gold in the format
// of ANNOTATION.md: people, organisations, places, quotes with speakers,
// numbers and claims, matched by normalised text (never by offsets),
// one-to-one, exact pairs first, then loose ones. Precision, recall and F1
// are micro averages: counts are summed over the articles before dividing.
package score

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// honorifics are the titles dropped from names before they are compared.
var honorifics = setOf(`sir dame lord lady baroness baron mr mrs ms miss mx dr prof professor rev
reverend fr father president vice prime minister chancellor secretary senator sen rep
representative gov governor mayor judge justice mp mep cllr councillor king queen prince
princess gen general col colonel capt captain lt sgt st the`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

var quoteFold = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)

// Words returns the word tokens of s after NFKC normalisation and lower
// casing: maximal runs of letters, digits and underscores.
func Words(s string) []string {
	s = lowerFull(quoteFold.Replace(norm.NFKC.String(s)))
	return strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
}

// lowerFull lower-cases s with Unicode's full mappings where they differ
// from the simple ones Go applies: "İ" becomes "i" and a combining dot,
// and a capital sigma ending a word becomes the final "ς".
func lowerFull(s string) string {
	if !strings.ContainsAny(s, "İΣ") {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var sb strings.Builder
	for i, r := range rs {
		switch {
		case r == 'İ':
			sb.WriteString("i\u0307")
		case r == 'Σ' && casedBefore(rs, i) && !casedAfter(rs, i):
			sb.WriteRune('ς')
		default:
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

// isCaseIgnorable approximates Unicode's Case_Ignorable property.
func isCaseIgnorable(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) ||
		strings.ContainsRune("'.:^`\u00b7\u2018\u2019\u2024\ufe13\ufe52\ufe55\uff07\uff0e\uff1a", r)
}

func casedBefore(rs []rune, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if !isCaseIgnorable(rs[j]) {
			return isCased(rs[j])
		}
	}
	return false
}

func casedAfter(rs []rune, i int) bool {
	for j := i + 1; j < len(rs); j++ {
		if !isCaseIgnorable(rs[j]) {
			return isCased(rs[j])
		}
	}
	return false
}

// isWordRune reports whether r belongs to a word token: a letter, a number
// or an underscore.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// NameWords returns the words of a name without honorifics and titles and
// without a trailing possessive "s".
func NameWords(s string) []string {
	var out []string
	for _, w := range Words(s) {
		if !honorifics[w] {
			out = append(out, w)
		}
	}
	if len(out) > 1 && out[len(out)-1] == "s" {
		out = out[:len(out)-1]
	}
	return out
}

// Name kinds for NameMatch.
const (
	PersonName = "person" // people: same surname, shorter name's first word in the longer
	OrgName    = "org"    // organisations and places: one a whole-word run inside the other
)

// NameMatch reports whether the names gold and pred denote the same
// entity of the given kind (PersonName or OrgName). Names that normalise to
// nothing never match.
func NameMatch(gold, pred, kind string) bool {
	g, p := NameWords(gold), NameWords(pred)
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	if equalWords(g, p) {
		return true
	}
	short, long := g, p
	if len(p) < len(g) {
		short, long = p, g
	}
	if kind == PersonName {
		if g[len(g)-1] != p[len(p)-1] {
			return false
		}
		return len(short) >= 2 && contains(long, short[0])
	}
	for i := 0; i+len(short) <= len(long); i++ {
		if equalWords(long[i:i+len(short)], short) {
			return true
		}
	}
	return false
}

// sameName reports whether two names are equal once normalised.
func sameName(a, b string) bool { return equalWords(NameWords(a), NameWords(b)) }

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
