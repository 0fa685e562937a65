package extract

import "strings"

// Metrics of control claims.
const (
	metricControl   = "control"
	metricNoControl = "no overall control"
	metricLost      = "lost control"
)

// controlClaims reads who controls a body: "Labour has seized control of
// X", "took control of Wandsworth and Westminster councils" (one claim per
// object), "under Conservative control since 1964", "under no overall
// control from 1994 to 2002".
func (c *claimScanner) controlClaims() {
	for k := range c.toks {
		if c.toks[k].lower != "control" || !c.isWord(k) {
			continue
		}
		if c.lowerAt(k+1) == "of" {
			c.controlOf(k)
			continue
		}
		c.underControl(k)
	}
}

// controlOf reads "SUBJECT VERB control of OBJECT…".
func (c *claimScanner) controlOf(k int) {
	v := k - 1
	if c.lowerAt(v) == "overall" || c.lowerAt(v) == "full" || c.lowerAt(v) == "majority" {
		v--
	}
	kind, ok := c.lx.control.Value(c.lowerAt(v))
	if !ok {
		return
	}
	sub, ok := c.subjectBefore(v)
	if !ok {
		return
	}
	metric := metricControl
	if kind == "lose" {
		metric = metricLost
	}
	objs := c.controlObjects(k + 2)
	for i, o := range objs {
		start := sub.start
		if i > 0 {
			start = o.joiner
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Object: o.name}, start, o.end)
	}
}

// controlObject is one body named after "control of": its name, the
// "and"/"," before it (for the words of a second claim) and its last
// token.
type controlObject struct {
	name        string
	joiner, end int
}

// controlObjects reads the objects after "control of" at token o:
// coordinated names ("Wandsworth and Westminster councils") or a
// description resolved to the body it stands for ("Britain's most Jewish
// local authority" → "Barnet council").
func (c *claimScanner) controlObjects(o int) []controlObject {
	e := o
	for e < len(c.toks) && c.sameSentence(o, e) && (c.isWord(e) || c.toks[e].text == ",") {
		w := c.lowerAt(e)
		if e > o && (controlStop[w] || strings.HasPrefix(c.toks[e].tag, "VB") && !c.toks[e].isCap()) {
			break
		}
		if w == "," && !(c.lowerAt(e+1) == "and" || c.isWord(e+1) && c.toks[e+1].isCap()) {
			break
		}
		e++
	}
	e--
	if e < o {
		return nil
	}
	if objs := c.namedObjects(o, e); len(objs) > 0 {
		return objs
	}
	for k := o; k <= e; k++ {
		for n := 2; n >= 1; n-- {
			if k+n-1 > e {
				continue
			}
			phrase := strings.ToLower(c.joinTokens(k, k+n-1))
			if body, ok := c.lx.bodies.Value(phrase); ok {
				if sub, ok := c.bodyNamed(body, k, true); ok {
					return []controlObject{{name: sub.name, joiner: o, end: k + n - 1}}
				}
			}
		}
	}
	return nil
}

// controlStop ends the object phrase after "control of".
var controlStop = map[string]bool{
	"in": true, "for": true, "since": true, "after": true, "from": true, "with": true,
	"on": true, "by": true, "when": true, "while": true, "as": true, "at": true, "but": true,
	"which": true, "who": true, "that": true, "to": true, "until": true, "historically": true,
}

// namedObjects splits tokens [o, e] into capitalised names joined by
// "and" or commas, dropping a trailing body noun ("councils"). It returns
// nil unless every part is a name.
func (c *claimScanner) namedObjects(o, e int) []controlObject {
	last := e
	if _, ok := c.lx.bodies.Value(c.lowerAt(e)); ok && !c.toks[e].isCap() {
		last = e - 1
	}
	var out []controlObject
	joiner := o
	if c.lowerAt(o) == "the" && o < last {
		o++ // "control of the Virginia House of Delegates"
	}
	for k := o; k <= last; {
		if !c.toks[k].isCap() || !c.isWord(k) {
			return nil
		}
		s := k
		for k <= last && c.isWord(k) && (c.toks[k].isCap() || c.toks[k].lower == "of") {
			k++
		}
		name := c.objectName(s, k-1)
		out = append(out, controlObject{name: name, joiner: joiner, end: k - 1})
		if k > last {
			break
		}
		joiner = k
		for k <= last && (c.toks[k].text == "," || c.toks[k].lower == "and") {
			k++
		}
		if k == joiner {
			return nil
		}
	}
	if len(out) > 0 {
		out[len(out)-1].end = e
	}
	return out
}

// objectName names the body of tokens [s, e]: the entity a mention there
// names, or the words.
func (c *claimScanner) objectName(s, e int) string {
	if ent := c.entityOver(s, e); ent != nil {
		return ent.Name
	}
	return c.joinTokens(s, e)
}

// joinTokens returns the text of tokens [a, b] as written.
func (c *claimScanner) joinTokens(a, b int) string {
	return c.d.Text[c.toks[a].start:c.toks[b].end]
}

