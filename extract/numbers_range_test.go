package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNumbersRangeKeepsBoundKind(t *testing.T) {
	ns := numbersOf(t, "Output will fall by between 2 and 3 per cent. Tickets cost $350 to $680. They were given 44-50 pills. It ran from 1994 to 2002.")
	require.Len(t, ns, 4)
	for i, w := range []struct {
		kind     string
		lo, hi   float64
		currency string
	}{{KindPercent, 2, 3, ""}, {KindMoney, 350, 680, "USD"}, {KindCount, 44, 50, ""}, {KindRange, 1994, 2002, ""}} {
		assert.Equal(t, w.kind, ns[i].Kind, "kind of %q", ns[i].Text)
		assert.Equal(t, w.lo, ns[i].Value, "lower bound of %q", ns[i].Text)
		if assert.NotNil(t, ns[i].Max, "upper bound of %q", ns[i].Text) {
			assert.Equal(t, w.hi, *ns[i].Max)
		}
		assert.Equal(t, w.currency, ns[i].Currency)
	}
}

func TestNumbersShareBeforeComparative(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"Walkers are about a third less likely to be admitted.", "a third", 100.0 / 3, KindPercent, ""},
		{"Half of the participants walked.", "Half", 50, KindPercent, ""},
		{"Fares are a quarter higher than last year.", "a quarter", 25, KindPercent, ""},
	})
}

func TestNumbersMatchClockIsATime(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"Whitlock scored with a free kick on 61 minutes.", "61 minutes", 61, KindDate, "match time"},
		{"Kemp had been on the pitch for 11 minutes.", "11 minutes", 11, KindCount, "minutes"},
		{"The advice focuses on 30 minutes of walking a day.", "30 minutes", 30, KindCount, "minutes"},
	})
}

func TestNumbersOneBackIsAPronoun(t *testing.T) {
	ns := numbersOf(t, "Whitlock pulled one back with a free kick, and they took two points.")
	require.Len(t, ns, 1, "numbers: %+v", ns)
	assert.Equal(t, "two points", ns[0].Text)
}

func TestNumbersScoreBeforeANounIsNoRange(t *testing.T) {
	for _, text := range []string{"It was a 1-0 defeat.", "They played out a 3-3 draw.", "They won 10-5 games."} {
		assert.Empty(t, claimedTexts(numbersOf(t, text)), text)
	}
	assert.Equal(t, []string{"44-50 pills"}, claimedTexts(numbersOf(t, "They were given 44-50 pills.")))
}

func TestNumbersAlternativeRange(t *testing.T) {
	cases := []struct {
		text, surface string
		lo, hi        float64
		unit          string
	}{
		{"Three or four more observations would settle it.", "Three or four", 3, 4, ""},
		{"Two or three people were hurt in the crash.", "Two or three people", 2, 3, "people"},
		{"Give the sauce 5 or 6 minutes to thicken.", "5 or 6 minutes", 5, 6, "minutes"},
		{"Only one or two councillors objected.", "one or two councillors", 1, 2, "councillors"},
	}
	for _, c := range cases {
		t.Run(c.surface, func(t *testing.T) {
			n := oneRange(t, c.text, c.surface, c.lo, c.hi)
			assert.Equal(t, c.unit, n.Unit)
		})
	}
}

func TestNumbersOrIsAChoice(t *testing.T) {
	// A choice, or bounds too far apart, stay two numbers.
	for _, text := range []string{
		"Voters can pick either 3 or 4 candidates.",
		"The fee is 5 or 50 dollars depending on age.",
		"It happened in 2010 or 2011.",
	} {
		ns := numbersOf(t, text)
		for _, n := range ns {
			assert.Nil(t, n.Max, "%q: %+v", text, n)
		}
	}
}

func TestNumbersMixedWordDigitRange(t *testing.T) {
	cases := []struct {
		text, surface string
		lo, hi        float64
	}{
		{"The offence carries a prison term of three to 11 years.", "three to 11 years", 3, 11},
		{"Recovery takes from six to 12 weeks.", "six to 12 weeks", 6, 12},
		{"Between four and 15 people are expected.", "four and 15 people", 4, 15},
	}
	for _, c := range cases {
		t.Run(c.surface, func(t *testing.T) { oneRange(t, c.text, c.surface, c.lo, c.hi) })
	}
}

func TestNumbersPointsChangeAndLevel(t *testing.T) {
	for _, text := range []string{
		"Gross margin widened by 1.4 percentage points to 76.8%, the company said.",
		"Turnout slipped 2 percentage points to 61 per cent.",
		"Its share edged up by 0.5 percentage points to 12.5 percent.",
	} {
		ns := numbersOf(t, text)
		require.Len(t, ns, 2, "%q: %+v", text, ns)
		assert.Equal(t, "percentage points", ns[0].Unit)
		assert.Equal(t, KindPercent, ns[1].Kind)
		assert.Nil(t, ns[0].Max)
	}
	ns := numbersOf(t, "Support could rise 2 to 3 percentage points.")
	require.Len(t, ns, 1)
	require.NotNil(t, ns[0].Max)
}

func TestNumbersToRunningDownIsTwoNumbers(t *testing.T) {
	for _, text := range []string{
		"Councillors voted 27 to 14 to approve the budget.",
		"The motion passed by 9 votes to 4.",
		"The board cut the payout from 10 to 5 per cent.",
	} {
		ns := numbersOf(t, text)
		require.Len(t, ns, 2, "%q: %+v", text, ns)
		assert.Nil(t, ns[0].Max)
	}
	ns := numbersOf(t, "The board cut the payout from 10 to 5 per cent.")
	assert.Equal(t, KindPercent, ns[0].Kind)
	ns = numbersOf(t, "Prices rose 3 to 4 per cent.")
	require.Len(t, ns, 1)
	require.NotNil(t, ns[0].Max)
}

func TestNumbersDownAFraction(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"Migration fell to 431,000, down a third from a record.", "a third", 100.0 / 3, KindPercent, ""},
		{"Sales were up a quarter on last year.", "a quarter", 25, KindPercent, ""},
	})
}

// oneRange requires text to hold one number, a range from lo to hi whose
// text contains surface, and returns it.
func oneRange(t *testing.T, text, surface string, lo, hi float64) Number {
	t.Helper()
	ns := numbersOf(t, text)
	require.Len(t, ns, 1, "%+v", ns)
	assert.Contains(t, ns[0].Text, surface)
	assert.Equal(t, lo, ns[0].Value)
	require.NotNil(t, ns[0].Max)
	assert.Equal(t, hi, *ns[0].Max)
	return ns[0]
}
