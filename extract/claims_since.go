package extract

import "strings"

// ruleVerbs are the past participles that say a subject has held a body
// or place for a time: "Republicans had controlled the chamber since
// 2021", "Labor has governed Western Australia since 2017".
var ruleVerbs = map[string]bool{
	"controlled": true, "governed": true, "ruled": true, "run": true, "dominated": true, "led": true,
}

// legislatureWords name a body in a description ("the chamber") or end its
// name ("Virginia House of Delegates", "US Senate").
var legislatureWords = map[string]bool{
	"house": true, "senate": true, "assembly": true, "council": true, "parliament": true,
	"congress": true, "legislature": true, "chamber": true, "delegates": true, "representatives": true,
	"commons": true, "lords": true,
}

// heldSinceClaims reads control held for a time: "X has/had controlled
// OBJECT since YEAR", "X has held power in OBJECT since YEAR" and "X has
// been in power in OBJECT since YEAR". Without the auxiliary and "since"
// it reads nothing: "Labor governed well" states no control.
func (c *claimScanner) heldSinceClaims() {
	for v := range c.toks {
		w := c.lowerAt(v)
		if !c.isWord(v) || !(ruleVerbs[w] || w == "held" || w == "been") {
			continue
		}
		if aux := c.lowerAt(v - 1); aux != "has" && aux != "have" && aux != "had" {
			continue
		}
		o := c.ruleObjectStart(v)
		if o < 0 {
			continue
		}
		end := o
		for end < len(c.toks) && c.sameSentence(end, v) && c.lowerAt(end) != "since" && end-o < 8 {
			end++
		}
		if c.lowerAt(end) != "since" || end == o {
			continue
		}
		ni, ok := c.numAt[end+1]
		if !ok || c.nums[ni].Kind != KindYear {
			continue
		}
		obj, ok := c.ruledObject(o, end-1)
		if !ok {
			continue
		}
		sub, ok := c.subjectBefore(v - 1)
		if !ok {
			continue
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metricControl, Object: obj, Since: intPtr(int(c.nums[ni].Value))}, sub.start, end+1)
	}
}

// ruleObjectStart returns the first token of what the verb at v rules:
// right after "controlled", after "power in"/"control of" for "held" and
// "in power in"/"in control of" for "been"; -1 when the words differ.
func (c *claimScanner) ruleObjectStart(v int) int {
	w := c.lowerAt(v)
	if ruleVerbs[w] {
		return v + 1
	}
	p := v + 1
	if w == "been" {
		if c.lowerAt(p) != "in" {
			return -1
		}
		p++
	}
	switch c.lowerAt(p) + " " + c.lowerAt(p+1) {
	case "power in", "control of", "power at":
		return p + 2
	}
	return -1
}

// ruledObject names what tokens [o, e] describe: the entity named there,
// the capitalised words, or for "the chamber"/"the council" the nearest
// legislature or council named before.
func (c *claimScanner) ruledObject(o, e int) (string, bool) {
	for e > o && c.toks[e].text == "," {
		e--
	}
	if ent := c.entityOver(o, e); ent != nil {
		return ent.Name, true
	}
	if c.lowerAt(o) == "the" && o == e-1 && legislatureWords[c.lowerAt(e)] {
		return c.legislatureBefore(o)
	}
	if !c.toks[o].isCap() || !c.toks[e].isCap() {
		return "", false
	}
	return c.joinTokens(o, e), true
}

// legislatureBefore returns the nearest organisation named before token k
// whose name ends a legislature or council ("Virginia House of Delegates").
func (c *claimScanner) legislatureBefore(k int) (string, bool) {
	off := c.toks[k].start
	for i := len(c.ments) - 1; i >= 0; i-- {
		m := c.ments[i]
		if m.Start >= off || m.ent.Type != "ORG" {
			continue
		}
		f := strings.Fields(strings.ToLower(m.ent.Name))
		if len(f) > 1 && legislatureWords[f[len(f)-1]] {
			return m.ent.Name, true
		}
	}
	return "", false
}
