package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// sportsReport reports whether d reads as a sports report: three or more
// of its words, two of them different and at least 6 in every 1,000, are
// sports terms written as the sports_terms list writes them
// ("quarterback", "league", "NFL") or match scores ("2-1"). A long article with a section on
// sport ("New Zealand" in an encyclopedia) does not qualify.
func (x *entityLex) sportsReport(d *nlp.Doc) bool {
	l := x.lex.List("sports_terms")
	seen := map[string]bool{}
	n, words := 0, 0
	for _, t := range d.Tokens {
		if isWord(t.Text) {
			words++
		}
		if isScore(t.Text) {
			n++
			seen["score"] = true
			continue
		}
		v, ok := l.Value(t.Text)
		if o, _ := l.Original(t.Text); !ok || o != t.Text || !(strings.HasSuffix(v, "term") || v == "sport") {
			continue
		}
		n++
		seen[t.Text] = true
	}
	return n >= 3 && len(seen) >= 2 && n*1000 >= 6*words
}

// isScore reports whether token s is a match score: two numbers of one or
// two digits joined by a hyphen or dash ("24-10", "2–1").
func isScore(s string) bool {
	for _, dash := range []string{"-", "–"} {
		a, b, ok := strings.Cut(s, dash)
		if ok && isSmallNumber(a) && isSmallNumber(b) {
			return true
		}
	}
	return false
}

// isSmallNumber reports whether s is one or two digits.
func isSmallNumber(s string) bool {
	if len(s) == 0 || len(s) > 2 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// typeClubs makes a city an organisation, its club, in a sports report
// where no mention of it reads as a place: "our focus is on Cincinnati",
// "Leeds were relegated", "Barcelona soccer player Gerard Pique". One
// mention that does read as a place ("the rematch in Pittsburgh", a
// dateline, "a Pittsburgh native") keeps every mention a place, and a
// country stays a place (national sides are named for their country).
func (x *entityLex) typeClubs(d *nlp.Doc, ms []*mention) {
	if !x.sportsReport(d) {
		return
	}
	byName := map[string][]*mention{}
	veto := map[string]bool{}
	for _, m := range ms {
		name := m.name()
		if typeClass(m.Type) != TypeGPE || m.Type == TypeLoc || m.Honorific != "" || m.Role != "" {
			continue
		}
		if t, _, _, ok := x.known(name); !ok || t != TypeGPE || x.isCountry(name) {
			continue
		}
		byName[name] = append(byName[name], m)
		veto[name] = veto[name] || x.placeReading(d, m)
	}
	for name, group := range byName {
		if veto[name] {
			continue
		}
		for _, m := range group {
			m.Type, m.Subtype, m.Strength, m.Prose, m.Key = TypeOrg, "team", evStrong, false, ""
		}
	}
}

// placeReading reports whether the words around m make it a place: a
// locative preposition or "of" before it ("in Pittsburgh", "mayor of
// Leeds"), an article before it unless a team job follows ("a Leeds
// native", not "the Leeds manager"), a possessive and a job
// or a place's people after it ("Ohio's governor"), a place noun, a
// capitalised name after a comma ("Cincinnati, Ohio") or a noun other than a team job
// after it ("Pittsburgh area"), a hyphen glued to it ("Leeds-based"), or
// the dash or bracket of a dateline ("MADRID —").
func (x *entityLex) placeReading(d *nlp.Doc, m *mention) bool {
	prev := x.prevWord(d, m)
	if placePreps[prev] || prev == "of" {
		return true
	}
	if m.End < len(d.Text) && d.Text[m.End] == '-' {
		return true
	}
	s := d.Sentences[m.Sentence]
	i := d.TokenAt(m.End)
	if i >= s.Last {
		return determiner(prev)
	}
	if determiner(prev) {
		return !x.teamJobAt(d, s, i) // "a Leeds native", but "the Leeds manager"
	}
	next := d.Tokens[i].Text
	switch {
	case placeNouns[strings.ToLower(next)]:
		return true
	case next == "," && i+1 < s.Last && isCapWord(d.Tokens[i+1].Text) && !isInitialPos(d, s, i+1):
		return true
	case (next == "—" || next == "–" || next == "(") && d.TokenAt(m.From) == s.First:
		return true
	case isPossessive(next) && i+1 < s.Last:
		// "Ohio's governor", "Leeds's residents" read as places; "Leeds's
		// manager" and "Minnesota's game" do not.
		w := strings.ToLower(d.Tokens[i+1].Text)
		return (x.roles.Has(w) || placeNouns[w] || placePeople[w]) && !x.teamJobAt(d, s, i+1)
	}
	return qualifies(d, s, i) && !x.teamJobAt(d, s, i) && !matchVerbs[next]
}

// placePeople are nouns for the people or life of a place ("Ohio's
// residents", "Leeds's economy").
var placePeople = map[string]bool{
	"residents": true, "people": true, "citizens": true, "voters": true, "economy": true,
	"population": true, "streets": true, "airport": true, "police": true, "schools": true,
	"hospitals": true, "government": true, "capital": true, "history": true,
}

// qualifies reports whether token i, right after a name, is a lower-case
// noun or adjective the name qualifies ("Leeds area", "New Jersey native").
func qualifies(d *nlp.Doc, s nlp.Sentence, i int) bool {
	if i >= s.Last {
		return false
	}
	t := d.Tokens[i]
	return isLowerWord(t.Text) && (strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ")
}

// teamJobAt reports whether token i, or a sport's name at i and the token
// after it, is a job in a team ("center", "soccer player").
func (x *entityLex) teamJobAt(d *nlp.Doc, s nlp.Sentence, i int) bool {
	l := x.lex.List("sports_terms")
	if v, _ := l.Value(d.Tokens[i].Text); v == "sport" && i+1 < s.Last {
		i++
	}
	v, _ := l.Value(d.Tokens[i].Text)
	return strings.HasPrefix(v, "role")
}
