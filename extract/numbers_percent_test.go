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
	})
	for _, text := range []string{"He scored five in 10 minutes.", "It won 3 in 2019.", "Nobody in 10 years said so."} {
		for _, n := range numbersOf(t, text) {
			assert.NotEqual(t, KindPercent, n.Kind, "%q in %q", n.Text, text)
		}
	}
}
