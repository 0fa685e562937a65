package extract

import "strings"

// notAQuantity reports whether q, read as a number, is really a name
// part, a marker or an idiom: "AirPods 2 Wireless", "Dell G3 15", "Take-
// Two", "Three Amigos", "one of the best", a list marker "2.", a
// tie-break "(5)", "0100 GMT", "zero in on".
func (s *numScanner) notAQuantity(q *quantity) bool {
	n := q.n
	if n.digits != "" && len(n.digits) > 1 && n.digits[0] == '0' && n.digits[1] != '.' && n.digits[1] != ',' {
		return true // leading zero: a time or a code
	}
	if s.afterCode(q.i) || s.inIdiom(q) || s.labelAfterDeterminer(q) || s.timeOfDayWords(q) {
		return true
	}
	if n.words && s.inQuotedTerm(q.i, q.j) {
		return true // the "one country, two systems" formula
	}
	if n.words && s.toks[n.i].isCap() && (!s.sentenceStart(n.i) || q.noun && s.toks[q.j-1].isCap()) {
		return true
	}
	if n.words && !n.fraction && q.unit == "" && !q.money && !q.percent && q.max == nil && n.j-n.i == 1 {
		switch s.lowerAt(n.i) {
		case "one", "nil":
			return true // "one" alone is a pronoun ("it is one")
		case "zero":
			// "zero in on", "zero tolerance": a verb or an idiom.
			// "fell to zero in March" is a level: a date or "the" follows "in".
			return s.wordAt(n.j, "in") && !s.isMonthAt(n.j+1) && !s.classAt(n.j+1, nkDigit, false) && !s.wordAt(n.j+1, "the") || s.wordAt(n.j, "out") || s.isNounAt(n.j)
		}
	}
	if n.words && q.value == 1 && s.wordAt(n.j, "of") && (q.qualifier == "" || s.wordAt(n.j+1, "those") || s.wordAt(n.j+1, "these")) {
		return true // "one of the best", "just one of those nights"; "only one of the matches" counts
	}
	if n.words && n.j-n.i == 1 && s.lowerAt(n.i) == "one" && s.wordAt(n.j, "back") {
		return true // "pulled one back": a pronoun before a particle
	}
	if n.words && q.value == 1 && q.noun && (s.lx.cues.Has(s.lowerAt(q.j)) || s.lx.cues.Has(s.lowerAt(q.i-1))) {
		return true // "one user quipped", "said one legal expert": a source
	}
	if q.noun && s.afterCapitalised(q.i) && s.toks[q.j-1].isCap() {
		return true // "AirPods 2 Wireless Earphones"
	}
	if !q.bare() {
		return false
	}
	if (s.symAt(q.i-1, "(", false) && s.symAt(q.j, ")", true) || s.symAt(q.i-1, "[", false) && s.symAt(q.j, "]", true)) && s.attachedAt(q.i) {
		return true // "7-6 (5)", a reference "[2]"
	}
	if s.symAt(q.j, "(", true) && s.classAt(q.j+1, nkWord, true) && s.symAt(q.j+2, ")", true) {
		return true // "401(k)"
	}
	if n.digits != "" && s.afterHeadingWord(q.i) && !s.signedFigureAt(q.j) {
		return true // "Meal 2", "Phase 1" opening a line
	}
	if n.digits != "" && s.sentenceStart(q.i) && (s.symAt(q.j, ".", true) || s.symAt(q.j, ")", true)) {
		return true // list marker "2. Never urged"
	}
	return s.isAppositiveAge(q)
}

// afterHeadingWord reports whether a capitalised word opening the
// sentence, and not a preposition, adverb, determiner, adjective or verb
// ("At 16", "Roughly 13,000", "Some 230"), stands right before token i, as
// in headings ("Meal 2", "Phase 1").
func (s *numScanner) afterHeadingWord(i int) bool {
	p := i - 1
	if p < 0 || !s.sameSentence(p, i) || s.toks[p].class != nkWord || !s.toks[p].isCap() || !s.sentenceStart(p) {
		return false
	}
	tag := s.toks[p].tag
	switch tag {
	case "IN", "RB", "RBR", "RBS", "DT", "PDT", "CC", "MD", "PRP", "PRP$", "WDT", "WP", "WRB", "TO", "CD", "JJ", "JJR", "JJS", "UH":
		return false
	}
	return !strings.HasPrefix(tag, "VB") && !s.lx.qualifiers.Has(s.toks[p].lower) && !s.lx.months.Has(s.toks[p].lower)
}

// bare reports whether q has no unit, currency or percent.
func (q *quantity) bare() bool {
	return !q.money && !q.percent && !q.measure && !q.noun && q.max == nil
}

// afterCode reports whether a code such as "G3" stands right before token
// i ("Dell G3 15").
func (s *numScanner) afterCode(i int) bool {
	p := i - 1
	if p < 1 || s.toks[p].class != nkDigit || !s.attachedAt(p) || s.toks[p-1].class != nkWord {
		return false
	}
	return s.sameSentence(p, i)
}

// isAppositiveAge reports whether a bare whole number between commas
// follows a noun, as an age does: "the former star, 42, was voted off".
func (s *numScanner) isAppositiveAge(q *quantity) bool {
	if !s.symAt(q.i-1, ",", true) || !s.symAt(q.j, ",", true) || q.j != q.i+1 {
		return false
	}
	if q.value < 1 || q.value > 120 || !q.n.isInt() || q.n.words {
		return false
	}
	p := q.i - 2
	if p < 0 || s.toks[p].class != nkWord {
		return false
	}
	next := q.j + 1
	return s.isVerb(next) || s.wordAt(next, "who") || s.wordAt(next, "of") || s.wordAt(next, "from")
}

// inURL reports whether token i lies in a web address or e-mail address.
func (s *numScanner) inURL(i int) bool {
	text := s.d.Text
	a, b := s.toks[i].start, s.toks[i].end
	for a > 0 && !isSpaceByte(text[a-1]) {
		a--
	}
	for b < len(text) && !isSpaceByte(text[b]) {
		b++
	}
	chunk := text[a:b]
	return strings.Contains(chunk, "://") || strings.HasPrefix(chunk, "www.") || strings.Contains(chunk, ".com/") ||
		strings.Count(chunk, "/") >= 2 || strings.Contains(chunk, "@") && strings.Contains(chunk, ".")
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
