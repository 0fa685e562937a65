package extract

import "strings"

// skipNonQuantity handles what looks like a number but is not a plain
// quantity: times of day, ordinals, decades, codes and labels ("COVID-19",
// "i5-9300H", "No. 10", "02-751-1500"), and ages set beside a name
// ("Webb, 51,"). Times, ordinals and decades are recorded under their own
// kinds. It returns the index past what it consumed, or i when nothing.
func (s *numScanner) skipNonQuantity(i int) int {
	t := s.toks[i]
	if t.class == nkWord {
		return s.wordOrdinal(i)
	}
	if t.class != nkDigit {
		return i
	}
	if s.inURL(i) {
		return s.codeEnd(i)
	}
	if j := s.ratio(i); j > i {
		return j
	}
	if j := s.timeOfDay(i); j > i {
		return j
	}
	if j := s.digitOrdinal(i); j > i {
		return j
	}
	if j := s.decade(i); j > i {
		return j
	}
	if s.isCode(i) || s.isLabelled(i) {
		return s.codeEnd(i)
	}
	if j := s.phoneNumber(i); j > i {
		return j
	}
	if s.isAgeBesideName(i) {
		return i + 1
	}
	return i
}

// timeOfDay reads "2 pm", "4PM", "2.17pm", "10:30", "9:15 a.m." and
// records them as dates.
func (s *numScanner) timeOfDay(i int) int {
	j, v, hms := s.clockEnd(i)
	if j == i {
		return i
	}
	if hms {
		// "2:18:34": a race or a running time in hours, minutes and
		// seconds, not an hour of the day.
		s.found = append(s.found, &quantity{i: i, j: j, value: v, kind: KindDuration, unit: "seconds"})
		return j
	}
	s.found = append(s.found, &quantity{i: i, j: j, value: v, kind: KindDate, unit: "time of day"})
	return j
}

// clockEnd reads a clock time at token i without recording it: it
// returns the token after it (i when there is none), the hour, or for
// "h:mm:ss" with no meridiem the whole length in seconds with hms true.
func (s *numScanner) clockEnd(i int) (j int, v float64, hms bool) {
	t := s.toks[i]
	j = i + 1
	hm := false
	if s.symAt(j, ":", true) && s.classAt(j+1, nkDigit, true) && len(s.toks[j+1].text) == 2 {
		j += 2
		hm = true
	}
	v, ok := parseDigits(t.text)
	if !ok {
		return i, 0, false
	}
	if hm && s.symAt(j, ":", true) && s.classAt(j+1, nkDigit, true) && len(s.toks[j+1].text) == 2 && s.meridiem(j+2) == 0 {
		m, _ := parseDigits(s.toks[i+2].text)
		sec, _ := parseDigits(s.toks[j+1].text)
		return j + 2, v*3600 + m*60 + sec, true
	}
	mer := s.meridiem(j)
	switch {
	case mer > 0 && isClockValue(t.text, v):
		j += mer
	case hm && v < 24:
	default:
		return i, 0, false
	}
	return j, v, false
}

// ratio skips "16:9", "3:1" and other colon-joined numbers that are not
// times of day.
func (s *numScanner) ratio(i int) int {
	if s.symAt(i+1, ":", true) && s.classAt(i+2, nkDigit, true) {
		if j, _, _ := s.clockEnd(i); j > i {
			return i // read as a time by timeOfDay
		}
		return i + 3
	}
	return i
}

// meridiem returns the number of tokens of an "am"/"pm"/"a.m." at j.
func (s *numScanner) meridiem(j int) int {
	w := s.lowerAt(j)
	if w == "am" || w == "pm" {
		return 1
	}
	if (w == "a" || w == "p") && s.symAt(j+1, ".", true) && s.wordAt(j+2, "m") {
		if s.symAt(j+3, ".", true) {
			return 4
		}
		return 3
	}
	return 0
}

// isClockValue reports whether digits read as a clock time: 1-12, or
// h.mm with minutes under 60.
func isClockValue(digits string, v float64) bool {
	if !strings.Contains(digits, ".") {
		return v >= 1 && v <= 12 && v == float64(int(v))
	}
	h, m, _ := strings.Cut(digits, ".")
	if len(m) != 2 || m >= "60" {
		return false
	}
	return len(h) <= 2 && h != "0" && h <= "12" || len(h) == 1
}

// digitOrdinal reads "2nd", "21st", "5th" (and "5th November" as a date).
func (s *numScanner) digitOrdinal(i int) int {
	w := s.lowerAt(i + 1)
	if !s.attachedAt(i+1) || (w != "st" && w != "nd" && w != "rd" && w != "th") {
		return i
	}
	v, ok := parseDigits(s.toks[i].text)
	if !ok {
		return i
	}
	kind := KindOrdinal
	if s.isMonthAt(i+2) || s.wordAt(i+2, "of") && s.isMonthAt(i+3) || s.isMonthAt(i-1) {
		kind = KindDate
	}
	s.found = append(s.found, &quantity{i: i, j: i + 2, value: v, kind: kind})
	return i + 2
}

// wordOrdinal reads "first", "twenty-first", "third" used as ranks.
func (s *numScanner) wordOrdinal(i int) int {
	w := s.lowerAt(i)
	j := i + 1
	base := 0.0
	if v, ok := s.lx.words.Value(w); ok && s.classAt(i+1, nkSym, true) && s.toks[i+1].isHyphen() && s.attachedAt(i+2) {
		if o, ok := s.lx.ordinals.Value(s.lowerAt(i + 2)); ok && len(o) == 1 {
			base = atof(v)
			w = s.lowerAt(i + 2)
			j = i + 3
		}
	}
	v, ok := s.lx.ordinals.Value(w)
	if !ok {
		return i
	}
	if j == i+1 && (s.wordAt(i-1, "a") || s.wordAt(i-1, "one")) && s.lx.fractions.Has(w) {
		return i // "a third of": a fraction, read with the article
	}
	if w == "second" && j == i+1 && (s.wordAt(i-1, "per") || s.wordAt(i-1, "every") || s.wordAt(i-1, "each")) {
		return i + 1 // "11 kilometres per second": a unit of time, no rank
	}
	s.found = append(s.found, &quantity{i: i, j: j, value: base + atof(v), kind: KindOrdinal})
	return j
}

