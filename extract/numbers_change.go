package extract

// A number after a verb of rise or fall is a change, and a second number
// joined to it by "to" is the level reached: "Shares rose 62 cents to
// $45.20", "cut by 30 to 126", "climbed from 16 to 80". Those are two
// numbers, never a range.

// changeVerbBefore reports whether a verb of rise or fall (claim_verbs.txt
// entries marked "+" or "-") stands before the quantity starting at token
// i, over "by", "from", "a further" and qualifiers ("rose by more than");
// from is true when "from" came between.
func (s *numScanner) changeVerbBefore(i int) (verb, from bool) {
	p := i - 1
	for step := 0; step < 4 && p >= 0 && s.sameSentence(p, i); step++ {
		w := s.lowerAt(p)
		if w == "from" {
			from = true
		}
		if w == "than" && p > 0 && s.lx.qualifiers.Has(s.lowerAt(p-1)+" than") {
			p -= 2 // "more than"
			continue
		}
		if w == "from" || w == "by" || w == "a" || w == "further" || w == "another" || s.lx.qualifiers.Has(w) {
			p--
			continue
		}
		break
	}
	if p < 0 || !s.sameSentence(p, i) || s.toks[p].class != nkWord {
		return false, from
	}
	if p > 0 && s.isChangeVerb(s.lowerAt(p-1)+" "+s.lowerAt(p)) {
		return true, from
	}
	return s.isChangeVerb(s.lowerAt(p)), from
}

// isChangeVerb reports whether w is a claim verb of rise or fall.
func (s *numScanner) isChangeVerb(w string) bool {
	sign, ok := s.lx.changes.Value(w)
	return ok && (sign == "+" || sign == "-")
}

// changeNotRange reports whether "lo to hi" states a change and the level
// it reached rather than a range. After "from" with no verb, amounts of
// money and percentages are two levels ("from £3m to £2m"); other counts
// stay a range ("from 10 to 15 people"). After a verb of rise or fall it
// is a change when the first bound carries its own currency or percent
// sign ("rose 62 cents to $45.20", "fell 5% to 7%"), or when the bounds
// could not be a range of one amount: the upper is not above the lower
// or is more than three times it ("down by 30 to 126"). "Rose 3 to 4 per
// cent" stays a range. Ranges of years are left alone.
func (s *numScanner) changeNotRange(lo, hi *quantity) bool {
	verb, from := s.changeVerbBefore(lo.i)
	if lo.n.plainYearDigits() && hi.n.plainYearDigits() && !lo.money && !lo.percent {
		return false
	}
	if !verb {
		return from && (lo.money || lo.percent)
	}
	if from || lo.money || lo.percent {
		return true
	}
	return hi.value <= lo.value || hi.value > 3*lo.value
}

// changeByShare reports whether the fraction starting at token i gives
// the size of a rise or fall: "grew by a fifth", "cut by half".
func (s *numScanner) changeByShare(i int) bool {
	if !s.wordAt(i-1, "by") {
		return false
	}
	verb, _ := s.changeVerbBefore(i)
	return verb
}
