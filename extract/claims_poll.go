package extract

// approvalClaims reads a poll's approval of someone: "44 per cent of
// Canadians approve of Carney's performance" (approval rating 44 percent
// for Carney) and "52% disapprove of the way Smith is handling the job".
// The subject is the possessor or the name after "of".
func (c *claimScanner) approvalClaims() {
	for k, n := range c.numberStarts() {
		if n.Kind != KindPercent {
			continue
		}
		e := c.tokenEndingAt(n.End)
		a := e + 1
		if c.lowerAt(a) == "of" { // "of Canadians", "of voters"
			a += 2
		}
		metric := ""
		switch c.lowerAt(a) {
		case "approve", "approved":
			metric = "approval rating"
		case "disapprove", "disapproved":
			metric = "disapproval"
		default:
			continue
		}
		if c.lowerAt(a+1) != "of" || !c.sameSentence(a, k) {
			continue
		}
		sub, end, ok := c.approvedOf(a + 2)
		if !ok {
			continue
		}
		c.add(Claim{Subject: sub.name, SubjectID: sub.id, Metric: metric, Value: floatPtr(n.Value), Unit: claimUnit(n, metric)}, k, end)
	}
}

// approvedOf resolves who is approved of from token o: a person or
// organisation named within the next few words ("Carney's performance",
// "the way Smith is handling"), returning it and the last token of the
// phrase.
func (c *claimScanner) approvedOf(o int) (subject, int, bool) {
	for q := o; q < len(c.toks) && q <= o+4 && c.sameSentence(q, o); q++ {
		if !c.isWord(q) || !c.toks[q].isCap() {
			continue
		}
		ent := c.entityOver(q, q)
		if ent == nil || ent.Type != "PERSON" && ent.Type != "ORG" {
			continue
		}
		end := q
		for end+1 < len(c.toks) && c.entityOver(end+1, end+1) == ent {
			end++
		}
		if c.isWord(end+1) && !c.toks[end+1].isCap() && c.sameSentence(end+1, o) && c.lowerAt(end+1) != "and" {
			end++ // "Carney's performance"
		}
		return subject{name: ent.Name, id: ent.ID, start: q}, end, true
	}
	return subject{}, 0, false
}
