package extract

import "strings"

// tallies reads "Labour 41, Conservatives 22": a count whose unit its
// context supplied, written right after a name.
func (c *claimScanner) tallies() {
	for k, ni := range c.numAt {
		n := c.nums[ni]
		if n.Kind != KindCount || n.Unit == "" || c.tokenEndingAt(n.End) != k {
			continue
		}
		e := k - 1
		if !c.isWord(e) || !c.toks[e].isCap() || !c.sameSentence(e, k) {
			continue
		}
		s := e
		for s > 0 && c.isWord(s-1) && c.toks[s-1].isCap() && c.sameSentence(s-1, k) {
			s--
		}
		sub, ok := c.resolvePhrase(s, e)
		if !ok {
			continue
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: c.metricOrUnit(n.Unit), Value: floatPtr(n.Value)}, s, k)
	}
}

// metricOrUnit names the metric of a counted unit: the listed metric, or
// the unit itself ("awards").
func (c *claimScanner) metricOrUnit(unit string) string {
	if m := c.metricFor(unit); m != "" {
		return m
	}
	return unit
}

// claimUnit is the unit a claim reports for a number: "percent", the
// currency, or the counted unit when it is not the metric itself.
func claimUnit(n Number, metric string) string {
	switch n.Kind {
	case KindPercent:
		if n.Unit != "" {
			return n.Unit
		}
		return "percent"
	case KindMoney:
		return n.Unit
	}
	if n.Unit == metric {
		return ""
	}
	return n.Unit
}

// verbClaims reads "SUBJECT VERB [by] N": "the Conservatives lost 14
// seats" (change -14), "Labour gained 18" (+18), "X won 30 seats" (value
// 30), "revenue rose 3.5 percent to $27.2 billion" (change +3.5 percent,
// then value $27.2bn), "fell from 40 to 35" (value 35, change -5).
func (c *claimScanner) verbClaims() {
	for k := range c.toks {
		ni, ok := c.numAt[k]
		if !ok {
			continue
		}
		n := c.nums[ni]
		if !claimKind(n.Kind) {
			continue
		}
		v, sign, from := c.verbBefore(k)
		if v < 0 {
			continue
		}
		sub, metric, s, ok := c.verbSubject(v, n)
		if !ok {
			continue
		}
		end := c.tokenEndingAt(n.End)
		cl := Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Unit: claimUnit(n, metric)}
		if from {
			c.fromTo(cl, n, s, end)
			continue
		}
		switch sign {
		case "+":
			cl.Change = floatPtr(n.Value)
		case "-":
			cl.Change = floatPtr(-n.Value)
		default:
			cl.Value = floatPtr(n.Value)
		}
		c.add(cl, s, end)
		c.toValue(cl, end, s)
	}
}

// claimKind reports whether numbers of kind k can be claimed.
func claimKind(k string) bool {
	return k == KindCount || k == KindPercent || k == KindMoney
}

// verbBefore finds a claim verb before the number at token k, stepping
// over "by", "from" and qualifiers; it returns the verb's first token (-1
// when none), its sign (+, - or total) and whether "from" came between.
func (c *claimScanner) verbBefore(k int) (int, string, bool) {
	p := k - 1
	from := false
	for step := 0; step < 4 && p >= 0 && c.sameSentence(p, k); step++ {
		w := c.lowerAt(p)
		switch {
		case w == "by":
			p--
			continue
		case w == "from":
			from = true
			p--
			continue
		case c.lx.qualifiers.Has(w) || w == "than" || w == "a" || w == "further" || w == "another":
			p--
			continue
		}
		break
	}
	if !c.isWord(p) || !c.sameSentence(p, k) {
		return -1, "", false
	}
	if p > 0 {
		if sign, ok := c.lx.verbs.Value(c.lowerAt(p-1) + " " + c.lowerAt(p)); ok && c.isWord(p-1) {
			return p - 1, sign, from
		}
	}
	if sign, ok := c.lx.verbs.Value(c.lowerAt(p)); ok && (strings.HasPrefix(c.toks[p].tag, "VB") || c.toks[p].tag == "" || c.toks[p].tag == "RB" || c.toks[p].tag == "RP") {
		return p, sign, from
	}
	return -1, "", false
}

