package extract

// readRange extends q over a second bound: "10-15", "1994 to 2002",
// "3.5–4.0 TeV", "between 5 and 7", "$350 to $680", "8- to 16-meter".
// The lower bound stays in q.value, the upper goes to q.max. A change and
// the level it reached ("rose 62 cents to $45.20", "from £3m to £2m") are
// two amounts, not a range (changeNotRange).
func (s *numScanner) readRange(q *quantity) {
	j, ok := s.rangeConnector(q)
	if !ok {
		return
	}
	k, neg, cur := s.readPrefix(j)
	hi, ok := s.readNumeral(k)
	if !ok || !boundsWritten(q.n, hi) {
		return
	}
	if s.wordAt(j-1, "or") && !s.alternativeRange(q, hi) {
		return
	}
	if s.wordAt(j-1, "to") && !neg && !q.money && cur == "" && q.n.value >= 0 && hi.value <= q.n.value && !hi.plainYearDigits() && !s.lx.scales.Has(s.lowerAt(hi.j)) && !s.classAt(hi.j, nkWord, true) {
		// "voted 27 to 14", "from 10 to 5 per cent": a tally or a fall,
		// never a range running down.
		q.leadsTo = true
		return
	}
	top := hi.value
	if neg {
		top = -top
	}
	second := &quantity{n: hi, i: j, j: hi.j, value: top, currency: cur, money: cur != ""}
	s.readScale(second)
	if !second.money {
		s.readCurrencyAfter(second)
	}
	if !second.money {
		s.readPercent(second)
	}
	if !s.rangeKindsAgree(q, second) || s.wordAt(j-1, "to") && s.changeNotRange(q, second) {
		return
	}
	if second.value != top && q.value == q.n.value && !q.n.plainYearDigits() {
		// "£3-4bn": the scale of the upper bound covers both.
		q.value *= second.value / top
	}
	if second.money && !q.money {
		q.money, q.currency = true, second.currency
	}
	if second.percent && !q.percent {
		q.percent, q.unit = true, second.unit
	}
	v := second.value
	q.max = &v
	q.j = second.j
}

// rangeConnector finds the token after a range's joining word or dash.
func (s *numScanner) rangeConnector(q *quantity) (int, bool) {
	j := q.j
	if j >= len(s.toks) {
		return 0, false
	}
	t := s.toks[j]
	switch {
	case t.isDash() && t.text != "—" && s.attachedAt(j) && s.attachedAt(j+1):
		return j + 1, true
	case t.isHyphen() && s.attachedAt(j) && s.wordAt(j+1, "to"):
		return j + 2, true // "8- to 16-meter"
	case t.lower == "to" && t.class == nkWord:
		return j + 1, true
	case t.lower == "and" && s.wordAt(q.i-1, "between"):
		return j + 1, true
	case t.lower == "or" && t.class == nkWord && q.n.isInt() && q.bare():
		return j + 1, true // "three or four", checked by alternativeRange
	}
	return 0, false
}

// boundsWritten reports whether two bounds are written alike enough to
// make one range: both in digits or both in words, or, as house styles
// spell numbers under ten ("three to 11 years"), a word bound below ten
// and a digit bound of ten or more.
func boundsWritten(lo, hi numeral) bool {
	if lo.words == hi.words {
		return true
	}
	return lo.words && !hi.words && lo.value < 10 && hi.value >= 10 && !hi.plainYearDigits()
}

// alternativeRange reports whether "lo or hi" is an approximate amount
// ("three or four more", "five or six people", "10 or 20 minutes"): whole
// numbers, the upper above the lower and at most twice it, and no
// "either"/"whether" making them a choice.
func (s *numScanner) alternativeRange(lo *quantity, hi numeral) bool {
	if !hi.isInt() || hi.value <= lo.n.value || hi.value > 2*lo.n.value || lo.n.plainYearDigits() {
		return false
	}
	for p := lo.i - 1; p >= 0 && p >= lo.i-3 && s.sameSentence(p, lo.i); p-- {
		if w := s.lowerAt(p); w == "either" || w == "whether" {
			return false
		}
	}
	return true
}

// rangeKindsAgree reports whether both bounds are the same kind of
// amount: "5 to 7%" and "$3 to $4" are ranges, "3.5 percent to $27.2
// billion" is not.
func (s *numScanner) rangeKindsAgree(lo, hi *quantity) bool {
	if !s.sameSentence(lo.i, hi.j-1) {
		return false
	}
	switch {
	case lo.money:
		return !hi.percent && (!hi.money || hi.currency == lo.currency)
	case lo.percent:
		// "widened by 1.4 percentage points to 76.8%": a change in points
		// and the level reached are never one range.
		return hi.percent && (lo.unit == hi.unit || lo.unit != "percentage points" && hi.unit != "percentage points")
	}
	return true
}

// readUnitRange extends a measure over a second bound with the same unit:
// "44 mg to 50 mg", "between 44 mg and 50 mg", "-18 °C to -34 °C".
func (s *numScanner) readUnitRange(q *quantity) {
	j := q.j
	switch {
	case s.wordAt(j, "to"):
	case s.wordAt(j, "and") && s.wordAt(q.i-1, "between"):
	default:
		return
	}
	k, neg, cur := s.readPrefix(j + 1)
	hi, ok := s.readNumeral(k)
	if !ok || cur != "" || !boundsWritten(q.n, hi) {
		return
	}
	second := &quantity{n: hi, i: j + 1, j: hi.j, value: hi.value}
	if neg {
		second.value = -second.value
	}
	s.readScale(second)
	s.readMeasure(second)
	if !second.measure || second.unit != q.unit || second.hyphenUnit || !s.sameSentence(q.i, second.j-1) {
		return
	}
	v := second.value
	q.max = &v
	q.j = second.j
}
