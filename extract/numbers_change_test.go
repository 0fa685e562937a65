package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// claimedTexts returns the text of every number of kinds count, percent and money.
func claimedTexts(ns []Number) []string {
	var out []string
	for _, n := range ns {
		if claimKind(n.Kind) {
			out = append(out, n.Text)
		}
	}
	return out
}

func TestNumbersChangeIsNotARange(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Shares rose 62 cents to $45.20 on Tuesday.", []string{"62 cents", "$45.20"}},
		{"The pound fell 80p to £3.20 by noon.", []string{"80p", "£3.20"}},
		{"Turnout dropped 4 per cent to 31 per cent.", []string{"4 per cent", "31 per cent"}},
		{"Sales were up 5% to $27m last year.", []string{"5%", "$27m"}},
		{"The order was cut by 30 to 126 jets.", []string{"30", "126 jets"}},
		{"The fleet grew from 16 to 18 ships.", []string{"16", "18 ships"}},
		{"Profit climbed by more than $2m to $9m.", []string{"$2m", "$9m"}},
		{"Fares went from £3 to £4.", []string{"£3", "£4"}},
	} {
		t.Run(c.text, func(t *testing.T) {
			ns := numbersOf(t, c.text)
			assert.Equal(t, c.want, claimedTexts(ns))
			for _, n := range ns {
				assert.Nil(t, n.Max, "%q is no range", n.Text)
			}
		})
	}
}

func TestNumbersRangesStayRanges(t *testing.T) {
	for _, c := range []struct {
		text   string
		want   string
		lo, hi float64
	}{
		{"Prices will rise 3 to 4 per cent next year.", "3 to 4 per cent", 3, 4},
		{"Tickets cost $350 to $680 each.", "$350 to $680", 350, 680},
		{"Growth of between 2% and 3% is expected.", "between 2% and 3%", 2, 3},
		{"Children from 5 to 11 were invited.", "5 to 11", 5, 11},
		{"The club grew 10-15 members a year.", "10-15 members", 10, 15},
	} {
		t.Run(c.text, func(t *testing.T) {
			ns := numbersOf(t, c.text)
			require.Len(t, ns, 1, "numbers: %+v", ns)
			assert.Contains(t, c.want, ns[0].Text)
			assert.Equal(t, c.lo, ns[0].Value)
			if assert.NotNil(t, ns[0].Max) {
				assert.Equal(t, c.hi, *ns[0].Max)
			}
		})
	}
}

func TestNumbersChangeByAFraction(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"Sales grew by a fifth to €3.4bn.", "a fifth", 20, KindPercent, ""},
		{"The budget was cut by half last year.", "half", 50, KindPercent, ""},
		{"Crime fell by a quarter in the city.", "a quarter", 25, KindPercent, ""},
	})
	assert.Empty(t, claimedTexts(numbersOf(t, "She won by a third round knockout.")))
}

func TestNumbersChangeTakesTheLevelsUnit(t *testing.T) {
	for _, c := range []struct {
		text, surface string
		value         float64
		kind, unit    string
	}{
		{"The fleet grew from 16 to 18 ships.", "16", 16, KindCount, "ships"},
		{"Labour increased its seats from 38 to 41 seats.", "38", 38, KindCount, "seats"},
		{"Sales rose in the region from 5 to 7 per cent.", "5", 5, KindPercent, ""},
		{"Users rose from 3 to 4 million people.", "3", 3e6, KindCount, "people"},
		{"Fares rose from 50 to 60 cents.", "50", 0.5, KindMoney, "USD"},
		{"The order was cut by 30 to 126 jets.", "30", 30, KindCount, "jets"},
	} {
		t.Run(c.text, func(t *testing.T) {
			n := numberWithText(t, numbersOf(t, c.text), c.surface)
			assert.Nil(t, n.Max)
			assert.InDelta(t, c.value, n.Value, 1e-9*max(1, c.value))
			assert.Equal(t, c.kind, n.Kind)
			assert.Equal(t, c.unit, n.Unit)
		})
	}
}

func TestNumbersMinorUnitChangeToLevel(t *testing.T) {
	ns := numbersOf(t, "The rupee weakened by 12 paise to 83.35 against the dollar.")
	require.Len(t, ns, 2, "%+v", ns)
	assert.Equal(t, "12 paise", ns[0].Text)
	assert.InDelta(t, 0.12, ns[0].Value, 1e-12)
	assert.Equal(t, "INR", ns[0].Currency)
	assert.Nil(t, ns[0].Max)
	ns = numbersOf(t, "The rouble slipped 50 kopecks on Friday.")
	require.Len(t, ns, 1, "%+v", ns)
	assert.InDelta(t, 0.5, ns[0].Value, 1e-12)
	assert.Equal(t, "RUB", ns[0].Currency)
}

func TestNumbersShareChangeOverQualifierAndObject(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The bus lane would cut journey times by up to a quarter.", "a quarter", 25, KindPercent, ""},
		{"Bills could rise by as much as a fifth next year.", "a fifth", 20, KindPercent, ""},
		{"The firm increased its prices by a third.", "a third", 100.0 / 3, KindPercent, ""},
	})
	// Without a verb of change, "by a third" is no share.
	for _, n := range numbersOf(t, "The book was written by a third party.") {
		assert.NotEqual(t, KindPercent, n.Kind, "%+v", n)
	}
}
