package extract

import "strings"

// bodyTakingVerbs take or keep a council or chamber named right after
// them: "held on to the Richmond City Council", "Labour retained Barnet
// council", "Democrats flipped the state Senate".
var bodyTakingVerbs = map[string]bool{
	"retained": true, "kept": true, "held on to": true, "hung on to": true, "held onto": true,
	"flipped": true, "captured": true, "seized": true, "won": true, "took": true, "gained": true,
}

// bodyTakenClaims reads control of a named body won or kept without the
// word "control": the object must be an organisation whose name ends in
// a chamber or council word, and must end its phrase ("won the Senate
// race" is no control of the Senate).
func (c *claimScanner) bodyTakenClaims() {
	for v := range c.toks {
		if !c.isWord(v) {
			continue
		}
		o := -1
		if w3 := c.lowerAt(v) + " " + c.lowerAt(v+1) + " " + c.lowerAt(v+2); bodyTakingVerbs[w3] {
			o = v + 3
		} else if bodyTakingVerbs[c.lowerAt(v)] {
			o = v + 1
		}
		if o < 0 {
			continue
		}
		if c.lowerAt(o) == "the" {
			o++
		}
		ent := c.entityOver(o, o)
		if ent == nil || ent.Type != "ORG" || !c.toks[o].isCap() || !endsInBody(ent.Name) {
			continue
		}
		e := o
		for e+1 < len(c.toks) && c.entityOver(e+1, e+1) == ent {
			e++
		}
		if c.isWord(e+1) && !c.toks[e+1].isCap() && !controlStop[c.lowerAt(e+1)] && c.lowerAt(e+1) != "and" {
			continue // "the Senate race", "Barnet council seats"
		}
		sub, ok := c.subjectOrRelative(v)
		if !ok {
			continue
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metricControl, Object: ent.Name}, sub.start, e)
	}
}

// endsInBody reports whether a name ends in a chamber or council word.
func endsInBody(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && legislatureWords[f[len(f)-1]]
}
