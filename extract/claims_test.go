package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// claimsOf runs the whole extraction over text and returns its claims,
// checking every span.
func claimsOf(t *testing.T, text string) []Claim {
	t.Helper()
	d, err := nlp.Annotate(context.Background(), text)
	require.NoError(t, err)
	f := All(d, DefaultLexicon())
	for _, c := range f.Claims {
		require.Equal(t, c.Text, text[c.Start:c.End], "span of claim %q", c.Text)
	}
	return f.Claims
}

// claimLine renders a claim compactly for comparison.
func claimLine(c Claim) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%s", c.Subject, c.Metric)
	if c.Value != nil {
		fmt.Fprintf(&b, "|value=%g", *c.Value)
	}
	if c.Change != nil {
		fmt.Fprintf(&b, "|change=%+g", *c.Change)
	}
	if c.Unit != "" {
		fmt.Fprintf(&b, "|unit=%s", c.Unit)
	}
	if c.Object != "" {
		fmt.Fprintf(&b, "|object=%s", c.Object)
	}
	if c.Since != nil {
		fmt.Fprintf(&b, "|since=%d", *c.Since)
	}
	if c.From != nil && c.To != nil {
		fmt.Fprintf(&b, "|from=%d|to=%d", *c.From, *c.To)
	}
	return b.String()
}

func claimLines(cs []Claim) []string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, claimLine(c))
	}
	return out
}

func TestClaimsChangesAndTallies(t *testing.T) {
	cs := claimsOf(t, "Overnight the Conservatives lost 14 seats and Labour gained 18, meaning the new balance on the council is Labour 41, Conservatives 22.")
	assert.Equal(t, []string{
		"Conservatives|seats|change=-14",
		"Labour|seats|change=+18",
		"Labour|seats|value=41",
		"Conservatives|seats|value=22",
	}, claimLines(cs))
	assert.Equal(t, "the Conservatives lost 14 seats", cs[0].Text)
	assert.Equal(t, "Labour 41", cs[2].Text)
}

func TestClaimsTotals(t *testing.T) {
	cs := claimsOf(t, "The Green Party won 12 seats in Bristol.")
	assert.Contains(t, claimLines(cs), "Green Party|seats|value=12")
}

func TestClaimsRateUnderDiscussion(t *testing.T) {
	cs := claimsOf(t, "Labour won a majority of seats on Barnet council. The turnout was 37.9 per cent.")
	assert.Contains(t, claimLines(cs), "Barnet council|turnout|value=37.9|unit=percent")
}

func TestClaimsRiseToLevel(t *testing.T) {
	cs := claimsOf(t, "Home Depot said on Tuesday that its results were strong. Home Depot earned $2.8 billion as revenue rose 3.5 percent to $27.2 billion.")
	lines := claimLines(cs)
	assert.Contains(t, lines, "Home Depot|revenue|change=+3.5|unit=percent")
	assert.Contains(t, lines, "Home Depot|revenue|value=2.72e+10|unit=USD")
}

func TestClaimsFromTo(t *testing.T) {
	lines := claimLines(claimsOf(t, "Acme Ltd is a firm. Acme Ltd revenue fell from $400m to $350m. Profits rose by 5% to £3m, and Acme Ltd cut 50 jobs."))
	assert.Contains(t, lines, "Acme Ltd|revenue|value=3.5e+08|change=-5e+07|unit=USD")
	assert.Contains(t, lines, "Acme Ltd|profit|change=+5|unit=percent")
	assert.Contains(t, lines, "Acme Ltd|profit|value=3e+06|unit=GBP")
	assert.Contains(t, lines, "Acme Ltd|jobs|change=-50")
}

func TestClaimsShare(t *testing.T) {
	cs := claimsOf(t, "The Greens won a 12% share of the vote.")
	assert.Equal(t, []string{"Greens|share|value=12|unit=percent"}, claimLines(cs))
}

func TestClaimsPossessedCount(t *testing.T) {
	cs := claimsOf(t, "The result may concern Barnet’s three Conservative MPs.")
	assert.Equal(t, []string{"Barnet|MPs|value=3"}, claimLines(cs))
}

func TestClaimsControl(t *testing.T) {
	cs := claimsOf(t, "Labour also took control of Wandsworth and Westminster councils, historically two flagship Conservative boroughs.")
	assert.Equal(t, []string{"Labour|control|object=Wandsworth", "Labour|control|object=Westminster"}, claimLines(cs))
	assert.Equal(t, "Labour also took control of Wandsworth", cs[0].Text)
	assert.Equal(t, "and Westminster councils", cs[1].Text)
}

