package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Most words a quoted term may have ("the ‘partygate’ scandal").
const maxTermWords = 3

// withoutTerms returns the passages that are not quoted terms. Scare
// quotes are judged when scare is set, everything else otherwise: titles
// and terms go first, so that the words around a scare quote are read
// without them.
func (q *quoteDoc) withoutTerms(scare bool) []marked {
	doubles := false
	for _, p := range q.passages {
		doubles = doubles || p.fam != famSingle
	}
	var keep []marked
	for i, p := range q.passages {
		if scare && !q.isScareQuote(i) || !scare && !q.isTerm(i, doubles) {
			keep = append(keep, p)
		}
	}
	return keep
}

// isScareQuote reports whether passage i is a short fragment inside the
// writer's sentence with no speech cue around it (an “irregular”
// channel). A fragment that shares its sentence with quoted words a cue
// attributes ("X said it was “cooperating fully” and that safety was “our
// highest priority”") is more of the same speaker's words, and so is one a
// speech noun leads to ("his claim that they were “not close”").
func (q *quoteDoc) isScareQuote(i int) bool {
	p := q.passages[i]
	inner := q.text[p.inner.Start:p.inner.End]
	return !hasSentenceBreak(inner) && len(strings.Fields(inner)) <= maxTermWords+1 && q.midSentence(i) && !q.speechAround(i, true) && !q.quotedEarlierInSentence(i) && !q.speechNounBefore(i)
}

// quotedEarlierInSentence reports whether an earlier passage in passage
// i's sentence is introduced by a speech cue before it ("Speedway said it
// was “…” and that … was “…”"); a cue after the earlier passage does not
// carry over.
func (q *quoteDoc) quotedEarlierInSentence(i int) bool {
	for k := i - 1; k >= 0 && q.sameSentence(k, k+1); k-- {
		lf, lt := q.leftFrame(k)
		if a := q.leftAttribution(lf, lt); a.found && q.cueRole(a.cue.lemma) != "naming" {
			return true
		}
	}
	return false
}

// isTerm reports whether passage i is a quoted term rather than someone's
// words: a short phrase with no sentence punctuation that stands in single
// marks in an article quoting speech in double marks (and does not end
// with the comma or stop of speech inside its marks), or follows a noun
// like "term", or is a title in title case (after a work's noun, or with
// no speech cue around it), or modifies a noun like an adjective ("the
// ‘partygate’ scandal").
func (q *quoteDoc) isTerm(i int, doubles bool) bool {
	p := q.passages[i]
	inner := q.text[p.inner.Start:p.inner.End]
	n := len(strings.Fields(inner))
	if n <= 2*maxTermWords+2 && isTitleCase(inner) && q.workTitlePosition(i) {
		return true // a work's title: his book “Financial Freedom: A Proven Path”
	}
	if n <= 2*maxTermWords+2 && q.namesFollowingWork(i) {
		return true // the state's “Meth. We're on it.” ad campaign
	}
	if q.wholeSentence(i) {
		return false // “I put it in writing,” he recalled. “Twice.”
	}
	if hasSentenceBreak(inner) {
		return false
	}
	if p.fam == famSingle && doubles && n <= 2*maxTermWords && !strings.ContainsAny(inner[len(inner)-1:], ",.!?") {
		return true // the ‘partygate’ scandal; not ‘My father trusted them,’ he said
	}
	if n <= 2*maxTermWords && q.namedAsTerm(i) {
		return true // the term “three amigos”, the nickname “…”
	}
	if n <= 2*maxTermWords && isTitleCase(inner) && (!q.speechAround(i, false) || q.titlePosition(i)) {
		return true // a title or a name: “Dawson’s Creek”, “Ask Dr. Mike”, on “DWTS”
	}
	if p.fam != famSingle && !(n == 1 && isTitleCase(inner)) || n > maxTermWords || q.first[i] <= 0 || q.last[i] < 0 || q.last[i]+1 >= len(q.words) {
		return false
	}
	prev, next := q.words[q.first[i]-1], q.words[q.last[i]+1]
	if prev.Para != p.para || next.Para != p.para || next.Punct || next.capitalized() {
		return false
	}
	_, det := speakerDeterminers[prev.lower()]
	return (det || prev.possessive()) && !termFollowers[next.lower()]
}

// Words that may follow a quoted phrase without making it a modifier.
var termFollowers = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "for": true, "with": true, "to": true, "from": true, "by": true, "as": true,
	"and": true, "or": true, "but": true, "that": true, "which": true, "who": true, "whom": true, "whose": true, "when": true, "where": true, "while": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "has": true, "had": true, "have": true, "will": true, "would": true, "could": true, "should": true, "can": true, "may": true, "might": true, "must": true, "did": true, "does": true, "do": true,
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"said": true, "says": true, "told": true, "added": true, "than": true, "if": true, "because": true, "after": true, "before": true, "since": true, "until": true, "about": true, "over": true, "into": true, "against": true, "between": true, "through": true, "during": true, "without": true, "within": true, "so": true, "not": true,
}

// partial reports whether passage i is a fragment woven into the writer's
// sentence: it starts in lower case, or the writer's words before it in
// the sentence do not end with a colon or comma, or words that are no
// attribution and hold no cue go on after it.
func (q *quoteDoc) partial(i int) bool {
	if q.startsLower(i) {
		return true
	}
	lf, lt := q.leftFrame(i)
	if lt > lf {
		last := q.words[lt-1].Text
		return last != ":" && last != ","
	}
	rf, rt := q.rightFrame(i)
	if rt > rf && !q.words[rf].Punct && !q.words[rf].capitalized() {
		// "“…” protesters chanted" is whole speech even when the cue's
		// subject names no one.
		return !q.rightAttribution(rf, rt).found && len(q.cuesIn(rf, rt)) == 0
	}
	return false
}

