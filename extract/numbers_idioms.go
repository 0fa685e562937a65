package extract

import "strings"

// Numbers that are not quantities by the words beside them: set phrases
// (number_idioms.txt), labels after a determiner ("a 911 call") and times
// of day in words ("two in the morning").

// inIdiom reports whether the one-word number q stands in a set phrase of
// number_idioms.txt: "absolute zero", "a one-time grant".
func (s *numScanner) inIdiom(q *quantity) bool {
	n := q.n
	if !n.words || n.j-n.i != 1 {
		return false
	}
	w := s.lowerAt(n.i)
	if n.i > 0 && s.toks[n.i-1].class == nkWord && s.lx.idioms.Has(s.lowerAt(n.i-1)+" "+w) {
		return true
	}
	if n.j+1 < len(s.toks) && s.toks[n.j].isHyphen() && s.attachedAt(n.j) && s.attachedAt(n.j+1) {
		return s.lx.idioms.Has(w + "-" + s.lowerAt(n.j+1))
	}
	return false
}

// labelAfterDeterminer reports whether a bare figure between a singular
// determiner and a singular noun names a thing rather than counting it:
// "a 911 call", "the 747 jet", "that 999 call". A count would take a plural
// ("the 12 members"), and a measure its unit ("a 10 minute walk").
func (s *numScanner) labelAfterDeterminer(q *quantity) bool {
	n := q.n
	if n.words || n.digits == "" || !q.bare() || q.value < 2 || q.value != n.value || n.j != q.j || !isDigitString(n.digits) {
		return false
	}
	switch s.lowerAt(q.i - 1) {
	case "a", "an", "the", "that", "this":
	default:
		return false
	}
	k := q.j
	if k >= len(s.toks) || s.toks[k].class != nkWord || !s.toks[k].spaced || s.toks[k].tag != "NN" || s.toks[k].isCap() {
		return false
	}
	if _, m := s.unitAt(k); m > 0 {
		return false
	}
	if s.lx.scales.Has(s.toks[k].lower) || s.isTimeUnit(s.toks[k].lower) {
		return false
	}
	// "a 10 point plan", "the 2,812 piece set": the figure and the noun
	// modify another noun, a count written without its hyphen.
	return !s.classAt(k+1, nkWord, false) || !strings.HasPrefix(s.toks[k+1].tag, "NN")
}

// isDigitString reports whether v is digits alone: a label is written
// "911", never "2,812" or "7.5".
func isDigitString(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return v != ""
}

// timeOfDayWords reports whether a bare whole number from 1 to 12 gives an
// hour: "two in the morning", "11 at night", "six in the evening".
func (s *numScanner) timeOfDayWords(q *quantity) bool {
	if !q.bare() || !q.n.isInt() || q.n.value < 1 || q.n.value > 12 || q.value != q.n.value {
		return false
	}
	j := q.j
	switch {
	case s.wordAt(j, "at") && s.wordAt(j+1, "night"):
		j += 2
	case s.wordAt(j, "in") && s.wordAt(j+1, "the") && (s.wordAt(j+2, "morning") || s.wordAt(j+2, "afternoon") || s.wordAt(j+2, "evening")):
		j += 3
	default:
		return false
	}
	return !s.isNounAt(j) // "two in the morning session" counts sessions
}
