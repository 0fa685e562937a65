package extract

// withShareClaims reads a share won "with" a number: "won the governor's
// race with 56.8% of the vote", "who kept his seat with 64 per cent of
// the primary vote". The subject is that of the nearest claim or control
// verb before it in the sentence.
func (c *claimScanner) withShareClaims() {
	for k, n := range c.numberStarts() {
		if c.lowerAt(k-1) != "with" || n.Kind != KindPercent {
			continue
		}
		end := c.tokenEndingAt(n.End)
		metric := c.metricAfter(end + 1)
		if metric != "share" {
			continue
		}
		for v := k - 2; v > 0 && k-v <= 10 && c.sameSentence(v, k); v-- {
			if !c.isWord(v) || !c.winVerb(v) {
				continue
			}
			sub, ok := c.subjectOrRelative(v)
			if ok {
				c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Value: floatPtr(n.Value), Unit: claimUnit(n, metric)}, v, end)
			}
			break
		}
	}
}

// winVerb reports whether token v is a verb of winning or holding ("won",
// "kept", "took", "held"), from the claim or control verb lists.
func (c *claimScanner) winVerb(v int) bool {
	w := c.lowerAt(v)
	if sign, ok := c.lx.verbs.Value(w); ok && sign == "total" {
		return true
	}
	kind, ok := c.lx.control.Value(w)
	return ok && (kind == "gain" || kind == "hold")
}

// periodEndVerbs close a reporting period: "ended the year with 23,400
// employees", "finished the quarter with 2.1 million subscribers".
var periodEndVerbs = map[string]bool{"ended": true, "finished": true, "closed": true, "ends": true, "began": true, "started": true}

// periodEndClaims reads the level a subject stood at when a period ended
// or began: "the group ended the year with 23,400 employees". The metric
// is the counted unit, which must be a listed metric.
func (c *claimScanner) periodEndClaims() {
	for k, n := range c.numberStarts() {
		if c.lowerAt(k-1) != "with" || n.Kind != KindCount || k < 4 {
			continue
		}
		v := k - 4 // VERB the PERIOD with N
		if !periodEndVerbs[c.lowerAt(v)] || c.lowerAt(v+1) != "the" || !reportPeriods[c.lowerAt(v+2)] || !c.sameSentence(v, k) {
			continue
		}
		metric := c.metricFor(n.Unit)
		if metric == "" {
			continue
		}
		sub, ok := c.subjectOrRelative(v)
		if !ok {
			continue
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Value: floatPtr(n.Value)}, sub.start, c.tokenEndingAt(n.End))
	}
}
