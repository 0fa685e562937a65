package extract

import "strings"

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
	if k := q.outerThatCue(cs, to); k >= 0 {
		// "Martha added that … the letter Mike wrote was “…”": the words
		// are in the outer cue's clause.
		if a, ok := q.attributeCue(cs[k], from, to, false); ok {
			return a
		}
	}
	for _, weak := range []bool{false, true} {
		for k := len(cs) - 1; k >= 0; k-- {
			if (q.cueRole(cs[k].lemma) == "weak") != weak {
				continue
			}
			if a, ok := q.attributeCue(cs[k], from, to, false); ok {
				return a
			}
		}
	}
	if to > from && q.words[to-1].Text == ":" {
		// "Her predecessor, James Orr, was less sure: “…”"
		if np, ok := q.colonSubject(from, to-1); ok && q.shortPredicate(np.to, to-1) {
			a := attribution{found: true, np: np}
			if len(cs) > 0 && cs[len(cs)-1].at >= np.to {
				a.cue = cs[len(cs)-1] // "X, a long title, says:"
			}
			return a
		}
	}
	return attribution{}
}

// Most words between a speaker and the colon that introduces their words
// without a cue ("James Orr was less sure:").
const maxColonPredicate = 10

// shortPredicate reports whether the words [from, to) after a subject are
// a short predicate of its own, with no relative clause that could be
// what introduces the quote ("… the website, which contains the following
// statement:").
func (q *quoteDoc) shortPredicate(from, to int) bool {
	n := 0
	for wi := from; wi < to; wi++ {
		switch q.words[wi].lower() {
		case "which", "that", "who", "whose", "where", "whom":
			return false
		}
		if !q.words[wi].Punct {
			n++
		}
	}
	return n <= maxColonPredicate
}

// colonSubject finds who speaks after a sentence that ends with a colon
// but holds no cue (words [from, colon)): a name or a subject pronoun
// opening its clause ("Holt had a warning:"), or the name in apposition
// to the description opening it ("Her predecessor, James Orr, was less
// sure:").
func (q *quoteDoc) colonSubject(from, colon int) (speakerNP, bool) {
	start := from
	for k := from; k < colon && k-from <= 12; k++ {
		if q.words[k].Text == "," {
			if _, ok := q.leadPhrase(from, k); ok {
				start = k + 1
			}
			break
		}
	}
	if start >= colon || q.words[start].Punct || q.words[start].Quote >= 0 {
		return speakerNP{}, false
	}
	w := q.words[start]
	if head, ok := q.pronoun(w); ok {
		if head == "i" || head == "we" {
			return speakerNP{}, false
		}
		np := q.np(npPronoun, start, start+1)
		np.head = head
		return np, true
	}
	if w.capitalized() && !w.possessive() && !isDeterminer(w.lower()) && !notSpeakerStart[w.lower()] {
		np, ok := q.subjectAfter(start, colon)
		return np, ok && q.knownName(np)
	}
	for k := start + 1; k+1 < colon && k-start <= 6; k++ {
		if q.words[k].Quote >= 0 || q.words[k].Punct && q.words[k].Text != "," {
			break
		}
		if q.words[k].Text != "," {
			continue
		}
		np, ok := q.subjectAfter(k+1, colon)
		if ok && q.knownName(np) && np.to < colon && q.words[np.to].Text == "," {
			return np, true
		}
		break
	}
	return speakerNP{}, false
}

// knownName reports whether np is a name the text vouches for with no cue
// to go by: an entity's mention, or a name written with a title ("Example:
// “…”" and "Or: “…”" are no speakers).
func (q *quoteDoc) knownName(np speakerNP) bool {
	if np.kind != npName {
		return false
	}
	if np.title != "" {
		return true
	}
	last := q.words[np.to-1]
	e, ok := q.entityOver(Span{Start: last.Start, End: last.End})
	return ok && (e.Type == "PERSON" || e.Type == "ORG" || e.Type == "GPE")
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
	case q.coordinated(c, from):
		if right && !q.opensSentence(from) {
			// "The ministry said it saw the move as “…” and said it would
			// …": the subject of "and said" opened the sentence before
			// the passage.
			return attribution{}, false
		}
		np, ok = q.clauseSubject(from, c.at)
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
	if q.cueRole(c.lemma) == "addressee" && np.from < c.at {
		a.addressee = q.addresseeAfter(after, to)
	}
	a.venue = q.venueIn(from, to)
	return a, true
}

