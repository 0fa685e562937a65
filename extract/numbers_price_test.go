package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumbersBarePrices(t *testing.T) {
	for _, c := range []struct {
		name, text, surface string
		kind, currency      string
	}{
		{"closed at", "Revenue rose to $3m. The stock closed at 45.20 on Tuesday.", "45.20", KindMoney, "USD"},
		{"currency named later", "Shares were priced at 12.50, valuing the firm at £80m.", "12.50", KindMoney, "GBP"},
		{"per share", "It earned €2.8bn, or 2.53 a share.", "2.53", KindMoney, "EUR"},
		{"echo of a price", "The controller is $39.99 this week. Get it on Amazon for 39.99 today.", "39.99", KindMoney, "USD"},
		{"no currency in the article", "The stock closed at 45.20 on Tuesday.", "45.20", KindCount, ""},
		{"index level", "Revenue rose to $3m. The Sensex scaled a high of 40,816.38 on Monday.", "40,816.38", KindCount, ""},
		{"nearest word wins", "Revenue rose to $3m. The Dow closed at 28,004.89 while Apple shares traded at 150.10.", "28,004.89", KindCount, ""},
		{"nearest word wins, shares", "Revenue rose to $3m. The Dow closed at 28,004.89 while Apple shares traded at 150.10.", "150.10", KindMoney, "USD"},
		{"no price word", "Revenue rose to $3m. The drag coefficient fell to 0.24.", "0.24", KindCount, ""},
		{"a count", "Revenue rose to $3m. More than 12,000 people came to the shares event.", "12,000 people", KindCount, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			n := numberWithText(t, numbersOf(t, c.text), c.surface)
			assert.Equal(t, c.kind, n.Kind)
			assert.Equal(t, c.currency, n.Currency)
		})
	}
}
