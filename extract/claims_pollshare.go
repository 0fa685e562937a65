package extract

import "strings"

// pollShareClaims reads a party's poll support written without a verb of
// its own, in a sentence about polling: "the Bloc Québécois at seven per
// cent", "to the Conservatives' 40 per cent", and "The Liberals trail …,
// with 36 per cent support". The party must be a party entity; the
// sentence (or the one before) must speak of a poll, support or standing.
func (c *claimScanner) pollShareClaims() {
	for k, n := range c.numberStarts() {
		if n.Kind != KindPercent || !c.pollSentence(k) {
			continue
		}
		end := c.tokenEndingAt(n.End)
		sub, s, ok := c.pollShareHolder(k, end)
		if !ok || !c.isParty(sub) {
			continue
		}
		if c.lowerAt(end+1) == "support" {
			end++
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: "support", Value: floatPtr(n.Value), Unit: claimUnit(n, "support")}, s, end)
	}
}

// pollShareHolder finds whose share the percentage at tokens [k, end] is:
// "PARTY at N", "PARTY's N", or "with N support" after the clause's
// subject. It returns the party and the claim's first token.
func (c *claimScanner) pollShareHolder(k, end int) (subject, int, bool) {
	p := k - 1
	switch {
	case c.lowerAt(p) == "at" && c.isWord(p-1) && c.toks[p-1].isCap():
		if sub, ok := c.namedEndingAt(p - 1); ok {
			return sub, sub.start, true
		}
	case p > 0 && (c.toks[p].text == "'" || c.toks[p].text == "’") && !c.toks[p].spaced && c.isWord(p-1):
		if sub, ok := c.namedEndingAt(p - 1); ok {
			return sub, sub.start, true // "the Conservatives' 40 per cent"
		}
	case c.isWord(p) && (strings.HasSuffix(c.toks[p].text, "'") || strings.HasSuffix(c.toks[p].text, "’") || possessive(c.toks[p].lower)):
		if sub, ok := c.namedEndingAt(p); ok {
			return sub, sub.start, true
		}
	case c.lowerAt(p) == "with" && c.lowerAt(end+1) == "support":
		if sub, ok := c.sentenceSubject(k); ok {
			return sub, p, true
		}
	}
	return subject{}, 0, false
}

// namedEndingAt resolves the entity whose mention ends at token e, its
// start stepped back over a leading "the".
func (c *claimScanner) namedEndingAt(e int) (subject, bool) {
	ent := c.entityOver(e, e)
	if ent == nil {
		return subject{}, false
	}
	s := e
	for s > 0 && c.sameSentence(s-1, e) && c.entityOver(s-1, s-1) == ent {
		s--
	}
	if c.lowerAt(s-1) == "the" {
		s--
	}
	return subject{name: ent.Name, id: ent.ID, start: s}, true
}

// possessive reports whether a lower-case word ends in 's.
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// pollCues mark a sentence as one about poll standings.
var pollCues = map[string]bool{
	"poll": true, "polls": true, "polling": true, "survey": true, "support": true, "stood": true, "stands": true,
}

// pollSentence reports whether the sentence of token k, or the one
// before it, speaks of a poll or support.
func (c *claimScanner) pollSentence(k int) bool {
	sent := c.toks[k].sent
	for i := k; i >= 0 && c.toks[i].sent >= sent-1; i-- {
		if pollCues[c.toks[i].lower] {
			return true
		}
	}
	for i := k + 1; i < len(c.toks) && c.toks[i].sent == sent; i++ {
		if pollCues[c.toks[i].lower] {
			return true
		}
	}
	return false
}

// ratedBefore is who a bare "Disapproval rose to 49 per cent" is about:
// the subject of the nearest approval claim before token k in the same or
// the two sentences before.
func (c *claimScanner) ratedBefore(k int) (subject, bool) {
	off, sent := c.toks[k].start, c.toks[k].sent
	for i := len(c.out) - 1; i >= 0; i-- {
		cl := c.out[i]
		if cl.Metric != "approval rating" && cl.Metric != "disapproval" || cl.Start >= off {
			continue
		}
		if j := c.tokenAt(cl.Start); j >= 0 && sent-c.toks[j].sent <= 2 {
			return subject{name: cl.Subject, id: cl.SubjectID}, true
		}
	}
	return subject{}, false
}
