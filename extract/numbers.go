package extract

import (
	"sort"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// Numbers finds every quantity in d, in text order: counts, percentages,
// money, and the numbers the fact gold leaves out (years, dates, times of
// day, ordinals, ranges of years) under their own kinds. Numbers inside
// names and codes ("COVID-19", "iPhone 11", "A1") and ages set beside a
// name ("Webb, 51") are skipped.
//
// Lengths of time are measured amounts, kind count with their unit ("18
// months", "a 25-year partnership"), except where they only place a
// stretch of history: "X years ago" is a date; "an eight-year period"
// whose dates are given with it ("from 1994 to 2002") and "12 years of a
// Conservative government" (an era of rule, era_nouns.txt) are kind
// duration.
func Numbers(d *nlp.Doc, lex *Lexicon) []Number {
	s := newNumScanner(d, lex)
	s.scan()
	s.carryToUnits()
	s.stockQuotes()
	s.carryElidedUnits()
	s.centsCurrency()
	s.grandCurrency()
	s.pollPoints()
	s.barePrices()
	s.dropTableFigures()
	out := make([]Number, 0, len(s.found))
	for _, q := range s.found {
		if q.drop {
			continue
		}
		out = append(out, s.toNumber(q))
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// numLex holds the word lists the number scanner uses.
type numLex struct {
	words, multipliers, scales, ordinals, fractions *List
	currencies, minor, units, timeUnits, qualifiers *List
	months, periods, eras, labels, cues             *List
	// changes are the claim verbs; those marked "+" or "-" state a rise
	// or a fall.
	changes *List
	// cents are the currencies whose hundredth is a cent.
	cents *List
	// prices are words that make a bare figure a price; indexes name
	// market indexes, whose levels are points.
	prices, indexes *List
	// idioms are set phrases in which a number word is no quantity.
	idioms *List
	// lengths are words that make a figure with a glued "m" metres.
	lengths *List
}

func newNumLex(lex *Lexicon) numLex {
	if lex == nil {
		lex = DefaultLexicon()
	}
	return numLex{
		words:       lex.List("number_words"),
		multipliers: lex.List("number_multipliers"),
		scales:      lex.List("scales"),
		ordinals:    lex.List("number_ordinals"),
		fractions:   lex.List("number_fractions"),
		currencies:  lex.List("currencies"),
		minor:       lex.List("currency_minor"),
		units:       lex.List("units"),
		timeUnits:   lex.List("time_units"),
		qualifiers:  lex.List("qualifiers"),
		months:      lex.List("months"),
		periods:     lex.List("period_nouns"),
		eras:        lex.List("era_nouns"),
		labels:      lex.List("number_labels"),
		cues:        lex.List("speech_cues"),
		changes:     lex.List("claim_verbs"),
		cents:       lex.List("cent_currencies"),
		prices:      lex.List("price_nouns"),
		indexes:     lex.List("market_indexes"),
		idioms:      lex.List("number_idioms"),
		lengths:     lex.List("length_cues"),
	}
}

// numScanner walks the scanner tokens of one document and collects
// quantities.
type numScanner struct {
	d     *nlp.Doc
	toks  []ntok
	lx    numLex
	used  []bool
	found []*quantity
}

func newNumScanner(d *nlp.Doc, lex *Lexicon) *numScanner {
	toks := scanNumberTokens(d)
	return &numScanner{d: d, toks: toks, lx: newNumLex(lex), used: make([]bool, len(toks))}
}

// scan tries a quantity at every token not yet used.
func (s *numScanner) scan() {
	for i := 0; i < len(s.toks); i++ {
		if s.used[i] {
			continue
		}
		if j := s.skipNonQuantity(i); j > i {
			s.markUsed(i, j)
			i = j - 1
			continue
		}
		q := s.quantityAt(i)
		if q == nil {
			continue
		}
		s.classify(q)
		s.markUsed(q.i, q.j)
		s.found = append(s.found, q)
		i = q.j - 1
	}
}

func (s *numScanner) markUsed(i, j int) {
	for k := i; k < j && k < len(s.used); k++ {
		s.used[k] = true
	}
}

// Token helpers, safe at any index.

func (s *numScanner) lowerAt(k int) string {
	if k < 0 || k >= len(s.toks) {
		return ""
	}
	return s.toks[k].lower
}

func (s *numScanner) wordAt(k int, w string) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].class == nkWord && s.toks[k].lower == w
}

func (s *numScanner) symAt(k int, sym string, att bool) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].class == nkSym && s.toks[k].text == sym && (!att || !s.toks[k].spaced)
}

func (s *numScanner) classAt(k, class int, att bool) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].class == class && (!att || !s.toks[k].spaced)
}

func (s *numScanner) attachedAt(k int) bool { return attached(s.toks, k) }

// sameSentence reports whether tokens a and b lie in one sentence.
func (s *numScanner) sameSentence(a, b int) bool {
	return a >= 0 && b < len(s.toks) && s.toks[a].sent == s.toks[b].sent
}

// sentenceStart reports whether token k opens its sentence (after any
// opening quotes or brackets).
func (s *numScanner) sentenceStart(k int) bool {
	for p := k - 1; p >= 0; p-- {
		if s.toks[p].sent != s.toks[k].sent {
			return true
		}
		if s.toks[p].class != nkSym {
			return false
		}
		switch s.toks[p].text {
		case "“", "\"", "‘", "'", "(", "[", "–", "—", "-", ":", "•":
			continue
		}
		return false
	}
	return true
}
