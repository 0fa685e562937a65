package score

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestQuoteOverlap(t *testing.T) {
	assert.InDelta(t, 1.0, QuoteOverlap("We did it.", "we did it"), 1e-9)
	assert.InDelta(t, 0.6, QuoteOverlap("a b c d e", "a b c"), 1e-9)
	assert.InDelta(t, 0.5, QuoteOverlap("a a b b", "a b"), 1e-9, "multisets: repeated words count once each")
	assert.Zero(t, QuoteOverlap("", "a"))
}

func TestSpeakerMatch(t *testing.T) {
	s := func(x string) *string { return &x }
	assert.True(t, SpeakerMatch(nil, nil))
	assert.True(t, SpeakerMatch(nil, s("")))
	assert.False(t, SpeakerMatch(nil, s("Ella Rose")))
	assert.False(t, SpeakerMatch(s("Ella Rose"), nil))
	assert.True(t, SpeakerMatch(s("Ella Rose"), s("Ms Ella Rose")))
	assert.True(t, SpeakerMatch(s("Labour"), s("Labour Party")), "organisations speak too")
	assert.False(t, SpeakerMatch(s("Liron Velleman"), s("Ella Rose")))
}

func TestNumberMatch(t *testing.T) {
	n := func(text string, v float64, kind string) NumberFact {
		return NumberFact{Text: text, Value: Number(v), Kind: kind}
	}
	assert.True(t, NumberMatch(n("14 seats", 14, "count"), n("14", 14, "count")))
	assert.True(t, NumberMatch(n("37.9 per cent", 37.9, "percent"), n("37.9%", 37.9, "percentage")))
	assert.False(t, NumberMatch(n("14 seats", 14, "count"), n("14", 14, "percent")))
	assert.False(t, NumberMatch(n("14 seats", 14, "count"), n("15 seats", 15, "count")))
	assert.False(t, NumberMatch(n("two boroughs", 2, "count"), n("2 MPs", 2, "count")), "texts share no word")
	assert.True(t, NumberMatch(n("", 2, "count"), n("2 MPs", 2, "count")))
	assert.True(t, NumberMatch(n("£1.2m", 1200000, "money"), n("£1.2m", 1200000.5, "money")), "within a millionth")
	assert.False(t, NumberMatch(NumberFact{Text: "3", Kind: "count"}, n("3", 3, "count")), "gold without a value")
	str := NumberFact{Text: "3", Kind: "count", Value: Value{Set: true, Raw: []byte(`"3"`)}}
	assert.True(t, NumberMatch(n("3", 3, "count"), str), "numeric strings read as numbers")
}

func TestClaimMatch(t *testing.T) {
	gold := ClaimFact{Subject: "Labour", Metric: "seats", Change: Number(18)}
	assert.True(t, ClaimMatch(gold, ClaimFact{Subject: "Labour Party", Metric: "seats", Change: Number(18)}))
	assert.False(t, ClaimMatch(gold, ClaimFact{Subject: "Labour", Metric: "seats", Value: Number(18)}), "a change is not a level")
	assert.False(t, ClaimMatch(gold, ClaimFact{Subject: "Conservatives", Metric: "seats", Change: Number(18)}))
	assert.True(t, ClaimMatch(gold, ClaimFact{Subject: "Labour", Metric: "council seats", Change: Number(18)}), "metric contains gold's")
	assert.True(t, ClaimMatch(gold, ClaimFact{Subject: "Labour", Change: Number(18)}), "an empty metric is inside every metric")
	ctl := ClaimFact{Subject: "Labour", Metric: "control", Object: Value{Set: true, Raw: []byte(`"Wandsworth"`)}}
	assert.True(t, ClaimMatch(ctl, ClaimFact{Subject: "Labour", Metric: "control", Object: Value{Set: true, Raw: []byte(`"Wandsworth council"`)}}))
	assert.False(t, ClaimMatch(ctl, ClaimFact{Subject: "Labour", Metric: "control"}))
	assert.False(t, ClaimMatch(ClaimFact{Subject: "Labour"}, ClaimFact{Subject: "Labour"}), "gold needs a metric")
}

func TestGreedyExactFirst(t *testing.T) {
	gold := []string{"Keir Starmer"}
	pred := []string{"Keir Rodney Starmer", "Sir Keir Starmer"}
	pairs := greedy(1, 2,
		func(g, p int) bool { return sameName(gold[g], pred[p]) },
		func(g, p int) bool { return NameMatch(gold[g], pred[p], PersonName) })
	assert.Equal(t, []pair{{0, 1}}, pairs)
}