// verbSubject finds who the verb at v is about and the metric: a metric
// noun as subject ("revenue rose") is the metric and the subject is the
// body under discussion; else the subject is the phrase before the verb
// and the metric comes from the number's unit.
func (c *claimScanner) verbSubject(v int, n Number) (subject, string, int, bool) {
	e := v - 1
	for e >= 0 && c.isWord(e) && subjectSkip[c.toks[e].lower] {
		e--
	}
	if e >= 0 && c.isWord(e) && c.sameSentence(e, v) {
		if m := c.metricFor(c.lowerAt(e)); m != "" && (!c.toks[e].isCap() || c.sentenceStart(e)) {
			s := e
			if s > 0 && c.isWord(s-1) && !c.toks[s-1].isCap() && c.metricFor(c.lowerAt(s-1)+" "+c.lowerAt(e)) != "" {
				s--
			}
			for s > 0 && c.isWord(s-1) && !c.toks[s-1].isCap() && !npStopWords[c.lowerAt(s-1)] && c.sameSentence(s-1, v) {
				s-- // "Comparable sales"
			}
			if s > 0 && c.lowerAt(s-1) == "the" || s > 0 && c.lowerAt(s-1) == "its" {
				s--
			}
			sub, ok := c.possessor(s)
			if !ok && s > 0 && c.isWord(s-1) && c.toks[s-1].isCap() && c.sameSentence(s-1, v) {
				// "Acme Ltd revenue fell": the name before the metric.
				if ent := c.entityOver(s-1, s-1); ent != nil {
					sub, ok = subject{name: ent.Name, id: ent.ID}, true
					s--
					for s > 0 && c.entityOver(s-1, s-1) == ent {
						s--
					}
				}
			}
			if !ok {
				sub, ok = c.topicBody(v)
			}
			return sub, m, s, ok
		}
	}
	sub, ok := c.subjectBefore(v)
	if !ok {
		return subject{}, "", 0, false
	}
	metric := ""
	start := sub.start
	if p := sub.start - 1; (c.lowerAt(p) == "at" || c.lowerAt(p) == "of" || c.lowerAt(p) == "for") && c.sameSentence(p-1, v) {
		// "Sales at Harbour Loaves rose": the metric leads the name.
		if m := c.metricFor(c.lowerAt(p - 1)); m != "" {
			metric, start = m, p-1
			if c.lowerAt(start-1) == "the" {
				start--
			}
		}
	}
	if metric == "" && n.Kind == KindCount && n.Unit != "" {
		metric = c.metricOrUnit(n.Unit)
	}
	if k := c.tokenEndingAt(n.End) + 1; metric == "" && k > 0 {
		metric = c.metricFor(c.lowerAt(k)) // "won a 12% share"
	}
	return sub, metric, start, metric != ""
}

// possessor resolves "Barnet's" or "its" right before token k.
func (c *claimScanner) possessor(k int) (subject, bool) {
	p := k - 1
	if p < 0 || !c.isWord(p) {
		return subject{}, false
	}
	l := c.toks[p].lower
	if strings.HasSuffix(l, "’s") || strings.HasSuffix(l, "'s") {
		if ent := c.entityOver(p, p); ent != nil {
			return subject{name: ent.Name, id: ent.ID, start: p}, true
		}
	}
	return subject{}, false
}

// fromTo records "fell from 40 to 35": the level reached and the change.
func (c *claimScanner) fromTo(cl Claim, n Number, s, end int) {
	to := end + 1
	if c.lowerAt(to) != "to" {
		return
	}
	ni, ok := c.numAt[to+1]
	if !ok {
		return
	}
	m := c.nums[ni]
	if m.Kind != n.Kind || m.Unit != n.Unit {
		return
	}
	cl.Value = floatPtr(m.Value)
	cl.Change = floatPtr(m.Value - n.Value)
	c.add(cl, s, c.tokenEndingAt(m.End))
}

// toValue records the level after a change: "rose 3.5 percent to $27.2
// billion" gives the value $27.2bn.
func (c *claimScanner) toValue(cl Claim, end, s int) {
	if cl.Change == nil || c.lowerAt(end+1) != "to" {
		return
	}
	ni, ok := c.numAt[end+2]
	if !ok {
		return
	}
	m := c.nums[ni]
	if !claimKind(m.Kind) {
		return
	}
	cl.Change = nil
	cl.Value = floatPtr(m.Value)
	cl.Unit = claimUnit(m, cl.Metric)
	c.add(cl, s, c.tokenEndingAt(m.End))
}

// rateClaims reads "The turnout was 37.9 per cent" and "its revenue is
// $3m": a metric noun, a copula, then the number. The subject is the
// possessor, else the body the article is about.
func (c *claimScanner) rateClaims() {
	for k := range c.toks {
		ni, ok := c.numAt[k]
		if !ok || !claimKind(c.nums[ni].Kind) {
			continue
		}
		n := c.nums[ni]
		cop := k - 1
		for cop >= 0 && c.lx.qualifiers.Has(c.lowerAt(cop)) {
			cop--
		}
		if !copula[c.lowerAt(cop)] {
			continue
		}
		m := cop - 1
		metric := c.metricFor(c.lowerAt(m))
		if metric == "" || !c.sameSentence(m, k) || c.toks[m].isCap() && m > 0 && !c.sentenceStart(m) {
			continue
		}
		s := m
		if d := c.lowerAt(m - 1); d == "the" || d == "its" || d == "their" {
			s = m - 1
		}
		sub, ok := c.possessor(s)
		if !ok {
			sub, ok = c.topicBody(s)
		}
		if !ok {
			continue
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Value: floatPtr(n.Value), Unit: claimUnit(n, metric)}, s, c.tokenEndingAt(n.End))
	}
}

var copula = map[string]bool{"was": true, "is": true, "were": true, "are": true, "stood": false, "of": false}

// sentenceStart reports whether token k opens its sentence.
func (c *claimScanner) sentenceStart(k int) bool {
	return k == 0 || c.toks[k-1].sent != c.toks[k].sent
}

// possessedCounts reads "Barnet's three Conservative MPs": a count of
// things held by a named owner, when the things are a listed metric.
func (c *claimScanner) possessedCounts() {
	for k, ni := range c.numAt {
		n := c.nums[ni]
		if n.Kind != KindCount || n.Unit == "" || c.tokenEndingAt(n.End) == k {
			continue
		}
		metric := c.metricFor(n.Unit)
		if metric == "" {
			continue // "Apple's 12-inch": a measure, not things held
		}
		sub, ok := c.possessor(k)
		if !ok {
			continue
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Value: floatPtr(n.Value)}, sub.start, c.tokenEndingAt(n.End))
	}
}
