package extract

import "strings"

// carryElidedUnits gives bare counts the unit their context leaves out:
//   - tallies: "the new balance is Labour 41, Conservatives 22" — two or
//     more "Name N" pairs joined by commas or "and" take the unit of the
//     nearest count before them in the sentence (here "14 seats"); a tally with no such unit is a score or a list of
//     codes and is dropped, and so is a lone "Name N" ("Series 3");
//   - parallel clauses: "the Conservatives lost 14 seats and Labour
//     gained 18" — a bare count right after a verb takes the unit of an
//     earlier count in the sentence that also follows a verb.
func (s *numScanner) carryElidedUnits() {
	s.resolveTallies()
	for qi, q := range s.found {
		if q.drop || q.kind != KindCount || q.unit != "" || q.max != nil || q.afterName {
			continue
		}
		if !s.isVerb(q.i - 1) {
			continue
		}
		if d := s.unitDonor(qi); d != nil && s.isVerb(d.i-1) {
			q.unit = d.unit
		}
	}
}

// resolveTallies groups "Name N" numbers into tallies and sets or drops
// them.
func (s *numScanner) resolveTallies() {
	for a := 0; a < len(s.found); a++ {
		if !s.found[a].afterName || s.found[a].drop {
			continue
		}
		b := a + 1
		for b < len(s.found) && s.found[b].afterName && s.tallyJoined(s.found[b-1], s.found[b]) {
			b++
		}
		group := s.found[a:b]
		unit := ""
		if len(group) >= 2 && s.opensTally(group[0]) {
			if d := s.unitDonor(a); d != nil {
				unit = d.unit
			}
		}
		for _, q := range group {
			q.afterName = unit != ""
			if unit == "" {
				q.drop = true
				continue
			}
			q.unit = unit
			q.tally = true
		}
		a = b - 1
	}
}

// opensTally reports whether what stands before a tally's first name
// introduces a tally (a copula, a colon, a comma or the sentence start),
// not a list of titles ("including Halo 3 and Fallout 3").
func (s *numScanner) opensTally(q *quantity) bool {
	k := q.i - 1
	for k > 0 && s.toks[k].class == nkWord && s.toks[k].isCap() && s.sameSentence(k-1, q.i) {
		k--
	}
	if s.sentenceStart(k + 1) {
		return true
	}
	switch s.lowerAt(k) {
	case ":", ",", "—", "–", "is", "was", "are", "were", "now", "stands", "stood", "at", "with", "to":
		return true
	}
	return false
}

// tallyJoined reports whether only a separator and a name stand between
// two "Name N" numbers.
func (s *numScanner) tallyJoined(x, y *quantity) bool {
	if !s.sameSentence(x.i, y.i) {
		return false
	}
	k := x.j
	if k >= len(s.toks) {
		return false
	}
	switch s.toks[k].lower {
	case ",", ";", "and", "&":
	default:
		return false
	}
	k++
	if s.lowerAt(k) == "and" {
		k++
	}
	for ; k < y.i; k++ {
		if s.toks[k].class != nkWord || !s.toks[k].isCap() && s.toks[k].lower != "of" {
			return false
		}
	}
	return true
}

// unitDonor finds the count before found[qi] in the same sentence whose
// unit an elided number takes. Units of time are never carried.
func (s *numScanner) unitDonor(qi int) *quantity {
	q := s.found[qi]
	sent := s.toks[q.i].sent
	for k := qi - 1; k >= 0; k-- {
		d := s.found[k]
		if s.toks[d.i].sent != sent {
			break
		}
		if d.drop || d.kind != KindCount || d.unit == "" || s.isTimeUnit(d.unit) || d.tally {
			continue
		}
		if d.noun || d.measure {
			return d
		}
	}
	return nil
}

// isVerb reports whether token k is a verb.
func (s *numScanner) isVerb(k int) bool {
	return k >= 0 && k < len(s.toks) && strings.HasPrefix(s.toks[k].tag, "VB") && s.toks[k].class == nkWord
}

// dropTableFigures drops the bare counts of sentences that are rows of a
// table (standings, box scores): six or more bare figures making up at
// least a third of the sentence's tokens. Such figures have no unit or
// subject a reader could check; amounts with a unit, currency or percent
// sign are kept.
func (s *numScanner) dropTableFigures() {
	bare := map[int]int{}
	for _, q := range s.found {
		if !q.drop && q.kind == KindCount && q.unit == "" && q.n.digits != "" {
			bare[s.toks[q.i].sent]++
		}
	}
	size := map[int]int{}
	for _, t := range s.toks {
		if bare[t.sent] >= 6 && t.class != nkSym {
			size[t.sent]++
		}
	}
	for _, q := range s.found {
		sent := s.toks[q.i].sent
		if q.drop || q.kind != KindCount || q.n.digits == "" || bare[sent] < 6 || 3*bare[sent] < size[sent] {
			continue
		}
		if q.unit == "" || q.noun && s.toks[q.j-1].isCap() {
			q.drop = true // a bare figure, or one before a name ("15 Erik Jones")
		}
	}
}
