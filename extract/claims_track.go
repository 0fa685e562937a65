package extract

// projectedClaims reads a projected total: "The Liberals are on track for
// 11 seats", "Labour is on course for 40 seats", "the Greens were heading
// for six seats". The number must count a listed metric (seats, votes).
func (c *claimScanner) projectedClaims() {
	for k, n := range c.numberStarts() {
		if n.Kind != KindCount || c.lowerAt(k-1) != "for" {
			continue
		}
		metric := c.metricFor(n.Unit)
		if metric == "" {
			continue
		}
		v := c.projectionStart(k - 1)
		if v < 0 || !c.sameSentence(v, k) {
			continue
		}
		sub, ok := c.subjectBefore(v)
		if !ok {
			continue
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Value: floatPtr(n.Value), Unit: claimUnit(n, metric)}, sub.start, c.tokenEndingAt(n.End))
	}
}

// projectionStart returns the first token of "is on track for", "are on
// course for", "were heading for" ending at the "for" at f (the copula),
// or -1.
func (c *claimScanner) projectionStart(f int) int {
	switch w := c.lowerAt(f - 1); {
	case (w == "track" || w == "course") && c.lowerAt(f-2) == "on":
		if copula[c.lowerAt(f-3)] {
			return f - 3
		}
		return f - 2
	case w == "heading" || w == "headed":
		if copula[c.lowerAt(f-2)] {
			return f - 2
		}
	}
	return -1
}
