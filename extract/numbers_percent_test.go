package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumbersRatesAreShares(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"Nine in 10 voters agreed.", "Nine in 10", 90, KindPercent, ""},
		{"One in five children is poor.", "One in five", 20, KindPercent, ""},
		{"Only 1 in 100 survive.", "1 in 100", 1, KindPercent, ""},
		{"Nearly nine out of ten doctors agreed.", "nine out of ten", 90, KindPercent, ""},
		{"Three out of 4 stores closed.", "Three out of 4", 75, KindPercent, ""},
	})
	for _, text := range []string{"He scored five in 10 minutes.", "It won 3 in 2019.", "Nobody in 10 years said so.", "Two out of the 12 councillors left."} {
		for _, n := range numbersOf(t, text) {
			assert.NotEqual(t, KindPercent, n.Kind, "%q in %q", n.Text, text)
		}
	}
}

func TestNumbersScaledDecimalsAreExact(t *testing.T) {
	for text, want := range map[string]float64{"The city has 8.3m people.": 8300000, "It raised £4.1bn.": 4.1e9, "About 0.7 million voted.": 700000, "Costs rose to $1.15 trillion.": 1.15e12} {
		ns := numbersOf(t, text)
		if assert.NotEmpty(t, ns, text) {
			assert.Equal(t, want, ns[0].Value, text)
		}
	}
	assert.Equal(t, 2.86, tidyValue(286*0.01))
}

func TestNumbersRateInEveryAndSlashShare(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"Officials said 1 in every 5 buses was late.", "1 in every 5", 20, KindPercent, ""},
		{"One in every four homes has no broadband.", "One in every four", 25, KindPercent, ""},
		{"About 2/3 of riders complained.", "2/3", 200.0 / 3, KindPercent, ""},
		{"Some 1/4 of the staff left.", "1/4", 25, KindPercent, ""},
		{"A mouse can get through a 1/4 inch gap.", "1/4 inch", 0.25, KindCount, "inches"},
	})
}