// decade reads "1960s" and "90s" as years.
func (s *numScanner) decade(i int) int {
	t := s.toks[i]
	if !s.wordAt(i+1, "s") || !s.attachedAt(i+1) || strings.ContainsAny(t.text, ",.") {
		return i
	}
	if len(t.text) != 4 && len(t.text) != 2 {
		return i
	}
	v, _ := parseDigits(t.text)
	s.found = append(s.found, &quantity{i: i, j: i + 2, value: v, kind: KindYear})
	return i + 2
}

// isCode reports whether the digits at i are part of a name or code:
// joined to letters ("TNG50", "9300H", "3440x1440"), or hyphened to a
// capitalised word or code ("COVID-19", "i5-9300H", "F-35").
func (s *numScanner) isCode(i int) bool {
	if i > 0 && s.attachedAt(i) {
		p := s.toks[i-1]
		if p.class == nkWord || p.class == nkDigit {
			return true
		}
		if p.isHyphen() && i > 1 && s.attachedAt(i-1) {
			pp := s.toks[i-2]
			if pp.class == nkDigit || pp.class == nkWord && (pp.isCap() || hasDigitNeighbour(s.toks, i-2)) && !s.lx.words.Has(pp.lower) {
				return !s.lx.months.Has(pp.lower)
			}
		}
		if p.text == "#" {
			return true
		}
		if (p.text == "+" || p.text == ".") && i > 1 && s.attachedAt(i-1) && (s.toks[i-2].class == nkDigit || s.toks[i-2].class == nkWord) {
			return true // "J1149.5+6663"
		}
	}
	// 02-751-1500: three dash-joined digit groups.
	if s.classAt(i+1, nkSym, true) && s.toks[i+1].isDash() && s.classAt(i+2, nkDigit, true) &&
		s.classAt(i+3, nkSym, true) && s.toks[i+3].isDash() && s.classAt(i+4, nkDigit, true) {
		return true
	}
	// 3440x1440
	if s.wordAt(i+1, "x") && s.attachedAt(i+1) && s.classAt(i+2, nkDigit, true) {
		return true
	}
	return false
}

func hasDigitNeighbour(toks []ntok, k int) bool {
	return k > 0 && !toks[k].spaced && toks[k-1].class == nkDigit
}

// isLabelled reports whether a label word stands before the number ("page
// 12", "No. 10", "Route 66").
func (s *numScanner) isLabelled(i int) bool {
	p := i - 1
	if s.symAt(p, ".", true) {
		p--
	}
	if p < 0 || s.toks[p].class != nkWord || !s.sameSentence(p, i) {
		return false
	}
	w := s.toks[p].lower
	if w == "no" && !s.toks[p].isCap() && !s.symAt(p+1, ".", true) {
		return false // "no 5 people" is not "No. 5"
	}
	return s.lx.labels.Has(w)
}

// codeEnd returns the index past a code: the digits and every token
// written against them.
func (s *numScanner) codeEnd(i int) int {
	j := i + 1
	for j < len(s.toks) && s.attachedAt(j) {
		t := s.toks[j]
		if t.class == nkSym && !t.isDash() && t.text != "/" && t.text != "." {
			break
		}
		if t.text == "." && !s.classAt(j+1, nkDigit, true) && !s.classAt(j+1, nkWord, true) {
			break
		}
		j++
	}
	return j
}

// phoneNumber skips a number written with a leading zero and the digit
// groups after it ("020 7946 0018"): a telephone number or a code.
func (s *numScanner) phoneNumber(i int) int {
	t := s.toks[i].text
	if len(t) < 2 || t[0] != '0' || t[1] == '.' || t[1] == ',' {
		return i
	}
	j := i + 1
	for s.classAt(j, nkDigit, false) && s.toks[j].start-s.toks[j-1].end == 1 {
		j++
	}
	return j
}

// isAgeBesideName reports whether the number at i is an age set off by
// commas after a name: "Webb, 51, of", "Patrick Carlineo Jr., 55,", "Ella
// Rose, aged 31,".
func (s *numScanner) isAgeBesideName(i int) bool {
	v, ok := parseDigits(s.toks[i].text)
	if !ok || v < 1 || v > 120 || strings.ContainsAny(s.toks[i].text, ",.") {
		return false
	}
	c := i - 1 // the comma after the name
	if s.wordAt(c, "aged") {
		c--
	}
	if c < 1 || !s.symAt(c, ",", true) {
		return false
	}
	p := c - 1
	if s.symAt(p, ".", true) {
		p--
	}
	if p < 0 || s.toks[p].class != nkWord || !s.toks[p].isCap() || s.sentenceStart(p) && s.toks[p].tag != "NNP" {
		return false
	}
	next := s.lowerAt(i + 1)
	return next == "," || next == "." || next == ")" || next == "" || next == "and" || !s.sameSentence(i, i+1)
}

// isMonthAt reports whether token k is a capitalised month name.
func (s *numScanner) isMonthAt(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].class == nkWord && s.toks[k].isCap() && s.lx.months.Has(s.toks[k].lower)
}

func atof(v string) float64 {
	f, _ := parseDigits(v)
	return f
}
