package extract

import (
	"sort"
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// Entities finds the people, organisations and places named in d, one
// Entity per real-world referent with all its mentions, in order of first
// mention. Names come from runs of capitalised words; word lists, honorifics,
// organisation and place suffixes, the words around a name and the
// recogniser's candidates decide their type. Every mention's span is exact:
// d.Text[m.Start:m.End] == m.Text.
func Entities(d *nlp.Doc, lex *Lexicon) []Entity {
	x := newEntityLex(lex)
	lowerSeen := lowerWords(d)
	x.doc, x.lowerSeen = d, lowerSeen
	var ms []*mention
	runs := capRuns(d, x.isKnown, x.bodyNouns.Has)
	outlets := x.outletsByCue(d, runs)
	for i, r := range runs {
		if m, ok := outlets[i]; ok {
			ms = append(ms, m)
			continue
		}
		if m, ok := x.kindNamed(d, r); ok {
			if m != nil {
				ms = append(ms, m)
			}
			continue
		}
		for _, m := range x.splitRun(r, lowerSeen) {
			m := m
			ms = append(ms, &m)
		}
	}
	for _, m := range ms {
		x.typeMention(d, m, lowerSeen)
	}
	x.dropThings(ms)
	x.typeByCoordination(d, ms, lowerSeen)
	x.typeOpponents(d, ms)
	x.typeScoredSides(d, ms)
	x.typeByIts(d, ms)
	x.typeClubs(d, ms)
	x.dropCodeWords(ms)
	x.retypeModifiers(d, ms)
	x.dropWeakGerman(d, ms)
	unifyTypes(ms)
	x.shortOrgNames(ms)
	people := mergeAliases(d, clusterPeople(ms, lowerSeen))
	ends := orgEnds(ms)
	for _, m := range ms {
		findRole(d, x.roles, ends, m)
	}
	others := x.joinChambers(clusterOthers(append(ms, councils(d, x, ms)...)))
	out := make([]Entity, 0, len(people)+len(others))
	for _, c := range append(people, others...) {
		out = append(out, c.entity(d))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Mentions[0].Start < out[j].Mentions[0].Start })
	numberEntities(out)
	return out
}

// lowerWords returns the set of words written in lower case somewhere in d:
// a capitalised word whose lower-case form is among them is a common word.
func lowerWords(d *nlp.Doc) map[string]bool {
	seen := map[string]bool{}
	for _, t := range d.Tokens {
		if isWord(t.Text) && !isCapWord(t.Text) {
			seen[t.Text] = true
		}
	}
	return seen
}

// councils adds "Barnet council" as a public body wherever a place is
// followed by a lower-case "council".
func councils(d *nlp.Doc, x *entityLex, ms []*mention) []*mention {
	var out []*mention
	for _, m := range ms {
		if typeClass(m.Type) != TypeGPE || x.nextWord(d, m) != "council" {
			continue
		}
		i := d.TokenAt(m.End)
		c := *m
		c.Type, c.Subtype, c.Strength = TypeOrg, "public_body", evShape
		c.End = d.Tokens[i].End()
		c.Words = append(append([]nameWord{}, m.Words...), nameWord{Text: d.Tokens[i].Text, Start: d.Tokens[i].Start, End: c.End, Tok: i})
		c.Key = strings.ToLower(c.name())
		c.From = c.Start
		out = append(out, &c)
	}
	return out
}

// entity turns a cluster into an Entity: canonical name, type, role, gender
// and every mention.
func (c *cluster) entity(d *nlp.Doc) Entity {
	e := Entity{Type: c.Type, Subtype: c.Subtype}
	best := c.Mentions[0]
	seen := map[nlp.Span]bool{}
	for _, m := range c.Mentions {
		if betterName(m, best) {
			best = m
		}
		if e.Role == "" {
			e.Role = m.Role
		}
		if e.Gender == "" {
			e.Gender = m.Gender
		}
		sp := nlp.Span{Start: m.From, End: m.End}
		if seen[sp] {
			continue
		}
		seen[sp] = true
		e.Mentions = append(e.Mentions, Mention{Text: d.Text[sp.Start:sp.End], Span: sp})
	}
	sort.SliceStable(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
	e.Name = best.name()
	if c.Type != TypePerson {
		// The canonical name has no leading "the" ("The Washington Post").
		if rest, ok := strings.CutPrefix(e.Name, "The "); ok && rest != "" {
			e.Name = rest
		}
	}
	if c.Type != TypePerson {
		e.Type = majorityType(c)
	}
	return e
}

// betterName reports whether m gives a fuller name than best: more words,
// and for organisations not an acronym when a full form exists.
func betterName(m, best *mention) bool {
	if isAcronym(best.name()) != isAcronym(m.name()) {
		return isAcronym(best.name())
	}
	return len(m.Words) > len(best.Words)
}

// majorityType returns the type held by the best-evidenced mentions of c.
func majorityType(c *cluster) string {
	score := map[string]int{}
	for _, m := range c.Mentions {
		score[m.Type] += 1 + m.Strength*4
	}
	best := c.Type
	for _, t := range []string{TypeOrg, TypeGPE, TypeLoc} {
		if score[t] > score[best] {
			best = t
		}
	}
	return best
}

// numberEntities assigns IDs e1, e2… in order.
func numberEntities(es []Entity) {
	for i := range es {
		es[i].ID = "e" + itoa(i+1)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
