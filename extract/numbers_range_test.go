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
