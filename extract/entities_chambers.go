package extract

import (
	"strings"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// chamberShape returns how the fuller names of the chamber called w are
// written ("end": "US Senate"; "of": "House of Representatives"), "" when w
// is no chamber word.
func (x *entityLex) chamberShape(w string) string {
	v, _ := x.lex.List("chambers").Value(w)
	shape, ok := strings.CutPrefix(v, "chamber ")
	if !ok || !isCapWord(w) {
		return ""
	}
	return shape
}

// bareChamber reports whether m is a chamber of a legislature named by one
// word after "the" ("the House voted") in an article about a legislature:
// another word of it shows the subject (lawmakers, Congress, impeachment,
// MPs…).
func (x *entityLex) bareChamber(d *nlp.Doc, m *mention) bool {
	w := m.Words[0].Text
	if len(m.Words) != 1 || x.prevWord(d, m) != "the" || x.chamberShape(w) == "" || x.nextWord(d, m) == "of" {
		return false
	}
	ctx := x.lex.List("chambers")
	for _, t := range d.Tokens {
		if t.Text == w {
			continue
		}
		if v, _ := ctx.Value(t.Text); v == "context" || strings.HasPrefix(v, "chamber ") {
			return true
		}
	}
	return false
}

// joinChambers puts the clusters of a bare chamber word ("Senate",
// "House") into the cluster of its fuller name when the article gives
// exactly one ("US Senate", "House of Representatives"); with two ("House
// of Commons" and "House of Lords") the bare word stays apart.
func (x *entityLex) joinChambers(cs []*cluster) []*cluster {
	for _, c := range cs {
		short := longestWords(c)
		if c.Type != TypeOrg || len(short) != 1 {
			continue
		}
		w := short[0].Text
		shape := x.chamberShape(w)
		if shape == "" {
			continue
		}
		var full *cluster
		for _, o := range cs {
			long := longestWords(o)
			if o == c || o.Type != TypeOrg || len(o.Mentions) == 0 || len(long) < 2 || !fullChamber(long, w, shape) {
				continue
			}
			if full != nil && full.Key != o.Key {
				full = nil
				break
			}
			full = o
		}
		if full != nil {
			full.Mentions = append(full.Mentions, c.Mentions...)
			c.Mentions = nil
		}
	}
	return liveClusters(cs)
}

// fullChamber reports whether ws is a fuller name of the chamber w
// written in the given shape.
func fullChamber(ws []nameWord, w, shape string) bool {
	switch shape {
	case "end":
		return ws[len(ws)-1].Text == w
	case "of":
		return ws[0].Text == w && ws[1].Text == "of"
	}
	return false
}
