package extract

// pollPoints makes "points" beside percentages or in a sentence about a
// poll percentage points: in "44
// per cent approve, down nine points from 53 per cent" or "trail by four
// points, with 36 per cent support" the points are a share's change, kind
// percent, the unit staying "points" as written. Points stay a count in sport
// ("two points clear") and in markets ("the Dow fell 412 points, or
// 1.2%"; a named index, or a percentage right after the points).
func (s *numScanner) pollPoints() {
	for k, q := range s.found {
		if q.drop || q.kind != KindCount || q.unit != "points" || q.max != nil || q.value <= 0 || q.value >= 100 {
			continue
		}
		if !s.pointsChange(q) || !s.percentNear(k) && !s.pollWordIn(q) || s.indexNamedBefore(q) || s.percentRightAfter(k) || s.indexWordIn(q) {
			continue
		}
		q.kind, q.percent = KindPercent, true // the unit stays "points", as written
	}
}

// percentNear reports whether a percentage stands in the sentence of the
// quantity found[k] or in the sentence before it.
func (s *numScanner) percentNear(k int) bool {
	sent := s.toks[s.found[k].i].sent
	for _, r := range s.found {
		if r.drop || r.kind != KindPercent || r == s.found[k] {
			continue
		}
		if rs := s.toks[r.i].sent; rs == sent || rs == sent-1 {
			return true
		}
	}
	return false
}

// percentRightAfter reports whether the points are restated as a
// percentage right after them: "412 points, or 1.2%".
func (s *numScanner) percentRightAfter(k int) bool {
	if k+1 >= len(s.found) {
		return false
	}
	q, r := s.found[k], s.found[k+1]
	if r.kind != KindPercent || !s.sameSentence(q.i, r.i) || r.i-q.j > 3 {
		return false
	}
	for p := q.j; p < r.i; p++ {
		if s.wordAt(p, "or") || s.symAt(p, "(", false) {
			return true
		}
	}
	return false
}

// pointsChange reports whether the points give a change or a gap: after
// a verb of rise or fall, "by", "down" or "up" ("fell 14 points", "trail
// by four points", "down nine points"), not a tally ("two points clear",
// "scored 38 points").
func (s *numScanner) pointsChange(q *quantity) bool {
	if verb, _ := s.changeVerbBefore(q.i); verb {
		return true
	}
	w := s.lowerAt(q.i - 1)
	return w == "by" || w == "down" || w == "up"
}

// indexWordIn reports whether the sentence of q speaks of an index, whose
// moves are points of its level ("the index dropped 40 points").
func (s *numScanner) indexWordIn(q *quantity) bool {
	for p := q.i - 1; p >= 0 && s.sameSentence(p, q.i); p-- {
		switch s.lowerAt(p) {
		case "index", "indices", "indexes", "benchmark", "average":
			return true
		}
	}
	return false
}

// pollWords are the words of opinion polls whose moves are in percentage
// points ("his approval fell 14 points").
var pollWords = map[string]bool{
	"approval": true, "disapproval": true, "poll": true, "polls": true, "polling": true,
	"survey": true, "rating": true, "ratings": true, "popularity": true,
}

// pollWordIn reports whether the sentence of q speaks of a poll.
func (s *numScanner) pollWordIn(q *quantity) bool {
	for p := q.i - 1; p >= 0 && s.sameSentence(p, q.i); p-- {
		if pollWords[s.lowerAt(p)] {
			return true
		}
	}
	return false
}