// underControl reads "X has been under Conservative control since its
// creation in 1964" and "when it was under no overall control".
func (c *claimScanner) underControl(k int) {
	u := k - 1
	for u >= 0 && k-u <= 3 && c.lowerAt(u) != "under" {
		u--
	}
	if u < 0 || u+1 >= k || c.lowerAt(u) != "under" || !c.sameSentence(u, k) {
		return
	}
	held, ok := c.controlledBody(u)
	if !ok {
		return
	}
	between := strings.ToLower(c.joinTokens(u+1, k-1))
	cl := Claim{Metric: metricControl}
	start := u
	switch {
	case between == "no overall" || between == "no" || strings.HasPrefix(between, "no "):
		cl.Subject, cl.SubjectID, cl.Metric = held.name, held.id, metricNoControl
	default:
		p := c.partyByAdjective(k - 1)
		cl.Subject, cl.SubjectID, cl.Object = p.name, p.id, held.name
	}
	end := k
	if y, at := c.yearAfter(k, "since"); at > 0 {
		cl.Since, end = intPtr(y), at
	}
	if from, to, rs, ok := c.yearRange(k); ok && cl.Since == nil && (rs < u && u-rs <= 12 || rs > k && rs-k <= 2) {
		cl.From, cl.To = intPtr(from), intPtr(to)
		if rs < start {
			start = c.phraseStart(rs)
		} else {
			end = max(end, c.tokenEndingAt(c.rangeEnd(rs)))
		}
	}
	c.add(cl, start, end)
}

// controlledBody finds what is under control: the pronoun or name before
// "was under"/"has been under", else the sentence's first name, mapped to
// its council where the article names one.
func (c *claimScanner) controlledBody(u int) (subject, bool) {
	for p := u - 1; p >= 0 && u-p <= 4 && c.sameSentence(p, u); p-- {
		w := c.lowerAt(p)
		if w == "it" || w == "which" {
			break
		}
		if c.isWord(p) && c.toks[p].isCap() {
			if sub, ok := c.resolvePhrase(p, p); ok {
				return c.bodyOf(sub), true
			}
		}
	}
	for p := u - 1; p >= 0 && c.sameSentence(p, u); p-- {
		if c.sentenceStart(p) {
			for q := p; q < u; q++ {
				if c.isWord(q) && c.toks[q].isCap() {
					if ent := c.entityOver(q, q); ent != nil {
						return c.bodyOf(subject{name: ent.Name, id: ent.ID, start: q}), true
					}
					if sub, ok := c.resolvePhrase(q, q); ok && len(c.ents) == 0 {
						return c.bodyOf(sub), true // no entities: the first name
					}
				}
			}
			break
		}
	}
	return subject{}, false
}

// yearAfter finds the year after word w within a few tokens past k:
// "since its creation in 1964". It returns the year and its token.
func (c *claimScanner) yearAfter(k int, w string) (int, int) {
	for p := k + 1; p < len(c.toks) && p <= k+3 && c.sameSentence(p, k); p++ {
		if c.lowerAt(p) != w {
			continue
		}
		for q := p + 1; q < len(c.toks) && q <= p+6 && c.sameSentence(q, k); q++ {
			if ni, ok := c.numAt[q]; ok && c.nums[ni].Kind == KindYear {
				return int(c.nums[ni].Value), q
			}
		}
	}
	return 0, -1
}

// yearRange finds a range of years in the sentence of token k and returns
// its bounds and first token.
func (c *claimScanner) yearRange(k int) (int, int, int, bool) {
	for q := range c.toks {
		ni, ok := c.numAt[q]
		if !ok || !c.sameSentence(q, k) {
			continue
		}
		n := c.nums[ni]
		if n.Kind == KindRange && n.Max != nil && n.Value >= 1000 && n.Value <= 2100 {
			s := q
			if c.lowerAt(q-1) == "from" || c.lowerAt(q-1) == "between" {
				s = q - 1
			}
			return int(n.Value), int(*n.Max), s, true
		}
	}
	return 0, 0, 0, false
}

// rangeEnd returns the end offset of the number at or after token k.
func (c *claimScanner) rangeEnd(k int) int {
	for q := k; q < len(c.toks) && q <= k+1; q++ {
		if ni, ok := c.numAt[q]; ok {
			return c.nums[ni].End
		}
	}
	return c.toks[k].end
}

// phraseStart steps back from token k over the noun phrase it ends ("an
// eight-year period from 1994"), to its determiner.
func (c *claimScanner) phraseStart(k int) int {
	s := k
	for p := k - 1; p >= 0 && k-p <= 6 && c.sameSentence(p, k); p-- {
		t := c.toks[p]
		if t.class == nkSym && !t.isHyphen() {
			break
		}
		s = p
		if t.lower == "a" || t.lower == "an" || t.lower == "the" {
			break
		}
	}
	return s
}
