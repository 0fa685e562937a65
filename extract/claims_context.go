package extract

import "strings"

// skipAppositive returns the token after which a subject ends when an
// appositive stands between it and the verb at v ("Turnout in Fairfax
// County, the state's most populous, rose"): the opening comma; else v.
func (c *claimScanner) skipAppositive(v int) int {
	if v < 2 || c.toks[v-1].text != "," {
		return v
	}
	for p := v - 2; p > 0 && v-p <= 8 && c.sameSentence(p, v); p-- {
		if c.toks[p].text == "," {
			if w := c.lowerAt(p + 1); w == "the" || w == "a" || w == "an" || w == "its" || w == "which" {
				return p
			}
			return v
		}
	}
	return v
}

// subjectOrRelative resolves the subject of the verb at v, reading "Dan
// Keller, who took" as Dan Keller.
func (c *claimScanner) subjectOrRelative(v int) (subject, bool) {
	if v >= 2 && c.lowerAt(v-1) == "who" && c.toks[v-2].text == "," {
		return c.subjectBefore(v - 2)
	}
	if c.lowerAt(v-1) == "and" || v > 0 && c.toks[v-1].text == "," && strings.HasSuffix(c.lowerAt(v), "ing") {
		return c.coordinatedSubject(v) // "…, winning six of its nine seats"
	}
	return c.subjectBefore(v)
}

// coordinatedSubject resolves the subject of a verb after "and" ("the
// company would close nine branches and cut 350 jobs", "Acme reported
// record revenue and raised its dividend"): the phrase before the nearest
// auxiliary of the clause, else the organisation opening the sentence.
func (c *claimScanner) coordinatedSubject(v int) (subject, bool) {
	for p := v - 2; p > 0 && c.sameSentence(p, v); p-- {
		switch c.lowerAt(p) {
		case "would", "will", "could", "has", "have", "had":
			return c.subjectBefore(p + 1)
		case "that", ";":
			return subject{}, false
		}
	}
	if sub, ok := c.sentenceSubject(v); ok {
		return sub, true
	}
	return c.firstOrgInSentence(v)
}

// firstOrgInSentence returns the organisation named first in the sentence
// of token v ("LONDON — Acme Group, the supplier, reported … and raised
// its dividend"), unless a person is named before v: then the person may
// be the subject and none is returned.
func (c *claimScanner) firstOrgInSentence(v int) (subject, bool) {
	var found *entityMention
	for i := range c.ments {
		m := &c.ments[i]
		if m.Start >= c.toks[v].start {
			break
		}
		q := c.tokenAt(m.Start)
		if q < 0 || !c.sameSentence(q, v) {
			continue
		}
		if m.ent.Type == "PERSON" {
			return subject{}, false
		}
		if found == nil && m.ent.Type == "ORG" {
			found = m
		}
	}
	if found == nil {
		return subject{}, false
	}
	return subject{name: found.ent.Name, id: found.ent.ID, start: c.tokenAt(found.Start)}, true
}

// shareBefore returns "share" when a claim of share by percent was read
// earlier in the sentence of token v, else "".
func (c *claimScanner) shareBefore(v int) string {
	for _, cl := range c.out { // c.out is in pattern order, not text order
		if cl.End > c.toks[v].start || cl.Metric != "share" || cl.Unit != "percent" {
			continue
		}
		if q := c.tokenAt(cl.Start); q >= 0 && c.sameSentence(q, v) {
			return "share"
		}
	}
	return ""
}

// trailingChange reads a change written after a claim as ", down 18.5
// points" or ", up 3%": it takes the subject and metric of the claim that
// ends right before the comma at v-1.
func (c *claimScanner) trailingChange(v int, sign string) (subject, string, int, bool) {
	if v < 1 || c.toks[v-1].text != "," || (sign != "+" && sign != "-") {
		return subject{}, "", 0, false
	}
	comma := c.toks[v-1].start
	for i := len(c.out) - 1; i >= 0; i-- {
		cl := c.out[i]
		if cl.End == comma && cl.Value != nil {
			return subject{name: cl.Subject, id: cl.SubjectID}, cl.Metric, v, true
		}
	}
	return subject{}, "", 0, false
}

// partOfUnit names the metric of a bare count by the whole it is part of:
// "three of the four House seats" and "41 of the state's 133 counties"
// count seats and counties. e is the count's last token.
func (c *claimScanner) partOfUnit(e int) string {
	if c.lowerAt(e+1) != "of" {
		return ""
	}
	for q := e + 2; q < len(c.toks) && q <= e+5 && c.sameSentence(q, e); q++ {
		if ni, ok := c.numAt[q]; ok {
			m := c.nums[ni]
			if m.Kind != KindCount || m.Unit == "" {
				return ""
			}
			return c.metricOrUnit(m.Unit)
		}
	}
	return ""
}

// rangeAfter reports whether n is a range or "to" and a number of the
// same kind follow it: "4% to 6%".
func (c *claimScanner) rangeAfter(n Number) bool {
	if n.Max != nil {
		return true // the numbers extractor read "4% to 6%" as one range
	}
	e := c.tokenEndingAt(n.End)
	if e < 0 || c.lowerAt(e+1) != "to" {
		return false
	}
	ni, ok := c.numAt[e+2]
	return ok && c.nums[ni].Kind == n.Kind
}

// orgInSentenceBefore returns the organisation named last before token k
// in its sentence.
func (c *claimScanner) orgInSentenceBefore(k int) (subject, bool) {
	off := c.toks[k].start
	for i := len(c.ments) - 1; i >= 0; i-- {
		m := c.ments[i]
		if m.Start >= off || m.ent.Type != "ORG" {
			continue
		}
		q := c.tokenAt(m.Start)
		if q < 0 || !c.sameSentence(q, k) {
			return subject{}, false
		}
		return subject{name: m.ent.Name, id: m.ent.ID, start: q}, true
	}
	return subject{}, false
}

// majorityHolder resolves who holds "a majority" at token s: the name
// before "with a majority" or "giving X a majority", else the
// organisation named last before it in the sentence.
func (c *claimScanner) majorityHolder(s int) (subject, bool) {
	if a := c.lowerAt(s - 1); s >= 2 && (a == "a" || a == "an") {
		switch c.lowerAt(s - 2) {
		case "with":
			if sub, ok := c.subjectBefore(s - 2); ok {
				return sub, true
			}
		}
		if sub, ok := c.resolvePhrase(s-2, s-2); ok && c.toks[s-2].isCap() && !c.sentenceStart(s-2) {
			return sub, true // "giving Labour a majority of 12"
		}
	}
	return c.orgInSentenceBefore(s)
}

// pollVerbs give a party's poll standing: "the New Democrats stood at 11
// per cent".
var pollVerbs = map[string]bool{"stood at": true, "stands at": true}

// isParty reports whether a subject is a political party entity.
func (c *claimScanner) isParty(s subject) bool {
	for i := range c.ents {
		if c.ents[i].ID == s.id && s.id != "" {
			return c.ents[i].Subtype == "party"
		}
	}
	return false
}
