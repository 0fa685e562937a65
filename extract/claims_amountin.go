package extract

// amountInClaims reads a sum named by the metric after it: "The budget
// sets out $280 billion in new spending over five years", "£40m in
// additional revenue". The number is money, the noun after "in" (and up
// to two lower-case modifiers) a listed metric; the subject is the
// possessor before the sum, else the story's place or body (rateSubject).
func (c *claimScanner) amountInClaims() {
	for k, n := range c.numberStarts() {
		if n.Kind != KindMoney {
			continue
		}
		end := c.tokenEndingAt(n.End)
		if c.lowerAt(end+1) != "in" {
			continue
		}
		m := end + 2
		for i := 0; i < 2 && c.isWord(m) && !c.toks[m].isCap() && c.metricFor(c.lowerAt(m)) == "" && amountModifiers[c.lowerAt(m)]; i++ {
			m++
		}
		metric := c.metricFor(c.lowerAt(m))
		if metric == "" || !c.sameSentence(m, k) || c.toks[m].isCap() {
			continue
		}
		sub, ok := c.possessor(k)
		if !ok {
			sub, ok = c.rateSubject(metric, k)
		}
		if !ok {
			continue
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Value: floatPtr(n.Value), Unit: claimUnit(n, metric)}, k, m)
	}
}

// amountModifiers stand between "in" and the metric: "in new spending".
var amountModifiers = map[string]bool{
	"new": true, "additional": true, "extra": true, "total": true, "annual": true, "public": true, "federal": true, "further": true,
}
