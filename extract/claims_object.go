package extract

// objectVerbs are verbs a subject applies to its own metric, with the
// sign of the change: "raised its dividend by 12%", "cut its forecast to
// $3bn".
var objectVerbs = map[string]string{
	"raised": "+", "raises": "+", "increased": "+", "lifted": "+", "lifts": "+", "boosted": "+",
	"cut": "-", "cuts": "-", "lowered": "-", "lowers": "-", "reduced": "-", "slashed": "-", "trimmed": "-",
}

// objectMetricClaims reads "SUBJECT VERB its METRIC by N" (a signed
// change) and "... to N" (the new level): "Acme raised its dividend by
// 12%", "the bank cut its growth forecast to 1.2%".
func (c *claimScanner) objectMetricClaims() {
	for v := range c.toks {
		sign, ok := objectVerbs[c.lowerAt(v)]
		if !ok || !c.isWord(v) {
			continue
		}
		d := c.lowerAt(v + 1)
		if d != "its" && d != "their" && d != "the" {
			continue
		}
		m := v + 2
		metric := ""
		for ; m <= v+4 && m < len(c.toks) && c.isWord(m) && c.sameSentence(m, v); m++ {
			if metric = c.metricFor(c.lowerAt(m)); metric != "" {
				break
			}
		}
		if metric == "" {
			continue
		}
		prep := c.lowerAt(m + 1)
		ni, ok := c.numAt[m+2]
		if !ok || (prep != "by" && prep != "to") || !claimKind(c.nums[ni].Kind) || c.rangeAfter(c.nums[ni]) {
			continue
		}
		sub, ok := c.subjectOrRelative(v)
		if !ok {
			continue
		}
		n := c.nums[ni]
		cl := Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Unit: claimUnit(n, metric)}
		switch {
		case prep == "to":
			cl.Value = floatPtr(n.Value)
		case sign == "-":
			cl.Change = floatPtr(-n.Value)
		default:
			cl.Change = floatPtr(n.Value)
		}
		c.add(cl, v, c.tokenEndingAt(n.End))
	}
}
