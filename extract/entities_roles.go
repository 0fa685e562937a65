package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// maxRoleTokens bounds a role phrase.
const maxRoleTokens = 10

// findRole gives a person mention the role the text states next to it: a
// lower-case job before the name ("election agent Charles Harvey", "the
// council's former leader Danial Thomas") or an apposition after it ("Ms
// Rose, a former Union of Jewish Students President,").
func findRole(d *nlp.Doc, roles *List, orgEnds map[int]int, m *mention) {
	if m.Type != TypePerson || m.Role != "" {
		return
	}
	if r, at := roleBefore(d, m); hasRoleNoun(r, roles) {
		m.Role = withOrg(d, orgEnds, at-1, r)
		return
	}
	if r := roleAfter(d, m); hasRoleNoun(r, roles) {
		m.Role = r
		return
	}
	if r := rolePredicate(d, m); hasRoleNoun(r, roles) {
		m.Role = r
	}
}

// rolePredicate returns the noun phrase after "is the"/"was a" that follows
// the mention, skipping one aside between commas ("Mr Velleman, also
// elected in Whetstone, is the Jewish Labour Movement policy officer").
func rolePredicate(d *nlp.Doc, m *mention) string {
	s := d.SentenceAt(m.Start)
	if s < 0 {
		return ""
	}
	last := d.Sentences[s].Last
	i := d.TokenAt(m.End)
	if i < last && d.Tokens[i].Text == "," {
		for i++; i < last && d.Tokens[i].Text != ","; i++ {
		}
		i++
	}
	if i+2 >= last {
		return ""
	}
	switch d.Tokens[i].Text {
	case "is", "was", "became", "becomes":
	default:
		return ""
	}
	switch d.Tokens[i+1].Text {
	case "a", "an", "the":
	default:
		return ""
	}
	return phraseUntilPunct(d, i+2, last)
}

// phraseUntilPunct returns the text from token start up to the next
// punctuation mark, "" when it runs past maxRoleTokens.
func phraseUntilPunct(d *nlp.Doc, start, last int) string {
	j := start
	for j < last && isWord(d.Tokens[j].Text) && j-start < maxRoleTokens {
		j++
	}
	if j == start || j-start >= maxRoleTokens {
		return ""
	}
	return d.Text[d.Tokens[start].Start:d.Tokens[j-1].End()]
}

// withOrg prefixes role with the organisation that ends at byte start, a
// space before the role ("Labour National Executive Committee member").
func withOrg(d *nlp.Doc, orgEnds map[int]int, start int, role string) string {
	if s, ok := orgEnds[start]; ok && start >= 0 && d.Text[start] == ' ' {
		return d.Text[s:start] + " " + role
	}
	return role
}

// orgEnds maps the end offset of every organisation mention to its start.
func orgEnds(ms []*mention) map[int]int {
	out := map[int]int{}
	for _, m := range ms {
		if m.Type == TypeOrg {
			out[m.End] = m.Start
		}
	}
	return out
}

// hasRoleNoun reports whether phrase holds a listed job noun.
func hasRoleNoun(phrase string, roles *List) bool {
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		if roles.Has(w) || roles.Has(strings.TrimSuffix(w, "s")) {
			return true
		}
	}
	return false
}

// roleBefore returns the lower-case noun phrase that ends right before the
// mention, its last word a singular noun, and the byte offset where it
// starts.
func roleBefore(d *nlp.Doc, m *mention) (string, int) {
	end := d.TokenAt(m.From) // first token of the mention
	if end == 0 || end > len(d.Tokens) {
		return "", 0
	}
	s := d.SentenceAt(m.From)
	if s < 0 {
		return "", 0
	}
	first := d.Sentences[s].First
	last := d.Tokens[end-1]
	if last.Tag != "NN" || !isLowerWord(last.Text) {
		return "", 0
	}
	i := end - 1
	for i > first && end-i < maxRoleTokens {
		t := d.Tokens[i-1]
		if !isLowerWord(t.Text) || !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "VBN") {
			break
		}
		i--
	}
	return d.Text[d.Tokens[i].Start:last.End()], d.Tokens[i].Start
}

// roleAfter returns the apposition after the mention: ", a/an/the ROLE," up
// to the next comma or the end of the sentence.
func roleAfter(d *nlp.Doc, m *mention) string {
	i := d.TokenAt(m.End)
	s := d.SentenceAt(m.Start)
	if s < 0 || i+2 >= d.Sentences[s].Last || d.Tokens[i].Text != "," {
		return ""
	}
	start := i + 1
	switch strings.ToLower(d.Tokens[start].Text) {
	case "a", "an", "the":
		start++
	default:
		if !isLowerWord(d.Tokens[start].Text) || strings.HasPrefix(d.Tokens[start].Tag, "V") || strings.HasPrefix(d.Tokens[start].Tag, "W") {
			return "" // "Rose, who…", "Harris, said…"
		}
	}
	j := start
	for j < d.Sentences[s].Last && j-start < maxRoleTokens {
		t := d.Tokens[j].Text
		if t == "," || t == "." || t == ";" || t == ":" || t == "“" || t == "\"" || t == "(" {
			break
		}
		j++
	}
	if j == start || j-start >= maxRoleTokens {
		return ""
	}
	if j < d.Sentences[s].Last && d.Tokens[j].Text != "," && d.Tokens[j].Text != "." {
		return ""
	}
	return d.Text[d.Tokens[start].Start:d.Tokens[j-1].End()]
}

// isLowerWord reports whether s is a word in lower case.
func isLowerWord(s string) bool { return isWord(s) && !isCapWord(s) }
