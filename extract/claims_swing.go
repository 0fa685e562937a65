package extract

// swingClaims reads a swing for or against a party: "a 4.5 per cent
// swing to the Greens" (+4.5), "the swing against the government stood
// at 12.3 per cent" (the governing party, -12.3). The party must be a
// party entity; "the government" is the party the article gives control
// or a majority. A party is a party entity or a listed party name. It
// runs after the control claims.
func (c *claimScanner) swingClaims() {
	for w := range c.toks {
		if c.lowerAt(w) != "swing" {
			continue
		}
		sign := 0.0
		switch c.lowerAt(w + 1) {
		case "against":
			sign = -1
		case "to", "towards", "toward":
			sign = 1
		default:
			continue
		}
		party, pe, ok := c.swingParty(w + 2)
		if !ok {
			continue
		}
		k, start, end := c.swingNumber(w, pe)
		if k < 0 {
			continue
		}
		n := c.nums[c.numAt[k]]
		c.add(Claim{Subject: party.name, SubjectID: party.id, Metric: "swing", Change: floatPtr(sign * n.Value), Unit: claimUnit(n, "swing")}, start, end)
	}
}

// swingParty resolves the party after "swing to"/"swing against" at token
// p, returning it and the phrase's last token.
func (c *claimScanner) swingParty(p int) (subject, int, bool) {
	if c.lowerAt(p) == "the" && c.lowerAt(p+1) == "government" {
		gov, ok := c.governingParty()
		return gov, p + 1, ok
	}
	if c.lowerAt(p) == "the" {
		p++
	}
	sub, ok := c.namedEndingAt(p)
	if !ok || !c.partyNamed(sub) {
		return subject{}, 0, false
	}
	e := p
	for c.entityOver(e+1, e+1) != nil && c.entityOver(e+1, e+1).ID == sub.id {
		e++
	}
	return sub, e, true
}

// swingNumber finds the percentage a swing at token w measures: right
// before it ("a 4.5 per cent swing") or after its party phrase ending at
// pe, behind "at", "of", "was" or "is" ("stood at 12.3 per cent"). It
// returns the number's token and the claim's first and last tokens, or
// -1.
func (c *claimScanner) swingNumber(w, pe int) (int, int, int) {
	for k := w - 1; k >= 0 && w-k <= 4 && c.sameSentence(k, w); k-- {
		if ni, ok := c.numAt[k]; ok && c.nums[ni].Kind == KindPercent && c.tokenEndingAt(c.nums[ni].End) == w-1 {
			start := k
			if a := c.lowerAt(k - 1); a == "a" || a == "an" || a == "the" {
				start = k - 1
			}
			return k, start, pe
		}
	}
	for k := pe + 1; k < len(c.toks) && k-pe <= 4 && c.sameSentence(k, w); k++ {
		ni, ok := c.numAt[k]
		if !ok {
			continue
		}
		if c.nums[ni].Kind != KindPercent {
			return -1, 0, 0
		}
		switch c.lowerAt(k - 1) {
		case "at", "of", "was", "is":
			start := w
			if c.lowerAt(w-1) == "the" || c.lowerAt(w-1) == "a" {
				start = w - 1
			}
			return k, start, c.tokenEndingAt(c.nums[ni].End)
		}
		return -1, 0, 0
	}
	return -1, 0, 0
}

// governingParty is the party the article's claims give control of a
// place or body, else a majority; ok is false when none does.
func (c *claimScanner) governingParty() (subject, bool) {
	for _, metric := range []string{metricControl, "majority"} {
		for _, cl := range c.out {
			if cl.Metric != metric || cl.SubjectID == "" {
				continue
			}
			s := subject{name: cl.Subject, id: cl.SubjectID}
			if c.partyNamed(s) {
				return s, true
			}
		}
	}
	return subject{}, false
}

// partyNamed reports whether s is a party: a party entity, or a name the
// parties list holds alone or with "Party" ("Labor" for "Labor Party"),
// whatever type the entity was given.
func (c *claimScanner) partyNamed(s subject) bool {
	return c.isParty(s) || c.lx.parties.Has(s.name) || c.lx.parties.Has(s.name+" Party")
}
