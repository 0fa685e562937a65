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
		{"a multiple", "Revenue rose to $3m. The shares trade at 12.5 times earnings.", "12.5", KindCount, ""},
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

func TestNumbersStockQuoteRows(t *testing.T) {
	text := "Shares fell after the results, which showed $2.8 billion in profit.\n\n" +
		"Ticker | Security | Last | Change | Change %\n" +
		"HD | THE HOME DEPOT INC. | 225.86 | -12.99 | -5.44%\n" +
		"Dow Jones | 33,123.45 | +120.10 | +0.5%\n\n" +
		"AAPL 150.23 +1.20 +0.8%. S&P 500 3,100.12 +12.10 +0.3%."
	ns := numbersOf(t, text)
	for _, w := range []struct {
		surface  string
		value    float64
		kind     string
		currency string
	}{
		{"225.86", 225.86, KindMoney, "USD"},
		{"-12.99", -12.99, KindMoney, "USD"},
		{"-5.44%", -5.44, KindPercent, ""},
		{"33,123.45", 33123.45, KindCount, ""},
		{"120.10", 120.10, KindCount, ""},
		{"0.5%", 0.5, KindPercent, ""},
		{"150.23", 150.23, KindMoney, "USD"},
		{"1.20", 1.20, KindMoney, "USD"},
		{"3,100.12", 3100.12, KindCount, ""},
	} {
		n := numberWithText(t, ns, w.surface)
		assert.Equal(t, w.value, n.Value, w.surface)
		assert.Equal(t, w.kind, n.Kind, w.surface)
		assert.Equal(t, w.currency, n.Currency, w.surface)
	}
}

func TestNumbersQuoteRowNeedsASign(t *testing.T) {
	// "Meal 2" heads a line and is followed by no signed change: no quote
	// row, so the rule for headings still drops it.
	ns := numbersOf(t, "Revenue was $3m.\n\nMeal 2\n\nEat 3 eggs.")
	assert.Equal(t, []string{"$3m", "3 eggs"}, claimedTexts(ns))
}

func TestNumbersShareOfAVoteIsNoPrice(t *testing.T) {
	n := numberWithText(t, numbersOf(t, "Revenue was $3m. Labour’s share of the vote rose to 45.2 in May."), "45.2")
	assert.Equal(t, KindCount, n.Kind)
}

func TestNumbersGrandIsThousands(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"She spent £2k on a holiday and 3 grand on her teeth.", "3 grand", 3000, KindMoney, "GBP"},
		{"The bribe was fifty grand, in cash.", "fifty grand", 50000, KindMoney, "USD"},
		{"He won two grand slams in a row.", "two grand slams", 2, KindCount, "slams"},
	})
	for _, n := range numbersOf(t, "A grand jury heard from 3 grandchildren.") {
		assert.NotEqual(t, KindMoney, n.Kind, "%+v", n)
	}
}
