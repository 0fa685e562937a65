package extract

// defeatVerbs beat a rival: "Ochoa beat the incumbent by 1,412 votes".
var defeatVerbs = map[string]bool{
	"beat": true, "beats": true, "defeated": true, "defeats": true, "edged": true,
	"unseated": true, "ousted": true, "outpolled": true, "trounced": true,
}

// marginClaims reads a winning margin: "Maria Ochoa beat the Republican
// incumbent, Greg Tanner, by 1,412 votes" gives Ochoa a margin of 1,412
// votes. The number follows "by", counts votes or is in points, and a
// verb of defeat stands before it in the sentence with a named subject.
func (c *claimScanner) marginClaims() {
	for k, n := range c.numberStarts() {
		if c.lowerAt(k-1) != "by" {
			continue
		}
		if !marginUnit(n) {
			continue
		}
		for v := k - 2; v >= 0 && k-v <= 12 && c.sameSentence(v, k); v-- {
			if !c.isWord(v) || !defeatVerbs[c.lowerAt(v)] {
				continue
			}
			if sub, ok := c.subjectOrRelative(v); ok {
				c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: "margin", Value: floatPtr(n.Value), Unit: n.Unit}, sub.start, c.tokenEndingAt(n.End))
			}
			break
		}
	}
}

// marginUnit reports whether n can be a winning margin: a count of votes
// or ballots, or points.
func marginUnit(n Number) bool {
	switch n.Unit {
	case "votes", "ballots", "points", "percentage points":
		return true
	}
	return false
}
