package extract

// Passes over the whole article after the scan: what one number means can
// depend on the amounts written elsewhere in it.

// centsCurrency gives each amount written in cents the currency of the
// nearest amount before it whose currency has cents (cent_currencies.txt),
// else of the nearest one after it: "A$27.40 ... 62 cents" is 0.62 AUD.
// With no such amount the minor unit list's currency stays.
func (s *numScanner) centsCurrency() {
	for k, q := range s.found {
		if q.drop || q.minorUnit != "cents" {
			continue
		}
		c := s.nearestCentCurrency(k)
		if c == "" || c == q.currency {
			continue
		}
		if q.unit == q.currency {
			q.unit = c
		}
		q.currency = c
	}
}

// nearestCentCurrency returns the currency of the amount nearest before
// found[k] (or, failing that, after it) written in a major unit of a
// currency with cents, or "".
func (s *numScanner) nearestCentCurrency(k int) string {
	ok := func(q *quantity) bool {
		return !q.drop && q.money && q.minorUnit == "" && s.lx.cents.Has(q.currency)
	}
	for p := k - 1; p >= 0; p-- {
		if ok(s.found[p]) {
			return s.found[p].currency
		}
	}
	for p := k + 1; p < len(s.found); p++ {
		if ok(s.found[p]) {
			return s.found[p].currency
		}
	}
	return ""
}
