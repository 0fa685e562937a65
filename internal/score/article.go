package score

import (
	"sort"
	"strconv"
	"strings"
)

// record adds one kind's counts and its unmatched items as findings.
func (a *articleScore) record(kind string, gold, pred []string, pairs []pair) {
	a.Counts[kind] = Counts{Gold: len(gold), Pred: len(pred), Matched: len(pairs)}
	hitG := make([]bool, len(gold))
	hitP := make([]bool, len(pred))
	for _, p := range pairs {
		hitG[p.G], hitP[p.P] = true, true
	}
	for i, t := range gold {
		if !hitG[i] {
			a.Findings = append(a.Findings, Finding{Kind: kind, What: "miss", Text: t})
		}
	}
	for i, t := range pred {
		if !hitP[i] {
			a.Findings = append(a.Findings, Finding{Kind: kind, What: "false hit", Text: t})
		}
	}
}

// entities scores one entity kind: the sheet's distinct names of the
// kind's types, sorted, against the gold names.
func (a *articleScore) entities(kind string, gold []string, s Sheet, nameKind string) {
	seen := map[string]bool{}
	var pred []string
	for _, e := range s.Entities {
		if entityTypes[kind][strings.ToUpper(e.Type)] && !seen[e.Name] {
			seen[e.Name] = true
			pred = append(pred, e.Name)
		}
	}
	sort.Strings(pred)
	pairs := greedy(len(gold), len(pred),
		func(g, p int) bool { return sameName(gold[g], pred[p]) },
		func(g, p int) bool { return NameMatch(gold[g], pred[p], nameKind) })
	a.record(kind, gold, pred, pairs)
}

func (a *articleScore) quotes(gold []GoldQuote, pred []SheetQuote) {
	pairs := greedy(len(gold), len(pred), func(g, p int) bool {
		return QuoteOverlap(gold[g].Text, pred[p].Text) >= quoteMinOverlap
	})
	gt := make([]string, len(gold))
	for i, q := range gold {
		gt[i] = q.Text
	}
	pt := make([]string, len(pred))
	for i, q := range pred {
		pt[i] = q.Text
	}
	a.record(Quotes, gt, pt, pairs)
	for _, p := range pairs {
		g, q := gold[p.G], pred[p.P]
		if SpeakerMatch(g.Speaker, q.Speaker) {
			a.speakerOK++
			continue
		}
		a.Findings = append(a.Findings, Finding{Kind: "speaker", What: "wrong speaker", Text: q.Text,
			Want: speakerName(g.Speaker), Got: speakerName(q.Speaker)})
	}
}

func speakerName(s *string) string {
	if s == nil || *s == "" {
		return "(none)"
	}
	return *s
}

// numbers scores the numbers of the scored kinds (count, percent, money).
func (a *articleScore) numbers(gold, pred []NumberFact) {
	gold, pred = scoredNumbers(gold), scoredNumbers(pred)
	pairs := greedy(len(gold), len(pred), func(g, p int) bool { return NumberMatch(gold[g], pred[p]) })
	a.record(Numbers, numberTexts(gold), numberTexts(pred), pairs)
}

func scoredNumbers(ns []NumberFact) []NumberFact {
	var out []NumberFact
	for _, n := range ns {
		if scoredKinds[numberKind(n.Kind)] {
			out = append(out, n)
		}
	}
	return out
}

func numberTexts(ns []NumberFact) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		v := string(n.Value.Raw)
		if f, ok := n.Value.Num(); ok {
			v = strconv.FormatFloat(f, 'g', -1, 64)
		}
		out[i] = n.Text + " (" + numberKind(n.Kind) + " " + v + ")"
	}
	return out
}

func (a *articleScore) claims(gold, pred []ClaimFact) {
	pairs := greedy(len(gold), len(pred), func(g, p int) bool { return ClaimMatch(gold[g], pred[p]) })
	a.record(Claims, claimTexts(gold), claimTexts(pred), pairs)
}

func claimTexts(cs []ClaimFact) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Subject + " / " + c.Metric + ": " + c.Text
	}
	return out
}
