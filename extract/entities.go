package extract

import "github.com/newsfacts/newsfacts/internal/nlp"

// Entities finds the people, organisations and places named in d, one
// Entity per real-world referent with all its mentions, in order of first
// mention.
func Entities(d *nlp.Doc, lex *Lexicon) []Entity {
	// First version: prose candidates as they are, merged by exact text.
	var out []Entity
	byName := map[string]int{}
	for _, c := range d.Candidates {
		typ := map[string]string{"PERSON": "PERSON", "GPE": "GPE", "ORGANIZATION": "ORG", "ORG": "ORG", "LOCATION": "LOC"}[c.Label]
		if typ == "" {
			continue
		}
		i, ok := byName[c.Text]
		if !ok {
			i = len(out)
			byName[c.Text] = i
			out = append(out, Entity{Name: c.Text, Type: typ})
		}
		out[i].Mentions = append(out[i].Mentions, Mention{Text: c.Text, Span: c.Span})
	}
	numberEntities(out)
	return out
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