// onlyBetween reports whether nothing but punctuation and a few words
// stands between word from and word to (the speaker of "…,” Heyward said"
// must follow the passage closely, after at most a role).
func (q *quoteDoc) onlyBetween(from, to int) bool {
	n := 0
	for wi := from; wi < to; wi++ {
		if !q.words[wi].Punct {
			n++
		}
	}
	return n <= maxRoleWords
}

// Most words of role that may stand between a passage and its speaker's
// name ("…” chairman, CEO and president Craig Menear said").
const maxRoleWords = 8

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
	} else if !q.lex.List(listAddress).Has(q.words[e].lower()) {
		return ""
	}
	return q.text[q.words[k].Start:q.words[e].End]
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

// coordinated reports whether cue c is the second verb of its subject
// ("Van Der Beek touched upon the idea and noted …").
func (q *quoteDoc) coordinated(c speechCue, from int) bool {
	j := c.at - 1
	for j >= from && isAdverb(q.words[j].lower()) {
		j--
	}
	return j > from && (q.words[j].lower() == "and" || q.words[j].lower() == "but") && !q.words[j-1].Punct && !q.words[j-1].capitalized()
}

// clauseSubject finds the subject opening the sentence [from, to): the
// first name, pronoun or description not inside an introductory phrase
// ("In his initial announcement, Van Der Beek …").
func (q *quoteDoc) clauseSubject(from, to int) (speakerNP, bool) {
	start := from
	for k := from; k < to; k++ {
		if q.words[k].Text == "," && k-from <= 12 {
			if _, ok := q.leadPhrase(from, k); ok {
				start = k + 1
			}
			break
		}
	}
	if start >= to || q.words[start].Punct || q.words[start].Quote >= 0 {
		return speakerNP{}, false
	}
	w := q.words[start]
	if w.capitalized() && !w.possessive() || func() bool { _, ok := q.pronoun(w); return ok }() {
		return q.subjectAfter(start, to)
	}
	// "China’s ambassador to Britain accused … and warned": the head noun
	// before the first preposition, verb or cue.
	e := start
	for k := start + 1; k < to && k-start < 8; k++ {
		x := q.words[k]
		if x.Punct || x.Quote >= 0 || descriptionStops[x.lower()] || isVerbLike(x.lower()) {
			break
		}
		if _, ok := q.cueAt(k); ok {
			break
		}
		e = k
	}
	if e == start {
		return speakerNP{}, false
	}
	np := q.np(npDescription, start, e+1)
	np.head = q.words[e].lower()
	np.definite = speakerDeterminers[w.lower()] || w.possessive()
	return np, true
}

// leadPhrase reports whether [from, k) is an introductory phrase that a
// subject follows: it opens with a preposition or a participle.
func (q *quoteDoc) leadPhrase(from, k int) (int, bool) {
	l := q.words[from].lower()
	switch l {
	case "in", "on", "at", "after", "before", "during", "while", "when", "since", "for", "with", "as", "speaking", "asked", "meanwhile", "however", "but", "earlier", "later", "yesterday", "today":
		return k, true
	}
	return k, strings.HasSuffix(l, "ing")
}

// isVerbLike reports whether a lower-case word looks like a finite verb
// in English news prose (-ed, -s forms and common auxiliaries).
func isVerbLike(w string) bool {
	switch w {
	case "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "did", "does", "also", "even":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// isAdverb reports whether w is an adverb by its -ly ending ("tearfully").
func isAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") && len(w) > 4
}

// Most words between a cue and the quote it introduces directly ("told
// the BBC: “…").
const maxCueReach = 4

// outerThatCue returns the index of a cue followed by "that" when the
// cue nearest the passage (ending at word to) stands too far from it to
// introduce it; -1 otherwise.
func (q *quoteDoc) outerThatCue(cs []speechCue, to int) int {
	if len(cs) < 2 {
		return -1
	}
	last := cs[len(cs)-1]
	n := 0
	for wi := last.at + last.n; wi < to; wi++ {
		if !q.words[wi].Punct {
			n++
		}
	}
	if n <= maxCueReach {
		return -1
	}
	for k := len(cs) - 2; k >= 0; k-- {
		c := cs[k]
		if after := c.at + c.n; after < to && q.words[after].lower() == "that" && q.cueRole(c.lemma) != "weak" {
			return k
		}
	}
	return -1
}

// opensSentence reports whether the passage ending just before word from
// opens its writer's sentence ("“…,” the mayor smiled and said").
func (q *quoteDoc) opensSentence(from int) bool {
	if from <= 0 || q.words[from-1].Quote < 0 {
		return false
	}
	first := q.first[q.words[from-1].Quote]
	return first >= 0 && q.words[first].SentStart
}
