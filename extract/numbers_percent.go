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
