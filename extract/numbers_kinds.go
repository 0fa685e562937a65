package extract

import "strings"

// classify sets q's kind and unit from what was read around it, and drops
// what is not a quantity after all (codes, scores, ages standing for a
// name).
func (s *numScanner) classify(q *quantity) {
	if s.trailingCode(q) {
		q.drop = true
		q.j = s.codeEnd(q.j - 1)
		return
	}
	if s.notAQuantity(q) {
		q.drop = true
		return
	}
	if w := s.lowerAt(q.j); (w == "o'clock" || w == "o’clock") && q.bare() {
		q.kind, q.unit, q.j = KindDate, "time of day", q.j+1
		return
	}
	if s.matchClock(q) {
		q.kind, q.unit = KindDate, "match time"
		return
	}
	switch {
	case q.kind == "age":
		s.classifyAge(q)
	case q.kind == KindDate:
		// "X years ago" was read with its unit.
	case q.money:
		q.kind = KindMoney
		if q.unit == "" {
			q.unit = q.currency
		}
	case q.percent:
		q.kind = KindPercent
	case s.isShare(q):
		// "half of the members", "a third of voters": a share.
		q.kind, q.value, q.unit, q.noun, q.j, q.textEnd = KindPercent, q.value*100, "", false, q.n.j, 0
	case s.isYear(q):
		q.kind = KindYear
	case s.isDate(q):
		q.kind = KindDate
	case q.measure && s.isTimeUnit(q.unit):
		q.kind = s.durationKind(q)
	case q.measure || q.noun:
		q.kind = KindCount
	default:
		s.classifyBare(q)
	}
	if q.max != nil && q.kind != KindDate && !q.drop {
		s.classifyRange(q)
	}
}

// trailingCode reports whether letters or digits are written right after
// the quantity ("9300H", "1080p", "4K UHD", "50OFF699").
func (s *numScanner) trailingCode(q *quantity) bool {
	j := q.j
	if j >= len(s.toks) || !s.attachedAt(j) {
		return false
	}
	t := s.toks[j]
	if (t.text == "/" || t.text == ":") && q.bare() && j+1 < len(s.toks) && s.attachedAt(j+1) && s.toks[j+1].class != nkSym {
		return true // "10.1073/pnas", "6:a360"; "$4.99/mo" is a rate
	}
	return t.class == nkWord || t.class == nkDigit
}

// classifyAge keeps "a 17-year-old girl" as a count of years and drops
// the ages ANNOTATION.md leaves out: "the 56-year-old" standing in place
// of a name, and an age beside a name ("17-year-old Virginia Giuffre",
// "Prince Andrew, the nearly 60-year-old brother of").
func (s *numScanner) classifyAge(q *quantity) {
	if head, _, ok := s.nounPhraseHead(q.j); ok && !s.toks[head].isCap() && !s.appositiveAfterName(q.i) {
		q.kind, q.unit = KindCount, "years"
		return
	}
	q.drop = true
}

// appositiveAfterName reports whether the phrase starting at token i
// opens an apposition to the name the sentence opens with: "Prince
// Andrew, the nearly 60-year-old brother of" (not "published in BMJ Case
// Reports, the 43-year-old man", where the name is no subject).
func (s *numScanner) appositiveAfterName(i int) bool {
	p := i - 1
	for p >= 0 && s.toks[p].class == nkWord && s.lx.qualifiers.Has(s.toks[p].lower) {
		p--
	}
	if !s.wordAt(p, "the") || !s.symAt(p-1, ",", true) || p < 2 || !s.sameSentence(p-2, i) {
		return false
	}
	k := p - 2
	if !strings.HasPrefix(s.toks[k].tag, "NNP") {
		return false
	}
	for k >= 0 && s.toks[k].class == nkWord && s.toks[k].isCap() && s.sameSentence(k, i) {
		if s.sentenceStart(k) {
			return true
		}
		k--
	}
	return false
}

// isYear reports whether q is a year: four bare digits from 1000 to 2100
// with no unit of measure and no qualifier ("2019 sales" is a year; "more
// than 1500 people" and "1,500 people" are counts).
func (s *numScanner) isYear(q *quantity) bool {
	n := q.n
	if !n.plainYearDigits() || n.value < 1000 || n.value > 2100 || q.measure || q.qualifier != "" {
		return false
	}
	return true
}

// isDate reports whether q is a day of a month: "November 20", "20 May".
func (s *numScanner) isDate(q *quantity) bool {
	if q.n.digits == "" || !q.n.isInt() || q.n.value < 1 || q.n.value > 31 || q.noun || q.measure {
		return false
	}
	if s.isMonthAt(q.i-1) || s.symAt(q.i-1, ".", true) && s.isMonthAt(q.i-2) {
		return true
	}
	return s.isMonthAt(q.j) || s.wordAt(q.j, "of") && s.isMonthAt(q.j+1)
}

// isShare reports whether q is a fraction of something written in words
// ("half of", "a third of the", "two thirds of"): ANNOTATION.md counts
// "half" of something as 50 percent.
func (s *numScanner) isShare(q *quantity) bool {
	if !q.n.fraction || q.n.value >= 1 || q.money || q.measure {
		return false
	}
	if !q.n.words {
		// "2/3 of riders": a slash fraction is a share only before "of"
		// and a group, not "of an inch".
		return s.wordAt(q.n.j, "of") && !s.wordAt(q.n.j+1, "a") && !s.wordAt(q.n.j+1, "an")
	}
	switch s.lowerAt(q.n.j) {
	case "of", "the", "its", "their", "his", "her", "our", "all", "that", "this", "these", "those":
		return true
	}
	// "a third less likely", "a quarter higher", "grew by a fifth": a
	// relative change.
	return shareComparatives[s.lowerAt(q.n.j)] || s.changeByShare(q.i)
}

