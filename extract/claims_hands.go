package extract

import "strings"

// handsVerbs state who holds a body: "remains in Democratic hands",
// "fell into Labour hands".
var handsVerbs = map[string]bool{
	"remains": true, "remained": true, "stays": true, "stayed": true, "is": true, "was": true,
	"are": true, "were": true, "fell": true, "falls": true, "passed": true, "passes": true,
	"returned": true, "returns": true, "stay": true, "remain": true,
}

// handsClaims reads control written as hands: "the Senate, which was not
// on the ballot, remains narrowly in Democratic hands" gives Democrats
// control of the Senate. The adjective must name a party (an entity or a
// listed party); the body is the named subject of the verb.
func (c *claimScanner) handsClaims() {
	for k := range c.toks {
		if c.lowerAt(k) != "hands" || k < 3 {
			continue
		}
		in := k - 2
		if w := c.lowerAt(in); w != "in" && w != "into" || !c.toks[k-1].isCap() || !c.sameSentence(in, k) {
			continue
		}
		party, ok := c.partyOfAdjective(k - 1)
		if !ok {
			continue // "in Chinese hands": not a party
		}
		v := in - 1
		for v > 0 && c.sameSentence(v, k) && controlAdverbs[c.lowerAt(v)] {
			v--
		}
		if !handsVerbs[c.lowerAt(v)] || !c.sameSentence(v, k) {
			continue
		}
		body, ok := c.subjectBefore(c.skipRelative(v))
		if !ok || body.id == "" {
			continue
		}
		c.add(Claim{Subject: party.name, SubjectID: party.id, Metric: metricControl, Object: body.name}, body.start, k)
	}
}

// partyOfAdjective resolves a party adjective at token k to its party:
// partyByAdjective's entity or listed party, else a party entity whose
// name less a plural "s" begins the adjective ("Democratic" for
// "Democrats"). ok is false when no party fits.
func (c *claimScanner) partyOfAdjective(k int) (subject, bool) {
	w := c.toks[k].text
	if p := c.partyByAdjective(k); p.id != "" || p.name != w {
		return p, true
	}
	low := strings.ToLower(w)
	for i := range c.ents {
		e := &c.ents[i]
		stem := strings.TrimSuffix(strings.ToLower(e.Name), "s")
		if e.Subtype == "party" && len(stem) >= 5 && strings.HasPrefix(low, stem) {
			return subject{name: e.Name, id: e.ID, start: k}, true
		}
	}
	return subject{}, false
}

// controlAdverbs stand between a verb and "in … hands".
var controlAdverbs = map[string]bool{
	"narrowly": true, "firmly": true, "still": true, "securely": true, "safely": true, "comfortably": true,
}

// skipRelative returns the comma opening a relative clause that ends
// right before token v ("the Senate, which was not on the ballot this
// year, remains"), else v.
func (c *claimScanner) skipRelative(v int) int {
	if v < 2 || c.toks[v-1].text != "," {
		return v
	}
	for p := v - 2; p > 0 && v-p <= 16 && c.sameSentence(p, v); p-- {
		if c.toks[p].text == "," {
			if w := c.lowerAt(p + 1); w == "which" || w == "who" || w == "where" {
				return p
			}
			return v
		}
	}
	return v
}
