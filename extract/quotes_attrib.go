package extract

// attribution is what the words around one passage say about its speaker.
type attribution struct {
	found     bool // a cue tied to a speaker phrase
	cue       speechCue
	np        speakerNP
	addressee string
	venue     string
}

// Maximum number of words between a passage and a cue after it ("…,”
// Heyward said" has one).
const maxCueLead = 6

// rightAttribution reads "…,” X said", "…,” said X", "…,” according to X"
// in the words [from, to) after a passage, or a parenthetical cue closing
// the sentence further on ("a “sea change” in …, she added.").
func (q *quoteDoc) rightAttribution(from, to int) attribution {
	words := 0
	for wi := from; wi < to; wi++ {
		if !q.words[wi].Punct {
			words++
		}
		c, ok := q.cueAt(wi)
		if !ok || c.at+c.n > to {
			continue
		}
		if words > maxCueLead {
			if a, ok := q.attributeCue(c, from, to, true); ok && q.onlyBetween(from, a.np.from) && a.np.from < c.at {
				return a
			}
			return q.closingAttribution(c, from, to)
		}
		if a, ok := q.attributeCue(c, from, to, true); ok {
			return a
		}
		if a := q.closingAttribution(c, from, to); a.found {
			return a
		}
		wi += c.n - 1
	}
	return attribution{}
}

// closingAttribution accepts cue c far after a passage only as ", she
// added." : a comma, the speaker, the cue, then the sentence end.
func (q *quoteDoc) closingAttribution(c speechCue, from, to int) attribution {
	after := c.at + c.n
	if after < to && q.words[after].Text != "." && q.words[after].Text != "," {
		return attribution{}
	}
	np, ok := q.subjectBefore(c.at, from)
	if !ok || np.from == 0 || q.words[np.from-1].Text != "," {
		return attribution{}
	}
	a := attribution{found: true, cue: c, np: np}
	return a
}

// leftAttribution reads "X said: “…", "X told Y “…", "According to X, “…",
// taking the cue nearest the passage that has a speaker.
func (q *quoteDoc) leftAttribution(from, to int) attribution {
	cs := q.cuesIn(from, to)
	for k := len(cs) - 1; k >= 0; k-- {
		if a, ok := q.attributeCue(cs[k], from, to, false); ok {
			return a
		}
	}
	return attribution{}
}

// attributeCue finds the speaker of cue c within the words [from, to):
// after it for "according to" and inverted order ("said Smith"), else
// before it. right tells whether the passage stands before the words.
func (q *quoteDoc) attributeCue(c speechCue, from, to int, right bool) (attribution, bool) {
	after := c.at + c.n
	var np speakerNP
	ok := false
	switch {
	case c.lemma == "according to":
		np, ok = q.subjectAfter(after, to)
	case q.isParticiple(c):
		if c.at > from && !q.words[c.at-1].Punct {
			// "with Safadi warning of “…”"
			np, ok = q.subjectBefore(c.at, from)
		}
		if !ok {
			np, ok = q.sentenceSubject(c.at, from)
		}
	case q.nounCue(c):
		np, ok = q.sentenceSubject(c.at, from)
		if !ok {
			np, ok = q.subjectAfter(after, to)
		}
	default:
		np, ok = q.subjectBefore(c.at, from)
		if ok && right && !q.onlyBetween(from, np.from) {
			ok = false
		}
		if !ok && (right || q.inverted(c, from)) {
			np, ok = q.subjectAfter(after, to)
		}
	}
	if !ok {
		return attribution{}, false
	}
	a := attribution{found: true, cue: c, np: np}
	if addresseeLemmas[c.lemma] && np.from < c.at {
		a.addressee = q.addresseeAfter(after, to)
	}
	a.venue = q.venueIn(from, to)
	return a, true
}

// onlyBetween reports whether nothing but punctuation and a few words
// stands between word from and word to (the speaker of "…,” Heyward said"
// must follow the passage closely).
func (q *quoteDoc) onlyBetween(from, to int) bool {
	n := 0
	for wi := from; wi < to; wi++ {
		if !q.words[wi].Punct {
			n++
		}
	}
	return n <= 2
}

// sentenceSubject finds the subject of the sentence holding a participle
// cue at word c: the speaker of an earlier cue in the same words ("Liu
// said …, warning: “…", "…, he said, adding: “…").
func (q *quoteDoc) sentenceSubject(c, from int) (speakerNP, bool) {
	cs := q.cuesIn(from, c)
	for k := len(cs) - 1; k >= 0; k-- {
		if q.isParticiple(cs[k]) {
			continue
		}
		if np, ok := q.subjectBefore(cs[k].at, from); ok {
			return np, true
		}
	}
	return speakerNP{}, false
}

// addresseeAfter reads who was told right after the cue: "the BBC", "My
// London", "reporters", "CBS News".
func (q *quoteDoc) addresseeAfter(k, to int) string {
	if !q.usable(k, 0, to) || q.words[k].Punct {
		return ""
	}
	e := k
	if isDeterminer(q.words[k].lower()) {
		e++
	}
	if !q.usable(e, 0, to) || q.words[e].Punct {
		return ""
	}
	if q.words[e].capitalized() {
		for e+1 < to && q.usable(e+1, 0, to) && !q.words[e+1].Punct && q.words[e+1].capitalized() && !q.words[e].possessive() {
			e++
		}
	} else if !isAddresseeNoun(q.words[e].lower()) {
		return ""
	}
	return q.text[q.words[k].Start:q.words[e].End]
}

// isAddresseeNoun reports whether w can be an addressee standing alone
// ("reporters", "journalists", "the jury").
func isAddresseeNoun(w string) bool {
	switch w {
	case "reporters", "journalists", "jury", "court", "audience", "crowd", "press", "media", "supporters", "fans", "students", "lawmakers", "senators", "members", "committee", "investigators", "police", "officers", "viewers", "listeners", "readers", "us", "me", "him", "her", "them", "congress", "parliament":
		return true
	}
	return false
}

// venueIn finds where the words were said within [from, to): "on
// Twitter", "in a statement", "via USA Today".
func (q *quoteDoc) venueIn(from, to int) string {
	venues := q.lex.List(listVenues)
	for wi := from; wi+1 < to; wi++ {
		switch q.words[wi].lower() {
		case "on", "in", "at", "via", "during":
		default:
			continue
		}
		k := wi + 1
		if isDeterminer(q.words[k].lower()) {
			k++
		}
		for n := min(venues.MaxWords(), to-k); n >= 1; n-- {
			if !q.usable(k+n-1, from, to) {
				continue
			}
			if venues.Has(q.text[q.words[k].Start:q.words[k+n-1].End]) {
				return q.text[q.words[wi+1].Start:q.words[k+n-1].End]
			}
		}
		if q.words[wi].lower() == "via" && q.usable(k, from, to) && q.words[k].capitalized() {
			e := k
			for e+1 < to && q.usable(e+1, from, to) && q.words[e+1].capitalized() {
				e++
			}
			return q.text[q.words[k].Start:q.words[e].End]
		}
	}
	return ""
}

// inverted reports whether cue c, before a passage, may take its speaker
// after it ("…, says Buser, “…"): it opens the words or follows a comma.
func (q *quoteDoc) inverted(c speechCue, from int) bool {
	return c.at == from || q.words[c.at-1].Text == ","
}
