package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// placeNouns follow a place's name in lower case ("Barnet council",
// "Whetstone ward"); "council" also makes the pair a public body.
var placeNouns = map[string]bool{
	"council": true, "borough": true, "ward": true, "county": true,
	"constituency": true, "province": true, "state": true, "city": true,
	"district": true, "region": true, "suburb": true, "village": true,
	"town": true, "neighbourhood": true, "neighborhood": true,
}

// placePreps before a lone name suggest a place ("in Whetstone").
var placePreps = map[string]bool{
	"in": true, "near": true, "outside": true, "across": true, "around": true,
	"from": true, "at": true, "to": true, "into": true, "throughout": true,
}

// personCues after a name suggest a person ("Harris said").
var personCues = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "explained": true,
	"wrote": true, "tweeted": true, "recalled": true, "argued": true,
	"insisted": true, "warned": true, "admitted": true, "asked": true,
}

// typeMention gives an untyped mention its type from the shape of the name,
// the words around it and the recogniser's label.
func (x *entityLex) typeMention(d *nlp.Doc, m *mention, lowerSeen map[string]bool) {
	if m.Type != "" {
		return
	}
	n := len(m.Words)
	first := m.Words[0].Text
	switch {
	case n == 1 && isAcronym(first):
		m.Type, m.Strength = TypeOrg, evShape
	case n >= 2 && x.firstNames.Has(first):
		m.Type, m.Strength = TypePerson, evShape
	case x.nextWord(d, m) != "" && placeNouns[x.nextWord(d, m)]:
		m.Type, m.Strength = TypeGPE, evShape
	}
	if m.Type != "" {
		return
	}
	if n == 1 && (m.Words[0].Initial || lowerSeen[strings.ToLower(first)]) {
		return // a lone capitalised common or sentence-opening word
	}
	if t := proseLabel(d, m); t != "" {
		m.Type, m.Strength = t, evWeak
		return
	}
	prev := x.prevWord(d, m)
	switch {
	case n == 1 && placePreps[prev] && !lowerSeen[strings.ToLower(first)]:
		m.Type, m.Strength = TypeGPE, evWeak
	case n >= 2 && personCues[x.nextWord(d, m)]:
		m.Type, m.Strength = TypePerson, evWeak
	case n >= 2 && n <= 4:
		m.Type, m.Strength = TypePerson, evNone
	}
}

// nextWord returns the lower-cased token after the mention, "" at the end of
// its sentence.
func (x *entityLex) nextWord(d *nlp.Doc, m *mention) string {
	i := d.TokenAt(m.End)
	if i >= len(d.Tokens) || d.SentenceAt(d.Tokens[i].Start) != m.Sentence {
		return ""
	}
	if isPossessive(d.Tokens[i].Text) {
		return ""
	}
	return strings.ToLower(d.Tokens[i].Text)
}

// prevWord returns the lower-cased token before the mention, "" at the start
// of its sentence.
func (x *entityLex) prevWord(d *nlp.Doc, m *mention) string {
	i := d.TokenAt(m.From) - 1
	if i < 0 || d.SentenceAt(d.Tokens[i].Start) != m.Sentence {
		return ""
	}
	return strings.ToLower(d.Tokens[i].Text)
}

// proseLabel returns the type the recogniser gave a candidate overlapping the
// mention, "" when none.
func proseLabel(d *nlp.Doc, m *mention) string {
	sp := nlp.Span{Start: m.Start, End: m.End}
	for _, c := range d.Candidates {
		if c.Start >= m.End {
			break
		}
		if !c.Overlaps(sp) {
			continue
		}
		switch c.Label {
		case "PERSON":
			return TypePerson
		case "GPE":
			return TypeGPE
		case "ORGANIZATION", "ORG":
			return TypeOrg
		case "LOCATION", "LOC":
			return TypeLoc
		}
	}
	return ""
}
