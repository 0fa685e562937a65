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
	by := false
	for step := 0; step < 4 && p >= 0 && s.sameSentence(p, i); step++ {
		w := s.lowerAt(p)
		if w == "from" {
			from = true
		}
		if w == "by" {
			by = true
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
	if s.changeVerbAt(p) {
		return true, from
	}
	if from || by {
		// "increased its seats from 38 to 41", "cut journey times by a
		// quarter": the verb's object between.
		for k := p - 1; k >= 0 && k >= p-4 && s.sameSentence(k, i) && s.toks[k].class == nkWord; k-- {
			if s.changeVerbAt(k) {
				return true, from
			}
		}
	}
	return false, from
}

// changeVerbAt reports whether a verb of rise or fall ends at token p.
func (s *numScanner) changeVerbAt(p int) bool {
	if p > 0 && s.isChangeVerb(s.lowerAt(p-1)+" "+s.lowerAt(p)) {
		return true
	}
	return s.isChangeVerb(s.lowerAt(p))
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
// cent" stays a range. Ranges of years are left alone. A lower bound that
// is split off is marked leadsTo for carryToUnits.
func (s *numScanner) changeNotRange(lo, hi *quantity) bool {
	verb, from := s.changeVerbBefore(lo.i)
	if lo.n.plainYearDigits() && hi.n.plainYearDigits() && !lo.money && !lo.percent {
		return false
	}
	split := false
	switch {
	case lo.minorUnit != "" && !hi.money:
		// "12 paise to 83.35": a range in a minor unit names the unit
		// after the upper bound too ("12 to 15 paise", "50p to £1").
		split = true
	case !verb:
		split = from && (lo.money || lo.percent)
	case from || lo.money || lo.percent:
		split = true
	default:
		split = hi.value <= lo.value || hi.value > 3*lo.value
	}
	lo.leadsTo = split
	return split
}

// carryToUnits gives a bare figure that leads a change to a level the
// unit, currency, percent sign and scale written after the level: "grew
// from 16 to 18 ships" is 16 ships, "rose from 5 to 7 per cent" 5 per
// cent, "from 3 to 4 million people" 3 million.
func (s *numScanner) carryToUnits() {
	for k := 0; k+1 < len(s.found); k++ {
		q, r := s.found[k], s.found[k+1]
		if !q.leadsTo || q.drop || r.drop || r.i != q.j+1 || q.kind != KindCount || !q.bare() || r.max != nil {
			continue
		}
		if r.n.value != 0 && (r.money || r.percent || r.noun || r.measure) && r.value != r.n.value {
			q.value *= r.value / r.n.value
		}
		switch {
		case r.money:
			q.kind, q.money, q.currency, q.unit, q.minorUnit = KindMoney, true, r.currency, r.unit, r.minorUnit
		case r.percent:
			q.kind, q.percent, q.unit = KindPercent, true, r.unit
		case r.kind == KindCount && (r.noun || r.measure):
			q.unit, q.noun, q.measure = r.unit, r.noun, r.measure
		}
	}
}

// changeByShare reports whether the fraction starting at token i gives
// the size of a rise or fall: "grew by a fifth", "cut by half", "down a
// third".
func (s *numScanner) changeByShare(i int) bool {
	if (s.wordAt(i-1, "down") || s.wordAt(i-1, "up")) && s.wordAt(i, "a") {
		return true // "down a third from a record"
	}
	b := s.beforeQualifier(i) // "cut by up to a quarter"
	if !s.wordAt(b-1, "by") {
		return false
	}
	verb, _ := s.changeVerbBefore(b)
	return verb
}

// beforeQualifier returns the token where a qualifier phrase ending right
// before token i starts ("up to", "as much as", "nearly"), else i.
func (s *numScanner) beforeQualifier(i int) int {
	for n := min(3, i); n >= 1; n-- {
		phrase := ""
		for k := i - n; k < i; k++ {
			if s.toks[k].class != nkWord || !s.sameSentence(k, i) {
				phrase = ""
				break
			}
			if phrase != "" {
				phrase += " "
			}
			phrase += s.toks[k].lower
		}
		if phrase != "" && s.lx.qualifiers.Has(phrase) {
			return i - n
		}
	}
	return i
}