// speechAround reports whether the writer's words around passage i (its
// sentence on both sides) hold a speech cue; naming cues count only when
// naming is set.
func (q *quoteDoc) speechAround(i int, naming bool) bool {
	lf, lt := q.leftFrame(i)
	rf, rt := q.rightFrame(i)
	for _, a := range []attribution{q.leftAttribution(lf, lt), q.rightAttribution(rf, rt)} {
		if a.found && (naming || q.cueRole(a.cue.lemma) != "naming") {
			return true
		}
	}
	return false
}

// hasSentenceBreak reports whether s holds more than one sentence or a
// clause break: ";", ":", or ".", "!", "?" followed by a space.
func hasSentenceBreak(s string) bool {
	if strings.ContainsAny(s, ";:!?") {
		return true
	}
	return strings.Contains(s, ". ") && !strings.Contains(s, "Dr. ") && !strings.Contains(s, "Mr. ") && !strings.Contains(s, "St. ") || strings.Count(s, ". ") > 1
}

// namedAsTerm reports whether passage i follows a noun that introduces a
// term ("the term", "the nickname of", "known as").
func (q *quoteDoc) namedAsTerm(i int) bool {
	k := q.first[i] - 1
	if k >= 0 && q.words[k].lower() == "of" {
		k--
	}
	if k < 0 || q.words[k].Quote >= 0 || q.words[k].Para != q.passages[i].para {
		return false
	}
	l := q.words[k].lower()
	return q.termNoun(l) == "term" || l == "as" && k > 0 && q.words[k-1].lower() == "known"
}

// titlePosition reports whether passage i stands where a title does:
// after a preposition or a determiner ("on “DWTS”", "the “Pose” actor").
func (q *quoteDoc) titlePosition(i int) bool {
	k := q.first[i] - 1
	if k < 0 || q.words[k].Quote >= 0 || q.words[k].Para != q.passages[i].para {
		return false
	}
	switch q.words[k].lower() {
	case "of", "on", "in", "from", "at", "for", "with", "the", "a", "an", "called", "titled", "entitled", "named":
		return true
	}
	return false
}

// midSentence reports whether passage i is woven into the writer's
// sentence: it starts in lower case, or the writer's words run on both
// sides of it.
func (q *quoteDoc) midSentence(i int) bool {
	if q.startsLower(i) {
		return true
	}
	lf, lt := q.leftFrame(i)
	return lt > lf && q.words[lt-1].Text != ":" && q.words[lt-1].Text != ","
}

// isTitleCase reports whether every word of s longer than three letters
// starts with a capital, as titles and names do ("Dancing with the
// Stars").
func isTitleCase(s string) bool {
	seen := false
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '/' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			seen = true
			continue
		}
		if utf8.RuneCountInString(strings.Trim(w, ".,!?;:")) > 3 {
			return false
		}
	}
	return seen
}

// workTitlePosition reports whether passage i follows a noun naming a
// work, a naming verb, or a possessive ("CNBC's “Trading Nation”").
func (q *quoteDoc) workTitlePosition(i int) bool {
	k := q.first[i] - 1
	if k < 0 || q.words[k].Quote >= 0 || q.words[k].Para != q.passages[i].para {
		return false
	}
	w := q.words[k]
	return q.termNoun(w.lower()) == "work" || w.possessive() && w.capitalized()
}

// termNoun returns the quote_term_nouns value of w: "term", "work" or "".
func (q *quoteDoc) termNoun(w string) string {
	v, _ := q.lex.List(listTerms).Value(w)
	return v
}

// startsLower reports whether passage i's words start in lower case, the
// mark of a fragment taken from the middle of someone's sentence.
func (q *quoteDoc) startsLower(i int) bool {
	p := q.passages[i]
	r, _ := utf8.DecodeRuneInString(q.text[p.inner.Start:p.inner.End])
	return unicode.IsLower(r)
}

// namesFollowingWork reports whether passage i stands between a
// determiner or a possessive and the noun of a work or a term it names
// ("the “Yes we can” slogan", "the state's “…” ad campaign").
func (q *quoteDoc) namesFollowingWork(i int) bool {
	p := q.passages[i]
	k, e := q.first[i]-1, q.last[i]+1
	if k < 0 || e >= len(q.words) || q.words[k].Quote >= 0 || q.words[k].Para != p.para {
		return false
	}
	if prev := q.words[k]; !nounMarkers[prev.lower()] && !prev.possessive() {
		return false
	}
	for n := e; n < len(q.words) && n <= e+1; n++ {
		w := q.words[n]
		if w.Quote >= 0 || w.Punct || w.Para != p.para || w.capitalized() {
			return false
		}
		if q.termNoun(w.lower()) != "" {
			return true
		}
	}
	return false
}

// wholeSentence reports whether passage i stands as a sentence of its
// own: it opens a writer's sentence, ends with a full stop, "!" or "?"
// inside its marks, and no writer's words follow it in the sentence.
func (q *quoteDoc) wholeSentence(i int) bool {
	p := q.passages[i]
	inner := strings.TrimRight(q.text[p.inner.Start:p.inner.End], " ")
	if inner == "" || !strings.ContainsAny(inner[len(inner)-1:], ".!?") || q.first[i] < 0 || !q.words[q.first[i]].SentStart {
		return false
	}
	rf, rt := q.rightFrame(i)
	for wi := rf; wi < rt; wi++ {
		if !q.words[wi].Punct {
			return false
		}
	}
	return true
}
