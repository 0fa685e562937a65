package extract

import "strings"

// tallies reads "Labour 41, Conservatives 22": a count whose unit its
// context supplied, written right after a name.
func (c *claimScanner) tallies() {
	for k, n := range c.numberStarts() {
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
// the counted noun itself ("awards"); a unit of measure or time names no
// metric ("8GB", "12 years").
func (c *claimScanner) metricOrUnit(unit string) string {
	if m := c.metricFor(unit); m != "" {
		return m
	}
	if f := strings.Fields(unit); len(f) > 1 {
		if m := c.metricFor(f[len(f)-1]); m != "" {
			return m // "Republican-held districts": the head noun
		}
	}
	if c.isMeasure(unit) {
		return ""
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
	for k, n := range c.numberStarts() {
		if !claimKind(n.Kind) {
			continue
		}
		v, sign, from := c.verbBefore(k)
		if v < 0 || c.hypothetical(v) {
			continue
		}
		sub, metric, s, ok := c.verbSubject(v, n)
		if !ok {
			sub, metric, s, ok = c.trailingChange(v, sign)
		}
		if !ok {
			continue
		}
		if metric == "shares" && n.Kind != KindCount {
			metric = "share price" // "its shares fell 4.6%"
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
	from, to := false, false
	for step := 0; step < 4 && p >= 0 && c.sameSentence(p, k); step++ {
		w := c.lowerAt(p)
		switch {
		case w == "by":
			p--
			continue
		case w == "to" && step == 0:
			to = true // "rose to £146m": the level reached
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
	v, sign := -1, ""
	if p > 0 {
		if sg, ok := c.lx.verbs.Value(c.lowerAt(p-1) + " " + c.lowerAt(p)); ok && c.isWord(p-1) {
			v, sign = p-1, sg
		}
	}
	if sg, ok := c.lx.verbs.Value(c.lowerAt(p)); v < 0 && ok && (strings.HasPrefix(c.toks[p].tag, "VB") || c.toks[p].tag == "" || c.toks[p].tag == "RB" || c.toks[p].tag == "RP") {
		v, sign = p, sg
	}
	if v >= 0 && to && !from {
		sign = "total"
	}
	return v, sign, from
}

// verbSubject finds who the verb at v is about and the metric: a metric
// noun as subject ("revenue rose") is the metric and the subject is the
// body under discussion; else the subject is the phrase before the verb
// and the metric comes from the number's unit.
func (c *claimScanner) verbSubject(v int, n Number) (subject, string, int, bool) {
	v = c.skipAppositive(c.skipExpectation(v))
	e := v - 1
	for e >= 0 && c.isWord(e) && subjectSkip[c.toks[e].lower] {
		e--
	}
	if p := c.periodPhraseStart(e); p > 0 {
		e = p - 1 // "Revenue for the year to December rose"
	}
	if e >= 0 && c.isWord(e) && c.sameSentence(e, v) {
		m := ""
		if e > 0 && c.isWord(e-1) {
			m = c.metricFor(c.lowerAt(e-1) + " " + c.lowerAt(e)) // "unemployment rate"
		}
		if m == "" {
			m = c.metricFor(c.lowerAt(e))
		}
		if m != "" && (!c.toks[e].isCap() || c.sentenceStart(e)) {
			s := e
			if s > 0 && c.isWord(s-1) && !c.toks[s-1].isCap() && c.metricFor(c.lowerAt(s-1)+" "+c.lowerAt(e)) != "" {
				s--
			}
			for s > 0 && c.isWord(s-1) && !c.toks[s-1].isCap() && !npStopWords[c.lowerAt(s-1)] && c.sameSentence(s-1, v) {
				s-- // "Comparable sales"
			}
			for s > 1 && c.toks[s-1].isHyphen() && !c.toks[s-1].spaced && !c.toks[s].spaced && c.isWord(s-2) {
				s -= 2 // "Pre-tax profit"
			}
			if s > 0 && c.lowerAt(s-1) == "the" || s > 0 && c.lowerAt(s-1) == "its" {
				s--
			}
			sub, ok := c.possessor(s)
			if ok && placeMetrics[m] {
				sub = c.seatOfGovernment(sub) // "Ottawa's debt": Canada's
			}
			if !ok && s > 0 && c.isWord(s-1) && c.toks[s-1].isCap() && c.sameSentence(s-1, v) {
				// "Acme Ltd revenue fell": the name before the metric.
				if ent := c.entityOver(s-1, s-1); ent != nil {
					sub, ok = subject{name: ent.Name, id: ent.ID}, true
					s--
					for s > 0 && c.entityOver(s-1, s-1) == ent {
						s--
					}
					if owner, ok := c.possessor(s); ok && ent.Type != "ORG" {
						sub, s = owner, owner.start // "Acme's UK sales": Acme's, in the UK
					}
				}
			}
			if !ok {
				sub, ok = c.rateSubject(m, v)
			}
			return sub, m, s, ok
		}
	}
	sub, ok := c.subjectOrRelative(v)
	if !ok {
		return subject{}, "", 0, false
	}
	metric := ""
	start := sub.start
	if p := sub.start - 1; (c.lowerAt(p) == "at" || c.lowerAt(p) == "of" || c.lowerAt(p) == "for" || c.lowerAt(p) == "in") && c.sameSentence(p-1, v) {
		// "Sales at Harbour Loaves rose", "Shares in X rose": the metric
		// leads the name.
		if m := c.metricFor(c.lowerAt(p - 1)); m != "" {
			metric, start = m, p-1
			if c.lowerAt(start-1) == "the" {
				start--
			}
			if owner, ok := c.inPlaceOwner(sub, m, p, v); ok {
				sub = owner // "sales in Ireland rose": the company's, in Ireland
			}
		}
	}
	if metric == "" && n.Kind == KindCount && n.Unit != "" {
		metric = c.metricOrUnit(n.Unit)
	}
	if metric == "" && n.Kind == KindCount {
		metric = c.partOfUnit(c.tokenEndingAt(n.End)) // "won three of the four seats"
	}
	if k := c.tokenEndingAt(n.End) + 1; metric == "" && k > 0 {
		metric = c.metricAfter(k) // "won a 12% share", "37% of the vote"
	}
	if metric == "" && n.Kind == KindPercent && c.winVerb(v) {
		metric = c.shareBefore(v) // "won with 56.8% of the vote, defeating Y, who took 42.9%"
	}
	if metric == "" && n.Kind == KindPercent && pollVerbs[c.lowerAt(v)+" "+c.lowerAt(v+1)] && c.isParty(sub) {
		metric = "support" // "The New Democrats stood at 11 per cent"
	}
	return sub, metric, start, metric != ""
}

// metricAfter names the metric written right after a number at token k:
// "share" in "a 12% share", "share" for "of the vote" (metrics.txt lists
// both), trying the longest phrase of up to three words.
func (c *claimScanner) metricAfter(k int) string {
	for n := 4; n >= 1; n-- {
		if k+n > len(c.toks) || !c.sameSentence(k, k+n-1) {
			continue
		}
		words := make([]string, 0, n)
		for i := k; i < k+n; i++ {
			words = append(words, c.lowerAt(i))
		}
		if m := c.metricFor(strings.Join(words, " ")); m != "" {
			return m
		}
	}
	return ""
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
	for k, n := range c.numberStarts() {
		if !claimKind(n.Kind) {
			continue
		}
		cop := k - 1
		for cop >= 0 && c.lx.qualifiers.Has(c.lowerAt(cop)) {
			cop--
		}
		if !copula[c.lowerAt(cop)] && c.lowerAt(cop) != "of" {
			continue // "the turnout was 37.9 per cent", "a majority of 12"
		}
		m := cop - 1
		metric := c.metricFor(c.lowerAt(m))
		if metric == "" || !c.sameSentence(m, k) || c.toks[m].isCap() && m > 0 && !c.sentenceStart(m) {
			continue
		}
		if c.lowerAt(cop) == "of" && n.Kind == KindCount && metric != "majority" {
			continue // "the price of 5 apples" is not a price of 5
		}
		if n.Kind == KindCount && c.isMeasure(n.Unit) {
			continue // "the median age of the population was 38.1 years"
		}
		s := m
		if d := c.lowerAt(m - 1); d == "the" || d == "its" || d == "their" {
			s = m - 1
		}
		if c.rangeAfter(n) {
			continue // "growth of 4% to 6%" gives no single value
		}
		sub, ok := c.possessor(s)
		if !ok && metric == "majority" {
			sub, ok = c.majorityHolder(s) // "leaves Labor with a majority of 23"
		}
		if !ok {
			sub, ok = c.rateSubject(metric, s)
		}
		if !ok {
			continue
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Value: floatPtr(n.Value), Unit: claimUnit(n, metric)}, s, c.tokenEndingAt(n.End))
	}
}

var copula = map[string]bool{"was": true, "is": true, "were": true, "are": true}

// sentenceStart reports whether token k opens its sentence.
func (c *claimScanner) sentenceStart(k int) bool {
	return k == 0 || c.toks[k-1].sent != c.toks[k].sent
}

// possessedCounts reads "Barnet's three Conservative MPs": a count of
// things held by a named owner, when the things are a listed metric.
func (c *claimScanner) possessedCounts() {
	for k, n := range c.numberStarts() {
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

// changeNouns are nouns of change after a number: "an 18% rise in annual
// profit", "a 5% fall in sales".
var changeNouns = map[string]string{
	"rise": "+", "increase": "+", "jump": "+", "gain": "+", "growth": "+", "climb": "+", "surge": "+",
	"fall": "-", "drop": "-", "decline": "-", "decrease": "-", "slump": "-", "cut": "-", "dip": "-",
}

// changeNounClaims reads "X reported an 18% rise in annual profit": a
// signed change of the metric after "in". The subject is the name that
// opens the sentence, else the body under discussion.
func (c *claimScanner) changeNounClaims() {
	for k, n := range c.numberStarts() {
		if !claimKind(n.Kind) {
			continue
		}
		e := c.tokenEndingAt(n.End)
		sign, ok := changeNouns[c.lowerAt(e+1)]
		if !ok || c.lowerAt(e+2) != "in" {
			continue
		}
		m, end := "", -1
		for q := e + 3; q < len(c.toks) && q <= e+5 && c.sameSentence(q, k); q++ {
			if mm := c.metricFor(c.lowerAt(q)); mm != "" {
				m, end = mm, q
				break
			}
		}
		if m == "" {
			continue
		}
		sub, ok := c.sentenceSubject(k)
		if !ok {
			sub, ok = c.topicBody(k)
		}
		if !ok {
			continue
		}
		v := n.Value
		if sign == "-" {
			v = -v
		}
		start := k
		if d := c.lowerAt(k - 1); d == "a" || d == "an" {
			start = k - 1
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: m, Change: floatPtr(v), Unit: claimUnit(n, m)}, start, end)
	}
}

// sentenceSubject resolves the entity that opens the sentence of token k.
func (c *claimScanner) sentenceSubject(k int) (subject, bool) {
	s := k
	for s > 0 && c.sameSentence(s-1, k) {
		s--
	}
	if d := c.datelineEnd(s, k); d > s {
		s = d
	}
	if c.lowerAt(s) == "the" {
		s++
	}
	if ent := c.entityOver(s, s); ent != nil && ent.Type == "ORG" {
		return subject{name: ent.Name, id: ent.ID, start: s}, true
	}
	return subject{}, false
}

// datelineEnd returns the token after a dateline's dash when the
// sentence opening at token s, before token k, starts with one
// ("RICHMOND, Va. (AP) — Democrats seized"), else s.
func (c *claimScanner) datelineEnd(s, k int) int {
	for j := s; j < k && j-s <= 8; j++ {
		switch c.toks[j].text {
		case "—", "–", "--":
			return j + 1
		}
	}
	return s
}

// reportPeriods are the nouns of a reporting period after a metric.
var reportPeriods = map[string]bool{
	"year": true, "quarter": true, "half": true, "period": true, "months": true, "weeks": true,
}

// periodPhraseStart returns the "for"/"in" that opens a reporting period
// ending at token e and following a metric noun ("Revenue for the year
// to December", "Sales in the first half"), or -1.
func (c *claimScanner) periodPhraseStart(e int) int {
	period := false
	for p := e; p >= 0 && e-p < 7 && c.sameSentence(p, e); p-- {
		if !c.isWord(p) {
			if _, ok := c.numAt[p]; !ok {
				return -1
			}
			continue
		}
		w := c.lowerAt(p)
		period = period || reportPeriods[w]
		if (w == "for" || w == "in") && period && p > 0 && c.metricFor(c.lowerAt(p-1)) != "" {
			return p
		}
	}
	return -1
}
