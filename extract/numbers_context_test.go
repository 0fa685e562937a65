package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// numberWithText returns the number whose text is surface.
func numberWithText(t *testing.T, ns []Number, surface string) Number {
	t.Helper()
	for _, n := range ns {
		if n.Text == surface {
			return n
		}
	}
	require.Failf(t, "number not found", "no number %q in %+v", surface, ns)
	return Number{}
}

func TestNumbersMinorUnitsAreMoneyInTheMajorUnit(t *testing.T) {
	for _, c := range []struct {
		text, surface string
		value         float64
		currency      string
	}{
		{"A first-class stamp now costs 80p.", "80p", 0.80, "GBP"},
		{"The levy adds 20 pence a litre.", "20 pence", 0.20, "GBP"},
		{"Shares closed up 62 cents on the day.", "62 cents", 0.62, "USD"},
		{"A cup of coffee costs 99¢ there.", "99¢", 0.99, "USD"},
		{"That one costs 3 dimes.", "3 dimes", 0.30, "USD"},
		{"Shares hit A$27.40; the dividend is 62 cents.", "62 cents", 0.62, "AUD"},
		{"The dividend is 62 cents, and shares hit C$27.40.", "62 cents", 0.62, "CAD"},
		{"It rose to £3.20, or 40 cents more than the euro price of €2.80.", "40 cents", 0.40, "EUR"},
	} {
		t.Run(c.surface, func(t *testing.T) {
			n := numberWithText(t, numbersOf(t, c.text), c.surface)
			assert.Equal(t, KindMoney, n.Kind)
			assert.InDelta(t, c.value, n.Value, 1e-12)
			assert.Equal(t, c.currency, n.Currency)
			assert.Equal(t, c.currency, n.Unit)
		})
	}
}

func TestNumbersMinorUnitRange(t *testing.T) {
	ns := numbersOf(t, "Tickets cost 50p to £1, or between 50 and 60 pence online.")
	require.Len(t, ns, 2, "numbers: %+v", ns)
	for i, w := range [][2]float64{{0.5, 1}, {0.5, 0.6}} {
		assert.InDelta(t, w[0], ns[i].Value, 1e-12, ns[i].Text)
		if assert.NotNil(t, ns[i].Max, ns[i].Text) {
			assert.InDelta(t, w[1], *ns[i].Max, 1e-12, ns[i].Text)
		}
	}
}

func TestNumbersIndianScalesAndRupees(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The deal is worth Rs 500 crore.", "Rs 500 crore", 5e9, KindMoney, "INR"},
		{"It cost Rs. 45 lakh in all.", "Rs. 45 lakh", 4.5e6, KindMoney, "INR"},
		{"It raised ₹2,000 crore.", "₹2,000 crore", 2e10, KindMoney, "INR"},
		{"About 3 crore people voted.", "3 crore people", 3e7, KindCount, "people"},
	})
	for _, n := range numbersOf(t, "Dr. 5 and Mr 6 left.") {
		assert.NotEqual(t, KindMoney, n.Kind, n.Text)
	}
}