// isTimeUnit reports whether u is a unit of time.
func (s *numScanner) isTimeUnit(u string) bool { return s.lx.timeUnits.Has(u) }

// durationKind decides whether a length of time is a measured quantity
// (kind count: "18 months", "a 25-year partnership", "two years") or a
// time reference (kind duration): an "N-year period" whose noun is only a
// stretch of time, and "N years of <a government, a war>" naming an era.
func (s *numScanner) durationKind(q *quantity) string {
	if q.hyphenUnit {
		if head, _, ok := s.nounPhraseHead(q.j); ok && s.lx.periods.Has(s.toks[head].lower) && s.datesFollow(head+1) {
			return KindDuration
		}
	}
	if s.wordAt(q.j, "of") && s.eraFollows(q.j+1) {
		return KindDuration
	}
	if s.wordAt(q.j, "old") {
		q.j++
		q.textEnd = q.j
	}
	return KindCount
}

// datesFollow reports whether a span of dates follows token k closely in
// its sentence: "from 1994 to 2002", "between 2001 and 2009".
func (s *numScanner) datesFollow(k int) bool {
	for n := 0; n < 4 && k+n+1 < len(s.toks) && s.sameSentence(k, k+n+1); n++ {
		w := s.lowerAt(k + n)
		if w != "from" && w != "between" {
			continue
		}
		t := s.toks[k+n+1]
		v, ok := parseDigits(t.text)
		return ok && t.class == nkDigit && len(t.text) == 4 && v >= 1000 && v <= 2100
	}
	return false
}

// eraFollows reports whether an era noun ("government", "rule", "war")
// heads the noun phrase at k, after an optional determiner.
func (s *numScanner) eraFollows(k int) bool {
	switch s.lowerAt(k) {
	case "a", "an", "the", "this", "that", "its", "their", "his", "her", "our":
		k++
	}
	for n := 0; n < 4 && k < len(s.toks); n, k = n+1, k+1 {
		if s.toks[k].class != nkWord {
			return false
		}
		if s.lx.eras.Has(s.toks[k].lower) {
			return true
		}
	}
	return false
}

// classifyBare sets the kind of a number with no unit: scores ("2-1")
// and name parts ("Series 3") are dropped, the rest are counts. A number
// right after a capitalised word is kept for the tally pass.
func (s *numScanner) classifyBare(q *quantity) {
	q.kind = KindCount
	if q.max != nil {
		return
	}
	if s.afterCapitalised(q.i) {
		q.afterName = true
	}
}

// afterCapitalised reports whether a capitalised word that is not the
// sentence's first, a month or a qualifier stands right before token i.
func (s *numScanner) afterCapitalised(i int) bool {
	p := i - 1
	if p < 0 || !s.sameSentence(p, i) || s.toks[p].class != nkWord || !s.toks[p].isNameLike() {
		return false
	}
	if s.sentenceStart(p) || s.lx.qualifiers.Has(s.toks[p].lower) || s.lx.months.Has(s.toks[p].lower) {
		return false
	}
	if l := s.toks[p].lower; strings.HasSuffix(l, "’s") || strings.HasSuffix(l, "'s") {
		return false // "Barnet’s three Conservative MPs"
	}
	return true
}

// classifyRange sets the kind of a two-bound quantity: years give a
// range of years ("1994 to 2002", "2013-14"); "0-62 mph" is a benchmark
// of the top speed (a count); dash-joined bare integers with no unit are
// scores ("7-5", "2-1") and dropped; ranges of money, shares and counts
// keep their bounds' kind; the rest are ranges.
func (s *numScanner) classifyRange(q *quantity) {
	hi := *q.max
	if q.n.plainYearDigits() && q.n.value >= 1000 && q.n.value <= 2100 && !q.money && !q.percent && !q.measure && !q.noun {
		if hi < 100 && hi >= 0 {
			hi += float64(int(q.n.value) / 100 * 100)
			q.max = &hi
		}
		if hi > q.n.value && hi <= 2100 {
			q.kind = KindRange
			q.unit = ""
			return
		}
	}
	if q.value == 0 && (q.unit == "mph" || q.unit == "km/h") {
		q.value, q.max, q.kind = hi, nil, KindCount
		return
	}
	if !q.money && !q.percent && !q.measure && (!q.noun || hi <= q.value && q.n.isInt()) {
		if s.dashJoined(q) {
			q.drop = true // "7-5", "a 1-0 defeat": a range runs upward, a score need not
			return
		}
	}
	switch q.kind {
	case KindMoney, KindPercent, KindCount:
		// A range of amounts, shares or counts ("between 5 and 7 per
		// cent", "$350 to $680") keeps the kind of its bounds: Value is
		// the lower bound and Max the upper.
		return
	}
	if q.money && q.unit == "" {
		q.unit = q.currency
	}
	if q.percent && q.unit == "" {
		q.unit = "percent"
	}
	q.kind = KindRange
}

// dashJoined reports whether q's two bounds are joined by a dash.
func (s *numScanner) dashJoined(q *quantity) bool {
	k := q.n.j
	return k < len(s.toks) && s.toks[k].isDash() && s.attachedAt(k)
}

// matchClock reports whether q is a point on a match clock, a time rather
// than a quantity: "scored on 61 minutes" (but not "on 30 minutes of
// exercise").
func (s *numScanner) matchClock(q *quantity) bool {
	return q.measure && q.max == nil && q.unit == "minutes" && s.wordAt(q.i-1, "on") && !s.wordAt(q.j, "of")
}
