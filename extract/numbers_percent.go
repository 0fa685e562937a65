package extract

// readPercent reads a percentage sign or word after the number: "5%",
// "37.9 per cent", "3.8 percent", "80-percent", "2 percentage points".
func (s *numScanner) readPercent(q *quantity) {
	j := q.j
	if s.symAt(j, "%", false) {
		q.percent, q.j = true, j+1
		s.readPoints(q)
		return
	}
	if j < len(s.toks) && s.toks[j].isHyphen() && s.attachedAt(j) && s.attachedAt(j+1) {
		j++
	}
	switch {
	case s.wordAt(j, "per") && s.wordAt(j+1, "cent"):
		q.percent, q.j = true, j+2
	case s.wordAt(j, "percent") || s.wordAt(j, "pc") || s.wordAt(j, "pct"):
		q.percent, q.j = true, j+1
	case s.wordAt(j, "percentage") && (s.wordAt(j+1, "points") || s.wordAt(j+1, "point")):
		q.percent, q.j = true, j+2
		q.unit = "percentage points"
		return
	default:
		return
	}
	s.readPoints(q)
}

// readPoints reads "points" after a percentage ("5 per cent points").
func (s *numScanner) readPoints(q *quantity) {
	if s.wordAt(q.j, "points") || s.wordAt(q.j, "point") {
		q.unit = "percentage points"
		q.j++
	}
}

// readRate reads a rate written "N in M", "N in every M" or "N out of M"
// as a percentage: "one in five children" is 20 percent, "nine out of 10
// voters" 90. The
// denominator is a
// small whole number or a power of ten, above N, and no unit follows it
// ("five in 10 minutes" is no rate).
func (s *numScanner) readRate(q *quantity) bool {
	at := q.n.j + 1 // the denominator's first token
	if s.wordAt(q.n.j, "out") && s.wordAt(q.n.j+1, "of") {
		at++
	} else if !s.wordAt(q.n.j, "in") {
		return false
	}
	if !q.n.isInt() || q.n.value < 1 || q.n.fraction {
		return false
	}
	if s.wordAt(at, "every") && at == q.n.j+1 {
		at++ // "one in every five buses"
	}
	hi, ok := s.readNumeral(at)
	if !ok || !hi.isInt() || hi.fraction || hi.value <= q.n.value || hi.plainYearDigits() || !s.sameSentence(q.i, hi.j-1) {
		return false
	}
	if hi.value > 20 && !powerOfTen(hi.value) {
		return false
	}
	if _, n := s.unitAt(hi.j); n > 0 || s.lx.scales.Has(s.lowerAt(hi.j)) || s.symAt(hi.j, "%", false) {
		return false
	}
	q.value = 100 * q.n.value / hi.value
	q.percent, q.j = true, hi.j
	return true
}

// powerOfTen reports whether v is 10, 100, 1000 and so on.
func powerOfTen(v float64) bool {
	for v >= 10 && v == float64(int64(v)) && int64(v)%10 == 0 {
		v /= 10
	}
	return v == 1
}