func TestClaimsControlOfDescription(t *testing.T) {
	cs := claimsOf(t, "Labour has seized control of Britain’s most Jewish local authority. Winning a majority on Barnet council was a surprise.")
	require.NotEmpty(t, cs)
	assert.Equal(t, "Labour|control|object=Barnet council", claimLine(cs[0]))
}

func TestClaimsUnderControl(t *testing.T) {
	text := "Barnet council was formed in 1964. Barnet has been under Conservative control since its creation in 1964, barring an eight-year period from 1994 to 2002 when it was under no overall control. The Conservatives held it."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Conservatives|control|object=Barnet council|since=1964")
	assert.Contains(t, lines, "Barnet council|no overall control|from=1994|to=2002")
}

func TestClaimsLostControl(t *testing.T) {
	cs := claimsOf(t, "The Conservatives lost control of Barnet.")
	assert.Equal(t, []string{"Conservatives|lost control|object=Barnet"}, claimLines(cs))
}

func TestClaimsNoPronounSubjects(t *testing.T) {
	assert.Empty(t, claimsOf(t, "They won 12 seats. She had two goals."))
}

func TestClaimsMetricBeforeName(t *testing.T) {
	cs := claimsOf(t, "Sales at Harbour Loaves rose by 40 per cent in the three months after the award.")
	require.NotEmpty(t, cs)
	assert.Equal(t, "Harbour Loaves|sales|change=+40|unit=percent", claimLine(cs[0]))
	assert.Equal(t, "Sales at Harbour Loaves rose by 40 per cent", cs[0].Text)
}

func TestClaimsTopicIsFirstNamedOnTie(t *testing.T) {
	cs := claimsOf(t, "Home Depot Inc said profits were up. Analysts at Refinitiv Ltd expected more. Comparable sales rose 3.6 percent.")
	assert.Contains(t, claimLines(cs), "Home Depot Inc|sales|change=+3.6|unit=percent")
}

func TestClaimsHyphenatedName(t *testing.T) {
	cs := claimsOf(t, "Pierre-Luc Dubois had two goals.")
	require.Len(t, cs, 1)
	assert.Equal(t, "Pierre-Luc Dubois had two goals", cs[0].Text)
	assert.Equal(t, "goals", cs[0].Metric)
}

func TestClaimsThePartyResolves(t *testing.T) {
	cs := claimsOf(t, "Labour won 20 seats in Leeds. The party gained 5 seats in York.")
	assert.Equal(t, []string{"Labour|seats|value=20", "Labour|seats|change=+5"}, claimLines(cs))
}

func TestClaimsUserListsExtend(t *testing.T) {
	text := "Ryanair ferried 12 million passengers last year."
	d, err := nlp.Annotate(context.Background(), text)
	require.NoError(t, err)
	lex := DefaultLexicon()
	assert.Empty(t, Claims(d, nil, Numbers(d, lex), lex))
	mine := lex.Clone()
	mine.Add("claim_verbs", "ferried", "total")
	cs := Claims(d, nil, Numbers(d, mine), mine)
	assert.Equal(t, []string{"Ryanair|passengers|value=1.2e+07"}, claimLines(cs))
}

func TestClaimsMetricOf(t *testing.T) {
	lines := claimLines(claimsOf(t, "Labour’s majority of 12 was cut. The Greens won 37% of the vote."))
	assert.Contains(t, lines, "Labour|majority|value=12")
	assert.Contains(t, lines, "Greens|share|value=37|unit=percent")
}

func TestClaimsNotForMeasures(t *testing.T) {
	assert.Empty(t, claimsOf(t, "The MacBook Pro has only 8GB of memory. The median age of the population was 38.1 years."))
}

func TestClaimsRoseToLevel(t *testing.T) {
	cs := claimsOf(t, "Harbour Foods reported results. Pre-tax profit rose to £146m in the year. Shares in Harbour Foods rose 4.2% to 286p.")
	require.NotEmpty(t, cs)
	assert.Equal(t, "Pre-tax profit rose to £146m", cs[0].Text)
	lines := claimLines(cs)
	assert.Contains(t, lines, "Harbour Foods|profit|value=1.46e+08|unit=GBP")
	// Shares that rise by a percentage or to a price measure the share
	// price, not a number of shares.
	assert.Contains(t, lines, "Harbour Foods|share price|change=+4.2|unit=percent")
	assert.Contains(t, lines, "Harbour Foods|share price|value=2.86|unit=GBP")
}

func TestClaimsChangeNoun(t *testing.T) {
	cs := claimsOf(t, "Harbour Foods, the supermarket chain, has reported an 18% rise in annual profit.")
	require.NotEmpty(t, cs)
	assert.Equal(t, "Harbour Foods|profit|change=+18|unit=percent", claimLine(cs[0]))
	assert.Equal(t, "an 18% rise in annual profit", cs[0].Text)
}
