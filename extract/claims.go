package extract

import (
	"iter"
	"sort"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// Claims ties quantities and states in d to their subject and metric:
// tallies ("Labour 41"), totals and signed changes ("lost 14 seats",
// "revenue rose 3.5 percent to $27.2 billion"), rates ("The turnout was
// 37.9 per cent"), counts of things ("Barnet's three Conservative MPs"),
// and control of a body ("took control of Wandsworth", "under Conservative
// control since 1964", "under no overall control from 1994 to 2002").
// Subjects are entity names where an entity covers the words (nums must
// come from Numbers over the same d), else the words without "the".
func Claims(d *nlp.Doc, ents []Entity, nums []Number, lex *Lexicon) []Claim {
	c := newClaimScanner(d, ents, nums, lex)
	c.tallies()
	c.withShareClaims()
	c.approvalClaims()
	c.pollShareClaims()
	c.marginClaims()
	c.projectedClaims()
	c.periodEndClaims()
	c.verbClaims()
	c.rateClaims()
	c.changeNounClaims()
	c.possessedCounts()
	c.controlClaims()
	c.handsClaims()
	c.heldSinceClaims()
	c.bodyTakenClaims()
	c.objectMetricClaims()
	c.swingClaims()
	c.amountInClaims()
	out := dedupeClaims(c.out)
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Start != out[b].Start {
			return out[a].Start < out[b].Start
		}
		return out[a].End < out[b].End
	})
	return out
}

// claimLex holds the word lists the claim patterns use.
type claimLex struct {
	metrics, verbs, control, bodies, qualifiers, parties *List
	units, timeUnits, places                             *List
}

// claimScanner holds one document's tokens, numbers and entities while
// the claim patterns run.
type claimScanner struct {
	d    *nlp.Doc
	toks []ntok
	nums []Number
	// numAt maps a token index to the number starting there.
	numAt map[int]int
	ents  []Entity
	ments []entityMention
	lx    claimLex
	out   []Claim
}

// entityMention is one mention with its entity, in text order.
type entityMention struct {
	nlp.Span
	ent *Entity
}

func newClaimScanner(d *nlp.Doc, ents []Entity, nums []Number, lex *Lexicon) *claimScanner {
	if lex == nil {
		lex = DefaultLexicon()
	}
	c := &claimScanner{
		d: d, toks: scanNumberTokens(d), nums: nums, ents: ents, numAt: map[int]int{},
		lx: claimLex{
			metrics: lex.List("metrics"), verbs: lex.List("claim_verbs"), control: lex.List("control_verbs"),
			bodies: lex.List("body_nouns"), qualifiers: lex.List("qualifiers"), parties: lex.List("parties"),
			units: lex.List("units"), timeUnits: lex.List("time_units"), places: lex.List("places"),
		},
	}
	for ni, n := range nums {
		if k := c.tokenAt(n.Start); k >= 0 {
			c.numAt[k] = ni
		}
	}
	for ei := range ents {
		for _, m := range ents[ei].Mentions {
			c.ments = append(c.ments, entityMention{Span: m.Span, ent: &ents[ei]})
		}
	}
	sort.SliceStable(c.ments, func(a, b int) bool { return c.ments[a].Start < c.ments[b].Start })
	return c
}

// tokenAt returns the index of the scanner token starting at byte off, or
// -1.
func (c *claimScanner) tokenAt(off int) int {
	k := sort.Search(len(c.toks), func(i int) bool { return c.toks[i].start >= off })
	if k < len(c.toks) && c.toks[k].start == off {
		return k
	}
	return -1
}

// tokenEndingAt returns the index of the token ending at byte off, or -1.
func (c *claimScanner) tokenEndingAt(off int) int {
	k := sort.Search(len(c.toks), func(i int) bool { return c.toks[i].end >= off })
	if k < len(c.toks) && c.toks[k].end == off {
		return k
	}
	return -1
}

// add records a claim whose stating words run from token a to token b
// (inclusive).
func (c *claimScanner) add(cl Claim, a, b int) {
	if cl.Subject == "" || cl.Metric == "" || a < 0 || b >= len(c.toks) || a > b {
		return
	}
	cl.Span = nlp.Span{Start: c.toks[a].start, End: c.toks[b].end}
	cl.Text = c.d.Slice(cl.Span)
	c.out = append(c.out, cl)
}

// dedupeClaims keeps the first of claims with the same subject, metric,
// object and span.
func dedupeClaims(cs []Claim) []Claim {
	type key struct {
		s, m, o string
		sp      nlp.Span
	}
	seen := map[key]bool{}
	out := make([]Claim, 0, len(cs))
	for _, cl := range cs {
		k := key{cl.Subject, cl.Metric, cl.Object, cl.Span}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, cl)
	}
	return out
}

// Token helpers.

func (c *claimScanner) lowerAt(k int) string {
	if k < 0 || k >= len(c.toks) {
		return ""
	}
	return c.toks[k].lower
}

func (c *claimScanner) isWord(k int) bool {
	return k >= 0 && k < len(c.toks) && c.toks[k].class == nkWord
}

func (c *claimScanner) sameSentence(a, b int) bool {
	return a >= 0 && b >= 0 && a < len(c.toks) && b < len(c.toks) && c.toks[a].sent == c.toks[b].sent
}

// metricFor maps a unit or noun to a metric, "" when none is listed.
func (c *claimScanner) metricFor(word string) string {
	v, ok := c.lx.metrics.Value(word)
	if !ok {
		return ""
	}
	if v == "" {
		v, _ = c.lx.metrics.Original(word)
	}
	return v
}

// isMeasure reports whether unit is a unit of measure or time ("GB",
// "years"), which says how much, not what is counted.
func (c *claimScanner) isMeasure(unit string) bool {
	return c.lx.units.Has(unit) || c.lx.timeUnits.Has(unit)
}

func floatPtr(v float64) *float64 { return &v }

func intPtr(v int) *int { return &v }

// numberStarts yields, in text order, each token where a number starts
// and that number.
func (c *claimScanner) numberStarts() iter.Seq2[int, Number] {
	return func(yield func(int, Number) bool) {
		for k := range c.toks {
			if ni, ok := c.numAt[k]; ok && !yield(k, c.nums[ni]) {
				return
			}
		}
	}
}
